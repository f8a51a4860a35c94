// Checks that an index is consistent: every file's recorded state matches the documents it
// holds, every document belongs to a recorded file, every document id is unique, and every
// stored record and text reads back whole (documents listed as deleted left out); for a
// sharded index, each shard so and no id in two shards.
// `vankien-index --check` runs it; the crash tests use it after killing the indexer.
#ifndef VANKIEN_INDEXER_INDEX_CHECK_H_
#define VANKIEN_INDEXER_INDEX_CHECK_H_

#include <string>
#include <vector>

#include <xapian.h>

#include "schema/deleted_documents.h"
#include "shards/sharded_index.h"

namespace vankien::indexer {

// Every inconsistency found, as one line each; empty when the index is consistent.
std::vector<std::string> CheckIndex(const Xapian::Database& db);

// Every document id that more than one live document of `db` holds, as one line each
// ("document id X is held by N documents"). CheckIndex looks for them in one index; over a
// sharded index's combined database, this finds those held in two shards.
std::vector<std::string> DuplicateIds(const Xapian::Database& db, const schema::DeletedDocuments& deleted);

// CheckIndex of every shard of `index`, each line beginning with the shard's name when there
// are several, then the ids that documents of two shards hold.
std::vector<std::string> CheckShardedIndex(const shards::ShardedIndex& index);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_INDEX_CHECK_H_
