#include "indexer/batch_writer.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include <catch2/catch.hpp>

#include "indexer/index_directory.h"
#include "schema/deleted_documents.h"
#include "schema/fields.h"

namespace vankien::indexer {
namespace {

namespace fs = std::filesystem;
namespace field = schema::field;

const std::string kFileKey = "/docs/a.txt";

Xapian::Document DocumentOfA() {
  Xapian::Document document;
  document.add_boolean_term(schema::Term(field::kDocId, "a.txt"));
  document.add_boolean_term(schema::BoundedTerm(field::kFile, kFileKey));
  document.add_value(schema::slot::kFile, kFileKey);
  return document;
}

// A changed a.txt, as the readers hand it to the writer.
FileResult ChangedA() {
  FileResult result;
  result.outcome = Outcome::kIndexed;
  result.documents = {{"a.txt", DocumentOfA()}};
  result.state = {20, 2, 2, 1};
  return result;
}

TEST_CASE("a batch is written whole at its commit or not at all, whatever Xapian's flush threshold") {
  const fs::path path = fs::temp_directory_path() / ("vankien-batch-test-" + std::to_string(::getpid()));
  fs::remove_all(path);
  {
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OPEN | WriteFlags(false));
    db.add_document(DocumentOfA());
    db.commit();
  }
  ::setenv("XAPIAN_FLUSH_THRESHOLD", "1", /*overwrite=*/1);  // Xapian would flush every document
  Reporter reporter(Verbosity::kQuiet, false);
  IndexSummary summary;
  const ScannedFile file{kFileKey, "a.txt", 20, 2};
  const FileTask task{&file, schema::FileState{10, 1, 1, 1}, false};
  auto held_and_deleted = [&] {
    Xapian::Database reader(path.string());
    return std::make_pair(reader.get_doccount(), schema::DeletedDocuments::Read(reader).size());
  };

  SECTION("given up before its commit: nothing of it is left, though the index is closed after") {
    {
      Xapian::WritableDatabase db(path.string(), Xapian::DB_OPEN | WriteFlags(false));
      BatchWriter writer(&db, {100, 1 << 20}, /*termlist=*/false, &reporter, &summary);
      writer.Apply(task, ChangedA());
      CHECK(held_and_deleted() == std::make_pair(Xapian::doccount{1}, std::size_t{0}));
    }
    CHECK(held_and_deleted() == std::make_pair(Xapian::doccount{1}, std::size_t{0}));
  }
  SECTION("committed: the new document and the old one's deletion together") {
    Xapian::WritableDatabase db(path.string(), Xapian::DB_OPEN | WriteFlags(false));
    BatchWriter writer(&db, {100, 1 << 20}, /*termlist=*/false, &reporter, &summary);
    writer.Apply(task, ChangedA());
    writer.Commit();
    CHECK(held_and_deleted() == std::make_pair(Xapian::doccount{2}, std::size_t{1}));
  }
  ::unsetenv("XAPIAN_FLUSH_THRESHOLD");
  fs::remove_all(path);
}

TEST_CASE("an index with a termlist has its replaced documents deleted by Xapian, none listed") {
  const fs::path path = fs::temp_directory_path() / ("vankien-batch-termlist-test-" + std::to_string(::getpid()));
  fs::remove_all(path);
  {
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OPEN | WriteFlags(true));
    db.add_document(DocumentOfA());
    db.commit();
  }
  Reporter reporter(Verbosity::kQuiet, false);
  IndexSummary summary;
  const ScannedFile file{kFileKey, "a.txt", 20, 2};
  const FileTask task{&file, schema::FileState{10, 1, 1, 1}, false};
  {
    Xapian::WritableDatabase db(path.string(), Xapian::DB_OPEN | WriteFlags(true));
    BatchWriter writer(&db, {100, 1 << 20}, /*termlist=*/true, &reporter, &summary);
    writer.Apply(task, ChangedA());
    writer.Commit();
    writer.Remove(kFileKey);
    writer.Commit();
  }
  Xapian::Database reader(path.string());
  CHECK(reader.get_doccount() == 0);
  CHECK(reader.get_lastdocid() == 2);  // the replacement was written, then removed
  CHECK(schema::DeletedDocuments::Read(reader).empty());
  fs::remove_all(path);
}

}  // namespace
}  // namespace vankien::indexer
