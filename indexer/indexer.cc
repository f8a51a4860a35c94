#include "indexer/indexer.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <thread>

#include <xapian.h>

#include "indexer/batch_writer.h"
#include "indexer/file_scanner.h"
#include "indexer/index_check.h"
#include "schema/file_state.h"
#include "indexer/index_directory.h"
#include "indexer/ordered_pipeline.h"
#include "indexer/parallel_build.h"
#include "indexer/topic_classifier.h"
#include "schema/deleted_documents.h"
#include "schema/fields.h"
#include "shards/layout.h"
#include "shards/sharded_index.h"

namespace vankien::indexer {
namespace fs = std::filesystem;
namespace {

// What decides a document's terms and topics besides its text: this build's way of reading
// texts, the taxonomy and the plenum table.
std::string AnalysisFingerprint(const Taxonomy* taxonomy, const PlenumTable* plenums) {
  const std::string topics = taxonomy == nullptr ? "none" : std::to_string(schema::ContentHash(taxonomy->Fingerprint()));
  std::string fingerprint = "content " + std::string(schema::kContentVersion) + ", taxonomy " + topics;
  // Only when there is a table, so that an index built without one keeps its fingerprint.
  if (plenums != nullptr) fingerprint += ", plenums " + std::to_string(schema::ContentHash(plenums->Fingerprint()));
  return fingerprint;
}

Xapian::WritableDatabase OpenForWriting(const fs::path& path, bool termlist) {
  try {
    return Xapian::WritableDatabase(path.string(), Xapian::DB_CREATE_OR_OPEN | WriteFlags(termlist));
  } catch (const Xapian::DatabaseLockError&) {
    // Xapian says the same when the lock file cannot be made at all (a read-only folder or
    // file system): then that is the reason to give, not another writer.
    if (::access(path.c_str(), W_OK) != 0) {
      throw IndexError("cannot write the index " + path.string() + ": " + std::strerror(errno));
    }
    throw IndexError("the index " + path.string() +
                     " is locked: another vankien-index is updating it; try again when it is done");
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot open the index " + path.string() + " for writing: " + e.get_description());
  }
}

bool HoldsNothing(const Xapian::Database& db, const schema::DeletedDocuments& deleted) {
  const std::string prefix(schema::metadata::kFileStatePrefix);
  return schema::LiveDocumentCount(db, deleted) == 0 && db.metadata_keys_begin(prefix) == db.metadata_keys_end(prefix);
}

schema::DeletedDocuments ReadDeleted(const Xapian::Database& db, const fs::path& path) {
  try {
    return schema::DeletedDocuments::Read(db);
  } catch (const std::runtime_error& e) {
    throw IndexError("the index " + path.string() + " is damaged (" + e.what() + "); index it again with --rebuild");
  }
}

// Whether a file the index holds, which the scan did not list, is still there in its own
// right: one named on an earlier run that its folder's listing leaves out (another extension, a
// hidden name). A file gone from disk, a link to nothing, a path the scan refused (a link
// leading outside the roots, a FIFO), and a link to a file the scan listed under another path
// (listed once, under that path) are not; one that cannot be looked at for want of permission
// is.
bool StillOnDisk(const std::string& key, const std::set<std::string>& listed, const ScanResult& scan) {
  if (scan.refused.count(key)) return false;
  std::error_code error;
  const fs::file_status status = fs::status(key, error);
  if (error == std::errc::permission_denied) return true;
  if (error || !fs::is_regular_file(status)) return false;
  const fs::path real = fs::canonical(key, error);
  return error || !listed.count(real.string());
}

std::set<std::string> ListedPaths(const ScanResult& scan) {
  std::set<std::string> listed;
  for (const ScannedFile& file : scan.files) listed.insert(file.path.string());
  return listed;
}

// A rebuild reads only the files the PATHs list: refuses (IndexError) when one of them is
// missing, or the index holds files still on disk that the rebuild would drop — from elsewhere,
// or under a PATH whose listing leaves them out (named on an earlier run). A typo must not empty
// an index. (Files gone from disk with their folder are dropped: nothing else can remove them.)
void CheckRebuildCovers(const Xapian::Database& db, const ScanResult& scan, const std::set<std::string>& listed,
                        const fs::path& path) {
  if (scan.roots.empty() || !scan.problems.empty()) {
    throw IndexError("--rebuild builds the index anew from the PATHs given, and some could not be read "
                     "(see above): nothing was changed in " + path.string());
  }
  std::size_t elsewhere = 0, left_out = 0;
  std::string example;
  for (const auto& [key, state] : schema::ReadFileStates(db, "")) {
    if (listed.count(key) || !StillOnDisk(key, listed, scan)) continue;
    // key is named in the capture: clang 14 cannot capture a structured binding implicitly.
    const bool covered = std::any_of(scan.roots.begin(), scan.roots.end(), [&, &path = key](const ScanRoot& root) {
      return root.is_directory && path.rfind(root.path.string() + "/", 0) == 0;
    });
    if (elsewhere + left_out == 0) example = key;
    ++(covered ? left_out : elsewhere);
  }
  if (const std::size_t dropped = elsewhere + left_out; dropped > 0) {
    throw IndexError("--rebuild builds the index anew from the files the PATHs list, and the index holds " +
                     std::to_string(dropped) + (dropped == 1 ? " file" : " files") +
                     " still on disk that it would drop (such as " +
                     example + (left_out > 0 ? "; a folder lists only its .xml and .txt files that are not hidden" : "") +
                     "): give every folder and file the index should hold; nothing was changed in " + path.string());
  }
}

// What a run does alike in every shard it writes.
struct Run {
  const std::set<std::string>* listed;  // every file the scan listed, whatever its shard
  unsigned jobs = 1;
  TopicClassifier* classifier = nullptr;
  std::string fingerprint;  // AnalysisFingerprint
  std::vector<std::pair<std::string, std::string>> metadata;  // stored with the last commit
};

// The files of `scan` that go to shard `shard` of `count`; the rest of it as it is.
ScanResult ShareOf(const ScanResult& scan, std::size_t shard, std::size_t count) {
  ScanResult share = scan;
  std::erase_if(share.files, [&](const ScannedFile& file) { return shards::ShardOf(file.path.string(), count) != shard; });
  return share;
}

// How many shards the run writes into options.db: 0 for a plain index. Records the number for
// a new sharded index; refuses (IndexError) any other number than the one recorded, and shards
// in a folder that holds something else (a plain index).
std::size_t ShardsToWrite(const IndexOptions& options) {
  const std::string dir = options.db.string();
  std::size_t recorded = 0;
  try {
    recorded = shards::RecordedShardCount(options.db);
  } catch (const shards::ShardError& e) {
    throw IndexError(e.what());
  }
  if (recorded != 0 && options.shards != recorded) {
    throw IndexError("the index " + dir + " is made of " + std::to_string(recorded) + " shards: give --shards " +
                     std::to_string(recorded) + " (another number would move files between shards; build a new "
                     "index in another folder for that)");
  }
  if (recorded != 0 || options.shards == 0) return recorded;
  if (options.shards > shards::kMaxShards) {
    throw IndexError("--shards " + std::to_string(options.shards) + ": at most " + std::to_string(shards::kMaxShards));
  }
  std::error_code error;
  if (fs::exists(options.db, error) && !fs::is_empty(options.db, error)) {
    throw IndexError("the folder " + dir + " is not empty and not a sharded index (a plain index?): index it without "
                     "--shards, or give --shards a new folder");
  }
  try {
    shards::RecordShardCount(options.db, options.shards);
  } catch (const fs::filesystem_error& e) {
    throw IndexError("cannot write the index " + dir + ": " + e.what());
  }
  return options.shards;
}

// Reports every document id that documents of two shards hold: one index refuses the second,
// but shards are written apart.
void ReportDuplicateIds(const fs::path& dir, Reporter* reporter, IndexSummary* summary) {
  const shards::ShardedIndex index(dir.string());
  for (const std::string& problem : DuplicateIds(index.combined(), index.Deleted())) {
    reporter->Problem(dir.string() + ": " + problem + " in different shards; searches find each of them");
    ++summary->failed;
  }
}

// Brings the index at options.db — a plain index or a shard — in step with `scan`, its files.
void UpdateOne(const IndexOptions& options, const ScanResult& scan, const Run& run, Reporter* reporter,
               IndexSummary* summary_out) {
  IndexSummary& summary = *summary_out;
  const unsigned jobs = run.jobs;
  TopicClassifier* const classifier = run.classifier;
  const std::string& fingerprint = run.fingerprint;
  const auto& run_metadata = run.metadata;
  Xapian::WritableDatabase db = OpenForWriting(options.db, options.termlist);
  try {
    std::uintmax_t scanned_bytes = 0;
    for (const ScannedFile& file : scan.files) scanned_bytes += file.size;
    const std::string version = db.get_metadata(std::string(schema::metadata::kSchemaVersion));
    const bool same_version = version == schema::kCurrentSchemaVersion;
    const bool first_build =
        options.rebuild || (same_version ? HoldsNothing(db, ReadDeleted(db, options.db)) : db.get_doccount() == 0);
    if (!first_build && !same_version) {
      throw IndexError("the index " + options.db.string() + " was written by another version of vankien (schema " +
                       (version.empty() ? "unknown" : version) + "); index it again with --rebuild");
    }
    if (!first_build) fs::remove_all(ShardFolder(options.db));  // left by a build since superseded
    fs::remove_all(CompactionFolder(options.db));                  // left by a killed compaction
    if (options.rebuild || (first_build && jobs > 1 &&
                            (scan.files.size() >= kMinParallelFiles || scanned_bytes >= kMinParallelBytes))) {
      if (options.rebuild) CheckRebuildCovers(db, scan, *run.listed, options.db);
      // The index stays open, its write lock held, until the new one is in its place: no other
      // indexer can write to it (and be overwritten) or clear the shards meanwhile.
      BuildInParallel(scan.files, options, jobs, db, classifier, run_metadata,
                      reporter, &summary);
      db.close();
    } else {
      // What the index knows about the files under the scanned paths.
      std::map<std::string, schema::FileState> known;
      std::set<std::string> keep;  // under a folder that could not be listed completely
      for (const ScanRoot& root : scan.roots) {
        std::string prefix = root.path.string();
        if (root.is_directory && prefix.back() != '/') prefix += '/';
        for (auto& [key, state] : schema::ReadFileStates(db, prefix)) {
          if (!root.is_directory && key != root.path.string()) continue;
          known.emplace(key, state);
          // key is named in the capture, as above (clang 14).
          const bool unlisted = std::any_of(root.unlisted.begin(), root.unlisted.end(), [&path = key](const fs::path& folder) {
            return path.rfind(folder.string() + "/", 0) == 0;
          });
          if (!root.complete || unlisted || scan.unreadable.count(key)) keep.insert(key);
        }
      }
      const bool read_again =
          !first_build && db.get_metadata(std::string(schema::metadata::kAnalysisFingerprint)) != fingerprint;
      if (read_again) reporter->Note("the way texts are read, the topic taxonomy or the plenum table changed: every file is read again");

      std::vector<FileTask> tasks;
      std::uintmax_t bytes_total = 0;
      for (const ScannedFile& file : scan.files) {
        auto it = known.find(file.path.string());
        std::optional<schema::FileState> previous;
        if (it != known.end()) {
          previous = it->second;
          known.erase(it);
          if (!read_again && previous->size == file.size && previous->mtime_ns == file.mtime_ns) {
            ++summary.unchanged;
            continue;
          }
        }
        tasks.push_back({&file, previous, read_again});
        bytes_total += file.size;
      }

      BatchWriter writer(&db, {options.batch_documents, options.batch_bytes}, options.termlist, reporter, &summary);
      // A first build records the schema with its first batch: killed after it, the index is
      // known to be this version's, and the next run (finding no analysis fingerprint, which
      // comes with the last commit) reads every file again, rather than refusing the index.
      if (first_build) {
        writer.SetMetadata(std::string(schema::metadata::kSchemaVersion), std::string(schema::kCurrentSchemaVersion));
      }
      // `known` now holds only the files the scan did not list: usually none.
      if (!known.empty()) {
        for (const auto& [key, state] : known) {
          if (!keep.count(key) && !StillOnDisk(key, *run.listed, scan)) writer.Remove(key);
        }
      }
      std::size_t done = 0;
      std::uintmax_t bytes_done = 0;
      ProcessInOrder(tasks, options.limits, jobs, classifier, options.plenums,
                     [&](const FileTask& task, FileResult result) {
                       writer.Apply(task, std::move(result));
                       bytes_done += task.file->size;
                       reporter->Progress(++done, tasks.size(), bytes_done, bytes_total,
                                          summary.documents_written);
                     });
      for (const auto& [key, value] : run_metadata) writer.SetMetadata(key, value);
      writer.Commit();
      const Xapian::doccount live = schema::LiveDocumentCount(db, writer.deleted());
      summary.documents_in_index += live;
      if (WorthCompacting(db, options.db)) {
        try {
          CompactInPlace(&db, options.db);
        } catch (const std::exception& e) {  // the index is whole as it is: only space is lost
          reporter->Problem("compacting the index " + options.db.string() + " failed (" + e.what() +
                            "); it is complete as it is, only larger");
        } catch (const Xapian::Error& e) {
          reporter->Problem("compacting the index " + options.db.string() + " failed (" + e.get_description() +
                            "); it is complete as it is, only larger");
        }
      }
      if (writer.deleted().size() >= kRebuildAdviceMinimum &&
          writer.deleted().size() > kRebuildAdviceShare * (live + writer.deleted().size())) {
        reporter->Note(std::to_string(writer.deleted().size()) +
                       " replaced or removed documents still take space in the index and count in its "
                       "word statistics: vankien-index --rebuild reclaims them");
      }
      db.close();
      SyncDirectory(options.db);
    }
  } catch (const Xapian::Error& e) {
    throw IndexError("writing the index " + options.db.string() + " failed: " + e.get_description() +
                     " (the index holds the last committed batch)");
  } catch (const fs::filesystem_error& e) {
    throw IndexError(std::string("writing the index failed: ") + e.what());
  }
}

}  // namespace

IndexSummary UpdateIndex(const IndexOptions& given, Reporter* reporter) {
  IndexOptions options = given;
  options.db = RealFolder(given.db);
  const auto start = std::chrono::steady_clock::now();
  IndexSummary summary;
  ScanResult scan = ScanPaths(options.paths, options.links);
  for (const std::string& problem : scan.problems) reporter->Problem(problem);
  summary.failed += scan.problems.size();
  summary.skipped += scan.ignored.size() + scan.refused.size();  // each once, however many roots reach it
  // Not failures (nothing here could have been read), but never silent: a link that leads out
  // of the folders may be someone's attempt to make a private file searchable.
  for (const auto& [path, reason] : scan.refused) reporter->Note("skipped  " + path.string() + ": " + reason);
  for (const fs::path& path : scan.ignored) reporter->Action("skipped  " + path.string() + ": its extension names no format vankien reads");
  // No PATH could be read (each is reported): an index not made yet is not made empty.
  if (scan.roots.empty() && !fs::exists(options.db)) return summary;

  // Xapian flushes its in-memory changes by itself every XAPIAN_FLUSH_THRESHOLD documents;
  // the batches here are smaller, so leave the flushing to the commits.
  ::setenv("XAPIAN_FLUSH_THRESHOLD", "100000", /*overwrite=*/0);
  Run run;
  run.jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::optional<TopicClassifier> classifier;
  if (options.taxonomy != nullptr) classifier.emplace(*options.taxonomy);
  // A new analysis or taxonomy means every document must be read again. The fingerprint is
  // stored only with the last commit, so a run killed half-way is redone in full.
  run.classifier = classifier ? &*classifier : nullptr;
  run.fingerprint = AnalysisFingerprint(options.taxonomy, options.plenums);
  run.metadata = {
      {std::string(schema::metadata::kSchemaVersion), std::string(schema::kCurrentSchemaVersion)},
      {std::string(schema::metadata::kAnalysisFingerprint), run.fingerprint},
      {"vankien:taxonomy-fingerprint", ""},  // the key before kContentVersion: an empty value removes it
      {std::string(schema::metadata::kTopics),
       options.taxonomy != nullptr ? options.taxonomy->CodesAndNamesJson() : ""},
      {std::string(schema::metadata::kPlenumNames), options.plenums != nullptr ? options.plenums->NamesJson() : ""},
      {std::string(schema::metadata::kAbbreviations),
       options.abbreviations != nullptr ? options.abbreviations->EquivalencesJson() : ""}};

  const std::set<std::string> listed = ListedPaths(scan);
  run.listed = &listed;
  const std::size_t shard_count = ShardsToWrite(options);
  if (shard_count == 0) {
    UpdateOne(options, scan, run, reporter, &summary);
    summary.index_bytes = DirectorySize(options.db);
  } else {
    Run shard_run = run;
    shard_run.metadata.emplace_back(schema::metadata::kTermlist, "1");
    for (std::size_t shard = 0; shard < shard_count; ++shard) {
      IndexOptions part = options;
      part.db = shards::ShardPath(options.db, shard);
      part.termlist = true;
      UpdateOne(part, ShareOf(scan, shard, shard_count), shard_run, reporter, &summary);
      summary.index_bytes += DirectorySize(part.db);
    }
    try {
      ReportDuplicateIds(options.db, reporter, &summary);
    } catch (const Xapian::Error& e) {
      throw IndexError("reading the index " + options.db.string() + " back failed: " + e.get_description());
    }
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace vankien::indexer
