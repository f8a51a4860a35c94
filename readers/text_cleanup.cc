#include "readers/text_cleanup.h"

#include "analysis/utf8.h"

namespace vankien::readers {

std::string CleanText(std::string_view text, std::size_t* invalid_count) {
  std::string out;
  out.reserve(text.size());
  bool in_blank = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      ++pos;
      if (byte == '\r') {
        if (pos < text.size() && text[pos] == '\n') ++pos;
        byte = '\n';
      }
      if (byte == ' ' || byte == '\t') {
        if (!in_blank) out.push_back(' ');
        in_blank = true;
        continue;
      }
      in_blank = false;
      if (byte == '\n' || byte >= 0x20) out.push_back(static_cast<char>(byte));
      continue;
    }
    in_blank = false;
    std::size_t start = pos;
    bool invalid = false;
    char32_t cp = analysis::DecodeUtf8(text, &pos, &invalid);
    if (invalid) {
      ++*invalid_count;
      analysis::AppendUtf8(analysis::kReplacementCharacter, &out);
    } else if (cp >= 0x80 && cp < 0xA0) {
      continue;  // C1 control characters
    } else if (cp == 0xFEFF || cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060) {
      // A byte order mark (or the invisible no-break space it once was), a soft hyphen, and
      // zero-width spaces and joiners: never text, and inside a word or a number ("05-CT/​TW"
      // copied from a web page) they would split it.
      continue;
    } else if (cp == 0x2215 || cp == 0x2044) {
      out.push_back('/');  // division and fraction slashes, which fonts and converters give for "/"
    } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
      out.push_back(static_cast<char>(cp - 0xFEE0));  // full-width ASCII ("０５－ＣＴ／ＴＷ")
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

std::string_view Trim(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool blank = false;
  for (char c : Trim(text)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      blank = true;
      continue;
    }
    if (blank) out.push_back(' ');
    blank = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace vankien::readers
