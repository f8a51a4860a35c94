#include "shards/layout.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>

namespace vankien::shards {
namespace fs = std::filesystem;
namespace {

std::string ShardName(std::size_t index) { return "shard-" + std::to_string(index); }

void Fsync(const fs::path& path, int flags) {
  const int fd = ::open(path.c_str(), flags);
  if (fd < 0) throw fs::filesystem_error("cannot open", path, std::error_code(errno, std::generic_category()));
  const int result = ::fsync(fd);
  ::close(fd);
  if (result != 0) throw fs::filesystem_error("cannot sync", path, std::error_code(errno, std::generic_category()));
}

}  // namespace

uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (unsigned char byte : bytes) {
    hash ^= byte;
    hash *= 0x100000001b3ull;
  }
  return hash;
}

std::size_t ShardOf(std::string_view file_key, std::size_t count) {
  return static_cast<std::size_t>(Fnv1a64(file_key) % count);
}

fs::path ShardPath(const fs::path& dir, std::size_t index) { return dir / ShardName(index); }

fs::path StubPath(const fs::path& dir) { return dir / "XAPIANDB"; }

std::size_t RecordedShardCount(const fs::path& dir) {
  const fs::path stub = StubPath(dir);
  std::error_code error;
  if (!fs::exists(stub, error)) return 0;
  if (!fs::is_regular_file(stub, error) || fs::file_size(stub, error) > kMaxStubBytes || error) {
    throw ShardError("the sharded index " + dir.string() + " has a damaged stub file " + stub.string());
  }
  std::ifstream in(stub);
  std::size_t count = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (line != "auto " + ShardName(count) || count == kMaxShards) {
      throw ShardError("the sharded index " + dir.string() + " has a damaged stub file " + stub.string() +
                       " (line \"" + line.substr(0, 80) + "\")");
    }
    ++count;
  }
  if (count == 0) throw ShardError("the sharded index " + dir.string() + " lists no shard in " + stub.string());
  return count;
}

void RecordShardCount(const fs::path& dir, std::size_t count) {
  fs::create_directories(dir);
  std::ostringstream text;
  text << "# A vankien index of " << count << " shards (docs/shards.md): a Xapian stub database.\n";
  for (std::size_t i = 0; i < count; ++i) text << "auto " << ShardName(i) << "\n";
  const fs::path stub = StubPath(dir);
  fs::path fresh = stub;
  fresh += ".new";
  {
    std::ofstream out(fresh, std::ios::trunc);
    out << text.str();
    out.close();
    if (!out) throw fs::filesystem_error("cannot write", fresh, std::make_error_code(std::errc::io_error));
  }
  Fsync(fresh, O_RDONLY);
  fs::rename(fresh, stub);
  Fsync(dir, O_RDONLY | O_DIRECTORY);
}

}  // namespace vankien::shards
