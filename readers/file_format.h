// Which reader a file needs, told by its content (libmagic, as omindex and Recoll choose their
// filters by MIME type), not by its name alone: a ".doc" that is really RTF or HTML, a PDF
// without its extension and a ".txt" that is HTML are each read as what they are.
#ifndef VANKIEN_READERS_FILE_FORMAT_H_
#define VANKIEN_READERS_FILE_FORMAT_H_

#include <filesystem>
#include <string>
#include <string_view>

namespace vankien::readers {

enum class FileFormat {
  kUnknown,  // not a document vankien reads: skipped and counted
  kXml,      // the vankien corpus format (corpus/FORMAT.md)
  kText,     // plain text, UTF-8 or a legacy Vietnamese encoding
  kHtml,
  kPdf,
  kDocx,
  kOdt,
  kDoc,      // Word 97–2003
  kRtf,
};

// A short lower-case name for summaries and messages: "pdf", "docx", "text" …
std::string_view FormatName(FileFormat format);

// The format the extension names (any case): .xml, .txt, .htm/.html/.xhtml, .pdf, .docx,
// .odt, .doc, .rtf; kUnknown for any other extension or none. Only says what to look inside for.
FileFormat FormatOfName(const std::filesystem::path& name);

// The format of a file from its first bytes (at least the first 64 KiB when the file is that
// long; a zip container needs its central directory, so pass the whole file for DOCX/ODT to be
// told apart) and its name, used only where the content leaves a choice: an XML file is kXml,
// an XHTML page kHtml; text is kText unless it is HTML, XML or RTF; a zip is DOCX or ODT by the
// parts it holds. Never throws; thread-safe (each thread keeps its own libmagic handle).
FileFormat DetectFormat(std::string_view bytes, const std::filesystem::path& name);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_FILE_FORMAT_H_
