#include "readers/text_layer_quality.h"

#include <catch2/catch.hpp>

#include "analysis/utf8.h"

namespace vankien::readers {
namespace {

std::vector<PlacedWord> Words(const std::string& text, const std::string& font = "Times") {
  std::vector<PlacedWord> words;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = std::min(text.find(' ', start), text.size());
    PlacedWord word;
    analysis::DecodeUtf8(text.substr(start, end - start), &word.text);
    word.font = font;
    words.push_back(std::move(word));
    start = end + 1;
  }
  return words;
}

TEST_CASE("a page of Vietnamese text is usable") {
  CHECK(IsUsableTextLayer(Words("Số 12-CT/TU, ngày 15 tháng 3 năm 2024: Ban Thường vụ Tỉnh ủy chỉ thị.")));
  CHECK(IsUsableTextLayer(Words("The report (2024) covers agriculture and forestry.")));
}

TEST_CASE("a scan with a stray page number is not") {
  CHECK_FALSE(IsUsableTextLayer({}));
  CHECK_FALSE(IsUsableTextLayer(Words("- 2 -")));
  CHECK_FALSE(IsUsableTextLayer(Words("Trang 2")));
}

TEST_CASE("legacy-font symbol soup is usable when it decodes to Vietnamese, by its font or its bytes") {
  // TCVN3 bytes of "Đảng bộ tỉnh chỉ đạo công tác" read as Latin-1.
  const std::string soup = "\u00A7\u00B6ng b\u00e9 t\u00d8nh ch\u00d8 \u00ae\u00b9o c\u00abng t\u00b8c";
  CHECK(IsUsableTextLayer(Words(soup + " " + soup, ".VnTime")));
  CHECK(IsUsableTextLayer(Words(soup + " " + soup + " " + soup)));
  // Glyphs of a symbol font that no encoding makes Vietnamese: the page is read by OCR.
  const std::string symbols = "\u25A0\u00b6\u00a7\u25A1 \u2663\u00ae\u2665\u00b8 \u25CF\u00ab\u25CB\u00b9";
  CHECK_FALSE(IsUsableTextLayer(Words(symbols + " " + symbols + " " + symbols)));
}

}  // namespace
}  // namespace vankien::readers
