#include "query/diacritics_restoration.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace vankien::query {
namespace {

bool Has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

TEST_CASE("every way of writing a syllable, in its exact form") {
  const std::vector<std::string> dang = SyllableForms("dang");
  CHECK(Has(dang, "dang"));
  CHECK(Has(dang, "đảng"));
  CHECK(Has(dang, "đang"));
  CHECK(Has(dang, "dạng"));
  CHECK(Has(dang, "đăng"));
  CHECK(Has(dang, "đẳng"));
  CHECK(dang.size() == 2 * 3 * 6);
  // Tones are placed as the analysis chain places them: one form of "hoá"/"hóa".
  const std::vector<std::string> hoa = SyllableForms("hoa");
  CHECK(Has(hoa, "hóa"));
  CHECK_FALSE(Has(hoa, "hoá"));
  CHECK(Has(SyllableForms("nguyen"), "nguyễn"));
  CHECK(SyllableForms("Dang").empty());  // not folded
  CHECK(SyllableForms("aaaaaaaa").empty());  // too many ways: not a syllable
}

// An index where "đang" is written more often than "đảng", and "chi" has no marks.
Xapian::WritableDatabase SmallIndex() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  auto add = [&](std::initializer_list<std::pair<const char*, const char*>> words) {
    Xapian::Document document;
    for (const auto& [folded, exact] : words) {
      document.add_term(folded);
      if (std::string(folded) != exact) document.add_term(std::string("E") + exact);
    }
    db.add_document(document);
  };
  for (int i = 0; i < 6; ++i) add({{"dang", "đang"}, {"lam", "làm"}});
  for (int i = 0; i < 2; ++i) add({{"dang", "đảng"}, {"vien", "viên"}, {"chi", "chi"}, {"bo", "bộ"}});
  return db;
}

TEST_CASE("the index's forms of a word, most frequent first, the unaccented one from what is left") {
  Xapian::WritableDatabase db = SmallIndex();
  WordForms forms(db);
  const auto& dang = forms.FormsOf("dang");
  REQUIRE(dang.size() == 2);
  CHECK(dang[0].exact == "đang");
  CHECK(dang[0].occurrences == 6);
  CHECK(dang[1].exact == "đảng");
  REQUIRE(forms.FormsOf("chi").size() == 1);
  CHECK(forms.FormsOf("chi")[0].exact == "chi");
  CHECK(forms.FormsOf("khong").empty());
  // Which forms the index holds asked in one search (for remote shards): the same forms.
  WordForms together(db, /*together=*/true);
  for (const char* word : {"dang", "chi", "vien", "khong"}) {
    CAPTURE(word);
    const auto& one_by_one = forms.FormsOf(word);
    const auto& at_once = together.FormsOf(word);
    REQUIRE(at_once.size() == one_by_one.size());
    for (std::size_t i = 0; i < at_once.size(); ++i) {
      CHECK(at_once[i].exact == one_by_one[i].exact);
      CHECK(at_once[i].occurrences == one_by_one[i].occurrences);
    }
  }
}

TEST_CASE("context tells a word's form where counts alone would not") {
  Xapian::WritableDatabase db = SmallIndex();
  WordForms forms(db);
  analysis::Analyzer analyzer;
  // Without context, the commoner form wins, and is not sure.
  RestoredQuery alone = RestoreDiacritics({"dang", "vien"}, {false, true}, {}, &forms, &analyzer);
  CHECK(alone.words == std::vector<std::string>{"đang", "viên"});
  CHECK_FALSE(alone.confident[0]);
  CHECK(alone.confident[1]);
  // The documents found write "đảng viên": so does the restoration, surely.
  RestoredQuery in_context = RestoreDiacritics({"dang", "vien"}, {false, true},
                                               {"Chi bộ có 12 đảng viên.", "Kết nạp đảng viên mới", "Đang làm"},
                                               &forms, &analyzer);
  CHECK(in_context.words == std::vector<std::string>{"đảng", "viên"});
  CHECK(in_context.confident[0]);
  // Where the context writes the word one way more often but the pair the other way, the pair
  // decides: it is the query's own neighbours.
  RestoredQuery by_pair = RestoreDiacritics({"dang", "vien"}, {false, true},
                                            {"Đang làm", "đang học", "Đang họp", "Kết nạp đảng viên mới"}, &forms,
                                            &analyzer);
  CHECK(by_pair.words == std::vector<std::string>{"đảng", "viên"});
  // Words not side by side in the query: no pair counts, the commoner form in the context wins.
  RestoredQuery apart = RestoreDiacritics({"dang", "vien"}, {false, false},
                                          {"Đang làm", "đang học", "Đang họp", "Kết nạp đảng viên mới"}, &forms,
                                          &analyzer);
  CHECK(apart.words == std::vector<std::string>{"đang", "viên"});
  // A word the index lacks is kept as typed.
  RestoredQuery unknown = RestoreDiacritics({"covid"}, {false}, {}, &forms, &analyzer);
  CHECK(unknown.words == std::vector<std::string>{"covid"});
  CHECK(RestoreDiacritics({}, {}, {}, &forms, &analyzer).words.empty());
}

}  // namespace
}  // namespace vankien::query
