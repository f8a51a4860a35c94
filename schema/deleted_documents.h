// The documents an index no longer holds, though Xapian still does.
//
// vankien's indexes keep no termlist (Xapian's per-document list of terms, DB_NO_TERMLIST):
// it was 111 of the 286 MB of the baomoi index and a tenth of the indexing CPU, and nothing
// vankien does reads it. But Xapian needs it to delete or replace a document. So a document
// that is removed or replaced stays in the posting lists and its Xapian id is listed here, in
// the index's metadata, committed with the change; every reader leaves the listed documents
// out (as Lucene does with its deletion lists). Their postings still count in the term
// statistics that ranking reads, until a rebuild (`vankien-index --rebuild`) drops them.
#ifndef VANKIEN_SCHEMA_DELETED_DOCUMENTS_H_
#define VANKIEN_SCHEMA_DELETED_DOCUMENTS_H_

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

namespace vankien::schema {

class DeletedDocuments {
 public:
  DeletedDocuments() = default;

  // The list `db` records (empty when it records none). Throws std::runtime_error when the
  // stored list is damaged.
  static DeletedDocuments Read(const Xapian::Database& db);

  // Stores the list in db's metadata; it takes effect with db's next commit.
  void Write(Xapian::WritableDatabase* db) const;

  bool Contains(Xapian::docid id) const { return ids_.count(id) > 0; }
  void Add(Xapian::docid id) { ids_.insert(id); }
  std::size_t size() const { return ids_.size(); }
  bool empty() const { return ids_.empty(); }
  const std::set<Xapian::docid>& ids() const { return ids_; }

 private:
  std::set<Xapian::docid> ids_;
};

// The documents of `db` that hold `term` and are not deleted, ascending.
std::vector<Xapian::docid> LiveDocumentsWithTerm(const Xapian::Database& db, const DeletedDocuments& deleted,
                                                 const std::string& term);

// How many documents `db` holds that are not deleted.
Xapian::doccount LiveDocumentCount(const Xapian::Database& db, const DeletedDocuments& deleted);

}  // namespace vankien::schema

#endif  // VANKIEN_SCHEMA_DELETED_DOCUMENTS_H_
