#include "analysis/identifier_extractor.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>

#include "analysis/char_tables.h"
#include "analysis/identifier_codes.h"
#include "analysis/text_scan.h"
#include "analysis/token_filters.h"

namespace vankien::analysis {
namespace {

// Six digits: a tax office numbers its notices past 99,999 ("300186/TB-CCT").
constexpr int kMaxNumberDigits = 6;
constexpr std::size_t kMaxSegmentBytes = 32;
constexpr int kMaxIssuerWords = 12;
constexpr int kMaxSubjectWords = 30;
// An unquoted subject goes on past a comma only into a list item this short (see ReadSubject).
constexpr int kMaxListItemWords = 6;
constexpr std::size_t kMaxQuotedSubjectBytes = 600;
// The Republic of Vietnam's ministries wrote up to five parts after the body
// ("493-BNV/HCĐP/26/ĐT/NĐ": department, office, type).
constexpr int kMostDepartments = 5;
// How many words may name a permit's kind between "giấy phép" and its number ("xây dựng số").
constexpr int kMaxPermitKindWords = 6;
// How far after a document's own number "ngày" of its place and date is looked for (IsHeader).
constexpr std::size_t kMaxHeaderRest = 160;
// How many line breaks a number cut by a page break may cross, past blank lines and the page's
// number, and how long a line holding that number may be.
constexpr int kMostBreakLines = 6;
constexpr std::size_t kMaxFurnitureBytes = 24;
// How many items back a list of numbers is followed to the one cited by its type's name.
constexpr int kMostListItems = 8;
// The parts of an unusual symbol read whole (ParseCitedSymbol): codes and one year.
constexpr int kMostSymbolParts = 6;

// --- Characters -----------------------------------------------------------------------------

// Byte length of a dash at text[i] (hyphen, en dash, em dash and their relatives), or 0.
std::size_t DashLength(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  if (text[i] == '-') return 1;
  if (i + 3 <= text.size() && text[i] == '\xE2') {
    auto b1 = static_cast<unsigned char>(text[i + 1]);
    auto b2 = static_cast<unsigned char>(text[i + 2]);
    if (b1 == 0x80 && b2 >= 0x90 && b2 <= 0x95) return 3;  // U+2010..U+2015
    if (b1 == 0x88 && b2 == 0x92) return 3;                // U+2212 minus sign
  }
  return 0;
}

// Byte length of a space, tab or no-break space at text[i], or 0.
std::size_t SpaceWidth(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  if (text[i] == ' ' || text[i] == '\t') return 1;
  return text.substr(i, 2) == "\xC2\xA0" ? 2 : 0;
}

// Skips spaces, tabs and no-break spaces (never a line break).
std::size_t SkipSpaces(std::string_view text, std::size_t i) {
  while (std::size_t width = SpaceWidth(text, i)) i += width;
  return i;
}

// Moves back from pos over spaces, tabs and no-break spaces.
std::size_t SkipSpacesBack(std::string_view text, std::size_t pos) {
  while (pos > 0) {
    if (text[pos - 1] == ' ' || text[pos - 1] == '\t') {
      --pos;
    } else if (pos >= 2 && text.substr(pos - 2, 2) == "\xC2\xA0") {
      pos -= 2;
    } else {
      break;
    }
  }
  return pos;
}

// True when a separator of a symbol, a dash or a slash, ends just before i.
bool SeparatorEndsAt(std::string_view text, std::size_t i) {
  if (i == 0) return false;
  if (text[i - 1] == '/' || text[i - 1] == '-') return true;
  return i >= 3 && DashLength(text, i - 3) == 3;
}

// `part` without the blanks and dashes around it ("- 2 -", "– 2 –").
std::string_view TrimBlanksAndDashes(std::string_view part) {
  while (!part.empty()) {
    if (part.front() == ' ' || part.front() == '\t' || part.front() == '\r') {
      part.remove_prefix(1);
    } else if (const std::size_t dash = DashLength(part, 0)) {
      part.remove_prefix(dash);
    } else {
      break;
    }
  }
  while (!part.empty()) {
    if (part.back() == ' ' || part.back() == '\t' || part.back() == '\r' || part.back() == '-') {
      part.remove_suffix(1);
    } else if (part.size() >= 3 && DashLength(part, part.size() - 3) == 3) {
      part.remove_suffix(3);
    } else {
      break;
    }
  }
  return part;
}

// True for a line a converter leaves between two pages: a page's number alone, of three digits at
// most ("2", "- 2 -", "– 2 –", "Trang 2", "Trang 2/5", "2/5" with the page no further than the
// count). A year, a date or a fraction is none.
bool IsPageFurniture(std::string_view line) {
  line = TrimBlanksAndDashes(line);
  if (line.size() > 5 && (line.starts_with("Trang") || line.starts_with("trang") || line.starts_with("TRANG"))) {
    line = TrimBlanksAndDashes(line.substr(5));
  }
  const auto page = [](std::string_view part, int* value) {
    const std::string_view digits = TrimBlanksAndDashes(part);
    if (digits.empty() || digits.size() > 3 || !std::all_of(digits.begin(), digits.end(), IsAsciiDigit)) return false;
    *value = std::stoi(std::string(digits));
    return *value >= 1;
  };
  int number = 0, count = 0;
  const std::size_t slash = line.find('/');
  if (slash == std::string_view::npos) return page(line, &number);
  return page(line.substr(0, slash), &number) && page(line.substr(slash + 1), &count) && number <= count;
}

// The start of the line after the line break at text[at] ("\r\n" is one).
std::size_t NextLine(std::string_view text, std::size_t at) {
  return at + (text.substr(at, 2) == "\r\n" ? 2 : 1);
}

// Where the line starting at `line` ends (its line break, or the text's end) when it holds
// nothing but blanks (a no-break space too); npos otherwise.
std::size_t BlankLineEnd(std::string_view text, std::size_t line) {
  const std::size_t i = SkipSpaces(text, line);
  return i >= text.size() || text[i] == '\n' || text[i] == '\r' ? i : std::string_view::npos;
}

// From the line break at `at`, the start of the first line that is neither blank nor a page's
// number or footer (IsPageFurniture), across kMostBreakLines line breaks at most, with how many
// such lines were passed in *passed; npos when the limit comes first, text.size() at the text's
// end. A line is looked at for kMaxFurnitureBytes at most, so each call is bounded.
std::size_t LineAfterPageBreak(std::string_view text, std::size_t at, int* passed) {
  *passed = 0;
  for (int breaks = 0; at < text.size() && (text[at] == '\n' || text[at] == '\r'); ++breaks) {
    if (breaks == kMostBreakLines) return std::string_view::npos;
    const std::size_t line = NextLine(text, at);
    if (const std::size_t blank_end = BlankLineEnd(text, line); blank_end != std::string_view::npos) {
      at = blank_end;
    } else {
      const std::string_view window = text.substr(line, kMaxFurnitureBytes + 1);
      const std::size_t length = std::min(window.find_first_of("\r\n"), window.size());
      if (length > kMaxFurnitureBytes || !IsPageFurniture(window.substr(0, length))) return SkipSpaces(text, line);
      at = line + length;
    }
    ++*passed;
  }
  return text.size();
}

// After a separator glued to the code or number before it and ending its line, the start of the
// line where the symbol goes on past a page break: blank lines, and a page's number or footer
// ("45/2019/TT-", "Trang 2/5", "BTC": a converter's text of a number cut by a page), across
// kMostBreakLines line breaks at most (LineAfterPageBreak); i when no line is skipped (a single
// line break is one of SkipInnerBlanks' blanks). A number read so must be cited by its type's
// name (ParseAt): a table's cells look alike.
std::size_t SkipPageBreak(std::string_view text, std::size_t i) {
  if (!SeparatorEndsAt(text, i)) return i;
  const std::size_t separator = text[i - 1] == '/' || text[i - 1] == '-' ? i - 1 : i - 3;
  // A dash alone on its line or after a blank is a table's empty cell or a list's dash.
  if (separator == 0 || SkipSpacesBack(text, separator) != separator || text[separator - 1] == '\n' ||
      text[separator - 1] == '\r') {
    return i;
  }
  const std::size_t at = SkipSpaces(text, i);
  if (at >= text.size() || (text[at] != '\n' && text[at] != '\r')) return i;
  int passed = 0;
  const std::size_t next = LineAfterPageBreak(text, at, &passed);
  return passed > 0 && next < text.size() ? next : i;
}

// Skips the blanks real text puts inside an identifier ("05 - CT / TW", a line break from
// wrapping): spaces, tabs, no-break spaces and at most one line break, four characters at most;
// after a separator, also a page break (SkipPageBreak).
std::size_t SkipInnerBlanks(std::string_view text, std::size_t i) {
  if (const std::size_t next_page = SkipPageBreak(text, i); next_page != i) return next_page;
  bool line_break = false;
  for (int count = 0; count < 4 && i < text.size(); ++count) {
    if (std::size_t width = SpaceWidth(text, i)) {
      i += width;
    } else if (text[i] == '\r') {
      ++i;
    } else if (text[i] == '\n' && !line_break) {
      line_break = true;
      ++i;
    } else {
      break;
    }
  }
  return i;
}

std::size_t SkipSpacesAndCommas(std::string_view text, std::size_t i) {
  while (true) {
    std::size_t next = SkipSpaces(text, i);
    if (next < text.size() && text[next] == ',') {
      i = next + 1;
    } else {
      return next;
    }
  }
}

// True when text[i] starts a word in capitals (an ASCII capital or Đ), as codes written apart
// from their number do; a cheap test made before reading a code after a blank.
bool IsCapitalAt(std::string_view text, std::size_t i) {
  return i < text.size() && (IsAsciiUpper(text[i]) || DWithStrokeAt(text, i) == "Đ");
}

bool IsWordCharAt(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  std::size_t length = 0;
  return IsWordChar(CodePointAt(text, i, &length));
}

// --- Codes ----------------------------------------------------------------------------------

// Reads one code segment at text[i]: letters, digits, Đ/đ (or a lookalike), Ư/ư (also U +
// combining horn), a dot between letters ("T.Ư", "C.I") and an '&' joining two names of a
// ministry or department ("GD&ĐT", "SNN&PTNT"; a lower-case letter after it starts an HTML
// entity left in the text, "TW&nbsp;", and ends the code). It must start with a letter and end
// at a word boundary.
// Returns the byte after it and writes the segment (horn composed) into *out, or returns i.
std::size_t ReadSegment(std::string_view text, std::size_t i, std::string* out) {
  out->clear();
  std::size_t start = i;
  while (i < text.size() && i - start < kMaxSegmentBytes) {
    char c = text[i];
    if (IsAsciiAlnum(c)) {
      if (c == 'U' || c == 'u') {
        if (text.substr(i + 1, 2) == "\xCC\x9B") {  // U+031B combining horn
          out->append(c == 'U' ? "Ư" : "ư");
          i += 3;
          continue;
        }
      }
      out->push_back(c);
      ++i;
    } else if (std::string_view d = DWithStrokeAt(text, i); !d.empty()) {
      out->append(d);
      i += 2;
    } else if (text.substr(i, 2) == "Ư" || text.substr(i, 2) == "ư") {
      out->append(text.substr(i, 2));
      i += 2;
    } else if ((c == '.' || c == '&') && !out->empty() && i + 1 < text.size() &&
               ((c == '.' ? IsAsciiAlpha(text[i + 1]) : IsAsciiUpper(text[i + 1])) ||
                text.substr(i + 1, 2) == "Ư" || !DWithStrokeAt(text, i + 1).empty())) {
      out->push_back(c);
      ++i;
    } else {
      break;
    }
  }
  if (out->empty() || IsAsciiDigit((*out)[0]) || IsWordCharAt(text, i)) {
    out->clear();
    return start;
  }
  return i;
}

// True when `written` reads as the code `canonical` deliberately: in capitals ("TTR"), or exactly
// as the code is spelled ("TTr", "QĐi"), which is how the index keys it and a lookup types it.
bool WrittenAsCode(std::string_view written, std::string_view canonical) {
  return IsCapitalCode(written) || written == canonical;
}

int CountLetters(std::string_view code) {
  int letters = 0;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (IsAsciiAlpha(code[i])) ++letters;
    if (static_cast<unsigned char>(code[i]) >= 0xC0) ++letters;  // lead byte of Đ, Ư
  }
  return letters;
}

// True when `c` may be the letter after a number that marks one numbered after another ("30a",
// "33B"): not O, I or l, which OCR gives for a digit (RepairOcrDigits reads them so).
bool IsNumberLetter(char c) {
  return IsAsciiAlpha(c) && c != 'O' && c != 'I' && c != 'l';
}

// The canonical spelling of a written type code; "" when it cannot be a type. Unknown codes
// are accepted in capitals ("28-CQ/TW" is a typo of the source, kept as written).
std::string CanonicalType(std::string_view written, bool allow_unknown) {
  const Code* code = FindDocumentType(written, CodeSystem::kParty);
  if (code == nullptr) code = FindDocumentType(written, CodeSystem::kState);  // "5360 CĐ/BCT"
  if (code != nullptr) return std::string(code->code);
  if (allow_unknown && IsCapitalCode(written) && CountLetters(written) >= 2 &&
      written.find('.') == std::string_view::npos) {
    return std::string(written);
  }
  return "";
}

// The canonical spelling of a written body code; "" when it cannot be a body. Known codes are
// matched in any case; unknown ones only in capitals ("DKVN" stays as written).
std::string CanonicalBody(std::string_view written) {
  std::string spelled = SpellTrungUongAsTW(written);
  if (const Code* code = FindIssuingBody(spelled)) return std::string(code->code);
  if (IsCapitalCode(spelled) && spelled.find('.') == std::string::npos) return spelled;
  return "";
}

// A segment of a State symbol: a type, a body, or a department code in capitals.
std::string CanonicalStateSegment(std::string_view written) {
  if (const Code* code = FindDocumentType(written, CodeSystem::kState)) {
    return std::string(code->code);
  }
  return CanonicalBody(written);
}

bool IsPartyBody(std::string_view canonical) {
  const Code* code = FindIssuingBody(canonical);
  return code != nullptr && code->system == CodeSystem::kParty;
}

// A document's number as its issuer's rules write it: at least two digits, a leading zero only
// below 10 (Nghị định 30/2020/NĐ-CP, appendix I). "5", "05" and "005" are the same number.
std::string CanonicalNumber(std::string_view digits) {
  const std::size_t first = std::min(digits.find_first_not_of('0'), digits.size() - 1);
  std::string_view significant = digits.substr(first);
  std::string padded(significant.size() < 2 ? 2 - significant.size() : 0, '0');
  padded += significant;
  return padded;
}

// --- The identifier itself ------------------------------------------------------------------

// Reads the digits of a number at text[i]; returns the byte after them, or i when there are
// none or too many.
std::size_t ReadNumber(std::string_view text, std::size_t i, std::string* number) {
  std::size_t start = i;
  while (i < text.size() && IsAsciiDigit(text[i])) ++i;
  if (i == start || i - start > kMaxNumberDigits) return start;
  number->assign(text.substr(start, i - start));
  return i;
}

// The known type code written_type names when written_body is a known Party body, or when the
// two are swapped by a slip of the hand ("512 - TU / TB", a Thông báo of a Tỉnh ủy): swaps them
// in that case. Leaves them as they are otherwise.
void UnswapTypeAndBody(std::string* written_type, std::string* written_body) {
  const Code* body_as_type = FindIssuingBody(*written_type);
  if (FindDocumentType(*written_type) == nullptr && body_as_type != nullptr &&
      body_as_type->system == CodeSystem::kParty && FindDocumentType(*written_body, CodeSystem::kParty) != nullptr &&
      FindIssuingBody(*written_body) == nullptr) {
    std::swap(*written_type, *written_body);
  }
}

// True when a slash follows the word at text[i] (blanks between allowed): a cheap look ahead,
// without reading the word as a code, before "47 KL / TW" is tried.
bool SlashAfterWord(std::string_view text, std::size_t i) {
  const std::size_t limit = std::min(text.size(), i + kMaxSegmentBytes);
  while (i < limit && static_cast<unsigned char>(text[i]) > ' ' && text[i] != '/') ++i;
  i = SkipInnerBlanks(text, i);
  return i < text.size() && text[i] == '/';
}

std::string TypeWordBefore(std::string_view text, std::size_t pos);
std::size_t SkipBackOverSo(std::string_view text, std::size_t pos, bool* found_so);
bool SymbolEndsAt(std::string_view text, std::size_t end);
bool SubjectLineAt(std::string_view text, std::size_t i);
std::size_t ReadDetachedDigits(std::string_view text, std::size_t end, std::string* digits, bool after_dot = false);
bool DocumentWordsBefore(std::string_view text, std::size_t pos);
bool VanBanBefore(std::string_view text, std::size_t pos);
bool PermitNamedBefore(std::string_view text, std::size_t pos);
std::string FoldedWordBefore(std::string_view text, std::size_t pos, std::size_t* word_start);
bool TypeCodeBefore(std::string_view text, std::size_t pos);
bool SoOrTypeNameBefore(std::string_view text, std::size_t pos);
bool GoesOnAt(std::string_view text, std::size_t end);
bool CutAtLineEnd(std::string_view text, std::size_t end);
std::optional<std::pair<std::string, std::string>> GluedTypeAndBody(std::string_view written);

// True when `written` is a code either table knows whole.
bool IsKnownCode(std::string_view written) {
  return FindIssuingBody(written) != nullptr || FindDocumentType(written) != nullptr;
}

// The code a table knows that `written` and the piece one blank after it at `end` make together,
// where OCR cut it with a blank: the piece of three letters at most ending the symbol, the whole
// written as codes are; nullptr when none. *piece_end receives where the piece ends.
const Code* CodeCutAt(std::string_view text, std::size_t end, const std::string& written, std::string* piece,
                      std::size_t* piece_end) {
  if (written.empty() || end + 1 >= text.size() || text[end] != ' ') return nullptr;
  *piece_end = ReadSegment(text, end + 1, piece);
  if (*piece_end == end + 1 || CountLetters(*piece) > 3 || !SymbolEndsAt(text, *piece_end)) return nullptr;
  const std::string joined = written + *piece;
  const Code* code = FindIssuingBody(joined);
  if (code == nullptr) code = FindDocumentType(joined);
  return code != nullptr && WrittenAsCode(joined, code->code) ? code : nullptr;
}

// True when a known code `written` and the piece CodeCutAt joined to it, a capital letter,
// together are another code a table knows ("BC A": Bộ Công an's BCA?, "ĐU K": ĐUK?): which is
// meant cannot be told, so no number is read.
bool AmbiguousCut(const std::string& written, const std::string& piece) {
  return piece.size() == 1 && IsAsciiUpper(piece[0]) && IsKnownCode(written);
}

// AmbiguousCut of the code `written` ending at `end` and what follows it.
bool AmbiguousLetterAfter(std::string_view text, std::size_t end, const std::string& written) {
  std::string piece;
  std::size_t piece_end = 0;
  return CodeCutAt(text, end, written, &piece, &piece_end) != nullptr && AmbiguousCut(written, piece);
}

// Reads a code segment at text[i] as ReadSegment does, and a code OCR cut with a blank ("05-CT/T
// W", "NĐ-C P", "QĐ-TT g"): two pieces that together are a code a table knows (CodeCutAt), where
// neither piece is one, or the second is a single lower-case letter ending a code so spelled ("TT
// g" is TTg). Where the pieces are ambiguous (AmbiguousLetterAfter), no code is read: returns i.
std::size_t ReadCode(std::string_view text, std::size_t i, std::string* written) {
  const std::size_t end = ReadSegment(text, i, written);
  if (end == i) return end;
  std::string piece;
  std::size_t piece_end = 0;
  if (CodeCutAt(text, end, *written, &piece, &piece_end) == nullptr) return end;
  if (AmbiguousCut(*written, piece)) return i;
  const bool lower_letter = piece.size() == 1 && piece[0] >= 'a' && piece[0] <= 'z';
  if (!lower_letter && (IsKnownCode(*written) || IsKnownCode(piece))) return end;
  *written += piece;
  return piece_end;
}

// True when `written` may be the code of a body no table knows, where the number before it is
// cited by its type's name ("Sắc lệnh số 16-NV", "Công văn 173/BTTM"): in capitals, two to
// eight letters, no dot, not a type's code of either system ("15-QDI" is a Quy định's), and
// not a known type glued to a known body ("185/NĐCP", "724/QĐUB": a hyphen left out, not a body).
bool IsUnlistedBodyCode(std::string_view written) {
  const int letters = CountLetters(written);
  if (!IsCapitalCode(written) || letters < 2 || letters > 8 || written.find('.') != std::string_view::npos) return false;
  if (FindDocumentType(written) != nullptr) return false;
  for (std::size_t split = 1; split < written.size(); ++split) {
    if ((static_cast<unsigned char>(written[split]) & 0xC0) == 0x80) continue;  // inside a letter
    if (FindDocumentType(written.substr(0, split)) != nullptr && FindIssuingBody(written.substr(split)) != nullptr) {
      return false;
    }
  }
  return true;
}

// True when a number ending at `end` in a body no table knows cannot go on: the symbol ends
// there, and after blanks comes no dash (but one before the subject line, "V/v"), digit or
// ampersand ("13/HATA - 2017", "20 CV/VPF/2011", "216/SGD & ĐT - VP" and the word-segmented
// "690 / PC 09 - Đ 3" go on, and no part of them is read).
bool UnlistedBodyEndsAt(std::string_view text, std::size_t end) {
  const std::size_t next = SkipSpaces(text, end);
  if (const std::size_t dash = DashLength(text, next)) return SubjectLineAt(text, SkipSpaces(text, next + dash));
  return SymbolEndsAt(text, end) && !(next < text.size() && (IsAsciiDigit(text[next]) || text[next] == '&'));
}

// The end of a department's code glued by a hyphen at `end` ("-BTG" of "TWĐTN-BTG"): capitals,
// two letters or more, no dot; `end` when there is none.
std::size_t DepartmentAfter(std::string_view text, std::size_t end) {
  if (end >= text.size() || text[end] != '-') return end;
  std::string department;
  const std::size_t after = ReadSegment(text, end + 1, &department);
  const bool code = after != end + 1 && IsCapitalCode(department) && CountLetters(department) >= 2 &&
                    department.find('.') == std::string::npos;
  return code ? after : end;
}

// True when a department's code is glued by a hyphen at `end` to a body no table knows, and the
// number cannot go on after it ("Kế hoạch số 125 KH/TWĐTN-BTG").
bool UnlistedDepartmentEndsAt(std::string_view text, std::size_t end) {
  const std::size_t after = DepartmentAfter(text, end);
  return after != end && UnlistedBodyEndsAt(text, after);
}

// True when a body's code no table knows (or a Party body's), three capitals or more, stands at
// pos one blank after a State type alone, where the number is cited by its type's name or "văn
// bản số" and the citation goes on at once after it, or after its department: "ngày", "của", a
// comma, a full stop, a semicolon, a closing bracket or the text's end ("Quyết định số 551/QĐ
// ĐHH ngày …", "ngày" on the next line too). A heading in capitals ("QUYẾT ĐỊNH SỐ 12/QĐ BAN
// HÀNH …", also cut by a line break), a place ("12/QĐ TP Hà Nội", "12/QĐ HCM ngày") goes on
// otherwise or is none.
bool UnlistedBodyAfterBlankAt(std::string_view text, std::size_t start, std::size_t pos) {
  std::string written;
  std::size_t end = ReadSegment(text, pos, &written);
  if (end == pos || !IsUnlistedBodyCode(written) || CountLetters(written) < 3) return false;
  static constexpr std::string_view kPlaces[] = {"HCM", "HCMC", "TPHCM", "TPHN", "BRVT"};
  if (std::find(std::begin(kPlaces), std::end(kPlaces), written) != std::end(kPlaces)) return false;
  if (end < text.size() && text[end] == '-') {
    const std::size_t after = DepartmentAfter(text, end);
    if (after == end) return false;
    end = after;
  }
  const std::size_t next = SkipSpaces(text, end);
  const std::size_t word = SkipInnerBlanks(text, end);  // "ngày" may be wrapped to the next line
  const bool citation_goes_on = next >= text.size() ||
                                std::string_view(",.;:()").find(text[next]) != std::string_view::npos ||
                                MatchFoldedWord(text, word, "ngay") != 0 || MatchFoldedWord(text, word, "cua") != 0;
  return citation_goes_on && (!TypeWordBefore(text, start).empty() || DocumentWordsBefore(text, start));
}

// True when, after blanks, a dash at `end` leads to a digit or a code in capitals, which would
// continue the symbol ("159 / TB -2019", "15/SL - 2"); not a dash before a word ("12/TB - ngày
// 5/3", "12/TB - Về việc") or the subject line ("12/CV - V/v").
bool DashGoesOnAfterBlanks(std::string_view text, std::size_t end) {
  const std::size_t dash_at = SkipSpaces(text, end);
  const std::size_t dash = DashLength(text, dash_at);
  if (dash == 0) return false;
  const std::size_t next = SkipSpaces(text, dash_at + dash);
  if (next < text.size() && IsAsciiDigit(text[next])) return true;
  std::string written;
  return !SubjectLineAt(text, next) && ReadSegment(text, next, &written) != next && IsCapitalCode(written);
}

// NUMBER [-] TYPE / BODY, with blanks and any dash around the separators, or no hyphen at all
// when the type follows the number directly ("858CV/ĐUK") or after blanks when both codes are
// known ("47 KL / TW"). A State body makes it a State number, rewritten in State shape
// ("35 - NQ / CP" → 35/NQ-CP).
bool ParseParty(std::string_view text, std::size_t start, std::size_t after_number,
                std::string_view number, IdentifierMention* mention) {
  std::size_t i = SkipInnerBlanks(text, after_number);
  bool hyphenless = false;
  const bool blank_for_hyphen = i != after_number;
  if (std::size_t dash = DashLength(text, i)) {
    i = SkipInnerBlanks(text, i + dash);
  } else if (blank_for_hyphen && (!IsCapitalAt(text, i) || !SlashAfterWord(text, i))) {
    return false;  // "12 người", "5 UBND tỉnh": most numbers followed by a blank are counts
  } else {
    hyphenless = true;
  }
  std::string written_type;
  std::size_t after_type = ReadSegment(text, i, &written_type);
  if (after_type == i) return false;
  std::size_t slash = SkipInnerBlanks(text, after_type);
  // A hyphen for the slash ("Chỉ thị số 12-CT-TU"), glued, only between a known type and a known
  // Party body that ends the number, after the type's name ("Trạm BTS số 15-TB-HU" is none): a
  // State body's old numbers go on so ("709-BNV-HC").
  const std::size_t hyphen = slash == after_type && !hyphenless && FindDocumentType(written_type) != nullptr &&
                                     DashLength(text, slash) != 0 && !TypeWordBefore(text, start).empty()
                                 ? DashLength(text, slash)
                                 : 0;
  if (hyphen == 0 && (slash >= text.size() || text[slash] != '/')) return false;
  const bool spaced = slash != after_type;
  i = SkipInnerBlanks(text, slash + (hyphen != 0 ? hyphen : 1));
  std::string written_body;
  std::size_t end = ReadCode(text, i, &written_body);
  if (end == i) return false;
  if (hyphen != 0 && (i != slash + hyphen || !IsPartyBody(CanonicalBody(written_body)) || !SymbolEndsAt(text, end) ||
                      DashLength(text, end) != 0)) {
    return false;
  }
  if (!hyphenless) UnswapTypeAndBody(&written_type, &written_body);
  std::string type = CanonicalType(written_type, /*allow_unknown=*/!hyphenless);
  if (type.empty() || (hyphenless && CountLetters(type) < 2)) return false;  // "9L/100km"
  std::string body = CanonicalBody(written_body);
  if (body.empty()) return false;
  // Blanks in place of the hyphen are read only between two known codes ("200 KH/ngày" is a
  // unit), or before a body no table knows where the type's name cites the number
  // ("Nghị quyết số 96 NQ/QHK6") and it cannot go on ("20 CV/VPF/2011" is read by no rule
  // whole: no part of it is read).
  if (hyphenless && blank_for_hyphen && FindIssuingBody(body) == nullptr &&
      !(IsUnlistedBodyCode(written_body) && (UnlistedBodyEndsAt(text, end) || UnlistedDepartmentEndsAt(text, end)) &&
        !TypeWordBefore(text, start).empty())) {
    return false;
  }
  // A Party body may carry a suffix naming the committee more exactly: "ĐU-MTTW", written with
  // blanks around its dash only where the whole number is ("468-QĐ/VC- ĐT", "26 - KL / TUQN - TUĐN").
  // A State body's department may have them anyway, as in State shape ("15 QĐ/VKS – P2"), where
  // it ends the number: one that goes on ("– P2/2019") is no part read alone, so nothing is
  // read; a body's code or a word in capitals after it ("– UBND tỉnh", "– TP Hà Nội") is none.
  const Code* known_body = FindIssuingBody(body);
  const bool state_body = known_body != nullptr && known_body->system == CodeSystem::kState;
  std::string suffix;
  const std::size_t dash_at = spaced || state_body ? SkipSpaces(text, end) : end;
  const std::size_t dash =
      spaced || state_body ? DashLength(text, dash_at) : (dash_at < text.size() && text[dash_at] == '-');
  if (dash != 0) {
    // A dash glued to the body may be cut by a line or page break from the suffix, which is then
    // believed as one apart is ("15-KL/TU-", "UBND tỉnh …" on the next line is no suffix).
    const std::size_t at = dash_at == end ? SkipInnerBlanks(text, dash_at + dash) : SkipSpaces(text, dash_at + dash);
    const bool across_line =
        text.substr(dash_at + dash, at - dash_at - dash).find_first_of("\r\n") != std::string_view::npos;
    std::size_t after_suffix = SubjectLineAt(text, at) ? at : ReadSegment(text, at, &suffix);
    if (after_suffix != at && IsCapitalCode(suffix) && suffix.find('.') == std::string::npos) {
      const bool apart = (dash_at != end && !spaced) || across_line;
      if (apart && !UnlistedBodyEndsAt(text, after_suffix)) return false;
      if (!apart || (FindIssuingBody(suffix) == nullptr && !IsCapitalAt(text, SkipSpaces(text, after_suffix)))) {
        // Word-segmented text writes a department's number apart ("VKS - P 2").
        if (std::string digits; spaced && CountLetters(suffix) <= 3) {
          const std::size_t after_digits = ReadDetachedDigits(text, after_suffix, &digits);
          suffix += digits;
          after_suffix = after_digits;
        }
        body += "-" + suffix;
        end = after_suffix;
      }
    }
  }
  // An unknown type with an unknown body is more likely a model name ("AN / FPS-20") than a
  // document; one known code is enough ("28-CQ/TW", a typo of the source, is kept).
  if (known_body == nullptr && FindDocumentType(type) == nullptr) return false;
  if (CutAtLineEnd(text, end)) return false;  // "15-KL/TU-", a page break, no suffix read
  mention->number = CanonicalNumber(number);
  mention->type = type;
  mention->body = body.substr(0, body.find('-'));
  mention->span = {start, end};
  // A State body's number in the State form, its type spelled as that form is read back
  // (ParseState): a State type, else the segment as a body would be ("241-DD/BTC" → 241/ĐĐ-BTC,
  // as "241/DD-BTC" reads). A type of the Party's only, which no State form has, however it is
  // spelled ("08-QĐi/BYT", "12 - QDI/BCA", "02-bS/BTC", "01 - QH/BTC"), keeps the Party form:
  // in State form it would read back as a letter of a body so named.
  const bool party_only_type =
      FindDocumentType(type, CodeSystem::kParty) != nullptr && FindDocumentType(type, CodeSystem::kState) == nullptr;
  if (known_body != nullptr && known_body->system == CodeSystem::kState && !party_only_type) {
    std::string segment = CanonicalStateSegment(written_type);
    if (segment.empty()) segment = CanonicalStateSegment(type);
    if (!segment.empty()) {
      mention->system = IdentifierSystem::kState;
      // A State type glued to a body ("120-TBQH/BTC", "12-NĐCP/BTC") is two segments, as the
      // State form reads them back: 120/TB-QH-BTC, typed TB, of QH.
      const std::optional<std::pair<std::string, std::string>> glued = GluedTypeAndBody(segment);
      mention->canonical =
          mention->number + "/" + (glued ? glued->first + "-" + glued->second : segment) + "-" + mention->body;
      // A suffix too is spelled as a State segment ("0-CPPP90/HDND-ND" → 00/CPPP90-HĐND-NĐ).
      if (body.size() > mention->body.size()) {
        const std::string written_suffix = body.substr(mention->body.size() + 1);
        const std::string spelled = CanonicalStateSegment(written_suffix);
        mention->canonical += "-" + (spelled.empty() ? written_suffix : spelled);
      }
      // Type and body as that reading gives them: a segment that is no State type is read back
      // as a letter's body ("241/ĐĐ-BTC", "12/CP-QH").
      if (glued) {
        mention->type = glued->first;
        mention->body = glued->second;
      } else if (FindDocumentType(segment, CodeSystem::kState) == nullptr) {
        mention->type = "CV";
        mention->body = std::move(segment);
      } else {
        mention->type = std::move(segment);
      }
      return true;
    }
  }
  mention->system = IdentifierSystem::kParty;
  mention->canonical = mention->number + "-" + type + "/" + body;
  return true;
}

// True when a State type's code and a dash glued to it stand at `at` ("NĐ-", "QĐ-").
bool StateTypeAndDashAt(std::string_view text, std::size_t at) {
  if (!IsCapitalAt(text, at)) return false;
  std::string written;
  const std::size_t end = ReadSegment(text, at, &written);
  return end != at && DashLength(text, end) != 0 && FindDocumentType(written, CodeSystem::kState) != nullptr;
}

// True when a slash left out before `at` is believed: a State type and a dash follow at `at`
// ("QĐ-TTg"), or a State type and body written together that end the symbol ("NĐCP"), and the
// number at text[pos] is cited as one, "số" or a type name written before it ("Quyết định 309
// QĐ-TTg", "số 67/2014 NĐ-CP", "NĐ 112/2007 NĐCP"). The cheap test of what follows comes
// first: most numbers followed by a blank are counts.
bool SlashLeftOut(std::string_view text, std::size_t pos, std::size_t at) {
  if (!IsCapitalAt(text, at)) return false;
  std::string written;
  std::size_t end = ReadSegment(text, at, &written);
  if (end == at) return false;
  if (!StateTypeAndDashAt(text, at) && !(SymbolEndsAt(text, end) && GluedTypeAndBody(written))) return false;
  return SoOrTypeNameBefore(text, pos) || TypeCodeBefore(text, pos);
}

// True when "số" or a type's name is written just before pos.
bool SoOrTypeNameBefore(std::string_view text, std::size_t pos) {
  bool found_so = false;
  SkipBackOverSo(text, pos, &found_so);
  return found_so || !TypeWordBefore(text, pos).empty();
}

// True when a State type's code in capitals is the word just before pos, as a type's name
// would be ("NĐ 112/2007 NĐCP").
bool TypeCodeBefore(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == pos) return false;
  std::size_t begin = end;
  FoldedWordBefore(text, end, &begin);
  const std::string_view word = text.substr(begin, end - begin);
  const Code* type = FindDocumentType(word, CodeSystem::kState);
  return type != nullptr && CountLetters(type->code) >= 2 && IsCapitalCode(word);
}

