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

namespace vankien::query {
namespace {

std::string DescriptionOf(const std::string& text) {
  analysis::Analyzer analyzer;
  QueryContext context;
  context.topic_code = [](std::string_view) { return std::nullopt; };
  context.indexed = [](const std::string&) { return false; };
  context.plenum_numbers = [](const std::string& key) {
    return key == "XII/4" ? std::vector<std::string>{"04-NQ/TW"} : std::vector<std::string>{};
  };
  return BuildQuery(*ParseQuery(text), context, &analyzer).query.get_description();
}

TEST_CASE("a plenum name in a query also matches the numbers it stands for") {
  CHECK(DescriptionOf("nghị quyết trung ương 4 khóa XII").find("C04-NQ/TW") != std::string::npos);
  CHECK(DescriptionOf("nghi quyet TW 4 khoa xii chi bo").find("I04-NQ/TW") != std::string::npos);
  CHECK(DescriptionOf("nghị quyết trung ương 5 khóa XII").find("NQ/TW") == std::string::npos);  // not known
  CHECK(DescriptionOf("nghị quyết trung ương 4").find("NQ/TW") == std::string::npos);  // which term?
  CHECK(DescriptionOf("chi bộ").find("NQ/TW") == std::string::npos);
  CHECK(DescriptionOf("cites:dh-xiii").find("CĐH-XIII") != std::string::npos);
}

}  // namespace
}  // namespace vankien::query
