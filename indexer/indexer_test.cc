#include "indexer/indexer.h"

#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

#include <xapian.h>

#include "indexer/file_task.h"
#include "indexer/index_check.h"
#include "indexer/index_directory.h"
#include "indexer/parallel_build.h"
#include "schema/deleted_documents.h"
#include "schema/fields.h"
#include "schema/file_state.h"
#include "shards/layout.h"
#include "shards/sharded_index.h"

namespace vankien::indexer {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("vankien-indexer-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    fs::remove_all(path_);
    fs::create_directories(path_ / "docs");
  }
  ~TempDir() { fs::remove_all(path_); }
  fs::path docs() const { return path_ / "docs"; }
  fs::path db() const { return path_ / "db"; }
  void Write(const std::string& name, const std::string& text) const {
    fs::create_directories((docs() / name).parent_path());
    std::ofstream(docs() / name, std::ios::binary) << text;
  }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

std::string Article(const std::string& title, const std::string& body) {
  return title + "\n09:35, ngày 08-02-2020\n\n" + body + "\n";
}

// Captures what a run reports.
class CapturedReporter {
 public:
  explicit CapturedReporter(Verbosity verbosity = Verbosity::kQuiet)
      : stream_(open_memstream(&buffer_, &size_)), reporter_(verbosity, false, stream_, stream_) {}
  ~CapturedReporter() {
    std::fclose(stream_);
    std::free(buffer_);
  }
  Reporter* get() { return &reporter_; }
  std::string text() {
    std::fflush(stream_);
    return std::string(buffer_, size_);
  }

 private:
  char* buffer_ = nullptr;
  std::size_t size_ = 0;
  std::FILE* stream_;
  Reporter reporter_;
};

IndexSummary Run(const TempDir& dir, std::string* messages = nullptr, bool rebuild = false,
                 LinkPolicy links = LinkPolicy::kInsideRoots) {
  IndexOptions options;
  options.db = dir.db();
  options.paths = {dir.docs()};
  options.links = links;
  options.jobs = 2;
  options.batch_documents = 2;
  options.rebuild = rebuild;
  CapturedReporter reporter(Verbosity::kNormal);
  IndexSummary summary = UpdateIndex(options, reporter.get());
  if (messages != nullptr) *messages = reporter.text();
  return summary;
}

// A quiet run on the given paths into dir's index.
IndexSummary RunOn(const TempDir& dir, std::vector<fs::path> paths, bool rebuild) {
  IndexOptions options;
  options.db = dir.db();
  options.paths = std::move(paths);
  options.rebuild = rebuild;
  CapturedReporter reporter;
  return UpdateIndex(options, reporter.get());
}

// How many documents of the index hold `term`, deleted ones left out.
std::size_t DocumentsWithTerm(const fs::path& db, const std::string& term) {
  Xapian::Database database(db.string());
  return schema::LiveDocumentsWithTerm(database, schema::DeletedDocuments::Read(database), term).size();
}

TEST_CASE("new, unchanged, changed and removed files") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết thứ nhất về chi bộ", "Nội dung về chi bộ thôn."));
  dir.Write("sub/b.txt", Article("Bài viết thứ hai về đảng viên", "Nội dung về đảng viên."));
  dir.Write("c.xml",
            "<vankien><document id=\"x1\" kind=\"article\"><title>Một</title><text>dân vận</text></document>"
            "<document id=\"x2\" kind=\"article\"><title>Hai</title><text>thi đua</text></document></vankien>");
  IndexSummary first = Run(dir);
  CHECK(first.added == 3);
  CHECK(first.documents_in_index == 4);
  CHECK(DocumentsWithTerm(dir.db(), "Qsub/b.txt") == 1);

  IndexSummary second = Run(dir);
  CHECK(second.unchanged == 3);
  CHECK(second.added + second.updated + second.removed == 0);

  // Same size and bytes, new time: confirmed unchanged by the content hash.
  fs::last_write_time(dir.docs() / "a.txt", fs::last_write_time(dir.docs() / "a.txt") + std::chrono::hours(1));
  CHECK(Run(dir).unchanged == 3);

  // Changed: one document of c.xml dropped, one changed; b.txt removed.
  dir.Write("c.xml",
            "<vankien><document id=\"x1\" kind=\"article\"><title>Một</title><text>kiểm tra giám sát</text></document></vankien>");
  fs::remove(dir.docs() / "sub/b.txt");
  IndexSummary third = Run(dir);
  CHECK(third.updated == 1);
  CHECK(third.removed == 1);
  CHECK(third.documents_in_index == 2);
  CHECK(DocumentsWithTerm(dir.db(), "Qx2") == 0);
  CHECK(DocumentsWithTerm(dir.db(), "giam") == 1);
  CHECK(DocumentsWithTerm(dir.db(), "thi") == 0);
}

