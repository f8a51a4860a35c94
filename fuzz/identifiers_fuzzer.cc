// The identifier extractor on any bytes: spans lie in the text, and every canonical form it
// gives is read back by ParseIdentifier as itself (the index and the query meet on it).
#include "analysis/identifier_extractor.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace vankien;
  std::string_view text = fuzz::AsText(data, size);
  for (const analysis::IdentifierMention& mention : analysis::ExtractIdentifiers(text)) {
    fuzz::RequireWithin(mention.span, size, "identifier span outside the text");
    fuzz::RequireWithin(mention.date_span, size, "date span outside the text");
    fuzz::RequireWithin(mention.issuer_span, size, "issuer span outside the text");
    fuzz::RequireWithin(mention.subject_span, size, "subject span outside the text");
    auto again = analysis::ParseIdentifier(mention.canonical);
    fuzz::Require(again && again->canonical == mention.canonical,
                  "a canonical identifier does not parse back as itself");
  }
  analysis::ParseIdentifier(text);
  analysis::TheIdentifierIn(text);
  return 0;
}
