#include "query/phrase_match.h"

#include <catch2/catch.hpp>

namespace vankien::query {
namespace {

TEST_CASE("a phrase stands where its words follow each other within a sentence") {
  analysis::Analyzer analyzer;
  analysis::Analysis analysis;
  analyzer.Analyze("Điện Biên, Hòa Bình. Diễn biến hòa bình", &analysis);
  const std::vector<std::string> folded = {"dien", "bien", "hoa", "binh"};
  CHECK(PhraseAt(analysis.tokens, 0, folded, &analysis::Token::folded));  // a comma is no gap
  CHECK_FALSE(PhraseAt(analysis.tokens, 0, {"điện", "biên", "hòa", "bình"}, &analysis::Token::folded));
  CHECK(PhraseAt(analysis.tokens, 0, {"điện", "biên", "hòa", "bình"}, &analysis::Token::exact));
  CHECK_FALSE(PhraseAt(analysis.tokens, 2, folded, &analysis::Token::folded));  // across the full stop
  CHECK(PhraseAt(analysis.tokens, 4, folded, &analysis::Token::folded));
  CHECK_FALSE(PhraseAt(analysis.tokens, 5, folded, &analysis::Token::folded));  // runs past the end
  CHECK_FALSE(PhraseAt(analysis.tokens, 0, {}, &analysis::Token::folded));
}

TEST_CASE("a text writes a phrase in its exact forms, any case or tone-mark style") {
  analysis::Analyzer analyzer;
  analysis::Analysis scratch;
  const std::set<std::vector<std::string>> phrases = {{"diễn", "biến", "hòa", "bình"}};
  CHECK(WritesExactPhrase("chống DIỄN BIẾN HOÀ BÌNH trên mạng", phrases, &analyzer, &scratch));
  CHECK_FALSE(WritesExactPhrase("mưa lũ ở Điện Biên, Hòa Bình", phrases, &analyzer, &scratch));
  CHECK_FALSE(WritesExactPhrase("dien bien hoa binh", phrases, &analyzer, &scratch));
  CHECK_FALSE(WritesExactPhrase("diễn biến. Hòa bình", phrases, &analyzer, &scratch));
  CHECK_FALSE(WritesExactPhrase("diễn biến hòa bình", {}, &analyzer, &scratch));
  // Only the first bytes asked for are read.
  const std::string late = std::string(100, 'x') + " diễn biến hòa bình";
  CHECK(WritesExactPhrase(late, phrases, &analyzer, &scratch));
  CHECK_FALSE(WritesExactPhrase(late, phrases, &analyzer, &scratch, 50));
}

}  // namespace
}  // namespace vankien::query
