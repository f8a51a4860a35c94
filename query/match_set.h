// The documents a query matches, found by set operations on posting lists instead of by Xapian's
// matcher. Counting facets needs every match but no scores; Xapian's matcher, even unweighted,
// merges the posting lists document by document through its tree of operators, while a bitset
// takes each posting list in one sweep (a 3-word query matching 40,000 documents: 3.8 ms
// against 1.2 ms).
#ifndef VANKIEN_QUERY_MATCH_SET_H_
#define VANKIEN_QUERY_MATCH_SET_H_

#include <cstdint>
#include <optional>
#include <vector>

#include <xapian.h>

namespace vankien::query {

// A set of document ids, one bit each up to a fixed last id.
class DocSet {
 public:
  // An empty set that can hold the ids 1..last_docid.
  explicit DocSet(Xapian::docid last_docid) : last_docid_(last_docid), words_(last_docid / 64 + 1, 0) {}

  // Adds `id`; ids above the last one the set was made for are ignored.
  void Add(Xapian::docid id) {
    if (id <= last_docid_) words_[id / 64] |= uint64_t{1} << (id % 64);
  }

  void Remove(Xapian::docid id) {
    if (id <= last_docid_) words_[id / 64] &= ~(uint64_t{1} << (id % 64));
  }

  // Set operations with a set made for the same last id.
  void Unite(const DocSet& other);
  void Intersect(const DocSet& other);
  void Subtract(const DocSet& other);

  Xapian::doccount Count() const;

  // Calls f(id) for every id in the set, in ascending order.
  template <typename F>
  void ForEach(F&& f) const {
    for (std::size_t w = 0; w < words_.size(); ++w) {
      for (uint64_t bits = words_[w]; bits != 0; bits &= bits - 1) {
        f(static_cast<Xapian::docid>(w * 64 + static_cast<unsigned>(__builtin_ctzll(bits))));
      }
    }
  }

 private:
  Xapian::docid last_docid_;
  std::vector<uint64_t> words_;
};

// The documents of `db` that `query` matches — the same documents as Xapian's matcher finds
// with any weighting — or std::nullopt when the query holds an operator this does not evaluate
// (value ranges, phrases, wildcards, posting sources, OP_ELITE_SET, OP_XOR, …) or the index's
// ids run past kMaxDocSetId; the caller then asks Xapian. Its cost is bounded by the posting
// lists of the query's terms, so it needs no time limit. Throws Xapian::Error on a read error.
inline constexpr Xapian::docid kMaxDocSetId = 1u << 26;  // 8 MB a set
std::optional<DocSet> MatchSet(const Xapian::Database& db, const Xapian::Query& query);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_MATCH_SET_H_
