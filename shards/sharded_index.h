// An index searched as one, whatever it is made of: a plain index folder, a sharded index folder
// (shards/layout.h) or a stub file of local and remote shards (shards/sources.h). Xapian
// combines the shards for searching — term statistics summed, so BM25 ranks as over one
// index — but its combined handle reads metadata from the first shard alone; every metadata
// read vankien makes goes through here instead, and is merged over all the shards.
#ifndef VANKIEN_SHARDS_SHARDED_INDEX_H_
#define VANKIEN_SHARDS_SHARDED_INDEX_H_

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "schema/deleted_documents.h"
#include "schema/file_state.h"
#include "schema/registry_record.h"
#include "shards/sources.h"

namespace vankien::shards {

// Time limits for remote shards, in milliseconds: how long a call may wait for an answer and
// how long connecting may take. A stub file cannot say them, so they are set here.
struct RemoteLimits {
  unsigned timeout_ms = 10000;
  unsigned connect_timeout_ms = 2000;
  std::chrono::milliseconds Timeout() const { return std::chrono::milliseconds(timeout_ms); }
};

// The deleted documents of each shard in the shard's own ids, by the shard's UUID
// (Xapian::Database::get_uuid): Xapian runs a query's posting sources on each shard apart,
// with the shard's own ids, and tells them the shard only as a database.
using DeletedByShard = std::map<std::string, schema::DeletedDocuments>;

class ShardedIndex {
 public:
  // Opens every shard of the index named `path` read-only. Throws ShardError for a stub that
  // cannot be read, lists one database twice (the same UUID), or names a remote shard made
  // without a termlist (a plain index); Xapian::Error when a shard cannot be opened (its
  // message names the shard).
  explicit ShardedIndex(const std::string& path, RemoteLimits limits = {});

  // All the shards as one database: document `id` of shard `s` is CombinedId(s, id) in it.
  const Xapian::Database& combined() const { return combined_; }

  std::size_t size() const { return shards_.size(); }
  const Xapian::Database& shard(std::size_t index) const { return shards_[index]; }
  // How messages name shard `index` (shards/sources.h).
  const std::string& name(std::size_t index) const { return sources_[index].name; }
  // Whether any shard is remote: then whatever reads posting lists or value streams whole (one
  // message per posting, a round trip per document) must be done by Xapian's matcher instead,
  // which runs on each shard.
  bool HasRemote() const { return has_remote_; }

  // Xapian interleaves the shards' documents in the combined database.
  Xapian::docid CombinedId(std::size_t shard, Xapian::docid id) const {
    return (id - 1) * static_cast<Xapian::docid>(shards_.size()) + static_cast<Xapian::docid>(shard) + 1;
  }

  // The first non-empty value any shard stores under `key`, else "": for what every indexing
  // run writes alike into each shard (the topic taxonomy, the plenum names).
  std::string SharedMetadata(std::string_view key) const;

  // The deleted documents of every shard, in combined ids. Throws std::runtime_error when a
  // shard's list is damaged.
  schema::DeletedDocuments Deleted() const;
  // The same, each shard's in its own ids. Throws std::runtime_error as Deleted does.
  DeletedByShard DeletedInShards() const;

  // The recorded state of the file `file_key`, from whichever shard holds it; nullopt if none.
  std::optional<schema::FileState> FileStateOf(const std::string& file_key) const;

  // The registry's records of `number` (canonical), as one index of the same files would hold
  // them (indexer/registry.h); `deleted` is Deleted(). One shard stores them ready; over several,
  // a number's documents and its citers are apart, and no shard's entry is whole: they are
  // computed from the documents of all shards, which reads each citing document's record.
  std::vector<schema::DirectiveRecord> RegistryEntry(const std::string& number,
                                                     const schema::DeletedDocuments& deleted) const;

  // Picks up what was committed to any shard since it was opened; true if anything was.
  bool Reopen();

  // The remote shard a network error names (Xapian names it in the error's context:
  // "tcp(127.0.0.1:33401)"), or "" when it names none.
  static std::string ShardOf(const Xapian::NetworkError& error);

 private:
  std::vector<ShardSource> sources_;
  bool has_remote_ = false;
  std::vector<Xapian::Database> shards_;
  Xapian::Database combined_;
};

}  // namespace vankien::shards

#endif  // VANKIEN_SHARDS_SHARDED_INDEX_H_
