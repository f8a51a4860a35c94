// How the matches of a search spread over time: counts per year, or per month when they all fall
// within two years — the way a researcher looks at when a phrase, or the citations of a
// directive, came and went. Counted with the facets, over every match (query/searcher.h).
#ifndef VANKIEN_QUERY_TIMELINE_H_
#define VANKIEN_QUERY_TIMELINE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace vankien::query {

// A month as one small number: year × 12 + month (1–12), for the years 1–5000; 0 for no date
// (or one outside those years). Months compare in time order.
using MonthKey = uint16_t;
inline constexpr std::size_t kMonthKeys = 5001 * 12 + 1;

// The month of a date slot value "YYYYMMDD" (schema::slot::kDate); 0 when it is not one.
MonthKey MonthOfDateValue(std::string_view value);

struct TimelinePeriod {
  std::string period;  // "2016", or "2016-05" for a month
  Xapian::doccount count = 0;
  friend bool operator==(const TimelinePeriod&, const TimelinePeriod&) = default;
};

struct Timeline {
  bool monthly = false;                 // periods are months, else years
  std::vector<TimelinePeriod> periods;  // oldest first, every period from the first match's to the last's
  Xapian::doccount undated = 0;         // matches without a date
  friend bool operator==(const Timeline&, const Timeline&) = default;
};

// Matches dated within this many months of each other are counted per month.
inline constexpr int kMonthlySpan = 24;

// The timeline of matches counted per month (`per_month[key]`, size kMonthKeys; [0] the
// undated): per year, or per month when the first and last dated months are at most
// kMonthlySpan months apart. Periods without matches between them are listed with 0.
Timeline MakeTimeline(const std::vector<Xapian::doccount>& per_month);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_TIMELINE_H_
