#include "server/search_service.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "analysis/utf8.h"
#include "query/atom_feed.h"
#include "query/citation_graph.h"
#include "query/date_range.h"
#include "query/json_output.h"
#include "query/percent_encoding.h"
#include "query/query_parser.h"
#include "query/result_export.h"
#include "query/searcher.h"
#include "server/admission_gate.h"
#include "server/connection_guard.h"
#include "server/static_files.h"

namespace vankien::server {
namespace {

using nlohmann::json;

constexpr std::size_t kDefaultThreads = 64;

// Where the users of the API find the codes and topics the filters take: in its own answers.
const query::KnownValuesHint kWhereKnown{"danh sách ở /api/codes", "danh sách ở /api/topics"};

// How often a searcher looks for a newer revision of the index: each look reads the disk.
constexpr std::chrono::milliseconds kReopenInterval{200};

// Longest accepted value of a filter parameter (body, type, topic, kind, dates), in bytes.
constexpr std::size_t kMaxFilterBytes = 200;
// Values of one filter parameter (body=…&body=…): more is not a search anyone types.
constexpr std::size_t kMaxFilterValues = 20;
// Entries of an Atom feed: the newest documents, as feed readers poll for what is new.
constexpr std::size_t kFeedEntries = 50;

// A request that cannot be answered: the status and message of the JSON error response.
struct HttpError {
  HttpError(int status_code, std::string text, std::optional<std::size_t> at = std::nullopt)
      : status(status_code), message(std::move(text)), position(at) {}
  int status;
  std::string message;
  std::optional<std::size_t> position;  // in the query, for a malformed query
};

void SendJson(httplib::Response& response, int status, const json& body) {
  response.status = status;
  response.set_header("Cache-Control", "no-store");
  // An error message may quote what the request said (a parameter's name, a path), valid UTF-8
  // or not: a byte that is not is shown as U+FFFD rather than failing the answer.
  response.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace), "application/json; charset=utf-8");
}

void SendError(httplib::Response& response, const HttpError& error) {
  json body = {{"error", error.message}, {"status", error.status}};
  if (error.position) body["position"] = *error.position;
  SendJson(response, error.status, body);
}

// The searchers, each with its own read-only handle on the index. A gate lets only so many
// requests search at once, and each request that gets in borrows an idle searcher: there are
// never more searchers than the gate has slots. (A handle per worker thread, 16 for 16
// connections, each with its own caches, gave the same throughput in tools/bench_load.sh and
// took 49–52 MB at peak against 40.) A searcher is brought up to date every so often, so a
// re-index is picked up without restarting.
class SearcherPool {
 public:
  SearcherPool(std::string db, shards::RemoteLimits remote_limits, std::size_t searches,
               std::chrono::milliseconds longest_wait)
      : db_(std::move(db)), remote_limits_(remote_limits), gate_(searches), longest_wait_(longest_wait) {}

