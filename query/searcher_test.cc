#include "query/searcher.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <unistd.h>

#include "indexer/indexer.h"

namespace vankien::query {
namespace {

namespace fs = std::filesystem;

// The bundled corpus, indexed once for the whole file.
class CorpusIndex {
 public:
  CorpusIndex() {
    path_ = fs::temp_directory_path() / ("vankien-searcher-test-" + std::to_string(::getpid()));
    fs::remove_all(path_);
    indexer::IndexOptions options;
    options.db = path_;
    options.paths = {fs::path(VANKIEN_SOURCE_DIR) / "corpus"};
    indexer::Taxonomy taxonomy = indexer::LoadTaxonomy(fs::path(VANKIEN_SOURCE_DIR) / "corpus" / "topics.xml");
    options.taxonomy = &taxonomy;
    indexer::Reporter reporter(indexer::Verbosity::kQuiet, false);
    indexer::UpdateIndex(options, &reporter);
  }
  ~CorpusIndex() { fs::remove_all(path_); }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

const CorpusIndex& Corpus() {
  static CorpusIndex index;
  return index;
}

Searcher& CorpusSearcher() {
  static Searcher searcher(Corpus().path());
  return searcher;
}

// Indexes the sample files of root/docs into root/db, without a taxonomy; again, an update.
void IndexDocs(const fs::path& root) {
  indexer::IndexOptions options;
  options.db = root / "db";
  options.paths = {root / "docs"};
  indexer::Reporter reporter(indexer::Verbosity::kQuiet, false);
  indexer::UpdateIndex(options, &reporter);
}

// The ids of the first hits, in order.
std::vector<std::string> First(const std::string& query, std::size_t n) {
  SearchRequest request;
  request.query = query;
  request.limit = n;
  request.snippets = false;
  std::vector<std::string> ids;
  for (const Hit& hit : CorpusSearcher().Search(request).hits) ids.push_back(hit.record.id);
  return ids;
}

// The ids of every document the query matches.
std::set<std::string> Matches(const std::string& query) {
  std::vector<std::string> ids = First(query, kMaxLimit);
  return {ids.begin(), ids.end()};
}

// Whether the document has this phrase.
bool HasPhrase(const std::string& id, const std::string& phrase) {
  return !Matches("\"" + phrase + "\" docid:" + id).empty();
}

TEST_CASE("diacritics and tone-mark style change the order of results, never which match") {
  CHECK(Matches("chi bộ") == Matches("chi bo"));
  CHECK(Matches("đảng viên") == Matches("dang vien"));
  CHECK(Matches("chi bộ body:TU date:2014..2020") == Matches("chi bo body:TU date:2014..2020"));
  CHECK(Matches("hoá") == Matches("hóa"));
}

TEST_CASE("AND needs both sides, NOT excludes the whole of its side, even with the words taken anywhere") {
  std::set<std::string> both = Matches("chi bộ AND đảng viên");
  REQUIRE(!both.empty());
  CHECK(both.size() < Matches("chi bộ").size());
  for (const std::string& id : Matches("\"chi bộ\" AND \"đảng viên\"")) CHECK(both.count(id));
  // Taken anywhere (too few have them side by side), each side still needs all of its words.
  std::set<std::string> apart = Matches("kết nạp AND đảng viên");
  REQUIRE(!apart.empty());
  for (const std::string& id : apart) {
    CAPTURE(id);
    for (const char* word : {"kết", "nạp", "đảng", "viên"}) CHECK(Matches(word + std::string(" docid:") + id).size() == 1);
  }
  for (const std::string& id : Matches("+(viên kết) chi bộ")) {  // + beside other words, too
    CAPTURE(id);
    CHECK(Matches("kết docid:" + id).size() == 1);
  }
  std::set<std::string> without = Matches("chi bộ NOT tổ dân phố");
  for (const std::string& id : without) CHECK_FALSE(HasPhrase(id, "tổ dân phố"));
}

TEST_CASE("every page of a search has the same matches and total") {
  SearchRequest request;
  request.query = "chi bộ";
  request.snippets = false;
  request.facets = true;
  request.limit = 10;
  std::size_t first_total = CorpusSearcher().Search(request).total_estimated;
  request.offset = 30;
  CHECK(CorpusSearcher().Search(request).total_estimated == first_total);
  request.offset = 0;
  request.limit = kMaxLimit;
  SearchResult all = CorpusSearcher().Search(request);
  CHECK(all.total_estimated == first_total);
  CHECK(all.hits.size() == first_total);
}

TEST_CASE("topics and terms as people type them") {
  const std::set<std::string> digital = Matches("topic:chuyen-doi-so");
  REQUIRE(!digital.empty());
  CHECK(Matches("topic:\"chuyển đổi số\"") == digital);  // the start of the name
  CHECK(Matches("chude:\"Chuyen doi so, khoa hoc va cong nghe\"") == digital);
  CHECK(Matches("topic:\"phong chong tham nhung\"") == Matches("topic:phong-chong-tham-nhung"));
  CHECK(Matches("topic:\"van hoa - xa hoi\"") == Matches("topic:van-hoa-xa-hoi"));
  const std::set<std::string> defence = Matches("topic:quoc-phong");
  REQUIRE(!defence.empty());
  CHECK(Matches("chude:\"Quốc phòng\"") == defence);
  const std::set<std::string> term = Matches("term:2015-2020");
  REQUIRE(!term.empty());
  CHECK(Matches("term:\"2015 – 2020\"") == term);
  CHECK(Matches("khoa:\"nhiệm kỳ 2015-2020\"") == term);
  CHECK(Matches("khoa:\"khóa XII\"") == Matches("term:xii"));
}

TEST_CASE("the topics come with their groups, and a document's topics with their evidence") {
  const std::vector<Topic>& topics = CorpusSearcher().Topics();
  REQUIRE(topics.size() == 24);
  CHECK(topics.front().group == "Xây dựng Đảng");
  CHECK(topics.back().group == "Lĩnh vực");
  // The sample defence resolution of Tỉnh ủy Lam Giang: its defence topic says which phrases
  // gave it, each one a phrase of that topic in corpus/topics.xml.
  std::optional<schema::DocumentRecord> record = CorpusSearcher().FindDocument("tu-lg-nq-06-2018");
  REQUIRE(record);
  auto defence = std::find_if(record->topics.begin(), record->topics.end(),
                              [](const schema::TopicScore& t) { return t.code == "quoc-phong"; });
  REQUIRE(defence != record->topics.end());
  CHECK_FALSE(defence->evidence.empty());
  CHECK(defence->evidence.size() <= 3);
  CHECK(std::find(defence->evidence.begin(), defence->evidence.end(), "khu vực phòng thủ") != defence->evidence.end());
}

TEST_CASE("a body filter naming one organ of a body keeps that organ's documents") {
  const std::set<std::string> tw = Matches("body:TW");
  const std::set<std::string> politburo = Matches("coquan:\"Bộ Chính trị\"");
  const std::set<std::string> secretariat = Matches("coquan:\"ban bi thu\"");
  CHECK(politburo.size() == 5);
  CHECK(secretariat == std::set<std::string>{"tw-ct-22-2012", "tw-qd-31-2014"});
  std::set<std::string> both = politburo;
  both.insert(secretariat.begin(), secretariat.end());
  CHECK(both.size() == politburo.size() + secretariat.size());
  CHECK(both == tw);
  CHECK(Matches("coquan:\"Trung ương\"") == tw);  // the body as a whole
  // The issuer as printed goes on after the organ's name.
  CHECK(Matches("coquan:\"Ban Thường vụ Tỉnh uỷ\"").size() == 7);
}

TEST_CASE("an issuing body no code table and no document knows is an error, not an empty result") {
  CHECK(!Matches("body:TU").empty());
  for (const char* query : {"body:XYZ", "body:Xyz", "chi bộ body:UBKTX"}) {
    CAPTURE(query);
    SearchRequest request;
    request.query = query;
    CHECK_THROWS_WITH(CorpusSearcher().Search(request), Catch::Contains("không có cơ quan ban hành"));
  }
}

TEST_CASE("an unknown body, type or topic is refused pointing where the caller lists the known ones") {
  auto refusal = [](Searcher& searcher, const char* query) {
    SearchRequest request;
    request.query = query;
    try {
      searcher.Search(request);
    } catch (const QueryError& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  Searcher pointing(Corpus().path(), {"xem danh sách mã", "xem danh sách chủ đề"});
  CHECK(refusal(pointing, "body:XYZ") == "không có cơ quan ban hành \"XYZ\" (xem danh sách mã)");
  CHECK(refusal(pointing, "chi bộ type:XYZ") == "không có loại văn bản \"XYZ\" (xem danh sách mã)");
  CHECK(refusal(pointing, "topic:xyz") == "không có chủ đề \"xyz\" (xem danh sách chủ đề)");
  CHECK(refusal(CorpusSearcher(), "body:XYZ") == "không có cơ quan ban hành \"XYZ\"");  // told nowhere
}

TEST_CASE("every document citing a number shows the citation, however it writes the number") {
  SearchRequest request;
  request.query = "05-CT/TW";
  request.limit = kMaxLimit;
  SearchResult result = CorpusSearcher().Search(request);
  REQUIRE(result.hits.size() > 5);
  for (const Hit& hit : result.hits) {
    CAPTURE(hit.record.id);
    CHECK(std::any_of(hit.snippet.begin(), hit.snippet.end(), [](const SnippetPart& p) { return p.match; }));
  }
}

TEST_CASE("a number written with \"số\" gives the same list as the number alone") {
  const std::vector<std::string> alone = First("05-CT/TW", kMaxLimit);
  REQUIRE(alone.size() > 5);
  CHECK(First("số05-CT/TW", kMaxLimit) == alone);
  CHECK(First("Số 05 – CT/TƯ", kMaxLimit) == alone);
}

TEST_CASE("a number is looked up however written, words around it or not") {
  const std::vector<schema::DirectiveRecord> alone = CorpusSearcher().Registry("05-CT/TW");
  REQUIRE(!alone.empty());
  CHECK(CorpusSearcher().Registry("Chỉ thị số 05 – CT/TƯ").size() == alone.size());
  CHECK_THROWS_AS(CorpusSearcher().Registry("chi bộ"), QueryError);
  // A short name whose issuer spells the number: the reused 03-NQ/TU, both records.
  const std::vector<schema::DirectiveRecord> named = CorpusSearcher().Registry("Nghị quyết 03 của Tỉnh ủy");
  CHECK(named.size() == CorpusSearcher().Registry("03-NQ/TU").size());
  REQUIRE_FALSE(named.empty());
  CHECK(named[0].number == "03-NQ/TU");
  CHECK_THROWS_AS(CorpusSearcher().Registry("Nghị quyết 03"), QueryError);  // whose?
  CHECK_THROWS_AS(CorpusSearcher().Registry("Chỉ thị 05 và Chỉ thị 06 của Bộ Chính trị"), QueryError);
  CHECK_THROWS_AS(CorpusSearcher().Registry("05-CT/TW và 03-NQ/TU"), QueryError);
}

TEST_CASE("a number typed alone is looked up as a filter reads it: a letter's of an unknown body, a congress's") {
  // A sample article, invented: a letter of a department no table knows, and a congress named.
  const fs::path root = fs::temp_directory_path() / ("vankien-typed-alone-test-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "docs");
  std::ofstream(root / "docs" / "phanluong.txt") << "Phân luồng giao thông\n10:00, ngày 03-05-2017\n\n"
                                                    "Theo văn bản số 834/SGTVT, các tuyến phố được phân luồng. "
                                                    "Tỉnh quán triệt Nghị quyết Đại hội XII.\n";
  const indexer::PlenumTable plenums = indexer::LoadPlenumTable(fs::path(VANKIEN_SOURCE_DIR) / "corpus" / "plenums.xml");
  indexer::IndexOptions options;
  options.db = root / "db";
  options.paths = {root / "docs"};
  options.plenums = &plenums;
  indexer::Reporter reporter(indexer::Verbosity::kQuiet, false);
  indexer::UpdateIndex(options, &reporter);
  {
    Searcher searcher((root / "db").string());
    for (const std::string typed : {"834/SGTVT", "văn bản số 834/SGTVT"}) {
      const std::vector<schema::DirectiveRecord> records = searcher.Registry(typed);
      REQUIRE(records.size() == 1);
      CHECK(records[0].number == "834/SGTVT");
      REQUIRE(records[0].citations.size() == 1);
      CHECK(records[0].citations[0].document == "phanluong.txt");
    }
    const std::vector<schema::DirectiveRecord> congress = searcher.Registry("dh-xii");
    REQUIRE(congress.size() == 1);
    CHECK(congress[0].number == "ĐH-XII");
    CHECK(searcher.Registry("16-NV").empty());
    CHECK_THROWS_AS(searcher.Registry("834/SGTVT và 16-NV"), QueryError);
  }
  fs::remove_all(root);
}

TEST_CASE("a number typed with D for Đ finds the number written with Đ, in a search, a filter and the registry") {
  // Sample articles, invented: a contract's number, its Đ typed as D by whoever looks it up.
  const fs::path root = fs::temp_directory_path() / ("vankien-typed-d-test-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "docs");
  std::ofstream(root / "docs" / "hopdong.txt") << "Ký hợp đồng xây lắp\n10:00, ngày 03-05-2017\n\n"
                                                  "Hai bên đã ký Hợp đồng số 32/HĐ-EPC về xây lắp nhà máy.\n";
  std::ofstream(root / "docs" / "khac.txt") << "Tin khác\n10:00, ngày 04-05-2017\n\nHội nghị bàn việc xây lắp.\n";
  IndexDocs(root);
  {
    Searcher searcher((root / "db").string());
    const auto ids = [&](const std::string& query) {
      SearchRequest request;
      request.query = query;
      std::vector<std::string> found;
      for (const Hit& hit : searcher.Search(request).hits) found.push_back(hit.record.id);
      return found;
    };
    CHECK(ids("32/HĐ-EPC") == std::vector<std::string>{"hopdong.txt"});
    CHECK(ids("32/HD-EPC") == std::vector<std::string>{"hopdong.txt"});
    CHECK(ids("xây lắp cites:32/HD-EPC") == std::vector<std::string>{"hopdong.txt"});
    const std::vector<schema::DirectiveRecord> records = searcher.Registry("32/HD-EPC");
    REQUIRE(records.size() == 1);
    CHECK(records[0].number == "32/HĐ-EPC");
    CHECK(searcher.Registry("33/HD-EPC").empty());
  }
  fs::remove_all(root);
}

TEST_CASE("a reused number: newest first, unless the query's date or words pick one") {
  const std::vector<std::string> newest = {"tu-lg-nq-03-2017", "tu-lg-nq-03-2012"};
  CHECK(First("03-NQ/TU", 2) == newest);
  CHECK(First("Nghị quyết số 03-NQ/TU ngày 14/3/2012", 1) == std::vector<std::string>{"tu-lg-nq-03-2012"});
  CHECK(First("03-NQ/TU ngày 22-9-2017", 1) == std::vector<std::string>{"tu-lg-nq-03-2017"});
  CHECK(First("03-NQ/TU nông nghiệp", 1) == std::vector<std::string>{"tu-lg-nq-03-2012"});
  SearchRequest by_date;
  by_date.query = "03-NQ/TU nông nghiệp";
  by_date.sort = SortOrder::kDate;
  by_date.limit = 1;
  CHECK(CorpusSearcher().Search(by_date).hits.at(0).record.id == "tu-lg-nq-03-2017");  // asked for
}

TEST_CASE("several numbers: the documents of each, then the documents citing any") {
  SearchRequest request;
  request.query = "05-CT/TW 03-NQ/TU";
  request.limit = kMaxLimit;
  request.snippets = false;
  SearchResult result = CorpusSearcher().Search(request);
  CHECK(result.identifiers == std::vector<std::string>{"05-CT/TW", "03-NQ/TU"});
  REQUIRE(result.hits.size() > 3);
  CHECK(result.hits[0].role == "number");
  CHECK(result.hits[1].role == "number");
  std::set<std::string> citing;
  for (const Hit& hit : result.hits) {
    if (hit.role == "cites") citing.insert(hit.record.id);
  }
  CHECK(citing.count("cb-vpso-bc-05-2024"));  // cites 05-CT/TW
  CHECK(citing.count("hu-dl-kh-15-2012"));    // cites 03-NQ/TU
}

TEST_CASE("an excluded number excludes its documents and its citers, it lists nothing first") {
  const std::set<std::string> words = Matches("chi bo");
  const std::set<std::string> number = Matches("05-CT/TW");
  std::set<std::string> expected;
  std::set_difference(words.begin(), words.end(), number.begin(), number.end(), std::inserter(expected, expected.end()));
  REQUIRE(expected.size() < words.size());
  CHECK(Matches("chi bo -05-CT/TW") == expected);
  CHECK(Matches("chi bo NOT 05-CT/TW") == expected);
  SearchRequest request;
  request.query = "chi bo -05-CT/TW";
  SearchResult result = CorpusSearcher().Search(request);
  CHECK(result.identifiers.empty());
  for (const Hit& hit : result.hits) CHECK(hit.role.empty());
}

TEST_CASE("a number as one alternative of OR: its documents and citers first, then the other matches") {
  const std::set<std::string> number = Matches("05-CT/TW");
  // The other matches are what the words alone find: side by side ("chi bo"), or anywhere when
  // too few documents have them side by side ("dan van kheo").
  for (const std::string words : {"chi bo", "dan van kheo"}) {
    CAPTURE(words);
    std::set<std::string> either = Matches(words);
    either.insert(number.begin(), number.end());
    CHECK(Matches("05-CT/TW OR " + words) == either);
  }
  // Numbers that are all the alternatives, beside words: the words pick among their documents.
  CHECK(Matches("nong nghiep (03-NQ/TU OR 05-CT/TW)") == Matches("nong nghiep 03-NQ/TU 05-CT/TW"));

  const std::set<std::string> words = Matches("chi bo");
  std::set<std::string> both = words;
  both.insert(number.begin(), number.end());
  REQUIRE(both.size() > number.size());
  SearchRequest request;
  request.query = "05-CT/TW OR chi bo";
  request.limit = kMaxLimit;
  request.snippets = false;
  SearchResult result = CorpusSearcher().Search(request);
  std::vector<std::string> listed;
  for (const Hit& hit : result.hits) listed.push_back(hit.record.id);
  CHECK(std::set<std::string>(listed.begin(), listed.end()) == both);
  CHECK(listed.size() == both.size());
  CHECK(result.total_estimated == both.size());
  // The number's own documents and its citers come first (best matching the words first).
  CHECK(std::set<std::string>(listed.begin(), listed.begin() + number.size()) == number);
  CHECK(result.hits.at(0).role == "cites");  // no document of the corpus has the number itself
  CHECK(result.hits.at(number.size()).role.empty());
  // Pages of three put together give the same list.
  std::vector<std::string> paged;
  for (std::size_t offset = 0; offset < listed.size(); offset += 3) {
    SearchRequest page = request;
    page.offset = offset;
    page.limit = 3;
    for (const Hit& hit : CorpusSearcher().Search(page).hits) paged.push_back(hit.record.id);
  }
  CHECK(paged == listed);
}

TEST_CASE("searches stay sound after a deletion when a term is in every document") {
  // Xapian 1.4.22 fails to read such a term without weights (CountingWeight in searcher.cc).
  const fs::path root = fs::temp_directory_path() / ("vankien-searcher-deletion-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "docs");
  for (int i = 0; i < 2500; ++i) {
    std::ofstream(root / "docs" / (std::to_string(i) + ".txt"))
        << "Bài viết số " << i << " về công tác dân vận\n09:35, ngày 08-02-2020\n\nNội dung " << i << ".\n";
  }
  IndexDocs(root);
  fs::remove(root / "docs" / "1234.txt");
  IndexDocs(root);

  Searcher searcher((root / "db").string());
  for (const char* query : {"kind:article", "kind:article OR kind:document", "dân vận OR kind:article", "cong tac dan van"}) {
    CAPTURE(query);
    SearchRequest request;
    request.query = query;
    request.facets = true;
    request.snippets = false;
    SearchResult result;
    REQUIRE_NOTHROW(result = searcher.Search(request));
    CHECK(result.total_estimated == 2499);
    request.sort = SortOrder::kDate;
    REQUIRE_NOTHROW(searcher.Search(request));
  }
  fs::remove_all(root);
}

// The index keeps no termlist, so a replaced or removed document stays in Xapian's posting
// lists, listed as deleted (schema/deleted_documents.h): no search, count or lookup shows it.
TEST_CASE("a replaced or removed document is found no more, counted no more, cited no more") {
  const fs::path root = fs::temp_directory_path() / ("vankien-deleted-test-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "docs");
  auto write = [&](const std::string& name, const std::string& title, const std::string& text) {
    std::ofstream(root / "docs" / name) << title << "\n09:35, ngày 08-02-2020\n\n" << text << "\n";
  };
  write("a.txt", "Bài viết về công tác tuyên giáo", "Nội dung về tuyên giáo ở cơ sở.");
  write("b.txt", "Bài viết về thi đua khen thưởng", "Thực hiện Chỉ thị số 05-CT/TW về thi đua.");
  write("c.txt", "Bài viết về quốc phòng", "Nội dung về quốc phòng toàn dân.");
  std::ofstream(root / "docs" / "d.xml")
      << "<vankien><document id=\"d1\" kind=\"document\"><type>TB</type><title>Thông báo</title>"
         "<issuer code=\"QXZ\">Ban Q</issuer><text>Thông báo về lịch họp.</text></document></vankien>";
  IndexDocs(root);
  Searcher searcher((root / "db").string());
  REQUIRE(searcher.Search([] { SearchRequest r; r.query = "thi đua"; return r; }()).hits.size() == 1);
  const std::string removed_id = searcher.Search([] { SearchRequest r; r.query = "thi đua"; return r; }()).hits[0].record.id;
  REQUIRE(searcher.Registry("05-CT/TW").size() == 1);
  REQUIRE(searcher.Search([] { SearchRequest r; r.query = "body:QXZ"; return r; }()).hits.size() == 1);

  write("a.txt", "Bài viết về đại hội đảng", "Nội dung về đại hội đảng bộ.");
  fs::remove(root / "docs" / "b.txt");
  fs::remove(root / "docs" / "d.xml");
  IndexDocs(root);
  REQUIRE(searcher.Reopen());

  CHECK(searcher.DocumentCount() == 2);
  // A body code only a deleted document had is unknown again.
  CHECK_THROWS_WITH(searcher.Search([] { SearchRequest r; r.query = "body:QXZ"; return r; }()),
                    Catch::Contains("không có cơ quan ban hành"));
  for (bool facets : {false, true}) {
    CAPTURE(facets);
    for (const char* query : {"tuyên giáo", "tuyen giao", "thi đua", "05-CT/TW", "kind:article NOT quốc phòng"}) {
      CAPTURE(query);
      SearchRequest request;
      request.query = query;
      request.facets = facets;
      SearchResult result = searcher.Search(request);
      std::vector<std::string> titles;
      for (const Hit& hit : result.hits) titles.push_back(hit.record.title);
      if (std::string(query) == "kind:article NOT quốc phòng") {
        CHECK(titles == std::vector<std::string>{"Bài viết về đại hội đảng"});
      } else {
        CHECK(titles.empty());
        CHECK(result.total_upper == 0);
      }
    }
  }
  CHECK(CountOf(searcher.CountAll(), "kind", "article") == 2);
  // Totals are exact even where the matcher stops at the page and estimates.
  for (const char* query : {"bài viết", "kind:article", "bai viet nội dung"}) {
    CAPTURE(query);
    SearchRequest one;
    one.query = query;
    one.limit = 1;
    SearchResult result = searcher.Search(one);
    CHECK(result.total_lower == 2);
    CHECK(result.total_estimated == 2);
    CHECK(result.total_upper == 2);
  }
  CHECK_FALSE(searcher.FindDocument(removed_id));
  CHECK(searcher.Registry("05-CT/TW").empty());
  fs::remove_all(root);
}

TEST_CASE("a searcher follows an index rebuilt or compacted in its place") {
  const fs::path root = fs::temp_directory_path() / ("vankien-swap-test-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "docs");
  auto write = [&](const std::string& word) {
    std::ofstream(root / "docs" / "a.txt") << "Bài viết về " << word << "\n09:35, ngày 08-02-2020\n\nNội dung.\n";
  };
  auto titles = [](Searcher& searcher, const std::string& query) {
    SearchRequest request;
    request.query = query;
    std::vector<std::string> found;
    for (const Hit& hit : searcher.Search(request).hits) found.push_back(hit.record.title);
    return found;
  };
  write("tuyên giáo");
  indexer::IndexOptions options;
  options.db = root / "db";
  options.paths = {root / "docs"};
  indexer::Reporter reporter(indexer::Verbosity::kQuiet, false);
  indexer::UpdateIndex(options, &reporter);
  Searcher searcher(options.db.string());
  CHECK(titles(searcher, "tuyên giáo") == std::vector<std::string>{"Bài viết về tuyên giáo"});
  for (bool rebuild : {false, true}) {
    CAPTURE(rebuild);
    write(rebuild ? "thi đua" : "quốc phòng");
    options.rebuild = rebuild;
    const Searcher::Folder before = searcher.OpenedFolder();
    indexer::UpdateIndex(options, &reporter);  // an index this small is compacted at every update
    REQUIRE(searcher.Reopen());
    CHECK(searcher.OpenedFolder() != before);
    CHECK(titles(searcher, "tuyên giáo").empty());
    CHECK(titles(searcher, rebuild ? "thi đua" : "quốc phòng").size() == 1);
    CHECK(searcher.DocumentCount() == 1);
  }
  fs::remove_all(root);
}

// A sample in the official layout of a Huyện ủy directive (invented: number, place, names).
constexpr char kSampleDirective[] =
    "ĐẢNG BỘ TỈNH LAM GIANG                ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "HUYỆN ỦY ĐÔNG LAM                     Đông Lam, ngày 12 tháng 6 năm 2023\n"
    "*\n"
    "Số 27-CT/HU\n"
    "\n"
    "CHỈ THỊ\n"
    "về tăng cường sinh hoạt chi bộ ở thôn, tổ dân phố\n"
    "\n"
    "Thực hiện Chỉ thị số 05-CT/TW, Ban Thường vụ Huyện ủy yêu cầu các chi bộ sinh hoạt đều đặn.\n"
    "\n"
    "T/M BAN THƯỜNG VỤ\n"
    "BÍ THƯ\n"
    "(Đã ký)\n"
    "Hoàng Văn Bình\n";

TEST_CASE("typed citations are filters: the documents based on a number are some of its citers") {
  const std::vector<std::string> based = First("based_on:126-QĐ/TW", 50);
  const std::vector<std::string> citing = First("cites:126-QĐ/TW", 50);
  CHECK_FALSE(based.empty());
  for (const std::string& id : based) CHECK(std::find(citing.begin(), citing.end(), id) != citing.end());
  CHECK(First("cancu:126-qd/tw", 50).size() == based.size());
  CHECK(First("based_on:126-QĐ/TW kind:article", 50).empty());
  CHECK_THROWS_AS(First("thaythe:abc", 5), QueryError);
}

TEST_CASE("the signer is searchable however written, and shown") {
  const fs::path root = fs::temp_directory_path() / ("vankien-signer-test-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "docs");
  std::ofstream(root / "docs" / "chi-thi-27.txt") << kSampleDirective;
  IndexDocs(root);
  Searcher searcher((root / "db").string());
  for (const char* query : {"nguoiky:\"Hoàng Văn Bình\"", "signer:\"hoang van binh\"", "nguoiky:\"HOÀNG  VĂN BÌNH\" chi bộ"}) {
    CAPTURE(query);
    SearchRequest request;
    request.query = query;
    const SearchResult result = searcher.Search(request);
    REQUIRE(result.hits.size() == 1);
    CHECK(result.hits[0].record.signer == "Hoàng Văn Bình");
  }
  SearchRequest other;
  other.query = "nguoiky:\"Hoàng Văn\"";
  CHECK(searcher.Search(other).hits.empty());  // a name is matched whole
  fs::remove_all(root);
}

TEST_CASE("the original file is offered by document id only while it is the file indexed") {
  const fs::path root = fs::temp_directory_path() / ("vankien-original-test-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "docs");
  const fs::path file = root / "docs" / "chi-thi-27.txt";
  std::ofstream(file) << kSampleDirective;
  IndexDocs(root);
  Searcher searcher((root / "db").string());

  std::optional<OriginalFile> original = searcher.Original("chi-thi-27.txt");
  REQUIRE(original);
  CHECK(original->path == fs::absolute(file).lexically_normal());
  CHECK(original->unchanged);
  std::optional<OriginalContent> content = searcher.ReadOriginal("chi-thi-27.txt");
  REQUIRE(content);
  CHECK(content->path == original->path);
  CHECK(content->bytes == std::string(kSampleDirective));
  CHECK_FALSE(searcher.Original("../../etc/passwd"));
  CHECK_FALSE(searcher.ReadOriginal("/etc/passwd"));

  std::ofstream(file, std::ios::app) << "Thêm một dòng.\n";
  CHECK_FALSE(searcher.Original("chi-thi-27.txt")->unchanged);
  CHECK_FALSE(searcher.ReadOriginal("chi-thi-27.txt"));
  fs::remove(file);
  CHECK_FALSE(searcher.ReadOriginal("chi-thi-27.txt"));
  fs::remove_all(root);
}


TEST_CASE("related documents: the most alike by content, and apart from them the citation links") {
  Searcher& searcher = CorpusSearcher();
  REQUIRE_FALSE(searcher.Related("no-such-document"));
  const std::optional<RelatedDocuments> related = searcher.Related("tu-lg-ct-08-2014");
  REQUIRE(related);
  REQUIRE_FALSE(related->similar.empty());
  CHECK(related->similar.size() <= kRelatedDocuments);
  for (const Hit& hit : related->similar) CHECK(hit.record.id != "tu-lg-ct-08-2014");
  // The directive is on village cells' meetings: the documents most like it are on cells too.
  for (std::size_t i = 0; i < 3 && i < related->similar.size(); ++i) {
    const auto& topics = related->similar[i].record.topics;
    CAPTURE(related->similar[i].record.id);
    CHECK(std::any_of(topics.begin(), topics.end(), [](const schema::TopicScore& t) { return t.code == "chi-bo"; }));
  }
  // Cited by the cell's meeting record and the district's report, which the registry lists.
  std::vector<std::string> citing;
  for (const schema::Citation& c : related->cited_by) citing.push_back(c.document);
  std::vector<std::string> registered;
  for (const auto& entry : searcher.Registry("08-CT/TU")) {
    for (const schema::Citation& c : entry.citations) registered.push_back(c.document);
  }
  CHECK(citing == registered);
  CHECK(citing.size() >= 2);
  // A document citing numbers lists them, with the indexed documents that carry them.
  const std::optional<RelatedDocuments> meeting = searcher.Related("cb-dongsay-nq-12-2019");
  REQUIRE(meeting);
  CHECK(std::any_of(meeting->cites.begin(), meeting->cites.end(), [](const CitedNumber& c) {
    return c.number == "08-CT/TU" && c.documents == std::vector<std::string>{"tu-lg-ct-08-2014"};
  }));
  CHECK(searcher.Related("tu-lg-ct-08-2014", 2)->similar.size() == 2);
}

TEST_CASE("the timeline counts every match once, by its date") {
  SearchRequest request;
  request.query = "chi bộ";
  request.timeline = true;
  request.limit = 1;
  const SearchResult result = CorpusSearcher().Search(request);
  REQUIRE(result.timeline);
  Xapian::doccount counted = result.timeline->undated;
  for (const TimelinePeriod& p : result.timeline->periods) counted += p.count;
  CHECK(counted == result.total_estimated);
  CHECK(result.total_lower == result.total_upper);
  request.timeline = false;
  CHECK_FALSE(CorpusSearcher().Search(request).timeline);
}

TEST_CASE("a query typed without diacritics is shown, and when sure searched, with them restored") {
  Searcher& searcher = CorpusSearcher();
  SearchRequest request;
  request.query = "sinh hoat chi bo thon";
  SearchResult result = searcher.Search(request);
  CHECK(result.restored_query == "sinh hoạt chi bộ thôn");
  CHECK(result.searched_restored);
  REQUIRE_FALSE(result.hits.empty());
  // Filters, numbers and operators stay as typed; the case of a capital is kept.
  request.query = "Chi bo body:TU -thon";
  result = searcher.Search(request);
  CHECK(result.restored_query == "Chi bộ body:TU -thôn");
  // Typed with diacritics, or asked as typed: nothing restored.
  request.query = "chi bộ thon";
  CHECK(searcher.Search(request).restored_query.empty());
  request.query = "sinh hoat chi bo thon";
  request.restore_diacritics = false;
  result = searcher.Search(request);
  CHECK(result.restored_query.empty());
  CHECK_FALSE(result.searched_restored);
}

}  // namespace
}  // namespace vankien::query

namespace vankien::query {
namespace {

TEST_CASE("a pair written two ways is told apart by the documents holding the three words together") {
  const fs::path root = fs::temp_directory_path() / ("vankien-runs-test-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "docs");
  // Sample sentences written for this test. The first documents holding "bao ve" write "báo
  // về" more often than "bảo vệ", those holding "ve quyen" "về quyền"; only the last hold the
  // three words side by side, "bảo vệ quyền" (the first hold both pairs, apart).
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(root / "docs" / name) << "Tin ngắn\n09:35, ngày 08-03-2017\n\n" << text << "\n";
  };
  for (int i = 1; i <= 3; ++i) {
    write("a" + std::to_string(i) + ".txt", "Phóng viên báo về tình hình. Hội thảo về quyền trẻ em.");
  }
  for (int i = 4; i <= 5; ++i) write("a" + std::to_string(i) + ".txt", "Người dân bảo vệ môi trường.");
  for (int i = 1; i <= 5; ++i) write("b" + std::to_string(i) + ".txt", "Hội thảo về quyền trẻ em.");
  for (int i = 1; i <= 6; ++i) write("c" + std::to_string(i) + ".txt", "Luật bảo vệ quyền lợi người tiêu dùng.");
  indexer::IndexOptions options;
  options.db = root / "db";
  options.paths = {root / "docs"};
  indexer::Reporter reporter(indexer::Verbosity::kQuiet, false);
  indexer::UpdateIndex(options, &reporter);
  Searcher searcher((root / "db").string());
  SearchRequest request;
  request.query = "bao ve quyen";
  request.limit = 0;  // no documents found to read: what the index holds decides
  CHECK(searcher.Search(request).restored_query == "bảo vệ quyền");
  request.query = "bao ve";
  CHECK(searcher.Search(request).restored_query == "báo về");
  fs::remove_all(root);
}

TEST_CASE("a plenum name finds the documents citing its number, and a number the documents naming it") {
  const fs::path root = fs::temp_directory_path() / ("vankien-names-test-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "docs");
  // Sample articles written for this test.
  auto write = [&](const std::string& name, const std::string& title, const std::string& text) {
    std::ofstream(root / "docs" / name) << title << "\n09:35, ngày 08-03-2017\n\n" << text << "\n";
  };
  write("so.txt", "Chi bộ thôn Đông học tập", "Chi bộ quán triệt Nghị quyết số 04-NQ/TW về chỉnh đốn Đảng.");
  write("ten.txt", "Đảng bộ xã Tây sinh hoạt", "Đảng bộ quán triệt Nghị quyết Trung ương 4 khóa XII.");
  write("khac.txt", "Chi bộ phố Nam", "Chi bộ bàn về kinh tế hộ gia đình.");
  indexer::IndexOptions options;
  options.db = root / "db";
  options.paths = {root / "docs"};
  const indexer::PlenumTable plenums = indexer::LoadPlenumTable(fs::path(VANKIEN_SOURCE_DIR) / "corpus" / "plenums.xml");
  options.plenums = &plenums;
  indexer::Reporter reporter(indexer::Verbosity::kQuiet, false);
  indexer::UpdateIndex(options, &reporter);
  Searcher searcher((root / "db").string());
  auto ids = [&](const std::string& query) {
    SearchRequest request;
    request.query = query;
    request.snippets = false;
    std::vector<std::string> found;
    for (const Hit& hit : searcher.Search(request).hits) found.push_back(hit.record.id);
    return found;
  };
  // The number finds the document that names it.
  CHECK(ids("04-NQ/TW") == std::vector<std::string>{"so.txt", "ten.txt"});
  CHECK(ids("cites:04-NQ/TW").size() == 2);
  // The name finds the document that writes the number, after the one with its words.
  CHECK(ids("nghị quyết trung ương 4 khóa XII") == std::vector<std::string>{"ten.txt", "so.txt"});
  CHECK(ids("nghi quyet trung uong 4 khoa xii") == std::vector<std::string>{"ten.txt", "so.txt"});
  CHECK(ids("\"nghị quyết trung ương 4\"") == std::vector<std::string>{"ten.txt"});  // no term: words only
  // A name of two terms also finds the documents citing the second term's resolution (as a
  // phrase, which neither document writes).
  const std::vector<std::string> both = ids("\"nghị quyết trung ương 4 khóa XI, XII\"");
  CHECK(std::set<std::string>(both.begin(), both.end()) == std::set<std::string>{"ten.txt", "so.txt"});
  // Looked up by its name, the number's record lists both citations.
  for (const char* name : {"Nghị quyết Trung ương 4 khóa XII", "nghi quyet trung uong 4 khoa XII", "NQTW4 khóa XII"}) {
    CAPTURE(name);
    const std::vector<schema::DirectiveRecord> records = searcher.Registry(name);
    REQUIRE(records.size() == 1);
    CHECK(records[0].number == "04-NQ/TW");
    CHECK(records[0].citations.size() == 2);
  }
  CHECK_THROWS_AS(searcher.Registry("Nghị quyết Trung ương 4"), QueryError);  // which term?
  fs::remove_all(root);
}

}  // namespace
}  // namespace vankien::query
