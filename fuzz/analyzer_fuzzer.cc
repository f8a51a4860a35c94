// The analysis chain on any bytes: every token's span lies in the text, in order, and positions
// count up from the first one asked for.
#include "analysis/analyzer.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace vankien;
  static analysis::Analyzer analyzer;  // built once: it owns an ICU break iterator
  std::string_view text = fuzz::AsText(data, size);
  analysis::Analysis analysis;
  analyzer.Analyze(text, &analysis, 7);
  std::size_t previous_begin = 0;
  std::uint32_t position = 7;
  for (const analysis::Token& token : analysis.tokens) {
    fuzz::RequireWithin(token.span, size, "token span outside the text");
    fuzz::Require(token.span.begin >= previous_begin, "tokens out of order");
    fuzz::Require(token.position >= position, "token positions go back");
    previous_begin = token.span.begin;
    position = token.position;
  }
  for (const analysis::IdentifierMention& mention : analysis.identifiers) {
    fuzz::RequireWithin(mention.span, size, "identifier span outside the text");
  }
  analyzer.Analyze(text, &analysis, 0, analysis::Forms::kFoldedOnly);
  return 0;
}