  // Calls work(searcher) with an idle searcher, once the gate lets it in; an HttpError 503 if
  // that takes longer than the longest wait. A re-index that commits several times can
  // overtake a handle (Xapian::DatabaseModifiedError): the handle then moves to the newest
  // revision and the work is done again.
  //
  // A remote shard that fails (Xapian::NetworkError) leaves the searcher failing every later
  // call (Xapian's combined handle does): it is closed, and the next request opens the shards
  // afresh, so the service recovers by itself when the shard is back. A searcher whose
  // connection fails at once — its server closed it (idle for a minute: it then says it timed
  // out) or was restarted — is opened again and the work done again, once. A shard that did not
  // answer within the time limit, or cannot be reached afresh, is a 503 naming it.
  template <typename Work>
  void Run(Work work) {
    AdmissionTicket ticket(gate_, std::chrono::steady_clock::now() + longest_wait_);
    if (!ticket.admitted()) throw HttpError{503, "máy chủ đang bận, xin thử lại sau giây lát"};
    Loan loan(this);
    bool reconnected = false;
    for (int attempt = 0;; ++attempt) {
      const auto start = std::chrono::steady_clock::now();
      const bool opening = loan.idle().searcher == nullptr;
      try {
        work(UpToDate(loan.idle(), /*force=*/attempt > 0));
        return;
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt == kMaxAttempts) throw;
      } catch (const Xapian::NetworkError& error) {
        loan.idle().searcher.reset();
        const bool waited = std::chrono::steady_clock::now() - start >= remote_limits_.Timeout() / 2;
        if (reconnected || opening || waited) throw ShardUnavailable(error);
        reconnected = true;
      }
    }
  }

 private:
  static constexpr int kMaxAttempts = 3;

  static HttpError ShardUnavailable(const Xapian::NetworkError& error) {
    const std::string shard = shards::ShardedIndex::ShardOf(error);
    return HttpError{503, "phân đoạn chỉ mục " + (shard.empty() ? std::string("từ xa") : shard) +
                              " không trả lời, xin thử lại sau (" + error.get_description() + ")"};
  }

  struct Idle {
    std::unique_ptr<query::Searcher> searcher;  // opened on first use
    std::chrono::steady_clock::time_point checked;
    std::uint64_t generation = 0;  // the pool's generation_ when the searcher was opened (Adopt)
  };

  // An idle searcher taken from the pool for a scope, and given back at its end.
  class Loan {
   public:
    explicit Loan(SearcherPool* pool) : pool_(pool) {
      std::lock_guard lock(pool_->mutex_);
      if (!pool_->idle_.empty()) {  // else a new one: the gate bounds how many there are
        idle_ = std::move(pool_->idle_.back());
        pool_->idle_.pop_back();
      }
    }
    // A searcher opened before an index was replaced is closed, not given back: a request that
    // ran while another searcher found the replacement would otherwise keep the old files open
    // in the pool, where it may stay unused for long.
    ~Loan() {
      std::lock_guard lock(pool_->mutex_);
      if (idle_.generation == pool_->generation_) pool_->idle_.push_back(std::move(idle_));
    }
    Loan(const Loan&) = delete;
    Loan& operator=(const Loan&) = delete;
    Idle& idle() { return idle_; }

   private:
    SearcherPool* pool_;
    Idle idle_;
  };

  // The idle searcher, opened or moved to the index's newest revision if it was not checked
  // within kReopenInterval (or `force` says to).
  query::Searcher& UpToDate(Idle& idle, bool force = false) {
    const auto now = std::chrono::steady_clock::now();
    try {
      if (!idle.searcher) {
        idle.searcher = std::make_unique<query::Searcher>(db_, kWhereKnown, remote_limits_);
        idle.checked = now;
      } else if (force || now - idle.checked > kReopenInterval) {
        idle.searcher->Reopen();  // a re-index committed since: search the new revision
        idle.checked = now;
      } else {
        return *idle.searcher;
      }
    } catch (const Xapian::DatabaseError&) {
      // The index was replaced as a whole (a first build finishing): open the new one.
      idle.searcher = std::make_unique<query::Searcher>(db_, kWhereKnown, remote_limits_);
      idle.checked = now;
    }
    Adopt(idle);
    return *idle.searcher;
  }

  // Called when `idle` has just opened or reopened the index. If it opened another folder than
  // the pool knew (a commit, a rebuild, a compaction), that starts a new generation: the idle
  // searchers are closed, as they may hold replaced files, whose disk space is freed only once
  // no one holds them, and those on loan are closed when given back (~Loan). Whichever searcher
  // sees the new folder first, by reopening or by opening afresh, starts it.
  void Adopt(Idle& idle) {
    const query::Searcher::Folder& folder = idle.searcher->OpenedFolder();
    std::vector<Idle> dropped;
    std::lock_guard lock(mutex_);
    if (folder.inode != 0 && folder != folder_) {
      folder_ = folder;
      ++generation_;
      dropped.swap(idle_);
    }
    idle.generation = generation_;
  }

  std::string db_;
  shards::RemoteLimits remote_limits_;
  AdmissionGate gate_;
  const std::chrono::milliseconds longest_wait_;
  std::mutex mutex_;              // guards idle_, folder_ and generation_
  std::vector<Idle> idle_;        // the searchers no request is using
  query::Searcher::Folder folder_;  // the index folder a searcher opened last
  std::uint64_t generation_ = 0;  // how many times a searcher opened another folder than folder_
};

