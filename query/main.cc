// vankien-query: searches a vankien index from the command line.
#include <unistd.h>

#include <boost/program_options.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "analysis/identifier_codes.h"
#include "query/citation_graph.h"
#include "query/directive_life.h"
#include "query/json_output.h"
#include "query/result_export.h"
#include "query/searcher.h"
#include "query/text_output.h"
#include "shards/layout.h"
#include "shards/sharded_index.h"

namespace po = boost::program_options;
using namespace vankien::query;

namespace {

// Exit codes, documented in --help and the README.
constexpr int kExitFound = 0;
constexpr int kExitNothingFound = 1;
constexpr int kExitError = 2;

constexpr const char* kUsage =
    "Usage: vankien-query --db DIR [options] [--] QUERY...\n"
    "       vankien-query --db DIR --run-format trec [--limit N] < queries.tsv\n"
    "       vankien-query --db DIR --show ID | --cite NUMBER | --topics\n"
    "       vankien-query --db DIR --graph json|graphml [--limit N] [--] QUERY...\n"
    "       vankien-query --codes\n"
    "Searches a vankien index. QUERY is Vietnamese words with or without diacritics,\n"
    "\"phrases\", AND/OR/NOT, -word, and filters such as body:ĐUK, type:NQ, topic:chi-bo,\n"
    "year:2016, date:2016..2017, id:05-CT/TW, cites:05-CT/TW (docs/query-language.md).\n"
    "A QUERY that starts with '-' (-thôn chi bộ) goes after --, or it is read as an option.\n\n";

constexpr const char* kExitCodes =
    "\nExit status:\n"
    "  0  something was found (or printed)\n"
    "  1  nothing matched\n"
    "  2  usage error, malformed query, or the index could not be opened\n";

// The first word of the command line before "--" that reads as a query excluding something
// ('-chi', '-"tham nhũng"', '-(a OR b)') rather than as one of `options`, or "". Boost takes it
// for an option (unknown, or -n or -p with a bad value); the query should follow "--".
std::string QueryTakenForOption(int argc, char** argv, const po::options_description& options) {
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--") break;
    if (word.size() < 2 || word[0] != '-' || word[1] == '-') continue;
    const unsigned char next = static_cast<unsigned char>(word[1]);
    const bool reads_as_query = std::isalpha(next) || next >= 0x80 || next == '"' || next == '\'' || next == '(';
    if (reads_as_query && options.find_nothrow(word, false) == nullptr) return word;
  }
  return "";
}

// An error for a reader of --json, who reads standard output only (docs/json.md, "Errors").
void PrintJsonError(const std::string& message, std::optional<std::size_t> position = std::nullopt) {
  nlohmann::json error = {{"error", message}};
  if (position) error["position"] = *position;
  std::cout << error.dump(2) << "\n";
}

