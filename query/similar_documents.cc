#include "query/similar_documents.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "schema/fields.h"

namespace vankien::query {
namespace {

constexpr int kTitleRepeats = 3;
// Query weights are term-frequency multiples: the best term counts this many times.
constexpr double kBestTermRepeats = 10;

// `text` cut to at most `bytes`, at a character boundary.
std::string_view Prefix(std::string_view text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  std::size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// Adds the words and word pairs of `text` to `frequency`, each occurrence `repeats` times.
void CountTerms(std::string_view text, int repeats, analysis::Analyzer* analyzer,
                std::map<std::string, int>* frequency) {
  analysis::Analysis analysis;
  analyzer->Analyze(text, &analysis, 0, analysis::Forms::kFoldedOnly);
  const std::string pair_prefix(schema::GetField(schema::field::kPair).prefix);
  const analysis::Token* previous = nullptr;
  for (const analysis::Token& token : analysis.tokens) {
    // Folded Vietnamese is ASCII: one byte is a one-letter word ("a", "o"), which tells nothing.
    const bool word = token.kind == analysis::TokenKind::kWord && token.folded.size() > 1;
    if (word) {
      (*frequency)[token.folded] += repeats;
      if (previous != nullptr && token.gap != analysis::Gap::kSentence) {
        (*frequency)[pair_prefix + previous->folded + ' ' + token.folded] += repeats;
      }
    }
    previous = word ? &token : nullptr;
  }
}

}  // namespace

std::vector<WeightedTerm> TellingTerms(const Xapian::Database& db, const schema::DocumentRecord& record,
                                       analysis::Analyzer* analyzer, std::size_t count, bool together) {
  std::map<std::string, int> frequency;
  CountTerms(record.title, kTitleRepeats, analyzer, &frequency);
  CountTerms(record.subject, kTitleRepeats, analyzer, &frequency);
  CountTerms(Prefix(record.text, kSimilarityTextBytes), 1, analyzer, &frequency);
  const double documents = std::max<double>(db.get_doccount(), 1);
  // Together: one search that ranks nothing but gathers the statistics of every term.
  Xapian::MSet statistics;
  if (together) {
    std::vector<Xapian::Query> each;
    for (const auto& entry : frequency) each.emplace_back(entry.first);
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, each.begin(), each.end()));
    statistics = enquire.get_mset(0, 0);
  }
  std::vector<WeightedTerm> terms;
  for (const auto& [term, tf] : frequency) {
    const Xapian::doccount df = together ? statistics.get_termfreq(term) : db.get_termfreq(term);
    if (df < 2 || df > documents / 2) continue;
    terms.push_back({term, (1 + std::log(tf)) * std::log(documents / df)});
  }
  const std::size_t kept = std::min(count, terms.size());
  std::partial_sort(terms.begin(), terms.begin() + static_cast<std::ptrdiff_t>(kept), terms.end(),
                    [](const WeightedTerm& a, const WeightedTerm& b) {
                      return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
                    });
  terms.resize(kept);
  return terms;
}

Xapian::Query SimilarityQuery(const std::vector<WeightedTerm>& terms) {
  if (terms.empty()) return Xapian::Query();
  std::vector<Xapian::Query> parts;
  for (const WeightedTerm& t : terms) {
    const auto repeats = static_cast<Xapian::termcount>(std::max(1.0, std::round(kBestTermRepeats * t.weight / terms[0].weight)));
    parts.emplace_back(t.term, repeats);
  }
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

}  // namespace vankien::query
