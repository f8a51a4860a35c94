#include "analysis/utf8.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace vankien::analysis {
namespace {

TEST_CASE("valid UTF-8 decodes without errors") {
  std::u32string out;
  CHECK(DecodeUtf8("Đảng ủy", &out) == 0);
  CHECK(out == U"Đảng ủy");
  CHECK(CountInvalidUtf8("Nghị quyết 01-NQ/ĐUK") == 0);
}

TEST_CASE("each ill-formed sequence becomes one U+FFFD and is counted") {
  const std::pair<std::string, std::u32string> cases[] = {
      {"a\xFF" "b", U"a\uFFFDb"},              // a byte that never occurs
      {"a\xC3", U"a\uFFFD"},                   // truncated at the end
      {"\xE1\xBB", U"\uFFFD"},                 // truncated three-byte sequence
      {"\xC0\xAF", U"\uFFFD\uFFFD"},           // overlong encoding of '/'
      {"\xED\xA0\x80", U"\uFFFD\uFFFD\uFFFD"},  // a surrogate
      {"\x80\x80", U"\uFFFD\uFFFD"},           // stray continuation bytes
  };
  for (const auto& [input, expected] : cases) {
    std::u32string out;
    std::size_t invalid = DecodeUtf8(input, &out);
    CHECK(out == expected);
    CHECK(invalid == static_cast<std::size_t>(std::count(expected.begin(), expected.end(),
                                                         kReplacementCharacter)));
    CHECK(CountInvalidUtf8(input) == invalid);
  }
}

TEST_CASE("sanitising replaces only the bad bytes") {
  CHECK(SanitizeUtf8("ủy\xFF" "ban") == "ủy\xEF\xBF\xBD" "ban");
  CHECK(SanitizeUtf8("") == "");
  CHECK(SanitizeUtf8("plain") == "plain");
}

TEST_CASE("encoding refuses values that are not scalar values") {
  std::string out;
  AppendUtf8(0xD800, &out);
  AppendUtf8(0x110000, &out);
  CHECK(out == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(EncodeUtf8(U"đ€𝄞") == "đ€𝄞");
}

TEST_CASE("ASCII detection") {
  CHECK(IsAscii("hello world, 123"));
  CHECK(IsAscii(""));
  CHECK_FALSE(IsAscii("hello wörld"));
  CHECK_FALSE(IsAscii("0123456789abcdeđ"));
}

}  // namespace
}  // namespace vankien::analysis