bool IsStateBody(std::string_view canonical) {
  const Code* code = FindIssuingBody(canonical);
  return code != nullptr && code->system == CodeSystem::kState;
}

// A State type's code and a State body's written together, the hyphen left out, each as its
// code ("NĐCP", "QĐTTg", "TTLTBCA"): the two canonical codes; nullopt for anything else, and
// for a code a table knows whole ("TTCP" is the Government Inspectorate).
std::optional<std::pair<std::string, std::string>> GluedTypeAndBody(std::string_view written) {
  if (IsKnownCode(written)) return std::nullopt;
  for (std::size_t split = 1; split < written.size(); ++split) {
    if ((static_cast<unsigned char>(written[split]) & 0xC0) == 0x80) continue;  // inside a letter
    const std::string_view type_written = written.substr(0, split), body_written = written.substr(split);
    const Code* type = FindDocumentType(type_written, CodeSystem::kState);
    if (type == nullptr || CountLetters(type->code) < 2 || !IsCapitalCode(type_written)) continue;
    const std::string body = CanonicalBody(body_written);
    if (!body.empty() && IsStateBody(body) && WrittenAsCode(body_written, body)) {
      return std::make_pair(std::string(type->code), body);
    }
  }
  return std::nullopt;
}

// Whether a State body's code, written as its code, stands at pos and ends the symbol there
// ("CP" in "30/2020/NĐ CP ngày"), or only a lower-case word is glued on ("NĐ CP-ngày").
bool StateBodyCodeAt(std::string_view text, std::size_t pos) {
  std::string written;
  const std::size_t end = ReadSegment(text, pos, &written);
  if (end == pos) return false;
  const std::string body = CanonicalBody(written);
  if (body.empty() || !IsStateBody(body) || !WrittenAsCode(written, body)) return false;
  if (DashLength(text, end) != 0) return !GoesOnAt(text, end);
  return SymbolEndsAt(text, end) && DashLength(text, SkipSpaces(text, end)) == 0;
}

