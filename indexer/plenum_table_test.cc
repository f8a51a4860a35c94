#include "indexer/plenum_table.h"

#include <catch2/catch.hpp>

#include <string>

namespace vankien::indexer {
namespace {

// A sample table written for these tests (the facts are the real ones of corpus/plenums.xml).
constexpr std::string_view kSample = R"(<plenums>
  <congress term="XIII"><resolution number="ĐH-XIII" date="2021-02-01"/></congress>
  <plenum term="XI" session="4">
    <resolution number="12-NQ/TW" date="2012-01-16" principal="true"/>
  </plenum>
  <plenum term="XII" session="4">
    <resolution number="04-NQ/TW" date="2016-10-30" principal="true"><words>Chỉnh đốn Đảng</words></resolution>
    <resolution number="05-NQ/TW" date="2016-11-01"><subject>Mô hình tăng trưởng</subject></resolution>
  </plenum>
  <plenum term="XII" session="6">
    <resolution number="18-NQ/TW" date="2017-10-25"/>
    <resolution number="21-NQ/TW" date="2017-10-25"/>
  </plenum>
</plenums>)";

std::string ErrorOf(std::string_view xml) {
  try {
    ParsePlenumTable(xml, "p.xml");
  } catch (const PlenumTableError& e) {
    return e.what();
  }
  return "";
}

TEST_CASE("The plenum table is read, with lookups by term, ordinal and date", "[plenum_table]") {
  const PlenumTable table = ParsePlenumTable(kSample, "sample");
  REQUIRE(table.plenums.size() == 4);
  const Plenum* fourth = table.Find("XII", 4);
  REQUIRE(fourth != nullptr);
  CHECK(fourth->resolutions[0].words == std::vector<std::string>{"chinh don dang"});
  CHECK(fourth->resolutions[1].subject == "Mô hình tăng trưởng");
  CHECK(fourth->Date() == "2016-10-30");
  REQUIRE(fourth->Named().size() == 1);
  CHECK(fourth->Named()[0]->number == "04-NQ/TW");
  CHECK(table.Find("XII", 6)->Named().size() == 2);  // no principal: the name stands for all
  CHECK(table.Find("XIII", 0)->resolutions[0].number == "ĐH-XIII");
  CHECK(table.Find("XII", 5) == nullptr);
  CHECK(table.LatestOnOrBefore(4, "2017-03-01") == fourth);
  CHECK(table.LatestOnOrBefore(4, "2013-01-01") == table.Find("XI", 4));
  CHECK(table.LatestOnOrBefore(4, "2010-01-01") == nullptr);
  CHECK(table.LatestOnOrBefore(4, "") == nullptr);
  CHECK(table.NamesJson() ==
        R"({"XI/4":["12-NQ/TW"],"XII/4":["04-NQ/TW"],"XII/6":["18-NQ/TW","21-NQ/TW"],"XIII/0":["ĐH-XIII"]})");
  CHECK(table.Fingerprint() != ParsePlenumTable(R"(<plenums><plenum term="XII" session="4">
      <resolution number="04-NQ/TW" date="2016-10-30"/></plenum></plenums>)", "other").Fingerprint());
}

TEST_CASE("A bad plenum table is refused with one line saying where and why", "[plenum_table]") {
  CHECK(ErrorOf("<plenums>") .find("p.xml:1:") == 0);
  CHECK(ErrorOf("<table/>") == "p.xml:1:1: the root element must be <plenums>");
  CHECK(ErrorOf("<plenums/>") == "p.xml:1:1: <plenums> holds no <plenum> or <congress>");
  CHECK(ErrorOf("<plenums>\n<plenum term=\"xii\" session=\"4\"/></plenums>") ==
        "p.xml:2:1: term \"xii\" must be a Roman numeral in capitals (I to XXXIX)");
  CHECK(ErrorOf(R"(<plenums><plenum term="XII" session="four"/></plenums>)").find("session \"four\"") != std::string::npos);
  CHECK(ErrorOf(R"(<plenums><plenum term="XII" session="4"/></plenums>)").find("no <resolution>") != std::string::npos);
  CHECK(ErrorOf(R"(<plenums><plenum term="XII" session="4"><resolution number="4-NQ/TW" date="2016-10-30"/></plenum></plenums>)")
            .find("canonical form") != std::string::npos);
  CHECK(ErrorOf(R"(<plenums><plenum term="XII" session="4"><resolution number="04-NQ/TW" date="30-10-2016"/></plenum></plenums>)")
            .find("YYYY-MM-DD") != std::string::npos);
  CHECK(ErrorOf(R"(<plenums><congress term="XIII"><resolution number="01-NQ/TW" date="2021-02-01"/></congress></plenums>)")
            .find("\"ĐH-XIII\"") != std::string::npos);
  CHECK(ErrorOf(R"(<plenums><plenum term="XII" session="4"><resolution number="04-NQ/TW" date="2016-10-30" principal="true"/>
      <resolution number="05-NQ/TW" date="2016-11-01" principal="true"/></plenum></plenums>)").find("only one") != std::string::npos);
  CHECK(ErrorOf(R"(<plenums><plenum term="XII" session="4"><resolution number="04-NQ/TW" date="2016-10-30"/></plenum>
      <plenum term="XII" session="4"><resolution number="05-NQ/TW" date="2016-11-01"/></plenum></plenums>)").find("twice") != std::string::npos);
  CHECK(ErrorOf(R"(<plenums><plenum term="XII" session="4"><resolution number="04-NQ/TW" date="2016-10-30"><words> </words></resolution></plenum></plenums>)")
            .find("empty <words>") != std::string::npos);
}

TEST_CASE("The bundled corpus/plenums.xml is valid", "[plenum_table]") {
  const PlenumTable table = LoadPlenumTable(VANKIEN_SOURCE_DIR "/corpus/plenums.xml");
  REQUIRE(table.Find("XII", 4) != nullptr);
  CHECK(table.Find("XII", 4)->Named()[0]->number == "04-NQ/TW");
  CHECK_THROWS_AS(LoadPlenumTable("/nonexistent/plenums.xml"), PlenumTableError);
}

}  // namespace
}  // namespace vankien::indexer
