// The names finder and the plenum table's reader on any bytes: the names' spans lie in the
// text, in order and apart, their numbers are canonical; the reader accepts a table or refuses
// it with PlenumTableError, nothing else.
#include "analysis/document_name.h"
#include "fuzz/fuzz_check.h"
#include "indexer/plenum_table.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace vankien;
  std::string_view text = fuzz::AsText(data, size);
  std::size_t previous_end = 0;
  for (const analysis::DocumentName& name : analysis::FindDocumentNames(text)) {
    fuzz::RequireWithin(name.span, size, "name span outside the text");
    fuzz::Require(name.span.begin >= previous_end && name.span.begin < name.span.end, "names overlap or are empty");
    previous_end = name.span.end;
    if (name.kind == analysis::NameKind::kShort) {
      // Two to four digits, a leading zero only in two ("05").
      const std::size_t digits = name.number.size();
      fuzz::Require(digits >= 2 && digits <= 4 && (name.number[0] != '0' || digits == 2),
                    "a short name's number is not canonical");
    } else {
      fuzz::Require(name.session >= 0 && name.session < 40, "a plenum's ordinal out of range");
    }
  }
  try {
    indexer::ParsePlenumTable(text, "fuzz");
  } catch (const indexer::PlenumTableError&) {
  }
  return 0;
}
