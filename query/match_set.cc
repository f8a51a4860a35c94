#include "query/match_set.h"

#include <string>

namespace vankien::query {

void DocSet::Unite(const DocSet& other) {
  for (std::size_t w = 0; w < words_.size(); ++w) words_[w] |= other.words_[w];
}

void DocSet::Intersect(const DocSet& other) {
  for (std::size_t w = 0; w < words_.size(); ++w) words_[w] &= other.words_[w];
}

void DocSet::Subtract(const DocSet& other) {
  for (std::size_t w = 0; w < words_.size(); ++w) words_[w] &= ~other.words_[w];
}

Xapian::doccount DocSet::Count() const {
  Xapian::doccount count = 0;
  for (uint64_t bits : words_) count += static_cast<Xapian::doccount>(__builtin_popcountll(bits));
  return count;
}

namespace {

using Q = Xapian::Query;

// The documents of a posting list; "" is the list of every document.
void AddPostings(const Xapian::Database& db, const std::string& term, DocSet* set) {
  for (Xapian::PostingIterator it = db.postlist_begin(term); it != db.postlist_end(term); ++it) set->Add(*it);
}

std::optional<DocSet> Evaluate(const Xapian::Database& db, const Q& query) {
  DocSet set(db.get_lastdocid());
  switch (query.get_type()) {
    case Q::LEAF_MATCH_NOTHING:
      return set;
    case Q::LEAF_MATCH_ALL:
      AddPostings(db, std::string(), &set);
      return set;
    case Q::LEAF_TERM:
      AddPostings(db, *query.get_terms_begin(), &set);
      return set;
    case Q::OP_SCALE_WEIGHT:   // weights only
    case Q::OP_AND_MAYBE:      // the right side only adds weight
      return Evaluate(db, query.get_subquery(0));
    case Q::OP_OR:
    case Q::OP_SYNONYM:
    case Q::OP_MAX:
    case Q::OP_AND:
    case Q::OP_FILTER:
    case Q::OP_AND_NOT:
      break;
    default:
      return std::nullopt;
  }
  const Q::op op = query.get_type();
  for (std::size_t n = 0; n < query.get_num_subqueries(); ++n) {
    std::optional<DocSet> sub = Evaluate(db, query.get_subquery(n));
    if (!sub) return std::nullopt;
    if (n == 0) {
      set = std::move(*sub);
    } else if (op == Q::OP_AND || op == Q::OP_FILTER) {
      set.Intersect(*sub);
    } else if (op == Q::OP_AND_NOT) {
      set.Subtract(*sub);
    } else {
      set.Unite(*sub);
    }
  }
  return set;
}

}  // namespace

std::optional<DocSet> MatchSet(const Xapian::Database& db, const Xapian::Query& query) {
  return Evaluate(db, query);
}

}  // namespace vankien::query
