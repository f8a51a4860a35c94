// Quoted phrases, NEAR/n and the oldest-first order, searched in a small index of sample
// articles written for these tests (the places and events are invented).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <algorithm>
#include <map>
#include <set>
#include <unistd.h>

#include "indexer/indexer.h"
#include "query/searcher.h"

namespace vankien::query {
namespace {

namespace fs = std::filesystem;

// Sample articles by file name (= document id): title, date line ("" for none), text.
struct Article {
  const char* title;
  const char* date;
  const char* text;
};
const std::map<std::string, Article> kArticles = {
    // The report that ranked first for "diễn biến hòa bình": "Điện Biên, Hòa Bình", in its
    // title twice, is the phrase without its diacritics ("dien bien hoa binh").
    {"lu.txt", {"Điện Biên, Hòa Bình: mưa lũ ở Điện Biên, Hòa Bình", "09:35, ngày 08-02-2019",
                "Mưa lớn kéo dài ở Lam Giang, Điện Biên, Hòa Bình làm ngập nhiều xã. Diễn biến thời tiết còn phức "
                "tạp, người dân cần theo dõi bản tin."}},
    {"dbhb.txt", {"Hội nghị Tỉnh ủy Lam Giang", "10:00, ngày 03-05-2017",
                  "Hội nghị bàn cách đấu tranh phòng, chống âm mưu diễn biến hòa bình trên không gian mạng, cùng "
                  "nhiều nội dung khác về công tác xây dựng Đảng ở cơ sở trong năm tới."}},
    // The phrase split by a sentence end: not the phrase.
    {"cau.txt", {"Bài viết về biên giới", "08:00, ngày 01-01-2018",
                 "Bộ đội tuần tra diễn biến. Hòa bình là mong ước của nhân dân vùng biên."}},
    // The phrase typed without diacritics, as some pages are.
    {"khongdau.txt", {"Tin ngan", "",
                      "Bai viet ve dau tranh chong dien bien hoa binh cua cac the luc thu dich."}},
    // NEAR: the two words three words apart, far apart, and in the other order.
    {"gan.txt", {"Công tác đảng ở Lam Giang", "07:00, ngày 02-03-2016",
                 "Đảng ủy tăng cường kiểm tra việc chấp hành và giám sát đảng viên ở chi bộ."}},
    {"xa.txt", {"Tin tổng hợp", "07:00, ngày 02-03-2020",
                "Đoàn đã kiểm tra tiến độ xây dựng đường giao thông nông thôn ở xã Hòa Lâm, thăm hỏi các gia "
                "đình chính sách, tặng quà học sinh nghèo vượt khó, rồi tổ chức buổi làm việc để giám sát."}},
    {"nguoc.txt", {"Ủy ban kiểm tra huyện", "07:00, ngày 02-03-2015",
                   "Ủy ban đã giám sát và kiểm tra tổ chức đảng cấp dưới."}},
    // Words typed side by side: every pair of "nâng cao chất lượng sinh hoạt" in tach.txt, in
    // its title too, the whole only in lien.txt's text.
    {"tach.txt", {"Nâng cao chất lượng, chất lượng sinh hoạt", "07:00, ngày 02-03-2014",
                  "Chi bộ bàn việc nâng cao chất lượng công tác. Chất lượng sinh hoạt ở chi bộ được bàn kỹ; nâng "
                  "cao chất lượng, chất lượng sinh hoạt là việc thường xuyên."}},
    {"lien.txt", {"Tin hoạt động ở Lam Giang", "07:00, ngày 02-03-2013",
                  "Đoàn công tác đến thăm xã Hòa Lâm, làm việc với Đảng ủy xã về đường giao thông, trường học và "
                  "trạm y tế. Các chi bộ bàn cách nâng cao chất lượng sinh hoạt trong năm tới, rồi đoàn thăm hỏi "
                  "các gia đình chính sách."}},
};

class SampleIndex {
 public:
  SampleIndex() : root_(fs::temp_directory_path() / ("vankien-phrase-test-" + std::to_string(::getpid()))) {
    fs::remove_all(root_);
    fs::create_directories(root_ / "docs");
    for (const auto& [name, article] : kArticles) {
      std::ofstream(root_ / "docs" / name) << article.title << "\n" << article.date << "\n\n" << article.text << "\n";
    }
    indexer::IndexOptions options;
    options.db = root_ / "db";
    options.paths = {root_ / "docs"};
    indexer::Reporter reporter(indexer::Verbosity::kQuiet, false);
    indexer::UpdateIndex(options, &reporter);
    searcher_ = std::make_unique<Searcher>((root_ / "db").string());
  }
  ~SampleIndex() { fs::remove_all(root_); }

  // The ids of the hits of one page, in order, and the result they came in.
  std::vector<std::string> Ids(const std::string& query, SortOrder sort = SortOrder::kRelevance,
                               SearchResult* result = nullptr, std::size_t offset = 0, std::size_t limit = 100) {
    SearchRequest request;
    request.query = query;
    request.sort = sort;
    request.offset = offset;
    request.limit = limit;
    request.facets = true;
    SearchResult found = searcher_->Search(request);
    std::vector<std::string> ids;
    for (const Hit& hit : found.hits) ids.push_back(hit.record.id);
    if (result != nullptr) *result = std::move(found);
    return ids;
  }

