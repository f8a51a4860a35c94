// Reads an OpenDocument text (.odt): content.xml's paragraphs, headings, tables and notes, the
// headers and footers of styles.xml's master pages, and meta.xml as the container's metadata.
// Each run keeps the font its style names (through the font face declarations), which is what
// tells a run typed in a legacy 8-bit font such as ".VnTime".
#ifndef VANKIEN_READERS_ODT_READER_H_
#define VANKIEN_READERS_ODT_READER_H_

#include <string_view>

#include "readers/extraction.h"

namespace vankien::readers {

// Extracts the bytes of one .odt file: the body in document order (a table cell as one
// paragraph, its own paragraphs joined by "\n", row by row), then notes, then headers and
// footers. Throws ExtractionError for a corrupt container or a zip bomb (limits in `options`),
// malformed XML, or a file with no content.xml.
Extraction ReadOdt(std::string_view bytes, const ExtractOptions& options);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_ODT_READER_H_
