#include "query/word_sequence.h"

namespace vankien::query {

Xapian::Query InSequence(const std::set<std::vector<std::string>>& runs) {
  std::vector<Xapian::Query> phrases;
  for (const std::vector<std::string>& run : runs) {
    if (run.empty()) continue;
    // A window as long as the run: its words at consecutive positions.
    phrases.emplace_back(Xapian::Query::OP_PHRASE, run.begin(), run.end(), static_cast<Xapian::termcount>(run.size()));
  }
  if (phrases.empty()) return Xapian::Query::MatchNothing;
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(Xapian::Query::OP_OR, phrases.begin(), phrases.end()), 0);
}

}  // namespace vankien::query
