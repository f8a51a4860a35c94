#include "analysis/document_name.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>

#include "analysis/char_tables.h"
#include "analysis/date.h"
#include "analysis/identifier_codes.h"
#include "analysis/identifier_extractor.h"
#include "analysis/text_scan.h"
#include "analysis/token_filters.h"

namespace vankien::analysis {
namespace {

// The first year every province numbered its committees' and councils' documents UBND and HĐND
// (not UB, HĐ).
constexpr std::string_view kFirstYearOfUbndCodes = "2006";
// Legal rules numbered with their year are a few dozen to a few hundred a year; a number from
// this one up is more likely a single decision's.
constexpr int kFewestSingleDecisions = 400;
// The most words read after "của" for an issuer's name ("Ban Chấp hành Trung ương Đảng").
constexpr int kMaxIssuerWords = 6;
// Terms, congresses and plenums so far stay well below this.
constexpr int kMaxOrdinal = 39;

// Spaces and tabs (and the no-break space) between the words of one name, and the "_" that
// word-segmented text joins the syllables of a word with ("Thông_tư 16"); a line break ends it.
std::size_t SkipBlanks(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    if (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '_') {
      ++pos;
    } else if (text.substr(pos, 2) == "\xC2\xA0") {
      pos += 2;
    } else {
      break;
    }
  }
  return pos;
}

// The folded words `words` written one after another from pos (blanks before each); the byte
// past the last, or 0.
std::size_t Words(std::string_view text, std::size_t pos, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    pos = MatchFoldedWord(text, SkipBlanks(text, pos), word);
    if (pos == 0) return 0;
  }
  return pos;
}

// pos after optional words `words`: the end of them when written, else pos unchanged.
std::size_t OptionalWords(std::string_view text, std::size_t pos, std::initializer_list<std::string_view> words) {
  const std::size_t end = Words(text, pos, words);
  return end != 0 ? end : pos;
}

// The end of the word starting at pos (letters, digits and combining marks).
std::size_t WordEnd(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    std::size_t length = 0;
    if (!IsWordChar(CodePointAt(text, pos, &length))) break;
    pos += length;
  }
  return pos;
}

bool AtWordStart(std::string_view text, std::size_t pos) {
  if (pos == 0) return true;
  const auto byte = [&](std::size_t back) { return static_cast<unsigned char>(text[pos - back]); };
  if (byte(1) < 0x80) return !IsAsciiAlnum(text[pos - 1]);
  // After a Vietnamese letter, told by its UTF-8 bytes without decoding: two bytes led by
  // C3–C9 (Latin-1 letters but × and ÷, Latin Extended-A and -B) or CC–CD (combining marks),
  // three led by E1 B8–BB (Latin Extended Additional). The scan meets this at every other word.
  if (byte(1) <= 0xBF && pos >= 2) {
    const unsigned char lead = byte(2);
    if ((lead >= 0xC3 && lead <= 0xC9 && !(lead == 0xC3 && (byte(1) == 0x97 || byte(1) == 0xB7))) || lead == 0xCC ||
        lead == 0xCD) {
      return false;
    }
    if (pos >= 3 && byte(3) == 0xE1 && byte(2) >= 0xB8 && byte(2) <= 0xBB) return false;
  }
  std::size_t length = 0;
  return !IsWordChar(CodePointBefore(text, pos, &length));
}

// Lower case of an ASCII byte.
char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// The bytes at pos may begin a name's first word: "ngh" or "NQ", "ch", "qu", "th", "h" and "k"
// followed by a vowel or a non-ASCII letter. A byte test that turns away most words at once.
bool MayBeLead(std::string_view text, std::size_t pos) {
  if (pos + 1 >= text.size()) return false;
  const char second = AsciiLower(text[pos + 1]);
  const bool vowel_next = second == 'o' || second == 'u' || second == 'e' || static_cast<unsigned char>(second) >= 0x80;
  switch (AsciiLower(text[pos])) {
    case 'n': return (second == 'g' && pos + 2 < text.size() && AsciiLower(text[pos + 2]) == 'h') || text.substr(pos, 2) == "NQ";
    case 'c': case 't': return second == 'h';
    case 'q': return second == 'u';
    case 'h': case 'k': return vowel_next;
    default: return false;
  }
}

// The value of the Roman numeral text[begin, end) written in canonical form, or 0.
int RomanValue(std::string_view word, bool upper_only) {
  if (word.empty() || word.size() > 8) return 0;
  std::string upper;
  for (char c : word) {
    if (upper_only && !IsAsciiUpper(c)) return 0;
    upper += static_cast<char>(IsAsciiLower(c) ? c - 'a' + 'A' : c);
  }
  for (int value = 1; value <= kMaxOrdinal; ++value) {
    if (RomanNumeral(value) == upper) return value;
  }
  return 0;
}

// A whole number of one or two digits from 1 to kMaxOrdinal, or 0.
int SmallNumber(std::string_view word) {
  if (word.empty() || word.size() > 2) return 0;
  int value = 0;
  for (char c : word) {
    if (!IsAsciiDigit(c)) return 0;
    value = value * 10 + (c - '0');
  }
  return value <= kMaxOrdinal ? value : 0;
}

struct Ordinal {
  int value = 0;
  std::size_t end = 0;
};

