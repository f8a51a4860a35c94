#include "analysis/text_scan.h"

#include <unicode/uchar.h>

#include "analysis/char_tables.h"
#include "analysis/utf8.h"

namespace vankien::analysis {

char32_t CodePointAt(std::string_view text, std::size_t pos, std::size_t* length) {
  std::size_t next = pos;
  bool invalid = false;
  char32_t cp = DecodeUtf8(text, &next, &invalid);
  *length = next - pos;
  return cp;
}

char32_t CodePointBefore(std::string_view text, std::size_t pos, std::size_t* length) {
  if (pos == 0) {
    *length = 0;
    return 0;
  }
  // Step back over at most three continuation bytes to the lead byte, then decode forwards and
  // accept the result only if it ends exactly at pos.
  std::size_t start = pos - 1;
  for (int steps = 0; steps < 3 && start > 0 &&
                      (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80;
       ++steps) {
    --start;
  }
  std::size_t decoded_length = 0;
  char32_t cp = CodePointAt(text, start, &decoded_length);
  if (start + decoded_length != pos) {
    *length = 1;
    return kReplacementCharacter;
  }
  *length = decoded_length;
  return cp;
}

std::string_view DWithStrokeAt(std::string_view text, std::size_t pos) {
  if (pos + 1 >= text.size()) return {};
  const unsigned char lead = static_cast<unsigned char>(text[pos]);
  const unsigned char trail = static_cast<unsigned char>(text[pos + 1]);
  if ((lead == 0xC4 && trail == 0x90) || (lead == 0xC3 && trail == 0x90)) return "Đ";  // Đ, Ð
  if ((lead == 0xC4 && trail == 0x91) || (lead == 0xC3 && trail == 0xB0)) return "đ";  // đ, ð
  return {};
}

std::size_t SentenceEndLength(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  const char c = text[pos];
  if (c == '\n' || c == '\r' || c == '.' || c == '!' || c == '?') return 1;
  return text.substr(pos, 3) == "…" ? 3 : 0;
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return IsAsciiAlnum(static_cast<char>(cp));
  // Vietnamese letters and marks, without asking ICU: Latin-1 letters (not × and ÷), Latin
  // Extended-A and -B, the combining diacritics and Latin Extended Additional.
  if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x300 && cp <= 0x36F) ||
      (cp >= 0x1E00 && cp <= 0x1EFF)) {
    return true;
  }
  auto c = static_cast<UChar32>(cp);
  return u_isUAlphabetic(c) || u_isdigit(c) || u_charType(c) == U_NON_SPACING_MARK;
}

std::size_t MatchFoldedWord(std::string_view text, std::size_t pos, std::string_view folded) {
  const CharTables& tables = CharTables::Get();
  std::size_t i = pos;
  for (char expected : folded) {
    // Combining marks (decomposed input) fold to nothing and are skipped.
    char32_t got = 0;
    while (got == 0) {
      if (i >= text.size()) return 0;
      std::size_t length = 0;
      got = tables.StripDiacritics(CodePointAt(text, i, &length));
      i += length;
    }
    if (got != static_cast<char32_t>(expected)) return 0;
  }
  while (i < text.size()) {
    std::size_t length = 0;
    char32_t next = CodePointAt(text, i, &length);
    if (tables.StripDiacritics(next) == 0) {  // a trailing combining mark is part of the word
      i += length;
      continue;
    }
    if (IsWordChar(next)) return 0;
    break;
  }
  return i;
}

}  // namespace vankien::analysis
