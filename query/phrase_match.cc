#include "query/phrase_match.h"

namespace vankien::query {

bool PhraseAt(const std::vector<analysis::Token>& tokens, std::size_t at, const std::vector<std::string>& words,
              std::string analysis::Token::*form) {
  if (words.empty() || at + words.size() > tokens.size()) return false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const analysis::Token& token = tokens[at + k];
    if (token.*form != words[k] || (k > 0 && token.gap == analysis::Gap::kSentence)) return false;
  }
  return true;
}

bool WritesExactPhrase(std::string_view text, const std::set<std::vector<std::string>>& phrases,
                       analysis::Analyzer* analyzer, analysis::Analysis* scratch, std::size_t max_scan_bytes) {
  if (phrases.empty()) return false;
  analyzer->Analyze(text.substr(0, max_scan_bytes), scratch);
  for (std::size_t i = 0; i < scratch->tokens.size(); ++i) {
    for (const std::vector<std::string>& phrase : phrases) {
      if (PhraseAt(scratch->tokens, i, phrase, &analysis::Token::exact)) return true;
    }
  }
  return false;
}

}  // namespace vankien::query
