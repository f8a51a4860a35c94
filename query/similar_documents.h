// "More like this": the query that finds the documents most like a given one. Xapian's own
// relevance-feedback expansion reads the document's termlist, which a vankien index does not keep
// (schema version 4), so the document's words are read again from its stored text — as the
// indexer read them — and weighted against the index's statistics.
#ifndef VANKIEN_QUERY_SIMILAR_DOCUMENTS_H_
#define VANKIEN_QUERY_SIMILAR_DOCUMENTS_H_

#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "schema/document_record.h"

namespace vankien::query {

struct WeightedTerm {
  std::string term;  // an index term: a folded word, or a word pair (schema field "pair")
  double weight = 0;
  friend bool operator==(const WeightedTerm&, const WeightedTerm&) = default;
};

// How much of a document's text is read for its telling terms: a long document's first pages
// say what it is about, and the cost stays bounded.
inline constexpr std::size_t kSimilarityTextBytes = 64 * 1024;

// The `count` terms most telling of `record` (title, subject and the first kSimilarityTextBytes
// of its text), best first: each of its folded words and of its word pairs within a sentence,
// scored (1 + ln tf) × ln(N / df) over `db` of N documents, title and subject words counted three
// times. Terms in fewer than 2 documents (nothing else has them) or in more than half of the
// index (they tell nothing), numbers and one-letter words are left out. With `together`, the
// document frequencies are asked in one search, which a remote shard answers in one round trip
// rather than one per term (on a local index asking term by term is faster: a search opens
// every term's posting list); the result is the same. Throws Xapian::Error.
std::vector<WeightedTerm> TellingTerms(const Xapian::Database& db, const schema::DocumentRecord& record,
                                       analysis::Analyzer* analyzer, std::size_t count, bool together = false);

// The query of documents holding any of `terms`, each weighted by BM25 and scaled by its weight
// relative to the best one's; an empty query for no terms.
Xapian::Query SimilarityQuery(const std::vector<WeightedTerm>& terms);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_SIMILAR_DOCUMENTS_H_