 private:
  fs::path root_;
  std::unique_ptr<Searcher> searcher_;
};

SampleIndex& Samples() {
  static SampleIndex index;
  return index;
}

using Ids = std::vector<std::string>;

TEST_CASE("a quoted phrase matches only where its words stand together, in order, in one sentence") {
  using Set = std::set<std::string>;
  SearchResult result;
  const Ids ids = Samples().Ids("\"diễn biến hòa bình\"", SortOrder::kRelevance, &result);
  // Folded, "Điện Biên, Hòa Bình" is the phrase: it matches, but typed with diacritics the
  // exact form ranks first.
  REQUIRE(Set(ids.begin(), ids.end()) == Set{"dbhb.txt", "khongdau.txt", "lu.txt"});
  CHECK(ids.front() == "dbhb.txt");
  CHECK(result.total_lower == 3);
  CHECK(result.total_upper == 3);
  CHECK(CountOf(result.facets, "kind", "article") == 3);
  // Typed without diacritics, or in the other tone-mark style: the same documents.
  const Ids plain = Samples().Ids("\"dien bien hoa binh\"");
  CHECK(Set(plain.begin(), plain.end()) == Set(ids.begin(), ids.end()));
  CHECK(Samples().Ids("\"diễn biến hoà bình\"") == ids);
  CHECK(Samples().Ids("\"Điện Biên, Hòa Bình\"").front() == "lu.txt");
  // Every page holds the same order.
  CHECK(Samples().Ids("\"diễn biến hòa bình\"", SortOrder::kRelevance, nullptr, 1, 1) == Ids{ids[1]});
  // The words of a phrase in another order are not the phrase.
  CHECK(Samples().Ids("\"hòa bình diễn biến\"").empty());
  // Excluded.
  const Ids kept = Samples().Ids("Lam Giang -\"diễn biến hòa bình\"");
  CHECK(Set(kept.begin(), kept.end()).count("gan.txt") == 1);
  CHECK(Set(kept.begin(), kept.end()).count("lu.txt") == 0);
  CHECK(Set(kept.begin(), kept.end()).count("dbhb.txt") == 0);
}

TEST_CASE("a phrase of three words or more needs its words in place, not its pairs anywhere") {
  CHECK(Samples().Ids("\"lam giang điện biên\"") == Ids{"lu.txt"});
  // Each pair of "lũ ở lam giang" is somewhere in lu.txt, the whole nowhere.
  CHECK(Samples().Ids("\"lũ ở lam giang\"").empty());
  // A phrase written across a sentence end needs each sentence's part.
  CHECK(Samples().Ids("\"ngập nhiều xã. Diễn biến thời tiết\"") == Ids{"lu.txt"});
}

TEST_CASE("NEAR/n finds words within n words of each other, in either order") {
  using Set = std::set<std::string>;
  auto found = [](const std::string& query) {
    const Ids ids = Samples().Ids(query);
    return Set(ids.begin(), ids.end());
  };
  // gan.txt has four words between "kiểm tra" and "giám sát", nguoc.txt one, the other way round.
  CHECK(found("kiểm tra NEAR/4 giám sát") == Set{"gan.txt", "nguoc.txt"});
  CHECK(found("kiểm tra NEAR/3 giám sát") == Set{"nguoc.txt"});
  CHECK(found("kiem tra NEAR/1 giam sat") == Set{"nguoc.txt"});
  CHECK(found("kiểm tra NEAR/0 giám sát").empty());
  CHECK(found("kiểm tra NEAR/40 giám sát") == Set{"gan.txt", "xa.txt", "nguoc.txt"});
  // A side of several words is a phrase.
  CHECK(found("\"giám sát đảng viên\" NEAR/5 kiểm tra") == Set{"gan.txt"});
  CHECK(found("kiểm tra NEAR/3 giám sát year:2015") == Set{"nguoc.txt"});
  CHECK(found("kiểm tra NEAR/3 giám sát year:2016").empty());
}

TEST_CASE("words typed side by side: the documents holding them so rank first among the best") {
  // By its pairs alone, tach.txt ranks first (its title holds them all).
  const Ids first_two = {"lien.txt", "tach.txt"};
  for (const char* query : {"nâng cao chất lượng sinh hoạt", "nang cao chat luong sinh hoat"}) {
    CAPTURE(query);
    const Ids ids = Samples().Ids(query);
    REQUIRE(ids.size() >= 2);
    CHECK(Ids(ids.begin(), ids.begin() + 2) == first_two);
  }
  // Every page holds the same order.
  CHECK(Samples().Ids("nâng cao chất lượng sinh hoạt", SortOrder::kRelevance, nullptr, 1, 1) == Ids{"tach.txt"});
  // Two words are no run: ranked by their pair.
  CHECK(Samples().Ids("sinh hoạt").front() == "tach.txt");
  // Quoted, the phrase is required as before.
  CHECK(Samples().Ids("\"nâng cao chất lượng sinh hoạt\"") == Ids{"lien.txt"});
}

TEST_CASE("oldest first, newest first: documents without a date come last") {
  const Ids oldest = Samples().Ids("kind:article", SortOrder::kOldest);
  CHECK(oldest == Ids{"lien.txt", "tach.txt", "nguoc.txt", "gan.txt", "dbhb.txt", "cau.txt", "lu.txt", "xa.txt",
                      "khongdau.txt"});
  CHECK(Samples().Ids("\"kiểm tra\"", SortOrder::kOldest) == Ids{"nguoc.txt", "gan.txt", "xa.txt"});
  CHECK(Samples().Ids("\"kiểm tra\"", SortOrder::kDate) == Ids{"xa.txt", "gan.txt", "nguoc.txt"});
  CHECK(SortOrderNamed("oldest") == SortOrder::kOldest);
  CHECK(SortOrderNamed("date") == SortOrder::kDate);
  CHECK(SortOrderNamed("newest") == std::nullopt);
  CHECK(SortOrderName(SortOrder::kOldest) == "oldest");
}

}  // namespace
}  // namespace vankien::query
