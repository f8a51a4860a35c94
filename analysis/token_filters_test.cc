#include "analysis/token_filters.h"

#include <catch2/catch.hpp>

#include "analysis/utf8.h"

namespace vankien::analysis {
namespace {

TEST_CASE("NFD input composes to NFC") {
  std::u32string decomposed = U"Nghi\u0323 quye\u0302\u0301t";  // "Nghị quyết" decomposed
  NormalizeNfc(&decomposed);
  CHECK(EncodeUtf8(decomposed) == "Nghị quyết");
  CHECK(ExactForm("Đa\u0309ng") == "đảng");
}

TEST_CASE("text already in NFC is left alone") {
  std::u32string text = U"Đảng ủy Khối";
  NormalizeNfc(&text);
  CHECK(text == U"Đảng ủy Khối");
}

TEST_CASE("case folding covers Vietnamese capitals") {
  std::u32string text = U"ĐẢNG ỦY KHỐI ƯỚC ƠN";
  FoldCase(&text);
  CHECK(EncodeUtf8(text) == "đảng ủy khối ước ơn");
}

TEST_CASE("Ð and ð, lookalikes left by legacy encodings, are read as Đ and đ") {
  std::u32string text = U"Ðảng ðoàn";
  FoldCase(&text);
  CHECK(EncodeUtf8(text) == "đảng đoàn");
  CHECK(FoldedForm("Ðảng ðoàn") == "dang doan");
}

TEST_CASE("the folded form drops every diacritic and maps đ to d") {
  const std::pair<const char*, const char*> cases[] = {
      {"Đảng", "dang"},          {"ủy", "uy"},           {"đ", "d"},
      {"Đ", "d"},                {"nghị quyết", "nghi quyet"}, {"ƯỚC", "uoc"},
      {"ặ", "a"},                {"Hoá", "hoa"},         {"chất lượng", "chat luong"},
      {"café", "cafe"},          {"naïve", "naive"},     {"Việt\u0323", "viet"},
      {"Москва", "москва"},      {"北京", "北京"},       {"", ""},
  };
  for (const auto& [word, folded] : cases) {
    CAPTURE(word);
    CHECK(FoldedForm(word) == folded);
  }
}

TEST_CASE("FoldDiacritics alone works on code points") {
  std::u32string folded;
  FoldDiacritics(U"đảng ủy", &folded);
  CHECK(folded == U"dang uy");
}

TEST_CASE("invalid UTF-8 in a word becomes U+FFFD") {
  CHECK(ExactForm("ab\xFF" "c") == "ab\xEF\xBF\xBD" "c");
}

}  // namespace
}  // namespace vankien::analysis

namespace vankien::analysis {
TEST_CASE("folded words: a name however punctuated, accented or spaced") {
  CHECK(FoldedWords("Phòng, chống  tham nhũng") == "phong chong tham nhung");
  CHECK(FoldedWords(" NGUYỄN Văn  Ấn. ") == "nguyen van an");
  CHECK(FoldedWords("…") == "");
}
}  // namespace vankien::analysis
