// Finding a phrase in analysed text: its words one after another within one sentence, as a
// quoted phrase matches (docs/query-language.md). The index finds phrases by the positions of
// folded words; this reads a text itself, for what the index cannot tell — whether a document
// writes a phrase in the exact forms typed — and for tools that check the index's answers.
#ifndef VANKIEN_QUERY_PHRASE_MATCH_H_
#define VANKIEN_QUERY_PHRASE_MATCH_H_

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"

namespace vankien::query {

// Whether `words` stand at tokens[at], tokens[at + 1], … with no sentence end between them,
// each equal to that token's `form` (&analysis::Token::folded or &analysis::Token::exact).
bool PhraseAt(const std::vector<analysis::Token>& tokens, std::size_t at, const std::vector<std::string>& words,
              std::string analysis::Token::*form);

// Whether the first max_scan_bytes of `text` write one of `phrases` — each the exact forms of
// its words (analysis::Token::exact) — as a phrase. *scratch holds the analysis.
bool WritesExactPhrase(std::string_view text, const std::set<std::vector<std::string>>& phrases,
                       analysis::Analyzer* analyzer, analysis::Analysis* scratch,
                       std::size_t max_scan_bytes = 64 * 1024);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_PHRASE_MATCH_H_
