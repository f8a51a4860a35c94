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

TEST_CASE("legacy-font symbol soup is not usable unless the font names its encoding") {
  // TCVN3 bytes of "Đảng bộ tỉnh chỉ đạo công tác" read as Latin-1.
  const std::string soup = "\u00A7\u00B6ng b\u00e9 t\u00c9nh ch\u00c9 \u00ae\u00b9o c\u00abng t\u00b8c";
  CHECK_FALSE(IsUsableTextLayer(Words(soup + " " + soup)));
  CHECK(IsUsableTextLayer(Words(soup + " " + soup, ".VnTime")));
}

}  // namespace
}  // namespace vankien::readers
