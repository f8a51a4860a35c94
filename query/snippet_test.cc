#include "query/snippet.h"

#include <catch2/catch.hpp>

namespace vankien::query {
namespace {

TEST_CASE("highlights are found without accents, case or tone style") {
  analysis::Analyzer analyzer;
  Snippet s = Highlight("Nâng cao chất lượng Chi bộ, hoá giải", {"chi", "bo", "hoa"}, &analyzer);
  CHECK(RenderSnippet(s, "[", "]") == "Nâng cao chất lượng [Chi] [bộ], [hoá] giải");
}

TEST_CASE("the snippet is the window where the query's words gather") {
  analysis::Analyzer analyzer;
  std::string text;
  for (int i = 0; i < 100; ++i) text += "một hai ba bốn năm sáu bảy tám chín mười. ";
  text += "Đảng ủy Khối lãnh đạo nâng cao chất lượng sinh hoạt chi bộ trong toàn Đảng bộ. ";
  for (int i = 0; i < 100; ++i) text += "một hai ba bốn năm sáu bảy tám chín mười. ";
  Snippet s = MakeSnippet(text, {"sinh", "hoat", "chi", "bo"}, &analyzer, 20);
  std::string rendered = RenderSnippet(s, "[", "]");
  CHECK_THAT(rendered, Catch::Contains("[sinh] [hoạt] [chi] [bộ]"));
  CHECK(rendered.rfind("… ", 0) == 0);
  CHECK(rendered.size() < 250);
}

TEST_CASE("no match gives the opening words, short text stays whole") {
  analysis::Analyzer analyzer;
  CHECK(RenderSnippet(MakeSnippet("Ngắn gọn.", {"xyz"}, &analyzer), "[", "]") == "Ngắn gọn.");
  CHECK(MakeSnippet("", {"xyz"}, &analyzer).empty());
  std::string rendered = RenderSnippet(MakeSnippet("a b c d e f g h", {"z"}, &analyzer, 3), "[", "]");
  CHECK(rendered == "a b c …");
}

}  // namespace
}  // namespace vankien::query