TEST_CASE("a file that breaks keeps its old documents") {
  TempDir dir;
  dir.Write("c.xml", "<vankien><document id=\"x1\" kind=\"article\"><title>Một</title><text>dân vận</text></document></vankien>");
  Run(dir);
  dir.Write("c.xml", "<vankien><document id=\"x1\" kind=\"article\"><title>Một</tit");
  std::string messages;
  IndexSummary broken = Run(dir, &messages);
  CHECK(broken.failed == 1);
  CHECK_THAT(messages, Catch::Contains("c.xml:1:55: malformed XML"));
  CHECK_THAT(messages, Catch::Contains("the version indexed before is kept"));
  CHECK(DocumentsWithTerm(dir.db(), "Qx1") == 1);
  CHECK(DocumentsWithTerm(dir.db(), "dan") == 1);
}

// How many documents Xapian holds, deleted ones included, and how many are listed as deleted.
std::pair<Xapian::doccount, std::size_t> HeldAndDeleted(const fs::path& db) {
  Xapian::Database database(db.string());
  return {database.get_doccount(), schema::DeletedDocuments::Read(database).size()};
}

TEST_CASE("changed files leave deleted documents, which a run past a quarter advises to reclaim and --rebuild reclaims") {
  TempDir dir;
  const std::size_t files = kRebuildAdviceMinimum + 20;
  auto write_all = [&](const std::string& topic) {
    for (std::size_t i = 0; i < files; ++i) {
      dir.Write(std::to_string(i) + ".txt", Article("Bài viết số " + std::to_string(i) + " về " + topic, "Nội dung."));
    }
  };
  write_all("dân vận");
  std::string messages;
  Run(dir, &messages);
  CHECK(HeldAndDeleted(dir.db()) == std::pair<Xapian::doccount, std::size_t>{files, 0});

  dir.Write("0.txt", Article("Bài viết về thi đua", "Nội dung."));
  Run(dir, &messages);
  CHECK(HeldAndDeleted(dir.db()) == std::pair<Xapian::doccount, std::size_t>{files + 1, 1});
  CHECK_THAT(messages, !Catch::Contains("--rebuild"));

  write_all("quốc phòng");
  IndexSummary changed = Run(dir, &messages);
  CHECK(changed.updated == files);
  CHECK(changed.documents_in_index == files);
  CHECK(HeldAndDeleted(dir.db()) == std::pair<Xapian::doccount, std::size_t>{2 * files + 1, files + 1});
  CHECK_THAT(messages, Catch::Contains(std::to_string(files + 1) + " replaced or removed documents") &&
                           Catch::Contains("--rebuild reclaims"));

  IndexSummary rebuilt = Run(dir, &messages, /*rebuild=*/true);
  CHECK(rebuilt.documents_in_index == files);
  CHECK(HeldAndDeleted(dir.db()) == std::pair<Xapian::doccount, std::size_t>{files, 0});
  CHECK(DocumentsWithTerm(dir.db(), "quoc") == files);
  CHECK(DocumentsWithTerm(dir.db(), "dan") == 0);
  CHECK(CheckIndex(Xapian::Database(dir.db().string())).empty());
  IndexSummary again = Run(dir, &messages);
  CHECK(again.unchanged == files);
}

TEST_CASE("updates leave the index compact") {
  TempDir dir;
  auto write_all = [&](const std::string& topic) {
    for (int i = 0; i < 300; ++i) {
      dir.Write(std::to_string(i) + ".txt", Article("Bài viết số " + std::to_string(i) + " về " + topic,
                                                   "Nội dung số " + std::to_string(i * 7919) + " về " + topic + "."));
    }
  };
  auto compacted_bytes = [&] {
    return std::stoull(Xapian::Database(dir.db().string()).get_metadata(kCompactedBytesKey));
  };
  write_all("dân vận");
  Run(dir);
  const std::uintmax_t first = compacted_bytes();
  CHECK(DirectorySize(dir.db()) < first + first / 4);
  write_all("quốc phòng an ninh");
  IndexSummary changed = Run(dir);
  CHECK(changed.updated == 300);
  // The update split the full blocks it touched, and the index was compacted again.
  CHECK(compacted_bytes() > first);
  CHECK(DirectorySize(dir.db()) < compacted_bytes() + compacted_bytes() / 4);
  CHECK(DocumentsWithTerm(dir.db(), "ninh") == 300);
  CHECK(HeldAndDeleted(dir.db()) == std::pair<Xapian::doccount, std::size_t>{600, 300});
  CHECK_FALSE(fs::exists(dir.db().string() + ".compact"));
  CHECK(CheckIndex(Xapian::Database(dir.db().string())).empty());
}

