// The official layout reader on any bytes: the layout's spans lie in the text.
#include "fuzz/fuzz_check.h"
#include "readers/official_layout.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace vankien;
  if (auto layout = readers::ReadOfficialLayout(fuzz::AsText(data, size))) {
    fuzz::RequireWithin(layout->header, size, "header span outside the text");
    fuzz::RequireWithin(layout->signature, size, "signature span outside the text");
    fuzz::RequireWithin(layout->recipients, size, "recipients span outside the text");
  }
  return 0;
}
