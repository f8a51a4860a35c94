// The query language (docs/query-language.md): free words with or without diacritics,
// "phrases", AND, OR, NOT, NEAR/n, -word, +word, parentheses, filters such as body:ĐUK, type:NQ,
// topic:chi-bo, year:2016, date:2016..2017, id:05-CT/TW, cites:05-CT/TW, term:XII, and
// document numbers written anywhere, any way the identifier extractor accepts.
//
// Parsing gives a syntax tree; query_builder.h turns it into a Xapian query. A malformed query
// is a QueryError that says what is wrong and where.
#ifndef VANKIEN_QUERY_QUERY_PARSER_H_
#define VANKIEN_QUERY_QUERY_PARSER_H_

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vankien::query {

// What is wrong with a query, and where: `position` is the byte offset in the query.
class QueryError : public std::runtime_error {
 public:
  QueryError(const std::string& message, std::size_t position)
      : std::runtime_error(message), position_(position) {}
  std::size_t position() const { return position_; }

  // "message (at character N: «…context…»)" for people.
  std::string Describe(std::string_view query) const;

 private:
  std::size_t position_;
};

enum class NodeKind {
  kWords,       // free words, ranked: text holds them as typed
  kPhrase,      // "quoted words": text holds them
  kIdentifier,  // a document number: text holds its canonical form
  kFilter,      // field:value; field is a schema field name, text the value as typed
  kDateRange,   // date:…; low and high are YYYYMMDD ("" = open)
  kGroup,       // items side by side: children ranked together (see below)
  kAnd,         // children all
  kOr,          // any child
  kAndNot,      // children[0] and not children[1]
  kRequired,    // +item: children[0] must match
  kExcluded,    // -item: children[0] must not match
  kMatchAll,    // every document (a query made only of exclusions)
  kNear,        // children[0] NEAR/distance children[1]: each a kWords or kPhrase node
};

struct QueryNode {
  NodeKind kind = NodeKind::kWords;
  std::string text;
  std::string field;
  std::string low;
  std::string high;
  std::vector<std::unique_ptr<QueryNode>> children;
  std::size_t position = 0;
  std::size_t distance = 0;  // kNear: at most this many other words between its two sides

  // A compact rendering for tests and --explain: AND(OR(WORDS"chi bo"),FILTER(body=ĐUK)).
  std::string ToString() const;
};

// Parses a query. Throws QueryError when it is malformed or empty.
std::unique_ptr<QueryNode> ParseQuery(std::string_view query);

// A copy of `node` without its filters (field:value and date: ranges): what remains of every
// operator once they are gone — an exclusion of a filter disappears, an AND or OR left with
// one side becomes that side, `x NOT filter` becomes x. Null when nothing remains.
std::unique_ptr<QueryNode> WithoutFilters(const QueryNode& node);

// A group of `query` and `filters` side by side: the filters apply to the whole of `query`,
// whatever operators it uses (appending "body:X" to the text "a OR b" would filter b only).
std::unique_ptr<QueryNode> WithFilters(std::unique_ptr<QueryNode> query, std::unique_ptr<QueryNode> filters);

// The byte length of the quotation mark at query[pos], or 0: the straight " and the marks
// Vietnamese text uses, “ ” „ « », which people paste with the phrase they copied. Any of them
// opens a phrase and any ends it.
std::size_t QuotationMarkLength(std::string_view query, std::size_t pos);

// NEAR alone means NEAR/kDefaultNearDistance; NEAR/n accepts n up to kMaxNearDistance.
inline constexpr std::size_t kDefaultNearDistance = 10;
inline constexpr std::size_t kMaxNearDistance = 100;

// Bounds on what a query may hold, against abuse and accidents.
inline constexpr std::size_t kMaxQueryBytes = 1024;
inline constexpr std::size_t kMaxQueryDepth = 32;

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_QUERY_PARSER_H_
