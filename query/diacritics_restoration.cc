#include "query/diacritics_restoration.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "analysis/token_filters.h"
#include "analysis/utf8.h"
#include "schema/fields.h"

namespace vankien::query {
namespace {

// The letters a Vietnamese letter written without diacritics may stand for.
std::u32string_view Variants(char c) {
  switch (c) {
    case 'a': return U"aăâ";
    case 'e': return U"eê";
    case 'o': return U"oôơ";
    case 'u': return U"uư";
    case 'd': return U"dđ";
    default: return {};
  }
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// The five tone marks, as combining characters: sắc, huyền, hỏi, ngã, nặng.
constexpr std::u32string_view kTones = U"\u0301\u0300\u0309\u0303\u0323";

// How much a restoration trusts the index over the context (as if the index had this many
// sightings): for a word alone, how the index writes it against how the context does; for a
// pair, the two words alone against how the context writes the pair.
constexpr double kContextSmoothing = 5;
constexpr double kPairSmoothing = 1;
// Forms of a word considered besides those the context shows: the index's most frequent.
constexpr std::size_t kIndexForms = 6;
// Sure when the context's pairs (else its words) agree this much, or, without context, the
// index's forms do.
constexpr double kAgreement = 0.8;
constexpr double kIndexAgreement = 0.9;

}  // namespace

std::vector<std::string> SyllableForms(std::string_view folded, std::size_t most) {
  std::size_t count = 1, vowels = 0;
  for (char c : folded) {
    if (c < 'a' || c > 'z') return {};
    if (!Variants(c).empty()) count *= Variants(c).size();
    if (IsVowel(c)) ++vowels;
    if (count > most) return {};
  }
  if (count * (1 + kTones.size() * vowels) > most) return {};
  std::vector<std::u32string> bases = {U""};
  for (char c : folded) {
    const std::u32string_view variants = Variants(c);
    std::vector<std::u32string> next;
    for (const std::u32string& base : bases) {
      if (variants.empty()) {
        next.push_back(base + static_cast<char32_t>(c));
      } else {
        for (char32_t v : variants) next.push_back(base + v);
      }
    }
    bases = std::move(next);
  }
  std::set<std::string> forms;
  for (const std::u32string& base : bases) {
    forms.insert(analysis::ExactForm(analysis::EncodeUtf8(base)));
    for (std::size_t i = 0; i < folded.size(); ++i) {
      if (!IsVowel(folded[i])) continue;
      for (char32_t tone : kTones) {
        std::u32string toned = base;
        toned.insert(toned.begin() + static_cast<std::ptrdiff_t>(i) + 1, tone);
        forms.insert(analysis::ExactForm(analysis::EncodeUtf8(toned)));
      }
    }
  }
  return {forms.begin(), forms.end()};
}

const std::vector<WordForms::Form>& WordForms::FormsOf(const std::string& folded) {
  if (forms_.size() >= kMostWords && !forms_.contains(folded)) forms_.clear();
  auto [entry, added] = forms_.try_emplace(folded);
  std::vector<Form>& forms = entry->second;
  if (!added) return forms;
  const Xapian::termcount total = db_.get_collection_freq(folded);
  if (total == 0) return forms;
  const std::string exact_prefix(schema::GetField(schema::field::kExact).prefix);
  const std::vector<std::string> candidates = SyllableForms(folded);
  Xapian::MSet held;  // together: the statistics of every candidate, from one search
  if (together_) {
    std::vector<Xapian::Query> each;
    for (const std::string& form : candidates) each.emplace_back(exact_prefix + form);
    Xapian::Enquire enquire(db_);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, each.begin(), each.end()));
    held = enquire.get_mset(0, 0);
  }
  Xapian::termcount accented = 0;
  for (const std::string& form : candidates) {
    if (form == folded || (together_ && held.get_termfreq(exact_prefix + form) == 0)) continue;
    if (const Xapian::termcount n = db_.get_collection_freq(exact_prefix + form); n > 0) {
      forms.push_back({form, n});
      accented += n;
    }
  }
  if (total > accented) forms.push_back({folded, total - accented});
  std::sort(forms.begin(), forms.end(), [](const Form& a, const Form& b) {
    return a.occurrences != b.occurrences ? a.occurrences > b.occurrences : a.exact < b.exact;
  });
  return forms;
}

