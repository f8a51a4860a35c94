// The index as a directory on disk: its size, making it durable, and replacing it whole.
#ifndef VANKIEN_INDEXER_INDEX_DIRECTORY_H_
#define VANKIEN_INDEXER_INDEX_DIRECTORY_H_

#include <cstdint>
#include <filesystem>

#include <xapian.h>

namespace vankien::indexer {

// How an index or a shard is opened for writing (with DB_CREATE_OR_OPEN, …): without a
// termlist (schema/deleted_documents.h says why), and committing without fsync (SyncDirectory).
inline constexpr int kWriteFlags = Xapian::DB_NO_TERMLIST | Xapian::DB_NO_SYNC;

// The total size of the regular files directly in dir.
std::uintmax_t DirectorySize(const std::filesystem::path& dir);

// fsyncs every file of dir and dir itself. Batches are committed with DB_NO_SYNC, which a
// killed process cannot undo (the data is in the kernel's cache); this makes the final state
// durable against power loss too.
void SyncDirectory(const std::filesystem::path& dir);

// Puts `replacement` in the place of `target`, atomically where the filesystem can exchange two
// directories (Linux renameat2), and removes the old target. Throws std::filesystem_error.
void ReplaceDirectory(const std::filesystem::path& target, const std::filesystem::path& replacement);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_INDEX_DIRECTORY_H_
