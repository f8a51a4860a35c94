#include "schema/facets.h"

#include <catch2/catch.hpp>

namespace vankien::schema {
namespace {

TEST_CASE("facet values survive encoding") {
  FacetValues values = {{{"ĐUK"}, {"NQ"}, {"2016"}, {"chi-bo", "dang-vien"}, {"document"}}};
  std::vector<std::pair<std::size_t, std::string>> seen;
  ForEachFacetValue(EncodeFacetValues(values), [&](std::size_t facet, std::string_view value) {
    seen.emplace_back(facet, std::string(value));
  });
  CHECK(seen == std::vector<std::pair<std::size_t, std::string>>{
                    {0, "ĐUK"}, {1, "NQ"}, {2, "2016"}, {3, "chi-bo"}, {3, "dang-vien"}, {4, "document"}});
  FacetValues sparse;
  sparse[4] = {"article"};
  seen.clear();
  ForEachFacetValue(EncodeFacetValues(sparse), [&](std::size_t facet, std::string_view value) {
    seen.emplace_back(facet, std::string(value));
  });
  CHECK(seen == std::vector<std::pair<std::size_t, std::string>>{{4, "article"}});
  ForEachFacetValue("", [&](std::size_t, std::string_view) { FAIL("no values"); });
}

}  // namespace
}  // namespace vankien::schema
