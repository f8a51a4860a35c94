#include "tools/topic_candidates.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analysis/token_filters.h"

namespace vankien::tools {
namespace {

bool StartsUpperCase(const std::string& text, const analysis::Token& token) {
  std::size_t offset = token.span.begin;
  UChar32 c = 0;
  U8_NEXT(text.data(), offset, token.span.end, c);
  return c > 0 && u_isupper(c);
}

// The titles of offices and the forms of address that open most political news, and "tổ chức"
// (to organise, to hold, an organisation). They say who speaks or that something took place,
// not what about, yet in a thousand labelled documents they correlated with topics by chance and
// were learnt with large weights (issue 24).
const std::set<std::string>& BarredPairs() {
  static const std::set<std::string> kBarred = [] {
    std::set<std::string> folded;
    for (const char* pair : {"chủ tịch", "phó chủ", "bí thư", "phó bí", "tổng bí", "thủ tướng", "phó thủ",
                             "bộ trưởng", "thứ trưởng", "giám đốc", "phó giám", "tổng giám", "chủ nhiệm",
                             "trưởng ban", "phó trưởng", "ủy viên", "đồng chí", "tổ chức"}) {
      folded.insert(analysis::FoldedWords(pair));
    }
    return folded;
  }();
  return kBarred;
}

}  // namespace

bool IsBarredPair(const std::string& folded_pair) { return BarredPairs().count(folded_pair) > 0; }

bool IsWordOfBarredPair(const std::string& folded_word) {
  for (const std::string& pair : BarredPairs()) {
    const std::size_t space = pair.find(' ');
    if (pair.compare(0, space, folded_word) == 0 || pair.compare(space + 1, std::string::npos, folded_word) == 0) {
      return true;
    }
  }
  return false;
}

namespace {

// Terms of `words` words (1 or 2) read as a phrase, in at least min_df of the documents and at
// most half of them, not mostly capitalised; `barred` says which (folded) to leave out besides.
std::vector<Candidate> FindTerms(const std::vector<const LabelledDocument*>& training, int min_df, std::size_t words,
                                 bool (*barred)(const std::string&)) {
  std::unordered_map<std::string, int> document_frequency;
  std::unordered_map<std::string, int> capitalised;  // occurrences as a name, minus others
  std::unordered_map<std::string, std::map<std::string, int>> exact_forms;
  for (const LabelledDocument* doc : training) {
    std::set<std::string> seen;
    const std::pair<const std::string*, const std::vector<analysis::Token>*> parts[] = {
        {&doc->title_text, &doc->title}, {&doc->subject_text, &doc->subject}, {&doc->text_text, &doc->text}};
    for (const auto& [text, tokens] : parts) {
      for (std::size_t i = words - 1; i < tokens->size(); ++i) {
        const analysis::Token& a = (*tokens)[i + 1 - words];
        const analysis::Token& b = (*tokens)[i];
        if (a.kind != analysis::TokenKind::kWord || b.kind != analysis::TokenKind::kWord) continue;
        if (words == 2 && b.gap != analysis::Gap::kBlank) continue;
        std::string folded = words == 2 ? a.folded + " " + b.folded : b.folded;
        exact_forms[folded][words == 2 ? a.exact + " " + b.exact : b.exact]++;
        capitalised[folded] += StartsUpperCase(*text, a) && StartsUpperCase(*text, b) ? 1 : -1;
        seen.insert(std::move(folded));
      }
    }
    for (const std::string& term : seen) document_frequency[term]++;
  }
  std::vector<Candidate> candidates;
  for (const auto& [folded, df] : document_frequency) {
    if (df < min_df || 2 * df > static_cast<int>(training.size())) continue;
    if (capitalised[folded] > 0 || barred(folded)) continue;
    const auto& forms = exact_forms[folded];
    auto commonest = std::max_element(forms.begin(), forms.end(),
                                      [](const auto& a, const auto& b) { return a.second < b.second; });
    candidates.push_back({folded, commonest->first});
  }
  std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) { return a.folded < b.folded; });
  return candidates;
}

}  // namespace

std::vector<Candidate> FindCandidates(const std::vector<const LabelledDocument*>& training, int min_df) {
  return FindTerms(training, min_df, 2, IsBarredPair);
}

std::vector<Candidate> FindWordCandidates(const std::vector<const LabelledDocument*>& training, int min_df) {
  return FindTerms(training, min_df, 1, IsWordOfBarredPair);
}

}  // namespace vankien::tools
