// Format detection on any bytes, under each name an indexed file may have (the first byte
// picks it): never throws, whatever the content.
#include <filesystem>

#include "fuzz/fuzz_check.h"
#include "readers/file_format.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace vankien;
  if (size == 0) return 0;
  static const char* const kNames[] = {"a.xml", "a.txt", "a.html", "a.pdf", "a.docx",
                                       "a.odt", "a.doc", "a.rtf", "a", "a.bin"};
  std::filesystem::path name = kNames[data[0] % std::size(kNames)];
  readers::FileFormat format = readers::DetectFormat(fuzz::AsText(data + 1, size - 1), name);
  fuzz::Require(!readers::FormatName(format).empty(), "a format without a name");
  return 0;
}
