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

}  // namespace
}  // namespace vankien::query
