// Turns a parsed query into a Xapian query over the schema of schema/fields.h, analysing every
// free word with the same chain as the indexer (analysis/analyzer.h).
//
// Ranking is BM25 over pair terms: every two consecutive words of the query, folded, as the
// indexer stored them. Pairs match words in query order, which is what a query of several
// words means, and they are rare enough to be fast: measured on the public sets, ranking by
// pairs alone is as good as pairs with single words, and several times faster (docs/ranking.md).
// Single words are used where pairs cannot serve — a one-word query, or a query whose pairs
// match fewer documents than asked for (the "broad" query); there, an operand of AND, NOT or +
// still needs all its words. A word typed with diacritics weighs in its exact form, so that
// exact matches rank first, without matching anything more than its folded form does: this is
// done for short queries, where one word carries the meaning, and in phrases. Phrases are
// matched as the conjunction of their consecutive pairs.
//
// Free words that write an abbreviation or its expansion ("UBND tỉnh", "Ủy ban nhân dân tỉnh")
// match the other forms too: each word and pair they are part of becomes a Xapian synonym of
// itself and the same stretch written the other way (a pair term, or a phrase of its words),
// so that a document writing either form weighs as if it wrote the form typed. Quoted phrases
// and NEAR match only what is typed.
#ifndef VANKIEN_QUERY_QUERY_BUILDER_H_
#define VANKIEN_QUERY_QUERY_BUILDER_H_

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "query/abbreviations.h"
#include "query/query_parser.h"
#include "query/snippet.h"

namespace vankien::query {

// Weights of the parts of a ranked query, relative to a folded word. Tuned on the public
// evaluation sets (tools/eval_known_item.sh, tools/eval_alqac.sh).
inline constexpr double kExactWeight = 0.5;
inline constexpr double kPairWeight = 2.0;
// An abbreviation or its expansion written as typed weighs this much more than written the
// other way (query_builder.cc EitherForm). Tuned with tools/eval_known_item.sh.
inline constexpr double kTypedFormWeight = 0.5;
// At most this many abbreviations or expansions of a query are searched in their other forms too
// (the first ones): each makes a few phrases, and a query of hundreds ("UBND UBND …") would
// take seconds.
inline constexpr std::size_t kMaxAbbreviationsExpanded = 8;
// Queries of up to this many words weigh in the exact forms of their words.
inline constexpr std::size_t kMaxWordsForExact = 3;

// Where the known values of the filters that name things are listed, for the message that
// refuses an unknown one: each caller points where its own users can look ("xem vankien-query
// --codes" on the command line, an address in the HTTP API). Empty: the message points nowhere.
struct KnownValuesHint {
  std::string codes;   // issuing bodies (body:) and document types (type:)
  std::string topics;  // topics (topic:)
};

// What the builder needs to know about the index it queries, and about who reads its errors.
struct QueryContext {
  // The code of the topic named `code_or_name` (a code, or a name with or without diacritics),
  // or nullopt for an unknown topic.
  std::function<std::optional<std::string>(std::string_view code_or_name)> topic_code;
  // Whether some document has this term: an issuing body's code missing from the code table is
  // accepted only when documents carry it (otherwise it is a typo, and says so).
  std::function<bool(const std::string& term)> indexed;
  KnownValuesHint where_known;
  // The numbers a plenum or congress name stands for, by its analysis::PlenumKey ("XII/4" →
  // {"04-NQ/TW"}); empty when unknown. May be unset: names then find only their words.
  std::function<std::vector<std::string>(const std::string& key)> plenum_numbers;
  // Abbreviations and their expansions (query/abbreviations.h): free words that write one also
  // match its other forms, as synonyms. May be null: words then match as written.
  const Abbreviations* abbreviations = nullptr;
};

struct BuiltQuery {
  Xapian::Query query;  // pairs where the query has them
  // The same query with single words as well: used when `query` matches too few documents.
  Xapian::Query broad;
  // `query` without its filters (WithoutFilters: body:, type:, topic:, year:, date:, id:…),
  // and whether it had any; MatchAll when only filters remain. Too few is judged on it: a
  // filter — a clicked facet — narrows the results without changing how the words match, so
  // the counts shown beside the facets are what a click finds.
  Xapian::Query unfiltered;
  bool filtered = false;
  // Document numbers written as free text (canonical): the searcher puts the documents with
  // that number first, then the documents that cite it.
  std::vector<std::string> identifiers;
  // True when a number is one alternative of an OR ("05-CT/TW OR chi bộ"): the query's other
  // matches follow the number's documents and its citers. (Beside words, "03-NQ/TU nông
  // nghiệp", the words only pick among those.) Numbers in excluded parts are not listed.
  bool numbers_among_alternatives = false;
  // Dates written as free text, YYYYMMDD ("ngày 14/3/2012" → 20120314): among the documents of
  // a reused number, the one issued that day comes first.
  std::set<std::string> dates;
  // Quoted phrases typed with diacritics, each the exact forms of its words (outside excluded
  // parts): the documents writing one so rank first among the best matches (Searcher).
  std::set<std::vector<std::string>> exact_phrases;
  // Runs of three or more words typed side by side without quotation marks, folded, each within
  // one sentence of the query (outside excluded parts): among the best matches, the documents
  // holding one word after another as typed rank first (Searcher).
  std::set<std::vector<std::string>> word_runs;
  // True when the query has words to rank by; false for filters alone.
  bool ranked = false;
  // What the results should highlight.
  HighlightTerms highlight;
};

// Builds the Xapian query, analysing words with *analyzer (the caller's, reused across queries).
// Throws QueryError for a filter value that names nothing known (an unknown body, type or
// topic: the message ends with context.where_known's hint), a malformed document number.
BuiltQuery BuildQuery(const QueryNode& root, const QueryContext& context,
                      analysis::Analyzer* analyzer);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_QUERY_BUILDER_H_
