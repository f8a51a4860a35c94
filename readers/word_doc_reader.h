// Reads a Word 97–2003 document (.doc) through catdoc, run as a child process. catdoc rather
// than antiword: on the sample fixture both give every Vietnamese word right (150 of 150), but
// catdoc writes each paragraph — a table cell's too — on a line of its own (a row's cells apart
// by tabs), where antiword draws tables as a grid of padded columns whose cells cannot be told
// apart. Neither keeps fonts: a run typed in a legacy font comes out as the code points its
// bytes decode to in windows-1252 ("§¶ng" for "Đảng" in .VnTime), with no font name.
#ifndef VANKIEN_READERS_WORD_DOC_READER_H_
#define VANKIEN_READERS_WORD_DOC_READER_H_

#include <string_view>

#include "readers/extraction.h"

namespace vankien::readers {

// Extracts the bytes of one .doc file: a paragraph per paragraph of the document, per table
// cell and per tab-separated part of a line, runs without fonts, no metadata. A ".doc"
// that is really RTF, as many sites serve, is read as RTF (rtf_reader.h). Throws
// MissingComponent("…", "catdoc") when catdoc is not installed, and ExtractionError for bytes
// that are not a Word document (catdoc would print them as text) or that catdoc cannot read.
Extraction ReadWordDoc(std::string_view bytes, const ExtractOptions& options);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_WORD_DOC_READER_H_
