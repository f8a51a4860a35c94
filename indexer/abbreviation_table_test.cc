#include "indexer/abbreviation_table.h"

#include <catch2/catch.hpp>

#include <string>

namespace vankien::indexer {
namespace {

// A sample table written for these tests.
constexpr std::string_view kSample = R"(<abbreviations>
  <abbreviation><form>UBND</form><expansion>Ủy ban nhân dân</expansion></abbreviation>
  <abbreviation>
    <form>BCH TW</form><form>BCHTW</form>
    <expansion>Ban Chấp hành   Trung ương</expansion>
  </abbreviation>
  <abbreviation ambiguous="true">
    <form>BCT</form><expansion>Bộ Chính trị</expansion><expansion>Bộ Công Thương</expansion>
  </abbreviation>
</abbreviations>)";

std::string ErrorOf(std::string_view xml) {
  try {
    ParseAbbreviationTable(xml, "a.xml");
  } catch (const AbbreviationTableError& e) {
    return e.what();
  }
  return "";
}

TEST_CASE("The abbreviation table is read, and stored folded for the query side", "[abbreviation_table]") {
  const AbbreviationTable table = ParseAbbreviationTable(kSample, "sample");
  REQUIRE(table.abbreviations.size() == 3);
  CHECK(table.abbreviations[1].forms == std::vector<std::string>{"BCH TW", "BCHTW"});
  CHECK(table.abbreviations[1].expansions == std::vector<std::string>{"Ban Chấp hành Trung ương"});
  CHECK_FALSE(table.abbreviations[0].ambiguous);
  CHECK(table.abbreviations[2].ambiguous);
  CHECK(table.EquivalencesJson() ==
        R"([{"ambiguous":false,"words":["ubnd","uy ban nhan dan"]},)"
        R"({"ambiguous":false,"words":["bch tw","bchtw","ban chap hanh trung uong"]},)"
        R"({"ambiguous":true,"words":["bct","bo chinh tri","bo cong thuong"]}])");
}

TEST_CASE("A bad abbreviation table is refused with one line naming the file and the entry", "[abbreviation_table]") {
  CHECK(ErrorOf("<abbreviations>").find("a.xml:1:") == 0);
  CHECK(ErrorOf("<table/>") == "a.xml:1:1: the root element must be <abbreviations>");
  CHECK(ErrorOf("<abbreviations/>") == "a.xml:1:1: <abbreviations> holds no <abbreviation>");
  CHECK(ErrorOf("<abbreviations>\n<abbreviation><form>UBND</form></abbreviation></abbreviations>") ==
        "a.xml:2:1: no <expansion> in this <abbreviation>");
  CHECK(ErrorOf("<abbreviations><abbreviation><expansion>Ủy ban</expansion></abbreviation></abbreviations>") ==
        "a.xml:1:16: no <form> in this <abbreviation>");
  CHECK(ErrorOf("<abbreviations><abbreviation ambiguous=\"yes\"><form>A</form><expansion>b c</expansion>"
                "</abbreviation></abbreviations>") == "a.xml:1:16: ambiguous=\"yes\" must be true or false");
  CHECK(ErrorOf("<abbreviations><abbreviation><form> - </form><expansion>b</expansion></abbreviation></abbreviations>") ==
        "a.xml:1:30: empty <form>");
  CHECK(ErrorOf("<abbreviations><abbreviation><form>A</form><note/></abbreviation></abbreviations>") ==
        "a.xml:1:44: unknown element <note> in <abbreviation>");
  CHECK(ErrorOf("<abbreviations><abbreviation><form>A</form><expansion>một hai ba bốn năm sáu bảy tám chín"
                "</expansion></abbreviation></abbreviations>")
            .find("has more than 8 words") != std::string::npos);
  // With or without diacritics, hyphens or case, a form stands for one abbreviation only.
  CHECK(ErrorOf("<abbreviations>\n<abbreviation><form>HĐND</form><expansion>Hội đồng nhân dân</expansion></abbreviation>\n"
                "<abbreviation><form>hdnd</form><expansion>x y</expansion></abbreviation></abbreviations>") ==
        "a.xml:3:15: \"hdnd\" is listed twice (as \"HĐND\" before), with or without diacritics");
  CHECK(ErrorOf("<abbreviations><abbreviation><form>KT-XH</form><form>KT XH</form><expansion>kinh tế - xã hội</expansion>"
                "</abbreviation></abbreviations>")
            .find("\"KT XH\" is listed twice") != std::string::npos);
}

TEST_CASE("The bundled abbreviation table is valid and covers the issue's list", "[abbreviation_table]") {
  const AbbreviationTable table = LoadAbbreviationTable(VANKIEN_SOURCE_DIR "/corpus/abbreviations.xml");
  const std::string stored = table.EquivalencesJson();
  for (const char* words : {"\"ubnd\"", "\"hdnd\"", "\"bch tw\"", "\"bchtw\"", "\"btv\"", "\"bct\"", "\"mttq\"", "\"dbqh\"",
                            "\"cnh hdh\"", "\"xhcn\"", "\"kt xh\"", "\"qp an\"", "\"cchc\"", "\"tccs dang\""}) {
    CAPTURE(words);
    CHECK(stored.find(words) != std::string::npos);
  }
  CHECK(ErrorOf("<abbreviations><abbreviation><form>A</form><expansion>b c</expansion></abbreviation></abbreviations>").empty());
  CHECK_THROWS_AS(LoadAbbreviationTable("/nonexistent/abbreviations.xml"), AbbreviationTableError);
}

}  // namespace
}  // namespace vankien::indexer
