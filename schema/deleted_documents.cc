#include "schema/deleted_documents.h"

#include <stdexcept>

#include "schema/fields.h"

namespace vankien::schema {
namespace {

// The list is stored as the gaps between ascending ids, seven bits a byte, the high bit set
// on every byte but a number's last: a few bytes a document.
void AppendNumber(uint32_t value, std::string* out) {
  while (value >= 0x80) {
    out->push_back(static_cast<char>(0x80 | (value & 0x7f)));
    value >>= 7;
  }
  out->push_back(static_cast<char>(value));
}

}  // namespace

DeletedDocuments DeletedDocuments::Read(const Xapian::Database& db) {
  const std::string stored = db.get_metadata(std::string(metadata::kDeletedDocuments));
  DeletedDocuments deleted;
  uint64_t previous = 0;
  for (std::size_t at = 0; at < stored.size();) {
    uint64_t gap = 0;
    for (int shift = 0;; shift += 7) {
      if (at == stored.size() || shift > 28) {
        throw std::runtime_error("the index's list of deleted documents is damaged");
      }
      const auto byte = static_cast<unsigned char>(stored[at++]);
      gap |= uint64_t{byte & 0x7fu} << shift;
      if ((byte & 0x80) == 0) break;
    }
    previous += gap;
    if (gap == 0 || previous > db.get_lastdocid()) {
      throw std::runtime_error("the index's list of deleted documents is damaged");
    }
    deleted.ids_.insert(deleted.ids_.end(), static_cast<Xapian::docid>(previous));
  }
  return deleted;
}

void DeletedDocuments::Write(Xapian::WritableDatabase* db) const {
  std::string stored;
  Xapian::docid previous = 0;
  for (Xapian::docid id : ids_) {
    AppendNumber(id - previous, &stored);
    previous = id;
  }
  db->set_metadata(std::string(metadata::kDeletedDocuments), stored);
}

std::vector<Xapian::docid> LiveDocumentsWithTerm(const Xapian::Database& db, const DeletedDocuments& deleted,
                                                 const std::string& term) {
  std::vector<Xapian::docid> ids;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    if (!deleted.Contains(*it)) ids.push_back(*it);
  }
  return ids;
}

Xapian::doccount LiveDocumentCount(const Xapian::Database& db, const DeletedDocuments& deleted) {
  return db.get_doccount() - static_cast<Xapian::doccount>(deleted.size());
}

}  // namespace vankien::schema