// A reader that keeps the index open (a xapian-tcpsrv connection serving a shard) moves to a
// new revision only when the number it finds differs from its own: an index compacted or rebuilt
// into a new folder must not start again at a revision such a reader may hold.
TEST_CASE("a reader of the index finds what a compaction or a rebuild put in its place when it reopens") {
  TempDir dir;
  for (int i = 0; i < 40; ++i) dir.Write(std::to_string(i) + ".txt", Article("Bài viết số " + std::to_string(i), "Nội dung."));
  Run(dir);
  Xapian::Database reader(dir.db().string());
  auto finds = [&](const std::string& term) {
    reader.reopen();
    return reader.get_termfreq(term);
  };
  const Xapian::rev first = reader.get_revision();
  // Each run grows this small index by more than a quarter, and compacts it.
  dir.Write("mot.txt", Article("Bài viết về chi bộ", "Một từ lạ zqxjvk."));
  Run(dir);
  CHECK(finds("zqxjvk") == 1);
  CHECK(reader.get_revision() > first);
  dir.Write("hai.txt", Article("Bài viết về đảng viên", "Một từ lạ qwvbnx."));
  Run(dir);
  CHECK(finds("qwvbnx") == 1);
  dir.Write("ba.txt", Article("Bài viết về dân vận", "Một từ lạ plmokn."));
  Run(dir, nullptr, /*rebuild=*/true);
  CHECK(finds("plmokn") == 1);
  CHECK(finds("qwvbnx") == 1);
  CHECK(reader.get_doccount() == 43);
}

TEST_CASE("an index of another schema version is refused, and --rebuild builds it anew") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết về chi bộ", "Nội dung."));
  Run(dir);
  {
    Xapian::WritableDatabase db(dir.db().string(), Xapian::DB_OPEN | WriteFlags(false));
    db.set_metadata(std::string(schema::metadata::kSchemaVersion), "3");
    db.commit();
  }
  try {
    Run(dir);
    FAIL("no error");
  } catch (const IndexError& e) {
    CHECK_THAT(e.what(), Catch::Contains("another version of vankien (schema 3)") && Catch::Contains("--rebuild"));
  }
  IndexSummary rebuilt = Run(dir, nullptr, /*rebuild=*/true);
  CHECK(rebuilt.added == 1);
  CHECK(Xapian::Database(dir.db().string()).get_metadata(std::string(schema::metadata::kSchemaVersion)) ==
        schema::kCurrentSchemaVersion);
}

TEST_CASE("an index written by another version of the reading of texts is read again in full, once") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết về chi bộ", "Thực hiện Nghị định 5/2020/NĐ-CP."));
  dir.Write("b.txt", Article("Bài viết về đảng viên", "Nội dung."));
  Run(dir);
  CHECK(DocumentsWithTerm(dir.db(), "C05/2020/NĐ-CP") == 1);  // cited
  {
    Xapian::WritableDatabase db(dir.db().string(), Xapian::DB_OPEN | WriteFlags(false));
    db.set_metadata(std::string(schema::metadata::kAnalysisFingerprint), "content 1, taxonomy none");
    db.commit();
  }
  std::string messages;
  IndexSummary again = Run(dir, &messages);
  CHECK_THAT(messages, Catch::Contains("every file is read again"));
  CHECK(again.unchanged == 0);
  CHECK(again.documents_in_index == 2);
  IndexSummary after = Run(dir, &messages);
  CHECK(after.unchanged == 2);
  CHECK_THAT(messages, !Catch::Contains("read again"));
}

TEST_CASE("a run that finds nothing changed leaves the index as it was: no revision, no growth") {
  TempDir dir;
  for (int i = 0; i < 20; ++i) dir.Write(std::to_string(i) + ".txt", Article("Bài viết số " + std::to_string(i), "Nội dung."));
  Run(dir);
  const Xapian::rev revision = Xapian::Database(dir.db().string()).get_revision();
  const std::uintmax_t size = DirectorySize(dir.db());
  IndexSummary again = Run(dir);
  CHECK(again.unchanged == 20);
  CHECK(Xapian::Database(dir.db().string()).get_revision() == revision);
  CHECK(DirectorySize(dir.db()) == size);
}

TEST_CASE("paths none of which can be read make no empty index") {
  TempDir dir;
  IndexSummary summary = RunOn(dir, {dir.docs() / "not-there"}, /*rebuild=*/false);
  CHECK(summary.failed == 1);
  CHECK_FALSE(fs::exists(dir.db()));
}

TEST_CASE("a rebuild refuses to drop what it was not given: a missing path, another folder's files") {
  TempDir dir;
  dir.Write("x/a.txt", Article("Bài viết về chi bộ", "Nội dung."));
  dir.Write("y/b.txt", Article("Bài viết về dân vận", "Nội dung."));
  auto run = [&](std::vector<fs::path> paths, bool rebuild) { return RunOn(dir, std::move(paths), rebuild); };
  run({dir.docs() / "x"}, false);
  run({dir.docs() / "y"}, false);
  CHECK_THROWS_WITH(run({dir.docs() / "typo"}, true), Catch::Contains("nothing was changed"));
  CHECK_THROWS_WITH(run({dir.docs() / "y"}, true),
                    Catch::Contains("holds 1 file still on disk that it would drop (such as " +
                                    (dir.docs() / "x" / "a.txt").string() + ")"));
  CHECK(DocumentsWithTerm(dir.db(), "chi") == 1);
  CHECK(run({dir.docs() / "x", dir.docs() / "y"}, true).documents_in_index == 2);
  // A folder gone from disk is no reason to refuse: its documents go.
  fs::remove_all(dir.docs() / "x");
  CHECK(run({dir.docs() / "y"}, true).documents_in_index == 1);
  CHECK(DocumentsWithTerm(dir.db(), "chi") == 0);
}

