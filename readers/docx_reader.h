// Reads a Word 2007+ document (.docx): the text of its body, tables, headers, footers,
// footnotes and endnotes, each run with the font it is typed in — the font name (".VnTime",
// "VNI-Times") is what tells a run typed in a legacy 8-bit encoding — and docProps/core.xml as
// the container's metadata.
#ifndef VANKIEN_READERS_DOCX_READER_H_
#define VANKIEN_READERS_DOCX_READER_H_

#include <string_view>

#include "readers/extraction.h"

namespace vankien::readers {

// Extracts the bytes of one .docx file. Body paragraphs come first in document order, a table
// cell as one paragraph (its own paragraphs joined by "\n") row by row; then headers, footers,
// footnotes and endnotes, so the body's layout leads. Throws ExtractionError for a corrupt
// container or a zip bomb (limits in `options`), malformed XML, or a file with no
// word/document.xml.
Extraction ReadDocx(std::string_view bytes, const ExtractOptions& options);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_DOCX_READER_H_
