#include "indexer/index_directory.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <stdexcept>
#include <string>

namespace vankien::indexer {
namespace fs = std::filesystem;

std::uintmax_t DirectorySize(const fs::path& dir) {
  std::uintmax_t total = 0;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    if (entry.is_regular_file(error)) total += entry.file_size(error);
  }
  return total;
}

void SyncDirectory(const fs::path& dir) {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    int fd = ::open(entry.path().c_str(), O_RDONLY);
    if (fd >= 0) {
      ::fsync(fd);
      ::close(fd);
    }
  }
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

void ReplaceDirectory(const fs::path& target, const fs::path& replacement) {
  // Readers never see a missing index where the two can be exchanged in one step.
  if (::renameat2(AT_FDCWD, replacement.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
    fs::remove_all(replacement);  // now the old index
    return;
  }
  fs::path old = target;
  old += ".old";
  fs::remove_all(old);
  fs::rename(target, old);
  fs::rename(replacement, target);
  fs::remove_all(old);
}

bool WorthCompacting(const Xapian::Database& db, const fs::path& path) {
  std::uintmax_t compacted = 0;
  try {
    compacted = std::stoull(db.get_metadata(kCompactedBytesKey));
  } catch (const std::logic_error&) {
    // Never compacted (built by the single writer) or unreadable: compacting records it.
  }
  return DirectorySize(path) > compacted + compacted / 4;
}

fs::path RealFolder(const fs::path& db) {
  std::error_code error;
  fs::path real = fs::weakly_canonical(fs::absolute(db), error);
  if (error) real = fs::absolute(db).lexically_normal();
  if (!real.has_filename() && real.has_parent_path()) real = real.parent_path();
  return real;
}

fs::path CompactionFolder(const fs::path& path) {
  fs::path folder = path;
  folder += ".compact";
  return folder;
}

void CommitPastRevision(Xapian::WritableDatabase* index, Xapian::rev revision) {
  // A commit that changes nothing makes no revision: each writes the number it makes.
  for (Xapian::rev next = index->get_revision() + 1; next <= revision + 1; ++next) {
    index->set_metadata(kRevisionKey, std::to_string(next));
    index->commit();
  }
}

void CompactInPlace(Xapian::WritableDatabase* db, const fs::path& path) {
  const fs::path compacted = CompactionFolder(path);
  fs::remove_all(compacted);
  try {
    db->compact(compacted.string(), Xapian::DBCOMPACT_NO_RENUMBER | Xapian::Compactor::FULL);
    {
      // An index opened keeps the termlist it was made with, whatever the flag says.
      Xapian::WritableDatabase copy(compacted.string(), Xapian::DB_OPEN | WriteFlags(false));
      CommitPastRevision(&copy, db->get_revision());
      copy.set_metadata(kCompactedBytesKey, std::to_string(DirectorySize(compacted)));
      copy.commit();
    }
    SyncDirectory(compacted);
  } catch (...) {
    std::error_code ignored;
    fs::remove_all(compacted, ignored);  // a partial copy: give its space back
    throw;
  }
  ReplaceDirectory(path, compacted);
}

}  // namespace vankien::indexer
