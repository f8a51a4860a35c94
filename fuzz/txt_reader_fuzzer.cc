// The .txt reader on any bytes, both ways of reading line breaks: one record or an error.
#include "fuzz/fuzz_check.h"
#include "readers/txt_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace vankien;
  std::string_view bytes = fuzz::AsText(data, size);
  for (readers::LineBreaks breaks : {readers::LineBreaks::kParagraphs, readers::LineBreaks::kWrapped}) {
    readers::ReadResult result = readers::ReadTextArticle(bytes, "fuzz/input.txt", breaks);
    fuzz::Require(result.error ? result.documents.empty() : result.documents.size() == 1,
                  "not exactly one record or an error");
  }
  return 0;
}