// Whether a State body's code, written as its code, stands one blank after `end`, whatever
// follows it: a type alone before it is no number of its own ("30/2020/NĐ CP-BTP" is not
// 30/2020/NĐ; StateBodyCodeAt reads the whole where nothing goes on).
bool StateBodyCodeAfterBlank(std::string_view text, std::size_t end) {
  if (end >= text.size() || text[end] != ' ') return false;
  std::string written;
  if (ReadSegment(text, end + 1, &written) == end + 1) return false;
  const std::string body = CanonicalBody(written);
  return !body.empty() && IsStateBody(body) && WrittenAsCode(written, body);
}

// Whether a code no table knows, three capitals or more, stands one blank after `end` glued to a
// dash, which UnlistedBodyAfterBlankAt did not read ("551/QĐ ĐHH-T.CCB"): a type alone before it
// is no number of its own.
bool UnlistedCodeGoesOnAfterBlank(std::string_view text, std::size_t end) {
  if (end >= text.size() || text[end] != ' ') return false;
  std::string written;
  const std::size_t after = ReadSegment(text, end + 1, &written);
  return after != end + 1 && IsUnlistedBodyCode(written) && CountLetters(written) >= 3 && DashLength(text, after) != 0;
}

// True for the code of the National Assembly or its Standing Committee with the number of its
// term: "QH12", "UBTVQH14".
bool IsLegislatureTerm(std::string_view segment) {
  for (std::string_view prefix : {std::string_view("QH"), std::string_view("UBTVQH")}) {
    if (segment.substr(0, prefix.size()) != prefix) continue;
    std::string_view term = segment.substr(prefix.size());
    if (!term.empty() && term.size() <= 2 && IsAsciiDigit(term[0]) && IsAsciiDigit(term.back())) return true;
  }
  return false;
}

// Digits written apart from the code they end: the term of a legislature ("QH 12") and, in
// word-segmented text, the number of a department ("VKSTC - V 3", or joined as a word's
// syllables are: "A_92"). Returns the byte after one or two digits one or two blanks (or an
// underscore, or with `after_dot` a dot: "QH.11") after `end`, with the digits in *digits; or
// `end`, *digits empty, when none (a date or a decimal is none).
std::size_t ReadDetachedDigits(std::string_view text, std::size_t end, std::string* digits, bool after_dot) {
  digits->clear();
  const bool joined = end < text.size() && (text[end] == '_' || (after_dot && text[end] == '.'));
  std::size_t i = joined ? end + 1 : SkipSpaces(text, end);
  if (i == end || i - end > 2) return end;
  std::size_t after = ReadNumber(text, i, digits);
  const bool date_or_decimal = after + 1 < text.size() && IsAsciiDigit(text[after + 1]) &&
                               (text[after] == '/' || text[after] == '.' || text[after] == ',');
  if (after == i || after - i > 2 || (*digits)[0] == '0' || IsWordCharAt(text, after) || date_or_decimal) {
    digits->clear();
    return end;
  }
  return after;
}

// True when `code` is one to three capitals and no digit ("C", "PC", "Đ"): a code whose number
// word-segmented text may write apart from it.
bool IsShortLetterCode(std::string_view code) {
  return IsCapitalCode(code) && CountLetters(code) <= 3 &&
         std::none_of(code.begin(), code.end(), [](char c) { return IsAsciiDigit(c); });
}

// True when the number at pos is cited as a document's: after "số", a type's name or "văn bản"
// ("Văn_bản 3559 / …"), or after bare numbers listed so before it ("số : 64 ; 65 / …").
bool CitedBefore(std::string_view text, std::size_t pos) {
  for (int items = 0; items <= kMostListItems; ++items) {
    if (SoOrTypeNameBefore(text, pos) || VanBanBefore(text, pos)) return true;
    const std::size_t i = SkipSpacesBack(text, pos);
    if (i == 0 || (text[i - 1] != ';' && text[i - 1] != ',')) return false;
    const std::size_t end = SkipSpacesBack(text, i - 1);
    std::size_t begin = end;
    while (begin > 0 && IsAsciiDigit(text[begin - 1]) && end - begin < kMaxNumberDigits) --begin;
    if (begin == end) return false;
    pos = begin;
  }
  return false;
}

// Word-segmented text cuts a code's digits from its letters inside a symbol too ("65 / C 46 - P
// 11" is 65/C46-P11, a police agency's): where `written`, ending at `end`, is a short code of
// letters (IsShortLetterCode) and no document type, one or two digits follow a blank away, then a
// dash with blanks around it and another code of one to three capitals cut from its digits ("C 03 - P 14", "PC 09 - Đ
// 3", "A 61 - A_92"), appends the digits to *written and returns the byte after them; else
// returns `end`. (Not "45 / UBND - VP 2 - UBND huyện": the issuer follows the dash.)
std::size_t JoinDetachedDigits(std::string_view text, std::size_t end, std::string* written) {
  // A document type is no such code: "2283 / QD 0 - XPVPHC" is a QĐ mistyped.
  if (!IsShortLetterCode(*written) || FindDocumentType(*written) != nullptr) return end;
  // One blank, then one or two digits (a leading zero too: "C 03", "PC 09") and a blank.
  std::string digits;
  if (end + 1 >= text.size() || text[end] != ' ') return end;
  const std::size_t after = ReadNumber(text, end + 1, &digits);
  if (after == end + 1 || after - end - 1 > 2 || after >= text.size() || text[after] != ' ') return end;
  const std::size_t dash_at = SkipInnerBlanks(text, after);
  const std::size_t dash = DashLength(text, dash_at);
  if (dash == 0 || dash_at + dash >= text.size() || text[dash_at + dash] != ' ') return end;
  // The next code's capitals (Đ too), then a blank or word segmentation's "_", then a digit.
  std::size_t next_end = SkipInnerBlanks(text, dash_at + dash);
  int letters = 0;
  for (; next_end < text.size() && letters <= 3; ++letters) {
    if (IsAsciiUpper(text[next_end])) {
      ++next_end;
    } else if (text.substr(next_end, 2) == "Đ") {
      next_end += 2;
    } else {
      break;
    }
  }
  if (letters == 0 || letters > 3 || next_end + 1 >= text.size() || (text[next_end] != ' ' && text[next_end] != '_') ||
      !IsAsciiDigit(text[next_end + 1])) {
    return end;
  }
  *written += digits;
  return after;
}

// A department code in mixed case, as some write it ("CV-HoREA", "BC-TCTTTg", "UBND-QLĐTh"):
// letters only, a capital first and at least two capitals in all.
bool IsMixedCaseCode(std::string_view code) {
  int capitals = 0;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (std::string_view d = DWithStrokeAt(code, i); !d.empty()) {
      capitals += d == "Đ";
      ++i;
    } else if (IsAsciiAlpha(code[i])) {
      capitals += IsAsciiUpper(code[i]);
    } else {
      return false;
    }
    if (i < 2 && capitals == 0) return false;
  }
  return capitals >= 2;
}

// True when the symbol does not go on past end: a blank, punctuation or a quote follows, or a
// dash not glued to more text but the subject line ("12/CV-V/v"); "92/CP/2015",
// "100/NĐ*CP/2006" and "4708/BKHĐT-Th" go on.
bool SymbolEndsAt(std::string_view text, std::size_t end) {
  if (end >= text.size() || SpaceWidth(text, end) != 0) return true;
  if (std::size_t dash = DashLength(text, end)) {
    return !IsWordCharAt(text, end + dash) || SubjectLineAt(text, end + dash);
  }
  static constexpr std::string_view kClosing = "\r\n,.;:!?)]}\"'";
  if (kClosing.find(text[end]) != std::string_view::npos) return true;
  for (std::string_view closing : {"”", "’", "»", "…"}) {
    if (text.substr(end, closing.size()) == closing) return true;
  }
  return false;
}

// True when "V/v" (về việc: the subject line of a letter, "Công văn số 12/CV - V/v trả lời …"),
// "V/V" or, word-segmented, "V / v" stands at i as a word of its own. It is never a code of the
// number before it ("12/CV-V/VPCP" is one).
bool SubjectLineAt(std::string_view text, std::size_t i) {
  if (i >= text.size() || text[i] != 'V') return false;
  const std::size_t slash = SkipSpaces(text, i + 1);
  if (slash >= text.size() || text[slash] != '/') return false;
  const std::size_t v = SkipSpaces(text, slash + 1);
  return v < text.size() && (text[v] == 'v' || text[v] == 'V') && !IsWordCharAt(text, v + 1);
}

