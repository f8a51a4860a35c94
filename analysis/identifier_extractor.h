// Finds the numbers of Party and State documents ("số và ký hiệu văn bản") in free text,
// however real text writes them, and reduces each to its canonical form (docs/identifiers.md):
//   "số05 – CT/TƯ" → 05-CT/TW      "37-QD/TW" → 37-QĐ/TW      "31/QĐ-TW" → 31-QĐ/TW
//   "90/2020/ND-CP" → 90/2020/NĐ-CP
// For each mention it also reads the citation around it: the type word written before the
// number ("Quy định số …"), and after it the issue date, the issuer ("của Bộ Chính trị") and
// the subject ("về “…”"). The scanner is hand-written and does a bounded amount of work at
// each digit, so it runs in linear time on any input.
#ifndef VANKIEN_ANALYSIS_IDENTIFIER_EXTRACTOR_H_
#define VANKIEN_ANALYSIS_IDENTIFIER_EXTRACTOR_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/date.h"
#include "analysis/text_span.h"

namespace vankien::analysis {

enum class IdentifierSystem : unsigned char { kParty, kState };

struct IdentifierMention {
  std::string canonical;   // "05-CT/TW", "30/2020/NĐ-CP"
  IdentifierSystem system = IdentifierSystem::kParty;
  std::string number;      // "05", "30": at least two digits, no other leading zero (both systems),
                           // then a letter when one is written after it ("30a" of 30a/2008/NQ-CP)
  std::string year;        // the year inside a State number ("2020"), else ""
  std::string type;        // canonical type code ("CT", "NĐ"), "" when the number has none
  std::string body;        // canonical code of the (first) issuing body ("TW", "CP")
  TextSpan span;           // the identifier as written, from its first digit to its last letter

  // The Vietnamese type name written just before the number ("Quy định" in "Quy định số
  // 08-QĐi/TW"), from the code table; "" when none is written. It tells a QĐ that is a Quy
  // định from one that is a Quyết định.
  std::string type_word;

  std::optional<Date> date;  // the issue date the citation gives ("…, ngày 19-8-2016")
  TextSpan date_span;
  std::string issuer;        // "Bộ Chính trị" from "… của Bộ Chính trị"
  TextSpan issuer_span;
  std::string subject;       // "Nâng cao chất lượng …" from "… về “Nâng cao chất lượng …”"
  TextSpan subject_span;

  // True when the number is written as a document's own number: at the start of a line after
  // "Số", alone or beside the place and date ("Số 01-NQ/ĐUK", "Số: 12-TB/ĐUK    Hà Nội, ngày …").
  bool header = false;
};

// Returns every identifier mention in text, in reading order. text should be NFC; invalid UTF-8
// is tolerated (it never matches). Bare numbers listed before a number written with its symbol
// share it ("các Nghị quyết số 18, 19-NQ/TW": two mentions), and digits OCR read as letters in a
// cited number are read as digits ("Chỉ thị O5-CT/TW"); docs/identifiers.md has every rule.
std::vector<IdentifierMention> ExtractIdentifiers(std::string_view text);

// Parses text that should be exactly one identifier, possibly with surrounding blanks and a
// leading "số" (as typed in a query or an XML <number> field). Returns nullopt otherwise.
std::optional<IdentifierMention> ParseIdentifier(std::string_view text);

// The one identifier `text` holds, with or without words around it ("Chỉ thị số 05-CT/TW", as
// typed to look a number up); nullopt when it holds none or several.
std::optional<IdentifierMention> TheIdentifierIn(std::string_view text);

// The numbers a number typed as `canonical` (its canonical form) may stand for: itself first,
// then, for each D left in its symbol, the number with that D read as Đ — people type Đ as D,
// and a code no table knows keeps the letter written ("32/HD-EPC" may be the contract
// 32/HĐ-EPC; "37-QD/TW" is read as 37-QĐ/TW already). Every combination for up to three such
// D, else all of them read as Đ; then, for an old number of one code, each of these with the
// other punctuation ("36-CP" and "36/CP", which text writes both ways and each keeps). Each
// canonical form once.
std::vector<std::string> TypedSpellings(const std::string& canonical);

}  // namespace vankien::analysis

#endif  // VANKIEN_ANALYSIS_IDENTIFIER_EXTRACTOR_H_
