#include "shards/sharded_index.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "indexer/indexer.h"
#include "schema/fields.h"
#include "shards/layout.h"

namespace vankien::shards {
namespace {

namespace fs = std::filesystem;

// The registry samples of the end-to-end tests (one directive, the documents citing it), copied
// so that a test may change them, indexed as one index and as three shards.
class TwoIndexes {
 public:
  TwoIndexes() : dir_(fs::temp_directory_path() / ("vankien-sharded-test-" + std::to_string(::getpid()))) {
    fs::remove_all(dir_);
    fs::create_directories(docs());
    fs::copy(fs::path(VANKIEN_SOURCE_DIR) / "tests/e2e/registry_corpus", docs());
    fs::remove(docs() / "README.md");
    Index();
  }
  ~TwoIndexes() { fs::remove_all(dir_); }
  fs::path docs() const { return dir_ / "docs"; }
  std::string plain() const { return (dir_ / "plain").string(); }
  std::string sharded() const { return (dir_ / "sharded").string(); }

  void Index() const {
    for (std::size_t shards : {0, 3}) {
      indexer::IndexOptions options;
      options.db = shards == 0 ? plain() : sharded();
      options.paths = {docs()};
      options.shards = shards;
      options.jobs = 1;
      char* text = nullptr;
      std::size_t size = 0;
      std::FILE* sink = open_memstream(&text, &size);
      indexer::Reporter reporter(indexer::Verbosity::kQuiet, false, sink, sink);
      const indexer::IndexSummary summary = indexer::UpdateIndex(options, &reporter);
      std::fclose(sink);
      std::free(text);
      REQUIRE(summary.failed == 0);
    }
  }

 private:
  fs::path dir_;
};

TEST_CASE("a sharded index reads as one: documents, ids, metadata, file states, the registry") {
  TwoIndexes indexes;
  const ShardedIndex plain(indexes.plain());
  const ShardedIndex sharded(indexes.sharded());
  REQUIRE(plain.size() == 1);
  REQUIRE(sharded.size() == 3);
  CHECK(sharded.name(1) == (fs::path(indexes.sharded()) / "shard-1").string());
  CHECK(sharded.combined().get_doccount() == plain.combined().get_doccount());
  std::size_t nonempty = 0;
  for (std::size_t s = 0; s < sharded.size(); ++s) nonempty += sharded.shard(s).get_doccount() > 0;
  CHECK(nonempty >= 2);  // the samples are spread, or the test proves little

  // Each shard's documents are where CombinedId says in the combined database.
  for (std::size_t s = 0; s < sharded.size(); ++s) {
    for (auto it = sharded.shard(s).postlist_begin(""); it != sharded.shard(s).postlist_end(""); ++it) {
      CHECK(sharded.combined().get_document(sharded.CombinedId(s, *it)).get_data() ==
            sharded.shard(s).get_document(*it).get_data());
    }
  }
  CHECK(sharded.SharedMetadata(schema::metadata::kSchemaVersion) == schema::kCurrentSchemaVersion);
  const std::string file = (indexes.docs() / "kh-21-tu.txt").string();
  REQUIRE(sharded.FileStateOf(file));
  CHECK(*sharded.FileStateOf(file) == *plain.FileStateOf(file));
  CHECK_FALSE(sharded.FileStateOf(file + ".missing"));

  // The directive is in one shard, most of its citers in others: the entry is whole anyway.
  const auto expected = plain.RegistryEntry("09-CT/TU", plain.Deleted());
  REQUIRE(expected.size() == 1);
  CHECK(expected[0].citations.size() == 6);
  CHECK(sharded.RegistryEntry("09-CT/TU", sharded.Deleted()) == expected);
}

TEST_CASE("replaced documents are deleted from the shards by Xapian, listed as deleted in one index") {
  TwoIndexes indexes;
  for (const char* name : {"kh-21-tu.txt", "bc-120-tu.txt", "ct-09-tu.txt", "kh-33-hu.txt"}) {
    std::ofstream(indexes.docs() / name, std::ios::app) << "\nMột câu thêm vào.\n";
  }
  indexes.Index();
  const ShardedIndex plain(indexes.plain());
  const ShardedIndex sharded(indexes.sharded());
  CHECK(plain.Deleted().size() == 4);
  CHECK(sharded.Deleted().empty());
  // Shards keep a termlist (the stock remote server needs it), so Xapian deletes: no copy stays.
  CHECK(sharded.combined().get_doccount() == schema::LiveDocumentCount(plain.combined(), plain.Deleted()));
  for (std::size_t s = 0; s < sharded.size(); ++s) {
    const Xapian::Database& shard = sharded.shard(s);
    if (shard.get_doccount() == 0) continue;  // the files' paths may route none to it
    const Xapian::docid first = *shard.postlist_begin("");
    CHECK(shard.termlist_begin(first) != shard.termlist_end(first));
  }
  CHECK(sharded.RegistryEntry("09-CT/TU", sharded.Deleted()) == plain.RegistryEntry("09-CT/TU", plain.Deleted()));
}

TEST_CASE("an index that is not there, or an empty folder, is named with what builds one, and a shard only among several") {
  const std::string missing = "/nonexistent/vankien-index";
  try {
    ShardedIndex index(missing, {});
    FAIL("opened");
  } catch (const Xapian::DatabaseNotFoundError& e) {
    CHECK(e.get_msg() == "no index at " + missing + " (vankien-index --db " + missing + " PATH… builds one)");
  }
  const fs::path empty = fs::temp_directory_path() / ("vankien-empty-index-" + std::to_string(::getpid()));
  fs::create_directories(empty);
  try {
    ShardedIndex index(empty.string(), {});
    FAIL("opened");
  } catch (const Xapian::DatabaseNotFoundError& e) {
    CHECK_THAT(e.get_msg(), Catch::StartsWith("no index at " + empty.string() + " "));
  }
  fs::remove(empty);
  const fs::path stub = fs::temp_directory_path() / ("vankien-missing-shards-" + std::to_string(::getpid()) + ".stub");
  std::ofstream(stub) << "auto " << missing << "-0\nauto " << missing << "-1\n";
  try {
    ShardedIndex index(stub.string(), {});
    FAIL("opened");
  } catch (const Xapian::DatabaseNotFoundError& e) {
    CHECK_THAT(e.get_msg(), Catch::StartsWith("shard " + missing + "-0: no index at " + missing + "-0 "));
  }
  fs::remove(stub);
}

}  // namespace
}  // namespace vankien::shards
