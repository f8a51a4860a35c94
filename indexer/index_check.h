// Checks that an index is consistent: every file's recorded state matches the documents it
// holds, every document belongs to a recorded file, every document id is unique, and every
// stored record and text reads back whole (documents listed as deleted left out).
// `vankien-index --check` runs it; the crash tests use it after killing the indexer.
#ifndef VANKIEN_INDEXER_INDEX_CHECK_H_
#define VANKIEN_INDEXER_INDEX_CHECK_H_

#include <string>
#include <vector>

#include <xapian.h>

namespace vankien::indexer {

// Every inconsistency found, as one line each; empty when the index is consistent.
std::vector<std::string> CheckIndex(const Xapian::Database& db);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_INDEX_CHECK_H_