// Byte length of a dash or a slash at text[i], or 0.
std::size_t SeparatorLength(std::string_view text, std::size_t i) {
  if (const std::size_t dash = DashLength(text, i)) return dash;
  return i < text.size() && text[i] == '/' ? 1 : 0;
}

// True when the word at `pos` is written in capitals, as a code or a header is ("UBND", "CÔNG
// BÁO"; not "Kết luận", "Ngày").
bool WordInCapitalsAt(std::string_view text, std::size_t pos) {
  bool letter = false;
  for (std::size_t i = pos, length = 0; i < text.size(); i += length) {
    const char32_t c = CodePointAt(text, i, &length);
    if (!IsWordChar(c)) break;
    if (u_islower(static_cast<UChar32>(c))) return false;
    letter = letter || u_isupper(static_cast<UChar32>(c));
  }
  return letter;
}

// True when a dash or a slash at `end` ends its line and the text goes on, past blank lines and a
// page's number (kMostBreakLines line breaks at most; more count as going on), with a word in
// capitals or digits glued to a separator: a symbol cut by a line or page break that no rule
// read across ("45/2019/TT-", a running header "CÔNG BÁO …", "BTC"), of which no part is a
// number. A word in lower or mixed case after the break ends the symbol ("1234/QĐ-UBND-",
// "ngày 5/3"; "05-CT/TW-", "Kết luận …"), as does a counter ("1. Nội dung").
bool CutAtLineEnd(std::string_view text, std::size_t end) {
  const std::size_t separator = SeparatorLength(text, end);
  if (separator == 0) return false;
  const std::size_t at = SkipSpaces(text, end + separator);
  if (at >= text.size() || (text[at] != '\n' && text[at] != '\r')) return false;
  int passed = 0;
  const std::size_t next = LineAfterPageBreak(text, at, &passed);
  if (next == std::string_view::npos) return true;
  if (next < text.size() && IsAsciiDigit(text[next])) {
    std::size_t digits_end = next;
    while (digits_end < text.size() && IsAsciiDigit(text[digits_end])) ++digits_end;
    return SeparatorLength(text, digits_end) != 0;
  }
  return WordInCapitalsAt(text, next);
}

// True when a dash or a slash at `end` is glued to what would continue a code: a capital (Đ
// too) or a digit, or cut at the line's end (CutAtLineEnd). A lower-case word glued on
// ("NĐ-CP-ngày", "NĐ-CP/đó") does not, nor the subject line ("12/CV-V/v").
bool GoesOnAt(std::string_view text, std::size_t end) {
  const std::size_t separator = SeparatorLength(text, end);
  if (separator == 0) return false;
  if (CutAtLineEnd(text, end)) return true;
  const std::size_t next = end + separator;
  return next < text.size() && (IsAsciiDigit(text[next]) || IsCapitalAt(text, next)) && !SubjectLineAt(text, next);
}

// How many Đ (or lookalikes) `code` holds.
int CountDWithStroke(std::string_view code) {
  int count = 0;
  for (std::size_t i = 0; i < code.size(); ++i) count += !DWithStrokeAt(code, i).empty();
  return count;
}

// How a department's code `written` is spelled, given the table's code `canonical` it meets (or
// itself). A department is no type and no Party body: one that meets a type's or a Party body's
// code only by a D read as Đ keeps its D ("868/HĐXD-DA" is a project's, not Đề án's ĐA;
// "59/BVUB-ĐD" is no Đảng đoàn), except QĐ and NĐ, so often typed QD and ND ("03/2017/HSST-QD" is
// a court's HSST-QĐ). A State body's code typed with D stays that body's ("VPCP-BGDDT").
std::string DepartmentSpelling(std::string_view written, const std::string& canonical) {
  const bool keeps_d = IsCapitalCode(written) && canonical != "QĐ" && canonical != "NĐ" && !IsStateBody(canonical) &&
                       CountDWithStroke(canonical) > CountDWithStroke(written);
  return keeps_d ? std::string(written) : canonical;
}

// True when the next segment of a State symbol whose segments so far are `segments` names a
// department: after a body ("BNN-HTQT"), or after a type (of either system: "QĐi") and its body
// ("QĐ-UBND-QLĐT"), except for the bodies of a joint document ("TTLT-BTC-BKHĐT").
bool DepartmentFollows(const std::vector<std::string>& segments) {
  if (FindDocumentType(segments[0]) == nullptr) return true;
  const bool joint = segments[0] == "TTLT" || segments[0] == "NQLT" || segments[0] == "KHLT";
  return segments.size() >= 2 && !joint;
}

// NUMBER/YEAR/SYMBOL, NUMBER-YEAR/SYMBOL or NUMBER/SYMBOL, where SYMBOL is segments joined by
// dashes (TYPE-BODY, BODY-DEPARTMENT, TTLT-BODY-BODY…) or QHnn after a year. A Party document
// written this way ("31/QĐ-TW") is rewritten in Party shape. Messy spellings read too: a slash
// for the dash between a type and a body ("1512 / QĐ / TTg", "312 / QĐNS / TW"), a dash for the
// slash after the year ("25/2009 - QĐ / UBND", "134/2016-NĐ-CP"), a blank for the slash before
// TYPE-BODY in a citation ("Nghị định 67/2014 NĐ-CP"), a term apart from QH ("17/2008/QH 12"),
// a letter after the number ("30a/2008/NQ-CP"), and old numbers with a type only, in a citation
// ("Sắc lệnh số 15/SL").
bool ParseState(std::string_view text, std::size_t start, std::size_t after_number,
                std::string_view number, IdentifierMention* mention) {
  std::size_t i = after_number;
  std::string year;
  std::string number_part = CanonicalNumber(number);
  // "30a/2008/NQ-CP": a letter marks a document numbered after another ("30a / 2008 / NQ - CP"
  // word-segmented).
  if (const std::size_t slash = SkipInnerBlanks(text, i + 1);
      i + 1 < text.size() && IsNumberLetter(text[i]) && slash < text.size() && text[slash] == '/') {
    number_part += text[i++];
  }
  // "19-2017/NQ-CP": the number and year joined by a hyphen, kept so, as the Government numbers
  // a series of its resolutions. Dashes for both slashes ("43-2014-NĐ-CP", as some legal sites
  // write every number) are read as the slashes they stand for: 43/2014/NĐ-CP.
  bool dash_for_slash = false;
  if (i + 5 <= text.size() && text[i] == '-' && IsAsciiDigit(text[i + 1]) && IsAsciiDigit(text[i + 2]) &&
      IsAsciiDigit(text[i + 3]) && IsAsciiDigit(text[i + 4])) {
    std::string joined_year;
    std::size_t after_year = ReadNumber(text, i + 1, &joined_year);
    std::size_t slash = SkipInnerBlanks(text, after_year);
    const bool is_year = after_year == i + 5 && joined_year >= "1945" && joined_year <= "2099";
    if (is_year && slash < text.size() && text[slash] == '/') {
      year = joined_year;
      number_part += "-" + joined_year;
      i = after_year;
    } else if (is_year && after_year < text.size() && text[after_year] == '-' &&
               StateTypeAndDashAt(text, after_year + 1)) {
      dash_for_slash = true;
    }
  }
  // Where a slash is missing (a blank, or nothing: the type glued to the number) the symbol must
  // be a State TYPE-BODY of a cited number.
  bool missing_slash = false;
  std::size_t slash = SkipInnerBlanks(text, i);
  if (dash_for_slash) {
    ++i;  // the year, read below as after a slash
  } else if (slash < text.size() && text[slash] == '/') {
    i = SkipInnerBlanks(text, slash + 1);
  } else if (year.empty() && text.substr(i, 1) == " " && SlashLeftOut(text, start, i + 1)) {
    missing_slash = true;
    ++i;
  } else if (year.empty() && i == after_number && SlashLeftOut(text, start, i)) {
    missing_slash = true;  // glued to the number: "Quyết định 239QĐ-CP"
  } else {
    return false;
  }
  bool year_in_path = false;
  // After the year, a dash with a blank before it must lead to TYPE-BODY; one glued to the year
  // ("84/2008-CP", "63/2014- BGTVT") to a known State code.
  enum class YearJoin { kSlash, kDash, kSpacedDash } year_join = YearJoin::kSlash;
  if (year.empty() && !missing_slash) {
    std::string candidate;
    std::size_t after_year = ReadNumber(text, i, &candidate);
    // Word segmentation may cut a year after its first digit ("30/2 012 / TT - BCA"), and then
    // the number too ("1 30/2 006 / NĐ - CP" is 130/2006): one digit alone before it, after a
    // blank, joins it. OCR cuts one anywhere ("30/20 20/NĐ-CP").
    const std::size_t cut = candidate.size();
    if (std::string rest; cut >= 1 && cut <= 3 && (candidate[0] == '1' || candidate[0] == '2') &&
                          after_year + 5 - cut <= text.size() && text[after_year] == ' ' &&
                          ReadNumber(text, after_year + 1, &rest) == after_year + 5 - cut) {
      candidate += rest;
      after_year += 5 - cut;
      if (cut == 1 && start >= 2 && text[start - 1] == ' ' && IsAsciiDigit(text[start - 2]) &&
          (start == 2 || text[start - 3] == ' ') && number_part == CanonicalNumber(number)) {
        number_part = CanonicalNumber(std::string(1, text[start - 2]) + std::string(number));
        start -= 2;
      }
    }
    if (after_year != i) {
      if (candidate.size() != 4 || candidate < "1945" || candidate > "2099") return false;
      std::size_t separator = SkipInnerBlanks(text, after_year);
      if (separator < text.size() && text[separator] == '/') {
        i = SkipInnerBlanks(text, separator + 1);
      } else if (std::size_t dash = DashLength(text, separator)) {
        std::size_t next = SkipInnerBlanks(text, separator + dash);
        // Glued to the year, the dash is the slash mistyped ("84/2008-CP", "02/2017- BYT").
        year_join = separator == after_year ? YearJoin::kDash : YearJoin::kSpacedDash;
        i = next;
      } else if (separator == after_year + 1 && text[after_year] == ' ' && SlashLeftOut(text, start, separator)) {
        missing_slash = true;
        i = separator;
      } else {
        return false;
      }
      year = candidate;
      year_in_path = true;
    }
  }

  std::vector<std::string> segments;
  bool slashed = false;  // every segment so far joined by a slash for the dash
  std::string written;
  std::size_t end = ReadCode(text, i, &written);
  if (end == i) return false;
  // Digits joined to a code they were cut from only in a citation (CitedBefore: "Lệnh số 65 / C
  // 46 - P 11"; not "Đội 3 / C 46 - P 11", a unit).
  const bool cited = CitedBefore(text, start);
  if (cited && i > 0 && text[i - 1] == ' ') end = JoinDetachedDigits(text, end, &written);
  std::string segment = CanonicalStateSegment(written);
  if (std::optional<std::pair<std::string, std::string>> glued = GluedTypeAndBody(written)) {
    segments = {glued->first, glued->second};  // the hyphen left out: "121/2003/NĐCP"
  } else if (segment.empty()) {
    return false;
  } else {
    segments.push_back(segment);
  }
  const bool first_as_code = WrittenAsCode(written, segment);
  const bool first_unlisted = IsUnlistedBodyCode(written) && FindIssuingBody(segment) == nullptr &&
                              FindDocumentType(segment) == nullptr;
  bool spaced = false;  // blanks around the last dash: word-segmented text writes "VKSTC - V 3"
  while (true) {
    std::size_t dash_at = SkipInnerBlanks(text, end);
    std::size_t dash = DashLength(text, dash_at);
    // A slash for the dash after a type ("1512 / QĐ / TTg", "157/QĐ/HĐBT") or a State body
    // ("2520/UBND/GPMB"), and between the bodies of a joint circular that began so
    // ("912/2001/TTLT/UBDTMN/BKHĐT").
    const bool joint = segments[0] == "TTLT" && (segments.size() == 1 || slashed);
    const bool slash_for_dash = dash == 0 && dash_at < text.size() && text[dash_at] == '/' &&
                                ((segments.size() == 1 && ((FindDocumentType(segments[0]) != nullptr &&
                                                            CountLetters(segments[0]) >= 2) ||
                                                           IsStateBody(segments[0]))) ||
                                 joint);
    if (slash_for_dash) dash = 1;
    // One blank for the dash between a State type and a State body written as its code, where
    // nothing goes on: "30/2020/NĐ CP ngày", "15/2016/TT BTC" (read in part before); or a body
    // no table knows, where the citation goes on at once ("số 551/QĐ ĐHH ngày").
    const bool blank_for_dash =
        dash == 0 && segments.size() == 1 && dash_at == end + 1 && text[end] == ' ' &&
        FindDocumentType(segments[0], CodeSystem::kState) != nullptr && CountLetters(segments[0]) >= 2 &&
        (StateBodyCodeAt(text, dash_at) || UnlistedBodyAfterBlankAt(text, start, dash_at));
    if (blank_for_dash) dash_at = end;
    if (dash == 0 && !blank_for_dash) break;
    std::size_t next = SkipInnerBlanks(text, dash_at + dash + (blank_for_dash ? 1 : 0));
    if (SubjectLineAt(text, next)) break;
    std::size_t after = ReadCode(text, next, &written);
    if (after == next) break;
    if (cited && text[next - 1] == ' ') after = JoinDetachedDigits(text, after, &written);
    segment = CanonicalStateSegment(written);
    // A department may be numbered with dots ("TTCP-C.I") or written in mixed case ("CV-HoREA").
    if (segment.empty() && !slash_for_dash && (IsCapitalCode(written) || IsMixedCaseCode(written))) segment = written;
    if (!segment.empty() && DepartmentFollows(segments)) segment = DepartmentSpelling(written, segment);
    // After a slash, a code unknown but in capitals must end the symbol ("23/CV/VPF/2011" is not
    // one), or go on to the next body of a joint circular.
    const bool goes_on = DashLength(text, after) != 0 || (joint && after < text.size() && text[after] == '/');
    if (segment.empty() || (slash_for_dash && FindIssuingBody(segment) == nullptr &&
                            (CountLetters(segment) < 2 || (!SymbolEndsAt(text, after) && !goes_on)))) {
      break;
    }
    slashed = slash_for_dash && (segments.size() == 1 || slashed);
    spaced = dash_at != end;
    segments.push_back(segment);
    end = after;
  }
  const std::string& last = segments.back();
  const Code* first_type = FindDocumentType(segments[0], CodeSystem::kState);
  // A department's number apart, after TYPE-BODY-DEPARTMENT or BODY-DEPARTMENT ("1849 / CAT -
  // PC 46"), never after a body (TYPE-BODY: "NĐ - CP 15" is no department).
  const bool detached_department = spaced && IsCapitalCode(last) && CountLetters(last) <= 3 &&
                                   (segments.size() >= 3 || (segments.size() == 2 && first_type == nullptr));
  std::string digits;
  if (const bool legislature = last == "QH" || last == "UBTVQH"; legislature || detached_department) {
    if (std::size_t after = ReadDetachedDigits(text, end, &digits, legislature); after != end) {
      segments.back() += digits;
      end = after;
    }
  }

  const bool type_body = segments.size() >= 2 && first_type != nullptr && IsStateBody(segments[1]);
  // A Party number in State punctuation may have lost its slash too ("Nghị quyết 36 NQ-TW").
  const bool party_type_body = segments.size() == 2 && FindDocumentType(segments[0], CodeSystem::kParty) != nullptr &&
                               IsPartyBody(segments[1]);
  if (missing_slash && !type_body && !party_type_body) return false;
  if (year_join == YearJoin::kSpacedDash && !type_body) return false;
  if (year_join == YearJoin::kDash && first_type == nullptr && !IsStateBody(segments[0])) return false;
  // A letter after the number is believed before a known code only ("147X/KLJ-X" is a model).
  const bool lettered = IsAsciiAlpha(number_part.back());
  if (lettered && FindDocumentType(segments[0]) == nullptr && FindIssuingBody(segments[0]) == nullptr) return false;
  // A type alone before a State body written one blank apart belongs with it; where the body
  // goes on, no part is read ("30/2020/NĐ CP-BTP").
  if (segments.size() == 1 && first_type != nullptr &&
      (StateBodyCodeAfterBlank(text, end) || UnlistedCodeGoesOnAfterBlank(text, end))) {
    return false;
  }
  std::string short_year;
  if (segments.size() == 1 && year.empty()) {
    // Old-style "100/TTg": only a known State body or a legislature is convincing on its own;
    // a type alone ("15/SL"), or with the two digits of its year ("03/NĐ-76"), only where the
    // type is named before it ("Sắc lệnh số 15/SL") or "văn bản số" is ("văn bản số 431/TB"),
    // where no dash after it goes on to more. "92/CP/2015" and "159 / TB -2019" are none of
    // these (ParseCitedSymbol reads them whole).
    const bool cited_type = FindDocumentType(segments[0]) != nullptr && CountLetters(segments[0]) >= 2 &&
                            first_as_code &&
                            (!TypeWordBefore(text, start).empty() || DocumentWordsBefore(text, start));
    if (cited_type && end + 3 <= text.size() && text[end] == '-' && IsAsciiDigit(text[end + 1]) &&
        IsAsciiDigit(text[end + 2]) && !IsWordCharAt(text, end + 3)) {
      short_year = text.substr(end, 3);
      end += 3;
    }
    // A code no table knows, after the type's name ("Công văn số 173/BTTM") or "văn bản số".
    // A permit's code ("GPXD", a building permit's) after "giấy phép" and the permit's kind.
    const bool cited_body = first_unlisted && UnlistedBodyEndsAt(text, end) &&
                            (!TypeWordBefore(text, start).empty() || DocumentWordsBefore(text, start) ||
                             (segments[0].starts_with("GP") && PermitNamedBefore(text, start)));
    if (cited_type && (!SymbolEndsAt(text, end) || DashGoesOnAfterBlanks(text, end))) return false;
    if (end < text.size() && text[end] == '/') return false;
    if (!IsStateBody(segments[0]) && !IsLegislatureTerm(segments[0]) && !cited_type && !cited_body) return false;
  }

  // A symbol that goes on past what was read, by a dash or slash glued to more of a code
  // ("53/VPF-CV-2012", "01/2015/HTĐT/HADICO7-BĐS"), is read whole or not at all: a part would be
  // another number. Other text glued to it ends it ("NĐ-CPngày", "QĐ-BNV(A11)", "NĐ-CP/ ngày").
  if (GoesOnAt(text, end)) return false;
  const Code* party_type = FindDocumentType(segments[0], CodeSystem::kParty);
  if (year.empty() && segments.size() == 2 && party_type != nullptr && IsPartyBody(segments[1]) &&
      number_part == CanonicalNumber(number)) {
    mention->system = IdentifierSystem::kParty;
    mention->number = number_part;
    mention->type = party_type->code;  // "1/QĐI-TW" → 01-QĐi/TW, as that reads back
    mention->body = segments[1];
    mention->canonical = mention->number + "-" + mention->type + "/" + segments[1];
    mention->span = {start, end};
    return true;
  }

  mention->system = IdentifierSystem::kState;
  mention->span = {start, end};
  mention->number = number_part.substr(0, number_part.find('-'));
  mention->year = year;
  std::string symbol;
  for (const std::string& part : segments) {
    if (!symbol.empty()) symbol += "-";
    symbol += part;
  }
  mention->canonical = number_part + "/" + (year_in_path ? year + "/" : "") + symbol + short_year;
  if (first_type != nullptr && segments.size() > 1) {
    mention->type = segments[0];
    mention->body = segments[1];
  } else if (segments.size() == 1 && IsLegislatureTerm(segments[0])) {
    // NN/YYYY/QHnn numbers laws of the National Assembly of term nn.
    mention->type = year_in_path ? "L" : "";
    mention->body = "QH";
  } else if (segments.size() == 1 && !IsStateBody(segments[0]) && FindDocumentType(segments[0]) != nullptr) {
    mention->type = segments[0];  // "15/SL"
    mention->body = "";
  } else {
    mention->type = first_type != nullptr ? segments[0] : "CV";  // "1517/BNN-HTQT": a letter
    mention->body = first_type != nullptr ? "" : segments[0];
  }
  return true;
}

