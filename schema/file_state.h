// What the index remembers about each source file, so that a re-run skips unchanged files and
// notices changed and removed ones. The state lives in the index's metadata, written in the
// same commit as the file's documents, so the two never disagree after a crash.
#ifndef VANKIEN_SCHEMA_FILE_STATE_H_
#define VANKIEN_SCHEMA_FILE_STATE_H_

#include <cstdint>
#include <filesystem>
#include <system_error>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

namespace vankien::schema {

struct FileState {
  std::uintmax_t size = 0;
  int64_t mtime_ns = 0;
  uint64_t content_hash = 0;
  uint32_t documents = 0;  // how many documents it gave

  friend bool operator==(const FileState&, const FileState&) = default;
};

// Makes the next run read the file again whatever its size and time (no file has time 0, and the
// hash then never matches): for a file some of whose documents could not be indexed because
// another file holds their ids, so that they are indexed once that file is gone or changed.
void MarkToReadAgain(FileState* state);

// A fast 64-bit hash of file contents (not cryptographic): confirms that a file whose time
// changed still holds the same bytes.
uint64_t ContentHash(std::string_view bytes);

// The modification time of the file at `path` as the indexer records it (nanoseconds of
// std::filesystem's clock, whose epoch is its own); sets `error` when it cannot be read.
int64_t FileModificationTime(const std::filesystem::path& path, std::error_code& error);

// The metadata key of a file's state.
std::string FileStateKey(const std::string& file_key);

std::string EncodeFileState(const FileState& state);
std::optional<FileState> DecodeFileState(std::string_view encoded);

// Every file state in the index whose file key starts with key_prefix.
std::map<std::string, FileState> ReadFileStates(const Xapian::Database& db,
                                                const std::string& key_prefix);

}  // namespace vankien::schema

#endif  // VANKIEN_SCHEMA_FILE_STATE_H_
