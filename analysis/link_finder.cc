#include "analysis/link_finder.h"

#include "analysis/text_scan.h"

namespace vankien::analysis {
namespace {

constexpr std::size_t kMaxUrlBytes = 2048;
constexpr std::size_t kMaxEmailPartBytes = 255;

bool EndsUrl(std::string_view text, std::size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\'' || c == '`') return true;
  // Curly quotes and the no-break space end a URL too.
  return text.substr(i, 3) == "“" || text.substr(i, 3) == "”" || text.substr(i, 2) == "\xC2\xA0";
}

bool IsTrailingPunctuation(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')';
}

bool StartsUrl(std::string_view text, std::size_t i) {
  auto starts_with = [&](std::string_view prefix) {
    if (text.size() - i < prefix.size()) return false;
    for (std::size_t k = 0; k < prefix.size(); ++k) {
      char c = text[i + k];
      if (IsAsciiUpper(c)) c = static_cast<char>(c - 'A' + 'a');
      if (c != prefix[k]) return false;
    }
    return true;
  };
  return starts_with("http://") || starts_with("https://") || starts_with("www.");
}

bool IsEmailLocalChar(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool IsDomainChar(char c) { return IsAsciiAlnum(c) || c == '.' || c == '-'; }

}  // namespace

std::vector<TextSpan> FindUrls(std::string_view text) {
  std::vector<TextSpan> spans;
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if ((c != 'h' && c != 'H' && c != 'w' && c != 'W') || !StartsUrl(text, i)) {
      ++i;
      continue;
    }
    std::size_t ignored = 0;
    if (IsWordChar(CodePointBefore(text, i, &ignored))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && end - i < kMaxUrlBytes && !EndsUrl(text, end)) ++end;
    while (end > i && IsTrailingPunctuation(text[end - 1])) --end;
    spans.push_back({i, end});
    i = end > i ? end : i + 1;
  }
  return spans;
}

std::vector<TextSpan> FindEmails(std::string_view text) {
  std::vector<TextSpan> spans;
  std::size_t search_from = 0;
  while (true) {
    std::size_t at = text.find('@', search_from);
    if (at == std::string_view::npos) break;
    search_from = at + 1;
    std::size_t begin = at;
    while (begin > 0 && at - begin < kMaxEmailPartBytes && IsEmailLocalChar(text[begin - 1])) {
      --begin;
    }
    while (begin < at && text[begin] == '.') ++begin;
    std::size_t end = at + 1;
    while (end < text.size() && end - at < kMaxEmailPartBytes && IsDomainChar(text[end])) ++end;
    while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
    std::string_view domain = text.substr(at + 1, end - at - 1);
    std::size_t dot = domain.rfind('.');
    if (begin == at || dot == std::string_view::npos || dot == 0 || domain.size() - dot < 3) {
      continue;
    }
    if (!spans.empty() && spans.back().end > begin) continue;
    spans.push_back({begin, end});
    search_from = end;
  }
  return spans;
}

}  // namespace vankien::analysis
