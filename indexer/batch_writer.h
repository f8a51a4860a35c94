// Applies file results to an index in order and commits them in batches: each batch with the
// state of its files and the registry entries it changed, so the index, the file states and
// the registry never disagree, whenever the process stops.
#ifndef VANKIEN_INDEXER_BATCH_WRITER_H_
#define VANKIEN_INDEXER_BATCH_WRITER_H_

#include <set>
#include <string>

#include <xapian.h>

#include "indexer/file_task.h"
#include "indexer/progress.h"
#include "schema/deleted_documents.h"

namespace vankien::indexer {

struct BatchLimits {
  std::size_t documents = 500;        // commit after this many documents written or deleted
  std::uintmax_t bytes = 16ull << 20;  // or this many bytes of source read
};

class BatchWriter {
 public:
  // db, reporter and summary must outlive the writer; the summary's counts are updated.
  // `termlist` says whether db keeps a termlist (IndexOptions::termlist): then Xapian deletes
  // the documents replaced or removed, else they are listed as deleted. Throws
  // std::runtime_error when db's list of deleted documents is damaged.
  BatchWriter(Xapian::WritableDatabase* db, BatchLimits limits, bool termlist, Reporter* reporter,
              IndexSummary* summary)
      : db_(db), limits_(limits), termlist_(termlist), reporter_(reporter), summary_(summary),
        deleted_(schema::DeletedDocuments::Read(*db)) {}

  // An uncommitted batch is cancelled, not left for Xapian to commit when *db is destroyed
  // (which would publish its new documents without the list of the ones they replace).
  ~BatchWriter();
  BatchWriter(const BatchWriter&) = delete;
  BatchWriter& operator=(const BatchWriter&) = delete;

  // Removes the documents of a file that is gone, and its state.
  void Remove(const std::string& file_key);

  // Applies one file's result: replaces its documents (the new ones are added, the old ones
  // deleted), records its state, or reports why it failed (keeping what was indexed).
  void Apply(const FileTask& task, FileResult result);

  // Sets a metadata entry of the index, committed with the batch; nothing when it holds `value`.
  void SetMetadata(const std::string& key, const std::string& value);

  // Commits the batch, with the registry entries it changed and the documents it deleted.
  void Commit();

  // The documents deleted so far, committed or not.
  const schema::DeletedDocuments& deleted() const { return deleted_; }

 private:
  // Writes the file's documents in place of those it gave before; returns how many it could not
  // write because another file holds their ids (each reported).
  std::size_t ApplyDocuments(const FileTask& task, FileResult* result);
  // Deletes the document (or lists it as deleted), noting the numbers it has or cites.
  void Delete(Xapian::docid id);
  void CommitIfFull();
  // Each batch is a Xapian transaction: nothing of it reaches the disk before Commit, not even
  // through Xapian's own flushing (XAPIAN_FLUSH_THRESHOLD).
  void BeginBatch();

  Xapian::WritableDatabase* db_;
  BatchLimits limits_;
  bool termlist_;
  Reporter* reporter_;
  IndexSummary* summary_;
  std::size_t batch_documents_ = 0;
  std::uintmax_t batch_bytes_ = 0;
  std::set<std::string> touched_numbers_;  // registry entries the batch changes
  schema::DeletedDocuments deleted_;
  bool deleted_changed_ = false;  // since the last commit
  bool in_batch_ = false;
};

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_BATCH_WRITER_H_
