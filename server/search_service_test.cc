#include "server/search_service.h"

#include <catch2/catch.hpp>
#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <set>
#include <string_view>
#include <thread>

#include "indexer/indexer.h"
#include "query/atom_feed.h"

namespace vankien::server {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// An index of the bundled corpus and a server on a free loopback port, for the whole file.
class Fixture {
 public:
  Fixture() {
    base_ = fs::temp_directory_path() / ("vankien-service-test-" + std::to_string(::getpid()));
    fs::remove_all(base_);
    fs::create_directories(base_);
    Index({fs::path(VANKIEN_SOURCE_DIR) / "corpus"});
    ServiceOptions options;
    options.db = (base_ / "db").string();
    options.static_dir = fs::path(VANKIEN_SOURCE_DIR) / "server" / "web";
    options.threads = 4;
    options.access_log = [this](std::string_view line) {
      std::lock_guard<std::mutex> lock(log_mutex_);
      access_log_ += line;
    };
    InstallService(&server_, options);
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ~Fixture() {
    server_.stop();
    thread_.join();
    fs::remove_all(base_);
  }

  void Index(const std::vector<fs::path>& paths) {
    indexer::IndexOptions options;
    options.db = base_ / "db";
    options.paths = paths;
    indexer::Taxonomy taxonomy = indexer::LoadTaxonomy(fs::path(VANKIEN_SOURCE_DIR) / "corpus" / "topics.xml");
    options.taxonomy = &taxonomy;
    indexer::Reporter reporter(indexer::Verbosity::kQuiet, false);
    indexer::UpdateIndex(options, &reporter);
  }

  httplib::Result Get(const std::string& path) {
    httplib::Client client("127.0.0.1", port_);
    return client.Get(path.c_str());
  }

  json GetJson(const std::string& path, int expected_status) {
    httplib::Result result = Get(path);
    REQUIRE(result);
    CHECK(result->status == expected_status);
    CHECK(result->get_header_value("Content-Type").find("application/json") == 0);
    return json::parse(result->body);
  }

  fs::path base() const { return base_; }
  int port() const { return port_; }

  // The access log's lines from `from` on, once one holds `needle`: the server logs a request
  // after answering it, so the line may come a moment after the answer. Empty after 5 seconds.
  std::string AccessLogOnceItHas(std::size_t from, const std::string& needle) {
    for (int tries = 0; tries < 500; ++tries) {
      {
        std::lock_guard<std::mutex> lock(log_mutex_);
        if (access_log_.find(needle, from) != std::string::npos) return access_log_.substr(from);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return "";
  }
  std::size_t AccessLogSize() {
    std::lock_guard<std::mutex> lock(log_mutex_);
    return access_log_.size();
  }

 private:
  std::mutex log_mutex_;
  std::string access_log_;
  fs::path base_;
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

// Sends `request` as written on a new connection and returns what comes back before the server
// closes it or `seconds` pass: for requests httplib::Client does not send (a POST without
// Content-Length, TRACE).
std::string RawExchange(int port, const std::string& request, int seconds) {
  const int connection = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(connection >= 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  timeval timeout{seconds, 0};
  ::setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  std::string answer;
  if (::connect(connection, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      ::send(connection, request.data(), request.size(), 0) == static_cast<ssize_t>(request.size())) {
    char buffer[4096];
    for (ssize_t got; (got = ::recv(connection, buffer, sizeof buffer, 0)) > 0;) answer.append(buffer, got);
  }
  ::close(connection);
  return answer;
}

Fixture& Shared() {
  static Fixture fixture;
  return fixture;
}

TEST_CASE("search: results, filters, paging, facets") {
  Fixture& f = Shared();
  json page = f.GetJson("/api/search?q=chi%20bo%20thon%20to%20dan%20pho", 200);
  CHECK(page["hits"][0]["id"] == "tu-lg-ct-08-2014");
  bool highlighted = false;
  for (const json& part : page["hits"][0]["snippet"]) highlighted |= part["match"].get<bool>();
  CHECK(highlighted);

  json filtered = f.GetJson("/api/search?q=chi%20bo&body=HU&facets=1&size=3", 200);
  REQUIRE(filtered["hits"].size() >= 1);
  for (const json& hit : filtered["hits"]) CHECK(hit["body"] == "HU");
  CHECK(filtered["facets"]["body"][0]["value"] == "HU");
  CHECK(filtered["size"] == 3);

  json dated = f.GetJson("/api/search?body=TU&from=2017&to=2018&sort=date", 200);
  for (const json& hit : dated["hits"]) {
    std::string date = hit["date"];
    CHECK(date >= "2017-01-01");
    CHECK(date <= "2018-12-31");
  }
  // sort=oldest: the same documents, the other way round.
  json newest = f.GetJson("/api/search?body=TU&size=100&sort=date", 200);
  json oldest = f.GetJson("/api/search?body=TU&size=100&sort=oldest", 200);
  CHECK(oldest["sort"] == "oldest");
  REQUIRE(newest["hits"].size() >= 2);
  REQUIRE(oldest["hits"].size() == newest["hits"].size());
  CHECK(oldest["hits"][0]["date"] <= oldest["hits"][oldest["hits"].size() - 1]["date"]);
  CHECK(oldest["hits"][0]["date"] == newest["hits"][newest["hits"].size() - 1]["date"]);
  json second = f.GetJson("/api/search?q=chi%20bo&page=2&size=2", 200);
  CHECK(second["hits"][0]["rank"] == 3);

  json topic = f.GetJson("/api/search?topic=chi-bo", 200);
  CHECK(topic["total"]["estimated"].get<int>() > 0);

  // A filter parameter given twice keeps documents with either value, as in the query language.
  json either = f.GetJson("/api/search?q=chi%20bo&body=TU&body=HU&size=100", 200);
  std::set<std::string> bodies;
  for (const json& hit : either["hits"]) bodies.insert(hit["body"].get<std::string>());
  CHECK(bodies == std::set<std::string>{"HU", "TU"});
  CHECK(either["total"]["estimated"] ==
        f.GetJson("/api/search?q=chi%20bo%20body:TU%20body:HU", 200)["total"]["estimated"]);
  // kind, like the other filters.
  json articles = f.GetJson("/api/search?q=chi%20bo&kind=article&size=100", 200);
  REQUIRE(articles["hits"].size() > 0);
  for (const json& hit : articles["hits"]) CHECK(hit["kind"] == "article");
}

TEST_CASE("from and to are each a date on its own, never more of the query") {
  Fixture& f = Shared();
  json dated = f.GetJson("/api/search?q=chi&from=19%2F8%2F2016&to=2017&size=100", 200);
  CHECK(dated["filters"] == "date:2016-08-19..2017-12-31");
  REQUIRE(dated["hits"].size() > 0);
  for (const json& hit : dated["hits"]) {
    CHECK(hit["date"] >= "2016-08-19");
    CHECK(hit["date"] <= "2017-12-31");
  }
  // Whatever else is written in one is refused, naming it, not added to the query: an OR that
  // would widen the dates, a second filter, a parenthesis.
  for (const char* smuggled : {"to=2016%20OR%20kind%3Aarticle", "to=2016%20body%3ATU", "from=2016%20%28",
                               "from=2016..2017", "from=abc"}) {
    CAPTURE(smuggled);
    json refused = f.GetJson(std::string("/api/search?q=chi&") + smuggled, 400);
    const std::string name = std::string(smuggled).substr(0, std::string(smuggled).find('='));
    CHECK(refused["error"].get<std::string>().rfind("tham số " + name + ": ", 0) == 0);
    CHECK_THAT(refused["error"].get<std::string>(), Catch::Contains("không phải ngày, tháng hoặc năm"));
    CHECK_FALSE(refused.contains("position"));  // there is no query of the user's to point into
  }
  CHECK(f.GetJson("/api/search?q=chi&from=%FF", 400)["error"] == "tham số from không phải văn bản UTF-8 hợp lệ");
  CHECK(f.GetJson("/api/search?q=chi&from=2018&to=2016", 400)["error"] == "tham số from muộn hơn tham số to");
  CHECK(f.GetJson("/api/search?from=2016", 200)["filters"] == "date:2016-01-01..");
}

TEST_CASE("a parameter an endpoint does not know is refused, not ignored") {
  Fixture& f = Shared();
  for (const char* guessed : {"year=2016", "coquan=TU", "loai=NQ", "date=2016"}) {
    CAPTURE(guessed);
    const std::string name = std::string(guessed).substr(0, std::string(guessed).find('='));
    CHECK(f.GetJson(std::string("/api/search?q=chi&") + guessed, 400)["error"] ==
          "không có tham số " + name + " (các tham số: q, body, type, topic, kind, from, to, sort, page, size, facets, timeline, as_typed)");
  }
  CHECK(f.GetJson("/api/doc/tu-lg-ct-08-2014?query=chi", 400)["error"] == "không có tham số query (các tham số: q)");
  for (const char* path : {"/api/cite/03-NQ%2FTU?q=chi", "/api/topics?lang=vi", "/healthz?verbose=1"}) {
    CAPTURE(path);
    CHECK_THAT(f.GetJson(path, 400)["error"].get<std::string>(), Catch::EndsWith("(ở đây không nhận tham số nào)"));
  }
  // A name that is not UTF-8 is quoted as well as it can be, in an answer that is still JSON.
  CHECK_THAT(f.GetJson("/api/search?q=chi&%FF=1", 400)["error"].get<std::string>(),
             Catch::StartsWith("không có tham số \uFFFD"));
}

TEST_CASE("facet counts are exact: a clicked count is what the filter finds") {
  Fixture& f = Shared();
  // The page asks with the same page size before and after a click; a small one, so that the
  // words side by side fill a page before the click but not after.
  json faceted = f.GetJson("/api/search?q=chi%20bo&facets=1&size=3", 200);
  REQUIRE(faceted["total"]["exact"] == true);
  for (const char* facet : {"body", "type"}) {
    int sum = 0;
    for (const json& count : faceted["facets"][facet]) {
      sum += count["count"].get<int>();
      json clicked = f.GetJson(std::string("/api/search?q=chi%20bo&facets=1&size=3&") + facet + "=" +
                                   count["value"].get<std::string>(), 200);
      REQUIRE(clicked["total"]["exact"] == true);
      CHECK(clicked["total"]["lower"] == count["count"]);
    }
    CHECK(sum <= faceted["total"]["lower"].get<int>());  // an article has no type
  }
  // A number: the facets count the documents listed, the one with the number and its citers.
  json number = f.GetJson("/api/search?q=03-NQ%2FTU&facets=1&size=50", 200);
  REQUIRE(number["total"]["exact"] == true);
  int kinds = 0;
  for (const json& count : number["facets"]["kind"]) kinds += count["count"].get<int>();
  CHECK(kinds == number["total"]["lower"].get<int>());
  CHECK(number["hits"].size() == number["total"]["lower"].get<std::size_t>());
  // A filter parameter applies to the whole query, not to the last word after an OR.
  json either = f.GetJson("/api/search?q=chi%20bo%20OR%20dang%20vien&body=HU&size=50", 200);
  REQUIRE(either["hits"].size() >= 1);
  for (const json& hit : either["hits"]) CHECK(hit["body"] == "HU");
  CHECK(either["filters"] == "body:\"HU\"");
  // Excluding what no match has changes nothing (no laws among these documents).
  json excluded = f.GetJson("/api/search?q=chi%20bo%20-type%3AL&facets=1&size=3", 200);
  CHECK(excluded["total"] == faceted["total"]);
  CHECK(excluded["hits"] == f.GetJson("/api/search?q=chi%20bo&size=3", 200)["hits"]);
}

TEST_CASE("documents, citations, topics, health") {
  Fixture& f = Shared();
  json doc = f.GetJson("/api/doc/tu-lg-ct-08-2014", 200);
  CHECK(doc["number"] == "08-CT/TU");
  CHECK(doc["citation"].get<std::string>().rfind("Chỉ thị số 08-CT/TU ngày ", 0) == 0);
  CHECK_FALSE(doc["text"].get<std::string>().empty());
  CHECK_FALSE(doc.contains("text_parts"));
  json cited = f.GetJson("/api/cite/03-NQ%2FTU", 200);
  CHECK(cited["records"].size() == 2);
  json topics = f.GetJson("/api/topics", 200);
  CHECK(topics.size() >= 15);
  CHECK(topics.front()["group"] == "Xây dựng Đảng");
  CHECK(topics.back()["group"] == "Lĩnh vực");
  // Each topic of a document names the phrases that gave it.
  REQUIRE_FALSE(doc["topics"].empty());
  for (const json& topic : doc["topics"]) CHECK_FALSE(topic["evidence"].empty());
  CHECK(f.GetJson("/healthz", 200)["status"] == "ok");
  // The original is named as the file is: this one holds several documents, whose ids name none.
  httplib::Result original = f.Get("/api/original/tu-lg-ct-08-2014");
  REQUIRE(original);
  CHECK(original->status == 200);
  CHECK_THAT(original->get_header_value("Content-Disposition"),
             Catch::StartsWith("attachment; filename=\"tinh-uy-lam-giang-2010-2015.xml\""));
  CHECK(original->body.find("<vankien") != std::string::npos);
}

TEST_CASE("a query without diacritics comes back restored, unless asked as typed") {
  Fixture& f = Shared();
  json restored = f.GetJson("/api/search?q=sinh%20hoat%20chi%20bo", 200);
  CHECK(restored["restored_query"] == "sinh hoạt chi bộ");
  CHECK(restored["searched_restored"] == true);
  CHECK_FALSE(f.GetJson("/api/search?q=sinh%20hoat%20chi%20bo&as_typed=1", 200).contains("restored_query"));
  CHECK(f.GetJson("/api/search?q=chi&as_typed=2", 400).contains("error"));
}

TEST_CASE("the results export as CSV, RIS and BibTeX, as downloads") {
  Fixture& f = Shared();
  json page = f.GetJson("/api/search?q=chi%20bo&size=100", 200);
  httplib::Result csv = f.Get("/api/search.csv?q=chi%20bo");
  REQUIRE(csv);
  CHECK(csv->status == 200);
  CHECK(csv->get_header_value("Content-Type").rfind("text/csv", 0) == 0);
  CHECK(csv->get_header_value("Content-Disposition") == "attachment; filename=\"vankien.csv\"");
  // A header row and one row per result, in the order of the search (one record per line: no
  // field of the corpus holds a quote followed by a line end).
  std::vector<std::string> lines;
  for (std::size_t start = 0, end; (end = csv->body.find("\r\n", start)) != std::string::npos; start = end + 2) {
    lines.push_back(csv->body.substr(start, end - start));
  }
  REQUIRE(lines.size() == page["hits"].size() + 1);
  CHECK(lines[1].rfind("\"" + page["hits"][0]["id"].get<std::string>() + "\",", 0) == 0);
  httplib::Result ris = f.Get("/api/search.ris?q=chi%20bo&size=2&page=2");
  REQUIRE(ris);
  CHECK(ris->body.find("ID  - " + page["hits"][2]["id"].get<std::string>() + "\r\n") != std::string::npos);
  httplib::Result bib = f.Get("/api/search.bib?body=TU");
  REQUIRE(bib);
  CHECK(bib->body.rfind("@misc{", 0) == 0);
  CHECK(f.GetJson("/api/search.csv?size=1001&q=chi", 400).contains("error"));
  CHECK(f.GetJson("/api/search.ris", 400).contains("error"));
}

// The entries of an Atom feed, once its required parts are checked.
std::vector<std::string> FeedEntryIds(const httplib::Result& result) {
  REQUIRE(result);
  CHECK(result->status == 200);
  CHECK(result->get_header_value("Content-Type").rfind("application/atom+xml", 0) == 0);
  pugi::xml_document xml;
  REQUIRE(xml.load_string(result->body.c_str()));
  pugi::xml_node feed = xml.child("feed");
  REQUIRE(std::string(feed.attribute("xmlns").value()) == "http://www.w3.org/2005/Atom");
  CHECK(feed.child("id"));
  CHECK(feed.child("title"));
  CHECK(std::string(feed.child("updated").text().get()).size() == 20);
  std::vector<std::string> ids;
  for (pugi::xml_node entry : feed.children("entry")) ids.push_back(entry.child("id").text().get());
  return ids;
}

TEST_CASE("a search and a number's citers are Atom feeds, newest first") {
  Fixture& f = Shared();
  json newest = f.GetJson("/api/search?q=chi%20bo&sort=date&size=50", 200);
  std::vector<std::string> ids = FeedEntryIds(f.Get("/feed?q=chi%20bo"));
  REQUIRE(ids.size() == newest["hits"].size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    CHECK(ids[i] == query::VankienUrn("doc", newest["hits"][i]["id"].get<std::string>()));
  }
  json cited = f.GetJson("/api/cite/03-NQ%2FTU", 200);
  std::size_t citations = 0;
  for (const json& record : cited["records"]) citations += record["citations"].size();
  CHECK(FeedEntryIds(f.Get("/feed/cite/03-NQ%2FTU")).size() == citations);
  CHECK(f.GetJson("/feed/cite/99-NQ%2FTU", 404).contains("error"));
  CHECK(f.GetJson("/feed?page=2&q=chi", 400).contains("error"));
}

TEST_CASE("a number's validity and life, and the citation graph of a search") {
  Fixture& f = Shared();
  // Nothing in the bundled corpus replaces, repeals or amends 03-NQ/TU: its records are
  // "cited", and their lives place each plan by the relation its document states, else by its
  // type.
  json cited = f.GetJson("/api/cite/03-NQ%2FTU", 200);
  for (const json& record : cited["records"]) {
    CHECK(record["validity"]["status"] == "cited");
    CHECK(record["validity"]["by"].empty());
    CHECK(record["validity"]["text"].get<std::string>().rfind("còn được trích dẫn đến ", 0) == 0);
    REQUIRE_FALSE(record["life"].empty());
    CHECK(record["life"][0]["stage"] == "issued");
    for (std::size_t i = 1; i < record["life"].size(); ++i) {
      const json& event = record["life"][i];
      const json& citation = record["citations"].at(event["citation"].get<std::size_t>());
      CHECK(event["document"] == citation["document"]);
      CHECK(event["level"] == citation["level"]);
      CHECK((event["basis"] == "relation") == !citation["relation"].get<std::string>().empty());
    }
  }
  const json& life_2012 = cited["records"][0]["life"];
  bool district_plan = false;
  for (const json& event : life_2012) {
    if (event["document"] == "hu-dl-kh-15-2012") {
      district_plan = event["stage"] == "implementation" && event["level"] == "huyen";
    }
  }
  CHECK(district_plan);

  json graph = f.GetJson("/api/graph?q=03-NQ%2FTU&size=5", 200);
  CHECK(graph["nodes"].size() > 5);
  bool cites_it = false;
  for (const json& edge : graph["edges"]) cites_it |= edge["type"] == "cites" && edge["target"] == "num:03-NQ/TU";
  CHECK(cites_it);
  CHECK(graph["truncated"] == false);
  httplib::Result graphml = f.Get("/api/graph?q=03-NQ%2FTU&format=graphml");
  REQUIRE(graphml);
  CHECK(graphml->status == 200);
  CHECK(graphml->get_header_value("Content-Type").find("application/graphml+xml") == 0);
  CHECK(graphml->body.find("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">") != std::string::npos);
  CHECK(f.GetJson("/api/graph?q=chi&format=dot", 400)["error"] == "format là json hoặc graphml");
  CHECK(f.GetJson("/api/graph", 400).contains("error"));
}

TEST_CASE("a document's text marked with what a query matches: its words, not its filters") {
  Fixture& f = Shared();
  // "body:TU year:2022" would mark từ, tự, tư and 2022 if filters were words; "tổ dân phố" must
  // be marked, in whatever form the text writes it.
  json doc = f.GetJson("/api/doc/tu-lg-ct-08-2014?q=to%20dan%20pho%20body%3ATU%20year%3A2022", 200);
  REQUIRE(doc.contains("text_parts"));
  std::string joined;
  std::set<std::string> marked;
  for (const json& part : doc["text_parts"]) {
    joined += part["text"].get<std::string>();
    if (part["match"].get<bool>()) marked.insert(part["text"].get<std::string>());
  }
  CHECK(joined == doc["text"].get<std::string>());
  CHECK(marked.count("tổ"));
  CHECK(marked.count("dân"));
  CHECK(marked.count("phố"));
  for (const char* word : {"TU", "Tư", "từ", "tự", "tư", "2022"}) CHECK_FALSE(marked.count(word));
  // A malformed query marks nothing, and the document is still given.
  json unmarked = f.GetJson("/api/doc/tu-lg-ct-08-2014?q=%28chi", 200);
  CHECK(unmarked["number"] == "08-CT/TU");
  CHECK_FALSE(unmarked.contains("text_parts"));
  CHECK(f.GetJson("/api/doc/tu-lg-ct-08-2014?q=a&q=b", 400)["error"] == "tham số q được cho nhiều lần");
}

TEST_CASE("errors are JSON with the right status") {
  Fixture& f = Shared();
  json bad = f.GetJson("/api/search?q=%28chi%20bo", 400);
  CHECK(bad["error"] == "dấu mở ngoặc này chưa được đóng");
  CHECK(bad["position"] == 0);
  // A filter parameter's fault names the value, with no position: none of the query is at fault.
  json unknown_body = f.GetJson("/api/search?q=chi&body=XYZ", 400);
  CHECK_THAT(unknown_body["error"].get<std::string>(), Catch::Contains("XYZ"));
  CHECK_FALSE(unknown_body.contains("position"));
  CHECK(f.GetJson("/api/search?q=chi&size=1000", 400)["error"].get<std::string>().find("size") != std::string::npos);
  CHECK(f.GetJson("/api/search?q=chi&page=0", 400)["error"].get<std::string>().find("page") != std::string::npos);
  CHECK(f.GetJson("/api/search?q=chi&sort=popular", 400)["error"] == "sort là relevance, date hoặc oldest");
  CHECK(f.GetJson("/api/search?q=chi&facets=yes", 400)["error"] == "facets là 1 hoặc 0 (true hoặc false)");
  CHECK(f.GetJson("/api/search", 400)["error"].get<std::string>().find("hãy cho câu tìm kiếm") != std::string::npos);
  CHECK(f.GetJson("/api/search?q=" + std::string(1100, 'a'), 400)["error"].get<std::string>().find("dài quá") !=
        std::string::npos);
  // An unknown code or topic points to where the API lists them, not to a command line.
  CHECK(f.GetJson("/api/search?q=chi&body=XYZ", 400)["error"] == "không có cơ quan ban hành \"XYZ\" (danh sách ở /api/codes)");
  CHECK(f.GetJson("/api/search?q=loai%3AXYZ", 400)["error"] == "không có loại văn bản \"XYZ\" (danh sách ở /api/codes)");
  CHECK(f.GetJson("/api/search?topic=xyz", 400)["error"] == "không có chủ đề \"xyz\" (danh sách ở /api/topics)");
  json codes = f.GetJson("/api/codes", 200);
  CHECK(codes["type"][0] == json{{"code", "NQ"}, {"name", "Nghị quyết"}, {"system", "both"}});
  CHECK(codes["body"].size() > 20);
  CHECK(f.GetJson("/api/search?body=%22x", 400)["error"].get<std::string>().find("dấu ngoặc kép") != std::string::npos);
  CHECK(f.GetJson("/api/search?body=%E2%80%9CTU%E2%80%9D", 400)["error"].get<std::string>().find("dấu ngoặc kép") != std::string::npos);
  CHECK(f.GetJson("/api/search?q=chi%FF", 400)["error"] == "câu tìm kiếm không phải văn bản UTF-8 hợp lệ");
  CHECK(f.GetJson("/api/search?q=chi&body=%FF", 400)["error"] == "tham số body không phải văn bản UTF-8 hợp lệ");
  CHECK(f.GetJson("/api/search?q=chi&q=bo", 400)["error"] == "tham số q được cho nhiều lần");
  CHECK(f.GetJson("/api/search?q=chi&page=1&page=2", 400)["error"] == "tham số page được cho nhiều lần");
  CHECK(f.GetJson("/api/doc/no-such-document", 404)["error"].get<std::string>().find("không có văn bản") != std::string::npos);
  CHECK(f.GetJson("/api/cite/chi%20bo", 400)["error"].get<std::string>().find("không phải số hiệu văn bản") !=
        std::string::npos);
  CHECK(f.GetJson("/api/nothing", 404)["error"] == "không có API /api/nothing");
  // A path that is not UTF-8 names what is wrong, rather than failing the answer.
  CHECK(f.GetJson("/api/doc/%FF", 400)["error"] == "mã văn bản trong đường dẫn không phải văn bản UTF-8 hợp lệ");
  CHECK(f.GetJson("/api/cite/%FF", 400)["error"] == "số hiệu trong đường dẫn không phải văn bản UTF-8 hợp lệ");
  CHECK(f.GetJson("/api/doc/x%FF?q=chi", 400)["status"] == 400);
  CHECK(f.GetJson("/api/nothing%FF", 404)["status"] == 404);
  // An over-long request line: 414; an over-large body: 413; both in JSON.
  CHECK(f.GetJson("/api/search?q=" + std::string(9000, 'a'), 414)["status"] == 414);
  httplib::Client client("127.0.0.1", f.port());
  httplib::Result large = client.Post("/api/search", std::string(100 * 1024, 'a'), "text/plain");
  REQUIRE(large);
  CHECK(large->status == 413);
  CHECK(json::parse(large->body)["error"] == "yêu cầu quá lớn");
  // Methods other than GET: 405, saying which are served.
  httplib::Result posted = client.Post("/api/search?q=chi", "", "text/plain");
  REQUIRE(posted);
  CHECK(posted->status == 405);
  CHECK(posted->get_header_value("Allow") == "GET, HEAD, OPTIONS");
  // Also at once when no body is announced, which cpp-httplib would wait for, and for methods it
  // has no handlers for.
  for (const char* method : {"POST /api/search?q=chi", "PUT /", "TRACE /", "CONNECT /"}) {
    CAPTURE(method);
    const auto start = std::chrono::steady_clock::now();
    const std::string answer = RawExchange(f.port(), std::string(method) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 3);
    CHECK(answer.rfind("HTTP/1.1 405", 0) == 0);
    CHECK(answer.find("Allow: GET, HEAD, OPTIONS\r\n") != std::string::npos);
    // Well before the 3 s the exchange waits for a connection left open.
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(2500));
  }
  // A refused method's unread body is not taken for a second request: the connection closes.
  const std::string smuggled = "GET /api/search?q=chi HTTP/1.1\r\nHost: x\r\n\r\n";
  const std::string traced = RawExchange(
      f.port(), "TRACE / HTTP/1.1\r\nHost: x\r\nContent-Length: " + std::to_string(smuggled.size()) + "\r\n\r\n" + smuggled, 3);
  CHECK(traced.rfind("HTTP/1.1 405", 0) == 0);
  CHECK(traced.find("HTTP/1.1 200") == std::string::npos);
  httplib::Result deleted = client.Delete("/index.html");
  REQUIRE(deleted);
  CHECK(deleted->status == 405);
  httplib::Result options = client.Options("/api/search");
  REQUIRE(options);
  CHECK(options->status == 204);
  CHECK(options->get_header_value("Allow") == "GET, HEAD, OPTIONS");
}

TEST_CASE("the page is served, nothing outside it is") {
  Fixture& f = Shared();
  httplib::Result page = f.Get("/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body.find("<html") != std::string::npos);
  for (const char* attack : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                             "/static/../../../etc/passwd", "/%252e%252e/etc/passwd"}) {
    CAPTURE(attack);
    httplib::Result result = f.Get(attack);
    REQUIRE(result);
    CHECK((result->status == 404 || result->status == 400));
    CHECK(result->body.find("root:") == std::string::npos);
  }
}

TEST_CASE("every request is in the access log, what was searched for never") {
  Fixture& f = Shared();
  const std::size_t from = f.AccessLogSize();
  f.GetJson("/api/search?q=bi%20mat%20rieng&size=2", 200);
  // The line of this search: a line of the previous test's last request may still come first,
  // as the server logs a request after answering it.
  const std::string logged = f.AccessLogOnceItHas(from, " GET /api/search ");
  const std::size_t line_start = logged.rfind('\n', logged.find(" GET /api/search ")) + 1;  // npos + 1 is 0
  const std::string searched = logged.substr(line_start, logged.find('\n', line_start) + 1 - line_start);
  CHECK_THAT(searched, Catch::Matches(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z GET /api/search 200 \d+\.\dms [1-9]\d*B query=25B\n)"));
  CHECK(searched.find("mat") == std::string::npos);
  f.GetJson("/api/nothing-here?q=x", 404);
  CHECK_THAT(f.AccessLogOnceItHas(from, "/api/nothing-here"), Catch::Contains(" GET /api/nothing-here 404 "));
  // Refused before routing: logged, untimed.
  CHECK_THAT(RawExchange(f.port(), "BOGUS\r\n\r\n", 5), Catch::StartsWith("HTTP/1.1 400"));
  CHECK_THAT(f.AccessLogOnceItHas(from, " 400 - "), Catch::Contains(" 400 - "));
}

TEST_CASE("re-indexing underneath while searching: no errors") {
  Fixture& f = Shared();
  std::atomic<bool> done{false};
  std::atomic<int> failures{0}, searches{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 3; ++c) {
    clients.emplace_back([&] {
      httplib::Client client("127.0.0.1", f.port());
      while (!done) {
        httplib::Result result = client.Get("/api/search?q=sinh%20hoat%20chi%20bo&facets=1");
        if (!result || result->status != 200) ++failures;
        ++searches;
      }
    });
  }
  // New articles arrive, then one is changed and another removed: three incremental runs.
  fs::path extra = f.base() / "extra";
  fs::create_directories(extra);
  for (int i = 0; i < 60; ++i) {
    std::ofstream(extra / ("bai-" + std::to_string(i) + ".txt"))
        << "Bài viết thêm số " << i << " về sinh hoạt chi bộ\n09:35, ngày 08-02-2020\n\nChi bộ thôn họp.\n";
  }
  f.Index({fs::path(VANKIEN_SOURCE_DIR) / "corpus", extra});
  std::ofstream(extra / "bai-1.txt") << "Bài viết đã sửa về sinh hoạt chi bộ\n09:35, ngày 09-02-2020\n\nNội dung mới.\n";
  fs::remove(extra / "bai-2.txt");
  f.Index({fs::path(VANKIEN_SOURCE_DIR) / "corpus", extra});
  done = true;
  for (std::thread& client : clients) client.join();
  CHECK(failures == 0);
  CHECK(searches > 0);
  // Workers look for a new revision every 200 ms: the last run shows within a moment.
  int total = 0;
  for (int attempt = 0; attempt < 50 && total != 58; ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    total = f.GetJson("/api/search?q=%22bai%20viet%20them%22&size=100", 200)["total"]["estimated"];
  }
  CHECK(total == 58);  // 60 added, one changed away, one removed
  // The runs compacted the index into a new folder each time; once requests have come since
  // (a searcher looks for a new index every 200 ms), no searcher still holds the files of a
  // replaced one, whose disk space is then freed.
  auto held_replaced_files = [] {
    std::size_t held = 0;
    for (const auto& entry : fs::directory_iterator("/proc/self/fd")) {
      std::error_code error;
      const std::string target = fs::read_symlink(entry.path(), error).string();
      if (!error && target.find(".glass (deleted)") != std::string::npos) ++held;
    }
    return held;
  };
  for (int attempt = 0; attempt < 40 && held_replaced_files() > 0; ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    f.GetJson("/api/search?q=chi%20bo", 200);
  }
  CHECK(held_replaced_files() == 0);
}

}  // namespace
}  // namespace vankien::server
