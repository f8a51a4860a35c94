#include "query/timeline.h"

#include <catch2/catch.hpp>

namespace vankien::query {
namespace {

std::vector<Xapian::doccount> Counts(std::initializer_list<std::pair<const char*, Xapian::doccount>> dated,
                                     Xapian::doccount undated = 0) {
  std::vector<Xapian::doccount> per_month(kMonthKeys, 0);
  per_month[0] = undated;
  for (const auto& [date, count] : dated) per_month[MonthOfDateValue(date)] += count;
  return per_month;
}

TEST_CASE("date values become month keys in time order, anything else is undated") {
  CHECK(MonthOfDateValue("20161030") > MonthOfDateValue("20160531"));
  CHECK(MonthOfDateValue("20170101") == MonthOfDateValue("20161231") + 1);
  CHECK(MonthOfDateValue("20161301") == 0);
  CHECK(MonthOfDateValue("2016103") == 0);
  CHECK(MonthOfDateValue("2016x030") == 0);
  CHECK(MonthOfDateValue("") == 0);
  CHECK(MonthOfDateValue("00000101") == 0);
}

TEST_CASE("matches spread over years are counted per year, empty years included") {
  Timeline t = MakeTimeline(Counts({{"20120314", 2}, {"20120901", 1}, {"20150101", 4}}, 3));
  CHECK_FALSE(t.monthly);
  CHECK(t.undated == 3);
  CHECK(t.periods == std::vector<TimelinePeriod>{{"2012", 3}, {"2013", 0}, {"2014", 0}, {"2015", 4}});
}

TEST_CASE("matches within two years are counted per month") {
  Timeline t = MakeTimeline(Counts({{"20161120", 1}, {"20170215", 2}}));
  CHECK(t.monthly);
  CHECK(t.periods == std::vector<TimelinePeriod>{{"2016-11", 1}, {"2016-12", 0}, {"2017-01", 0}, {"2017-02", 2}});
  Timeline edge = MakeTimeline(Counts({{"20160101", 1}, {"20180101", 1}}));  // 24 months apart
  CHECK(edge.monthly);
  CHECK(edge.periods.size() == 25);
  CHECK_FALSE(MakeTimeline(Counts({{"20160101", 1}, {"20180201", 1}})).monthly);
}

TEST_CASE("no dated match: no periods") {
  Timeline t = MakeTimeline(Counts({}, 5));
  CHECK(t.periods.empty());
  CHECK(t.undated == 5);
  CHECK(MakeTimeline({}).periods.empty());
}

}  // namespace
}  // namespace vankien::query
