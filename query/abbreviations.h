// Abbreviations as their words on the query side: which runs of a query's words write an
// abbreviation ("UBND") or what it stands for ("Ủy ban nhân dân"), and the other forms that
// the search also looks for (query_builder.h). The table is the indexer's
// (indexer/abbreviation_table.h), stored in the index as JSON.
#ifndef VANKIEN_QUERY_ABBREVIATIONS_H_
#define VANKIEN_QUERY_ABBREVIATIONS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/analyzer.h"

namespace vankien::query {

// A run of a query's tokens, [begin, end), that writes one form of an abbreviation.
struct AbbreviationSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  // The abbreviation's other forms and expansions, each its folded words; empty for an
  // ambiguous abbreviation, which is searched only as written.
  std::vector<std::vector<std::string>> others;
};

class Abbreviations {
 public:
  Abbreviations() = default;

  // The table stored in an index (AbbreviationTable::EquivalencesJson). Throws
  // std::invalid_argument when it is not such JSON; an empty string is an empty table.
  static Abbreviations FromJson(std::string_view json);

  bool empty() const { return by_words_.empty(); }

  // The runs of `tokens` that write a form or an expansion, left to right, each the longest
  // that starts at its word, never overlapping, of words alone within one sentence (a number
  // or a sentence end between words breaks a run). Linear in the tokens: each word starts at
  // most kMaxAbbreviationWords lookups.
  std::vector<AbbreviationSpan> Find(const std::vector<analysis::Token>& tokens) const;

 private:
  struct Entry {
    std::vector<std::vector<std::string>> forms;  // folded words of every form and expansion
    bool ambiguous = false;
  };
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::size_t> by_words_;  // folded words, one space apart → entry
  std::size_t max_words_ = 0;
};

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_ABBREVIATIONS_H_
