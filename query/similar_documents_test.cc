#include "query/similar_documents.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace vankien::query {
namespace {

// A small index: one word pair shared by a few documents, filler words shared by all.
Xapian::WritableDatabase SmallIndex() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int i = 0; i < 40; ++i) {
    Xapian::Document document;
    document.add_term("nhung");  // in every document
    document.add_term("ngay");
    if (i < 3) {
      document.add_term("chi");
      document.add_term("bo");
      document.add_term("Wchi bo");
      document.add_term("thon");
    }
    db.add_document(document);
  }
  return db;
}

TEST_CASE("a document's telling terms: its rarer words and pairs, not the commonest, not its own") {
  Xapian::WritableDatabase db = SmallIndex();
  schema::DocumentRecord record;
  record.title = "Chi bộ thôn";
  record.text = "Những ngày chi bộ thôn họp, chi bộ bàn việc. Hẻolánh";  // "heolanh": in no document
  analysis::Analyzer analyzer;
  const std::vector<WeightedTerm> terms = TellingTerms(db, record, &analyzer, 10);
  auto has = [&](const std::string& term) {
    return std::any_of(terms.begin(), terms.end(), [&](const WeightedTerm& t) { return t.term == term; });
  };
  CHECK(has("chi"));
  CHECK(has("Wchi bo"));
  CHECK(has("thon"));
  CHECK_FALSE(has("nhung"));    // in every document: tells nothing
  CHECK_FALSE(has("heolanh"));  // in no other document: finds nothing
  REQUIRE(terms.size() >= 2);
  for (std::size_t i = 1; i < terms.size(); ++i) CHECK(terms[i - 1].weight >= terms[i].weight);
  CHECK(TellingTerms(db, record, &analyzer, 2).size() == 2);
  // Asked in one search (for remote shards), the same terms and weights.
  CHECK(TellingTerms(db, record, &analyzer, 10, /*together=*/true) == terms);
}

TEST_CASE("the similarity query weights terms by rank and matches what shares them") {
  Xapian::WritableDatabase db = SmallIndex();
  const Xapian::Query query = SimilarityQuery({{"Wchi bo", 4}, {"thon", 1}});
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  CHECK(enquire.get_mset(0, 100).size() == 3);
  CHECK(SimilarityQuery({}).empty());
}

}  // namespace
}  // namespace vankien::query
