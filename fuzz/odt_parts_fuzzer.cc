// The ODT reader's XML: the input is its parts (content.xml, styles.xml, meta.xml),
// apart by "|||", packed into a zip (fuzz/zip_parts.h). A bad part must be an ExtractionError only.
#include "fuzz/fuzz_check.h"
#include "fuzz/zip_parts.h"
#include "readers/odt_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace vankien;
  const std::string zip = fuzz::ZipOfParts(fuzz::AsText(data, size), {"content.xml", "styles.xml", "meta.xml"});
  try {
    readers::ReadOdt(zip, readers::ExtractOptions{});
  } catch (const readers::ExtractionError& e) {
    fuzz::Require(std::string_view(e.what()).find('\n') == std::string_view::npos,
                  "an error message of several lines");
  }
  return 0;
}
