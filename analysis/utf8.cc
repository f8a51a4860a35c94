#include "analysis/utf8.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace vankien::analysis {

char32_t DecodeUtf8(std::string_view text, std::size_t* pos, bool* invalid) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  auto i = static_cast<int32_t>(*pos);
  UChar32 cp;
  // ICU's macro checks every continuation byte against the length, so a truncated sequence at
  // the end of the buffer is reported as ill-formed rather than read past.
  U8_NEXT(bytes, i, length, cp);
  *pos = static_cast<std::size_t>(i);
  if (cp < 0) {
    *invalid = true;
    return kReplacementCharacter;
  }
  return static_cast<char32_t>(cp);
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
    return;
  }
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacementCharacter;
  char buffer[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buffer), n, static_cast<UChar32>(cp));
  out->append(buffer, static_cast<std::size_t>(n));
}

bool IsAscii(std::string_view text) {
  // Eight bytes at a time: the common case for long runs of plain text is a single test.
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if (word & 0x8080808080808080ULL) return false;
  }
  for (; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
  }
  return true;
}

std::size_t CountInvalidUtf8(std::string_view text) {
  std::size_t invalid_count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    bool invalid = false;
    DecodeUtf8(text, &pos, &invalid);
    if (invalid) ++invalid_count;
  }
  return invalid_count;
}

std::string SanitizeUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t start = pos;
    bool invalid = false;
    char32_t cp = DecodeUtf8(text, &pos, &invalid);
    if (invalid) {
      AppendUtf8(cp, &out);
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

std::size_t DecodeUtf8(std::string_view text, std::u32string* out) {
  out->clear();
  std::size_t invalid_count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      out->push_back(byte);
      ++pos;
      continue;
    }
    bool invalid = false;
    out->push_back(DecodeUtf8(text, &pos, &invalid));
    if (invalid) ++invalid_count;
  }
  return invalid_count;
}

std::string EncodeUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : text) AppendUtf8(cp, &out);
  return out;
}

}  // namespace vankien::analysis
