#include "shards/sources.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "shards/layout.h"

namespace vankien::shards {
namespace {

namespace fs = std::filesystem;

class StubFile {
 public:
  explicit StubFile(const std::string& text)
      : dir_(fs::temp_directory_path() / ("vankien-sources-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++))) {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::ofstream(path()) << text;
  }
  ~StubFile() { fs::remove_all(dir_); }
  const fs::path& dir() const { return dir_; }
  std::string path() const { return (dir_ / "index.stub").string(); }

 private:
  static inline int counter_ = 0;
  fs::path dir_;
};

TEST_CASE("a stub lists local shards relative to its folder and remote ones by host and port") {
  StubFile stub(
      "# three shards\n"
      "auto shard-0\n"
      "\n"
      "  glass /srv/index/shard-1  \n"
      "remote 127.0.0.1:33401\n"
      "tcp example.org 33402\n"
      "remote :ssh -q shard4 xapian-progsrv /srv/shard-4\n");
  const std::vector<ShardSource> sources = SourcesOf(stub.path());
  REQUIRE(sources.size() == 5);
  CHECK(sources[0].kind == ShardSource::Kind::kLocal);
  CHECK(sources[0].location == (stub.dir() / "shard-0").string());
  CHECK(sources[1].location == "/srv/index/shard-1");
  CHECK(sources[2].kind == ShardSource::Kind::kTcp);
  CHECK(sources[2].location == "127.0.0.1");
  CHECK(sources[2].port == 33401);
  CHECK(sources[2].name == "127.0.0.1:33401");
  CHECK(sources[3].location == "example.org");
  CHECK(sources[3].port == 33402);
  CHECK(sources[4].kind == ShardSource::Kind::kProgram);
  CHECK(sources[4].location == "ssh");
  CHECK(sources[4].arguments == "-q shard4 xapian-progsrv /srv/shard-4");
}

TEST_CASE("a stub with a line it cannot open, a bad port or too many shards is refused") {
  for (const std::string text : {"inmemory\n", "remote 127.0.0.1\n", "remote 127.0.0.1:0\n", "remote h:99999\n",
                                 "remote h:12x\n", "tcp h\n", "remote :\n", "auto\n", "", "# only a comment\n"}) {
    StubFile stub(text);
    CHECK_THROWS_AS(SourcesOf(stub.path()), ShardError);
  }
  std::string many;
  for (std::size_t i = 0; i <= kMaxShards; ++i) many += "remote h:" + std::to_string(1000 + i) + "\n";
  StubFile stub(many);
  CHECK_THROWS_AS(SourcesOf(stub.path()), ShardError);
}

TEST_CASE("a plain folder is one local shard, a sharded folder its shards") {
  StubFile scratch("auto x\n");
  const fs::path plain = scratch.dir() / "plain";
  fs::create_directories(plain);
  std::vector<ShardSource> sources = SourcesOf(plain.string());
  REQUIRE(sources.size() == 1);
  CHECK(sources[0].location == plain.string());
  const fs::path sharded = scratch.dir() / "sharded";
  RecordShardCount(sharded, 2);
  sources = SourcesOf(sharded.string());
  REQUIRE(sources.size() == 2);
  CHECK(sources[1].location == (sharded / "shard-1").string());
  CHECK(sources[1].kind == ShardSource::Kind::kLocal);
}

}  // namespace
}  // namespace vankien::shards
