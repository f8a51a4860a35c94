#include "schema/deleted_documents.h"

#include <catch2/catch.hpp>

#include "schema/fields.h"

namespace vankien::schema {
namespace {

// An in-memory index of `count` documents; every even one holds the term "even".
Xapian::WritableDatabase IndexOf(int count) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int i = 1; i <= count; ++i) {
    Xapian::Document document;
    document.add_term(i % 2 == 0 ? "even" : "odd");
    db.add_document(document);
  }
  return db;
}

TEST_CASE("an index that lists no deleted documents reads as an empty list") {
  Xapian::WritableDatabase db = IndexOf(3);
  DeletedDocuments deleted = DeletedDocuments::Read(db);
  CHECK(deleted.empty());
  CHECK(LiveDocumentCount(db, deleted) == 3);
}

TEST_CASE("the list reads back as written, however far apart the ids") {
  Xapian::WritableDatabase db = IndexOf(20000);
  DeletedDocuments deleted;
  for (Xapian::docid id : {1u, 2u, 127u, 128u, 129u, 19999u}) deleted.Add(id);
  deleted.Write(&db);
  DeletedDocuments read = DeletedDocuments::Read(db);
  CHECK(read.ids() == deleted.ids());
  CHECK(read.Contains(128));
  CHECK_FALSE(read.Contains(130));
  CHECK(LiveDocumentCount(db, read) == 20000 - 6);
}

TEST_CASE("live postings leave the deleted documents out") {
  Xapian::WritableDatabase db = IndexOf(6);
  DeletedDocuments deleted;
  deleted.Add(4);
  deleted.Add(5);
  CHECK(LiveDocumentsWithTerm(db, deleted, "even") == std::vector<Xapian::docid>{2, 6});
  CHECK(LiveDocumentsWithTerm(db, deleted, "odd") == std::vector<Xapian::docid>{1, 3});
  CHECK(LiveDocumentsWithTerm(db, deleted, "none").empty());
}

TEST_CASE("a damaged list is an error, not a wrong list") {
  Xapian::WritableDatabase db = IndexOf(10);
  const std::string key(metadata::kDeletedDocuments);
  SECTION("cut in the middle of a number") { db.set_metadata(key, std::string("\x03\x85", 2)); }
  SECTION("an id past the last document") { db.set_metadata(key, std::string("\x0b", 1)); }
  SECTION("an id listed twice") { db.set_metadata(key, std::string("\x02\x00", 2)); }
  CHECK_THROWS_WITH(DeletedDocuments::Read(db), Catch::Contains("deleted documents is damaged"));
}

}  // namespace
}  // namespace vankien::schema
