#include "query/abbreviations.h"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

namespace vankien::query {
namespace {

// A sample table as the indexer stores it (indexer/abbreviation_table.h).
constexpr std::string_view kTable =
    R"([{"ambiguous":false,"words":["ubnd","uy ban nhan dan"]},)"
    R"({"ambiguous":false,"words":["mttq","mat tran to quoc"]},)"
    R"({"ambiguous":false,"words":["ubmttq","uy ban mat tran to quoc"]},)"
    R"({"ambiguous":false,"words":["kt xh","kinh te xa hoi"]},)"
    R"({"ambiguous":true,"words":["bct","bo chinh tri","bo cong thuong"]}])";

// The spans of `text` as "begin-end:other|other".
std::vector<std::string> SpansOf(const std::string& text) {
  static const Abbreviations table = Abbreviations::FromJson(kTable);
  analysis::Analyzer analyzer;
  analysis::Analysis analysis;
  analyzer.Analyze(text, &analysis);
  std::vector<std::string> described;
  for (const AbbreviationSpan& span : table.Find(analysis.tokens)) {
    std::string line = std::to_string(span.begin) + "-" + std::to_string(span.end) + ":";
    for (std::size_t i = 0; i < span.others.size(); ++i) {
      line += i == 0 ? "" : "|";
      for (std::size_t w = 0; w < span.others[i].size(); ++w) line += (w == 0 ? "" : " ") + span.others[i][w];
    }
    described.push_back(line);
  }
  return described;
}

using Lines = std::vector<std::string>;

TEST_CASE("abbreviations and expansions are found in a query's words, the longest first") {
  CHECK(SpansOf("UBND tỉnh Lam Giang") == Lines{"0-1:uy ban nhan dan"});
  CHECK(SpansOf("Ủy ban nhân dân tỉnh") == Lines{"0-4:ubnd"});
  CHECK(SpansOf("uy ban nhan dan") == Lines{"0-4:ubnd"});
  CHECK(SpansOf("hội nghị Ủy ban Mặt trận Tổ quốc") == Lines{"2-8:ubmttq"});
  CHECK(SpansOf("Mặt trận Tổ quốc và UBND") == Lines{"0-4:mttq", "5-6:uy ban nhan dan"});
  // Hyphens or blanks between the letters alike.
  CHECK(SpansOf("phát triển KT-XH") == Lines{"2-4:kinh te xa hoi"});
  CHECK(SpansOf("kinh tế - xã hội") == Lines{"0-4:kt xh"});
  // Ambiguous: found, with nothing else to search.
  CHECK(SpansOf("BCT") == Lines{"0-1:"});
  CHECK(SpansOf("Bộ Chính trị") == Lines{"0-3:"});
}

TEST_CASE("a form is found only whole, within one sentence, of words") {
  CHECK(SpansOf("ủy ban nhân").empty());
  CHECK(SpansOf("ủy ban. Nhân dân").empty());
  CHECK(SpansOf("ubnd2").empty());
  CHECK(SpansOf("").empty());
  const Abbreviations none = Abbreviations::FromJson("");
  CHECK(none.empty());
  CHECK_THROWS_AS(Abbreviations::FromJson("{"), std::invalid_argument);
  CHECK_THROWS_AS(Abbreviations::FromJson(R"([{"words":["a"]}])"), std::invalid_argument);
}

TEST_CASE("finding abbreviations stays linear on a long query of repeated words") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "ủy ban nhân ";
  analysis::Analyzer analyzer;
  analysis::Analysis analysis;
  analyzer.Analyze(text, &analysis);
  CHECK(Abbreviations::FromJson(kTable).Find(analysis.tokens).empty());
}

}  // namespace
}  // namespace vankien::query
