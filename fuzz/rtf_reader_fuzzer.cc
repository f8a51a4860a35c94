// The RTF reader on any bytes: unrtf runs as a child process for each input (a few
// milliseconds, as slow as the PDF target), and what is fuzzed is the project's side of it —
// the \uN rewriting before, the reading of unrtf's HTML and of the \info group after. A bad
// file must be an ExtractionError only (MissingComponent, one, when unrtf is not installed).
#include "fuzz/fuzz_check.h"
#include "readers/rtf_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace vankien;
  try {
    readers::ReadRtf(fuzz::AsText(data, size), readers::ExtractOptions{});
  } catch (const readers::ExtractionError& e) {
    fuzz::Require(std::string_view(e.what()).find('\n') == std::string_view::npos,
                  "an error message of several lines");
  }
  return 0;
}