TEST_CASE("a file once named, which its folder's listing leaves out, stays until it is gone from disk") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết về chi bộ", "Nội dung."));
  dir.Write("notes.md", "Ghi chép về dân vận\n\nNội dung ghi chép.\n");
  auto run = [&](std::vector<fs::path> paths, bool rebuild) { return RunOn(dir, std::move(paths), rebuild); };
  CHECK(run({dir.docs(), dir.docs() / "notes.md"}, false).added == 2);
  // The folder alone does not list notes.md (not .xml or .txt), but it is still there.
  IndexSummary folder_only = run({dir.docs()}, false);
  CHECK(folder_only.removed == 0);
  CHECK(folder_only.documents_in_index == 2);
  CHECK(DocumentsWithTerm(dir.db(), "van") == 1);
  // A rebuild from the folder alone would drop it: refused, until it is named too.
  CHECK_THROWS_WITH(run({dir.docs()}, true), Catch::Contains("(such as " + (dir.docs() / "notes.md").string() +
                                                             "; a folder lists only its .xml and .txt files"));
  CHECK(run({dir.docs(), dir.docs() / "notes.md"}, true).documents_in_index == 2);
  // Gone from disk: removed, whether named or not.
  fs::remove(dir.docs() / "notes.md");
  CHECK(run({dir.docs()}, false).removed == 1);
  CHECK(DocumentsWithTerm(dir.db(), "van") == 0);
}

TEST_CASE("an index given through a link or with a trailing slash is updated where it really is") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết về chi bộ", "Nội dung."));
  const fs::path real = dir.db().parent_path() / "data" / "index";
  const fs::path link = dir.db().parent_path() / "link";
  fs::create_directories(real.parent_path());
  auto run = [&](const fs::path& db) {
    IndexOptions options;
    options.db = db;
    options.paths = {dir.docs()};
    CapturedReporter reporter;
    return UpdateIndex(options, reporter.get());
  };
  run(real);
  fs::create_directory_symlink(real, link);
  // An index this small grows by more than a quarter at each change, and is compacted: the
  // compacted copy must take the real folder's place, not the link's.
  dir.Write("a.txt", Article("Bài viết về dân vận", "Nội dung."));
  CHECK(run(link).updated == 1);
  CHECK(fs::is_symlink(link));
  CHECK(DocumentsWithTerm(real, "van") == 1);
  dir.Write("a.txt", Article("Bài viết về thi đua", "Nội dung."));
  CHECK(run(real.string() + "/").updated == 1);
  CHECK(DocumentsWithTerm(real, "dua") == 1);
  CHECK(DocumentsWithTerm(real, "van") == 0);
  CHECK_FALSE(fs::exists(real / ".compact"));
}

TEST_CASE("the check finds a document whose stored text is damaged") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết về chi bộ", "Nội dung về chi bộ thôn."));
  Run(dir);
  CHECK(CheckIndex(Xapian::Database(dir.db().string())).empty());
  {  // replaced as the indexer replaces a document: a damaged copy added, the original deleted
    Xapian::WritableDatabase db(dir.db().string(), Xapian::DB_OPEN | WriteFlags(false));
    const Xapian::Document original = db.get_document(1);
    std::string data = original.get_data();
    data[data.size() / 2] ^= 0x5a;
    Xapian::Document document;  // its terms cannot be read back: the index keeps no termlist
    document.set_data(data);
    for (Xapian::valueno slot : {schema::slot::kFile, schema::slot::kRecord}) {
      document.add_value(slot, original.get_value(slot));
    }
    db.add_document(document);
    schema::DeletedDocuments deleted;
    deleted.Add(1);
    deleted.Write(&db);
    db.commit();
  }
  const std::vector<std::string> problems = CheckIndex(Xapian::Database(dir.db().string()));
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Catch::StartsWith("document 2: stored text"));
}

