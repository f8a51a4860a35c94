#include "shards/layout.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <fstream>
#include <set>
#include <string>

namespace vankien::shards {
namespace {

namespace fs = std::filesystem;

fs::path FreshFolder(const std::string& name) {
  const fs::path path = fs::temp_directory_path() / ("vankien-layout-test-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(path);
  return path;
}

TEST_CASE("FNV-1a 64 gives the published values, so routing is the same on every machine") {
  CHECK(Fnv1a64("") == 0xcbf29ce484222325ull);
  CHECK(Fnv1a64("a") == 0xaf63dc4c8601ec8cull);
  CHECK(Fnv1a64("foobar") == 0x85944171f73967e8ull);
}

TEST_CASE("files are spread over every shard, each always to the same one") {
  std::set<std::size_t> used;
  for (int i = 0; i < 100; ++i) {
    const std::string key = "/data/baomoi/" + std::to_string(i) + ".txt";
    const std::size_t shard = ShardOf(key, 4);
    CHECK(shard < 4);
    CHECK(ShardOf(key, 4) == shard);
    used.insert(shard);
  }
  CHECK(used.size() == 4);
  CHECK(ShardOf("/any/file.txt", 1) == 0);
}

TEST_CASE("the number of shards is recorded in a stub Xapian reads, and read back") {
  const fs::path dir = FreshFolder("record");
  CHECK(RecordedShardCount(dir) == 0);  // missing
  fs::create_directories(dir);
  CHECK(RecordedShardCount(dir) == 0);  // empty
  RecordShardCount(dir, 3);
  CHECK(RecordedShardCount(dir) == 3);
  std::ifstream stub(StubPath(dir));
  std::string text((std::istreambuf_iterator<char>(stub)), std::istreambuf_iterator<char>());
  CHECK(text.find("auto shard-0\nauto shard-1\nauto shard-2\n") != std::string::npos);
  CHECK(ShardPath(dir, 2) == dir / "shard-2");
  CHECK_FALSE(fs::exists(dir / "XAPIANDB.new"));
  fs::remove_all(dir);
}

TEST_CASE("a stub that is not the one vankien-index writes is refused") {
  const fs::path dir = FreshFolder("damaged");
  fs::create_directories(dir);
  for (const std::string text : {"auto shard-1\n", "auto shard-0\nauto elsewhere\n", "# nothing\n", "remote h:1\n"}) {
    std::ofstream(StubPath(dir), std::ios::trunc) << text;
    CHECK_THROWS_AS(RecordedShardCount(dir), ShardError);
  }
  std::string many;
  for (std::size_t i = 0; i <= kMaxShards; ++i) many += "auto shard-" + std::to_string(i) + "\n";
  std::ofstream(StubPath(dir), std::ios::trunc) << many;
  CHECK_THROWS_AS(RecordedShardCount(dir), ShardError);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vankien::shards