// Old State numbers joined by a hyphen to one code: "Nghị định 36-CP", "436-TTg", and with a
// type named before it, "Sắc lệnh số 58-SL" (then blanks may surround the hyphen: "Nghị định
// số 23 - CP"). QH alone is left out: it is a series of car plates. A body may go on with
// slashes to its department and the type, as the Republic of Vietnam's ministries numbered
// ("281-BNV/HC/NĐ", "420-BNV/HCĐP/26"): kept whole. After the type's name, one blank may stand
// for the hyphen before the Government's old codes ("Nghị định số 26 CP") or, after Sắc lệnh or
// Nghị định, a body no table knows ("sắc lệnh số 174 NV"), where the number ends.
bool ParseOldStyle(std::string_view text, std::size_t start, std::size_t after_number,
                   std::string_view number, IdentifierMention* mention) {
  // A letter glued to the number, the hyphen right after it, marks a document numbered after
  // another ("Quyết định số 33B-HĐBT"), with the type named before it (not "xe 29A-CP"); it is
  // kept as written.
  std::string letter;
  if (after_number + 1 < text.size() && IsNumberLetter(text[after_number]) && DashLength(text, after_number + 1) != 0) {
    letter = text[after_number++];
  }
  std::size_t dash_at = SkipSpaces(text, after_number);
  // One blank at most before the hyphen, a space or a no-break space.
  if (dash_at != after_number && SpaceWidth(text, after_number) != dash_at - after_number) return false;
  std::size_t dash = DashLength(text, dash_at);
  const bool blank_for_hyphen = dash == 0;
  // A code glued to its number is no old number ("Đề án 667BDRM", a model), but for a ministry's
  // path (below); after a blank, the cheap test first ("12 người").
  const bool glued = blank_for_hyphen && dash_at == after_number;
  if (blank_for_hyphen && !IsCapitalAt(text, dash_at)) return false;
  const bool spaced = dash_at != after_number || SpaceWidth(text, dash_at + dash) != 0;
  const std::size_t code_at = SkipSpaces(text, dash_at + dash);
  std::string written;
  std::size_t end = ReadSegment(text, code_at, &written);
  if (end == code_at) return false;
  const std::string code = CanonicalStateSegment(written);
  if (code.empty() || code == "QH") return false;
  const Code* body = FindIssuingBody(code);
  const Code* type = FindDocumentType(code, CodeSystem::kState);
  const bool by_body = body != nullptr && body->system == CodeSystem::kState;
  std::optional<std::string> type_word;  // read back from `start` once, when needed
  const auto cited_by_type = [&] {
    if (!type_word) type_word = TypeWordBefore(text, start);
    return !type_word->empty();
  };
  // A code no table knows is believed as a body's after the type's name ("Sắc lệnh số
  // 16-NV", "Sắc lệnh 143/VN"), written close, or with a blank for the hyphen after the name of
  // a type of those years (Sắc lệnh, Nghị định: "sắc lệnh số 174 NV").
  const bool unlisted_body = body == nullptr && type == nullptr && (!spaced || blank_for_hyphen) &&
                             IsUnlistedBodyCode(written) && UnlistedBodyEndsAt(text, end) && cited_by_type() &&
                             (!blank_for_hyphen || *type_word == "Sắc lệnh" || *type_word == "Nghị định");
  if (!by_body && !unlisted_body && (type == nullptr || CountLetters(code) < 2 || !WrittenAsCode(written, code))) {
    return false;
  }
  // A ministry's (Bộ's) number with two parts or more after slashes, the first a code
  // (department, office, type), as the Republic of Vietnam's were, may be written with a blank
  // for the hyphen or none where the type's name cites it ("Nghị định số 620 BNV/NC/NĐ",
  // "553BNV/HCĐP/NĐ"; not "1234 UBND/VX/2015", "620 BTC/12/2015").
  const bool ministry_path = by_body && code.starts_with("B") && WrittenAsCode(written, code) &&
                             end + 1 < text.size() && text[end] == '/' && IsAsciiAlpha(text[end + 1]) &&
                             cited_by_type();
  if (glued && !ministry_path) return false;
  // Otherwise a blank is a hyphen only before the code of the Government's old numbers, written
  // as a code, where nothing goes on ("Nghị định số 26 CP ngày …", not "số 12 CP/HĐ", "số 5 CP -
  // 2", nor "Quyết định số 1234 UBND tỉnh", where "của" is left out).
  const bool government = code == "CP" || code == "TTg" || code == "HĐBT";
  if (blank_for_hyphen && !ministry_path &&
      !(unlisted_body || (government && WrittenAsCode(written, code) && UnlistedBodyEndsAt(text, end)))) {
    return false;
  }
  if ((spaced || !by_body || !letter.empty()) && !cited_by_type()) return false;
  std::string symbol = code;
  // Departments follow a body written as a code is ("281-BNV/HC/NĐ"); "12-CP/QH" is a Party
  // punctuation of 12/CP-QH (ParseParty), and "12-Cp/QH" is neither.
  const bool departments = by_body && (!spaced || ministry_path) && WrittenAsCode(written, code);
  int parts = 0;
  for (; departments && parts < kMostDepartments && end + 1 < text.size() && text[end] == '/'; ++parts) {
    std::string department;
    std::size_t after = ReadSegment(text, end + 1, &department);
    if (after == end + 1) after = ReadNumber(text, end + 1, &department);
    if (after == end + 1 || IsWordCharAt(text, after)) break;
    const std::string spelled = IsAsciiDigit(department[0]) ? department : CanonicalStateSegment(department);
    if (spelled.empty()) break;
    symbol += "/" + spelled;
    end = after;
  }
  if (!SymbolEndsAt(text, end) || CutAtLineEnd(text, end) || (blank_for_hyphen && ministry_path && parts < 2)) {
    return false;
  }
  mention->system = IdentifierSystem::kState;
  mention->number = CanonicalNumber(number) + letter;
  mention->type = by_body || unlisted_body ? "" : code;
  mention->body = by_body || unlisted_body ? code : "";
  mention->canonical = mention->number + "-" + symbol;
  mention->span = {start, end};
  return true;
}

// The spelling of one code of an unusual symbol (ParseCitedSymbol): a code a table knows in its
// canonical spelling (a State type, a body, then a Party type: "QĐI" is QĐi; a Party body in
// dotted initials: "T.W", "H.U"), one no table knows in capitals as written; "" for anything
// else. `department`: a department's place (DepartmentFollows), where a table's code met only by
// a D read as Đ keeps its D (DepartmentSpelling).
std::string SpellSymbolCode(std::string_view written, bool department) {
  std::string code = CanonicalStateSegment(written);
  if (const Code* type = FindDocumentType(written);
      type != nullptr && FindDocumentType(written, CodeSystem::kState) == nullptr &&
      FindIssuingBody(written) == nullptr) {
    code = type->code;  // a Party type ("QĐI" is QĐi), which the State's segment keeps as written
  }
  if (code.empty() && written.find('.') != std::string_view::npos) {
    std::string initials;
    bool one_letter_pieces = true;
    for (std::size_t from = 0; from <= written.size();) {
      const std::size_t dot = std::min(written.find('.', from), written.size());
      one_letter_pieces = one_letter_pieces && CountLetters(written.substr(from, dot - from)) == 1;
      initials += written.substr(from, dot - from);
      from = dot + 1;
    }
    if (one_letter_pieces && IsPartyBody(CanonicalBody(initials))) code = CanonicalBody(initials);
  }
  if (code.empty() || !WrittenAsCode(written, code)) return "";
  return department ? DepartmentSpelling(written, code) : code;
}

// The spelling of one part of an unusual symbol: SpellSymbolCode of the whole part, or, for a
// part written with dots that no table knows whole ("QĐ.UB"; "T.Ư" is TW), of each piece. Adds
// the spelled codes to *codes, in order: a code's place, a department's or not, follows from
// those before it (DepartmentFollows). "" when a piece is not a code.
std::string SpellSymbolPart(std::string_view written, std::vector<std::string>* codes) {
  const auto department = [&] { return !codes->empty() && DepartmentFollows(*codes); };
  if (std::string whole = SpellSymbolCode(written, department());
      !whole.empty() && (written.find('.') == std::string_view::npos || FindIssuingBody(whole) != nullptr ||
                         FindDocumentType(whole) != nullptr)) {
    codes->push_back(whole);
    return whole;
  }
  std::string spelled;
  for (std::size_t from = 0; from <= written.size();) {
    const std::size_t dot = std::min(written.find('.', from), written.size());
    const std::string code = SpellSymbolCode(written.substr(from, dot - from), department());
    if (code.empty()) return "";
    codes->push_back(code);
    spelled += (from > 0 ? "." : "") + code;
    from = dot + 1;
  }
  return spelled;
}

// Where the list separator before the item at pos begins: a comma (or, with `semicolon`, a
// semicolon) or "và" after blanks; npos when there is none.
std::size_t ListSeparatorBefore(std::string_view text, std::size_t pos, bool semicolon) {
  const std::size_t i = SkipSpacesBack(text, pos);
  std::size_t word_start = 0;
  if (i > 0 && (text[i - 1] == ',' || (semicolon && text[i - 1] == ';'))) return i - 1;
  if (i != pos && FoldedWordBefore(text, i, &word_start) == "va") return word_start;
  return std::string_view::npos;
}

// The start of the number with a symbol that the number at pos follows in a list, after "và",
// a comma or a semicolon ("26/CV/VPF/2012 và 29/CV/VPF/2012"): digits, then at once a slash or a
// dash, then a capital further on ("29A-123.45", a plate, is none); npos when there is none.
std::size_t ListItemBefore(std::string_view text, std::size_t pos) {
  const std::size_t i = ListSeparatorBefore(text, pos, /*semicolon=*/true);
  if (i == std::string_view::npos) return i;
  const std::size_t word_end = SkipSpacesBack(text, i);
  std::size_t begin = word_end;
  while (begin > 0 && word_end - begin < 2 * kMaxSegmentBytes && text[begin - 1] != ' ' && text[begin - 1] != '\n') {
    --begin;
  }
  const std::string_view word = text.substr(begin, word_end - begin);
  const std::size_t digits = std::min(word.find_first_not_of("0123456789"), word.size());
  const std::string_view symbol = word.substr(digits);
  const bool numbered = digits > 0 && !symbol.empty() && (symbol[0] == '/' || DashLength(symbol, 0) != 0) &&
                        std::any_of(symbol.begin(), symbol.end(), [](char c) { return IsAsciiUpper(c); });
  return numbered ? begin : std::string_view::npos;
}