// Refuses a value of parameter `name` (not the query, whose own parser says where its faults
// are) that is too long or not UTF-8.
void CheckValue(const char* name, const std::string& value) {
  if (value.size() > kMaxFilterBytes) throw HttpError{400, std::string("tham số ") + name + " quá dài"};
  if (analysis::CountInvalidUtf8(value) > 0) {
    throw HttpError{400, std::string("tham số ") + name + " không phải văn bản UTF-8 hợp lệ"};
  }
}

// The value of a parameter given at most once ("" when absent), checked (CheckValue) unless it
// is the query.
std::string Param(const httplib::Request& request, const char* name) {
  if (!request.has_param(name)) return "";
  if (request.get_param_value_count(name) > 1) {
    throw HttpError{400, std::string("tham số ") + name + " được cho nhiều lần"};
  }
  std::string value = request.get_param_value(name);
  if (std::string_view(name) != "q") CheckValue(name, value);
  return value;
}

std::size_t NumberParam(const httplib::Request& request, const char* name, std::size_t fallback,
                        std::size_t low, std::size_t high) {
  std::string value = Param(request, name);
  if (value.empty()) return fallback;
  std::size_t used = 0;
  unsigned long long number = 0;
  try {
    number = std::stoull(value, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != value.size() || number < low || number > high) {
    throw HttpError{400, std::string("tham số ") + name + " phải là số nguyên từ " +
                             std::to_string(low) + " đến " + std::to_string(high)};
  }
  return number;
}

bool ContainsQuotationMark(std::string_view value) {
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (query::QuotationMarkLength(value, i) > 0) return true;
  }
  return false;
}

// Adds the filter parameter `field` to the request's filters, each of its values quoted: a
// parameter given several times (body=TU&body=HU) keeps documents with any of its values, as
// the query language does for one filter written several times.
void AddFilters(std::string* filters, const httplib::Request& request, const char* field) {
  const std::size_t count = request.get_param_value_count(field);
  if (count > kMaxFilterValues) {
    throw HttpError{400, std::string("tham số ") + field + " được cho quá " +
                             std::to_string(kMaxFilterValues) + " lần"};
  }
  for (std::size_t i = 0; i < count; ++i) {
    const std::string value = request.get_param_value(field, i);
    if (value.empty()) continue;
    CheckValue(field, value);
    if (ContainsQuotationMark(value)) {  // the value is quoted below: a mark inside would end it
      throw HttpError{400, std::string("tham số ") + field + " không được chứa dấu ngoặc kép"};
    }
    *filters += std::string(filters->empty() ? "" : " ") + field + ":\"" + value + "\"";
  }
}

// The period the date parameter `name` (from, to) names; nullopt when it is absent. It must be a
// day, month or year on its own: read alone, nothing else written in it (an operator, a
// parenthesis, another filter) ever reaches the query.
std::optional<query::DateRange> DateParam(const httplib::Request& http, const char* name) {
  const std::string value = Param(http, name);
  if (value.empty()) return std::nullopt;
  std::string error;
  std::optional<query::DateRange> period = query::ParseDatePeriod(value, &error);
  if (!period) throw HttpError{400, std::string("tham số ") + name + ": " + error};
  return period;
}

// The date filter of the parameters from and to ("date:2016-01-01..2017-12-31"), or "" when
// neither is given.
std::string DateFilter(const httplib::Request& http) {
  const std::optional<query::DateRange> from = DateParam(http, "from");
  const std::optional<query::DateRange> to = DateParam(http, "to");
  if (!from && !to) return "";
  const query::DateRange range{from ? from->low : "", to ? to->high : ""};
  if (from && to && range.low > range.high) throw HttpError{400, "tham số from muộn hơn tham số to"};
  return "date:" + query::DateRangeText(range);
}

