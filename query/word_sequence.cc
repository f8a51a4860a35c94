#include "query/word_sequence.h"

#include "schema/fields.h"

namespace vankien::query {

Xapian::Query InSequence(const std::set<std::vector<std::string>>& runs) {
  const std::string pair_prefix(schema::GetField(schema::field::kPair).prefix);
  std::vector<Xapian::Query> holding;
  for (const std::vector<std::string>& run : runs) {
    if (run.empty()) continue;
    // The run's pairs, which the index holds wherever its words stand side by side in a
    // sentence (indexer/document_builder.cc), so the phrase implies them; with them the matcher
    // reads positions only in documents holding every pair, not in every one holding the words.
    std::vector<Xapian::Query> parts;
    for (std::size_t i = 1; i < run.size(); ++i) parts.emplace_back(pair_prefix + run[i - 1] + ' ' + run[i]);
    // A window as long as the run: its words at consecutive positions.
    parts.emplace_back(Xapian::Query::OP_PHRASE, run.begin(), run.end(), static_cast<Xapian::termcount>(run.size()));
    holding.emplace_back(Xapian::Query::OP_AND, parts.begin(), parts.end());
  }
  if (holding.empty()) return Xapian::Query();  // matches nothing
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(Xapian::Query::OP_OR, holding.begin(), holding.end()), 0);
}

}  // namespace vankien::query