// A Vietnamese ordinal or number word at pos: "tư" (4), "mười một" (11), "nhất" (1).
Ordinal OrdinalWord(std::string_view text, std::size_t pos) {
  // Units as they follow "thứ" or "mười": "thứ tư" and "mười bốn", "mười lăm" and "thứ năm".
  static constexpr std::array<std::pair<std::string_view, int>, 12> kUnits = {{
      {"nhat", 1}, {"mot", 1}, {"hai", 2}, {"ba", 3}, {"tu", 4}, {"bon", 4},
      {"nam", 5}, {"lam", 5}, {"sau", 6}, {"bay", 7}, {"tam", 8}, {"chin", 9}}};
  const auto unit = [&](std::size_t at, bool after_ten) -> Ordinal {
    for (const auto& [word, value] : kUnits) {
      if ((word == "nhat" && after_ten) || (word == "lam" && !after_ten)) continue;
      if (std::size_t end = MatchFoldedWord(text, at, word)) return {value, end};
    }
    return {};
  };
  if (std::size_t ten = MatchFoldedWord(text, pos, "muoi")) {
    Ordinal rest = unit(SkipBlanks(text, ten), true);
    return rest.value != 0 ? Ordinal{10 + rest.value, rest.end} : Ordinal{10, ten};
  }
  return unit(pos, false);
}

// An ordinal at pos written in digits, as a Roman numeral (upper case only, so that "I" is
// not taken from a lower-case word) or, after "lần thứ" (words), in words: alone, "năm" is
// more often the year than the fifth.
Ordinal OrdinalAt(std::string_view text, std::size_t pos, bool words) {
  pos = SkipBlanks(text, pos);
  const std::size_t end = WordEnd(text, pos);
  const std::string_view word = text.substr(pos, end - pos);
  if (int value = SmallNumber(word)) return {value, end};
  if (int value = RomanValue(word, /*upper_only=*/true)) return {value, end};
  return words ? OrdinalWord(text, pos) : Ordinal{};
}

// An ordinal at pos, after an optional "lần thứ".
Ordinal NthAt(std::string_view text, std::size_t pos) {
  const std::size_t nth = Words(text, pos, {"lan", "thu"});
  return nth != 0 ? OrdinalAt(text, nth, true) : OrdinalAt(text, pos, false);
}

// A term's numeral at pos: a Roman numeral in either case ("khoá xii") or, when `digits`, a
// number ("khóa 12"). Returns the value (0 for none) and its end.
Ordinal TermNumeralAt(std::string_view text, std::size_t pos, bool digits) {
  pos = SkipBlanks(text, pos);
  const std::size_t end = WordEnd(text, pos);
  const std::string_view word = text.substr(pos, end - pos);
  int value = RomanValue(word, /*upper_only=*/false);
  if (value == 0 && digits) value = SmallNumber(word);
  return {value, end};
}

// Where the next item of a list starts after an item ending at pos: past a comma or "và" and
// the blanks around it; 0 when neither follows.
std::size_t NextInList(std::string_view text, std::size_t pos) {
  std::size_t at = SkipBlanks(text, pos);
  if (at < text.size() && text[at] == ',') {
    ++at;
  } else if (std::size_t conjunction = Words(text, at, {"va"})) {
    at = conjunction;
  } else {
    return 0;
  }
  return SkipBlanks(text, at);
}

// The next term after a term of value `first` ending at pos, when the name names both plenums
// ("khóa XI, XII", "khóa XI, khóa XII", "khóa XI và XII"). Only the next term: a plenum of two
// terms is the same ordinal held twice in a row, and anything else after a comma (", 5 năm
// qua") is not a term. The value is 0 when none.
Ordinal SecondTermAfter(std::string_view text, std::size_t pos, int first) {
  std::size_t at = NextInList(text, pos);
  if (at == 0) return {};
  Ordinal second;
  if (const std::size_t term_word = Words(text, at, {"khoa"})) {
    second = TermNumeralAt(text, term_word, /*digits=*/true);
  } else {  // a bare second numeral only as an upper-case Roman one: ", v" or ", 13" is something else
    const std::size_t end = WordEnd(text, at);
    second = {RomanValue(text.substr(at, end - at), /*upper_only=*/true), end};
  }
  return second.value == first + 1 ? second : Ordinal{};
}

// "khóa XII", "(khóa XII)", ", khoá xii", "(Khóa XI, XII)" after a name: the term (and a second
// one) and the end of what was read.
struct Term {
  std::string roman;
  std::string second_roman;
  std::size_t end = 0;
};
Term TermAfter(std::string_view text, std::size_t pos) {
  std::size_t at = SkipBlanks(text, pos);
  const bool parenthesis = at < text.size() && text[at] == '(';
  if (parenthesis || (at < text.size() && text[at] == ',')) at = SkipBlanks(text, at + 1);
  at = Words(text, at, {"khoa"});
  if (at == 0) return {};
  const Ordinal first = TermNumeralAt(text, at, /*digits=*/true);
  if (first.value == 0) return {};
  std::size_t end = first.end;
  std::string second_roman;
  if (const Ordinal second = SecondTermAfter(text, end, first.value); second.value != 0) {
    second_roman = RomanNumeral(second.value);
    end = second.end;
  }
  const int value = first.value;
  std::size_t past = end;
  if (parenthesis) {
    const std::size_t close = SkipBlanks(text, end);
    if (close < text.size() && text[close] == ')') past = close + 1;
  }
  return {RomanNumeral(value), std::move(second_roman), past};
}

