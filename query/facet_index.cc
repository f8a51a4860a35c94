#include "query/facet_index.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

#include "schema/facets.h"
#include "schema/fields.h"

namespace vankien::query {

FacetIndex::FacetIndex(const Xapian::Database& db) : combinations_{""} {
  combination_of_.assign(db.get_lastdocid() + 1, 0);
  std::unordered_map<std::string, uint32_t> ids{{"", 0}};
  for (auto it = db.valuestream_begin(schema::slot::kFacets); it != db.valuestream_end(schema::slot::kFacets); ++it) {
    const Xapian::docid id = it.get_docid();
    if (id >= combination_of_.size()) continue;  // added since get_lastdocid(): a newer revision
    auto [entry, added] = ids.emplace(*it, static_cast<uint32_t>(combinations_.size()));
    if (added) combinations_.push_back(entry->first);
    combination_of_[id] = entry->second;
  }
  month_of_.assign(combination_of_.size(), 0);
  for (auto it = db.valuestream_begin(schema::slot::kDate); it != db.valuestream_end(schema::slot::kDate); ++it) {
    if (it.get_docid() < month_of_.size()) month_of_[it.get_docid()] = MonthOfDateValue(*it);
  }
}

namespace {

// The facet counts of documents counted per encoded combination of values: for_each(f) calls
// f(encoded, documents) for each combination counted.
template <typename ForEach>
FacetCounts Tally(ForEach for_each) {
  std::array<std::map<std::string, Xapian::doccount, std::less<>>, schema::kFacetCount> counts;
  for_each([&](std::string_view encoded, Xapian::doccount documents) {
    if (documents == 0) return;
    schema::ForEachFacetValue(encoded, [&](std::size_t facet, std::string_view value) {
      auto it = counts[facet].find(value);
      if (it == counts[facet].end()) it = counts[facet].emplace(std::string(value), 0).first;
      it->second += documents;
    });
  });
  FacetCounts out;
  for (std::size_t f = 0; f < schema::kFacetCount; ++f) {
    std::vector<FacetCount> list;
    for (const auto& [value, documents] : counts[f]) list.push_back({value, documents});
    std::stable_sort(list.begin(), list.end(), [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
    out[std::string(schema::kFacetNames[f])] = std::move(list);
  }
  return out;
}

}  // namespace

FacetCounts FacetIndex::Counts(const std::vector<Xapian::doccount>& per_combination) const {
  return Tally([&](const auto& add) {
    for (std::size_t c = 0; c < per_combination.size() && c < combinations_.size(); ++c) add(combinations_[c], per_combination[c]);
  });
}

FacetCounts CountsOfValues(const std::map<std::string, Xapian::doccount>& per_value) {
  return Tally([&](const auto& add) {
    for (const auto& [encoded, documents] : per_value) add(encoded, documents);
  });
}

}  // namespace vankien::query
