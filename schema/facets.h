// The facets results are counted by — body, type, year, topic, kind — and how a document's
// values for them are kept: together in one value slot, so that counting a whole match set
// reads one value per document rather than one per facet.
#ifndef VANKIEN_SCHEMA_FACETS_H_
#define VANKIEN_SCHEMA_FACETS_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace vankien::schema {

inline constexpr std::array<std::string_view, 5> kFacetNames = {"body", "type", "year", "topic", "kind"};
inline constexpr std::size_t kFacetCount = kFacetNames.size();

// A document's values per facet, in kFacetNames order (a document has several topics).
using FacetValues = std::array<std::vector<std::string>, kFacetCount>;

// Encodes the values: facets separated by U+001E, values within a facet by U+001F.
std::string EncodeFacetValues(const FacetValues& values);

// Calls visit(facet_index, value) for every value of an encoded string.
template <typename Visit>
void ForEachFacetValue(std::string_view encoded, Visit visit) {
  std::size_t facet = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= encoded.size(); ++i) {
    if (i < encoded.size() && encoded[i] != '\x1e' && encoded[i] != '\x1f') continue;
    if (i > start && facet < kFacetCount) visit(facet, encoded.substr(start, i - start));
    if (i < encoded.size() && encoded[i] == '\x1e') ++facet;
    start = i + 1;
  }
}

}  // namespace vankien::schema

#endif  // VANKIEN_SCHEMA_FACETS_H_
