#include "analysis/tone_placement.h"

#include <catch2/catch.hpp>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <string>

#include "analysis/token_filters.h"
#include "analysis/utf8.h"

namespace vankien::analysis {
namespace {

std::string Canonical(const std::string& syllable) {
  std::u32string code_points;
  DecodeUtf8(syllable, &code_points);
  CanonicalizeTonePlacement(&code_points);
  return EncodeUtf8(code_points);
}

std::string Upper(const std::string& s) {
  std::string out;
  icu::UnicodeString::fromUTF8(s).toUpper(icu::Locale::getRoot()).toUTF8String(out);
  return out;
}

std::string Title(const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  icu::UnicodeString first = u.tempSubString(0, 1);
  first.toUpper(icu::Locale::getRoot());
  std::string out;
  (first + u.tempSubString(1)).toUTF8String(out);
  return out;
}

// Every tone on every styled vowel pair, written both ways: {new style, old style}.
const std::pair<const char*, const char*> kStylePairs[] = {
    {"oà", "òa"},     {"oá", "óa"},     {"oả", "ỏa"},     {"oã", "õa"},     {"oạ", "ọa"},
    {"oè", "òe"},     {"oé", "óe"},     {"oẻ", "ỏe"},     {"oẽ", "õe"},     {"oẹ", "ọe"},
    {"uỳ", "ùy"},     {"uý", "úy"},     {"uỷ", "ủy"},     {"uỹ", "ũy"},     {"uỵ", "ụy"},
    {"hoà", "hòa"},   {"hoá", "hóa"},   {"hoả", "hỏa"},   {"hoã", "hõa"},   {"hoạ", "họa"},
    {"khoè", "khòe"}, {"khoé", "khóe"}, {"khoẻ", "khỏe"}, {"khoẽ", "khõe"}, {"khoẹ", "khọe"},
    {"thuỳ", "thùy"}, {"thuý", "thúy"}, {"thuỷ", "thủy"}, {"thuỹ", "thũy"}, {"thuỵ", "thụy"},
    {"toà", "tòa"},   {"thoả", "thỏa"}, {"luỹ", "lũy"},   {"khoá", "khóa"}, {"nguỵ", "ngụy"},
    {"xoè", "xòe"},   {"loá", "lóa"},   {"tuỳ", "tùy"},   {"huỷ", "hủy"},   {"suý", "súy"},
};

TEST_CASE("both tone styles become the older style, in every case") {
  for (const auto& [new_style, old_style] : kStylePairs) {
    for (auto transform : {+[](const std::string& s) { return s; }, &Upper, &Title}) {
      std::string written_new = transform(new_style);
      std::string written_old = transform(old_style);
      CAPTURE(written_new, written_old);
      CHECK(Canonical(written_new) == written_old);
      CHECK(Canonical(written_old) == written_old);
    }
  }
}

TEST_CASE("the exact forms of the two styles are one term") {
  CHECK(ExactForm("hoá") == ExactForm("hóa"));
  CHECK(ExactForm("Uỷ") == ExactForm("Ủy"));
  CHECK(ExactForm("KHOÁ") == ExactForm("khóa"));
  CHECK(ExactForm("thuỷ") == ExactForm("thủy"));
  CHECK(ExactForm("Uỷ") == "ủy");
}

TEST_CASE("syllables whose mark has one place keep it") {
  // Closed syllables, longer vowel groups, qu + y, and marks already on a shaped vowel.
  for (const char* syllable :
       {"hoàn", "huýt", "hoài", "khuỷu", "quý", "QUÝ", "Quỳ", "quỷ", "khuya", "thuế",
        "hoạch", "toán", "hòa", "ủy", "hoa", "uy", "ngoài", "oa", "a", "", "ý", "mía", "múa"}) {
    CAPTURE(syllable);
    CHECK(Canonical(syllable) == syllable);
  }
}

}  // namespace
}  // namespace vankien::analysis