// True when the number at pos is an item of a list of numbers with symbols whose first item is
// cited by its type's name or "văn bản số" ("công văn số 26/CV/VPF/2012 và 29/CV/VPF/2012"; not
// "tờ bản đồ số 12-TB-2015; 13-TB-2016"), at most kMostListItems items back.
bool ListedAfterCitedNumber(std::string_view text, std::size_t pos) {
  for (int items = 0; items < kMostListItems; ++items) {
    pos = ListItemBefore(text, pos);
    if (pos == std::string_view::npos) return false;
    if (!TypeWordBefore(text, pos).empty() || DocumentWordsBefore(text, pos)) return true;
  }
  return false;
}

// The one identifier a regular parser (ParseParty, ParseState, ParseOldStyle) reads from the
// start of `canonical`, with the span it covers; nullopt when none reads one.
std::optional<IdentifierMention> RegularReading(std::string_view canonical) {
  std::string number;
  const std::size_t after_number = ReadNumber(canonical, 0, &number);
  if (after_number == 0) return std::nullopt;
  IdentifierMention reading;
  if (ParseParty(canonical, 0, after_number, number, &reading) ||
      ParseState(canonical, 0, after_number, number, &reading) ||
      ParseOldStyle(canonical, 0, after_number, number, &reading)) {
    return reading;
  }
  return std::nullopt;
}

// True when the number at `start` is cited so that a symbol of unusual shape after it is
// believed (ParseCitedSymbol): after its type's name, "văn bản số" or a "Số" heading its line,
// listed after a number so cited, or alone in the text (as typed to look it up; `end` is where the
// symbol ends).
bool CitedForUnusualSymbol(std::string_view text, std::size_t start, std::size_t end) {
  if (!TypeWordBefore(text, start).empty() || DocumentWordsBefore(text, start) ||
      ListedAfterCitedNumber(text, start)) {
    return true;
  }
  bool found_so = false;
  const std::size_t line_start = SkipBackOverSo(text, start, &found_so);
  if (found_so && (line_start == 0 || text[line_start - 1] == '\n' || text[line_start - 1] == '\r')) return true;
  return SkipSpacesBack(text, start) == 0 && text.find_first_not_of(" \t\r\n", end) == std::string_view::npos;
}

// A cited number whose symbol has a shape none of the parsers above reads, read whole and kept
// as written (its separators as written, blanks dropped, each code spelled by SpellSymbolPart):
// a year after the symbol ("Nghị định 92/CP/2015", "công văn số 53/VPF-CV-2012",
// "23/CV/VPF/2011"), a code with its number after a slash ("73/QĐ-BCĐ389/TP"), old numbers all in
// hyphens ("103-NQ-TVQH", "709-BNV-HC") or in more parts than a table knows ("357-ĐUHC/NC/NĐ"), a
// dot for the dash ("3109/QĐ.UB-KH"). Such symbols are too varied to rewrite, and a part of one
// would be another number. Believed only where CitedForUnusualSymbol; with at least two parts,
// one of them a code a table knows; at most one year, of four digits; nothing glued on after
// it. Where a regular parser reads the canonical form so written, its reading is taken (the form
// must read back as itself: "05/2012 - CT/TU" is 05/2012/CT-TU), or nothing when it reads a part.
// The type is the first code's when it is a type's, the body the first body's among the two
// codes after the type (or the first two, without one).
bool ParseCitedSymbol(std::string_view text, std::size_t start, std::size_t after_number,
                      std::string_view number, IdentifierMention* mention) {
  std::string symbol;
  std::string year;
  std::vector<std::string> codes;
  int parts = 0;
  std::size_t end = after_number;
  for (; parts < kMostSymbolParts; ++parts) {
    // Within its line: a symbol of unusual shape is not read across a line break, where the next
    // line's first word in capitals would be taken for a part ("36-CP-", "UBND huyện").
    const std::size_t separator_at = SkipSpaces(text, end);
    std::size_t next = separator_at;
    char separator = '-';
    if (std::size_t dash = DashLength(text, separator_at)) {
      next += dash;
    } else if (separator_at < text.size() && text[separator_at] == '/') {
      separator = '/';
      ++next;
    } else {
      break;
    }
    // After a year written next to the number comes a slash, as in the State shape
    // ("02/2017 - BYT" is 02/2017/BYT, as "02/2017- BYT" reads).
    if (parts == 1 && !year.empty()) separator = '/';
    next = SkipSpaces(text, next);
    std::string written;
    std::size_t after = ReadNumber(text, next, &written);
    if (after != next) {
      if (!year.empty() || written.size() != 4 || written < "1945" || written > "2099") return false;
      year = written;
      symbol += separator + written;
      end = after;
      continue;
    }
    after = ReadSegment(text, next, &written);
    if (after == next) break;
    if (AmbiguousLetterAfter(text, after, written)) return false;
    const std::string spelled = SpellSymbolPart(written, &codes);
    if (spelled.empty()) return false;
    symbol += separator + spelled;
    end = after;
  }
  const bool known = std::any_of(codes.begin(), codes.end(), [](const std::string& code) {
    return CountLetters(code) >= 2 && (FindDocumentType(code) != nullptr || FindIssuingBody(code) != nullptr);
  });
  if (parts < 2 || !known) return false;
  if (!SymbolEndsAt(text, end) || GoesOnAt(text, end) || StateBodyCodeAfterBlank(text, end)) return false;
  if (!CitedForUnusualSymbol(text, start, end)) return false;
  const std::string canonical = CanonicalNumber(number) + symbol;
  if (std::optional<IdentifierMention> reading = RegularReading(canonical)) {
    if (reading->span.end != canonical.size()) return false;
    *mention = std::move(*reading);
    mention->span = {start, end};
    return true;
  }
  mention->number = CanonicalNumber(number);
  mention->year = year;
  // Codes kept as written (a department's D) are none of the table's.
  const auto is_type = [](const std::string& code) {
    const Code* type = FindDocumentType(code);
    return type != nullptr && type->code == code;
  };
  const auto is_body = [](const std::string& code) {
    const Code* body = FindIssuingBody(code);
    return body != nullptr && body->code == code;
  };
  mention->type = is_type(codes[0]) ? codes[0] : "";
  mention->body.clear();
  const std::size_t first_body = mention->type.empty() ? 0 : 1;
  for (std::size_t i = first_body; i < codes.size() && i < first_body + 2 && mention->body.empty(); ++i) {
    if (is_body(codes[i])) mention->body = codes[i];
  }
  mention->system = IsPartyBody(mention->body) ? IdentifierSystem::kParty : IdentifierSystem::kState;
  mention->canonical = canonical;
  mention->span = {start, end};
  return true;
}

// --- Context --------------------------------------------------------------------------------

// The folded (ASCII, lower-case) text of the word ending exactly at pos, or "".
std::string FoldedWordBefore(std::string_view text, std::size_t pos, std::size_t* word_start) {
  const CharTables& tables = CharTables::Get();
  std::u32string reversed;
  std::size_t i = pos;
  while (i > 0 && reversed.size() < 16) {
    std::size_t length = 0;
    char32_t cp = CodePointBefore(text, i, &length);
    if (!IsWordChar(cp)) break;
    char32_t folded = tables.StripDiacritics(cp);
    if (folded != 0) reversed.push_back(folded);
    i -= length;
  }
  *word_start = i;
  std::string word;
  for (auto it = reversed.rbegin(); it != reversed.rend(); ++it) {
    word.push_back(*it < 0x80 ? static_cast<char>(*it) : '?');
  }
  return word;
}

// The type's code glued before the number at pos as a shorthand of its name ("TT133/2016/TT-BTC",
// "NĐ100/2015/NĐ-CP"): a code in capitals that begins a word, a type's of two letters or more, as
// the table spells it ("ND" is NĐ); "" when none, and where it begins in *code_begin when given.
// The number must then be of that type (ParseAt).
std::string GluedTypeCodeBefore(std::string_view text, std::size_t pos, std::size_t* code_begin = nullptr) {
  std::size_t begin = pos;
  while (begin > 0 && pos - begin < 8 &&
         (IsAsciiUpper(text[begin - 1]) || (begin >= 2 && DWithStrokeAt(text, begin - 2) == "Đ"))) {
    begin -= IsAsciiUpper(text[begin - 1]) ? 1 : 2;
  }
  std::size_t length = 0;
  if (begin == pos || (begin > 0 && IsWordChar(CodePointBefore(text, begin, &length)))) return "";
  if (code_begin != nullptr) *code_begin = begin;
  const std::string_view written = text.substr(begin, pos - begin);
  const Code* type = FindDocumentType(written);
  return type != nullptr && CountLetters(type->code) >= 2 ? std::string(type->code) : "";
}

// True when the digit at text[pos] can start an identifier: it begins a word, or follows "số"
// directly ("số05-CT/TW") or a type's code (GluedTypeCodeBefore), and is not inside a longer
// token such as a date, a price, a URL, "COVID-19", a standard's code ("QCVN 10-MT:2015/BTNMT",
// "QCVN 28:2010/BTNMT", "QCVN 43-.2012/BTNMT") or a number spaced around its slashes.
bool CanStartAt(std::string_view text, std::size_t pos) {
  // Not after digits and a colon, a blank at most between: a standard's year ("QCVN
  // 28:2010/BTNMT", "28: 2010/BTNMT") is a part of its code.
  if (const std::size_t colon_end = SkipSpacesBack(text, pos);
      pos - colon_end <= 1 && colon_end >= 2 && text[colon_end - 1] == ':' && IsAsciiDigit(text[colon_end - 2])) {
    return false;
  }
  std::size_t length = 0;
  char32_t before = CodePointBefore(text, pos, &length);
  std::size_t word_start = 0;
  if (IsWordChar(before)) {
    return FoldedWordBefore(text, pos, &word_start) == "so" || !GluedTypeCodeBefore(text, pos).empty();
  }
  const auto joins = [](char32_t c) { return c == '-' || c == '/' || c == '.' || c == ',' || c == '_'; };
  if (joins(before)) {
    std::size_t ignored = 0;
    const char32_t further = CodePointBefore(text, pos - length, &ignored);
    return !IsWordChar(further) && !joins(further);
  }
  if (before == ':') {
    // Not after a code in capitals that ends a number and a dash ("10-MT:", "10- MT:"); after
    // anything else, yes ("Số:", a query's field "cites:" or "-cites:").
    std::size_t i = pos - length;
    while (i > 0 && (IsAsciiUpper(text[i - 1]) || IsAsciiDigit(text[i - 1]))) --i;
    if (i == pos - length) return true;
    while (i > 0 && text[i - 1] == ' ') --i;
    return !(i >= 2 && text[i - 1] == '-' && IsAsciiDigit(text[i - 2]));
  }
  // Not after a slash between blanks that follows a number (a letter after it too): what follows
  // is a part of that number ("30a / 2008 / NQ - CP", the word-segmented 30a/2008/NQ-CP, is no
  // 2008/NQ-CP). A counter's slash ("1/ 12/2015/NĐ-CP", "a/ 05-CT/TW") has no blank before it.
  if (const std::size_t slash = SkipSpacesBack(text, pos); slash != pos && slash > 0 && text[slash - 1] == '/') {
    std::size_t number_end = SkipSpacesBack(text, slash - 1);
    if (number_end == slash - 1) return true;
    if (number_end > 0 && IsAsciiAlpha(text[number_end - 1])) --number_end;
    return number_end == 0 || !IsAsciiDigit(text[number_end - 1]);
  }
  return true;
}

// Moves back from pos over blanks, a "số" and a colon: the start of "Số: " before a number.
std::size_t SkipBackOverSo(std::string_view text, std::size_t pos, bool* found_so) {
  std::size_t i = pos;
  auto skip_blanks = [&] {
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == ':')) --i;
  };
  skip_blanks();
  std::size_t word_start = 0;
  *found_so = FoldedWordBefore(text, i, &word_start) == "so";
  if (*found_so) {
    i = word_start;
    skip_blanks();
    // A "số" written twice by a slip ("thông báo số số 431/TB") is one.
    if (FoldedWordBefore(text, i, &word_start) == "so") {
      i = word_start;
      skip_blanks();
    }
  }
  return i;
}

bool IsHeader(std::string_view text, std::size_t pos, std::size_t end) {
  bool found_so = false;
  std::size_t i = SkipBackOverSo(text, pos, &found_so);
  if (!found_so || (i != 0 && text[i - 1] != '\n' && text[i - 1] != '\r')) return false;
  // Nothing else on the line but the place and date printed beside it ("Hà Nội, ngày …"): a
  // sentence going on after the number ("Số 21-NQ/TW ra đời …") cites it.
  // A lone CR ends a line too; the place and date stand close (and a bounded look keeps the scan
  // linear whatever the line endings).
  const std::string_view line = text.substr(end, kMaxHeaderRest);
  const std::string_view rest = line.substr(0, std::min(line.find_first_of("\r\n"), line.size()));
  if (rest.find_first_not_of(" \t") == std::string_view::npos) return true;
  for (std::size_t at = 0; at < rest.size(); ++at) {
    if ((at == 0 || rest[at - 1] == ' ' || rest[at - 1] == ',') && MatchFoldedWord(rest, at, "ngay") != 0) return true;
  }
  return false;
}

// The type name written just before the number ("Quy định số 08-QĐi/TW" → "Quy định").
std::string TypeWordBefore(std::string_view text, std::size_t pos) {
  bool found_so = false;
  std::size_t end = SkipBackOverSo(text, pos, &found_so);
  while (end > 0 && text[end - 1] == ' ') --end;
  // Fold up to four words before `end` and compare their tails with every type name. A name of
  // one word may end a longer one ("Sắc lệnh", not "Lệnh"): one more word is tried after it.
  std::string folded_tail;
  std::string name;
  std::size_t i = end;
  for (int words = 0; words < 4 && i > 0 && (name.empty() || words == 1); ++words) {
    std::size_t word_start = 0;
    std::string word = FoldedWordBefore(text, i, &word_start);
    if (word.empty()) break;
    folded_tail = folded_tail.empty() ? word : word + " " + folded_tail;
    i = word_start;
    // Word-segmented text joins the syllables of a name with '_' ("Quyết_định").
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '_')) --i;
    if (const Code* type = FindDocumentTypeByName(folded_tail)) name = type->name;
  }
  return name;
}

// True when "văn bản số" (a document, number) is written just before pos: a number follows as
// surely as after a type's name, though the words name no type ("văn bản số 834/SGTVT").
bool DocumentWordsBefore(std::string_view text, std::size_t pos) {
  bool found_so = false;
  const std::size_t i = SkipBackOverSo(text, pos, &found_so);
  return found_so && VanBanBefore(text, i);
}

// True when "văn bản" (or word-segmented "văn_bản") ends just before pos, blanks aside.
bool VanBanBefore(std::string_view text, std::size_t pos) {
  std::size_t i = pos;
  while (i > 0 && text[i - 1] == ' ') --i;
  std::size_t word_start = 0;
  if (FoldedWordBefore(text, i, &word_start) != "ban") return false;
  i = word_start;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '_')) --i;  // "văn_bản" when word-segmented
  return FoldedWordBefore(text, i, &word_start) == "van";
}

// True when "giấy phép" stands at most kMaxPermitKindWords words before pos in its clause, as
// a permit's number follows its kind ("giấy phép xây dựng số 95/GPXD", "giấy phép đào hè - đào
// đường số 03/GPĐH", the word-segmented "giấy_phép 5774 / GPQH").
bool PermitNamedBefore(std::string_view text, std::size_t pos) {
  std::size_t i = pos;
  std::string later;  // the word after the one just read
  for (int words = 0; words <= kMaxPermitKindWords + 2 && i > 0; ++words) {
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '_' || text[i - 1] == '-')) --i;
    std::size_t word_start = 0;
    std::string word = FoldedWordBefore(text, i, &word_start);
    if (word.empty()) return false;  // punctuation, a digit: the clause ends
    if (word == "giay" && later == "phep") return true;
    later = std::move(word);
    i = word_start;
  }
  return false;
}

