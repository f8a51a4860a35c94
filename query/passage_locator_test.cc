#include "query/passage_locator.h"

#include <catch2/catch.hpp>

#include <string>

namespace vankien::query {
namespace {

TEST_CASE("the passage where the query's words gather, found without full analysis") {
  std::string filler;
  for (int i = 0; i < 200; ++i) filler += "một hai ba bốn năm. ";
  std::string text = filler + "Chỉ có CHI BỘ thôn họp; Chi bộ thôn, tổ dân phố nâng cao. " + filler;
  HighlightTerms terms{{}, {"chi bo", "bo thon", "to dan", "dan pho"}, {"chi", "bo", "thon", "to", "dan", "pho"}, {}, {}, {}};
  std::size_t at = LocatePassage(text, terms, 200);
  CHECK(at == filler.size() + std::string("Chỉ có ").size());
  CHECK(LocatePassage(text, HighlightTerms{{"xyz"}, {}, {"xyz"}, {}, {}, {}}, 200) == 0);
  // No pair anywhere: the words one by one.
  CHECK(LocatePassage(filler + "thôn", terms, 200) == filler.size());
}

TEST_CASE("words of a phrase or pair are not found across a sentence end") {
  std::string filler;
  for (int i = 0; i < 200; ++i) filler += "một hai ba bốn năm, ";
  const std::string apart = "Họ tham gia sinh hoạt. Chi bộ thôn họp. ";
  const std::string text = apart + filler + "Nâng cao chất lượng sinh hoạt chi bộ thôn. " + filler;
  HighlightTerms terms;
  terms.phrases = {"sinh hoat chi bo"};
  CHECK(LocatePassage(text, terms, 200) == apart.size() + filler.size() + std::string("Nâng cao chất lượng ").size());
  CHECK(LocatePassage("Họ tham gia sinh hoạt… Chi bộ thôn họp. " + filler + "Nâng cao chất lượng sinh hoạt chi bộ.", terms, 200) ==
        std::string("Họ tham gia sinh hoạt… Chi bộ thôn họp. ").size() + filler.size() + std::string("Nâng cao chất lượng ").size());
  terms.phrases.clear();
  terms.pairs = {"hoat chi"};
  CHECK(LocatePassage(text, terms, 200) == apart.size() + filler.size() + std::string("Nâng cao chất lượng sinh ").size());
}

TEST_CASE("a query typed with diacritics finds the passage written in its forms") {
  std::string filler;
  for (int i = 0; i < 200; ++i) filler += "một hai ba bốn năm. ";
  const std::string before = filler + "Từ chuyển hoá sang việc khác. " + filler;
  const std::string text = before + "Ngăn chặn tự chuyển hóa. " + filler;
  HighlightTerms terms{{}, {"tu chuyen", "chuyen hoa"}, {"tu", "chuyen", "hoa"}, {}, {}, {}};
  // Typed without diacritics: the first "tu chuyen hoa" serves as well as the second.
  CHECK(LocatePassage(text, terms, 100) == filler.size());
  terms.forms = {{"tu", {"tự"}}, {"chuyen", {"chuyển"}}, {"hoa", {"hóa"}}};
  const std::size_t at = LocatePassage(text, terms, 100);
  CHECK(at > before.size());
  CHECK(at < before.size() + std::string("Ngăn chặn tự chuyển hóa.").size());
  // No occurrence in the forms asked for: any.
  CHECK(LocatePassage(filler + "Từ chuyển sang. " + filler, terms, 100) == filler.size());
}

TEST_CASE("a document number is found however the text writes it") {
  std::string filler;
  for (int i = 0; i < 200; ++i) filler += "một hai ba bốn năm. ";
  HighlightTerms terms{{"05-ct/tw"}, {}, {"05-ct/tw"}, {"05-CT/TW"}, {}, {}};
  for (const char* written : {"Chỉ thị số 05-CT/TƯ", "Chỉ thị số 05 – CT/TW", "Chỉ thị số05-CT/TW"}) {
    CAPTURE(written);
    std::string text = filler + written + " của Bộ Chính trị. " + filler;
    std::size_t at = LocatePassage(text, terms, 200);
    CHECK(at > filler.size());
    CHECK(at < filler.size() + std::string(written).size());
  }
  CHECK(LocatePassage(filler + "Chỉ thị số 06-CT/TW. " + filler, terms, 200) == 0);
}

}  // namespace
}  // namespace vankien::query
