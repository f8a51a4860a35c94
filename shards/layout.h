// A sharded index on disk: a folder holding N complete vankien indexes, shard-0 … shard-(N-1),
// each of the files a stable hash of the file's key routes to it, and a Xapian stub file
// XAPIANDB listing them ("auto shard-0" …). The stub records N, and lets any Xapian program
// (xapian-delve, xapian-tcpsrv) open the folder as one database. docs/shards.md.
#ifndef VANKIEN_SHARDS_LAYOUT_H_
#define VANKIEN_SHARDS_LAYOUT_H_

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string_view>

namespace vankien::shards {

// A sharded index is damaged or laid out otherwise than asked.
class ShardError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The most shards an index may have: enough for any one archive, few enough that a damaged or
// hostile stub cannot make a reader open thousands of databases.
inline constexpr std::size_t kMaxShards = 256;

// The largest stub file read: a few bytes a shard, so anything much larger is not one.
inline constexpr std::uintmax_t kMaxStubBytes = 64 * 1024;

// FNV-1a, 64 bits, of `bytes`: the same on every machine and every build, which std::hash is
// not, so that a file stays in its shard from one run to the next.
uint64_t Fnv1a64(std::string_view bytes);

// The shard (0 … count-1) of the file whose key (its absolute path) is `file_key`. count > 0.
std::size_t ShardOf(std::string_view file_key, std::size_t count);

// The folder of shard `index` of the sharded index `dir`.
std::filesystem::path ShardPath(const std::filesystem::path& dir, std::size_t index);

// The stub file of the sharded index `dir`.
std::filesystem::path StubPath(const std::filesystem::path& dir);

// How many shards the folder `dir` records: 0 when it is not a sharded index (missing, empty,
// or a plain index). Throws ShardError when its stub does not list shard-0 … shard-(N-1) in
// order, one "auto" line each, with 1 ≤ N ≤ kMaxShards.
std::size_t RecordedShardCount(const std::filesystem::path& dir);

// Makes `dir` (created when missing) a sharded index of `count` shards by writing its stub
// durably (a new file renamed over the old). The shard folders are made by their first write.
// Throws std::filesystem::filesystem_error.
void RecordShardCount(const std::filesystem::path& dir, std::size_t count);

}  // namespace vankien::shards

#endif  // VANKIEN_SHARDS_LAYOUT_H_
