#include "readers/file_format.h"

#include <magic.h>

#include <algorithm>
#include <memory>

#include "analysis/utf8.h"

namespace vankien::readers {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

struct CloseMagic {
  void operator()(magic_set* cookie) const { magic_close(cookie); }
};

// This thread's libmagic handle, loaded once: a handle may not be shared between threads, and
// loading the database takes milliseconds. Null when the database cannot be loaded; the
// content is then told by the few signatures MimeTypeOf checks itself.
magic_set* ThreadMagic() {
  thread_local std::unique_ptr<magic_set, CloseMagic> cookie = [] {
    std::unique_ptr<magic_set, CloseMagic> opened(magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR));
    if (opened && magic_load(opened.get(), nullptr) != 0) opened.reset();
    return opened;
  }();
  return cookie.get();
}

std::string MimeTypeOf(std::string_view bytes) {
  if (magic_set* cookie = ThreadMagic()) {
    if (const char* type = magic_buffer(cookie, bytes.data(), bytes.size())) return type;
  }
  if (bytes.substr(0, 5) == "%PDF-") return "application/pdf";
  if (bytes.substr(0, 4) == "PK\x03\x04") return "application/zip";
  return "application/octet-stream";
}

bool Holds(std::string_view bytes, std::string_view part) { return bytes.find(part) != std::string_view::npos; }

// A zip container told by the names of its parts, which zip keeps uncompressed.
FileFormat ZipFormat(std::string_view bytes) {
  if (Holds(bytes, "mimetypeapplication/vnd.oasis.opendocument.text")) return FileFormat::kOdt;
  if (Holds(bytes, "word/document.xml")) return FileFormat::kDocx;
  return FileFormat::kUnknown;
}

// Whether the opening of the file has an <html element, in any case.
bool HasHtmlElement(std::string_view bytes) {
  std::string head(bytes.substr(0, 4096));
  for (char& c : head) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return head.find("<html") != std::string::npos;
}

// Whether `bytes` (the opening of a file) is UTF-8 text: well formed — but for a character cut
// at the end of the sample — without a NUL, and with at most one other control character
// (tab, line and page breaks aside) and one more per 1,000 bytes: text copied from elsewhere
// keeps a stray one (a group separator in a title), binary data holds them everywhere. libmagic reads a few signatures into text: a line starting "V" and a byte from E0 to FF
// ("Vụ", "Về", "Việt") is to it the sync word of LATM audio.
bool IsUtf8Text(std::string_view bytes) {
  std::size_t end = bytes.size();
  // A sample cut inside a character: leave out its last, incomplete sequence (at most 3 bytes).
  for (std::size_t back = 1; back <= 3 && back <= end; ++back) {
    const auto c = static_cast<unsigned char>(bytes[end - back]);
    if ((c & 0xC0) == 0xC0) {
      const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      if (back < length) end -= back;
      break;
    }
    if ((c & 0x80) == 0) break;
  }
  const std::string_view text = bytes.substr(0, end);
  if (analysis::CountInvalidUtf8(text) > 0 || text.find('\0') != std::string_view::npos) return false;
  const auto controls = std::count_if(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || byte == 0x7F;
  });
  return static_cast<std::size_t>(controls) <= 1 + text.size() / 1000;
}

}  // namespace

std::string_view FormatName(FileFormat format) {
  switch (format) {
    case FileFormat::kUnknown: return "unknown";
    case FileFormat::kXml: return "xml";
    case FileFormat::kText: return "text";
    case FileFormat::kHtml: return "html";
    case FileFormat::kPdf: return "pdf";
    case FileFormat::kDocx: return "docx";
    case FileFormat::kOdt: return "odt";
    case FileFormat::kDoc: return "doc";
    case FileFormat::kRtf: return "rtf";
  }
  return "unknown";
}

FileFormat FormatOfName(const std::filesystem::path& name) {
  const std::string extension = Lower(name.extension().string());
  if (extension == ".xml") return FileFormat::kXml;
  if (extension == ".txt") return FileFormat::kText;
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml") return FileFormat::kHtml;
  if (extension == ".pdf") return FileFormat::kPdf;
  if (extension == ".docx") return FileFormat::kDocx;
  if (extension == ".odt") return FileFormat::kOdt;
  if (extension == ".doc") return FileFormat::kDoc;
  if (extension == ".rtf") return FileFormat::kRtf;
  return FileFormat::kUnknown;
}

FileFormat DetectFormat(std::string_view bytes, const std::filesystem::path& name) {
  const FileFormat named = FormatOfName(name);
  if (bytes.empty()) return named;  // the reader says it is empty
  const std::string type = MimeTypeOf(bytes);
  if (type == "application/pdf") return FileFormat::kPdf;
  if (type == "text/rtf" || type == "application/rtf") return FileFormat::kRtf;
  if (type == "text/html" || type == "application/xhtml+xml") {
    // libmagic calls malformed XML with tags it knows HTML: a file named .xml is a page only
    // when it says so.
    return named != FileFormat::kXml || HasHtmlElement(bytes) ? FileFormat::kHtml : FileFormat::kXml;
  }
  // Word's documents and templates, macros or not; OpenDocument text, web and master documents.
  if (type.rfind("application/vnd.openxmlformats-officedocument.wordprocessingml", 0) == 0 ||
      type.rfind("application/vnd.ms-word.", 0) == 0) {
    return FileFormat::kDocx;
  }
  if (type.rfind("application/vnd.oasis.opendocument.text", 0) == 0) return FileFormat::kOdt;
  if (type == "application/msword" || type == "application/x-ole-storage" || type == "application/CDFV2") {
    return FileFormat::kDoc;
  }
  if (type == "application/zip") return ZipFormat(bytes);
  if (type == "text/xml" || type == "application/xml") {
    return named == FileFormat::kHtml ? FileFormat::kHtml : FileFormat::kXml;
  }
  // XML without a declaration may be called plain text: its name then says which.
  if (type == "text/plain") return named == FileFormat::kXml ? FileFormat::kXml : FileFormat::kText;
  // Other text (a script, source code, CSV) is read only when named as text.
  if (type.rfind("text/", 0) == 0 && named == FileFormat::kText) return named;
  // Text in a legacy 8-bit encoding may hold bytes libmagic takes for binary data; a file
  // named as text is given to the text reader, which refuses it if it is not.
  if (named == FileFormat::kText || named == FileFormat::kXml) return named;
  // UTF-8 text libmagic took for something else, under any name.
  if (IsUtf8Text(bytes)) return FileFormat::kText;
  return FileFormat::kUnknown;
}

}  // namespace vankien::readers
