#include "query/date_range.h"

#include <catch2/catch.hpp>

namespace vankien::query {
namespace {

std::string Range(const char* text) {
  std::string error;
  std::optional<DateRange> range = ParseDateRange(text, &error);
  return range ? range->low + ".." + range->high : "error";
}

TEST_CASE("the date ranges people write") {
  CHECK(Range("2016..2017") == "20160101..20171231");
  CHECK(Range("19/8/2016..31/12/2017") == "20160819..20171231");
  CHECK(Range("..2015") == "..20151231");
  CHECK(Range("2020..") == "20200101..");
  CHECK(Range("2016") == "20160101..20161231");
  CHECK(Range("8/2016") == "20160801..20160831");
  CHECK(Range("2/2016") == "20160201..20160229");
  CHECK(Range("19-8-2016") == "20160819..20160819");
  CHECK(Range("2016-08-19") == "20160819..20160819");
  CHECK(Range("2016-08") == "20160801..20160831");
  CHECK(Range("2016-02..2016-03") == "20160201..20160331");
  CHECK(Range("5.6.2012..2013") == "20120605..20131231");
}

TEST_CASE("what is not a date range") {
  CHECK(Range("..") == "error");
  CHECK(Range("2017..2016") == "error");
  CHECK(Range("31/2/2016") == "error");
  CHECK(Range("hôm qua") == "error");
  CHECK(Range("13/2016") == "error");
  CHECK(Range("19/8-2016") == "error");
  CHECK(Range("") == "error");
  std::string error;
  ParseDateRange("2017..2016", &error);
  CHECK_THAT(error, Catch::Contains("kết thúc trước khi bắt đầu"));
}

TEST_CASE("a single period is never a range") {
  std::string error;
  std::optional<DateRange> day = ParseDatePeriod("19/8/2016", &error);
  REQUIRE(day);
  CHECK(day->low + ".." + day->high == "20160819..20160819");
  for (const char* not_one : {"2016..2017", "..2016", "2016..", "2016 OR kind:article", "2016 body:TU", "2016 (", ""}) {
    CAPTURE(not_one);
    CHECK_FALSE(ParseDatePeriod(not_one, &error));
    CHECK_THAT(error, Catch::Contains("không phải ngày, tháng hoặc năm"));
  }
}

TEST_CASE("a range written back in the query language reads as the same range") {
  for (const char* text : {"2016..2017", "19/8/2016..31/12/2017", "..2015", "2020..", "8/2016"}) {
    CAPTURE(text);
    std::string error;
    std::optional<DateRange> range = ParseDateRange(text, &error);
    REQUIRE(range);
    std::optional<DateRange> again = ParseDateRange(DateRangeText(*range), &error);
    REQUIRE(again);
    CHECK(again->low == range->low);
    CHECK(again->high == range->high);
  }
  CHECK(DateRangeText({"20160819", ""}) == "2016-08-19..");
}

}  // namespace
}  // namespace vankien::query
