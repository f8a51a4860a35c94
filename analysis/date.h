// Calendar dates as Vietnamese text writes them: "19-8-2016", "19/8/2016", "5.6.2012",
// "ngày 19 tháng 8 năm 2016". Used by the tokenizer (a date is one token), the identifier
// extractor (the issue date of a citation), the .txt reader (publication dates) and the query
// language (date ranges).
#ifndef VANKIEN_ANALYSIS_DATE_H_
#define VANKIEN_ANALYSIS_DATE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/text_span.h"

namespace vankien::analysis {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // "YYYY-MM-DD".
  std::string ToIso() const;
  // YYYYMMDD as a sortable 8-character string, the form kept in the index's date slot.
  std::string ToSortKey() const;
  // Days since 1970-01-01 (negative before), for distances between dates.
  int64_t DaysSinceEpoch() const;
  friend bool operator==(const Date&, const Date&) = default;
};

// True when year/month/day name a real day of the Gregorian calendar between 1900 and 2099.
bool IsValidDate(int year, int month, int day);

// Parses a numeric day-first date starting exactly at text[pos]: D{1,2} SEP M{1,2} SEP YYYY,
// SEP one of '-', '/', '.' (the same both times), the year four digits, not followed by a digit.
// On success returns the date and sets *end to the byte just past it.
std::optional<Date> ParseNumericDate(std::string_view text, std::size_t pos, std::size_t* end);

// Parses the long form starting exactly at text[pos]: "D tháng M năm YYYY" (any case, with or
// without diacritics, one or more spaces between the parts). Sets *end past the year.
std::optional<Date> ParseLongDate(std::string_view text, std::size_t pos, std::size_t* end);

// Parses either form at text[pos].
std::optional<Date> ParseDate(std::string_view text, std::size_t pos, std::size_t* end);

// Parses an ISO date "YYYY-MM-DD".
std::optional<Date> ParseIsoDate(std::string_view text);

// A numeric date found in running text.
struct DateMention {
  Date date;
  TextSpan span;
};

// Every numeric date in text ("19-8-2016", "19/8/2016", "5.6.2012") that stands as a word of
// its own, in order. Digits glued to letters or to other numbers ("29A-12.3.2016") are not
// dates.
std::vector<DateMention> FindDates(std::string_view text);

}  // namespace vankien::analysis

#endif  // VANKIEN_ANALYSIS_DATE_H_
