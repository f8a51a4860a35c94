#include "analysis/word_breaker.h"

#include <catch2/catch.hpp>

#include <string>

namespace vankien::analysis {
namespace {

std::vector<std::string> Words(std::string_view text) {
  WordBreaker breaker;
  std::vector<WordSpan> spans;
  breaker.Break(text, 0, text.size(), &spans);
  std::vector<std::string> out;
  for (const WordSpan& w : spans) out.emplace_back(text.substr(w.span.begin, w.span.end - w.span.begin));
  return out;
}

TEST_CASE("one token per syllable, punctuation dropped") {
  CHECK(Words("“Tự diễn biến”, (khóa XII).") ==
        std::vector<std::string>{"Tự", "diễn", "biến", "khóa", "XII"});
}

TEST_CASE("numbers with Vietnamese separators stay whole") {
  CHECK(Words("gần 70.000 đảng viên, 1.150 người, tăng 3,2%") ==
        std::vector<std::string>{"gần", "70.000", "đảng", "viên", "1.150", "người", "tăng", "3,2"});
}

TEST_CASE("underscores of word-segmented text split syllables") {
  CHECK(Words("Việt_Nam thiếu phi_công") ==
        std::vector<std::string>{"Việt", "Nam", "thiếu", "phi", "công"});
}

TEST_CASE("offsets are bytes of the original, and a sub-range is honoured") {
  std::string text = "ab Đảng cd";
  WordBreaker breaker;
  std::vector<WordSpan> spans;
  breaker.Break(text, 3, 10, &spans);
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].span.begin == 3);
  CHECK(spans[0].span.end == 10);
  CHECK(spans[0].kind == WordKind::kLetters);
}

TEST_CASE("empty and blank input give no words") {
  CHECK(Words("").empty());
  CHECK(Words("   \n\t  ").empty());
  CHECK(Words("…!?").empty());
}

}  // namespace
}  // namespace vankien::analysis
