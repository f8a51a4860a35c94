#include "query/query_builder.h"

#include <catch2/catch.hpp>

#include "query/query_parser.h"

namespace vankien::query {
namespace {

BuiltQuery Built(const std::string& text) {
  analysis::Analyzer analyzer;
  QueryContext context;
  context.topic_code = [](std::string_view) { return std::nullopt; };
  context.indexed = [](const std::string&) { return false; };
  return BuildQuery(*ParseQuery(text), context, &analyzer);
}

HighlightTerms HighlightOf(const std::string& text) { return Built(text).highlight; }

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

TEST_CASE("a phrase of three words or more needs its words' positions, its pairs rank it") {
  // The flood report's "Điện Biên, Hòa Bình … Diễn biến" holds every pair of the phrase: only
  // positions tell it apart.
  const std::string phrase = Built("\"diễn biến hòa bình\"").query.get_description();
  CHECK_THAT(phrase, Catch::Contains("(dien PHRASE 4 bien PHRASE 4 hoa PHRASE 4 binh)"));
  CHECK_THAT(phrase, Catch::Contains("Wdien bien AND Wbien hoa AND Whoa binh"));
  // Two words are one pair term; a sentence end splits a phrase into parts, each in place.
  CHECK_THAT(Built("\"chi bộ\"").query.get_description(), !Catch::Contains("PHRASE"));
  const std::string split = Built("\"ngập nhiều xã. Diễn biến thời tiết\"").query.get_description();
  CHECK_THAT(split, Catch::Contains("(ngap PHRASE 3 nhieu PHRASE 3 xa)"));
  CHECK_THAT(split, Catch::Contains("(dien PHRASE 4 bien PHRASE 4 thoi PHRASE 4 tiet)"));
  // The broad query never loosens a phrase.
  CHECK_THAT(Built("\"diễn biến hòa bình\"").broad.get_description(), Catch::Contains("PHRASE 4"));
}

TEST_CASE("phrases typed with diacritics are kept in their exact forms, outside excluded parts") {
  using Phrases = std::set<std::vector<std::string>>;
  CHECK(Built("\"Diễn biến hoà bình\" an ninh").exact_phrases == Phrases{{"diễn", "biến", "hòa", "bình"}});
  CHECK(Built("\"dien bien hoa binh\"").exact_phrases.empty());
  CHECK(Built("an ninh -\"diễn biến hòa bình\"").exact_phrases.empty());
  CHECK(Built("\"diễn biến\" NEAR/3 \"hòa bình\"").exact_phrases == Phrases{{"diễn", "biến"}, {"hòa", "bình"}});
}

TEST_CASE("NEAR/n: the words of both sides within their number plus n, each side whole") {
  const std::string near = Built("kiểm tra NEAR/5 giám sát").query.get_description();
  CHECK_THAT(near, Catch::Contains("(kiem NEAR 9 tra NEAR 9 giam NEAR 9 sat)"));
  CHECK_THAT(near, Catch::Contains("Wkiem tra"));
  CHECK_THAT(near, Catch::Contains("Wgiam sat"));
  CHECK(Built("kiểm tra NEAR/5 giám sát").highlight.phrases == std::set<std::string>{"kiem tra", "giam sat"});
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

namespace vankien::query {
namespace {

// A sample table as the indexer stores it.
const Abbreviations& SampleAbbreviations() {
  static const Abbreviations table = Abbreviations::FromJson(
      R"([{"ambiguous":false,"words":["ubnd","uy ban nhan dan"]},)"
      R"({"ambiguous":true,"words":["bct","bo chinh tri","bo cong thuong"]}])");
  return table;
}

BuiltQuery BuiltWithAbbreviations(const std::string& text) {
  analysis::Analyzer analyzer;
  QueryContext context;
  context.topic_code = [](std::string_view) { return std::nullopt; };
  context.indexed = [](const std::string&) { return false; };
  context.abbreviations = &SampleAbbreviations();
  return BuildQuery(*ParseQuery(text), context, &analyzer);
}

TEST_CASE("an abbreviation's words and pairs are synonyms of the same written the other way") {
  const BuiltQuery typed_short = BuiltWithAbbreviations("UBND tỉnh");
  // The other form is a phrase, looked for where its pairs are; the form typed weighs a little more.
  CHECK_THAT(typed_short.query.get_description(),
             Catch::Contains("((Wubnd tinh SYNONYM ((uy PHRASE 5 ban PHRASE 5 nhan PHRASE 5 dan PHRASE 5 tinh) FILTER "
                             "(Wuy ban AND Wban nhan AND Wnhan dan AND Wdan tinh))) OR 0.5 * Wubnd tinh)"));
  CHECK_THAT(typed_short.broad.get_description(),
             Catch::Contains("((ubnd SYNONYM ((uy PHRASE 4 ban PHRASE 4 nhan PHRASE 4 dan) FILTER "
                             "(Wuy ban AND Wban nhan AND Wnhan dan))) OR 0.5 * ubnd)"));
  const BuiltQuery typed_long = BuiltWithAbbreviations("Ủy ban nhân dân tỉnh");
  const std::string long_query = typed_long.query.get_description();
  CHECK_THAT(long_query, Catch::Contains("(Wuy ban SYNONYM ubnd)"));
  CHECK_THAT(long_query, Catch::Contains("(Wnhan dan SYNONYM ubnd)"));
  CHECK_THAT(long_query, Catch::Contains("(Wdan tinh SYNONYM Wubnd tinh)"));
  // Both forms are highlighted.
  CHECK(typed_short.highlight.pairs.count("nhan dan") == 1);
  CHECK(typed_short.highlight.pairs.count("dan tinh") == 1);
  CHECK(typed_long.highlight.words.count("ubnd") == 1);
  CHECK(typed_long.highlight.pairs.count("ubnd tinh") == 1);
}

TEST_CASE("ambiguous abbreviations, quoted phrases and NEAR match only what is typed") {
  for (const char* query : {"BCT họp", "Bộ Chính trị họp", "\"UBND tỉnh\"", "\"Ủy ban nhân dân tỉnh\"", "UBND NEAR/3 tỉnh"}) {
    CAPTURE(query);
    const BuiltQuery built = BuiltWithAbbreviations(query);
    CHECK_THAT(built.query.get_description(), !Catch::Contains("SYNONYM"));
    CHECK_THAT(built.broad.get_description(), !Catch::Contains("SYNONYM"));
  }
  // Only the first few of a query that repeats one are expanded: its cost stays bounded.
  auto synonyms = [](const std::string& query) {
    const std::string description = BuiltWithAbbreviations(query).broad.get_description();
    std::size_t count = 0;
    for (std::size_t at = description.find("SYNONYM"); at != std::string::npos; at = description.find("SYNONYM", at + 1)) ++count;
    return count;
  };
  std::string twenty, two_hundred;
  for (int i = 0; i < 20; ++i) twenty += "UBND ";
  for (int i = 0; i < 200; ++i) two_hundred += "UBND ";
  CHECK(synonyms("UBND") > 0);
  CHECK(synonyms(twenty) == synonyms(two_hundred));
  CHECK(synonyms("(" + twenty + ") OR (" + twenty + ")") == synonyms(twenty));
  // Without a table, as typed too.
  CHECK_THAT(Built("UBND tỉnh").broad.get_description(), !Catch::Contains("SYNONYM"));
}

}  // namespace
}  // namespace vankien::query
