#include "query/match_set.h"
#include "query/match_everything.h"

#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace vankien::query {
namespace {

using Q = Xapian::Query;

std::vector<Xapian::docid> Ids(const DocSet& set) {
  std::vector<Xapian::docid> ids;
  set.ForEach([&](Xapian::docid id) { ids.push_back(id); });
  return ids;
}

std::vector<Xapian::docid> XapianIds(const Xapian::Database& db, const Q& query) {
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_query(query);
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  std::vector<Xapian::docid> ids;
  Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(*it);
  return ids;
}

// 300 documents, each with a few of the terms a..h, most with "common", three with "rare";
// some deleted, so ids have gaps.
Xapian::WritableDatabase SmallIndex() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  std::mt19937 random(42);
  for (int d = 0; d < 300; ++d) {
    Xapian::Document document;
    for (char term = 'a'; term <= 'h'; ++term) {
      if (random() % (2 + (term - 'a')) == 0) document.add_term(std::string(1, term));
    }
    if (d % 50 != 7) document.add_term("common");
    if (d % 100 == 3) document.add_term("rare");
    document.add_value(0, std::to_string(d % 10));
    db.add_document(document);
  }
  for (Xapian::docid id = 5; id <= 300; id += 37) db.delete_document(id);
  return db;
}

Q RandomQuery(std::mt19937& random, int depth) {
  if (depth == 0 || random() % 4 == 0) {
    const unsigned pick = random() % 12;
    if (pick == 8) return MatchEverything();
    if (pick == 9) return Q(std::string("absent"));
    if (pick == 10) return Q(std::string("common"));
    if (pick == 11) return Q(std::string("rare"));
    return Q(std::string(1, static_cast<char>('a' + pick % 8)));
  }
  static const Q::op ops[] = {Q::OP_OR, Q::OP_AND, Q::OP_AND_NOT, Q::OP_FILTER, Q::OP_AND_MAYBE, Q::OP_SYNONYM, Q::OP_MAX};
  const Q::op op = ops[random() % 7];
  std::vector<Q> subs;
  for (unsigned n = 0, count = 2 + random() % 3; n < count; ++n) subs.push_back(RandomQuery(random, depth - 1));
  Q query(op, subs.begin(), subs.end());
  return random() % 5 == 0 ? Q(Q::OP_SCALE_WEIGHT, query, 2.5) : query;
}

TEST_CASE("a match set holds exactly the documents Xapian's matcher finds") {
  Xapian::WritableDatabase db = SmallIndex();
  const Q fixed[] = {MatchEverything(), Q(), Q("a"), Q("absent"),
                     Q(Q::OP_AND_NOT, MatchEverything(), Q("b")),
                     Q(Q::OP_FILTER, Q(Q::OP_OR, Q("c"), Q("d")), Q(Q::OP_AND, Q("a"), Q("e"))),
                     // A small set narrowed by skipping through a long posting list.
                     Q(Q::OP_AND, Q("common"), Q("rare")), Q(Q::OP_FILTER, Q(Q::OP_FILTER, Q("rare"), Q("common")), Q("a")),
                     Q(Q::OP_AND_NOT, Q("rare"), Q("common")), Q(Q::OP_AND_NOT, Q("rare"), Q(Q::OP_OR, Q("b"), Q("absent")))};
  for (const Q& query : fixed) {
    INFO(query.get_description());
    std::optional<DocSet> set = MatchSet(db, query);
    REQUIRE(set);
    CHECK(Ids(*set) == XapianIds(db, query));
    CHECK(set->Count() == XapianIds(db, query).size());
  }
  std::mt19937 random(7);
  for (int n = 0; n < 300; ++n) {
    const Q query = RandomQuery(random, 3);
    INFO(query.get_description());
    std::optional<DocSet> set = MatchSet(db, query);
    REQUIRE(set);
    CHECK(Ids(*set) == XapianIds(db, query));
  }
}

TEST_CASE("a query with an operator a match set cannot evaluate is left to Xapian") {
  Xapian::WritableDatabase db = SmallIndex();
  CHECK_FALSE(MatchSet(db, Q(Q::OP_VALUE_RANGE, 0, "2", "5")));
  CHECK_FALSE(MatchSet(db, Q(Q::OP_AND, Q("a"), Q(Q::OP_VALUE_GE, 0, "3"))));
  CHECK_FALSE(MatchSet(db, Q(Q::OP_OR, Q("a"), Q(Q::OP_PHRASE, Q("b"), Q("c")))));
  CHECK_FALSE(MatchSet(db, Q(Q::OP_WILDCARD, "a")));
  CHECK_FALSE(MatchSet(db, Q(Q::OP_XOR, Q("a"), Q("b"))));
}

TEST_CASE("set operations on document sets") {
  DocSet a(200), b(200);
  for (Xapian::docid id : {1u, 63u, 64u, 65u, 199u, 200u}) a.Add(id);
  for (Xapian::docid id : {64u, 100u, 200u}) b.Add(id);
  a.Add(201);  // beyond the last id: ignored
  DocSet united = a, common = a, rest = a;
  united.Unite(b);
  common.Intersect(b);
  rest.Subtract(b);
  CHECK(Ids(united) == std::vector<Xapian::docid>{1, 63, 64, 65, 100, 199, 200});
  CHECK(Ids(common) == std::vector<Xapian::docid>{64, 200});
  CHECK(Ids(rest) == std::vector<Xapian::docid>{1, 63, 65, 199});
  CHECK(united.Count() == 7);
}

}  // namespace
}  // namespace vankien::query
