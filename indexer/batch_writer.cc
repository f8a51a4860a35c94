#include "indexer/batch_writer.h"

#include "indexer/registry.h"
#include "schema/fields.h"

namespace vankien::indexer {
namespace {

namespace field = schema::field;

}  // namespace

BatchWriter::~BatchWriter() {
  if (!in_batch_) return;
  try {
    db_->cancel_transaction();
  } catch (const Xapian::Error&) {
    // The index is being given up on anyway: it keeps its last committed batch.
  }
}

void BatchWriter::BeginBatch() {
  if (in_batch_) return;
  db_->begin_transaction(/*flushed=*/true);
  in_batch_ = true;
}

void BatchWriter::SetMetadata(const std::string& key, const std::string& value) {
  // Rewriting a value as it is would still make a revision: the index would grow by a run that
  // changed nothing, and every reader holding it open would reopen it.
  if (db_->get_metadata(key) == value) return;
  BeginBatch();
  db_->set_metadata(key, value);
}

void BatchWriter::Remove(const std::string& file_key) {
  BeginBatch();
  for (Xapian::docid id : schema::LiveDocumentsWithTerm(*db_, deleted_, schema::BoundedTerm(field::kFile, file_key))) {
    Delete(id);
    ++batch_documents_;
  }
  db_->set_metadata(schema::FileStateKey(file_key), "");
  ++summary_->removed;
  reporter_->Action("removed  " + file_key);
  CommitIfFull();
}

void BatchWriter::Apply(const FileTask& task, FileResult result) {
  BeginBatch();
  const std::string file_key = task.file->path.string();
  summary_->bytes_read += task.file->size;
  batch_bytes_ += task.file->size;
  TallyRead(result, file_key, summary_, reporter_);
  switch (result.outcome) {
    case Outcome::kFailed:
      reporter_->Problem(result.message +
                         (task.previous ? " (the version indexed before is kept)" : ""));
      break;
    case Outcome::kMissingComponent:  // it may be read once the package is installed: keep it
      break;
    case Outcome::kForeignFormat:
      if (task.previous) Remove(file_key);
      break;
    case Outcome::kSameContent:
      ++summary_->unchanged;
      db_->set_metadata(schema::FileStateKey(file_key), schema::EncodeFileState(result.state));
      break;
    case Outcome::kIndexed:
      if (ApplyDocuments(task, &result) > 0) {
        schema::MarkToReadAgain(&result.state);
        ++summary_->failed;
      } else {
        ++(task.previous ? summary_->updated : summary_->added);
      }
      db_->set_metadata(schema::FileStateKey(file_key), schema::EncodeFileState(result.state));
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

void BatchWriter::Commit() {
  BeginBatch();
  if (deleted_changed_) deleted_.Write(db_);
  deleted_changed_ = false;
  UpdateRegistry(db_, deleted_, touched_numbers_);
  touched_numbers_.clear();
  db_->commit_transaction();
  in_batch_ = false;
  batch_documents_ = 0;
  batch_bytes_ = 0;
}

void BatchWriter::Delete(Xapian::docid id) {
  try {
    AddNumbers(schema::LoadRecord(db_->get_document(id), /*with_text=*/false),
               &touched_numbers_);
  } catch (const std::runtime_error&) {
    // A record this version cannot read: its numbers are refreshed when next cited.
  }
  if (termlist_) {
    db_->delete_document(id);
    return;
  }
  deleted_.Add(id);
  deleted_changed_ = true;
}

std::size_t BatchWriter::ApplyDocuments(const FileTask& task, FileResult* result) {
  const std::string file_key = task.file->path.string();
  std::size_t refused = 0;
  const std::vector<Xapian::docid> old_documents =
      schema::LiveDocumentsWithTerm(*db_, deleted_, schema::BoundedTerm(field::kFile, file_key));
  for (Xapian::docid id : old_documents) Delete(id);
  touched_numbers_.insert(result->numbers.begin(), result->numbers.end());
  for (auto& [id, document] : result->documents) {
    const std::string id_term = schema::Term(field::kDocId, id);
    std::vector<Xapian::docid> existing = schema::LiveDocumentsWithTerm(*db_, deleted_, id_term);
    if (!existing.empty()) {
      std::string owner = db_->get_document(existing.front()).get_value(schema::slot::kFile);
      reporter_->Problem(file_key + ": document id \"" + id + "\" is already used by " + owner +
                         "; this document was not indexed (the file is read again on the next run)");
      --result->state.documents;
      ++refused;
      continue;
    }
    db_->add_document(document);
    ++summary_->documents_written;
    ++batch_documents_;
  }
  return refused;
}

void BatchWriter::CommitIfFull() {
  if (batch_documents_ >= limits_.documents || batch_bytes_ >= limits_.bytes) {
    Commit();
  }
}

}  // namespace vankien::indexer
