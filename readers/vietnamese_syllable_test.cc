#include "readers/vietnamese_syllable.h"

#include <catch2/catch.hpp>

#include <unicode/unistr.h>

#include <string>

namespace vankien::readers {
namespace {

bool Syllable(const std::string& utf8) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::u32string word;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    word.push_back(static_cast<char32_t>(text.char32At(i)));
  }
  return IsVietnameseSyllable(word);
}

TEST_CASE("Vietnamese syllables are accepted") {
  for (const char* word : {"Đảng", "cộng", "sản", "Việt", "nghiêm", "quyết", "giữa", "khuya",
                           "người", "tiếp", "thực", "chỉ", "thị", "uỷ", "ủy", "TỈNH", "Nghị",
                           "gì", "xoong", "khuỷu", "oanh", "huỳnh", "ạch", "quốc", "yêu", "ương"}) {
    CAPTURE(word);
    CHECK(Syllable(word));
  }
}

TEST_CASE("garbled words are refused") {
  for (const char* word : {"Céngx", "§¶ng", "s¶n", "ViÖt", "ñaûng", "Coäng", "aêng", "lầ",
                           "tiềp", "thực̣", "ồó", "cảch", "tónh", "ña", "façade", "brûlée",
                           "Ÿ", "ß", "sản̉", ""}) {
    CAPTURE(word);
    CHECK_FALSE(Syllable(word));
  }
}

}  // namespace
}  // namespace vankien::readers