// A yes/no parameter: 1 or true; 0, false or absent. Anything else is refused, not taken for no.
bool FlagParam(const httplib::Request& http, const char* name) {
  const std::string value = Param(http, name);
  if (!value.empty() && value != "0" && value != "1" && value != "true" && value != "false") {
    throw HttpError{400, std::string(name) + " là 1 hoặc 0 (true hoặc false)"};
  }
  return value == "1" || value == "true";
}

// Results per request: a page of the web page's list, or an export's whole list.
struct PageSize {
  std::size_t by_default;
  std::size_t most;
};

query::SearchRequest SearchRequestFrom(const httplib::Request& http, const ServiceOptions& options,
                                       PageSize size) {
  query::SearchRequest request;
  request.query = Param(http, "q");
  if (request.query.size() > query::kMaxQueryBytes) {
    throw HttpError{400, "câu tìm kiếm dài quá " + std::to_string(query::kMaxQueryBytes) + " byte"};
  }
  for (const char* field : {"body", "type", "topic", "kind"}) AddFilters(&request.filters, http, field);
  if (const std::string dates = DateFilter(http); !dates.empty()) {
    request.filters += std::string(request.filters.empty() ? "" : " ") + dates;
  }
  const std::string sort = Param(http, "sort");
  const std::optional<query::SortOrder> order = query::SortOrderNamed(sort.empty() ? "relevance" : sort);
  if (!order) throw HttpError{400, "sort là relevance, date hoặc oldest"};
  request.sort = *order;
  request.limit = NumberParam(http, "size", size.by_default, 1, size.most);
  std::size_t page = NumberParam(http, "page", 1, 1, options.max_page);
  request.offset = (page - 1) * request.limit;
  request.facets = FlagParam(http, "facets");
  request.timeline = FlagParam(http, "timeline");
  request.restore_diacritics = !FlagParam(http, "as_typed");
  request.time_limit = options.search_seconds;
  if (request.query.empty() && request.filters.empty()) {
    throw HttpError{400, "hãy cho câu tìm kiếm (q) hoặc bộ lọc (body, type, topic, kind, from, to)"};
  }
  return request;
}

// What the endpoint's pattern captured of the path (a document id, a number), named `what` in
// the error: UTF-8 text, as every id and number is.
// A file name for the plain filename= of Content-Disposition: its ASCII letters, digits and
// . - _, the rest as '_'.
std::string AsciiFileName(std::string_view name) {
  std::string ascii;
  for (unsigned char c : name) {
    const bool kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    if (kept || (c & 0xC0) != 0x80) ascii += kept ? static_cast<char>(c) : '_';
  }
  return ascii;
}

