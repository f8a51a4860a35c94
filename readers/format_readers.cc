#include "readers/format_readers.h"

#include <string>

namespace vankien::readers {

Extraction ReadFormat(FileFormat format, std::string_view bytes, const ExtractOptions& options) {
  (void)bytes;
  (void)options;
  throw ExtractionError("no reader for " + std::string(FormatName(format)) + " files in this build");
}

}  // namespace vankien::readers