// Two files giving the same id: the first is indexed, the second reported and counted as failed
// on every run, and indexed once the first is gone. `padding` more files make it a first build
// big enough to run in parallel shards.
void CheckDuplicateIds(std::size_t padding) {
  TempDir dir;
  dir.Write("a.xml", "<vankien><document id=\"same\" kind=\"article\"><title>A</title><text>một</text></document></vankien>");
  dir.Write("b.xml", "<vankien><document id=\"same\" kind=\"article\"><title>B</title><text>hai</text></document></vankien>");
  for (std::size_t i = 0; i < padding; ++i) {
    dir.Write("pad/" + std::to_string(i) + ".txt", Article("Bài viết số " + std::to_string(i) + " về chi bộ", "Nội dung."));
  }
  std::string messages;
  IndexSummary first = Run(dir, &messages);
  CHECK(first.documents_in_index == padding + 1);
  CHECK(DocumentsWithTerm(dir.db(), "mot") == 1);
  CHECK(first.failed == 1);
  CHECK(first.added == padding + 1);
  CHECK_THAT(messages, Catch::Contains("b.xml: document id \"same\" is already used by"));

  IndexSummary again = Run(dir, &messages);  // still held by a.xml: reported again
  CHECK(again.failed == 1);
  CHECK(again.unchanged == padding + 1);
  CHECK_THAT(messages, Catch::Contains("b.xml: document id \"same\" is already used by"));

  fs::remove(dir.docs() / "a.xml");
  IndexSummary freed = Run(dir, &messages);
  CHECK(freed.removed == 1);
  CHECK(freed.failed == 0);
  CHECK(freed.updated == 1);
  CHECK(DocumentsWithTerm(dir.db(), "hai") == 1);
  CHECK(DocumentsWithTerm(dir.db(), "mot") == 0);
  CHECK(Run(dir).unchanged == padding + 1);
}

// A quiet run into dir's index as `shards` shards; what it reported in *messages.
IndexSummary RunSharded(const TempDir& dir, std::size_t shards, std::string* messages = nullptr) {
  IndexOptions options;
  options.db = dir.db();
  options.paths = {dir.docs()};
  options.shards = shards;
  options.jobs = 2;
  options.batch_documents = 2;
  CapturedReporter reporter;
  IndexSummary summary = UpdateIndex(options, reporter.get());
  if (messages != nullptr) *messages = reporter.text();
  return summary;
}

// A name under docs/ for a file routed to shard `shard` of `shards`: `stem`, a number, `extension`.
std::string NameInShard(const TempDir& dir, const std::string& stem, std::size_t shard, std::size_t shards,
                        const std::string& extension = ".txt") {
  for (int i = 0;; ++i) {
    const std::string name = stem + std::to_string(i) + extension;
    if (shards::ShardOf((dir.docs() / name).string(), shards) == shard) return name;
  }
}

TEST_CASE("a sharded index puts each file in the shard its path hashes to, and keeps each shard up to date") {
  TempDir dir;
  constexpr std::size_t kShards = 3;
  for (std::size_t shard = 0; shard < kShards; ++shard) {
    dir.Write(NameInShard(dir, "tin-" + std::to_string(shard) + "-", shard, kShards),
              Article("Bài viết ở phần " + std::to_string(shard), "Nội dung về chi bộ thôn."));
  }
  dir.Write("them.txt", Article("Bài viết thêm", "Nội dung về đảng viên."));
  IndexSummary first = RunSharded(dir, kShards);
  CHECK(first.added == 4);
  CHECK(first.documents_in_index == 4);
  CHECK(shards::RecordedShardCount(dir.db()) == kShards);
  for (std::size_t shard = 0; shard < kShards; ++shard) {
    const Xapian::Database db(shards::ShardPath(dir.db(), shard).string());
    CHECK(db.get_doccount() == 1 + (shards::ShardOf((dir.docs() / "them.txt").string(), kShards) == shard));
    for (const auto& [key, state] : schema::ReadFileStates(db, "")) CHECK(shards::ShardOf(key, kShards) == shard);
    CHECK(CheckIndex(db).empty());
  }

  CHECK(RunSharded(dir, kShards).unchanged == 4);
  dir.Write("them.txt", Article("Bài viết thêm", "Nội dung về thi đua."));
  fs::remove(dir.docs() / NameInShard(dir, "tin-0-", 0, kShards));
  IndexSummary changed = RunSharded(dir, kShards);
  CHECK(changed.updated == 1);
  CHECK(changed.removed == 1);
  CHECK(changed.unchanged == 2);
  CHECK(changed.documents_in_index == 3);
  const shards::ShardedIndex index(dir.db().string());
  CHECK(CheckShardedIndex(index).empty());
  CHECK(schema::LiveDocumentsWithTerm(index.combined(), index.Deleted(), "thi").size() == 1);
  CHECK(schema::LiveDocumentsWithTerm(index.combined(), index.Deleted(), "dang").size() == 0);
}

TEST_CASE("a sharded index refuses another number of shards, or none, and shards refuse a folder holding a plain index") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết", "Nội dung."));
  RunSharded(dir, 2);
  CHECK_THROWS_WITH(RunSharded(dir, 3), Catch::Contains("is made of 2 shards: give --shards 2"));
  CHECK_THROWS_WITH(RunSharded(dir, 0), Catch::Contains("is made of 2 shards: give --shards 2"));
  CHECK(RunSharded(dir, 2).unchanged == 1);

  TempDir plain;
  plain.Write("a.txt", Article("Bài viết", "Nội dung."));
  RunSharded(plain, 0);
  CHECK_THROWS_WITH(RunSharded(plain, 2), Catch::Contains("not a sharded index"));
  CHECK(shards::RecordedShardCount(plain.db()) == 0);
}

