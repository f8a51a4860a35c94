// Many threads searching at once, through separate Searchers and through the service, with
// every kind of request it serves. Issue 19: vankien-serve crashed under sustained concurrent
// load, as Xapian::Query::MatchAll (one static object whose reference count is not atomic) was
// copied from every worker. The tests run in the normal build and in a ThreadSanitizer build
// (tools/check.sh), which reports such a race even when the timing spares the process.
#include <catch2/catch.hpp>
#include <httplib.h>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "indexer/indexer.h"
#include "query/searcher.h"
#include "server/search_service.h"

namespace vankien::server {
namespace {

namespace fs = std::filesystem;

constexpr int kThreads = 8;
constexpr int kRounds = 12;  // each thread runs the whole mix this many times

// A copy of the bundled corpus indexed, then one article changed and indexed again, so that
// the index has deleted documents and every search goes through the deleted-documents filter.
class ChangedCorpus {
 public:
  ChangedCorpus() {
    base_ = fs::temp_directory_path() / ("vankien-concurrency-test-" + std::to_string(::getpid()));
    fs::remove_all(base_);
    fs::create_directories(base_);
    fs::copy(fs::path(VANKIEN_SOURCE_DIR) / "corpus", base_ / "corpus", fs::copy_options::recursive);
    Index();
    const fs::path article = base_ / "corpus" / "articles" / "kiem-tra-ky-luat-lam-giang-2021.txt";
    std::ofstream(article, std::ios::app) << "\nĐoạn thêm vào để có một bản đã xóa trong chỉ mục.\n";
    Index();
  }
  ~ChangedCorpus() { fs::remove_all(base_); }
  std::string db() const { return (base_ / "db").string(); }

 private:
  void Index() {
    indexer::IndexOptions options;
    options.db = base_ / "db";
    options.paths = {base_ / "corpus" / "documents", base_ / "corpus" / "articles"};
    indexer::Taxonomy taxonomy = indexer::LoadTaxonomy(fs::path(VANKIEN_SOURCE_DIR) / "corpus" / "topics.xml");
    options.taxonomy = &taxonomy;
    indexer::Reporter reporter(indexer::Verbosity::kQuiet, false);
    indexer::UpdateIndex(options, &reporter);
  }