// "TW", "TƯ" or "T.Ư" at pos with the plenum's ordinal, written on ("TW4", "NQTƯ4") or apart
// ("TƯ 4", "TW lần thứ 4"). Only in capitals: the folded "tu" is also "từ" (from) and "tư"
// (fourth). Returns the ordinal and its end, the value 0 when none.
Ordinal CentralAbbreviationOrdinal(std::string_view text, std::size_t pos) {
  std::size_t after = 0;
  for (std::string_view central : {"TW", "TƯ", "T.Ư"}) {
    if (text.substr(pos, central.size()) == central) after = pos + central.size();
  }
  if (after == 0) return {};
  const std::size_t end = WordEnd(text, after);
  if (end > after) {  // written on: the rest of the word is the ordinal, or this is another word
    const int value = SmallNumber(text.substr(after, end - after));
    return value != 0 ? Ordinal{value, end} : Ordinal{};
  }
  return NthAt(text, after);
}

// A plenum written after "Hội nghị" (or after "Nghị quyết" when `meeting` is false, where only
// the first shape is written): "Trung ương [lần thứ] 4", "TƯ 4", "TW4", "Ban Chấp hành Trung
// ương [Đảng] lần thứ 4", "lần thứ tư Ban Chấp hành Trung ương [Đảng]". Returns the ordinal and
// its end.
Ordinal PlenumAfter(std::string_view text, std::size_t pos, bool meeting) {
  const std::size_t at = SkipBlanks(text, pos);
  if (std::size_t central = Words(text, at, {"trung", "uong"})) return NthAt(text, central);
  if (Ordinal abbreviated = CentralAbbreviationOrdinal(text, at); abbreviated.value != 0) return abbreviated;
  if (!meeting) return {};
  if (std::size_t committee = Words(text, at, {"ban", "chap", "hanh", "trung", "uong"})) {
    return NthAt(text, OptionalWords(text, committee, {"dang"}));
  }
  if (std::size_t nth = Words(text, at, {"lan", "thu"})) {
    Ordinal ordinal = OrdinalAt(text, nth, true);
    if (ordinal.value == 0) return {};
    std::size_t before_committee = SkipBlanks(text, ordinal.end);
    if (before_committee < text.size() && text[before_committee] == ',') ++before_committee;
    std::size_t committee = Words(text, before_committee, {"ban", "chap", "hanh", "trung", "uong"});
    if (committee == 0) return {};
    return {ordinal.value, OptionalWords(text, committee, {"dang"})};
  }
  return {};
}

// Whether the word at pos starts with a capital letter.
bool CapitalAt(std::string_view text, std::size_t pos) {
  std::size_t length = 0;
  const char32_t letter = CodePointAt(text, pos, &length);
  return IsWordChar(letter) && CharTables::Get().FoldCase(letter) != letter;
}

// A congress written after "Nghị quyết Đại hội": "[đại biểu toàn quốc] [Đảng] [lần thứ] XIII
// [của] [Đảng …]". The congress of anything but the Party is not one: of a local Party
// organisation ("Đại hội Đảng bộ tỉnh …", "Đại hội XI Đảng bộ tỉnh", "Đại hội XV của Đảng bộ …")
// or of another organisation, named after the ordinal ("Đại hội XII Công đoàn Việt Nam").
Ordinal CongressAfter(std::string_view text, std::size_t pos) {
  std::size_t at = OptionalWords(text, pos, {"dai", "bieu", "toan", "quoc"});
  if (std::size_t party = Words(text, at, {"dang"})) {
    if (Words(text, party, {"bo"}) != 0) return {};
    at = party;
  }
  Ordinal ordinal = NthAt(text, at);
  if (ordinal.value == 0) return {};
  const std::size_t of = OptionalWords(text, ordinal.end, {"cua"});
  const std::size_t organisation = SkipBlanks(text, of);
  if (std::size_t party = Words(text, organisation, {"dang"})) {
    if (Words(text, party, {"bo"}) != 0) return {};
    if (of != ordinal.end) ordinal.end = party;  // "của Đảng" is part of the name
  } else if (organisation < text.size() && CapitalAt(text, organisation)) {
    return {};
  }
  return ordinal;
}

// "NQTW4", "NQTƯ4", "NQTW 4", "NQ TW 4", "NQ Trung ương 4": the ordinal and its end.
Ordinal AbbreviatedPlenum(std::string_view text, std::size_t pos) {
  if (text.substr(pos, 2) != "NQ") return {};
  const std::size_t at = pos + 2;
  if (Ordinal joined = CentralAbbreviationOrdinal(text, at); joined.value != 0) return joined;
  if (!AtWordStart(text, at)) return {};
  return PlenumAfter(text, at, /*meeting=*/false);
}

struct TypeWord {
  std::string_view first, second;  // the two folded syllables of the type's name
  std::string_view code;
  bool also_verb;  // the words are a verb too ("quyết định 3 việc"), so lower case needs "số"
  std::optional<IdentifierSystem> system = std::nullopt;  // DocumentName::system
};

