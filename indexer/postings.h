// Small reads of an index's posting lists.
#ifndef VANKIEN_INDEXER_POSTINGS_H_
#define VANKIEN_INDEXER_POSTINGS_H_

#include <string>
#include <vector>

#include <xapian.h>

namespace vankien::indexer {

// The Xapian document ids of the documents holding `term`, ascending.
inline std::vector<Xapian::docid> DocumentsWithTerm(const Xapian::Database& db, const std::string& term) {
  std::vector<Xapian::docid> ids;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) ids.push_back(*it);
  return ids;
}

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_POSTINGS_H_
