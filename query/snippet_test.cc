#include "query/snippet.h"

#include <catch2/catch.hpp>

#include "analysis/utf8.h"

namespace vankien::query {
namespace {

TEST_CASE("highlights are found without accents, case or tone style") {
  analysis::Analyzer analyzer;
  HighlightTerms terms{{"hoa"}, {"chi bo"}, {"chi", "bo", "hoa"}, {}, {}, {}};
  Snippet s = Highlight("Nâng cao chất lượng Chi bộ, hoá giải; chỉ một bộ", terms, &analyzer);
  CHECK(RenderSnippet(s, "[", "]") == "Nâng cao chất lượng [Chi] [bộ], [hoá] giải; chỉ một bộ");
}

TEST_CASE("a whole text is marked as written, its paragraphs kept, a title on one line") {
  analysis::Analyzer analyzer;
  HighlightTerms terms{{}, {"chi bo"}, {"chi", "bo"}, {}, {}, {}};
  const std::string text = "Về chi bộ.\n\nChi  bộ thôn\tbản.";
  CHECK(RenderSnippet(MarkMatches(text, terms, &analyzer), "[", "]") == "Về [chi] [bộ].\n\n[Chi]  [bộ] thôn\tbản.");
  CHECK(RenderSnippet(Highlight(text, terms, &analyzer), "[", "]") == "Về [chi] [bộ]. [Chi] [bộ] thôn bản.");
}

TEST_CASE("a query typed with diacritics marks the forms it wrote, where the text has them") {
  analysis::Analyzer analyzer;
  HighlightTerms terms{{}, {"tu chuyen", "chuyen hoa"}, {"tu", "chuyen", "hoa"}, {}, {}, {}};
  analysis::Analysis query;
  analyzer.Analyze("Tự chuyển hóa", &query);
  for (const analysis::Token& token : query.tokens) terms.forms[token.folded].insert(token.exact);
  // "từ" is not the "tự" asked for; "hoá" is "hóa" in the other tone style.
  CHECK(RenderSnippet(Highlight("Từ chuyển hoá đến tự chuyển hóa", terms, &analyzer), "[", "]") ==
        "Từ [chuyển] [hoá] đến [tự] [chuyển] [hóa]");
  // A text without the form written keeps the folded matches the search found it by.
  CHECK(RenderSnippet(Highlight("Từ chuyển hoá", terms, &analyzer), "[", "]") == "[Từ] [chuyển] [hoá]");
  std::string text;
  for (int i = 0; i < 60; ++i) text += "một hai ba bốn năm sáu bảy tám chín mười. ";
  text += "Chống từ chuyển và tự chuyển hoá. ";
  CHECK_THAT(RenderSnippet(MakeSnippet(text, terms, &analyzer, 20), "[", "]"),
             Catch::Contains("Chống từ chuyển và [tự] [chuyển] [hoá]."));
}

TEST_CASE("words of a several-word query are marked where they stand together") {
  analysis::Analyzer analyzer;
  HighlightTerms terms{{}, {"chi bo", "bo thon"}, {"chi", "bo", "thon"}, {}, {}, {}};
  CHECK(RenderSnippet(Highlight("Chỉ có chi bộ thôn; bộ đội", terms, &analyzer), "[", "]") ==
        "Chỉ có [chi] [bộ] [thôn]; bộ đội");
  // No pair anywhere: the words one by one, as the search matched them.
  CHECK(RenderSnippet(Highlight("Chỉ thôn và bộ", terms, &analyzer), "[", "]") == "[Chỉ] [thôn] và [bộ]");
}

TEST_CASE("a quoted phrase is marked where it stands whole, and its words nowhere else") {
  analysis::Analyzer analyzer;
  HighlightTerms terms;
  terms.phrases = {"sinh hoat chi bo"};
  CHECK(RenderSnippet(Highlight("Bí thư chi bộ dự sinh hoạt. Nâng cao chất lượng sinh hoạt chi bộ.", terms, &analyzer),
                      "[", "]") == "Bí thư chi bộ dự sinh hoạt. Nâng cao chất lượng [sinh] [hoạt] [chi] [bộ].");
  // Not across a sentence end, and not in another order.
  CHECK(RenderSnippet(Highlight("Khi chi bộ sinh hoạt. Sinh hoạt. Chi bộ", terms, &analyzer), "[", "]") ==
        "Khi chi bộ sinh hoạt. Sinh hoạt. Chi bộ");
  // The snippet of a long text is where the phrase stands, not where its words gather apart.
  std::string text = "Bí thư chi bộ dự buổi sinh hoạt của đoàn. ";
  for (int i = 0; i < 40; ++i) text += "một hai ba bốn năm sáu bảy tám chín mười. ";
  text += "Đổi mới nội dung sinh hoạt chi bộ thôn. ";
  for (int i = 0; i < 40; ++i) text += "một hai ba bốn năm sáu bảy tám chín mười. ";
  CHECK_THAT(RenderSnippet(MakeSnippet(text, terms, &analyzer, 20), "[", "]"),
             Catch::Contains("Đổi mới nội dung [sinh] [hoạt] [chi] [bộ] thôn."));
}

TEST_CASE("the snippet is the window where the query's words gather") {
  analysis::Analyzer analyzer;
  std::string text;
  for (int i = 0; i < 100; ++i) text += "một hai ba bốn năm sáu bảy tám chín mười. ";
  text += "Đảng ủy Khối lãnh đạo nâng cao chất lượng sinh hoạt chi bộ trong toàn Đảng bộ. ";
  for (int i = 0; i < 100; ++i) text += "một hai ba bốn năm sáu bảy tám chín mười. ";
  HighlightTerms terms{{}, {"sinh hoat", "hoat chi", "chi bo"}, {"sinh", "hoat", "chi", "bo"}, {}, {}, {}};
  Snippet s = MakeSnippet(text, terms, &analyzer, 20);
  std::string rendered = RenderSnippet(s, "[", "]");
  CHECK_THAT(rendered, Catch::Contains("[sinh] [hoạt] [chi] [bộ]"));
  CHECK(rendered.rfind("… ", 0) == 0);
  CHECK(rendered.size() < 250);
}

TEST_CASE("a long text is scanned only as far as max_scan_bytes") {
  analysis::Analyzer analyzer;
  std::string text;
  for (int i = 0; i < 100; ++i) text += "một hai ba bốn năm sáu bảy tám chín mười. ";
  const std::size_t before_match = text.size();
  text += "nâng cao chất lượng sinh hoạt chi bộ. ";
  for (int i = 0; i < 100; ++i) text += "một hai ba bốn năm sáu bảy tám chín mười. ";
  HighlightTerms terms{{}, {"sinh hoat", "hoat chi", "chi bo"}, {"sinh", "hoat", "chi", "bo"}, {}, {}, {}};
  CHECK_THAT(RenderSnippet(MakeSnippet(text, terms, &analyzer, 20, text.size()), "[", "]"),
             Catch::Contains("[chi] [bộ]"));
  // The match lies past the scanned part: the snippet is the opening words, unmarked.
  std::string beyond = RenderSnippet(MakeSnippet(text, terms, &analyzer, 20, before_match), "[", "]");
  CHECK(beyond.rfind("một hai ba", 0) == 0);
  CHECK(beyond.find('[') == std::string::npos);
}

TEST_CASE("a long text without spaces gives a short snippet cut between characters") {
  analysis::Analyzer analyzer;
  HighlightTerms terms{{"chi"}, {}, {"chi"}, {}, {}, {}};
  for (const std::string& unit : {std::string("x"), std::string("ệ"), std::string("chi")}) {
    std::string text;
    while (text.size() < 5000) text += unit;
    CAPTURE(unit);
    std::string rendered = RenderSnippet(MakeSnippet(text, terms, &analyzer), "", "");
    CHECK_FALSE(rendered.empty());
    CHECK(rendered.size() < 1024);
    CHECK(analysis::CountInvalidUtf8(rendered) == 0);
  }
}

TEST_CASE("no match gives the opening words, short text stays whole") {
  analysis::Analyzer analyzer;
  HighlightTerms none{{"xyz"}, {}, {"xyz"}, {}, {}, {}};
  CHECK(RenderSnippet(MakeSnippet("Ngắn gọn.", none, &analyzer), "[", "]") == "Ngắn gọn.");
  CHECK(MakeSnippet("", none, &analyzer).empty());
  std::string rendered = RenderSnippet(MakeSnippet("a b c d e f g h", none, &analyzer, 3), "[", "]");
  CHECK(rendered == "a b c …");
}

}  // namespace
}  // namespace vankien::query
