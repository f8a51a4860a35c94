#include "query/date_range.h"

#include <cstdio>
#include <vector>

#include "analysis/date.h"

namespace vankien::query {
namespace {

int DaysInMonth(int year, int month) {
  for (int day = 31; day >= 28; --day) {
    if (analysis::IsValidDate(year, month, day)) return day;
  }
  return 28;
}

std::string Key(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", year, month, day);
  return buffer;
}

// Splits "19/8/2016", "19-8-2016", "19.8.2016", "2016-08-19" into numbers.
bool SplitNumbers(std::string_view text, std::vector<int>* parts, char* separator) {
  parts->clear();
  int value = 0;
  int digits = 0;
  *separator = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      value = value * 10 + (c - '0');
      if (++digits > 4) return false;
      continue;
    }
    if (c != '/' && c != '-' && c != '.') return false;
    if (digits == 0 || (*separator != 0 && c != *separator)) return false;
    *separator = c;
    parts->push_back(value);
    value = 0;
    digits = 0;
  }
  if (digits == 0) return false;
  parts->push_back(value);
  return true;
}

// The first and last day of the period `text` names.
bool ParsePeriod(std::string_view text, std::string* first, std::string* last) {
  std::vector<int> n;
  char separator = 0;
  if (!SplitNumbers(text, &n, &separator)) return false;
  int year = 0, month = 0, day = 0;
  if (n.size() == 1) {
    year = n[0];
  } else if (n.size() == 2 && separator == '-' && text.size() == 7 && text[4] == '-') {
    year = n[0];  // ISO month 2016-08
    month = n[1];
  } else if (n.size() == 2) {  // 8/2016
    month = n[0];
    year = n[1];
  } else if (n.size() == 3 && separator == '-' && text.size() == 10 && text[4] == '-') {
    year = n[0];  // ISO 2016-08-19
    month = n[1];
    day = n[2];
  } else if (n.size() == 3) {  // 19/8/2016, day first as Vietnamese writes dates
    day = n[0];
    month = n[1];
    year = n[2];
  } else {
    return false;
  }
  if (year < 1900 || year > 2099) return false;
  if (month == 0) {
    *first = Key(year, 1, 1);
    *last = Key(year, 12, 31);
  } else if (day == 0) {
    if (month < 1 || month > 12) return false;
    *first = Key(year, month, 1);
    *last = Key(year, month, DaysInMonth(year, month));
  } else {
    if (!analysis::IsValidDate(year, month, day)) return false;
    *first = *last = Key(year, month, day);
  }
  return true;
}

}  // namespace

std::optional<DateRange> ParseDatePeriod(std::string_view text, std::string* error) {
  DateRange period;
  if (!ParsePeriod(text, &period.low, &period.high)) {
    *error = "\"" + std::string(text) + "\" không phải ngày, tháng hoặc năm (như 19/8/2016, 8/2016, 2016)";
    return std::nullopt;
  }
  return period;
}

std::optional<DateRange> ParseDateRange(std::string_view text, std::string* error) {
  std::size_t dots = text.find("..");
  if (dots == std::string_view::npos) return ParseDatePeriod(text, error);
  DateRange range;
  std::string ignored;
  std::string_view low = text.substr(0, dots);
  std::string_view high = text.substr(dots + 2);
  if (low.empty() && high.empty()) {
    *error = "khoảng thời gian cần ít nhất một đầu (như 2016..2017, ..2015, 2020..)";
    return std::nullopt;
  }
  if (!low.empty() && !ParsePeriod(low, &range.low, &ignored)) {
    *error = "\"" + std::string(low) + "\" không phải ngày, tháng hoặc năm";
    return std::nullopt;
  }
  if (!high.empty() && !ParsePeriod(high, &ignored, &range.high)) {
    *error = "\"" + std::string(high) + "\" không phải ngày, tháng hoặc năm";
    return std::nullopt;
  }
  if (!range.low.empty() && !range.high.empty() && range.low > range.high) {
    *error = "khoảng " + std::string(text) + " kết thúc trước khi bắt đầu";
    return std::nullopt;
  }
  return range;
}

std::string DateRangeText(const DateRange& range) {
  auto iso = [](const std::string& key) {
    return key.empty() ? key : key.substr(0, 4) + "-" + key.substr(4, 2) + "-" + key.substr(6, 2);
  };
  return iso(range.low) + ".." + iso(range.high);
}

}  // namespace vankien::query
