#include "readers/rtf_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>

#include "analysis/date.h"
#include "analysis/utf8.h"
#include "readers/external_tool.h"
#include "readers/html_charset.h"
#include "readers/html_text.h"
#include "readers/text_cleanup.h"

namespace vankien::readers {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The value of a hexadecimal digit, or -1.
int HexDigit(char c) {
  if (IsDigit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The number after the control word `word` (such as "\yr") at rtf[pos], or nullopt.
std::optional<int> NumberAfter(std::string_view rtf, std::size_t pos, std::string_view word) {
  if (rtf.substr(pos, word.size()) != word) return std::nullopt;
  int value = 0;
  std::size_t i = pos + word.size();
  const std::size_t start = i;
  for (; i < rtf.size() && IsDigit(rtf[i]) && i - start < 5; ++i) value = value * 10 + (rtf[i] - '0');
  return i == start ? std::nullopt : std::optional<int>(value);
}

// "\creatim\yr2019\mo4\dy3…" → "2019-04-03", or "".
std::string CreationDate(std::string_view rtf) {
  const std::size_t at = rtf.find("\\creatim");
  if (at == std::string_view::npos) return "";
  int year = 0, month = 0, day = 0;
  for (std::size_t i = at + 8; i < rtf.size() && i < at + 80 && rtf[i] != '}'; ++i) {
    if (auto n = NumberAfter(rtf, i, "\\yr")) year = *n;
    if (auto n = NumberAfter(rtf, i, "\\mo")) month = *n;
    if (auto n = NumberAfter(rtf, i, "\\dy")) day = *n;
  }
  if (!analysis::IsValidDate(year, month, day)) return "";
  return analysis::Date{year, month, day}.ToIso();
}

// The text of the \info group's field `word` ("\title"), decoded: \uN with its fallback
// skipped, \'hh and plain bytes in the document's ANSI code page. unrtf writes these fields
// with every non-ASCII letter lost, so they are read here. "" when there is none.
std::string InfoField(std::string_view rtf, std::string_view word) {
  std::size_t at = rtf.find("{" + std::string(word));
  while (at != std::string_view::npos && at + 1 + word.size() < rtf.size() &&
         std::isalpha(static_cast<unsigned char>(rtf[at + 1 + word.size()]))) {
    at = rtf.find("{" + std::string(word), at + 1);  // "{\titlepg" is another word
  }
  if (at == std::string_view::npos) return "";
  std::string charset = "WINDOWS-1252";
  if (const std::size_t page = rtf.find("\\ansicpg"); page != std::string_view::npos) {
    if (auto number = NumberAfter(rtf, page, "\\ansicpg")) charset = "WINDOWS-" + std::to_string(*number);
  }
  std::string text;
  std::string bytes;  // 8-bit text not yet converted
  auto flush = [&] {
    text += ConvertToUtf8(bytes, charset);
    bytes.clear();
  };
  int fallback_length = 1;
  int to_skip = 0;
  auto put = [&](char c) {
    if (to_skip > 0) --to_skip;
    else bytes += c;
  };
  int depth = 1;
  std::size_t i = at + 1 + word.size();
  if (i < rtf.size() && rtf[i] == ' ') ++i;
  while (i < rtf.size() && depth > 0) {
    const char c = rtf[i];
    if (c == '{' || c == '}') {
      depth += c == '{' ? 1 : -1;
      ++i;
    } else if (c != '\\') {
      if (c != '\r' && c != '\n') put(c);
      ++i;
    } else if (i + 1 < rtf.size() && (rtf[i + 1] == '\\' || rtf[i + 1] == '{' || rtf[i + 1] == '}')) {
      put(rtf[i + 1]);
      i += 2;
    } else if (i + 3 < rtf.size() && rtf[i + 1] == '\'') {
      const int high = HexDigit(rtf[i + 2]);
      const int low = HexDigit(rtf[i + 3]);
      const bool valid = high >= 0 && low >= 0;
      if (valid) put(static_cast<char>(high * 16 + low));
      i += valid ? 4 : 2;  // a malformed escape leaves what follows it as text
    } else {
      std::size_t end = i + 1;
      while (end < rtf.size() && std::isalpha(static_cast<unsigned char>(rtf[end]))) ++end;
      const std::string_view name = rtf.substr(i + 1, end - i - 1);
      const bool negative = end < rtf.size() && rtf[end] == '-';
      long value = 0;
      std::size_t digits = end + (negative ? 1 : 0);
      for (; digits < rtf.size() && IsDigit(rtf[digits]) && digits - end < 7; ++digits) value = value * 10 + (rtf[digits] - '0');
      if (negative) value = -value;
      if (name == "u") {
        flush();
        analysis::AppendUtf8(static_cast<char32_t>(value < 0 ? value + 65536 : value), &text);
        to_skip = fallback_length;
      } else if (name == "uc") {
        fallback_length = static_cast<int>(value);
      }
      i = std::max(digits, end + (end == i + 1 ? 1 : 0));
      if (i < rtf.size() && rtf[i] == ' ') ++i;
    }
  }
  flush();
  return CollapseWhitespace(text);
}

// unrtf's HTML without its alignment wrappers (<center>, <div align=…>), which it opens
// lazily, after the first escaped characters of a paragraph ("&sect;&para;<div
// align="right">ng<br>"), splitting words. Every paragraph ends with a <br> of its own, so
// nothing else depends on them.
std::string WithoutAlignment(std::string html) {
  for (const char* tag : {"<center>", "</center>", "<div align=", "</div>"}) {
    for (std::size_t at = html.find(tag); at != std::string::npos; at = html.find(tag, at)) {
      std::size_t end = html.find('>', at);
      if (end != std::string::npos && end + 1 < html.size() && html[end + 1] == '\n') ++end;  // its own line break
      html.erase(at, end == std::string::npos ? std::string::npos : end + 1 - at);
    }
  }
  return html;
}

// Splits paragraphs at the "\n" of unrtf's <br>, which is how it ends every RTF paragraph.
std::vector<Paragraph> SplitLines(const std::vector<Paragraph>& paragraphs) {
  std::vector<Paragraph> lines;
  for (const Paragraph& paragraph : paragraphs) {
    Paragraph line;
    for (const TextRun& run : paragraph.runs) {
      std::size_t start = 0;
      for (std::size_t end = run.text.find('\n'); ; end = run.text.find('\n', start)) {
        const std::string piece = run.text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!piece.empty()) line.runs.push_back(TextRun{piece, run.font});
        if (end == std::string::npos) break;
        if (!line.runs.empty()) lines.push_back(std::move(line));
        line = Paragraph{};
        start = end + 1;
      }
    }
    if (!line.runs.empty()) lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace

std::string EscapeUnicodeFallbacks(std::string_view rtf) {
  std::string out;
  out.reserve(rtf.size());
  int skip_count = 1;  // \ucN: how many characters follow \uN as its fallback
  for (std::size_t i = 0; i < rtf.size();) {
    if (rtf[i] != '\\' || i + 1 >= rtf.size()) {
      out += rtf[i++];
      continue;
    }
    if (rtf[i + 1] == '\\' || rtf[i + 1] == '{' || rtf[i + 1] == '}' || rtf[i + 1] == '\'') {
      out.append(rtf.substr(i, 2));  // an escaped symbol or the start of \'hh
      i += 2;
      continue;
    }
    if (auto uc = NumberAfter(rtf, i, "\\uc")) {
      skip_count = *uc;
    } else if (rtf[i + 1] == 'u' && i + 2 < rtf.size() && (IsDigit(rtf[i + 2]) || rtf[i + 2] == '-')) {
      std::size_t end = i + 3;
      while (end < rtf.size() && IsDigit(rtf[end])) ++end;
      out.append(rtf.substr(i, end - i));
      if (end < rtf.size() && rtf[end] == ' ') ++end;  // the control word's delimiter
      if (skip_count == 0) {
        out += "\\'3f";
      } else if (end < rtf.size() && rtf[end] != '\\' && rtf[end] != '{' && rtf[end] != '}') {
        char escape[8];
        std::snprintf(escape, sizeof escape, "\\'%02x", static_cast<unsigned char>(rtf[end]));
        out += escape;
        ++end;
      }
      i = end;
      continue;
    }
    // Any other control word is copied as it is.
    std::size_t end = i + 1;
    while (end < rtf.size() && ((rtf[end] >= 'a' && rtf[end] <= 'z') || (rtf[end] >= 'A' && rtf[end] <= 'Z'))) ++end;
    if (end == i + 1) ++end;  // a control symbol such as "\~"
    out.append(rtf.substr(i, end - i));
    i = end;
  }
  return out;
}

Extraction ReadRtf(std::string_view bytes, const ExtractOptions&) {
  if (bytes.substr(0, 5) != "{\\rtf") throw ExtractionError("not an RTF file: it does not start with {\\rtf");
  const std::string html = RunTool(ToolRun{"unrtf", {"--html"}, "unrtf"}, EscapeUnicodeFallbacks(bytes));
  const HtmlDocument document(WithoutAlignment(ConvertToUtf8(html, DetectHtmlCharset(html))));

  Extraction extraction;
  if (const xmlNode* body = FindElement(document.root(), "body")) {
    extraction.paragraphs = SplitLines(HtmlParagraphs(body, nullptr, FontScope::kUntilChanged));
  }
  extraction.metadata.title = InfoField(bytes, "\\title");
  extraction.metadata.author = InfoField(bytes, "\\author");
  extraction.metadata.subject = InfoField(bytes, "\\subject");
  extraction.metadata.date = CreationDate(bytes);
  return extraction;
}

}  // namespace vankien::readers
