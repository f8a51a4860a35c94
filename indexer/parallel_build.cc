#include "indexer/parallel_build.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "schema/file_state.h"
#include "indexer/index_directory.h"
#include "indexer/registry.h"
#include "schema/fields.h"

namespace vankien::indexer {
namespace fs = std::filesystem;
namespace {

namespace field = schema::field;

// A shard a killed build left, with the files it holds.
struct ExistingShard {
  fs::path path;
  std::map<std::string, schema::FileState> files;  // file key → state
};

std::vector<ExistingShard> OpenExistingShards(const fs::path& folder) {
  std::vector<ExistingShard> shards;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    if (!entry.is_directory() || entry.path().filename().string().rfind("shard-", 0) != 0) continue;
    try {
      Xapian::Database shard(entry.path().string());
      shards.push_back({entry.path(), schema::ReadFileStates(shard, "")});
    } catch (const Xapian::Error&) {
      fs::remove_all(entry.path());  // never got a first commit: nothing to keep
    }
  }
  return shards;
}

// Whether every file in the shard is still as it was when written. A shard keeps no termlist,
// so the documents of a file that changed or vanished cannot be taken out of it: such a shard
// is dropped and its files read again (a killed build whose folder changed before the next
// run: rare, and it costs one shard's files).
bool StillCurrent(const ExistingShard& shard, const std::map<std::string, const ScannedFile*>& scanned) {
  for (const auto& [key, state] : shard.files) {
    auto it = scanned.find(key);
    if (it == scanned.end() || it->second->size != state.size || it->second->mtime_ns != state.mtime_ns) {
      return false;
    }
  }
  return true;
}

// The same id from two files: keep the document of the file that held it in `previous` (the
// index rebuilt: a rebuild changes nothing a run would not), else of the file that sorts first;
// report the rest, and delete them: by Xapian where db keeps a termlist, else listed as deleted
// (returned, and stored with db's next commit). A
// file that lost a document counts as failed, and is read again on the next run
// (schema::MarkToReadAgain), which indexes the document once the other file is gone or changed.
schema::DeletedDocuments ResolveDuplicateIds(Xapian::WritableDatabase* db, const Xapian::Database& previous,
                                             bool termlist, Reporter* reporter, IndexSummary* summary) {
  const schema::DeletedDocuments previously_deleted = schema::DeletedDocuments::Read(previous);
  schema::DeletedDocuments deleted;
  const std::string prefix(schema::GetField(field::kDocId).prefix);
  std::vector<std::string> duplicated;
  for (auto it = db->allterms_begin(prefix); it != db->allterms_end(prefix); ++it) {
    if (it.get_termfreq() > 1) duplicated.push_back(*it);
  }
  std::set<std::string> failed_files;
  for (const std::string& term : duplicated) {
    std::vector<std::pair<std::string, Xapian::docid>> owners;
    for (Xapian::docid id : schema::LiveDocumentsWithTerm(*db, deleted, term)) {
      owners.emplace_back(db->get_document(id).get_value(schema::slot::kFile), id);
    }
    std::sort(owners.begin(), owners.end());
    for (Xapian::docid id : schema::LiveDocumentsWithTerm(previous, previously_deleted, term)) {
      const std::string holder = previous.get_document(id).get_value(schema::slot::kFile);
      std::stable_partition(owners.begin(), owners.end(), [&](const auto& owner) { return owner.first == holder; });
    }
    for (std::size_t i = 1; i < owners.size(); ++i) {
      if (termlist) {
        db->delete_document(owners[i].second);
      } else {
        deleted.Add(owners[i].second);
      }
      --summary->documents_written;
      reporter->Problem(owners[i].first + ": document id \"" + term.substr(prefix.size()) +
                        "\" is already used by " + owners[0].first +
                        "; this document was not indexed (the file is read again on the next run)");
      const std::string key = schema::FileStateKey(owners[i].first);
      std::optional<schema::FileState> state = schema::DecodeFileState(db->get_metadata(key));
      if (!state) continue;
      --state->documents;
      schema::MarkToReadAgain(&*state);
      db->set_metadata(key, schema::EncodeFileState(*state));
      if (failed_files.insert(owners[i].first).second) {
        --summary->added;
        ++summary->failed;
      }
    }
  }
  deleted.Write(db);
  return deleted;
}

// Every document number the index holds a document of or a citation to.
std::set<std::string> AllNumbers(const Xapian::Database& db) {
  std::set<std::string> numbers;
  for (std::string_view name : {field::kIdentifier, field::kCites}) {
    const std::string prefix(schema::GetField(name).prefix);
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
      numbers.insert((*it).substr(prefix.size()));
    }
  }
  return numbers;
}

}  // namespace

fs::path ShardFolder(const fs::path& db) {
  fs::path folder = db;
  folder += ".build";
  return folder;
}

