#include "indexer/indexer.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include <xapian.h>

#include "indexer/document_builder.h"
#include "indexer/file_scanner.h"
#include "indexer/file_state.h"
#include "indexer/registry.h"
#include "indexer/topic_classifier.h"
#include "schema/fields.h"

namespace vankien::indexer {
namespace fs = std::filesystem;
namespace {

namespace field = schema::field;

// How many files the readers may run ahead of the writer, per thread: bounds memory.
constexpr std::size_t kWindowPerJob = 8;

struct Task {
  const ScannedFile* file;
  std::optional<FileState> previous;  // the state recorded by the last run, if any
  bool reclassify = false;            // the taxonomy changed: read it even if unchanged
};

enum class Outcome {
  kIndexed,          // read, analysed, documents built
  kSameContent,      // its time changed but its bytes did not
  kFailed,           // could not be read or parsed: reported, old documents kept
  kForeignFormat,    // XML of another format: skipped
};

// The document numbers a record has or cites: the registry entries it bears on.
void AddNumbers(const schema::DocumentRecord& record, std::set<std::string>* numbers) {
  if (!record.identifier.empty()) numbers->insert(record.identifier);
  for (const schema::Mention& mention : record.mentions) numbers->insert(mention.canonical);
}

struct FileResult {
  Outcome outcome = Outcome::kFailed;
  std::string message;
  std::vector<std::pair<std::string, Xapian::Document>> documents;  // (id, document)
  std::set<std::string> numbers;  // the numbers its documents have or cite
  FileState state;
  std::size_t invalid_utf8 = 0;
};

FileResult ProcessFile(const Task& task, const FileLimits& limits, DocumentBuilder* builder) {
  FileResult result;
  const ScannedFile& file = *task.file;
  std::string bytes;
  if (auto error = ReadFileBytes(file.path, limits, &bytes)) {
    result.message = error->Describe(file.path.string());
    return result;
  }
  result.state.size = bytes.size();
  result.state.mtime_ns = file.mtime_ns;
  result.state.content_hash = ContentHash(bytes);
  if (task.previous && !task.reclassify && task.previous->content_hash == result.state.content_hash &&
      task.previous->size == bytes.size()) {
    result.state.documents = task.previous->documents;
    result.outcome = Outcome::kSameContent;
    return result;
  }
  ReadResult read = ReadDocumentBytes(bytes, file.id);
  if (read.error) {
    result.outcome = read.foreign_format ? Outcome::kForeignFormat : Outcome::kFailed;
    result.message = read.error->Describe(file.path.string());
    return result;
  }
  const std::string file_key = file.path.string();
  for (schema::DocumentRecord& record : read.documents) {
    result.invalid_utf8 += record.invalid_utf8;
    std::string id = record.id;
    result.documents.emplace_back(std::move(id), builder->Build(&record, file_key));
    AddNumbers(record, &result.numbers);
  }
  result.state.documents = static_cast<uint32_t>(result.documents.size());
  result.outcome = Outcome::kIndexed;
  return result;
}

// The document ids (Xapian's) holding `term`.
std::vector<Xapian::docid> DocumentsWithTerm(const Xapian::Database& db, const std::string& term) {
  std::vector<Xapian::docid> ids;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) ids.push_back(*it);
  return ids;
}

std::uintmax_t DirectorySize(const fs::path& dir) {
  std::uintmax_t total = 0;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    if (entry.is_regular_file(error)) total += entry.file_size(error);
  }
  return total;
}

// Batches are committed with DB_NO_SYNC, which a killed process cannot undo (the data is in
// the kernel's cache). This makes the final state durable against power loss too.
void SyncDirectory(const fs::path& dir) {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    int fd = ::open(entry.path().c_str(), O_RDONLY);
    if (fd >= 0) {
      ::fsync(fd);
      ::close(fd);
    }
  }
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

// Applies file results to the index, in order, committing in batches.
class Writer {
 public:
  Writer(Xapian::WritableDatabase* db, const IndexOptions& options, Reporter* reporter,
         IndexSummary* summary)
      : db_(db), options_(options), reporter_(reporter), summary_(summary) {}

  void Remove(const std::string& file_key) {
    for (Xapian::docid id : DocumentsWithTerm(*db_, schema::BoundedTerm(field::kFile, file_key))) {
      NoteNumbersOf(id);
      db_->delete_document(id);
      ++batch_documents_;
    }
    db_->set_metadata(FileStateKey(file_key), "");
    ++summary_->removed;
    reporter_->Action("removed  " + file_key);
    CommitIfFull();
  }