TEST_CASE("an id held by files in two shards is reported on every run and by the check") {
  TempDir dir;
  const std::string same = "<vankien><document id=\"same\" kind=\"article\"><title>A</title><text>một</text></document></vankien>";
  dir.Write(NameInShard(dir, "a", 0, 2, ".xml"), same);
  dir.Write(NameInShard(dir, "b", 1, 2, ".xml"), same);
  std::string messages;
  CHECK(RunSharded(dir, 2, &messages).failed == 1);
  CHECK_THAT(messages, Catch::Contains("document id same is held by 2 documents in different shards"));
  CHECK(RunSharded(dir, 2, &messages).failed == 1);
  const std::vector<std::string> problems = CheckShardedIndex(shards::ShardedIndex(dir.db().string()));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "document id same is held by 2 documents in different shards");
}

TEST_CASE("an id used by two files is indexed once, the second reported until the first is gone") {
  CheckDuplicateIds(0);
}

TEST_CASE("the same in a first build large enough for parallel shards") {
  CheckDuplicateIds(kMinParallelFiles);
}

TEST_CASE("a rebuild leaves an id with the file that held it, not the one that sorts first") {
  TempDir dir;
  dir.Write("b.xml", "<vankien><document id=\"same\" kind=\"article\"><title>B</title><text>hai</text></document></vankien>");
  Run(dir);
  dir.Write("a.xml", "<vankien><document id=\"same\" kind=\"article\"><title>A</title><text>một</text></document></vankien>");
  std::string messages;
  Run(dir, &messages);
  CHECK_THAT(messages, Catch::Contains("a.xml: document id \"same\" is already used by"));
  IndexSummary rebuilt = Run(dir, &messages, /*rebuild=*/true);
  CHECK(rebuilt.failed == 1);
  CHECK_THAT(messages, Catch::Contains("a.xml: document id \"same\" is already used by"));
  CHECK(DocumentsWithTerm(dir.db(), "hai") == 1);
  CHECK(DocumentsWithTerm(dir.db(), "mot") == 0);
}

TEST_CASE("verbose output names every file that is not indexed, and why") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết thứ nhất về chi bộ", "Nội dung."));
  dir.Write("notes.md", "# ghi chú");
  IndexOptions options;
  options.db = dir.db();
  options.paths = {dir.docs()};
  CapturedReporter reporter(Verbosity::kVerbose);
  IndexSummary summary = UpdateIndex(options, reporter.get());
  CHECK(summary.skipped == 1);
  CHECK_THAT(reporter.text(), Catch::Contains("skipped  " + (dir.docs() / "notes.md").string() + ": its extension names no format vankien reads"));
  options.paths = {dir.docs(), dir.docs()};  // a folder given twice: each file counted once
  IndexSummary again = UpdateIndex(options, reporter.get());
  CHECK(again.skipped == 1);
  CHECK(again.unchanged == 1);
}

// Follows every link found (--follow-links).
IndexSummary RunFollowingLinks(const TempDir& dir, std::string* messages = nullptr) {
  return Run(dir, messages, /*rebuild=*/false, LinkPolicy::kAnywhere);
}

TEST_CASE("with --follow-links a link to a file elsewhere is indexed where the link is: removing the link or the file removes it") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết thứ nhất về chi bộ", "Nội dung."));
  const fs::path elsewhere = dir.db().parent_path() / "elsewhere.txt";
  std::ofstream(elsewhere) << Article("Bài viết ở nơi khác về dân vận", "Nội dung khác.");
  fs::create_symlink(elsewhere, dir.docs() / "link.txt");
  fs::create_symlink(dir.docs() / "a.txt", dir.docs() / "same-as-a.txt");  // a file listed twice
  IndexSummary first = RunFollowingLinks(dir);
  CHECK(first.added == 2);
  CHECK(DocumentsWithTerm(dir.db(), "dan") == 1);
  fs::remove(dir.docs() / "link.txt");
  IndexSummary second = RunFollowingLinks(dir);
  CHECK(second.removed == 1);
  CHECK(DocumentsWithTerm(dir.db(), "dan") == 0);
  CHECK(RunFollowingLinks(dir).unchanged == 1);
  // A link whose file is gone is gone too (not a file that cannot be read, kept).
  fs::create_symlink(elsewhere, dir.docs() / "link.txt");
  CHECK(RunFollowingLinks(dir).added == 1);
  fs::remove(elsewhere);
  IndexSummary third = RunFollowingLinks(dir);
  CHECK(third.removed == 1);
  CHECK(third.failed == 0);
  CHECK(DocumentsWithTerm(dir.db(), "dan") == 0);
  // A file made a link to another listed file is listed once, under the other's path: its old
  // documents go, and a rebuild is not refused for it.
  dir.Write("b.txt", Article("Bài viết thứ hai về thi đua", "Nội dung."));
  CHECK(RunFollowingLinks(dir).added == 1);
  fs::remove(dir.docs() / "b.txt");
  fs::create_symlink(dir.docs() / "a.txt", dir.docs() / "b.txt");
  CHECK(RunFollowingLinks(dir).removed == 1);
  CHECK(DocumentsWithTerm(dir.db(), "thi") == 0);
  CHECK(Run(dir, nullptr, /*rebuild=*/true, LinkPolicy::kAnywhere).documents_in_index == 1);
}

