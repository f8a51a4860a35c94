// The PDF reader: poppler's parsing of any bytes (OCR off: it is Tesseract's, and slow). In production
// it runs in a child process under limits (readers/child_extraction.h); here it runs in-process,
// so a crash or leak shows. A bad file must be an ExtractionError and nothing else.
#include "fuzz/fuzz_check.h"
#include "readers/pdf_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace vankien;
  readers::ExtractOptions options;
  options.ocr = false;
  options.threads = 1;
  try {
    readers::ReadPdf(fuzz::AsText(data, size), options);
  } catch (const readers::ExtractionError& e) {
    fuzz::Require(std::string_view(e.what()).find('\n') == std::string_view::npos,
                  "an error message of several lines");
  }
  return 0;
}