  void Apply(const Task& task, FileResult result) {
    const std::string file_key = task.file->path.string();
    summary_->bytes_read += task.file->size;
    batch_bytes_ += task.file->size;
    switch (result.outcome) {
      case Outcome::kFailed:
        ++summary_->failed;
        reporter_->Problem(result.message +
                           (task.previous ? " (the version indexed before is kept)" : ""));
        break;
      case Outcome::kForeignFormat:
        ++summary_->skipped;
        reporter_->Action("skipped  " + result.message);
        if (task.previous) Remove(file_key);
        break;
      case Outcome::kSameContent:
        ++summary_->unchanged;
        db_->set_metadata(FileStateKey(file_key), EncodeFileState(result.state));
        break;
      case Outcome::kIndexed:
        ApplyDocuments(task, &result);
        db_->set_metadata(FileStateKey(file_key), EncodeFileState(result.state));
        ++(task.previous ? summary_->updated : summary_->added);
        summary_->invalid_utf8 += result.invalid_utf8;
        if (result.invalid_utf8 > 0) {
          reporter_->Problem(file_key + ": " + std::to_string(result.invalid_utf8) +
                             " invalid UTF-8 sequences, indexed as U+FFFD");
        }
        reporter_->Action(std::string(task.previous ? "updated  " : "added    ") + file_key);
        break;
    }
    CommitIfFull();
  }

  // Commits the batch, with the registry entries it changed.
  void Commit() {
    UpdateRegistry(db_, touched_numbers_);
    touched_numbers_.clear();
    db_->commit();
    batch_documents_ = 0;
    batch_bytes_ = 0;
  }

 private:
  // Notes the numbers of a document about to be replaced or deleted.
  void NoteNumbersOf(Xapian::docid id) {
    try {
      AddNumbers(schema::ParseRecord(db_->get_document(id).get_data(), /*with_text=*/false),
                 &touched_numbers_);
    } catch (const std::runtime_error&) {
      // A record this version cannot read: its numbers are refreshed when next cited.
    }
  }

  void ApplyDocuments(const Task& task, FileResult* result) {
    const std::string file_key = task.file->path.string();
    std::set<Xapian::docid> old_documents;
    for (Xapian::docid id : DocumentsWithTerm(*db_, schema::BoundedTerm(field::kFile, file_key))) {
      old_documents.insert(id);
      NoteNumbersOf(id);
    }
    touched_numbers_.insert(result->numbers.begin(), result->numbers.end());
    for (auto& [id, document] : result->documents) {
      const std::string id_term = schema::Term(field::kDocId, id);
      std::vector<Xapian::docid> existing = DocumentsWithTerm(*db_, id_term);
      if (!existing.empty() && !old_documents.count(existing.front())) {
        std::string owner = db_->get_document(existing.front()).get_value(schema::slot::kFile);
        reporter_->Problem(file_key + ": document id \"" + id + "\" is already used by " + owner +
                           "; this document was not indexed");
        --result->state.documents;
        continue;
      }
      if (existing.empty()) {
        db_->add_document(document);
      } else {
        db_->replace_document(existing.front(), document);  // keeps its Xapian docid
        old_documents.erase(existing.front());
      }
      ++summary_->documents_written;
      ++batch_documents_;
    }
    for (Xapian::docid id : old_documents) db_->delete_document(id);
  }

  void CommitIfFull() {
    if (batch_documents_ >= options_.batch_documents || batch_bytes_ >= options_.batch_bytes) {
      Commit();
    }
  }

  Xapian::WritableDatabase* db_;
  const IndexOptions& options_;
  Reporter* reporter_;
  IndexSummary* summary_;
  std::size_t batch_documents_ = 0;
  std::uintmax_t batch_bytes_ = 0;
  std::set<std::string> touched_numbers_;  // registry entries the batch changes
};

Xapian::WritableDatabase OpenForWriting(const fs::path& path) {
  try {
    return Xapian::WritableDatabase(path.string(), Xapian::DB_CREATE_OR_OPEN | Xapian::DB_NO_SYNC);
  } catch (const Xapian::DatabaseLockError&) {
    throw IndexError("the index " + path.string() +
                     " is locked: another vankien-index is updating it; try again when it is done");
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot open the index " + path.string() + " for writing: " +
                     e.get_description());
  }
}

// The metadata key of the fingerprint of the taxonomy the documents were classified with.
constexpr const char* kTaxonomyFingerprintKey = "vankien:taxonomy-fingerprint";

std::string FingerprintOf(const Taxonomy* taxonomy) {
  if (taxonomy == nullptr) return "none";
  return std::to_string(ContentHash(taxonomy->Fingerprint()));
}

