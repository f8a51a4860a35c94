// Whether a document holds words one after another, read from the positions of its folded
// terms: the check a quoted phrase makes in the matcher, made here for a few documents only,
// where making it for every match would cost too much (Searcher ranks the best matches of
// words typed side by side by it).
#ifndef VANKIEN_QUERY_WORD_SEQUENCE_H_
#define VANKIEN_QUERY_WORD_SEQUENCE_H_

#include <string>
#include <vector>

#include <xapian.h>

namespace vankien::query {

// True when document `docid` of `db` holds the terms `words` (folded words, which carry
// positions: schema, field "word") at consecutive positions, in order; false when `words` is
// empty or the document lacks one of them. Its cost grows with how often the first word occurs
// in the document. Throws Xapian::Error.
bool HoldsInSequence(const Xapian::Database& db, Xapian::docid docid, const std::vector<std::string>& words);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_WORD_SEQUENCE_H_
