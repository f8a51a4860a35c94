// Date ranges as people write them in a query: "2016..2017", "19/8/2016..31/12/2017",
// "..2015", "8/2016", "2016-08", "2016-08-19". Bounds are inclusive and expand to whole periods: "2016" is
// 1 January to 31 December 2016, "8/2016" the whole of August.
#ifndef VANKIEN_QUERY_DATE_RANGE_H_
#define VANKIEN_QUERY_DATE_RANGE_H_

#include <optional>
#include <string>
#include <string_view>

namespace vankien::query {

struct DateRange {
  std::string low;   // "YYYYMMDD", or "" for open
  std::string high;  // "YYYYMMDD", or "" for open
};

// Parses a range or a single period. Returns nullopt, with *error set, when it is not one;
// an empty range (low after high) is an error too.
std::optional<DateRange> ParseDateRange(std::string_view text, std::string* error);

// Parses a single period — a day, month or year ("19/8/2016", "8/2016", "2016-08", "2016"),
// never a range — as its first and last day. Returns nullopt, with *error set, when it is not
// one.
std::optional<DateRange> ParseDatePeriod(std::string_view text, std::string* error);

// The range in the query language's own words, ISO dates ("2016-08-19..2017-12-31", "..2015-12-31"):
// ParseDateRange reads it back as the same range. At least one end must be bounded.
std::string DateRangeText(const DateRange& range);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_DATE_RANGE_H_
