#include "shards/sharded_index.h"

#include <filesystem>

#include "indexer/registry.h"
#include "schema/fields.h"
#include "shards/layout.h"

namespace vankien::shards {
namespace {

// Opens one shard; its errors name it when `several` shards make the index, or it is remote.
Xapian::Database Open(const ShardSource& source, const RemoteLimits& limits, bool several) {
  const bool name_it = several || source.kind != ShardSource::Kind::kLocal;
  const std::string named = name_it ? "shard " + source.name + ": " : "";
  try {
    switch (source.kind) {
      case ShardSource::Kind::kLocal:
        // Xapian would say only that it "couldn't stat" the folder, or "detect" no type in it.
        if (std::error_code ignored; !std::filesystem::exists(source.location, ignored) ||
                                     std::filesystem::is_empty(source.location, ignored)) {
          throw Xapian::DatabaseNotFoundError("no index at " + source.location + " (vankien-index --db " +
                                              source.location + " PATH… builds one)");
        }
        return Xapian::Database(source.location);
      case ShardSource::Kind::kTcp:
        return Xapian::Remote::open(source.location, source.port, limits.timeout_ms, limits.connect_timeout_ms);
      case ShardSource::Kind::kProgram:
        return Xapian::Remote::open(source.location, source.arguments, limits.timeout_ms);
    }
  } catch (const Xapian::NetworkError& e) {
    throw Xapian::NetworkError(named + e.get_msg(), e.get_context());
  } catch (const Xapian::DatabaseNotFoundError& e) {
    throw Xapian::DatabaseNotFoundError(named + e.get_msg(), e.get_context());
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw Xapian::DatabaseOpeningError(named + e.get_msg(), e.get_context());
  }
  return {};
}

}  // namespace

ShardedIndex::ShardedIndex(const std::string& path, RemoteLimits limits) : sources_(SourcesOf(path)) {
  std::map<std::string, std::string> names_by_uuid;
  for (const ShardSource& source : sources_) {
    has_remote_ = has_remote_ || source.kind != ShardSource::Kind::kLocal;
    shards_.push_back(Open(source, limits, sources_.size() > 1));
    // Xapian's remote server cannot send a document of an index without a termlist; say so now,
    // not as a FeatureUnavailableError on the first hit shown.
    if (source.kind != ShardSource::Kind::kLocal && shards_.back().get_doccount() > 0 &&
        shards_.back().get_metadata(std::string(schema::metadata::kTermlist)).empty()) {
      throw ShardError("the remote shard " + source.name + " is an index without a termlist, which Xapian's remote "
                       "server cannot send documents of: serve the shards of a sharded index (vankien-index --shards N)");
    }
    combined_.add_database(shards_.back());
    const auto [named, added] = names_by_uuid.emplace(shards_.back().get_uuid(), source.name);
    if (!added && sources_.size() > 1) {
      throw ShardError("the index " + path + " lists one database twice: " + named->second + " and " + source.name);
    }
  }
}

std::string ShardedIndex::SharedMetadata(std::string_view key) const {
  for (const Xapian::Database& shard : shards_) {
    std::string value = shard.get_metadata(std::string(key));
    if (!value.empty()) return value;
  }
  return "";
}

schema::DeletedDocuments ShardedIndex::Deleted() const {
  if (shards_.size() == 1) return schema::DeletedDocuments::Read(shards_[0]);
  schema::DeletedDocuments merged;
  for (std::size_t s = 0; s < shards_.size(); ++s) {
    const schema::DeletedDocuments deleted = schema::DeletedDocuments::Read(shards_[s]);
    for (Xapian::docid id : deleted.ids()) merged.Add(CombinedId(s, id));
  }
  return merged;
}

DeletedByShard ShardedIndex::DeletedInShards() const {
  DeletedByShard deleted;
  for (const Xapian::Database& shard : shards_) deleted[shard.get_uuid()] = schema::DeletedDocuments::Read(shard);
  return deleted;
}

std::optional<schema::FileState> ShardedIndex::FileStateOf(const std::string& file_key) const {
  // Every shard is asked, not the one the key routes to: a stub may list the shards in any order.
  for (const Xapian::Database& shard : shards_) {
    if (auto state = schema::DecodeFileState(shard.get_metadata(schema::FileStateKey(file_key)))) return state;
  }
  return std::nullopt;
}

std::vector<schema::DirectiveRecord> ShardedIndex::RegistryEntry(const std::string& number,
                                                                 const schema::DeletedDocuments& deleted) const {
  if (shards_.size() == 1) return schema::ReadRegistryEntry(shards_[0], number);
  return indexer::ComputeRegistryEntry(combined_, deleted, number);
}

std::string ShardedIndex::ShardOf(const Xapian::NetworkError& error) {
  constexpr std::string_view kRemote = "remote:";
  std::string context = error.get_context();
  if (context.rfind(kRemote, 0) == 0) return context.substr(kRemote.size());
  return context;
}

bool ShardedIndex::Reopen() {
  // The combined handle shares the shards' handles: reopening it reopens them.
  return combined_.reopen();
}

}  // namespace vankien::shards
