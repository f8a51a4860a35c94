#include "readers/extraction_json.h"

#include <catch2/catch.hpp>

namespace vankien::readers {
namespace {

TEST_CASE("extraction JSON: what is written is read back whole") {
  Extraction extraction;
  extraction.paragraphs = {{{{"§¶ng", ".VnTime"}, {" Cộng sản", "Times New Roman"}}}, {{{"dòng\nhai", ""}}}};
  extraction.metadata = {"Tiêu đề", "Tác giả", "Mô tả", "2024-03-15", "Báo Lam Giang", "https://example.invalid/a"};
  extraction.pages = 3;
  extraction.ocr_pages = 2;
  extraction.ocr_seconds = 1.25;
  extraction.notes = {"page 3 has no text"};
  CHECK(ExtractionFromJson(ExtractionToJson(extraction)) == extraction);
}

TEST_CASE("extraction JSON: invalid UTF-8 is replaced, and malformed answers are an error") {
  Extraction extraction;
  extraction.paragraphs = {{{{"a\xFF" "b", ""}}}};
  CHECK(ExtractionFromJson(ExtractionToJson(extraction)).paragraphs[0].runs[0].text == "a\xEF\xBF\xBD" "b");
  CHECK_THROWS_AS(ExtractionFromJson("{\"paragraphs\": 3}"), ExtractionError);
  CHECK_THROWS_AS(ExtractionFromJson(""), ExtractionError);
}

}  // namespace
}  // namespace vankien::readers