// The type words a short name starts with. "Quy định" is QĐi (older documents wrote QĐ).
// "Nghị định" alone is never a verb. A ministry's "Thông tư" shares TT with the Party's "Thông
// tri": no issuer spells a Thông tư's number (it carries a year and a ministry's code), so
// "Thông tư 16" stands only for the one TT numbered 16 the document writes in full.
constexpr std::array<TypeWord, 10> kTypeWords = {{
    {"nghi", "quyet", "NQ", true}, {"chi", "thi", "CT", true}, {"quy", "dinh", "QĐi", true},
    {"quyet", "dinh", "QĐ", true}, {"ket", "luan", "KL", true}, {"huong", "dan", "HD", true},
    {"thong", "tri", "TT", true, IdentifierSystem::kParty}, {"thong", "tu", "TT", true, IdentifierSystem::kState},
    {"nghi", "dinh", "NĐ", false},
    {"thong", "bao", "TB", true}}};

// The words written before pos on its line, nearest first, at most kMaxIssuerWords + 6 of
// them (an issuer, a person's name and "đã ký"), stopping at anything but letters, digits and
// a blank or two: a comma or a full stop ends the clause the issuer must be in. A word longer
// than any of an issuer's or a name's ends the look back too, so that it reads a bounded number
// of bytes whatever the text.
std::vector<TextSpan> WordsBefore(std::string_view text, std::size_t pos) {
  constexpr std::size_t kMaxWordBytes = 32;
  constexpr std::size_t kMaxBlanks = 2;
  std::vector<TextSpan> words;
  while (words.size() < kMaxIssuerWords + 6) {
    for (std::size_t blanks = 0; pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t'); ++blanks, --pos) {
      if (blanks == kMaxBlanks) return words;
    }
    std::size_t begin = pos;
    while (begin > 0) {
      std::size_t length = 0;
      if (!IsWordChar(CodePointBefore(text, begin, &length)) || length == 0) break;
      begin -= length;
      if (pos - begin > kMaxWordBytes) return words;
    }
    if (begin == pos) break;
    words.push_back({begin, pos});
    pos = begin;
  }
  return words;
}

// Whether the word at pos makes the place or central body before it part of another body's
// name: a mass organisation's ("Tỉnh đoàn", "Tỉnh hội Nông dân", "Trung ương Đoàn", "TW Hội
// Nông dân"), a military command's ("Tỉnh đội") or a committee's ("thành phố ủy").
bool OtherBodyNamedOn(std::string_view text, std::size_t pos) {
  return Words(text, pos, {"doan"}) != 0 || Words(text, pos, {"hoi"}) != 0 || Words(text, pos, {"doi"}) != 0 ||
         Words(text, pos, {"uy"}) != 0;
}

// The issuer written before a short name at pos as the subject of "ký" or "ban hành" ("Bộ Chính
// trị đã ban hành Nghị quyết 08", "Thủ tướng Nguyễn Xuân Phúc vừa ký Chỉ thị 24"): its body code
// (as IssuerAfter gives them), or "". Between the issuer and the verb only a person's name (in
// capitals) and the adverbs đã, cũng, vừa, mới. The issuer's name is written with a capital.
std::string IssuerBefore(std::string_view text, std::size_t pos) {
  const std::vector<TextSpan> words = WordsBefore(text, pos);
  const auto is = [&](std::size_t i, std::string_view folded) {
    return i < words.size() && MatchFoldedWord(text, words[i].begin, folded) == words[i].end;
  };
  // "ký tại chỗ" (signed on the spot) is the signing still.
  const std::size_t verb = is(0, "cho") && is(1, "tai") ? 2 : 0;
  std::size_t i = 0;
  if (is(verb, "hanh") && is(verb + 1, "ban")) {
    i = verb + 2;
    if (is(i, "ky")) ++i;  // "ký ban hành"
  } else if (is(verb, "ky")) {
    i = verb + 1;
  } else {
    return "";
  }
  while (is(i, "da") || is(i, "cung") || is(i, "vua") || is(i, "moi")) ++i;
  // The issuer's name ends at word i, or before a person's name of up to four capitalised words.
  for (std::size_t skip = 0; skip <= 4 && i + skip < words.size(); ++skip) {
    if (skip > 0 && !CapitalAt(text, words[i + skip - 1].begin)) break;
    const std::size_t last = i + skip;
    for (std::size_t first = std::min(words.size() - 1, last + kMaxIssuerWords - 1) + 1; first-- > last;) {
      if (!CapitalAt(text, words[first].begin)) continue;  // an issuer's name starts with a capital
      const std::string_view name = text.substr(words[first].begin, words[last].end - words[first].begin);
      if (const Code* body = FindIssuingBodyByName(name)) {
        if (body->code == "TW" && OtherBodyNamedOn(text, words[last].end)) return "";
        return std::string(body->code);
      }
      if (first == last + 1 && is(first, "thu") && is(last, "tuong")) return "TTg";
    }
  }
  return "";
}

