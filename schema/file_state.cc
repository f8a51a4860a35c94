#include "schema/file_state.h"

#include <chrono>
#include <cstring>
#include <sstream>

#include "schema/fields.h"

namespace vankien::schema {
namespace {

constexpr std::string_view kKeyPrefix = metadata::kFileStatePrefix;

}  // namespace

void MarkToReadAgain(FileState* state) {
  state->mtime_ns = 0;
  state->content_hash = 0;
}

int64_t FileModificationTime(const std::filesystem::path& path, std::error_code& error) {
  const std::filesystem::file_time_type time = std::filesystem::last_write_time(path, error);
  return std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
}

uint64_t ContentHash(std::string_view bytes) {
  // FNV-1a over 8-byte words, then the tail: about 1 GB/s, plenty beside parsing.
  uint64_t hash = 14695981039346656037ULL ^ bytes.size();
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    hash = (hash ^ word) * 1099511628211ULL;
    hash ^= hash >> 29;
  }
  for (; i < bytes.size(); ++i) {
    hash = (hash ^ static_cast<unsigned char>(bytes[i])) * 1099511628211ULL;
  }
  return hash;
}

std::string FileStateKey(const std::string& file_key) {
  return std::string(kKeyPrefix) + file_key;
}

std::string EncodeFileState(const FileState& state) {
  std::ostringstream out;
  out << state.size << ' ' << state.mtime_ns << ' ' << state.content_hash << ' ' << state.documents;
  return out.str();
}

std::optional<FileState> DecodeFileState(std::string_view encoded) {
  std::istringstream in{std::string(encoded)};
  FileState state;
  if (!(in >> state.size >> state.mtime_ns >> state.content_hash >> state.documents)) {
    return std::nullopt;
  }
  return state;
}

std::map<std::string, FileState> ReadFileStates(const Xapian::Database& db,
                                                const std::string& key_prefix) {
  std::map<std::string, FileState> states;
  const std::string prefix = FileStateKey(key_prefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    if (auto state = DecodeFileState(db.get_metadata(*it))) {
      states.emplace((*it).substr(kKeyPrefix.size()), *state);
    }
  }
  return states;
}

}  // namespace vankien::schema
