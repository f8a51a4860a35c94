#include "readers/format_readers.h"

#include <string>

#include "readers/pdf_reader.h"

namespace vankien::readers {

Extraction ReadFormat(FileFormat format, std::string_view bytes, const ExtractOptions& options) {
  switch (format) {
    case FileFormat::kPdf: return ReadPdf(bytes, options);
    default: break;
  }
  throw ExtractionError("no reader for " + std::string(FormatName(format)) + " files");
}

}  // namespace vankien::readers
