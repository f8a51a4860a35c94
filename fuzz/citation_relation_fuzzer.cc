// Typed citations on any bytes, read as a document and as an article: one relation per number,
// a source that is another number or the text, evidence within the text holding the number.
#include "analysis/citation_relation.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace vankien;
  static analysis::Analyzer analyzer;  // built once: it owns an ICU break iterator
  std::string_view text = fuzz::AsText(data, size);
  analysis::Analysis analysis;
  analyzer.Analyze(text, &analysis);
  for (analysis::Voice voice : {analysis::Voice::kDocument, analysis::Voice::kArticle}) {
    const auto relations = analysis::FindCitationRelations(text, analysis, voice);
    fuzz::Require(relations.size() == analysis.identifiers.size(), "not one relation per number");
    for (std::size_t i = 0; i < relations.size(); ++i) {
      const analysis::CitationRelation& r = relations[i];
      if (r.relation == analysis::Relation::kNone) {
        fuzz::Require(r.evidence.empty(), "evidence for no relation");
        continue;
      }
      fuzz::RequireWithin(r.evidence, size, "evidence outside the text");
      fuzz::Require(r.evidence.begin <= analysis.identifiers[i].span.begin &&
                        analysis.identifiers[i].span.end <= r.evidence.end,
                    "evidence without its number");
      fuzz::Require(r.source == analysis::kTheText || (r.source < relations.size() && r.source != i),
                    "source neither the text nor another number");
      fuzz::Require(voice == analysis::Voice::kDocument || r.source != analysis::kTheText,
                    "an article as a source");
    }
  }
  return 0;
}
