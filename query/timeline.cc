#include "query/timeline.h"

#include <cstdio>

namespace vankien::query {
namespace {

bool AllDigits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int Number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

}  // namespace

MonthKey MonthOfDateValue(std::string_view value) {
  if (value.size() != 8 || !AllDigits(value)) return 0;
  const int year = Number(value.substr(0, 4));
  const int month = Number(value.substr(4, 2));
  if (year < 1 || year > 5000 || month < 1 || month > 12) return 0;
  return static_cast<MonthKey>(year * 12 + month);
}

Timeline MakeTimeline(const std::vector<Xapian::doccount>& per_month) {
  Timeline timeline;
  if (per_month.empty()) return timeline;
  timeline.undated = per_month[0];
  std::size_t first = 0, last = 0;
  for (std::size_t key = 1; key < per_month.size(); ++key) {
    if (per_month[key] == 0) continue;
    if (first == 0) first = key;
    last = key;
  }
  if (first == 0) return timeline;
  // Key k is month ((k - 1) % 12) + 1 of year (k - 1) / 12.
  auto year_of = [](std::size_t key) { return static_cast<int>((key - 1) / 12); };
  auto month_of = [](std::size_t key) { return static_cast<int>((key - 1) % 12) + 1; };
  timeline.monthly = last - first <= static_cast<std::size_t>(kMonthlySpan);
  char period[16];
  if (timeline.monthly) {
    for (std::size_t key = first; key <= last; ++key) {
      std::snprintf(period, sizeof period, "%04d-%02d", year_of(key), month_of(key));
      timeline.periods.push_back({period, per_month[key]});
    }
    return timeline;
  }
  for (int year = year_of(first); year <= year_of(last); ++year) {
    std::snprintf(period, sizeof period, "%04d", year);
    timeline.periods.push_back({period, 0});
  }
  for (std::size_t key = first; key <= last; ++key) {
    timeline.periods[static_cast<std::size_t>(year_of(key) - year_of(first))].count += per_month[key];
  }
  return timeline;
}

}  // namespace vankien::query
