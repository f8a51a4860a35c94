// The date parsers on any bytes: what they accept is a valid date, and ends within the text.
#include "analysis/date.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace vankien;
  std::string_view text = fuzz::AsText(data, size);
  auto require_valid = [](const analysis::Date& date) {
    fuzz::Require(analysis::IsValidDate(date.year, date.month, date.day), "an invalid date");
  };
  for (const analysis::DateMention& mention : analysis::FindDates(text)) {
    fuzz::RequireWithin(mention.span, size, "date span outside the text");
    require_valid(mention.date);
  }
  // The parsers that start at a given byte, at the first few bytes (each is bounded work).
  for (std::size_t pos = 0; pos < size && pos < 8; ++pos) {
    std::size_t end = 0;
    if (auto date = analysis::ParseDate(text, pos, &end)) {
      fuzz::Require(pos < end && end <= size, "date end outside the text");
      require_valid(*date);
    }
  }
  if (auto date = analysis::ParseIsoDate(text)) {
    require_valid(*date);
    fuzz::Require(analysis::ParseIsoDate(date->ToIso()) == date, "ISO date does not read back");
  }
  return 0;
}
