#include "readers/html_charset.h"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>

#include "analysis/utf8.h"

namespace vankien::readers {
namespace {

// How far into the page a charset declaration is looked for (the HTML standard's prescan
// reads 1024 bytes; pages with long scripts in the head put it later).
constexpr std::size_t kPrescanBytes = 8192;

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

// The label after "charset=" in a <meta …> tag's text, or "".
std::string CharsetInTag(std::string_view tag) {
  const std::size_t at = tag.find("charset");
  if (at == std::string_view::npos) return "";
  std::size_t i = at + 7;
  while (i < tag.size() && (tag[i] == ' ' || tag[i] == '=' || tag[i] == '"' || tag[i] == '\'')) ++i;
  std::size_t end = i;
  while (end < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[end])) || tag[end] == '-' ||
                              tag[end] == '_' || tag[end] == ':' || tag[end] == '.')) {
    ++end;
  }
  return std::string(tag.substr(i, end - i));
}

std::string DeclaredCharset(std::string_view bytes) {
  const std::string head = Lower(bytes.substr(0, kPrescanBytes));
  for (std::size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    const std::size_t close = head.find('>', at);
    const std::string label = CharsetInTag(std::string_view(head).substr(at, close == std::string::npos ? head.npos : close - at));
    if (!label.empty()) return label;
  }
  return "";
}

std::string IconvName(const std::string& label) {
  if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii" || label == "l1") {
    return "WINDOWS-1252";
  }
  if (label == "utf8") return "UTF-8";
  std::string name = label;
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
  return name;
}

}  // namespace

std::string DetectHtmlCharset(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return "UTF-8";
  if (bytes.substr(0, 2) == "\xFF\xFE") return "UTF-16LE";
  if (bytes.substr(0, 2) == "\xFE\xFF") return "UTF-16BE";
  if (std::string declared = DeclaredCharset(bytes); !declared.empty()) return IconvName(declared);
  return analysis::CountInvalidUtf8(bytes) == 0 ? "UTF-8" : "WINDOWS-1252";
}

std::string ConvertToUtf8(std::string_view bytes, const std::string& charset) {
  if (charset == "UTF-8") {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    return analysis::SanitizeUtf8(bytes);
  }
  iconv_t converter = iconv_open("UTF-8", charset.c_str());
  if (converter == reinterpret_cast<iconv_t>(-1)) return ConvertToUtf8(bytes, "UTF-8");
  std::string out;
  out.reserve(bytes.size() * 2);
  char buffer[4096];
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  auto convert = [&](char** input, std::size_t* input_left) {
    char* write = buffer;
    std::size_t out_left = sizeof buffer;
    const std::size_t result = iconv(converter, input, input_left, &write, &out_left);
    out.append(buffer, static_cast<std::size_t>(write - buffer));
    return result != static_cast<std::size_t>(-1) || errno == E2BIG;
  };
  while (in_left > 0) {
    if (!convert(&in, &in_left)) {
      // An unmapped byte, or a sequence cut short at the end: one byte becomes U+FFFD.
      out += "\xEF\xBF\xBD";
      ++in;
      --in_left;
    }
  }
  // Null input flushes what the converter holds back (windows-1258 keeps a base letter until
  // it sees whether a combining tone mark follows): a character or two, well within a buffer.
  convert(nullptr, nullptr);
  iconv_close(converter);
  const std::string bom = "\xEF\xBB\xBF";
  if (out.compare(0, bom.size(), bom) == 0) out.erase(0, bom.size());
  return out;
}

}  // namespace vankien::readers
