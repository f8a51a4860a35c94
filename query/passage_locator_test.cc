#include "query/passage_locator.h"

#include <catch2/catch.hpp>

#include <string>

namespace vankien::query {
namespace {

TEST_CASE("the passage where the query's words gather, found without full analysis") {
  std::string filler;
  for (int i = 0; i < 200; ++i) filler += "một hai ba bốn năm. ";
  std::string text = filler + "Chỉ có CHI BỘ thôn họp; Chi bộ thôn, tổ dân phố nâng cao. " + filler;
  HighlightTerms terms{{}, {"chi bo", "bo thon", "to dan", "dan pho"}, {"chi", "bo", "thon", "to", "dan", "pho"}};
  std::size_t at = LocatePassage(text, terms, 200);
  CHECK(at == filler.size() + std::string("Chỉ có ").size());
  CHECK(LocatePassage(text, HighlightTerms{{"xyz"}, {}, {"xyz"}}, 200) == 0);
  // No pair anywhere: the words one by one.
  CHECK(LocatePassage(filler + "thôn", terms, 200) == filler.size());
}

}  // namespace
}  // namespace vankien::query
