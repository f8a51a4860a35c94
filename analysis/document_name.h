// Finds the names real text gives documents instead of their numbers (docs/identifiers.md,
// "Names"):
//   short names    "Chỉ thị 05", "Nghị quyết số 35", "Chỉ thị số 05 của Ban Bí thư",
//                  "Chỉ thị số 50 ngày 7/12/2015 của Bộ Chính trị", "Nghị định 154 năm 2016",
//                  "Nghị định 15/2016", "Bộ Chính trị đã ban hành Nghị quyết 08" (the issuer
//                  before, as the subject of "ký" or "ban hành"), "Quyết định 935, 936 của
//                  Ban Thường vụ Thành ủy" (two names: the second is its number)
//   plenum names   "Nghị quyết Trung ương 4 khóa XII", "Hội nghị Trung ương 4 (khóa XII)",
//                  "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII",
//                  "NQTW4", "Nghị quyết TƯ 4 khóa XII"
//   congress names "Nghị quyết Đại hội XIII", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ
//                  XIII của Đảng"
// It only reads what is written; which number a name stands for is decided by the indexer
// (indexer/name_resolver.h) from the document's own citations, the issuer and the plenum table.
// Names are looked for where words start after a space or a line break (or an opening mark
// there: "(Nghị", "“Chỉ"); the scanner looks a bounded number of words ahead of each, so it runs
// in linear time.
#ifndef VANKIEN_ANALYSIS_DOCUMENT_NAME_H_
#define VANKIEN_ANALYSIS_DOCUMENT_NAME_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/identifier_extractor.h"
#include "analysis/text_span.h"

namespace vankien::analysis {

enum class NameKind : unsigned char {
  kShort,     // a type word and a bare number
  kPlenum,    // a plenum (hội nghị) of the Central Committee, by its ordinal and term
  kCongress,  // the resolution of a national Party congress (đại hội), by its ordinal
};

struct DocumentName {
  NameKind kind = NameKind::kShort;
  TextSpan span;  // the name as written, from its first word to its last (a closing ")" included)
  // Short names: the type code of the type word ("CT"; "QĐi" for Quy định, which older
  // documents numbered QĐ), the number in canonical form ("05"), and the body code of the
  // issuer written after it ("TW" for "của Bộ Chính trị") or, when none is, before it as the
  // subject of signing ("Thủ tướng đã ký Chỉ thị 24": TTg), "" when none or not a known body.
  std::string type;
  std::string number;
  std::string issuer_body;
  // Short names: the numbering system the type word belongs to when only one has it ("Thông
  // tư" is a ministry's, State; "Thông tri" the Party's, though both are coded TT), else none.
  std::optional<IdentifierSystem> system;
  // Short names: the year written after the number ("Nghị định 154 năm 2016", "Chỉ thị số 50
  // ngày 7/12/2015") or with it ("Nghị định 15/2016"), "" when none.
  std::string year;
  // Whether that year is written with the number ("15/2016"), as the number itself has it.
  bool year_in_number = false;
  // Short names: the whole date written after the number or its issuer, ISO ("2015-12-07"),
  // "" when none or only a year; and the issuer's name as written after "của" ("Bộ Chính
  // trị"), "" when none is written there.
  std::string date;
  std::string issuer;
  // Plenum names: the term (khóa) as a Roman numeral ("XII"), "" when not written, and the
  // plenum's ordinal (4). Congress names: the congress's ordinal as a Roman numeral in `term`
  // (the congress opens the term of that number), session 0.
  std::string term;
  int session = 0;
  // Plenum names of two terms ("Nghị quyết Trung ương 4 khóa XI, XII": the fourth plenum of
  // each): the second term, the one after `term`; "" for a name of one term.
  std::string second_term;
};

// Every name in text, in reading order, none overlapping. text should be NFC; invalid UTF-8 is
// tolerated (it never matches). A short name whose number goes on into a document number
// ("Chỉ thị 05-CT/TW", "Nghị định 82/2011/NĐ-CP") is not one: the identifier extractor reads
// those; a number with only its year ("Nghị định 82/2011") is one, with that year.
std::vector<DocumentName> FindDocumentNames(std::string_view text);

// Quy định of the Party were numbered QĐ until 2017 (102-QĐ/TW of November 2017) and QĐi from
// 2019; 2018 had both.
inline constexpr std::string_view kLastYearOfQdOnly = "2017";
inline constexpr std::string_view kFirstYearOfQdiOnly = "2019";

// The number a short name's own type, issuer and year spell, in canonical form, or "" when they
// spell none (docs/identifiers.md, "Names"): a Party body's ("Chỉ thị 05 của Bộ Chính trị" →
// 05-CT/TW), the Government's resolutions (N/NQ-CP), the Prime Minister's directives (N/CT-TTg),
// decrees with their year (N/YEAR/NĐ-CP: only the Government issues them, whoever the text says
// signed them), and the Prime Minister's and a province's decisions and a provincial council's
// resolutions written with their year (N/YEAR/QĐ-UBND). A Quy định is QĐ or QĐi by its year,
// else by `cited_on`, the citing text's date (ISO; "" when unknown): cited before 2018, QĐ.
// *local says whether the number is a province's or a district's, which are not unique (which
// province is not in the number).
std::string NumberSpelledBy(const DocumentName& name, std::string_view cited_on, bool* local);

// The key a plenum or congress is listed under in the plenum table: "XII/4", and "XIII/0" for
// a congress. Both the indexer and the query side look names up by it.
std::string PlenumKey(std::string_view term, int session);

// The pseudo-number of the resolution of the congress of that term (a Roman numeral), which has
// no number: "ĐH-XIII". The index uses it as it uses a number (cites:ĐH-XIII).
std::string CongressNumber(std::string_view term);

// The congress pseudo-number `written` is, in any case and with D for Đ ("dh-xiii"), in its one
// form ("ĐH-XIII"); "" when it is none.
std::string ParseCongressNumber(std::string_view written);

// A Roman numeral from 1 to 39 ("XII"), for terms and congresses; "" for any other value.
std::string RomanNumeral(int value);

}  // namespace vankien::analysis

#endif  // VANKIEN_ANALYSIS_DOCUMENT_NAME_H_