// The issuer's body code named by "của …" at pos ("của Bộ Chính trị" → TW), or "" with end
// unchanged. Tries the longest run of words the code table knows, then a body's code written
// in capitals ("của UBND TP": UBND). A decision or directive "của tỉnh", "của thành phố" or
// "của TP" is its People's Committee's (UBND): `type` is the short name's type code.
std::string IssuerAfter(std::string_view text, std::size_t pos, std::string_view type, std::size_t* end) {
  std::size_t at = Words(text, pos, {"cua"});
  if (at == 0) return "";
  at = SkipBlanks(text, at);
  const std::size_t begin = at;
  std::array<std::size_t, kMaxIssuerWords> ends{};
  int count = 0;
  while (count < kMaxIssuerWords) {
    const std::size_t word_end = WordEnd(text, at);
    if (word_end == at) break;
    ends[count++] = word_end;
    at = SkipBlanks(text, word_end);
  }
  for (int words = count; words > 0; --words) {
    if (const Code* body = FindIssuingBodyByName(text.substr(begin, ends[words - 1] - begin))) {
      if (body->code == "TW" && OtherBodyNamedOn(text, ends[words - 1])) return "";
      *end = ends[words - 1];
      return std::string(body->code);
    }
  }
  if (count > 0 && IsCapitalCode(text.substr(begin, ends[0] - begin))) {
    if (const Code* body = FindIssuingBody(text.substr(begin, ends[0] - begin))) {
      if (body->code == "TW" && OtherBodyNamedOn(text, ends[0])) return "";
      *end = ends[0];
      return std::string(body->code);
    }
  }
  // "của Thủ tướng": the code table knows only "Thủ tướng Chính phủ".
  if (std::size_t prime_minister = Words(text, begin, {"thu", "tuong"})) {
    *end = prime_minister;
    return "TTg";
  }
  if (type == "QĐ" || type == "CT") {
    // With their marks: "của tình hình", "của tinh thần" fold to the same letters.
    std::size_t place = Words(text, begin, {"thanh", "pho"});
    if (place != 0) {
      const std::size_t first_end = WordEnd(text, begin);
      const std::size_t second = SkipBlanks(text, first_end);
      if (ExactForm(text.substr(begin, first_end - begin)) != "thành" ||
          ExactForm(text.substr(second, place - second)) != "phố") {
        place = 0;
      }
    }
    if (place == 0) {
      place = Words(text, begin, {"tinh"});
      if (place != 0 && ExactForm(text.substr(begin, place - begin)) != "tỉnh") place = 0;
    }
    if (place == 0 && text.substr(begin, 2) == "TP" && WordEnd(text, begin) == begin + 2) place = begin + 2;
    if (place != 0 && !OtherBodyNamedOn(text, place)) {
      *end = place;
      return "UBND";
    }
  }
  return "";
}

// The year written after a short name's number at pos — "năm 2016", "ngày 7/12/2015", "(ngày
// 1/9/2011)" — or "" with end unchanged; a whole date written so also goes to *date (ISO).
std::string YearAfter(std::string_view text, std::size_t pos, std::size_t* end, std::string* date) {
  std::size_t at = SkipBlanks(text, pos);
  if (std::size_t year_word = Words(text, at, {"nam"})) {
    const std::size_t digits = SkipBlanks(text, year_word);
    const std::size_t digits_end = WordEnd(text, digits);
    const std::string_view year = text.substr(digits, digits_end - digits);
    if (year.size() != 4 || !std::all_of(year.begin(), year.end(), IsAsciiDigit)) return "";
    *end = digits_end;
    return std::string(year);
  }
  const bool parenthesis = at < text.size() && text[at] == '(';
  const std::size_t day_word = Words(text, parenthesis ? at + 1 : at, {"ngay"});
  if (day_word == 0) return "";
  std::size_t date_end = 0;
  const std::optional<Date> written = ParseDate(text, SkipBlanks(text, day_word), &date_end);
  if (!written) return "";
  *end = date_end;
  if (parenthesis) {
    const std::size_t close = SkipBlanks(text, date_end);
    if (close < text.size() && text[close] == ')') *end = close + 1;
  }
  if (written->month != 0 && written->day != 0) *date = written->ToIso();
  return std::to_string(written->year);
}

// The end of "/YYYY" at pos, a year from 1945 to 2099 closing a partial number ("15/2016"), or
// 0 when that is not written there or the number goes on ("15/2016/NĐ-CP", "15/2016-QĐ").
std::size_t YearOfPartialNumber(std::string_view text, std::size_t pos) {
  if (pos + 5 > text.size() || text[pos] != '/') return 0;
  const std::string_view year = text.substr(pos + 1, 4);
  if (!std::all_of(year.begin(), year.end(), IsAsciiDigit) || year < "1945" || year > "2099") return 0;
  const std::size_t end = pos + 5;
  if (WordEnd(text, end) != end) return 0;
  return end;
}

// Whether a number ending before pos (blanks skipped) goes on into a document number, by a dash
// or a slash ("05-CT/TW", "05 – CT/TW"), or is a decimal ("1.000", "1,5").
bool GoesOnIntoNumber(std::string_view text, std::size_t pos) {
  pos = SkipBlanks(text, pos);
  if (pos >= text.size()) return false;
  const char next = text[pos];
  if (next == '-' || next == '/' || text.substr(pos, 3) == "–" || text.substr(pos, 3) == "—") return true;
  return (next == '.' || next == ',') && pos + 1 < text.size() && IsAsciiDigit(text[pos + 1]);
}

// The number of a short name as it is kept: without leading zeros, two digits at least ("05");
// "" for zero.
std::string ShortNumber(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  if (digits == "0") return "";
  return digits.size() == 1 ? "0" + std::string(digits) : std::string(digits);
}

