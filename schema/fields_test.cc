#include "schema/fields.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

namespace vankien::schema {
namespace {

TEST_CASE("every prefix is one upper-case letter or empty, and prefixes are distinct") {
  std::set<std::string_view> prefixes;
  for (const Field& f : Fields()) {
    CAPTURE(f.name);
    if (IsRelationField(f.name)) continue;
    CHECK(f.prefix.size() <= 1);
    if (!f.prefix.empty()) CHECK((f.prefix[0] >= 'A' && f.prefix[0] <= 'Z'));
    CHECK(prefixes.insert(f.prefix).second);
  }
}

TEST_CASE("the relation fields share the letter L, which no other field uses, and their names") {
  std::size_t relations = 0;
  for (const Field& f : Fields()) {
    CAPTURE(f.name);
    if (!IsRelationField(f.name)) {
      CHECK(f.prefix != "L");
      continue;
    }
    ++relations;
    CHECK(f.prefix == "L" + std::string(f.name) + ":");
  }
  CHECK(relations == 7);
  CHECK(Term(field::kGuides, "05-CT/TW") == "Lguides:05-CT/TW");
  CHECK(FieldForQueryName("huongdan")->name == field::kGuides);
  CHECK(FieldForQueryName("based_on")->name == field::kBasedOn);
  CHECK(FieldForQueryName("tongket")->name == field::kReviews);
  CHECK_FALSE(IsRelationField(field::kCites));
}

TEST_CASE("query names find their fields") {
  CHECK(FieldForQueryName("coquan")->name == field::kBody);
  CHECK(FieldForQueryName("body")->name == field::kBody);
  CHECK(FieldForQueryName("loai")->name == field::kType);
  CHECK(FieldForQueryName("chude")->name == field::kTopic);
  CHECK(FieldForQueryName("cites")->name == field::kCites);
  CHECK(FieldForQueryName("nonsense") == nullptr);
  CHECK(FieldForQueryName("") == nullptr);
}

TEST_CASE("terms are prefix plus value, bounded in length") {
  CHECK(Term(field::kBody, "ĐUK") == "OĐUK");
  CHECK(Term(field::kFolded, "dang") == "dang");
  std::string long_path(400, 'a');
  std::string bounded = BoundedTerm(field::kFile, long_path);
  CHECK(bounded.size() <= 245);
  CHECK(bounded != BoundedTerm(field::kFile, long_path + "b"));
  CHECK(BoundedTerm(field::kFile, "short.txt") == "Fshort.txt");
  CHECK_THROWS_AS(GetField("nonsense"), std::logic_error);
}

}  // namespace
}  // namespace vankien::schema
