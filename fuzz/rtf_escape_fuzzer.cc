// The RTF reader's rewriting of \uN fallbacks alone, on any bytes: thousands of times faster
// than rtf_reader, whose every input waits for unrtf.
#include "fuzz/fuzz_check.h"
#include "readers/rtf_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace vankien;
  std::string_view rtf = fuzz::AsText(data, size);
  std::string escaped = readers::EscapeUnicodeFallbacks(rtf);
  // It only inserts escapes: without \u there is nothing to do.
  if (rtf.find("\\u") == std::string_view::npos) {
    fuzz::Require(escaped == rtf, "RTF without \\u changed");
  }
  return 0;
}
