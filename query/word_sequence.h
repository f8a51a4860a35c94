// Words one after another: the query a document matches when it holds a run of words at
// consecutive positions, in order — the check a quoted phrase makes. Searcher ranks first,
// among the best matches of words typed side by side, those holding them so; it asks Xapian's
// matcher, which runs on each shard where the shards are remote, rather than reading positions
// document by document (a round trip per document and word to a remote shard).
#ifndef VANKIEN_QUERY_WORD_SEQUENCE_H_
#define VANKIEN_QUERY_WORD_SEQUENCE_H_

#include <set>
#include <string>
#include <vector>

#include <xapian.h>

namespace vankien::query {

// Matches the documents holding one of `runs` — each a list of folded words (schema, field
// "word", which carry positions) — at consecutive positions, in order, as the index holds them
// (with the pair terms of its words side by side); a run of one word is that word; matches
// nothing when `runs` is empty. Boolean: it adds no weight.
Xapian::Query InSequence(const std::set<std::vector<std::string>>& runs);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_WORD_SEQUENCE_H_