RestoredQuery RestoreDiacritics(const std::vector<std::string>& folded_words, const std::vector<bool>& joined,
                                const std::vector<std::string_view>& context, WordForms* forms,
                                analysis::Analyzer* analyzer) {
  const std::size_t n = folded_words.size();
  // What the context shows: each form of a query word, and each pair of forms of neighbours.
  std::vector<std::map<std::string, int>> seen(n);
  std::vector<std::map<std::pair<std::string, std::string>, int>> seen_pairs(n);
  std::multimap<std::string_view, std::size_t> positions;
  for (std::size_t j = 0; j < n; ++j) positions.emplace(folded_words[j], j);
  analysis::Analysis analysis;
  for (std::string_view text : context) {
    analyzer->Analyze(text, &analysis);
    const analysis::Token* previous = nullptr;
    for (const analysis::Token& token : analysis.tokens) {
      if (token.kind != analysis::TokenKind::kWord) {
        previous = nullptr;
        continue;
      }
      auto [first, last] = positions.equal_range(token.folded);
      for (auto it = first; it != last; ++it) {
        const std::size_t j = it->second;
        ++seen[j][token.exact];
        const bool neighbours = j > 0 && j < joined.size() && joined[j] && previous != nullptr &&
                                token.gap != analysis::Gap::kSentence && previous->folded == folded_words[j - 1];
        if (neighbours) ++seen_pairs[j][{previous->exact, token.exact}];
      }
      previous = &token;
    }
  }
  // Candidates and their probabilities, position by position. A word alone: how often the
  // context writes it so, smoothed toward how often the index does. Neighbours: how often the
  // context writes the pair so, smoothed toward the two words alone. The best restoration is the
  // most probable chain (Viterbi): P(a b c) = P(a b) · P(b c) / P(b).
  std::vector<std::vector<std::string>> candidates(n);
  std::vector<std::vector<double>> alone(n);  // log P(form), by candidate
  std::vector<std::vector<double>> score(n);
  std::vector<std::vector<std::size_t>> from(n);
  std::vector<Xapian::termcount> totals(n, 0);
  for (std::size_t j = 0; j < n; ++j) {
    const std::vector<WordForms::Form>& known = forms->FormsOf(folded_words[j]);
    std::map<std::string, Xapian::termcount> occurrences;
    for (const WordForms::Form& form : known) {
      occurrences[form.exact] = form.occurrences;
      totals[j] += form.occurrences;
    }
    for (std::size_t k = 0; k < known.size() && k < kIndexForms; ++k) candidates[j].push_back(known[k].exact);
    int votes = 0;
    for (const auto& [exact, count] : seen[j]) {
      votes += count;
      if (std::find(candidates[j].begin(), candidates[j].end(), exact) == candidates[j].end()) candidates[j].push_back(exact);
    }
    if (candidates[j].empty()) candidates[j].push_back(folded_words[j]);
    const double in_context_share = votes / (votes + kContextSmoothing);
    for (const std::string& form : candidates[j]) {
      const auto occurring = occurrences.find(form);
      const double in_index = ((occurring == occurrences.end() ? 0.0 : occurring->second) + 1.0) /
                              (totals[j] + static_cast<double>(candidates[j].size()));
      const auto in_context = seen[j].find(form);
      const double in_context_p = votes == 0 || in_context == seen[j].end() ? 0.0 : static_cast<double>(in_context->second) / votes;
      alone[j].push_back(std::log(in_context_share * in_context_p + (1 - in_context_share) * in_index));
    }
    int pairs_seen = 0;
    for (const auto& [forms_pair, count] : seen_pairs[j]) pairs_seen += count;
    for (std::size_t c = 0; c < candidates[j].size(); ++c) {
      if (j == 0) {
        score[j].push_back(alone[j][c]);
        from[j].push_back(0);
        continue;
      }
      double best = -1e300;
      std::size_t best_from = 0;
      for (std::size_t p = 0; p < candidates[j - 1].size(); ++p) {
        double step = alone[j][c];  // not neighbours, or no pair seen: the word alone
        if (pairs_seen > 0) {
          const auto together = seen_pairs[j].find({candidates[j - 1][p], candidates[j][c]});
          const double count = together == seen_pairs[j].end() ? 0.0 : together->second;
          const double prior = std::exp(alone[j - 1][p] + alone[j][c]);
          step = std::log((count + kPairSmoothing * prior) / (pairs_seen + kPairSmoothing)) - alone[j - 1][p];
        }
        if (score[j - 1][p] + step > best) {
          best = score[j - 1][p] + step;
          best_from = p;
        }
      }
      score[j].push_back(best);
      from[j].push_back(best_from);
    }
  }
  RestoredQuery restored;
  restored.words.resize(n);
  restored.confident.resize(n);
  if (n == 0) return restored;
  std::size_t chosen = static_cast<std::size_t>(
      std::max_element(score[n - 1].begin(), score[n - 1].end()) - score[n - 1].begin());
  for (std::size_t j = n; j-- > 0;) {
    const std::string& form = candidates[j][chosen];
    restored.words[j] = form;
    // Sure when what the context shows agrees: the pairs with a neighbour if any, else the word.
    int pair_votes = 0, pair_agreeing = 0;
    for (const auto& [forms_pair, count] : seen_pairs[j]) {
      pair_votes += count;
      if (forms_pair.second == form) pair_agreeing += count;
    }
    if (j + 1 < n) {
      for (const auto& [forms_pair, count] : seen_pairs[j + 1]) {
        pair_votes += count;
        if (forms_pair.first == form) pair_agreeing += count;
      }
    }
    int votes = 0;
    for (const auto& [exact, count] : seen[j]) votes += count;
    const auto agreeing = seen[j].find(form);
    if (pair_votes >= 2) {
      restored.confident[j] = pair_agreeing >= kAgreement * pair_votes;
    } else if (votes >= 2) {
      restored.confident[j] = agreeing != seen[j].end() && agreeing->second >= kAgreement * votes;
    } else {
      const std::vector<WordForms::Form>& known = forms->FormsOf(folded_words[j]);
      restored.confident[j] = !known.empty() && known.front().exact == form &&
                              known.front().occurrences >= kIndexAgreement * totals[j];
    }
    chosen = from[j][chosen];
  }
  return restored;
}

}  // namespace vankien::query
