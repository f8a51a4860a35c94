// Restoring the diacritics of a query typed without them ("nang cao chat luong sinh hoat chi bo"
// → "nâng cao chất lượng sinh hoạt chi bộ"), from what the index itself holds: how often each
// written form of a word occurs (its exact terms, schema field "exact"), and — for context — how
// the words stand together in the documents the query finds first (their titles, subjects and
// passages), which tells "đảng viên" from "đang viên" where word counts alone cannot.
#ifndef VANKIEN_QUERY_DIACRITICS_RESTORATION_H_
#define VANKIEN_QUERY_DIACRITICS_RESTORATION_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"

namespace vankien::query {

// The written forms of words in an index, by folded form, with how often each occurs: looked up
// word by word and kept. Not thread-safe; one per Searcher, made afresh for each index revision.
class WordForms {
 public:
  // Reads `db`, which must outlive this. With `together`, which forms of a word the index holds
  // is asked in one search (a remote shard answers it in one round trip, not one per form), and
  // only those are counted; the forms found are the same.
  explicit WordForms(const Xapian::Database& db, bool together = false) : db_(db), together_(together) {}

  struct Form {
    std::string exact;
    Xapian::termcount occurrences = 0;  // weighted as the index weighs them (title words more)
  };
  // The forms of `folded` the index holds, most frequent first (ties: byte order). Every way of
  // writing a Vietnamese syllable that folds to it (đ for d, ă â ê ô ơ ư for their letters, a
  // tone on any vowel) is looked up as an exact term; the form without diacritics has what the
  // folded term's occurrences leave. Empty for a word the index does not have, and for one with
  // too many ways of writing it to be a syllable. The reference is valid until the next call.
  // Throws Xapian::Error.
  const std::vector<Form>& FormsOf(const std::string& folded);

 private:
  // Words kept at most: a long-running service sees ever new ones.
  static constexpr std::size_t kMostWords = 50000;
  const Xapian::Database& db_;
  bool together_;
  std::unordered_map<std::string, std::vector<Form>> forms_;
};

struct RestoredQuery {
  std::vector<std::string> words;  // the query's words with their diacritics restored, in order
  // Whether each word's restored form is sure: the documents found agree on it, or the index
  // writes the word that way nearly always.
  std::vector<bool> confident;
};

// Restores each of `folded_words` (the query's words, folded, in order; a pair of neighbours
// counts as context when `joined[i]` says word i follows word i−1 in one phrase) from `forms`
// and from `context` — texts where the query's words occur (titles, subjects, passages of the
// first documents found), analysed with `analyzer`. The choice maximises, over the whole query,
// how often each neighbouring pair of forms stands together in the context, then how often each
// form occurs there, then in the index. A word the index does not have is kept as typed.
RestoredQuery RestoreDiacritics(const std::vector<std::string>& folded_words, const std::vector<bool>& joined,
                                const std::vector<std::string_view>& context, WordForms* forms,
                                analysis::Analyzer* analyzer);

// Each written form of a Vietnamese syllable that folds to `folded` (lower-case ASCII letters),
// in its exact form (NFC, tone placed canonically), `folded` itself included; empty when there
// are more than `most` (not a syllable).
std::vector<std::string> SyllableForms(std::string_view folded, std::size_t most = 512);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_DIACRITICS_RESTORATION_H_
