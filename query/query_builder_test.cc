#include "query/query_builder.h"

#include <catch2/catch.hpp>

#include "query/query_parser.h"

namespace vankien::query {
namespace {

HighlightTerms HighlightOf(const std::string& text) {
  analysis::Analyzer analyzer;
  QueryContext context;
  context.topic_code = [](std::string_view) { return std::nullopt; };
  context.indexed = [](const std::string&) { return false; };
  return BuildQuery(*ParseQuery(text), context, &analyzer).highlight;
}

TEST_CASE("the words of a query typed with diacritics are highlighted in the forms written") {
  using Forms = std::map<std::string, std::set<std::string>>;
  CHECK(HighlightOf("tự chuyển hoá").forms == Forms{{"tu", {"tự"}}, {"chuyen", {"chuyển"}}, {"hoa", {"hóa"}}});
  // One word with diacritics makes the query's plain words exact too: "chi bộ" is not "chỉ bộ".
  CHECK(HighlightOf("chi bộ").forms == Forms{{"chi", {"chi"}}, {"bo", {"bộ"}}});
  CHECK(HighlightOf("tu chuyen hoa").forms.empty());
  // Written also without diacritics elsewhere in the query: any form.
  CHECK(HighlightOf("từ OR tu").forms.empty());
  CHECK(HighlightOf("tự OR từ").forms == Forms{{"tu", {"tự", "từ"}}});
}

}  // namespace
}  // namespace vankien::query
