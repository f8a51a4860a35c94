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

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_DATE_RANGE_H_
