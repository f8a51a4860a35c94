// The one table of document type and issuing-body codes that appear in the numbers of Party
// and State documents ("số và ký hiệu văn bản"), with their Vietnamese names. The identifier
// extractor uses it to validate and spell codes canonically, the indexer to name a document's
// type and body, and the query language to accept `type:NQ`, `loai:"chỉ thị"`, `body:ĐUK`.
// docs/identifiers.md describes it; `vankien-query --codes` prints it.
#ifndef VANKIEN_ANALYSIS_IDENTIFIER_CODES_H_
#define VANKIEN_ANALYSIS_IDENTIFIER_CODES_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vankien::analysis {

// Which numbering system a code belongs to. Some codes serve both (NQ, QĐ, CT, …).
enum class CodeSystem : unsigned char { kParty = 1, kState = 2, kBoth = 3 };

inline bool InParty(CodeSystem s) { return static_cast<int>(s) & 1; }
inline bool InState(CodeSystem s) { return static_cast<int>(s) & 2; }

struct Code {
  std::string_view code;  // canonical spelling: "QĐi", "TTg", "ĐUK"
  std::string_view name;  // Vietnamese name: "Quy định", "Thủ tướng Chính phủ"
  CodeSystem system;
};

// Every known document type code, in table order.
std::span<const Code> DocumentTypes();

// Every known issuing-body code, in table order.
std::span<const Code> IssuingBodies();

// The lookup key of a written code: ASCII upper case with Đ/đ written D, so that "QĐ", "qđ",
// "QD" and "Qd" share one key. Returns "" if the code has characters other than letters,
// digits and Đ/đ.
std::string CodeKey(std::string_view written);

// `written` with every spelling of "Trung ương" ("TƯ", "T.Ư", any case) replaced by "TW":
// "BTCTƯ" → "BTCTW".
std::string SpellTrungUongAsTW(std::string_view written);

// The type code written as `written` (any case, ASCII D for Đ, Telex "DD" for Đ) in the given
// numbering system, or nullptr. "TT" is Thông tri in the Party's system, Thông tư in the State's.
// A Đ written is never read as D: "HĐ" (a contract's) is not HD, and "HĐD" is no Telex.
const Code* FindDocumentType(std::string_view written, CodeSystem system = CodeSystem::kBoth);

// The issuing-body code written as `written` (any case, ASCII D for Đ, "TƯ"/"T.Ư" for "TW"),
// or nullptr. A Đ written is never read as D.
const Code* FindIssuingBody(std::string_view written);

// The type code whose Vietnamese name is `name`, compared without case, diacritics or tone
// placement ("chi thi" and "Chỉ thị" find CT), or an older name of one ("Quyết nghị": NQ), or
// nullptr.
const Code* FindDocumentTypeByName(std::string_view name);

// True when `code` is written as codes are, in capitals: ASCII upper-case letters, digits, Đ,
// Ư, dots and '&', with at least one letter ("UBND", "TƯ", "SNN&PTNT"; not "Ubnd").
bool IsCapitalCode(std::string_view code);

// The issuing-body code whose Vietnamese name is `name`, compared like FindDocumentTypeByName;
// common other names are known too ("Bộ Chính trị" and "Ban Bí thư" are TW).
const Code* FindIssuingBodyByName(std::string_view name);

// The organ `name` (compared the same way) names among those sharing a body code — Bộ Chính
// trị, Ban Bí thư and Ban Chấp hành Trung ương all number their documents TW, a province's Ban
// Thường vụ and Ban Chấp hành both TU — in one spelling ("Ban Chấp hành Trung ương Đảng" →
// "Ban Chấp hành Trung ương"); "" when it names a body as a whole, or nothing known.
std::string_view OrganNamed(std::string_view name);

// The organs an issuer as printed names, each once, found word by word whatever the case,
// diacritics and punctuation: "Bộ Chính trị, Ban Bí thư" → both; "Ban Thường vụ Tỉnh uỷ Lam
// Giang" → "Ban Thường vụ Tỉnh ủy".
std::vector<std::string_view> OrgansIn(std::string_view issuer);

// A term (khóa, nhiệm kỳ) of an issuing body however written — "khóa XII", "Khoá xii", "XII",
// "nhiệm kỳ 2015 – 2020", "2015-2020" — in one form: "XII", "2015-2020".
std::string CanonicalTermOfOffice(std::string_view written);

// The Vietnamese name of a type code ("" when unknown). The body's numbering system decides
// between the Party's and the State's meaning of a code ("TT": Thông tri, Thông tư).
std::string TypeName(std::string_view type_code, std::string_view body_code);

// The Vietnamese name of a body code ("" when unknown).
std::string BodyName(std::string_view body_code);

}  // namespace vankien::analysis

#endif  // VANKIEN_ANALYSIS_IDENTIFIER_CODES_H_