// The numbers listed after a short name's number ending at pos, each after a comma or "và",
// of up to four digits and perhaps its year ("935, 936", "18/2016 và 19/2016"), up to
// kMaxListed; none unless the list ends the clause or an issuer follows it (checked by the
// caller), so that ", 10 năm qua" is not read as a number.
constexpr std::size_t kMaxListed = 8;
struct ListedNumber {
  TextSpan span;
  std::string number, year;
};
std::vector<ListedNumber> NumbersListedAfter(std::string_view text, std::size_t pos) {
  std::vector<ListedNumber> listed;
  while (listed.size() < kMaxListed) {
    const std::size_t at = NextInList(text, pos);
    if (at == 0) break;
    std::size_t end = at;
    while (end < text.size() && end - at < 5 && IsAsciiDigit(text[end])) ++end;
    const std::string_view digits = text.substr(at, end - at);
    if (digits.empty() || digits.size() > 4 || WordEnd(text, end) != end) break;
    if (digits.size() == 4 && digits >= "1945" && digits <= "2099") break;  // a year, not a number
    ListedNumber number{{at, end}, ShortNumber(digits), ""};
    if (const std::size_t year_end = YearOfPartialNumber(text, end)) {
      number.year = std::string(text.substr(end + 1, 4));
      number.span.end = year_end;
    }
    if (number.number.empty() || GoesOnIntoNumber(text, number.span.end)) break;
    pos = number.span.end;
    listed.push_back(std::move(number));
  }
  return listed;
}

// Whether the clause ends at pos: a punctuation mark, a closing one, a line break or the end.
bool ClauseEndsAt(std::string_view text, std::size_t pos) {
  pos = SkipBlanks(text, pos);
  if (pos >= text.size()) return true;
  return std::string_view(".,;:)]!?\n\r\"").find(text[pos]) != std::string_view::npos ||
         text.substr(pos, 3) == "”" || text.substr(pos, 3) == "’" || text.substr(pos, 2) == "»";
}

// A short name at pos, after its type word ending at type_end: "[số] 05 [của …]". The names
// of numbers listed after it with its type ("Quyết định 935, 936 của …") are appended to
// *listed, each spanning its number (the last, the issuer after it too).
std::optional<DocumentName> ShortNameAfter(std::string_view text, std::size_t pos, std::size_t type_end,
                                           const TypeWord& type, bool capital, std::vector<DocumentName>* listed) {
  std::size_t at = type_end;
  const std::size_t number_word = Words(text, at, {"so"});
  // A type word in lower case is a verb as often as a name ("quyết định 3 việc"), unless "số"
  // follows it, or the number has its issuer after it, its year with it ("quyết định 49/2011")
  // or its date in parentheses ("quyết định 49 (ngày 1/9/2011)"): checked below. A count may
  // be followed by "năm 2020" or "ngày 1/9" ("quyết định 10 năm 2020 là năm …").
  const bool maybe_verb = number_word == 0 && !capital && type.also_verb;
  if (number_word != 0) at = number_word;
  at = SkipBlanks(text, at);
  std::size_t digits_end = at;
  while (digits_end < text.size() && digits_end - at < 5 && IsAsciiDigit(text[digits_end])) ++digits_end;
  if (digits_end == at || digits_end - at > 4) return std::nullopt;
  // The number must end here: not go on into a document number, a decimal or a word; but it
  // may carry its year ("Nghị định 15/2016", with no type or body code after it).
  if (WordEnd(text, digits_end) != digits_end) return std::nullopt;
  const std::size_t year_of_number = YearOfPartialNumber(text, digits_end);
  const std::size_t after = SkipBlanks(text, year_of_number != 0 ? year_of_number : digits_end);
  if (GoesOnIntoNumber(text, after)) return std::nullopt;
  DocumentName name;
  name.kind = NameKind::kShort;
  name.type = type.code;
  name.system = type.system;
  name.number = ShortNumber(text.substr(at, digits_end - at));
  if (name.number.empty()) return std::nullopt;
  std::size_t year_end = digits_end;
  if (year_of_number != 0) {
    name.year = std::string(text.substr(digits_end + 1, 4));
    name.year_in_number = true;
    digits_end = year_end = year_of_number;
  } else {
    name.year = YearAfter(text, digits_end, &year_end, &name.date);
  }
  name.span = {pos, digits_end};
  std::vector<ListedNumber> others = NumbersListedAfter(text, year_end);
  const std::size_t list_end = others.empty() ? year_end : others.back().span.end;
  std::size_t issuer_end = list_end;
  std::size_t issuer_at = SkipBlanks(text, list_end);
  if (issuer_at < text.size() && text[issuer_at] == ',') issuer_at = issuer_at + 1;
  name.issuer_body = IssuerAfter(text, issuer_at, name.type, &issuer_end);
  if (!others.empty() && name.issuer_body.empty() && !ClauseEndsAt(text, list_end)) {
    others.clear();
    issuer_end = year_end;
    name.issuer_body = IssuerAfter(text, SkipBlanks(text, year_end), name.type, &issuer_end);
  }
  const bool dated_in_parenthesis = !name.year.empty() && after < text.size() && text[after] == '(';
  if (maybe_verb && name.issuer_body.empty() && year_of_number == 0 && !dated_in_parenthesis) return std::nullopt;
  if (!name.issuer_body.empty() && issuer_end > list_end) {
    const std::size_t issuer_begin = SkipBlanks(text, Words(text, SkipBlanks(text, issuer_at), {"cua"}));
    name.issuer = std::string(text.substr(issuer_begin, issuer_end - issuer_begin));
  }
  if (name.issuer_body.empty()) name.issuer_body = IssuerBefore(text, pos);
  // The date may follow the issuer instead: "Nghị định số 19 của Chính phủ (ban hành) ngày
  // 22-3-2016". It dates the name; the span stays the name and its issuer.
  if (name.year.empty() && issuer_end > year_end) {
    std::size_t date_end = 0;
    name.year = YearAfter(text, OptionalWords(text, issuer_end, {"ban", "hanh"}), &date_end, &name.date);
  }
  // The span covers the year only when an issuer follows it: "Chỉ thị số 50 ngày 7/12/2015 của
  // Bộ Chính trị" is one name, "Nghị định 154" is a name in "Nghị định 154 năm 2016".
  name.span.end = issuer_end > list_end ? issuer_end : digits_end;
  for (ListedNumber& other : others) {
    DocumentName listed_name = name;
    listed_name.number = std::move(other.number);
    listed_name.year = std::move(other.year);
    listed_name.year_in_number = !listed_name.year.empty();
    listed_name.date.clear();
    listed_name.span = other.span;
    listed->push_back(std::move(listed_name));
  }
  if (!others.empty()) {
    name.span.end = digits_end;
    if (issuer_end > list_end) listed->back().span.end = issuer_end;
  }
  return name;
}

