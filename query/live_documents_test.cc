#include "query/live_documents.h"
#include "query/match_everything.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
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
  schema::DeletedDocuments list;
  for (Xapian::docid id : {3u, 10u, 11u, 150u, 200u}) list.Add(id);
  auto deleted = std::make_shared<shards::DeletedByShard>(shards::DeletedByShard{{db.get_uuid(), list}});

  std::vector<Xapian::docid> expected;
  for (Xapian::docid id = 10; id <= 200; id += 10) {
    if (!list.Contains(id)) expected.push_back(id);
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
  CHECK(WithoutDeleted(query, std::make_shared<shards::DeletedByShard>()).get_description() == query.get_description());
  CHECK(WithoutDeleted(query, std::make_shared<shards::DeletedByShard>(shards::DeletedByShard{{"a", {}}, {"b", {}}}))
            .get_description() == query.get_description());
}

TEST_CASE("over shards, each shard leaves out its own deleted documents, in its own ids") {
  const std::string base = "/tmp/vankien-live-documents-test-" + std::to_string(::getpid());
  Xapian::Database combined;
  auto deleted = std::make_shared<shards::DeletedByShard>();
  std::vector<Xapian::docid> expected;  // in combined ids: shard s's document d is (d - 1) * 2 + s + 1
  for (int s = 0; s < 2; ++s) {
    Xapian::WritableDatabase shard(base + "-" + std::to_string(s), Xapian::DB_CREATE_OR_OVERWRITE);
    for (Xapian::docid d = 1; d <= 10; ++d) {
      Xapian::Document document;
      document.add_term("word");
      shard.add_document(document);
      if ((s == 0 && d % 3 == 0) || (s == 1 && d == 4)) {
        (*deleted)[shard.get_uuid()].Add(d);
      } else {
        expected.push_back((d - 1) * 2 + s + 1);
      }
    }
    shard.commit();
    combined.add_database(Xapian::Database(base + "-" + std::to_string(s)));
  }
  std::sort(expected.begin(), expected.end());
  CHECK(expected.size() == 16);
  CHECK(Matches(combined, WithoutDeleted(Xapian::Query("word"), deleted)) == expected);
  for (int s = 0; s < 2; ++s) std::filesystem::remove_all(base + "-" + std::to_string(s));
}

}  // namespace
}  // namespace vankien::query