// Makes a Unix socket file at `path`, as a running program leaves one.
void MakeSocketFile(const fs::path& path) {
  const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
  REQUIRE(sock >= 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  REQUIRE(path.string().size() < sizeof address.sun_path);
  std::strcpy(address.sun_path, path.c_str());
  CHECK(::bind(sock, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  ::close(sock);
}

TEST_CASE("links leading out of the folders, broken links and special files are reported and skipped, never opened") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết thứ nhất về chi bộ", "Nội dung."));
  dir.Write("sub/b.txt", Article("Bài viết thứ hai về thi đua", "Nội dung."));
  const fs::path elsewhere = dir.db().parent_path() / "elsewhere.txt";
  std::ofstream(elsewhere) << Article("Bài viết ở nơi khác về dân vận", "Nội dung khác.");
  fs::create_symlink("sub/b.txt", dir.docs() / "inside.txt");            // inside the root: followed
  fs::create_symlink("../elsewhere.txt", dir.docs() / "outside.txt");    // ".." leads out
  fs::create_symlink("/etc/hostname", dir.docs() / "hostname.txt");
  fs::create_symlink("/dev/null", dir.docs() / "null.txt");
  fs::create_symlink("loop2.txt", dir.docs() / "loop1.txt");
  fs::create_symlink("loop1.txt", dir.docs() / "loop2.txt");
  fs::create_symlink("nothing.txt", dir.docs() / "dangling.txt");
  REQUIRE(::mkfifo((dir.docs() / "fifo.txt").c_str(), 0600) == 0);  // opening it would block
  MakeSocketFile(dir.docs() / "sock.txt");

  std::string messages;
  IndexSummary summary = Run(dir, &messages);
  CHECK(summary.added == 2);  // a.txt, and sub/b.txt once (under inside.txt, the first path)
  CHECK(summary.failed == 0);
  CHECK(summary.skipped == 8);
  CHECK(DocumentsWithTerm(dir.db(), "thi") == 1);
  CHECK(DocumentsWithTerm(dir.db(), "dan") == 0);
  const std::string docs = dir.docs().string();
  CHECK_THAT(messages, Catch::Contains(docs + "/outside.txt: a link leading outside the indexed folders, to " +
                                       fs::canonical(elsewhere).string()));
  CHECK_THAT(messages, Catch::Contains(docs + "/hostname.txt: a link leading outside the indexed folders, to /etc/hostname"));
  CHECK_THAT(messages, Catch::Contains(docs + "/null.txt: a link leading outside the indexed folders, to /dev/null"));
  CHECK_THAT(messages, Catch::Contains(docs + "/loop1.txt: a link loop"));
  CHECK_THAT(messages, Catch::Contains(docs + "/loop2.txt: a link loop"));
  CHECK_THAT(messages, Catch::Contains(docs + "/dangling.txt: a link to nothing: it leads to nothing.txt"));
  CHECK_THAT(messages, Catch::Contains(docs + "/fifo.txt: a FIFO (named pipe), not a regular file"));
  CHECK_THAT(messages, Catch::Contains(docs + "/sock.txt: a socket, not a regular file"));

  // --follow-links reads the file elsewhere; a link to a device stays refused.
  std::string following;
  RunFollowingLinks(dir, &following);
  CHECK(DocumentsWithTerm(dir.db(), "dan") == 1);
  CHECK_THAT(following, Catch::Contains(docs + "/null.txt: a link to a character device (/dev/null), not a regular file"));
  CHECK_THAT(following, Catch::Contains(docs + "/fifo.txt: a FIFO"));
}

TEST_CASE("an indexed file that becomes a link leading out of the folders is removed from the index") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết thứ nhất về chi bộ", "Nội dung."));
  dir.Write("b.txt", Article("Bài viết thứ hai về thi đua", "Nội dung."));
  const fs::path elsewhere = dir.db().parent_path() / "elsewhere.txt";
  std::ofstream(elsewhere) << Article("Bài viết ở nơi khác về dân vận", "Nội dung khác.");
  CHECK(Run(dir).added == 2);
  fs::remove(dir.docs() / "b.txt");
  fs::create_symlink(elsewhere, dir.docs() / "b.txt");
  IndexSummary summary = Run(dir);
  CHECK(summary.removed == 1);
  CHECK(summary.skipped == 1);
  CHECK(DocumentsWithTerm(dir.db(), "thi") == 0);  // its old content is gone
  CHECK(DocumentsWithTerm(dir.db(), "dan") == 0);  // and the new is not read
  // A rebuild is not refused for it either: it is no file of the index's.
  CHECK(Run(dir, nullptr, /*rebuild=*/true).documents_in_index == 1);
  // A file replaced by a FIFO goes the same way.
  fs::remove(dir.docs() / "a.txt");
  REQUIRE(::mkfifo((dir.docs() / "a.txt").c_str(), 0600) == 0);
  CHECK(Run(dir).removed == 1);
  CHECK(DocumentsWithTerm(dir.db(), "chi") == 0);
}

TEST_CASE("paths named to the indexer are followed, links and all: links inside a linked root stay inside") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết thứ nhất về chi bộ", "Nội dung."));
  fs::create_symlink("a.txt", dir.docs() / "same.txt");
  const fs::path elsewhere = dir.db().parent_path() / "elsewhere.txt";
  std::ofstream(elsewhere) << Article("Bài viết ở nơi khác về dân vận", "Nội dung khác.");
  const fs::path named_link = dir.db().parent_path() / "named.txt";
  fs::create_symlink(elsewhere, named_link);
  const fs::path root_link = dir.db().parent_path() / "docs-link";
  fs::create_directory_symlink(dir.docs(), root_link);
  IndexSummary summary = RunOn(dir, {root_link, named_link}, /*rebuild=*/false);
  CHECK(summary.added == 2);  // a.txt once (same.txt leads inside the root), and the named link
  CHECK(summary.failed == 0);
  CHECK(summary.skipped == 0);
  CHECK(DocumentsWithTerm(dir.db(), "dan") == 1);
}