// Runs ProcessFile over the tasks on `jobs` threads and hands the results to `apply` in task
// order, never letting the readers run more than a window ahead of it.
template <typename Apply>
void ProcessInOrder(const std::vector<Task>& tasks, const IndexOptions& options, unsigned jobs,
                    const TopicClassifier* classifier, Apply apply) {
  std::mutex mutex;
  std::condition_variable ready, space;
  std::vector<std::optional<FileResult>> slots(tasks.size());
  std::size_t applied = 0;
  bool stop = false;
  std::atomic<std::size_t> next{0};
  const std::size_t window = kWindowPerJob * jobs;

  auto work = [&] {
    DocumentBuilder builder(classifier);
    while (true) {
      std::size_t i = next.fetch_add(1);
      if (i >= tasks.size()) return;
      {
        std::unique_lock lock(mutex);
        space.wait(lock, [&] { return stop || i < applied + window; });
        if (stop) return;
      }
      FileResult result;
      try {
        result = ProcessFile(tasks[i], options.limits, &builder);
      } catch (const std::exception& e) {
        result.outcome = Outcome::kFailed;
        result.message = tasks[i].file->path.string() + ": " + e.what();
      }
      std::lock_guard lock(mutex);
      slots[i] = std::move(result);
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(work);

  try {
    for (std::size_t i = 0; i < tasks.size(); ++i) {
      FileResult result;
      {
        std::unique_lock lock(mutex);
        ready.wait(lock, [&] { return slots[i].has_value(); });
        result = std::move(*slots[i]);
        slots[i].reset();
        applied = i + 1;
        space.notify_all();
      }
      apply(tasks[i], std::move(result));
    }
  } catch (...) {
    {
      std::lock_guard lock(mutex);
      stop = true;
      space.notify_all();
    }
    for (std::thread& thread : threads) thread.join();
    throw;
  }
  for (std::thread& thread : threads) thread.join();
}

}  // namespace

IndexSummary UpdateIndex(const IndexOptions& options, Reporter* reporter) {
  const auto start = std::chrono::steady_clock::now();
  IndexSummary summary;
  ScanResult scan = ScanPaths(options.paths);
  for (const std::string& problem : scan.problems) reporter->Problem(problem);
  summary.failed += scan.problems.size();
  summary.skipped += scan.ignored;

  // Xapian flushes its in-memory changes by itself every XAPIAN_FLUSH_THRESHOLD documents;
  // the batches here are smaller, so leave the flushing to the commits.
  ::setenv("XAPIAN_FLUSH_THRESHOLD", "100000", /*overwrite=*/0);
  Xapian::WritableDatabase db = OpenForWriting(options.db);

  try {
    // What the index knows about the files under the scanned paths.
    std::map<std::string, FileState> known;
    std::set<std::string> keep;  // under a folder that could not be listed completely
    for (const ScanRoot& root : scan.roots) {
      std::string prefix = root.path.string();
      if (root.is_directory && prefix.back() != '/') prefix += '/';
      for (auto& [key, state] : ReadFileStates(db, prefix)) {
        if (!root.is_directory && key != root.path.string()) continue;
        known.emplace(key, state);
        if (!root.complete) keep.insert(key);
      }
    }

    // A new taxonomy means every document must be classified again. Its fingerprint is
    // stored only with the last commit, so a run killed half-way is redone in full.
    const std::string fingerprint = FingerprintOf(options.taxonomy);
    const bool reclassify = db.get_doccount() > 0 && db.get_metadata(kTaxonomyFingerprintKey) != fingerprint;
    if (reclassify) reporter->Note("the topic taxonomy changed: every file is classified again");
    std::optional<TopicClassifier> classifier;
    if (options.taxonomy != nullptr) classifier.emplace(*options.taxonomy);

    std::vector<Task> tasks;
    std::uintmax_t bytes_total = 0;
    for (const ScannedFile& file : scan.files) {
      auto it = known.find(file.path.string());
      std::optional<FileState> previous;
      if (it != known.end()) {
        previous = it->second;
        known.erase(it);
        if (!reclassify && previous->size == file.size && previous->mtime_ns == file.mtime_ns) {
          ++summary.unchanged;
          continue;
        }
      }
      tasks.push_back({&file, previous, reclassify});
      bytes_total += file.size;
    }

    Writer writer(&db, options, reporter, &summary);
    for (const auto& [key, state] : known) {
      if (!keep.count(key)) writer.Remove(key);  // gone from disk
    }

    const unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    std::size_t done = 0;
    std::uintmax_t bytes_done = 0;
    ProcessInOrder(tasks, options, jobs, classifier ? &*classifier : nullptr,
                   [&](const Task& task, FileResult result) {
      writer.Apply(task, std::move(result));
      bytes_done += task.file->size;
      reporter->Progress(++done, tasks.size(), bytes_done, bytes_total, summary.documents_written);
    });
    db.set_metadata(kTaxonomyFingerprintKey, fingerprint);
    db.set_metadata(std::string(schema::metadata::kTopics),
                    options.taxonomy != nullptr ? options.taxonomy->CodesAndNamesJson() : "");
    writer.Commit();
    summary.documents_in_index = db.get_doccount();
    db.close();
  } catch (const Xapian::Error& e) {
    throw IndexError("writing the index " + options.db.string() + " failed: " + e.get_description() +
                     " (the index holds the last committed batch)");
  }
  SyncDirectory(options.db);
  summary.index_bytes = DirectorySize(options.db);
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace vankien::indexer
