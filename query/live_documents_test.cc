#include "query/live_documents.h"
#include "query/match_everything.h"

#include <vector>

#include <catch2/catch.hpp>

namespace vankien::query {
namespace {

std::vector<Xapian::docid> Matches(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  std::vector<Xapian::docid> ids;
  for (Xapian::MSetIterator it = enquire.get_mset(0, db.get_doccount()).begin(); it != Xapian::MSetIterator(); ++it) {
    ids.push_back(*it);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

TEST_CASE("a search leaves the deleted documents out and keeps the others' weights") {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int i = 1; i <= 200; ++i) {
    Xapian::Document document;
    document.add_term("word", i % 3 == 0 ? 2 : 1);
    if (i % 10 == 0) document.add_term("tenth");
    db.add_document(document);
  }
  auto deleted = std::make_shared<schema::DeletedDocuments>();
  for (Xapian::docid id : {3u, 10u, 11u, 150u, 200u}) deleted->Add(id);

  std::vector<Xapian::docid> expected;
  for (Xapian::docid id = 10; id <= 200; id += 10) {
    if (!deleted->Contains(id)) expected.push_back(id);
  }
  CHECK(Matches(db, WithoutDeleted(Xapian::Query("tenth"), deleted)) == expected);
  CHECK(Matches(db, WithoutDeleted(MatchEverything(), deleted)).size() == 195);
  // As a side of a conjunction, where the matcher skips through it.
  CHECK(Matches(db, Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("word"),
                                  WithoutDeleted(Xapian::Query("tenth"), deleted))) == expected);

  Xapian::Enquire enquire(db);
  enquire.set_query(WithoutDeleted(Xapian::Query("word"), deleted));
  Xapian::MSet filtered = enquire.get_mset(0, 1);
  enquire.set_query(Xapian::Query("word"));
  Xapian::MSet plain = enquire.get_mset(0, 1);
  CHECK(filtered.begin().get_weight() == Approx(plain.begin().get_weight()));
}

TEST_CASE("with nothing deleted the query is left as it is") {
  const Xapian::Query query("word");
  CHECK(WithoutDeleted(query, std::make_shared<schema::DeletedDocuments>()).get_description() ==
        query.get_description());
}

}  // namespace
}  // namespace vankien::query