TEST_CASE("a locked index is an IndexError that says so") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết thứ nhất về chi bộ", "Nội dung."));
  Run(dir);
  Xapian::WritableDatabase holder(dir.db().string(), Xapian::DB_OPEN | WriteFlags(false));
  try {
    Run(dir);
    FAIL("no error");
  } catch (const IndexError& e) {
    CHECK_THAT(e.what(), Catch::Contains("is locked"));
  }
}

TEST_CASE("a missing path is reported and the rest indexed") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết thứ nhất về chi bộ", "Nội dung."));
  IndexOptions options;
  options.db = dir.db();
  options.paths = {dir.docs(), dir.docs() / "nonexistent"};
  CapturedReporter reporter;
  IndexSummary summary = UpdateIndex(options, reporter.get());
  CHECK_THAT(reporter.text(), Catch::Contains("nonexistent: no such file or directory"));
  CHECK(summary.failed == 1);
  CHECK(summary.added == 1);
}

TEST_CASE("a file deleted or truncated between listing and reading: a reason, or its bytes as they are") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết về công tác dân vận ở cơ sở", "Nội dung dân vận khéo ở thôn."));
  ScanResult scan = ScanPaths({dir.docs()}, LinkPolicy::kInsideRoots);
  REQUIRE(scan.files.size() == 1);
  const ScannedFile listed = scan.files[0];
  DocumentBuilder builder;
  readers::ReadOptions options;

  // Truncated after it was listed: what it holds now is read, its state recorded as read.
  dir.Write("a.txt", Article("Bài viết ngắn hơn", "Dân vận."));
  FileResult truncated = ProcessFile(FileTask{&listed, std::nullopt, false}, options, &builder);
  REQUIRE(truncated.outcome == Outcome::kIndexed);
  CHECK(truncated.state.size == fs::file_size(dir.docs() / "a.txt"));
  CHECK(truncated.state.size < listed.size);

  // Deleted after it was listed: one line saying so; the run goes on.
  fs::remove(dir.docs() / "a.txt");
  FileResult deleted = ProcessFile(FileTask{&listed, std::nullopt, false}, options, &builder);
  CHECK(deleted.outcome == Outcome::kFailed);
  CHECK_THAT(deleted.message, Catch::Contains("a.txt") && Catch::Contains("cannot read"));
  CHECK(deleted.message.find('\n') == std::string::npos);
}

TEST_CASE("a file deleted between listing and reading keeps what was indexed of it, and the next run removes it") {
  TempDir dir;
  dir.Write("a.txt", Article("Bài viết về công tác dân vận ở cơ sở", "Nội dung dân vận khéo ở thôn."));
  Run(dir);
  REQUIRE(DocumentsWithTerm(dir.db(), "dan") == 1);
  fs::remove(dir.docs() / "a.txt");
  Run(dir);
  CHECK(DocumentsWithTerm(dir.db(), "dan") == 0);
}

}  // namespace
}  // namespace vankien::indexer