void BuildInParallel(const std::vector<ScannedFile>& files, const IndexOptions& options, unsigned jobs,
                     const Xapian::Database& previous, const TopicClassifier* classifier,
                     const std::vector<std::pair<std::string, std::string>>& metadata,
                     Reporter* reporter, IndexSummary* summary) {
  const fs::path folder = ShardFolder(options.db);
  fs::create_directories(folder);

  // Carry on from a killed build: the files of the shards still current are done.
  std::map<std::string, const ScannedFile*> scanned;
  for (const ScannedFile& file : files) scanned.emplace(file.path.string(), &file);
  std::vector<fs::path> shard_paths;
  std::set<std::string> kept;
  for (const ExistingShard& shard : OpenExistingShards(folder)) {
    if (!StillCurrent(shard, scanned)) {
      fs::remove_all(shard.path);
      continue;
    }
    shard_paths.push_back(shard.path);
    for (const auto& [key, state] : shard.files) kept.insert(key);
  }
  std::vector<FileTask> tasks;
  std::uintmax_t bytes_total = 0;
  for (const ScannedFile& file : files) {
    if (kept.count(file.path.string())) {
      ++summary->added;
      continue;
    }
    tasks.push_back({&file, std::nullopt, false});
    bytes_total += file.size;
  }
  if (!shard_paths.empty()) {
    reporter->Note("resuming an interrupted build: " + std::to_string(kept.size()) + " files already done");
  }

  std::mutex mutex;  // guards reporter and summary
  std::atomic<std::size_t> next{0}, done{0}, documents{0};
  std::atomic<std::uintmax_t> bytes_done{0};
  const std::size_t resumed_shards = shard_paths.size();
  const auto run = std::chrono::system_clock::now().time_since_epoch().count();  // names this run's shards
  for (unsigned t = 0; t < jobs; ++t) {
    shard_paths.push_back(folder / ("shard-" + std::to_string(run) + "-" + std::to_string(t)));
  }
  std::exception_ptr failure;

  auto work = [&](fs::path shard_path) {
    try {
      Xapian::WritableDatabase shard(shard_path.string(), Xapian::DB_CREATE_OR_OVERWRITE | WriteFlags(options.termlist));
      DocumentBuilder builder(classifier, options.plenums);
      std::size_t batch_documents = 0;
      std::uintmax_t batch_bytes = 0;
      for (std::size_t i = next++; i < tasks.size() && !failure; i = next++) {
        const FileTask& task = tasks[i];
        FileResult result = ProcessFile(task, options.limits, &builder);
        if (result.outcome == Outcome::kIndexed) {
          for (auto& [id, document] : result.documents) shard.add_document(document);
          shard.set_metadata(schema::FileStateKey(task.file->path.string()), schema::EncodeFileState(result.state));
          batch_documents += result.documents.size();
        }
        batch_bytes += task.file->size;
        {
          std::lock_guard lock(mutex);
          summary->bytes_read += task.file->size;
          TallyRead(result, task.file->path.string(), summary, reporter);
          switch (result.outcome) {
            case Outcome::kIndexed:
              ++summary->added;
              summary->invalid_utf8 += result.invalid_utf8;
              summary->documents_written += result.documents.size();
              if (result.invalid_utf8 > 0) {
                reporter->Problem(task.file->path.string() + ": " + std::to_string(result.invalid_utf8) +
                                  " invalid UTF-8 sequences, indexed as U+FFFD");
              }
              reporter->Action("added    " + task.file->path.string());
              break;
            case Outcome::kFailed:
              reporter->Problem(result.message);
              break;
            default:
              break;
          }
        }
        documents += result.documents.size();
        bytes_done += task.file->size;
        ++done;
        if (batch_documents >= options.batch_documents || batch_bytes >= options.batch_bytes) {
          shard.commit();
          batch_documents = 0;
          batch_bytes = 0;
        }
      }
      shard.commit();
    } catch (...) {
      std::lock_guard lock(mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(work, shard_paths[resumed_shards + t]);
  while (done < tasks.size() && !failure) {
    {
      std::lock_guard lock(mutex);
      reporter->Progress(done, tasks.size(), bytes_done, bytes_total, documents);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  for (std::thread& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
  reporter->Progress(done, tasks.size(), bytes_done, bytes_total, documents);

  // Merge the shards into a compact index, complete it, and put it in place of the empty one.
  reporter->Note("merging " + std::to_string(shard_paths.size()) + " shards");
  const fs::path merged = folder / "merged";
  fs::remove_all(merged);
  Xapian::Database all;
  for (const fs::path& shard : shard_paths) all.add_database(Xapian::Database(shard.string()));
  // FULL splits an item across blocks wherever that saves space (baomoi: 277 → 272 MB, in 2 s);
  // FULLER made it larger (301 MB) and is meant for indexes never updated again.
  all.compact(merged.string(), Xapian::DBCOMPACT_MULTIPASS | Xapian::Compactor::FULL);
  {
    Xapian::WritableDatabase index(merged.string(), Xapian::DB_OPEN | WriteFlags(options.termlist));
    CommitPastRevision(&index, previous.get_revision());
    const schema::DeletedDocuments deleted = ResolveDuplicateIds(&index, previous, options.termlist, reporter, summary);
    UpdateRegistry(&index, deleted, AllNumbers(index));
    for (const auto& [key, value] : metadata) index.set_metadata(key, value);
    index.set_metadata(kCompactedBytesKey, std::to_string(DirectorySize(merged)));
    index.commit();
    summary->documents_in_index += schema::LiveDocumentCount(index, deleted);  // summed over shards
  }
  SyncDirectory(merged);
  ReplaceDirectory(options.db, merged);
  fs::remove_all(folder);
}

}  // namespace vankien::indexer
