#include "query/word_sequence.h"

namespace vankien::query {

bool HoldsInSequence(const Xapian::Database& db, Xapian::docid docid, const std::vector<std::string>& words) {
  if (words.empty()) return false;
  std::vector<Xapian::PositionIterator> at, ends;
  for (const std::string& word : words) {
    at.push_back(db.positionlist_begin(docid, word));
    ends.push_back(db.positionlist_end(docid, word));
    if (at.back() == ends.back()) return false;
  }
  for (; at[0] != ends[0]; ++at[0]) {
    const Xapian::termpos start = *at[0];
    bool whole = true;
    for (std::size_t i = 1; i < words.size() && whole; ++i) {
      at[i].skip_to(start + static_cast<Xapian::termpos>(i));
      if (at[i] == ends[i]) return false;  // no later start can be followed by word i
      whole = *at[i] == start + i;
    }
    if (whole) return true;
  }
  return false;
}

}  // namespace vankien::query
