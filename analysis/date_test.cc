#include "analysis/date.h"

#include <catch2/catch.hpp>

namespace vankien::analysis {
namespace {

std::string Parse(std::string_view text) {
  std::size_t end = 0;
  std::optional<Date> date = ParseDate(text, 0, &end);
  if (!date) return "-";
  return date->ToIso() + "+" + std::to_string(end);
}

TEST_CASE("numeric and long dates") {
  const std::pair<const char*, const char*> cases[] = {
      {"19-8-2016", "2016-08-19+9"},
      {"19/8/2016", "2016-08-19+9"},
      {"5.6.2012", "2012-06-05+8"},
      {"01/02/2016,", "2016-02-01+10"},
      {"5 tháng 7 năm 2019", "2019-07-05+20"},
      {"16 THÁNG 01 NĂM 2017", "2017-01-16+22"},
      {"16 thang 1 nam 2017", "2017-01-16+19"},
      {"19-8/2016", "-"},        // mixed separators
      {"19/8", "-"},             // no year
      {"31/2/2016", "-"},        // no such day
      {"29/2/2016", "2016-02-29+9"},
      {"29/2/2017", "-"},
      {"19/8/16", "-"},          // two-digit year
      {"19/8/20160", "-"},       // five-digit year
      {"6/45", "-"},
      {"5 tháng 7", "-"},
      {"", "-"},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(Parse(text) == expected);
  }
}

TEST_CASE("days between dates") {
  CHECK(ParseIsoDate("1970-01-01")->DaysSinceEpoch() == 0);
  CHECK(ParseIsoDate("2016-08-19")->DaysSinceEpoch() - ParseIsoDate("2012-01-10")->DaysSinceEpoch() == 1683);
  CHECK(ParseIsoDate("2000-03-01")->DaysSinceEpoch() - ParseIsoDate("2000-02-28")->DaysSinceEpoch() == 2);
}

TEST_CASE("ISO dates and sort keys") {
  REQUIRE(ParseIsoDate("2016-08-19"));
  CHECK(ParseIsoDate("2016-08-19")->ToSortKey() == "20160819");
  CHECK_FALSE(ParseIsoDate("2016-8-19"));
  CHECK_FALSE(ParseIsoDate("2016-02-30"));
  CHECK_FALSE(ParseIsoDate("2016-08-19x"));
}

TEST_CASE("dates in running text stand alone") {
  std::vector<DateMention> dates =
      FindDates("Ngày 19-8-2016 và 5.6.2012; biển 29A-12.3.2016; giá 1.500.000; 2010-2015");
  REQUIRE(dates.size() == 2);
  CHECK(dates[0].date.ToIso() == "2016-08-19");
  CHECK(dates[1].date.ToIso() == "2012-06-05");
}

}  // namespace
}  // namespace vankien::analysis
