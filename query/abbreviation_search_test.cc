// Abbreviations found written either way, searched in a small index of sample articles written
// for these tests (the places are invented) with a sample abbreviation table.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <unistd.h>

#include "indexer/indexer.h"
#include "query/searcher.h"

namespace vankien::query {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTable = R"(<abbreviations>
  <abbreviation><form>UBND</form><expansion>Ủy ban nhân dân</expansion></abbreviation>
  <abbreviation><form>KT-XH</form><expansion>kinh tế - xã hội</expansion></abbreviation>
  <abbreviation ambiguous="true"><form>BCT</form><expansion>Bộ Chính trị</expansion><expansion>Bộ Công Thương</expansion></abbreviation>
</abbreviations>)";

// Sample articles by file name (= document id): title and text.
const std::map<std::string, std::pair<const char*, const char*>> kArticles = {
    {"ngan.txt", {"Tin Lam Giang", "Sáng nay UBND tỉnh Lam Giang họp bàn kế hoạch phát triển KT-XH năm tới."}},
    {"day.txt", {"Tin Hòa Lâm", "Ủy ban nhân dân tỉnh Hòa Lâm ban hành kế hoạch phát triển kinh tế - xã hội."}},
    // The words of the expansion, apart: no abbreviation.
    {"roi.txt", {"Tin vắn", "Ban tổ chức mời nhân dân trong tỉnh đến dự, ủy quyền cho các xã."}},
    {"bct.txt", {"Tin thương mại", "BCT vừa đưa ra số liệu xuất khẩu."}},
    {"bochinhtri.txt", {"Tin hội nghị", "Bộ Chính trị họp bàn công tác cán bộ."}},
};

class SampleIndex {
 public:
  SampleIndex() : root_(fs::temp_directory_path() / ("vankien-abbreviation-test-" + std::to_string(::getpid()))) {
    fs::remove_all(root_);
    fs::create_directories(root_ / "docs");
    for (const auto& [name, article] : kArticles) {
      std::ofstream(root_ / "docs" / name) << article.first << "\n\n" << article.second << "\n";
    }
    const indexer::AbbreviationTable table = indexer::ParseAbbreviationTable(kTable, "sample");
    indexer::IndexOptions options;
    options.db = root_ / "db";
    options.paths = {root_ / "docs"};
    options.abbreviations = &table;
    indexer::Reporter reporter(indexer::Verbosity::kQuiet, false);
    indexer::UpdateIndex(options, &reporter);
    searcher_ = std::make_unique<Searcher>((root_ / "db").string());
  }
  ~SampleIndex() { fs::remove_all(root_); }

  SearchResult Search(const std::string& query) {
    SearchRequest request;
    request.query = query;
    request.limit = 100;
    return searcher_->Search(request);
  }

 private:
  fs::path root_;
  std::unique_ptr<Searcher> searcher_;
};

SampleIndex& Samples() {
  static SampleIndex index;
  return index;
}

std::set<std::string> Found(const std::string& query) {
  std::set<std::string> ids;
  for (const Hit& hit : Samples().Search(query).hits) ids.insert(hit.record.id);
  return ids;
}

// The marked stretches of a hit's snippet, each as written.
std::vector<std::string> Marked(const std::string& query, const std::string& id) {
  std::vector<std::string> marked;
  for (const Hit& hit : Samples().Search(query).hits) {
    if (hit.record.id != id) continue;
    std::string run;
    for (const SnippetPart& part : hit.snippet) {
      if (part.match) {
        run += part.text;
      } else if (!run.empty() && part.text != " ") {
        marked.push_back(run);
        run.clear();
      } else if (!run.empty()) {
        run += part.text;
      }
    }
    if (!run.empty()) marked.push_back(run);
  }
  return marked;
}

using Set = std::set<std::string>;

TEST_CASE("an abbreviation finds its expansion and the expansion the abbreviation, with or without diacritics") {
  for (const char* query : {"UBND tỉnh", "ubnd tinh", "Ủy ban nhân dân tỉnh", "uy ban nhan dan tinh", "KT-XH",
                            "kinh tế xã hội"}) {
    CAPTURE(query);
    const std::vector<Hit> hits = Samples().Search(query).hits;
    REQUIRE(hits.size() >= 2);
    // The two forms first, whichever is typed; the words apart after them.
    CHECK(Set{hits[0].record.id, hits[1].record.id} == Set{"ngan.txt", "day.txt"});
  }
  CHECK(Found("UBND") == Set{"ngan.txt", "day.txt"});
}

TEST_CASE("both forms are highlighted in snippets") {
  CHECK(Marked("UBND tỉnh", "day.txt") == std::vector<std::string>{"Ủy ban nhân dân tỉnh"});
  CHECK(Marked("UBND tỉnh", "ngan.txt") == std::vector<std::string>{"UBND tỉnh"});
  CHECK(Marked("Ủy ban nhân dân tỉnh", "ngan.txt") == std::vector<std::string>{"UBND tỉnh"});
  CHECK(Marked("Ủy ban nhân dân tỉnh", "day.txt") == std::vector<std::string>{"Ủy ban nhân dân tỉnh"});
}

TEST_CASE("an ambiguous abbreviation, and a quoted phrase, find only what is typed") {
  CHECK(Found("BCT") == Set{"bct.txt"});
  CHECK(Found("Bộ Chính trị") == Set{"bochinhtri.txt"});
  CHECK(Found("\"UBND tỉnh\"") == Set{"ngan.txt"});
  CHECK(Found("\"Ủy ban nhân dân tỉnh\"") == Set{"day.txt"});
}

}  // namespace
}  // namespace vankien::query