std::string PathPart(const httplib::Request& http, const char* what) {
  std::string part = http.matches[1];
  if (analysis::CountInvalidUtf8(part) > 0) {
    throw HttpError{400, std::string(what) + " trong đường dẫn không phải văn bản UTF-8 hợp lệ"};
  }
  return part;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The parameters an endpoint reads. Any other is refused: a guessed or misspelt one (year=,
// coquan=, date=) would otherwise be ignored, and its answer taken for a filtered one.
using Parameters = std::vector<std::string_view>;
const Parameters kSearchParameters = {"q",    "body", "type", "topic", "kind",  "from",
                                      "to",   "sort", "page", "size",  "facets", "timeline", "as_typed"};
const Parameters kFeedParameters = {"q", "body", "type", "topic", "kind", "from", "to"};
const Parameters kGraphParameters = {"q",    "body", "type", "topic", "kind", "from",
                                     "to",   "sort", "page", "size",  "format"};
const Parameters kDocumentParameters = {"q"};
const Parameters kRelatedParameters = {"size"};
const Parameters kNoParameters = {};

void RefuseUnknownParameters(const httplib::Request& request, const Parameters& known) {
  for (const auto& [name, value] : request.params) {
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    std::string list;
    for (std::string_view parameter : known) list += (list.empty() ? "" : ", ") + std::string(parameter);
    throw HttpError{400, "không có tham số " + name +
                             (known.empty() ? " (ở đây không nhận tham số nào)" : " (các tham số: " + list + ")")};
  }
}

// Runs a handler that reads the parameters `known`, turning its failures into JSON errors.
template <typename Handler>
httplib::Server::Handler Guarded(const Parameters& known, Handler handler) {
  return [known, handler](const httplib::Request& request, httplib::Response& response) {
    try {
      RefuseUnknownParameters(request, known);
      handler(request, response);
    } catch (const HttpError& error) {
      SendError(response, error);
    } catch (const query::QueryError& error) {
      // A fault in a filter parameter is past the query `q` (query::ParseRequest): its message
      // names the value, and a position would point at nothing the user typed.
      const std::string q = request.get_param_value("q");
      const bool in_query = !q.empty() && error.position() <= q.size();
      SendError(response, {400, error.what(), in_query ? std::optional(error.position()) : std::nullopt});
    } catch (const Xapian::Error& error) {
      SendError(response, {503, "chưa đọc được chỉ mục: " + error.get_description()});
    } catch (const std::exception& error) {
      SendError(response, {500, error.what()});
    }
  };
}

}  // namespace

void InstallService(httplib::Server* server, const ServiceOptions& options) {
  // One more search than cores keeps a core busy while a finished search hands its turn over.
  const std::size_t searches =
      options.searches > 0 ? options.searches : std::thread::hardware_concurrency() + 1;
  auto pool = std::make_shared<SearcherPool>(
      options.db, options.remote_limits, searches,
      std::chrono::milliseconds(static_cast<long>(options.search_seconds * 1000)));
  // cpp-httplib gives each open connection a worker for as long as it is kept alive, so there
  // must be more workers than busy clients; idle ones cost little. The limits: docs/api.md.
  ConnectionLimits limits;
  limits.workers = options.threads > 0 ? options.threads : kDefaultThreads;
  auto guard = std::make_shared<ConnectionGuard>(limits);
  server->new_task_queue = [guard] { return guard->NewTaskQueue(); };
  server->set_payload_max_length(64 * 1024);
  server->set_read_timeout(5, 0);
  server->set_write_timeout(5, 0);
  server->set_keep_alive_max_count(1000);
  server->set_keep_alive_timeout(2);
  // Without TCP_NODELAY a response written in two parts waits for the client's delayed ACK:
  // 40 ms a request, measured.
  server->set_tcp_nodelay(true);

  server->Get("/healthz", Guarded(kNoParameters, [pool](const httplib::Request&, httplib::Response& response) {
    pool->Run([&](query::Searcher& searcher) {
      SendJson(response, 200, {{"status", "ok"}, {"documents", searcher.DocumentCount()}});
    });
  }));

  server->Get("/api/search", Guarded(kSearchParameters, [pool, options](const httplib::Request& http, httplib::Response& response) {
    query::SearchRequest request = SearchRequestFrom(http, options, {10, options.max_page_size});
    pool->Run([&](query::Searcher& searcher) {
      query::SearchResult result = searcher.Search(request);
      json body = query::SearchResultToJson(request, result, searcher.Topics());
      body["page"] = request.offset / request.limit + 1;
      body["size"] = request.limit;
      SendJson(response, 200, body);
    });
  }));

  // The result list as a file for a spreadsheet or a reference manager: by default the first
  // query::kMaxLimit results (size= fewer, page= the next ones), without snippets or facets.
  for (query::ExportFormat format : {query::ExportFormat::kCsv, query::ExportFormat::kRis, query::ExportFormat::kBibtex}) {
    const std::string extension(query::ExportExtension(format));
    server->Get("/api/search." + extension, Guarded(kSearchParameters, [pool, options, format, extension](const httplib::Request& http, httplib::Response& response) {
      query::SearchRequest request = SearchRequestFrom(http, options, {query::kMaxLimit, query::kMaxLimit});
      request.snippets = false;
      request.facets = false;
      request.timeline = false;
      pool->Run([&](query::Searcher& searcher) {
        query::SearchResult result = searcher.Search(request);
        std::vector<schema::DocumentRecord> records;
        for (query::Hit& hit : result.hits) records.push_back(std::move(hit.record));
        response.set_header("Content-Disposition", "attachment; filename=\"vankien." + extension + "\"");
        response.set_content(query::ExportRecords(records, format, searcher.Topics()),
                             std::string(query::ExportMediaType(format)).c_str());
      });
    }));
  }

  // Atom feeds of the newest documents of a search, and of a number's citers.
  server->Get("/feed", Guarded(kFeedParameters, [pool, options](const httplib::Request& http, httplib::Response& response) {
    query::SearchRequest request = SearchRequestFrom(http, options, {kFeedEntries, kFeedEntries});
    request.sort = query::SortOrder::kDate;
    request.snippets = false;
    const std::size_t question = http.target.find('?');
    const std::string parameters = question == std::string::npos ? "" : http.target.substr(question + 1);
    query::FeedHeader header{"vankien — " + (request.query.empty() ? request.filters : request.query), http.target,
                             "/#/search?" + parameters, ""};
    pool->Run([&](query::Searcher& searcher) {
      query::SearchResult result = searcher.Search(request);
      std::vector<schema::DocumentRecord> records;
      for (query::Hit& hit : result.hits) records.push_back(std::move(hit.record));
      response.set_content(query::AtomFeed(header, records), "application/atom+xml; charset=utf-8");
    });
  }));

  server->Get(R"(/feed/cite/(.+))", Guarded(kNoParameters, [pool](const httplib::Request& http, httplib::Response& response) {
    const std::string number = PathPart(http, "số hiệu");
    pool->Run([&](query::Searcher& searcher) {
      std::vector<schema::DirectiveRecord> entry = searcher.Registry(number);
      if (entry.empty()) throw HttpError{404, "chỉ mục không có văn bản nào mang hoặc dẫn số " + number};
      std::vector<const schema::Citation*> citations;
      for (const schema::DirectiveRecord& record : entry) {
        for (const schema::Citation& citation : record.citations) citations.push_back(&citation);
      }
      std::stable_sort(citations.begin(), citations.end(), [](const auto* a, const auto* b) {
        return a->document_date > b->document_date;
      });
      std::vector<schema::DocumentRecord> records;
      for (const schema::Citation* citation : citations) {
        if (records.size() == kFeedEntries) break;
        if (std::optional<schema::DocumentRecord> record = searcher.FindDocument(citation->document)) {
          record->text.clear();
          records.push_back(std::move(*record));
        }
      }
      const std::string canonical = entry.front().number;
      query::FeedHeader header{"vankien — văn bản trích dẫn " + canonical, http.target,
                               "/#/cite/" + query::PercentEncoded(canonical), ""};
      response.set_content(query::AtomFeed(header, records), "application/atom+xml; charset=utf-8");
    });
  }));

  // Registered before /api/doc/{id}, whose pattern would take "ID/related" for an id.
  server->Get(R"(/api/doc/(.+)/related)", Guarded(kRelatedParameters, [pool, options](const httplib::Request& http, httplib::Response& response) {
    const std::string id = PathPart(http, "mã văn bản");
    const std::size_t size = NumberParam(http, "size", query::kRelatedDocuments, 1, options.max_page_size);
    pool->Run([&](query::Searcher& searcher) {
      std::optional<query::RelatedDocuments> related = searcher.Related(id, size);
      if (!related) throw HttpError{404, "không có văn bản mã " + id};
      SendJson(response, 200, query::RelatedToJson(id, *related, searcher.Topics()));
    });
  }));

  server->Get(R"(/api/doc/(.+))", Guarded(kDocumentParameters, [pool](const httplib::Request& http, httplib::Response& response) {
    const std::string id = PathPart(http, "mã văn bản");
    pool->Run([&](query::Searcher& searcher) {
      std::optional<schema::DocumentRecord> record = searcher.FindDocument(id);
      if (!record) throw HttpError{404, "không có văn bản mã " + id};
      nlohmann::json document = query::DocumentToJson(*record, searcher.Topics());
      const std::optional<query::OriginalFile> original = searcher.Original(id);
      document["original"] = original && original->unchanged;  // offered at /api/original/ID
      // ?q=: the text with what the search matched marked, for the page's document view. A
      // malformed query marks nothing: the document is what was asked for.
      if (const std::string q = Param(http, "q"); !q.empty()) {
        try {
          document["text_parts"] = query::SnippetToJson(searcher.HighlightText(record->text, q));
        } catch (const query::QueryError&) {
        }
      }
      SendJson(response, 200, document);
    });
  }));

  // The file a document was read from, by the document's id only (never a path from the
  // request), while it is the file indexed. Always a download: a saved page is not shown as a
  // page of this site.
  server->Get(R"(/api/original/(.+))", Guarded(kNoParameters, [pool](const httplib::Request& http, httplib::Response& response) {
    const std::string id = PathPart(http, "mã văn bản");
    pool->Run([&](query::Searcher& searcher) {
      std::optional<query::OriginalContent> original = searcher.ReadOriginal(id);
      if (!original) {
        throw HttpError{404, searcher.FindDocument(id) ? "tệp gốc của văn bản " + id + " đã đổi hoặc không còn"
                                                        : "không có văn bản mã " + id};
      }
      // Named as the file is (a corpus XML file holds several documents, whose ids name none).
      const std::string name = original->path.filename().string();
      response.set_header("Content-Disposition", "attachment; filename=\"" + AsciiFileName(name) +
                                                     "\"; filename*=UTF-8''" + query::PercentEncoded(name));
      response.set_header("X-Content-Type-Options", "nosniff");
      response.set_header("Cache-Control", "no-store");
      response.set_content(std::move(original->bytes), "application/octet-stream");
    });
  }));

  server->Get(R"(/api/cite/(.+))", Guarded(kNoParameters, [pool](const httplib::Request& http, httplib::Response& response) {
    const std::string number = PathPart(http, "số hiệu");
    pool->Run([&](query::Searcher& searcher) {
      std::vector<schema::DirectiveRecord> records = searcher.Registry(number);
      if (records.empty()) throw HttpError{404, "chỉ mục không có văn bản nào mang hoặc dẫn số " + number};
      SendJson(response, 200, query::RegistryToJson(number, records));
    });
  }));

  // The citation graph of a search's matches (the page of `size` of them asked for), for
  // researchers' tools: format=json (default) or graphml.
  server->Get("/api/graph", Guarded(kGraphParameters, [pool, options](const httplib::Request& http, httplib::Response& response) {
    query::SearchRequest request = SearchRequestFrom(http, options, {10, options.max_page_size});
    const std::string format = Param(http, "format");
    if (!format.empty() && format != "json" && format != "graphml") throw HttpError{400, "format là json hoặc graphml"};
    request.facets = false;
    request.snippets = false;
    pool->Run([&](query::Searcher& searcher) {
      query::SearchResult result = searcher.Search(request);
      std::vector<schema::DocumentRecord> documents;
      for (query::Hit& hit : result.hits) documents.push_back(std::move(hit.record));
      const query::CitationGraph graph = query::BuildCitationGraph(documents);
      if (format == "graphml") {
        response.set_header("Cache-Control", "no-store");
        response.set_content(query::GraphToGraphml(graph), "application/graphml+xml; charset=utf-8");
        return;
      }
      SendJson(response, 200, query::GraphToJson(graph));
    });
  }));

  server->Get("/api/topics", Guarded(kNoParameters, [pool](const httplib::Request&, httplib::Response& response) {
    pool->Run([&](query::Searcher& searcher) {
      SendJson(response, 200, query::TopicsToJson(searcher.Topics(), searcher.CountAll()));
    });
  }));

  server->Get("/api/codes", Guarded(kNoParameters, [](const httplib::Request&, httplib::Response& response) {
    SendJson(response, 200, query::CodesToJson());
  }));

  server->Get(R"(/api/.*)", [](const httplib::Request& http, httplib::Response& response) {
    SendError(response, {404, "không có API " + http.path});
  });

  const std::filesystem::path static_dir = options.static_dir;
  server->Get(R"(/.*)", [static_dir](const httplib::Request& http, httplib::Response& response) {
    std::optional<std::filesystem::path> file = ResolveStaticPath(static_dir, http.path);
    if (!file) {
      response.status = 404;
      response.set_content("Không tìm thấy trang này.\n", "text/plain; charset=utf-8");
      return;
    }
    response.set_header("Cache-Control", "no-cache");
    response.set_content(ReadFile(*file), ContentTypeFor(*file).c_str());
  });

  // Everything here is read with GET (and HEAD); other methods are refused as such, not as 404.
  auto refuse_method = [](const httplib::Request&, httplib::Response& response) {
    response.set_header("Allow", "GET, HEAD, OPTIONS");
    SendError(response, {405, "ở đây chỉ phục vụ yêu cầu GET"});
  };
  // A request whose body cpp-httplib reads (at most 64 KB, above) is refused once it has, so that
  // the connection can carry the next request: these handlers. Any other is refused before
  // routing: cpp-httplib would wait for a POST or PUT without Content-Length to send a body until
  // the read timeout, and answers 400 to methods it has no handlers for (TRACE, CONNECT).
  server->set_pre_routing_handler([refuse_method](const httplib::Request& request, httplib::Response& response) {
    MarkRequestStart();
    const std::string& method = request.method;
    if (method == "GET" || method == "HEAD" || method == "OPTIONS") {
      RequestRead();
      return httplib::Server::HandlerResponse::Unhandled;
    }
    // A body still to read stays under the connection's deadline (ConnectionGuard): it is read
    // only to be refused.
    const bool body_read = (method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE") &&
                           (request.has_header("Content-Length") || request.has_header("Transfer-Encoding"));
    if (body_read) return httplib::Server::HandlerResponse::Unhandled;
    RequestRead();
    refuse_method(request, response);
    // A body announced but not read would be taken for the next request on this connection.
    if (request.has_header("Content-Length") || request.has_header("Transfer-Encoding")) {
      response.set_header("Connection", "close");
    }
    return httplib::Server::HandlerResponse::Handled;
  });
  server->Post(R"(/.*)", refuse_method);
  server->Put(R"(/.*)", refuse_method);
  server->Patch(R"(/.*)", refuse_method);
  server->Delete(R"(/.*)", refuse_method);
  server->Options(R"(/.*)", [](const httplib::Request&, httplib::Response& response) {
    response.set_header("Allow", "GET, HEAD, OPTIONS");
    response.status = 204;
  });

  // After each answer (cpp-httplib has one logger): the connection guard learns the request is
  // done, and the access log gets its line.
  const httplib::Logger access_log =
      options.access_log ? AccessLogger(options.access_log, options.log_queries) : httplib::Logger();
  server->set_logger([access_log](const httplib::Request& request, const httplib::Response& response) {
    ResponseSent();
    if (access_log) access_log(request, response);
  });

  server->set_error_handler([](const httplib::Request&, httplib::Response& response) {
    if (!response.body.empty()) return;  // a handler already wrote the error
    const char* message = response.status == 413   ? "yêu cầu quá lớn"
                          : response.status == 414 ? "địa chỉ yêu cầu quá dài"
                          : response.status == 404 ? "không tìm thấy"
                                                   : "không phục vụ được yêu cầu này";
    SendError(response, {response.status, message});
  });
}

}  // namespace vankien::server