// pos past the opening marks that may come before a word: ( [ " ' “ ‘ «.
std::size_t SkipOpeningMarks(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '(' || c == '[' || c == '"' || c == '\'' || c == '\t') {
      ++pos;
    } else if (text.substr(pos, 3) == "“" || text.substr(pos, 3) == "‘" || text.substr(pos, 2) == "«") {
      pos += text.substr(pos, 2) == "«" ? 2 : 3;
    } else {
      break;
    }
  }
  return pos;
}

// The name starting at pos, a word start, or nullopt; the names of numbers listed after a short
// name are appended to *listed.
std::optional<DocumentName> NameAt(std::string_view text, std::size_t pos, std::vector<DocumentName>* listed) {
  DocumentName name;
  name.span.begin = pos;
  const auto plenum = [&](Ordinal ordinal) -> std::optional<DocumentName> {
    if (ordinal.value == 0) return std::nullopt;
    name.kind = NameKind::kPlenum;
    name.type = "NQ";
    name.session = ordinal.value;
    const Term term = TermAfter(text, ordinal.end);
    name.term = term.roman;
    name.second_term = term.second_roman;
    name.span.end = term.end != 0 ? term.end : ordinal.end;
    return name;
  };
  if (Ordinal abbreviated = AbbreviatedPlenum(text, pos); abbreviated.value != 0) return plenum(abbreviated);
  std::size_t after_resolution = Words(text, pos, {"nghi", "quyet"});
  std::size_t meeting = Words(text, after_resolution != 0 ? after_resolution : pos, {"hoi", "nghi"});
  if (meeting != 0) return plenum(PlenumAfter(text, meeting, /*meeting=*/true));
  if (after_resolution != 0) {
    if (std::size_t congress = Words(text, after_resolution, {"dai", "hoi"})) {
      Ordinal ordinal = CongressAfter(text, congress);
      if (ordinal.value == 0) return std::nullopt;
      name.kind = NameKind::kCongress;
      name.type = "NQ";
      name.term = RomanNumeral(ordinal.value);
      name.span.end = ordinal.end;
      return name;
    }
    if (auto found = plenum(PlenumAfter(text, after_resolution, /*meeting=*/false))) return found;
  }
  const bool capital = IsAsciiUpper(text[pos]);
  for (const TypeWord& type : kTypeWords) {
    if (std::size_t end = Words(text, pos, {type.first, type.second})) {
      return ShortNameAfter(text, pos, end, type, capital, listed);
    }
  }
  return std::nullopt;
}

// Whether a name may start at pos: a word starts there, and its first word, folded, is one names
// start with ("nghị", "hội", "chỉ", "quy", "quyết", "kết", "hướng", "thông"), or it starts
// "NQ". Nearly every byte is turned away by its value or the byte before it, without decoding
// any text: the scan costs little beside the analysis (tools/bench_analysis).
bool MayStartName(std::string_view text, std::size_t pos) {
  if (!MayBeLead(text, pos) || !AtWordStart(text, pos)) return false;
  if (text.substr(pos, 2) == "NQ") return true;
  constexpr std::size_t kLongest = 5;  // "quyết", "hướng", "thông"
  static const CharTables& tables = CharTables::Get();
  char folded[kLongest];
  std::size_t length = 0;
  for (std::size_t i = pos; i < text.size();) {
    char32_t letter;
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      letter = static_cast<char32_t>(IsAsciiUpper(text[i]) ? text[i] - 'A' + 'a' : text[i]);
      ++i;
    } else {
      std::size_t bytes = 0;
      letter = tables.StripDiacritics(CodePointAt(text, i, &bytes));
      i += bytes;
      if (letter == 0) continue;  // a combining mark
    }
    if (letter < 'a' || letter > 'z') break;
    if (length == kLongest) return false;
    folded[length++] = static_cast<char>(letter);
  }
  const std::string_view lead(folded, length);
  return lead == "nghi" || lead == "hoi" || lead == "chi" || lead == "quy" || lead == "quyet" || lead == "ket" ||
         lead == "huong" || lead == "thong";
}

}  // namespace

