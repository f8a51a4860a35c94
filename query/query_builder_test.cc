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

TEST_CASE("a quoted phrase is highlighted whole, free words by pairs, and one by one where no pair is") {
  HighlightTerms terms = HighlightOf("\"sinh hoạt chi bộ\" dân vận");
  CHECK(terms.phrases == std::set<std::string>{"sinh hoat chi bo"});
  CHECK(terms.pairs == std::set<std::string>{"dan van"});
  CHECK(terms.all_words == std::set<std::string>{"dan", "van"});
  CHECK(HighlightOf("\"chi bộ\"").phrases == std::set<std::string>{"chi bo"});
  CHECK(HighlightOf("\"chi\"").words == std::set<std::string>{"chi"});
}

}  // namespace
}  // namespace vankien::query