bool UseColor(bool no_color_flag) {
  if (no_color_flag) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

void PrintCodes() {
  std::cout << "Loại văn bản (type:)\n";
  for (const auto& code : vankien::analysis::DocumentTypes()) {
    const char* system = code.system == vankien::analysis::CodeSystem::kParty   ? "Đảng"
                         : code.system == vankien::analysis::CodeSystem::kState ? "Nhà nước"
                                                                                 : "Đảng, Nhà nước";
    std::cout << "  " << code.code << "\t" << code.name << "\t(" << system << ")\n";
  }
  std::cout << "\nCơ quan ban hành (body:)\n";
  for (const auto& code : vankien::analysis::IssuingBodies()) {
    std::cout << "  " << code.code << "\t" << code.name << "\n";
  }
}

// Reads "qid<TAB>query" lines and prints run lines: TREC's "qid Q0 docid rank score vankien",
// or "qid<TAB>docid<TAB>rank" (tsv), which survives ids with spaces.
// With timings, prints the median and 99th percentile search time to standard error, as the
// peers of ../shared/tools/peers do.
// A line without a tab, or a query that cannot be run, is reported and the others run; the exit
// status is then 2, so that a batch never passes for complete when it was not.
int RunQueries(Searcher& searcher, const SearchRequest& base, bool tsv, bool timings) {
  std::string line;
  bool any = false;
  std::size_t line_number = 0, failed = 0, queries = 0;
  std::vector<double> seconds;
  while (std::getline(std::cin, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++queries;
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      std::cerr << "vankien-query: line " << line_number << ": no tab between the query id and the query\n";
      ++failed;
      continue;
    }
    SearchRequest request = base;
    request.query = line.substr(tab + 1);
    request.snippets = false;
    std::string qid = line.substr(0, tab);
    try {
      auto start = std::chrono::steady_clock::now();
      SearchResult result = searcher.Search(request);
      seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
      for (const Hit& hit : result.hits) {
        if (tsv) {
          std::cout << qid << '\t' << hit.record.id << '\t' << hit.rank << '\n';
        } else {
          std::cout << qid << " Q0 " << hit.record.id << " " << hit.rank << " " << hit.score << " vankien\n";
        }
        any = true;
      }
    } catch (const QueryError& e) {
      std::cerr << "vankien-query: query " << qid << ": " << e.Describe(request.query) << "\n";
      ++failed;
    }
  }
  if (timings && !seconds.empty()) {
    std::sort(seconds.begin(), seconds.end());
    std::cerr << "queries " << seconds.size() << " p50_ms " << seconds[seconds.size() / 2] * 1e3
              << " p99_ms " << seconds[seconds.size() * 99 / 100] * 1e3 << "\n";
  }
  if (failed > 0) {
    std::cerr << "vankien-query: " << failed << " of " << queries << " queries could not be run\n";
    return kExitError;
  }
  return any ? kExitFound : kExitNothingFound;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db;
  std::vector<std::string> words;
  std::string sort = "relevance";
  std::string run_format;
  std::string show;
  std::string cite;
  std::string format;
  std::string related_id;
  std::string graph;
  // Read signed, so that "-5" is refused rather than wrapped around to a huge count.
  long long limit = 10, offset = 0, page = 0;
  SearchRequest request;
  vankien::shards::RemoteLimits remote_limits;
  po::options_description visible("Options");
  visible.add_options()
      ("db", po::value<std::string>(&db)->value_name("DIR"), "the index to search (a folder, a sharded index or a stub file)")
      ("shard-timeout", po::value<unsigned>(&remote_limits.timeout_ms)->value_name("MS"),
       "how long a remote shard may take to answer, in milliseconds (default 10000)")
      ("limit,n", po::value<long long>(&limit)->value_name("N"), "results per page (default 10)")
      ("offset", po::value<long long>(&offset)->value_name("N"), "skip the first N results")
      ("page,p", po::value<long long>(&page)->value_name("N"), "show page N (1-based) of --limit results")
      ("sort", po::value<std::string>(&sort)->value_name("ORDER"), "relevance (default), date (newest first) or oldest (oldest first)")
      ("facets", "count results by body, type, year, topic and kind")
      ("timeline", "count every match per year (per month within two years), as a bar chart")
      ("as-typed", "search exactly the words typed: no diacritics restored to a query typed without them")
      ("json", "print results as JSON (schema: docs/json.md)")
      ("format", po::value<std::string>(&format)->value_name("FORMAT"),
       "csv, ris or bibtex: write the results for a spreadsheet or a reference manager "
       "(the first 1000 unless --limit or --page say otherwise)")
      ("run-format", po::value<std::string>(&run_format)->value_name("FORMAT"),
       "trec: read 'qid<TAB>query' lines on standard input, print a TREC run; tsv: the same "
       "as 'qid<TAB>docid<TAB>rank' lines")
      ("timings", "with --run-format: print the median and 99th percentile search time")
      ("show", po::value<std::string>(&show)->value_name("ID"), "print the document with this id")
      ("related", po::value<std::string>(&related_id)->value_name("ID"),
       "the documents most like the document ID, the numbers it cites and the documents citing it")
      ("cite", po::value<std::string>(&cite)->value_name("NUMBER"),
       "what the document NUMBER (05-CT/TW) is, whether an indexed document replaced, repealed "
       "or amended it, its life (guidance, plans level by level, reviews), every document citing it")
      ("graph", po::value<std::string>(&graph)->value_name("FORMAT"),
       "the citation graph of the QUERY's first --limit matches: json or graphml")
      ("topics", "list the topics with their document counts")
      ("codes", "list the document type and issuing body codes (with --json: as JSON)")
      ("no-color", "never colour the output (also: NO_COLOR=1)")
      ("help,h", "show this help and exit")
      ("version", "show the version and exit");
  po::options_description hidden;
  hidden.add_options()("word", po::value<std::vector<std::string>>(&words));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("word", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const std::exception& e) {
    std::cerr << "vankien-query: " << e.what() << "\n";
    if (const std::string query = QueryTakenForOption(argc, argv, all); !query.empty()) {
      std::cerr << "vankien-query: to search for a query starting with '-' (" << query << "), put -- before it\n";
    }
    std::cerr << "Try 'vankien-query --help'.\n";
    return kExitError;
  }
  if (vm.count("help")) {
    std::cout << kUsage << visible << kExitCodes;
    return kExitFound;
  }
  if (vm.count("version")) {
    std::cout << "vankien-query " << VANKIEN_VERSION << "\n";
    return kExitFound;
  }
  if (vm.count("codes")) {
    if (vm.count("json")) {
      std::cout << CodesToJson().dump(2) << "\n";
    } else {
      PrintCodes();
    }
    return kExitFound;
  }
  if (db.empty()) {
    std::cerr << "vankien-query: --db DIR is required\nTry 'vankien-query --help'.\n";
    return kExitError;
  }
  if (remote_limits.timeout_ms == 0) {
    std::cerr << "vankien-query: --shard-timeout 0: a search must not wait for a shard without end\n";
    return kExitError;
  }
  const std::optional<SortOrder> order = SortOrderNamed(sort);
  if (!order) {
    std::cerr << "vankien-query: --sort is relevance, date or oldest, not " << sort << "\n";
    return kExitError;
  }
  if (!graph.empty() && graph != "json" && graph != "graphml") {
    std::cerr << "vankien-query: --graph is json or graphml\n";
    return kExitError;
  }
  if (!run_format.empty() && run_format != "trec" && run_format != "tsv") {
    std::cerr << "vankien-query: --run-format is trec or tsv\n";
    return kExitError;
  }
  if (!run_format.empty() && !words.empty()) {
    std::cerr << "vankien-query: --run-format reads its queries from standard input (ID, a tab, the query: one a line), "
                 "not from the command line\n";
    return kExitError;
  }
  if (vm.count("show") && show.empty()) {
    std::cerr << "vankien-query: --show needs a document id\n";
    return kExitError;
  }
  std::optional<ExportFormat> export_format;
  if (!format.empty()) {
    export_format = ExportFormatNamed(format);
    if (!export_format) {
      std::cerr << "vankien-query: --format is csv, ris or bibtex, not " << format << "\n";
      return kExitError;
    }
    // An export is of the result list, up to the most one request returns.
    if (!vm.count("limit")) limit = static_cast<long long>(kMaxLimit);
    request.snippets = false;
  }
  if (limit < 1 || limit > static_cast<long long>(kMaxLimit)) {
    std::cerr << "vankien-query: --limit is 1 to " << kMaxLimit << "\n";
    return kExitError;
  }
  request.limit = static_cast<std::size_t>(limit);
  if (vm.count("page") && vm.count("offset")) {
    std::cerr << "vankien-query: give --page or --offset, not both\n";
    return kExitError;
  }
  if (vm.count("page")) {
    if (page < 1 || page - 1 > static_cast<long long>(kMaxOffset) / limit) {
      std::cerr << "vankien-query: --page is 1 to " << kMaxOffset / request.limit + 1 << " with --limit " << limit << "\n";
      return kExitError;
    }
    offset = (page - 1) * limit;
  } else if (offset < 0 || offset > static_cast<long long>(kMaxOffset)) {
    std::cerr << "vankien-query: --offset is 0 to " << kMaxOffset << "\n";
    return kExitError;
  }
  request.offset = static_cast<std::size_t>(offset);
  request.sort = *order;
  request.facets = vm.count("facets") > 0;
  request.timeline = vm.count("timeline") > 0;
  request.restore_diacritics = vm.count("as-typed") == 0;
  const bool json = vm.count("json") > 0;
  TextStyle style{UseColor(vm.count("no-color") > 0)};

  std::unique_ptr<Searcher> searcher;
  try {
    searcher = std::make_unique<Searcher>(db, KnownValuesHint{"xem vankien-query --codes", "xem vankien-query --topics"},
                                          remote_limits);
  } catch (const Xapian::Error& e) {
    if (json) PrintJsonError("cannot open the index " + db + ": " + e.get_msg());
    std::cerr << "vankien-query: cannot open the index " << db << ": " << e.get_description() << "\n";
    return kExitError;
  } catch (const vankien::shards::ShardError& e) {
    if (json) PrintJsonError("cannot open the index " + db + ": " + e.what());
    std::cerr << "vankien-query: cannot open the index " << db << ": " << e.what() << "\n";
    return kExitError;
  }

  try {
    if (!run_format.empty()) {
      return RunQueries(*searcher, request, run_format == "tsv", vm.count("timings") > 0);
    }
    if (vm.count("topics")) {
      auto counts = searcher->CountAll();
      if (json) {
        std::cout << TopicsToJson(searcher->Topics(), counts).dump(2) << "\n";
      } else {
        PrintTopics(std::cout, searcher->Topics(), counts);
      }
      return kExitFound;
    }
    if (!cite.empty()) {
      request.query = cite;
      std::vector<vankien::schema::DirectiveRecord> records = searcher->Registry(cite);
      if (json) {
        std::cout << RegistryToJson(cite, records).dump(2) << "\n";
      } else if (records.empty()) {
        std::cout << "Chỉ mục không có văn bản nào mang hoặc trích dẫn số hiệu này.\n";
      } else {
        PrintRegistry(std::cout, records, style);
      }
      return records.empty() ? kExitNothingFound : kExitFound;
    }
    if (!related_id.empty()) {
      std::optional<RelatedDocuments> related = searcher->Related(related_id, request.limit);
      if (!related) {
        const std::string message = "không có văn bản mã " + related_id;
        if (json) PrintJsonError(message);
        std::cerr << "vankien-query: " << message << "\n";
        return kExitNothingFound;
      }
      if (json) {
        std::cout << RelatedToJson(related_id, *related, searcher->Topics()).dump(2) << "\n";
      } else {
        PrintRelated(std::cout, *related, /*similar_only=*/false, style);
      }
      return kExitFound;
    }
    if (!show.empty()) {
      std::optional<vankien::schema::DocumentRecord> record = searcher->FindDocument(show);
      if (!record) {
        const std::string message = "không có văn bản mã " + show;
        if (json) PrintJsonError(message);
        std::cerr << "vankien-query: " << message << "\n";
        return kExitNothingFound;
      }
      const std::optional<vankien::query::OriginalFile> original = searcher->Original(show);
      if (json) {
        nlohmann::json document = DocumentToJson(*record, searcher->Topics());
        document["original_file"] = original ? original->path.string() : "";
        document["original_unchanged"] = original && original->unchanged;
        std::cout << document.dump(2) << "\n";
      } else {
        PrintDocument(std::cout, *record, searcher->Topics(), style);
        if (original) {
          std::cout << "Tệp gốc: " << original->path.string()
                    << (original->unchanged ? "" : " (đã đổi hoặc không còn từ khi lập chỉ mục)") << "\n";
        }
        if (!record->identifier.empty()) {
          std::size_t citing = 0;
          std::optional<Validity> validity;
          for (const auto& entry : searcher->Registry(record->identifier)) {
            if (std::count(entry.documents.begin(), entry.documents.end(), record->id)) {
              citing = entry.citations.size();
              validity = ValidityOf(entry);
            }
          }
          std::cout << "\nĐược trích dẫn bởi " << citing << " văn bản (vankien-query --cite " << record->identifier
                    << ")\n";
          if (validity) std::cout << "Hiệu lực (theo chỉ mục): " << ValidityLine(*validity) << "\n";
        }
        constexpr std::size_t kShownSimilar = 5;
        if (std::optional<RelatedDocuments> related = searcher->Related(show, kShownSimilar)) {
          std::cout << "\n";
          PrintRelated(std::cout, *related, /*similar_only=*/true, style);
          std::cout << "(vankien-query --related " << show << ")\n";
        }
      }
      return kExitFound;
    }
    for (const std::string& word : words) {
      request.query += (request.query.empty() ? "" : " ") + word;
    }
    if (!graph.empty()) {
      request.snippets = false;
      SearchResult result = searcher->Search(request);
      std::vector<vankien::schema::DocumentRecord> documents;
      for (Hit& hit : result.hits) documents.push_back(std::move(hit.record));
      const CitationGraph citations = BuildCitationGraph(documents);
      std::cout << (graph == "json" ? GraphToJson(citations).dump(2) + "\n" : GraphToGraphml(citations));
      return documents.empty() ? kExitNothingFound : kExitFound;
    }
    SearchResult result = searcher->Search(request);
    if (export_format) {
      std::vector<vankien::schema::DocumentRecord> records;
      for (Hit& hit : result.hits) records.push_back(std::move(hit.record));
      std::cout << ExportRecords(records, *export_format, searcher->Topics());
      return records.empty() ? kExitNothingFound : kExitFound;
    }
    if (json) {
      std::cout << SearchResultToJson(request, result, searcher->Topics()).dump(2) << "\n";
    } else {
      PrintSearchResult(std::cout, request, result, searcher->Topics(), style);
    }
    return result.hits.empty() ? kExitNothingFound : kExitFound;
  } catch (const QueryError& e) {
    if (json) PrintJsonError(e.what(), e.position());
    std::cerr << "vankien-query: " << e.Describe(request.query) << "\n";
    return kExitError;
  } catch (const Xapian::Error& e) {
    if (json) PrintJsonError("searching failed: " + e.get_msg());
    std::cerr << "vankien-query: searching failed: " << e.get_description() << "\n";
    return kExitError;
  } catch (const std::exception& e) {
    if (json) PrintJsonError(e.what());
    std::cerr << "vankien-query: " << e.what() << "\n";
    return kExitError;
  }
}
