// The index as a directory on disk: its size, making it durable, and replacing it whole.
#ifndef VANKIEN_INDEXER_INDEX_DIRECTORY_H_
#define VANKIEN_INDEXER_INDEX_DIRECTORY_H_

#include <cstdint>
#include <filesystem>

#include <xapian.h>

namespace vankien::indexer {

// How an index is opened for writing (with DB_CREATE_OR_OPEN, …): committing without fsync
// (SyncDirectory), and — where this makes it — with a termlist only when `termlist` is true: a
// plain index keeps none (schema/deleted_documents.h says why), a shard of a sharded index does
// (IndexOptions::termlist). Xapian decides it when it creates the index; an index opened later
// keeps what it was made with.
constexpr int WriteFlags(bool termlist) { return Xapian::DB_NO_SYNC | (termlist ? 0 : Xapian::DB_NO_TERMLIST); }

// The total size of the regular files directly in dir.
std::uintmax_t DirectorySize(const std::filesystem::path& dir);

// fsyncs every file of dir and dir itself. Batches are committed with DB_NO_SYNC, which a
// killed process cannot undo (the data is in the kernel's cache); this makes the final state
// durable against power loss too.
void SyncDirectory(const std::filesystem::path& dir);

// The folder an index really is: `db` made absolute, its links resolved and without a trailing
// separator. The index is replaced whole by swapping folders, which must swap the folder
// itself, not a link to it, and put the new one on the same filesystem.
std::filesystem::path RealFolder(const std::filesystem::path& db);

// Where CompactInPlace builds the compacted copy of the index at `path`.
std::filesystem::path CompactionFolder(const std::filesystem::path& path);

// Whether the index at `path` has grown enough since it was last compacted (kCompactedBytesKey)
// to be worth compacting again: by more than a quarter. Xapian's compaction fills every block of
// its B-trees, and an update then splits every block it touches, so a compacted index grows
// quickly with its first updates (measured on 8,000 baomoi articles: 40 MB, one file changed
// 46 MB, a hundred more 85 MB, a thousand 117 MB; compacting took it back to 41 MB in 0.6 s).
bool WorthCompacting(const Xapian::Database& db, const std::filesystem::path& path);

// Compacts the index at `path`, open for writing as *db with everything committed (so its lock
// is held throughout), into a copy that then takes its place (ReplaceDirectory) and records
// its size. Document ids are kept: the deleted list refers to them. *db must be closed after.
// A process killed on the way leaves the index as it was and a CompactionFolder, which the next
// run removes. On failure the copy is removed and Xapian::Error or std::filesystem_error thrown;
// the index is as it was.
void CompactInPlace(Xapian::WritableDatabase* db, const std::filesystem::path& path);

// Commits to *index, a new index not yet in place, until its revision is past `revision`, the
// revision of the index it is to replace; opened with WriteFlags, the commits are not synced, so
// the caller syncs the folder (SyncDirectory) before putting it in place. Why: a reader that keeps the index open (a
// xapian-tcpsrv connection serving a shard, above all) moves to another revision only when the
// number it reads differs from its own, and then opens the files by name afresh; a compaction or
// a rebuild starts again from revision 1, so without this a reader holding the same number would
// go on reading the replaced files. Throws Xapian::Error.
void CommitPastRevision(Xapian::WritableDatabase* index, Xapian::rev revision);

// The metadata key of the index's size when last compacted, in bytes.
inline constexpr const char* kCompactedBytesKey = "vankien:compacted-bytes";

// The metadata key CommitPastRevision writes: the revision its commit made.
inline constexpr const char* kRevisionKey = "vankien:revision";

// Puts `replacement` in the place of `target`, atomically where the filesystem can exchange two
// directories (Linux renameat2), and removes the old target. Throws std::filesystem_error.
void ReplaceDirectory(const std::filesystem::path& target, const std::filesystem::path& replacement);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_INDEX_DIRECTORY_H_
