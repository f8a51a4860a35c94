#include "schema/fields.h"

#include <catch2/catch.hpp>

#include <set>

namespace vankien::schema {
namespace {

TEST_CASE("every prefix is one upper-case letter or empty, and prefixes are distinct") {
  std::set<std::string_view> prefixes;
  for (const Field& f : Fields()) {
    CAPTURE(f.name);
    CHECK(f.prefix.size() <= 1);
    if (!f.prefix.empty()) CHECK((f.prefix[0] >= 'A' && f.prefix[0] <= 'Z'));
    CHECK(prefixes.insert(f.prefix).second);
  }
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