// Whether `word`, in lower case, ends an issuer phrase (`folded`: its letters without marks). A
// word written with marks is a stop only with the stop's own: "tải" (Sở Giao thông vận tải),
// "dược" (Cục Quản lý dược), "tư" (Đầu tư) fold to the letters of "tại", "được", "từ". One
// written without any mark, in text typed so, is one by its letters.
bool IsStopWordForIssuer(std::string_view word, std::string_view folded) {
  struct Stop {
    std::string_view folded;
    std::string_view marked;
  };
  // Also the first syllables of what an issuer does next ("sửa đổi", "thay thế", "bãi bỏ",
  // "yêu cầu", "ký", "nêu", "hướng dẫn"), lest its name run on into the clause.
  static constexpr std::array<Stop, 27> kStops = {{
      {"ngay", "ngày"}, {"ve", "về"}, {"da", "đã"}, {"duoc", "được"}, {"dang", "đang"},
      {"se", "sẽ"}, {"la", "là"}, {"nham", "nhằm"}, {"theo", "theo"}, {"tai", "tại"},
      {"voi", "với"}, {"trong", "trong"}, {"va", "và"}, {"ban", "ban"}, {"cua", "của"},
      {"tren", "trên"}, {"cho", "cho"}, {"den", "đến"}, {"tu", "từ"}, {"con", "còn"},
      {"sua", "sửa"}, {"thay", "thay"}, {"bai", "bãi"}, {"yeu", "yêu"}, {"ky", "ký"},
      {"neu", "nêu"}, {"huong", "hướng"}}};
  for (const Stop& stop : kStops) {
    if (folded != stop.folded) continue;
    return word == folded || ExactForm(word) == stop.marked;
  }
  return false;
}

// Words that start a clause rather than continue a list of nouns: a comma before one of them
// ends a subject ("…, chi bộ đã họp").
bool StartsClause(std::string_view folded) {
  static constexpr std::array<std::string_view, 14> kClauseWords = {
      "da", "duoc", "se", "dang", "la", "co", "can", "phai", "nham", "theo", "tai", "ngay", "dong", "trong"};
  for (std::string_view word : kClauseWords) {
    if (folded == word) return true;
  }
  return false;
}

// Whether `folded`, a word without marks, heads the name of an organ of which a committee or
// board may be part: "Quốc hội", "Chính phủ", "Bộ …", "Tỉnh ủy", "Hội đồng", "Mặt trận", "UBND" …
bool IsOrganHead(std::string_view folded) {
  static constexpr std::array<std::string_view, 13> kHeads = {
      "quoc", "chinh", "bo", "tinh", "thanh", "huyen", "dang", "hoi", "mat", "uy", "ubnd", "hdnd", "trung"};
  return std::find(kHeads.begin(), kHeads.end(), folded) != kHeads.end();
}

// Reads the word at text[begin] (word characters only) into *folded, its letters without marks;
// returns its end (begin when none).
std::size_t ReadFoldedWord(std::string_view text, std::size_t begin, std::string* folded) {
  const CharTables& tables = CharTables::Get();
  folded->clear();
  std::size_t j = begin;
  while (j < text.size()) {
    std::size_t length = 0;
    const char32_t cp = CodePointAt(text, j, &length);
    if (!IsWordChar(cp)) break;
    const char32_t f = tables.StripDiacritics(cp);
    if (f != 0 && f < 0x80) folded->push_back(static_cast<char>(f));
    j += length;
  }
  return j;
}

// Reads words from text[i] until punctuation, a line break, a stop word (with `stop_words`; not
// the "ban" of "Ủy ban", nor a "của" within a committee's name: see below) or max_words.
// Returns the end of the last word read (i when none). Counts the words read in *words_read and
// notes in *clause whether one of them starts a clause, when given.
std::size_t ReadPhrase(std::string_view text, std::size_t i, int max_words, bool stop_words,
                       int* words_read = nullptr, bool* clause = nullptr) {
  std::size_t end = i;
  std::string previous, folded, next;  // the word before, this one, the one after: folded
  bool committee = false;  // the phrase starts "Ủy ban" or "Ban"
  for (int words = 0; words < max_words; ++words) {
    std::size_t word_begin = SkipSpaces(text, end);
    // Word-segmented text joins a word's syllables with "_" ("Ủy_ban nhân_dân"): a blank here.
    if (words > 0 && word_begin == end && word_begin < text.size() && text[word_begin] == '_') ++word_begin;
    if (std::size_t dash = words > 0 ? DashLength(text, word_begin) : 0) {
      word_begin = SkipSpaces(text, word_begin + dash);  // "Lao động - Thương binh", "2012 – 2015"
    }
    const std::size_t j = ReadFoldedWord(text, word_begin, &folded);
    if (j == word_begin) break;
    // "ban hành" ends an issuer phrase, but "Ban" (capital) starts one: only lower-case stops; and
    // "Ủy ban" is a name ("của Ủy ban nhân dân tỉnh", "của Ủy ban Tư pháp"), though not before
    // "hành" ("Tỉnh ủy ban hành …"). A committee or board may be named as another organ's ("Ủy
    // ban Tư pháp của Quốc hội", "Ban Tuyên giáo của Tỉnh ủy"): "của" before the capital that
    // heads an organ's name goes on (not before a person's name).
    if (words == 0) committee = folded == "ban";
    if (words == 1 && folded == "ban" && previous == "uy") committee = true;
    bool within_name = false;
    if ((folded == "ban" && previous == "uy") || (folded == "cua" && committee)) {
      const std::size_t next_begin = SkipSpaces(text, j);
      ReadFoldedWord(text, next_begin, &next);
      std::size_t length = 0;
      within_name = folded == "ban" ? next != "hanh"
                                    : next_begin < text.size() && IsOrganHead(next) &&
                                          u_isupper(static_cast<UChar32>(CodePointAt(text, next_begin, &length)));
    }
    if (stop_words && !within_name && IsStopWordForIssuer(text.substr(word_begin, j - word_begin), folded) &&
        !IsAsciiUpper(text[word_begin]) && DWithStrokeAt(text, word_begin) != "Đ") {
      break;
    }
    if (words_read != nullptr) *words_read = words + 1;
    // Lower case only: "Đảng" is a noun, "đang" starts a clause.
    std::size_t first_length = 0;
    if (clause != nullptr && StartsClause(folded) &&
        u_islower(static_cast<UChar32>(CodePointAt(text, word_begin, &first_length)))) {
      *clause = true;
    }
    std::swap(previous, folded);
    end = j;
  }
  return end;
}

// An unquoted subject: a phrase, which goes on past a comma into a short list item
// ("… làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"): at most kMaxListItemWords words, in
// lower case, none starting a clause, ending at punctuation. "…, Ban Thường vụ …" (a capital),
// "…, chi bộ đã họp" (a clause) and a long run of words end it.
std::size_t ReadSubject(std::string_view text, std::size_t begin) {
  std::size_t end = ReadPhrase(text, begin, kMaxSubjectWords, /*stop_words=*/false);
  while (end < text.size() && text[end] == ',') {
    const std::size_t next = SkipSpaces(text, end + 1);
    if (next >= text.size()) break;
    std::size_t length = 0;
    if (!u_islower(static_cast<UChar32>(CodePointAt(text, next, &length)))) break;
    int words = 0;
    bool clause = false;
    const std::size_t item_end = ReadPhrase(text, next, kMaxListItemWords + 1, /*stop_words=*/false, &words, &clause);
    const bool at_punctuation = item_end >= text.size() || text[item_end] == ',' || text[item_end] == '.' ||
                                text[item_end] == ';' || text[item_end] == ')' || text[item_end] == '\n';
    if (words > kMaxListItemWords || clause || !at_punctuation) break;
    end = item_end;
  }
  return end;
}

// Where the citation of another document begins inside a subject read as text[begin, end): "và"
// and a type's name or "văn bản", "số" at most, then a number and its symbol ("về thuế thu nhập
// doanh nghiệp và Công văn 2512/TCT-CS …"); the subject ends before the "và". `end` when none: a
// number the title itself names stays in it ("về việc tiếp tục thực hiện Chỉ thị số 08-CT/TW").
std::size_t OtherCitationIn(std::string_view text, std::size_t begin, std::size_t end) {
  const auto blanks_back = [&](std::size_t i) {
    while (i > begin && (text[i - 1] == ' ' || text[i - 1] == '_')) --i;
    return i;
  };
  for (std::size_t pos = begin + 1; pos < end; ++pos) {
    if (!IsAsciiDigit(text[pos]) || (text[pos - 1] != ' ' && text[pos - 1] != '_')) continue;
    // A number with its symbol, as a citation writes it ("2512/TCT-CS"), not a count ("Kế hoạch 5
    // năm", "Chương trình 135").
    std::size_t digits_end = pos;
    while (digits_end < text.size() && IsAsciiDigit(text[digits_end])) ++digits_end;
    const std::size_t mark = SkipSpaces(text, digits_end);
    if (mark >= text.size() || (text[mark] != '/' && text[mark] != '-')) continue;
    bool found_so = false;
    std::size_t name_begin = SkipBackOverSo(text, pos, &found_so);
    const std::string type_name = TypeWordBefore(text, pos);
    auto words = type_name.empty() ? (VanBanBefore(text, name_begin) ? 2 : 0)
                                   : std::count(type_name.begin(), type_name.end(), ' ') + 1;
    if (words == 0) continue;
    for (; words > 0; --words) {  // back over the name's words
      name_begin = blanks_back(name_begin);
      if (name_begin <= begin || FoldedWordBefore(text, name_begin, &name_begin).empty()) break;
    }
    if (words > 0) continue;
    std::size_t va_begin = 0;
    const std::size_t joint = blanks_back(name_begin);
    if (joint <= begin || FoldedWordBefore(text, joint, &va_begin) != "va" || va_begin <= begin) continue;
    return blanks_back(va_begin);
  }
  return end;
}

bool IsOpeningQuote(std::string_view text, std::size_t i, std::size_t* length,
                    std::string_view* closing) {
  if (text.substr(i, 3) == "“") { *length = 3; *closing = "”"; return true; }
  if (text.substr(i, 2) == "«") { *length = 2; *closing = "»"; return true; }
  if (text.substr(i, 1) == "\"") { *length = 1; *closing = "\""; return true; }
  return false;
}

// Reads what follows the identifier in a citation: ", ngày 19-8-2016", "của Bộ Chính trị",
// "(ngày 12/4/2018)", in either order, then "về …".
void ReadCitation(std::string_view text, IdentifierMention* mention) {
  std::size_t i = mention->span.end;
  bool in_parenthesis = false;
  for (int step = 0; step < 3; ++step) {
    i = SkipSpacesAndCommas(text, i);
    if (!in_parenthesis && i < text.size() && text[i] == '(') {
      std::size_t inside = SkipSpaces(text, i + 1);
      if (MatchFoldedWord(text, inside, "ngay") == 0) break;
      in_parenthesis = true;
      i = inside;
    }
    if (std::size_t after = MatchFoldedWord(text, i, "ngay"); after != 0 && !mention->date) {
      std::size_t date_begin = SkipSpaces(text, after);
      std::size_t date_end = 0;
      std::optional<Date> date = ParseDate(text, date_begin, &date_end);
      if (!date) break;
      mention->date = date;
      mention->date_span = {date_begin, date_end};
      i = date_end;
      continue;
    }
    if (std::size_t after = MatchFoldedWord(text, i, "cua"); after != 0 && mention->issuer.empty()) {
      std::size_t begin = SkipSpaces(text, after);
      std::size_t end = ReadPhrase(text, begin, kMaxIssuerWords, /*stop_words=*/true);
      if (end == begin) break;
      mention->issuer.assign(text.substr(begin, end - begin));
      mention->issuer_span = {begin, end};
      i = end;
      continue;
    }
    break;
  }
  if (in_parenthesis) return;  // a subject does not follow a parenthesised date
  i = SkipSpacesAndCommas(text, i);
  std::size_t after = MatchFoldedWord(text, i, "ve");
  if (after == 0) return;
  std::size_t begin = SkipSpaces(text, after);
  std::size_t quote_length = 0;
  std::string_view closing;
  if (IsOpeningQuote(text, begin, &quote_length, &closing)) {
    std::size_t inner = begin + quote_length;
    std::size_t close = text.substr(inner, kMaxQuotedSubjectBytes).find(closing);
    if (close == std::string_view::npos) return;
    mention->subject.assign(text.substr(inner, close));
    mention->subject_span = {inner, inner + close};
    return;
  }
  const std::size_t end = OtherCitationIn(text, begin, ReadSubject(text, begin));
  if (end == begin) return;
  mention->subject.assign(text.substr(begin, end - begin));
  mention->subject_span = {begin, end};
}

// True when what follows the digits ending at after_number can go on into an identifier: a
// dash or a slash (blanks before allowed), a letter glued to the number ("858CV/ĐUK", "30a/"),
// or a capital after blanks ("47 KL / TW"). Most numbers ("2017 và", "19,5", "50%") fail here,
// before any parser runs.
bool MayGoOnAfterNumber(std::string_view text, std::size_t after_number) {
  const std::size_t i = SkipInnerBlanks(text, after_number);
  if (i >= text.size()) return false;
  if (text[i] == '/' || DashLength(text, i) != 0 || IsCapitalAt(text, i)) return true;
  return i == after_number && (IsAsciiAlpha(text[i]) || !DWithStrokeAt(text, i).empty());
}

// True when the number at pos numbers a form ("theo mẫu số 02/KK-TNCN", "Mẫu 01/ĐK-TCT"): a form
// is filled in, not cited as a document, though its code has a document's shape.
bool NumbersAForm(std::string_view text, std::size_t pos) {
  bool found_so = false;
  std::size_t i = SkipBackOverSo(text, pos, &found_so);
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '_')) --i;
  std::size_t word_start = 0;
  return FoldedWordBefore(text, i, &word_start) == "mau";
}

// Tries to read an identifier whose number starts at text[pos]. On success fills *mention and
// returns true.
bool ParseAt(std::string_view text, std::size_t pos, IdentifierMention* mention) {
  std::string number;
  std::size_t after_number = ReadNumber(text, pos, &number);
  if (after_number == pos || !MayGoOnAfterNumber(text, after_number)) return false;
  if (!ParseParty(text, pos, after_number, number, mention) &&
      !ParseState(text, pos, after_number, number, mention) &&
      !ParseOldStyle(text, pos, after_number, number, mention) &&
      !ParseCitedSymbol(text, pos, after_number, number, mention)) {
    return false;
  }
  // A form's number ("Mẫu TT01/2016/TT-BTC" too, its type's code glued before it).
  std::size_t glued_begin = pos;
  const std::string glued = GluedTypeCodeBefore(text, pos, &glued_begin);
  if (NumbersAForm(text, glued.empty() ? pos : glued_begin)) return false;
  // Read across a page break (SkipPageBreak), a number must be cited by its type's name or "văn
  // bản số": a table's cells or a date cut by a page ("Tổng số: 12/", "15", "UBND xã"; "Ngày 15/",
  // "3", "BCA tổ chức …") are none.
  int line_breaks = 0;
  for (std::size_t i = pos; i < mention->span.end; ++i) {
    line_breaks += text[i] == '\n' || (text[i] == '\r' && text.substr(i + 1, 1) != "\n");
  }
  mention->type_word = TypeWordBefore(text, pos);
  if (line_breaks >= 2 && mention->type_word.empty() && !DocumentWordsBefore(text, pos)) return false;
  if (!glued.empty() && glued != mention->type) return false;
  mention->header = IsHeader(text, pos, mention->span.end);
  ReadCitation(text, mention);
  return true;
}

