// The corpus XML reader on any bytes: documents or an error, never both; an error's message
// is one line.
#include "fuzz/fuzz_check.h"
#include "readers/xml_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace vankien;
  readers::ReadResult result = readers::ReadXmlDocuments(fuzz::AsText(data, size));
  if (result.error) {
    fuzz::Require(result.documents.empty(), "documents beside an error");
    fuzz::Require(result.error->message.find('\n') == std::string::npos,
                  "an error message of several lines");
  }
  return 0;
}
