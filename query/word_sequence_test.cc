#include "query/word_sequence.h"

#include <catch2/catch.hpp>

#include "schema/fields.h"

namespace vankien::query {
namespace {

// A document of `words` at positions 1, 2, 3 …, with the pair terms of the words side by side,
// as the indexer makes them, except that a word "|" leaves a gap of one position and stops the
// pairs, as the index does at a sentence end.
Xapian::docid Add(Xapian::WritableDatabase* db, const std::vector<std::string>& words) {
  const std::string pair_prefix(schema::GetField(schema::field::kPair).prefix);
  Xapian::Document document;
  Xapian::termpos position = 0;
  const std::string* previous = nullptr;
  for (const std::string& word : words) {
    ++position;
    if (word == "|") {
      previous = nullptr;
      continue;
    }
    document.add_posting(word, position);
    if (previous != nullptr) document.add_term(pair_prefix + *previous + ' ' + word);
    previous = &word;
  }
  return db->add_document(document);
}

// The documents of `db` InSequence(runs) matches, and whether it gave any of them a weight.
std::set<Xapian::docid> Holders(const Xapian::Database& db, const std::set<std::vector<std::string>>& runs,
                                bool* weighted = nullptr) {
  Xapian::Enquire enquire(db);
  enquire.set_query(InSequence(runs));
  std::set<Xapian::docid> found;
  const Xapian::MSet matches = enquire.get_mset(0, db.get_doccount());
  for (auto it = matches.begin(); it != matches.end(); ++it) {
    found.insert(*it);
    if (weighted != nullptr && it.get_weight() != 0) *weighted = true;
  }
  return found;
}

using Ids = std::set<Xapian::docid>;

TEST_CASE("words one after another, in order, within a sentence") {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const Xapian::docid together = Add(&db, {"to", "chuc", "co", "so", "dang", "vung", "cao"});
  const Xapian::docid scattered = Add(&db, {"co", "so", "vung", "cao", "dang", "to", "chuc", "co"});
  const Xapian::docid across = Add(&db, {"nang", "cao", "|", "chat", "luong", "cao", "chat", "luong"});
  CHECK(Holders(db, {{"co", "so", "dang"}}) == Ids{together});
  CHECK(Holders(db, {{"to", "chuc", "co", "so", "dang", "vung", "cao"}}) == Ids{together});
  CHECK(Holders(db, {{"dang", "so", "co"}}).empty());  // in order only
  CHECK(Holders(db, {{"to", "chuc", "co"}}) == Ids{together, scattered});
  // Not across the gap a sentence end leaves; found at a later occurrence of the first word.
  CHECK(Holders(db, {{"nang", "cao", "chat"}}).empty());
  CHECK(Holders(db, {{"cao", "chat", "luong"}}) == Ids{across});
  CHECK(Holders(db, {{"co", "so", "khong"}}).empty());  // a word it lacks
  // Any of several runs; none at all matches nothing.
  bool weighted = false;
  CHECK(Holders(db, {{"co", "so", "dang"}, {"cao", "chat", "luong"}}, &weighted) == Ids{together, across});
  CHECK_FALSE(weighted);
  CHECK(Holders(db, {}).empty());
}

}  // namespace
}  // namespace vankien::query
