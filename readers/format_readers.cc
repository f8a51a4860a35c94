#include "readers/format_readers.h"

#include <string>

#include "readers/docx_reader.h"
#include "readers/html_reader.h"
#include "readers/odt_reader.h"
#include "readers/pdf_reader.h"
#include "readers/rtf_reader.h"
#include "readers/word_doc_reader.h"

namespace vankien::readers {

Extraction ReadFormat(FileFormat format, std::string_view bytes, const ExtractOptions& options) {
  switch (format) {
    case FileFormat::kPdf: return ReadPdf(bytes, options);
    case FileFormat::kDocx: return ReadDocx(bytes, options);
    case FileFormat::kOdt: return ReadOdt(bytes, options);
    case FileFormat::kHtml: return ReadHtml(bytes, options);
    case FileFormat::kDoc: return ReadWordDoc(bytes, options);
    case FileFormat::kRtf: return ReadRtf(bytes, options);
    case FileFormat::kUnknown:
    case FileFormat::kXml:
    case FileFormat::kText:
      break;
  }
  throw ExtractionError("no reader for " + std::string(FormatName(format)) + " files");
}

}  // namespace vankien::readers
