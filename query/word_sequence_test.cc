#include "query/word_sequence.h"

#include <catch2/catch.hpp>

namespace vankien::query {
namespace {

// A document of `words` at positions 1, 2, 3 …, except that a word "|" leaves a gap of one
// position, as the index leaves one at a sentence end.
Xapian::docid Add(Xapian::WritableDatabase* db, const std::vector<std::string>& words) {
  Xapian::Document document;
  Xapian::termpos position = 0;
  for (const std::string& word : words) {
    ++position;
    if (word != "|") document.add_posting(word, position);
  }
  return db->add_document(document);
}

TEST_CASE("words one after another, read from positions") {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const Xapian::docid together = Add(&db, {"to", "chuc", "co", "so", "dang", "vung", "cao"});
  const Xapian::docid scattered = Add(&db, {"co", "so", "vung", "cao", "dang", "to", "chuc", "co"});
  const Xapian::docid across = Add(&db, {"nang", "cao", "|", "chat", "luong", "cao", "chat", "luong"});
  CHECK(HoldsInSequence(db, together, {"co", "so", "dang"}));
  CHECK(HoldsInSequence(db, together, {"to", "chuc", "co", "so", "dang", "vung", "cao"}));
  CHECK_FALSE(HoldsInSequence(db, together, {"dang", "so", "co"}));  // in order only
  CHECK_FALSE(HoldsInSequence(db, scattered, {"co", "so", "dang"}));
  CHECK(HoldsInSequence(db, scattered, {"to", "chuc", "co"}));
  // Not across the gap a sentence end leaves; found at a later occurrence of the first word.
  CHECK_FALSE(HoldsInSequence(db, across, {"nang", "cao", "chat"}));
  CHECK(HoldsInSequence(db, across, {"cao", "chat", "luong"}));
  CHECK_FALSE(HoldsInSequence(db, together, {"co", "so", "khong"}));  // a word it lacks
  CHECK_FALSE(HoldsInSequence(db, together, {}));
}

}  // namespace
}  // namespace vankien::query