  fs::path base_;
};

const ChangedCorpus& Corpus() {
  static ChangedCorpus corpus;
  return corpus;
}

// One search of each kind the service and the CLI run.
std::vector<query::SearchRequest> SearchMix() {
  auto make = [](std::string q, std::string filters = "", query::SortOrder sort = query::SortOrder::kRelevance,
                 bool facets = false) {
    query::SearchRequest request;
    request.query = std::move(q);
    request.filters = std::move(filters);
    request.sort = sort;
    request.facets = facets;
    return request;
  };
  return {
      make("nâng cao chất lượng sinh hoạt chi bộ"),                       // plain
      make("nang cao chat luong sinh hoat chi bo"),                        // without diacritics
      make("chi bộ", "", query::SortOrder::kRelevance, /*facets=*/true),   // faceted
      make("chi bo", "body:TU"),                                           // filtered
      make("quan ly", "date:2014..2020", query::SortOrder::kDate),        // date-sorted, a range
      make("", "year:2017", query::SortOrder::kDate, /*facets=*/true),    // filters alone
      make("05-CT/TW"),                                                    // a number
      make("03-NQ/TU nông nghiệp"),                                        // a number with words
      make("05 – CT/TƯ", "", query::SortOrder::kDate, /*facets=*/true),   // a number, by date, faceted
      make("05-CT/TW OR chi bộ"),                                          // a number among alternatives
      make("\"sinh hoạt chuyên đề\" -tham nhũng"),                         // a phrase, an exclusion
      make("-tham nhung"),                                                 // only an exclusion
      make("tham nhũng OR lãng phí", "type:NQ"),
  };
}

// What a search answered, enough to tell a wrong answer from a right one.
std::string Summary(const query::SearchResult& result) {
  std::string summary = std::to_string(result.total_lower) + "/" + std::to_string(result.total_upper) + ":";
  for (const query::Hit& hit : result.hits) summary += hit.record.id + "," + hit.role + ";";
  for (const auto& [facet, counts] : result.facets) {
    for (const query::FacetCount& count : counts) summary += facet + "=" + count.value + ":" + std::to_string(count.count) + ";";
  }
  return summary;
}

// Runs every kind of work a Searcher does — searches, a document, the registry, highlighting,
// the counts over the whole index — and returns a summary of each answer.
std::vector<std::string> RunMix(query::Searcher& searcher, const std::vector<query::SearchRequest>& mix) {
  std::vector<std::string> answers;
  for (const query::SearchRequest& request : mix) answers.push_back(Summary(searcher.Search(request)));
  std::optional<schema::DocumentRecord> document = searcher.FindDocument("tu-lg-ct-08-2014");
  answers.push_back(document ? document->title : "missing");
  for (const schema::DirectiveRecord& record : searcher.Registry("Chỉ thị số 05-CT/TW")) {
    answers.push_back(record.number + ":" + std::to_string(record.citations.size()));
  }
  answers.push_back(std::to_string(searcher.HighlightText("Chi bộ thôn Đồng Sậy sinh hoạt", "chi bo").size()));
  for (const auto& [facet, counts] : searcher.CountAll()) answers.push_back(facet + ":" + std::to_string(counts.size()));
  return answers;
}

TEST_CASE("concurrency: threads searching through their own Searchers give every answer one thread gives") {
  const std::vector<query::SearchRequest> mix = SearchMix();
  query::Searcher alone(Corpus().db());
  const std::vector<std::string> expected = RunMix(alone, mix);

  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      query::Searcher searcher(Corpus().db());
      for (int round = 0; round < kRounds; ++round) {
        if (RunMix(searcher, mix) != expected) ++wrong;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  CHECK(wrong == 0);
}

// Every kind of request the service and its page send.
std::vector<std::string> RequestMix() {
  return {
      "/api/search?q=n%C3%A2ng%20cao%20ch%E1%BA%A5t%20l%C6%B0%E1%BB%A3ng%20sinh%20ho%E1%BA%A1t%20chi%20b%E1%BB%99",
      "/api/search?q=nang%20cao%20chat%20luong",
      "/api/search?facets=1&q=chi%20bo",
      "/api/search?q=chi%20bo&body=TU&type=NQ",
      "/api/search?sort=date&from=2014-03-01&to=2020-06-30&q=quan%20ly",
      "/api/search?sort=date&facets=1&from=2017-01-01&to=2017-12-31",
      "/api/search?q=18-NQ/TW",
      "/api/search?q=05-CT/TW&facets=1",
      "/api/search?q=05-CT/TW%20OR%20chi%20bo&page=2&size=3",
      "/api/search?q=%22sinh%20ho%E1%BA%A1t%20chuy%C3%AAn%20%C4%91%E1%BB%81%22",
      "/api/search?topic=chi-bo&kind=document",
      "/api/cite/05-CT/TW",
      "/api/graph?q=03-NQ/TU&size=20",
      "/api/graph?q=chi%20bo&format=graphml",
      "/api/doc/tu-lg-ct-08-2014",
      "/api/doc/tu-lg-ct-08-2014?q=chi%20bo",
      "/api/doc/tu-lg-ct-08-2014/related",
      "/api/search?q=sinh%20hoat%20chi%20bo&timeline=1&sort=oldest",
      "/api/search?q=chi%20bo%20NEAR/5%20thon",
      "/api/search.csv?q=chi%20bo",
      "/api/search.bib?body=TU",
      "/feed?q=chi%20bo",
      "/feed/cite/03-NQ/TU",
      "/api/topics",
      "/api/codes",
      "/healthz",
      "/",
      "/app.js",
      "/style.css",
  };
}

TEST_CASE("concurrency: the service answers a sustained load of every kind of request, each as alone") {
  httplib::Server server;
  ServiceOptions options;
  options.db = Corpus().db();
  options.static_dir = fs::path(VANKIEN_SOURCE_DIR) / "server" / "web";
  options.threads = 16;
  InstallService(&server, options);
  const int port = server.bind_to_any_port("127.0.0.1");
  std::thread listener([&] { server.listen_after_bind(); });
  while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));

  const std::vector<std::string> paths = RequestMix();
  std::map<std::string, std::string> expected;
  {
    httplib::Client client("127.0.0.1", port);
    for (const std::string& path : paths) {
      httplib::Result result = client.Get(path.c_str());
      REQUIRE(result);
      INFO(path);
      REQUIRE(result->status == 200);
      expected[path] = result->body;
    }
  }

  std::atomic<int> failed{0}, wrong{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < kThreads; ++t) {
    clients.emplace_back([&, t] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(t % 2 == 0);  // half on kept-alive connections, half on new ones
      client.set_read_timeout(30, 0);
      for (int round = 0; round < kRounds; ++round) {
        for (std::size_t i = 0; i < paths.size(); ++i) {
          const std::string& path = paths[(i + t) % paths.size()];
          httplib::Result result = client.Get(path.c_str());
          if (!result || result->status != 200) {
            ++failed;
          } else if (result->body != expected[path]) {
            ++wrong;
          }
        }
      }
    });
  }
  for (std::thread& client : clients) client.join();
  server.stop();
  listener.join();
  CHECK(failed == 0);
  CHECK(wrong == 0);
}

}  // namespace
}  // namespace vankien::server
