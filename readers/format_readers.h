// The format readers that run in vankien-extract (readers/child_extraction.h), chosen by format.
#ifndef VANKIEN_READERS_FORMAT_READERS_H_
#define VANKIEN_READERS_FORMAT_READERS_H_

#include <string_view>

#include "readers/extraction.h"
#include "readers/file_format.h"

namespace vankien::readers {

// Reads `bytes` with the reader of `format` (PDF, DOCX, ODT, HTML, .doc, RTF). Throws
// ExtractionError for a file it cannot read, or for a format without such a reader (the corpus
// XML and plain text are read in the indexer itself: readers/file_reader.h).
Extraction ReadFormat(FileFormat format, std::string_view bytes, const ExtractOptions& options);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_FORMAT_READERS_H_