std::string RomanNumeral(int value) {
  if (value < 1 || value > kMaxOrdinal) return "";
  static constexpr std::array<std::string_view, 10> kUnits = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  return std::string(value / 10, 'X') + std::string(kUnits[value % 10]);
}

std::string CongressNumber(std::string_view term) { return "ĐH-" + std::string(term); }

std::string ParseCongressNumber(std::string_view written) {
  std::size_t at = 0;
  if (!DWithStrokeAt(written, 0).empty()) {
    at = 2;
  } else if (!written.empty() && (written[0] == 'D' || written[0] == 'd')) {
    at = 1;
  } else {
    return "";
  }
  if (written.size() < at + 2 || (written[at] != 'H' && written[at] != 'h') || written[at + 1] != '-') return "";
  const int value = RomanValue(written.substr(at + 2), /*upper_only=*/false);
  return value != 0 ? CongressNumber(RomanNumeral(value)) : "";
}

std::string NumberSpelledBy(const DocumentName& name, std::string_view cited_on, bool* local) {
  const std::string& body = name.issuer_body;
  std::string written;
  *local = false;
  // Decrees are the Government's, though often said to be the Prime Minister's.
  if (name.type == "NĐ" && !name.year.empty() && (body.empty() || body == "CP" || body == "TTg")) {
    written = name.number + "/" + name.year + "/NĐ-CP";
  } else if ((name.type == "NQ" && body == "CP") || (name.type == "CT" && body == "TTg")) {
    written = name.number + "/" + name.type + "-" + body;
  } else if (const Code* code = body.empty() ? nullptr : FindIssuingBody(body);
             code != nullptr && code->system == CodeSystem::kState) {
    // The Prime Minister's or a province's decision, or a province's council's resolution,
    // written with its year ("Quyết định 33/2014 của UBND TP": 33/2014/QĐ-UBND): their
    // legal rules are numbered so. Written apart, as a date, the year does not say whether
    // the number has it (a province's 33/QĐ-UBND has none), and writers add the year to
    // other numbers too: a ministry's decisions, and the many single decisions numbered into
    // the thousands (1667/QĐ-BCT), carry none. Provinces wrote UB until about 2005 (HCMC's
    // 150/2004/QĐ-UB), so older ones stay unlinked.
    const bool numbered_with_year = (name.type == "QĐ" && (body == "TTg" || body == "UBND")) ||
                                    (name.type == "NQ" && body == "HĐND");
    if (!name.year_in_number || !numbered_with_year || std::stoi(name.number) >= kFewestSingleDecisions) {
      return "";
    }
    if (body != "TTg") {
      if (name.year < kFirstYearOfUbndCodes) return "";
      *local = true;
    }
    written = name.number + "/" + name.year + "/" + name.type + "-" + body;
  } else if (!body.empty() && name.system != IdentifierSystem::kState) {
    const Code* code = FindIssuingBody(body);
    if (code == nullptr || !InParty(code->system)) return "";
    const bool central = body.size() >= 2 && body.compare(body.size() - 2, 2, "TW") == 0;
    if (!central) *local = true;
    std::string type = name.type;
    if (type == "QĐi") {
      // Issued in the year written with the name, else by the citing document's date.
      const std::string by_year = !name.year.empty() ? name.year : std::string(cited_on.substr(0, 4));
      if (!name.year.empty() && name.year >= kFirstYearOfQdiOnly) {
        type = "QĐi";
      } else if (by_year.size() == 4 && by_year <= kLastYearOfQdOnly) {
        type = "QĐ";
      } else {
        return "";
      }
    }
    written = name.number + "-" + type + "/" + body;
  }
  std::optional<IdentifierMention> id = ParseIdentifier(written);
  return id ? id->canonical : "";
}

std::string PlenumKey(std::string_view term, int session) {
  return std::string(term) + "/" + std::to_string(session);
}

std::vector<DocumentName> FindDocumentNames(std::string_view text) {
  std::vector<DocumentName> names;
  // A name starts a word, and words start after a space or a line break, or after an opening
  // mark there ("(Nghị", "“Chỉ"): the scan jumps from one to the next with memchr rather than
  // looking at every byte, which keeps it cheap beside the analysis (tools/bench_analysis).
  std::size_t next_line = text.find('\n');
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = SkipOpeningMarks(text, pos);
    if (start < text.size() && MayStartName(text, start)) {
      std::vector<DocumentName> listed;
      if (std::optional<DocumentName> name = NameAt(text, start, &listed)) {
        pos = listed.empty() ? name->span.end : listed.back().span.end;
        names.push_back(std::move(*name));
        std::move(listed.begin(), listed.end(), std::back_inserter(names));
      }
    }
    if (next_line != std::string_view::npos && next_line < pos) next_line = text.find('\n', pos);
    const std::size_t boundary = std::min(text.find(' ', pos), next_line);
    if (boundary == std::string_view::npos) break;
    pos = boundary + 1;
  }
  return names;
}

}  // namespace vankien::analysis
