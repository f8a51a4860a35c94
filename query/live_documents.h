// Leaving deleted documents out of a search (schema/deleted_documents.h): every query the
// searcher runs goes through WithoutDeleted.
#ifndef VANKIEN_QUERY_LIVE_DOCUMENTS_H_
#define VANKIEN_QUERY_LIVE_DOCUMENTS_H_

#include <memory>

#include <xapian.h>

#include "shards/sharded_index.h"

namespace vankien::query {

// `query` matching only documents not in `deleted` (each shard's list, in its own ids, by its
// UUID; shards/sharded_index.h), with the same weights; `query` itself when nothing is deleted.
// The result shares `deleted`, which must not change while it is in use.
Xapian::Query WithoutDeleted(const Xapian::Query& query, const std::shared_ptr<const shards::DeletedByShard>& deleted);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_LIVE_DOCUMENTS_H_
