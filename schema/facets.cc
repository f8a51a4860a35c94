#include "schema/facets.h"

namespace vankien::schema {

std::string EncodeFacetValues(const FacetValues& values) {
  std::string encoded;
  for (std::size_t facet = 0; facet < kFacetCount; ++facet) {
    if (facet > 0) encoded.push_back('\x1e');
    for (std::size_t i = 0; i < values[facet].size(); ++i) {
      if (i > 0) encoded.push_back('\x1f');
      encoded += values[facet][i];
    }
  }
  return encoded;
}

}  // namespace vankien::schema
