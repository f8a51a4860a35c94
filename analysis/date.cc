#include "analysis/date.h"

#include <cstdio>

#include "analysis/text_scan.h"

namespace vankien::analysis {
namespace {

// Reads between min_digits and max_digits ASCII digits at text[*pos]; the run must end there
// (no further digit). Advances *pos and returns the value, or -1.
int ReadNumber(std::string_view text, std::size_t* pos, int min_digits, int max_digits) {
  std::size_t i = *pos;
  int value = 0;
  int digits = 0;
  while (i < text.size() && IsAsciiDigit(text[i])) {
    if (++digits > max_digits) return -1;
    value = value * 10 + (text[i] - '0');
    ++i;
  }
  if (digits < min_digits) return -1;
  *pos = i;
  return value;
}

std::size_t SkipSpaces(std::string_view text, std::size_t i) {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return i;
}

}  // namespace

std::string Date::ToIso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::string Date::ToSortKey() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", year, month, day);
  return buffer;
}

int64_t Date::DaysSinceEpoch() const {
  // Howard Hinnant's days_from_civil.
  int64_t y = year - (month <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = (month + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool IsValidDate(int year, int month, int day) {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int days = kDaysInMonth[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= days;
}

std::optional<Date> ParseNumericDate(std::string_view text, std::size_t pos, std::size_t* end) {
  std::size_t i = pos;
  int day = ReadNumber(text, &i, 1, 2);
  if (day < 0 || i >= text.size()) return std::nullopt;
  char separator = text[i];
  if (separator != '-' && separator != '/' && separator != '.') return std::nullopt;
  ++i;
  int month = ReadNumber(text, &i, 1, 2);
  if (month < 0 || i >= text.size() || text[i] != separator) return std::nullopt;
  ++i;
  int year = ReadNumber(text, &i, 4, 4);
  if (year < 0 || !IsValidDate(year, month, day)) return std::nullopt;
  *end = i;
  return Date{year, month, day};
}

std::optional<Date> ParseLongDate(std::string_view text, std::size_t pos, std::size_t* end) {
  std::size_t i = pos;
  int day = ReadNumber(text, &i, 1, 2);
  if (day < 0) return std::nullopt;
  i = SkipSpaces(text, i);
  std::size_t after = MatchFoldedWord(text, i, "thang");
  if (after == 0) return std::nullopt;
  i = SkipSpaces(text, after);
  int month = ReadNumber(text, &i, 1, 2);
  if (month < 0) return std::nullopt;
  i = SkipSpaces(text, i);
  after = MatchFoldedWord(text, i, "nam");
  if (after == 0) return std::nullopt;
  i = SkipSpaces(text, after);
  int year = ReadNumber(text, &i, 4, 4);
  if (year < 0 || !IsValidDate(year, month, day)) return std::nullopt;
  *end = i;
  return Date{year, month, day};
}

std::optional<Date> ParseDate(std::string_view text, std::size_t pos, std::size_t* end) {
  if (auto date = ParseNumericDate(text, pos, end)) return date;
  return ParseLongDate(text, pos, end);
}

std::optional<Date> ParseIsoDate(std::string_view text) {
  std::size_t i = 0;
  int year = ReadNumber(text, &i, 4, 4);
  if (year < 0 || i >= text.size() || text[i] != '-') return std::nullopt;
  ++i;
  int month = ReadNumber(text, &i, 2, 2);
  if (month < 0 || i >= text.size() || text[i] != '-') return std::nullopt;
  ++i;
  int day = ReadNumber(text, &i, 2, 2);
  if (day < 0 || i != text.size() || !IsValidDate(year, month, day)) return std::nullopt;
  return Date{year, month, day};
}

std::vector<DateMention> FindDates(std::string_view text) {
  std::vector<DateMention> dates;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiDigit(text[i])) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    char32_t before = CodePointBefore(text, i, &length);
    bool glued = IsWordChar(before) || before == '-' || before == '/' || before == '.' ||
                 before == ',';
    std::size_t end = 0;
    std::optional<Date> date = glued ? std::nullopt : ParseNumericDate(text, i, &end);
    if (date) {
      bool continues = end < text.size() &&
                       (IsWordChar(CodePointAt(text, end, &length)) ||
                        ((text[end] == '-' || text[end] == '/' || text[end] == '.' ||
                          text[end] == ',') &&
                         end + 1 < text.size() && IsAsciiDigit(text[end + 1])));
      if (!continues) {
        dates.push_back({*date, {i, end}});
        i = end;
        continue;
      }
    }
    while (i < text.size() && IsAsciiDigit(text[i])) ++i;
  }
  return dates;
}

}  // namespace vankien::analysis
