#include "query/facet_index.h"

#include <catch2/catch.hpp>

#include "schema/facets.h"
#include "schema/fields.h"

namespace vankien::query {
namespace {

Xapian::Document WithFacets(std::vector<std::string> body, std::vector<std::string> topics) {
  schema::FacetValues values;
  values[0] = std::move(body);
  values[3] = std::move(topics);
  Xapian::Document document;
  document.add_value(schema::slot::kFacets, schema::EncodeFacetValues(values));
  return document;
}

TEST_CASE("documents sharing their facet values share a combination, and counts add up by value") {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const Xapian::docid a = db.add_document(WithFacets({"TW"}, {"chi-bo", "dang-vien"}));
  const Xapian::docid b = db.add_document(WithFacets({"TW"}, {"chi-bo", "dang-vien"}));
  const Xapian::docid c = db.add_document(WithFacets({"TU"}, {"chi-bo"}));
  const Xapian::docid none = db.add_document(Xapian::Document());  // no facet values at all
  db.commit();

  FacetIndex index(db);
  CHECK(index.combinations() == 3);  // "no values", TW with two topics, TU with one
  CHECK(index.CombinationOf(a) == index.CombinationOf(b));
  CHECK(index.CombinationOf(a) != index.CombinationOf(c));
  CHECK(index.CombinationOf(none) == 0);
  CHECK(index.CombinationOf(db.get_lastdocid() + 10) == 0);  // added after the index was read

  std::vector<Xapian::doccount> per_combination(index.combinations(), 0);
  for (Xapian::docid id : {a, b, c, none}) ++per_combination[index.CombinationOf(id)];
  FacetCounts counts = index.Counts(per_combination);
  CHECK(counts["body"] == std::vector<FacetCount>{{"TW", 2}, {"TU", 1}});
  CHECK(counts["topic"] == std::vector<FacetCount>{{"chi-bo", 3}, {"dang-vien", 2}});
  CHECK(counts["type"].empty());

  // Only the counted documents count.
  std::vector<Xapian::doccount> just_c(index.combinations(), 0);
  ++just_c[index.CombinationOf(c)];
  CHECK(index.Counts(just_c)["topic"] == std::vector<FacetCount>{{"chi-bo", 1}});
}

}  // namespace
}  // namespace vankien::query