// Where the word `folded` (lower-case ASCII) begins when it stands before pos, "số" and blanks
// between; npos when it does not.
std::size_t WordBeforeSo(std::string_view text, std::size_t pos, std::string_view folded) {
  bool found_so = false;
  std::size_t word_start = 0;
  return FoldedWordBefore(text, SkipBackOverSo(text, pos, &found_so), &word_start) == folded ? word_start
                                                                                              : std::string_view::npos;
}

// The start of a bare number (digits only) that the number at pos follows in a list, after a
// comma or "và" ("18, 19-NQ/TW"), or that begins a range the number at pos ends, after "đến"
// and an optional "số" ("từ số 12 đến số 15-TB/TU"); npos when there is none.
std::size_t BareListItemBefore(std::string_view text, std::size_t pos) {
  std::size_t i = ListSeparatorBefore(text, pos, /*semicolon=*/false);
  if (i == std::string_view::npos) i = WordBeforeSo(text, pos, "den");
  if (i == std::string_view::npos) return i;
  const std::size_t end = SkipSpacesBack(text, i);
  std::size_t begin = end;
  while (begin > 0 && IsAsciiDigit(text[begin - 1]) && end - begin <= kMaxNumberDigits) --begin;
  if (begin == end || end - begin > kMaxNumberDigits || !CanStartAt(text, begin)) return std::string_view::npos;
  return begin;
}

// The numbers listed bare before `written`, which share its symbol: "các Nghị quyết số 18,
// 19-NQ/TW" names 18-NQ/TW and 19-NQ/TW, "Thông tư số 01, 02/2017/TT-BTC" two circulars of
// 2017, "các Thông báo từ số 12 đến số 15-TB/TU" the range's two ends (the numbers between are
// not written). Only where the list's first number follows the name of the symbol's own type
// (and "từ" of a range, "số"), at most kMostListItems items back; each shares the citation read
// after the symbol. In reading order.
std::vector<IdentifierMention> NumbersSharingSymbol(std::string_view text, const IdentifierMention& written) {
  if (written.header || written.type.empty() || !written.canonical.starts_with(written.number)) return {};
  std::vector<std::size_t> starts;
  for (std::size_t pos = written.span.begin; starts.size() < kMostListItems;) {
    pos = BareListItemBefore(text, pos);
    if (pos == std::string_view::npos) break;
    starts.push_back(pos);
  }
  if (starts.empty()) return {};
  std::string type_word = TypeWordBefore(text, starts.back());
  if (const std::size_t range_from = WordBeforeSo(text, starts.back(), "tu");
      type_word.empty() && range_from != std::string_view::npos) {
    type_word = TypeWordBefore(text, range_from);  // "Thông tư số 01" is no range's "từ số 01"
  }
  const Code* named = FindDocumentTypeByName(type_word);
  if (named == nullptr || named->code != written.type) return {};
  // A list of numbers of one series ascends to the number written with its symbol, each of about
  // its length ("18, 19-NQ/TW"; not "Quyết định số 2014, 12/2015/QĐ-UBND").
  if (!IsAsciiDigit(written.number.back())) return {};
  std::string next_digits = written.number;
  for (const std::size_t start : starts) {  // from the nearest item back
    std::string digits;
    ReadNumber(text, start, &digits);
    const std::string item = CanonicalNumber(digits);
    const bool shorter = item.size() < next_digits.size();
    if (item.size() + 1 < next_digits.size() || item.size() > next_digits.size() ||
        (!shorter && item >= next_digits)) {
      return {};
    }
    next_digits = item;
  }
  const std::string symbol = written.canonical.substr(written.number.size());
  std::vector<IdentifierMention> shared;
  for (auto start = starts.rbegin(); start != starts.rend(); ++start) {
    std::string digits;
    const std::size_t end = ReadNumber(text, *start, &digits);
    IdentifierMention mention = written;
    mention.number = CanonicalNumber(digits);
    mention.canonical = mention.number + symbol;
    mention.span = {*start, end};
    shared.push_back(std::move(mention));
  }
  return shared;
}

// A backslash typed for a slash inside a symbol ("Thông tư 45\\2019\\TT-BTC"): each between a
// digit or a capital (Đ too) and a digit or a capital, in a run of digits, capitals, dashes,
// slashes and backslashes that begins a word with a digit (a path, "C:\\Users\\2019\\QD-12",
// begins with a letter), is written as '/' in *repaired, a copy of text made when first needed.
// Each byte is looked at a bounded number of times.
void RepairBackslashes(std::string_view text, std::string* repaired) {
  const auto in_run = [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return IsAsciiDigit(c) || IsAsciiUpper(c) || c == '\\' || c == '/' || c == '-' || byte == 0xC4 || byte == 0x90;
  };
  for (std::size_t at = text.find('\\'), run_end = 0; at != std::string_view::npos; at = text.find('\\', run_end)) {
    std::size_t begin = at;
    while (begin > run_end && in_run(text[begin - 1])) --begin;
    run_end = at;
    while (run_end < text.size() && in_run(text[run_end])) ++run_end;
    std::size_t length = 0;
    if (!IsAsciiDigit(text[begin]) || (begin > 0 && IsWordChar(CodePointBefore(text, begin, &length)))) continue;
    for (std::size_t i = begin + 1; i + 1 < run_end; ++i) {
      const bool after_code =
          IsAsciiDigit(text[i - 1]) || IsAsciiUpper(text[i - 1]) || (i >= 2 && DWithStrokeAt(text, i - 2) == "Đ");
      if (text[i] != '\\' || !after_code || !(IsAsciiDigit(text[i + 1]) || IsCapitalAt(text, i + 1))) continue;
      if (repaired->empty()) *repaired = text;
      (*repaired)[i] = '/';
    }
  }
}

// OCR reads a digit of a number as a letter now and then ("O5-CT/TW", "2l7/QĐ-UBND",
// "l2-NQ/TU"): O, l and I are written as 0, 1 and 1 in *repaired (a copy of text made when first
// needed) in every token of digits and those letters, with a digit and at most kMaxNumberDigits
// characters, that begins a word after "số" or a type's name and is followed by a slash or dash
// glued to a capital or a digit, as a cited number's symbol is ("tỷ lệ O2/N2" is none; a canonical
// form alone, as ParseIdentifier reads it, is never repaired, so it reads back as itself).
void RepairOcrDigits(std::string_view text, std::string* repaired) {
  const auto ocr_digit = [](char c) { return IsAsciiDigit(c) || c == 'O' || c == 'l' || c == 'I'; };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!IsAsciiDigit(text[i])) continue;
    std::size_t begin = i;
    while (begin > 0 && ocr_digit(text[begin - 1]) && i - begin <= kMaxNumberDigits) --begin;
    std::size_t end = i;
    while (end < text.size() && ocr_digit(text[end]) && end - begin <= kMaxNumberDigits) ++end;
    const std::string_view token = text.substr(begin, end - begin);
    const bool has_letter = token.find_first_of("OlI") != std::string_view::npos;
    std::size_t length = 0;
    const bool word_begins = begin == 0 || !IsWordChar(CodePointBefore(text, begin, &length));
    if (has_letter && token.size() <= kMaxNumberDigits && word_begins && !IsWordCharAt(text, end) &&
        GoesOnAt(text, end) && SoOrTypeNameBefore(text, begin)) {
      if (repaired->empty()) *repaired = text;
      for (std::size_t j = begin; j < end; ++j) {
        if (!IsAsciiDigit((*repaired)[j])) (*repaired)[j] = (*repaired)[j] == 'O' ? '0' : '1';
      }
    }
    i = end;
  }
}

// A copy of text with the slips RepairBackslashes and then RepairOcrDigits repair, or "" when
// there are none. Of the same length, so spans in it hold for text.
std::string RepairedText(std::string_view text) {
  std::string repaired;
  RepairBackslashes(text, &repaired);
  if (repaired.empty()) {
    RepairOcrDigits(text, &repaired);
  } else {
    const std::string slashed = repaired;  // the OCR digits are read where the slashes stand
    RepairOcrDigits(slashed, &repaired);
  }
  return repaired;
}

}  // namespace

std::vector<IdentifierMention> ExtractIdentifiers(std::string_view original) {
  const std::string repaired = RepairedText(original);
  const std::string_view text = repaired.empty() ? original : std::string_view(repaired);
  std::vector<IdentifierMention> mentions;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiDigit(text[i])) {
      ++i;
      continue;
    }
    IdentifierMention mention;
    if (CanStartAt(text, i) && ParseAt(text, i, &mention)) {
      i = mention.span.end;
      for (IdentifierMention& shared : NumbersSharingSymbol(text, mention)) mentions.push_back(std::move(shared));
      mentions.push_back(std::move(mention));
      continue;
    }
    while (i < text.size() && IsAsciiDigit(text[i])) ++i;
  }
  return mentions;
}

namespace {

// The one identifier `text` holds from byte `from` on, with only blanks after it and, before it,
// only blanks and a "số" back to `from`; its citation details cleared.
std::optional<IdentifierMention> WholeIdentifier(std::string_view text, std::size_t from) {
  std::vector<IdentifierMention> mentions = ExtractIdentifiers(text);
  if (mentions.size() != 1) return std::nullopt;
  IdentifierMention& mention = mentions.front();
  bool found_so = false;
  std::size_t before = SkipBackOverSo(text, mention.span.begin, &found_so);
  if (before < from) before = mention.span.begin;  // it went back into the type's name put before
  while (before > from && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
  std::size_t after = SkipSpaces(text, mention.span.end);
  while (after < text.size() && (text[after] == '\n' || text[after] == '\r')) ++after;
  if (before != from || after != text.size()) return std::nullopt;
  mention.date.reset();
  mention.issuer.clear();
  mention.subject.clear();
  return std::move(mention);
}

}  // namespace

std::optional<IdentifierMention> ParseIdentifier(std::string_view text) {
  if (std::optional<IdentifierMention> mention = WholeIdentifier(text, 0)) return mention;
  // An old State number of a type and no body ("58-SL", "03-TT", "15/SL", "03/NĐ-76") is read in
  // text only after its type's name ("Sắc lệnh số 58-SL"): alone, it is read as if so written,
  // so that every canonical form the extractor gives can be looked up. The type's code follows
  // the number's first hyphen or slash, up to the next (a hyphen before the year, a slash before a
  // department).
  const std::size_t separator = text.find_first_of("-/");
  if (separator == std::string_view::npos) return std::nullopt;
  const std::size_t code_end = std::min(text.find_first_of("-/", separator + 1), text.size());
  std::string code(text.substr(separator + 1, code_end - separator - 1));
  while (!code.empty() && (code.back() == ' ' || code.back() == '\t' || code.back() == '\n' || code.back() == '\r')) {
    code.pop_back();
  }
  // So is a number of a body no table knows ("16-NV", "173/BTTM"), or with a letter after it
  // ("33B-HĐBT"), read in text only after a type's name: alone, as if a letter's ("Công văn số
  // 16-NV"). Any type the extractor reads alone after its name: a Party one too ("00/QDI", Quy
  // định).
  const Code* type = FindDocumentType(code);
  if (type == nullptr && !IsUnlistedBodyCode(code) && FindIssuingBody(code) == nullptr) return std::nullopt;
  const std::string cited = std::string(type != nullptr ? type->name : "Công văn") + " số ";
  const std::string named = cited + std::string(text);
  // Read as the type alone, or as itself ("184/QH-76": QH is Quy hoạch's code and the National
  // Assembly's, read as a letter of the Assembly after "Kế hoạch số").
  std::optional<IdentifierMention> mention = WholeIdentifier(named, cited.size());
  if (!mention || (mention->body != (type != nullptr ? "" : code) && mention->canonical != text)) return std::nullopt;
  const std::size_t shift = cited.size();
  mention->span = {mention->span.begin - shift, mention->span.end - shift};
  mention->type_word.clear();
  return mention;
}

std::optional<IdentifierMention> TheIdentifierIn(std::string_view text) {
  std::vector<IdentifierMention> mentions = ExtractIdentifiers(text);
  if (mentions.size() != 1) return std::nullopt;
  return std::move(mentions.front());
}

std::vector<std::string> TypedSpellings(const std::string& canonical) {
  constexpr std::size_t kMostCombined = 3;
  std::vector<std::string> spellings = {canonical};
  const std::size_t symbol = canonical.find_first_of("-/");
  if (symbol == std::string::npos) return spellings;
  std::vector<std::size_t> ds;
  for (std::size_t i = symbol; i < canonical.size(); ++i) {
    if (canonical[i] == 'D') ds.push_back(i);
  }
  // A subset of the D read as Đ, by bits; with more than kMostCombined, only all of them.
  const bool all_only = ds.size() > kMostCombined;
  const unsigned subsets = all_only ? 2 : 1u << ds.size();
  for (unsigned subset = 1; subset < subsets; ++subset) {
    std::string spelled;
    std::size_t copied = 0;
    for (std::size_t k = 0; k < ds.size(); ++k) {
      if (!all_only && (subset >> k & 1u) == 0) continue;
      spelled.append(canonical, copied, ds[k] - copied);
      spelled += "Đ";
      copied = ds[k] + 1;
    }
    spelled.append(canonical, copied);
    std::optional<IdentifierMention> parsed = ParseIdentifier(spelled);
    if (parsed && std::find(spellings.begin(), spellings.end(), parsed->canonical) == spellings.end()) {
      spellings.push_back(std::move(parsed->canonical));
    }
  }
  // An old number of one code is written with a hyphen or a slash, each kept as written
  // ("Nghị định số 36/CP", "Nghị định 36-CP"); a State number and its year are joined by a slash
  // or, in the Government's series and where every slash is a dash, a hyphen ("19-2018/NQ-CP",
  // "43-2014-NĐ-CP" read as 43/2014/NĐ-CP): either finds the other.
  for (std::size_t k = 0, found = spellings.size(); k < found; ++k) {
    const std::size_t separator = spellings[k].find_first_of("-/");
    const std::size_t next = spellings[k].find_first_of("-/", separator + 1);
    const bool one_code = next == std::string::npos;
    const bool year_after = next == separator + 5 && spellings[k][next] == '/' &&
                            std::all_of(spellings[k].begin() + static_cast<std::ptrdiff_t>(separator) + 1,
                                        spellings[k].begin() + static_cast<std::ptrdiff_t>(next), IsAsciiDigit);
    if (!one_code && !year_after) continue;
    std::string other = spellings[k];
    other[separator] = other[separator] == '-' ? '/' : '-';
    std::optional<IdentifierMention> parsed = ParseIdentifier(other);
    if (parsed && parsed->canonical == other &&
        std::find(spellings.begin(), spellings.end(), other) == spellings.end()) {
      spellings.push_back(std::move(other));
    }
  }
  return spellings;
}

}  // namespace vankien::analysis
