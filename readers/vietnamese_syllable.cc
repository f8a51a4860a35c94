#include "readers/vietnamese_syllable.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <set>
#include <string>

namespace vankien::readers {
namespace {

enum class Tone { kNone, kGrave, kAcute, kHook, kTilde, kDot };

// A letter split into what the alphabet has (a, â, ơ, đ …) and the tone mark on it.
struct Letter {
  char32_t base;
  Tone tone;
};

Tone ToneOfMark(char32_t mark) {
  switch (mark) {
    case 0x0300: return Tone::kGrave;
    case 0x0301: return Tone::kAcute;
    case 0x0309: return Tone::kHook;
    case 0x0303: return Tone::kTilde;
    case 0x0323: return Tone::kDot;
    default: return Tone::kNone;
  }
}

// The Latin letters with diacritics, split by ICU's decomposition: the tone mark is taken off
// and the rest recomposed (ậ → â + dot below); both cases, the base in lower case. Built once
// for the Latin-1 supplement and Latin Extended-A/B up to ư (U+00C0–U+01B0) and the Vietnamese
// block (U+1EA0–U+1EF9); a zero base marks a code point that is no such letter.
constexpr char32_t kLatinFirst = 0x00C0, kLatinLast = 0x01B0;
constexpr char32_t kVietnameseFirst = 0x1EA0, kVietnameseLast = 0x1EF9;

struct LetterTables {
  std::array<Letter, kLatinLast - kLatinFirst + 1> latin{};
  std::array<Letter, kVietnameseLast - kVietnameseFirst + 1> vietnamese{};
};

Letter Split(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return Letter{0, Tone::kNone};
  const UChar32 lower = u_tolower(static_cast<UChar32>(cp));
  const icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString(lower), status);
  icu::UnicodeString rest;
  Tone tone = Tone::kNone;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    const UChar32 c = decomposed.char32At(i);
    if (ToneOfMark(static_cast<char32_t>(c)) != Tone::kNone) {
      tone = ToneOfMark(static_cast<char32_t>(c));
    } else {
      rest.append(c);
    }
  }
  const icu::UnicodeString base = nfc->normalize(rest, status);
  if (U_FAILURE(status) || base.countChar32() != 1 || !u_isalpha(base.char32At(0))) {
    return Letter{0, Tone::kNone};
  }
  return Letter{static_cast<char32_t>(base.char32At(0)), tone};
}

const LetterTables& Tables() {
  static const LetterTables* tables = [] {
    auto* t = new LetterTables();
    for (char32_t cp = kLatinFirst; cp <= kLatinLast; ++cp) t->latin[cp - kLatinFirst] = Split(cp);
    for (char32_t cp = kVietnameseFirst; cp <= kVietnameseLast; ++cp) {
      t->vietnamese[cp - kVietnameseFirst] = Split(cp);
    }
    return t;
  }();
  return *tables;
}

// The letter `c` is, its base in lower case; a zero base when it is none Vietnamese could use.
Letter LetterOf(char32_t c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    return Letter{c >= 'a' && c <= 'z' ? c : 0, Tone::kNone};
  }
  if (c >= kLatinFirst && c <= kLatinLast) return Tables().latin[c - kLatinFirst];
  if (c >= kVietnameseFirst && c <= kVietnameseLast) return Tables().vietnamese[c - kVietnameseFirst];
  return Letter{0, Tone::kNone};
}

// The vowel groups Vietnamese writes between onset and final consonant (the semivowel finals
// -i, -y, -o, -u included), with qu- and gi- taking their own u and i.
const std::set<std::u32string, std::less<>>& VowelGroups() {
  static const auto* groups = new std::set<std::u32string, std::less<>>{
      U"a", U"ă", U"â", U"e", U"ê", U"i", U"o", U"ô", U"ơ", U"u", U"ư", U"y",
      U"ai", U"ao", U"au", U"ay", U"âu", U"ây", U"eo", U"êu", U"ia", U"iê", U"iu", U"oa",
      U"oă", U"oe", U"oi", U"ôi", U"ơi", U"oo", U"ôô", U"ua", U"uâ", U"uê", U"ui", U"uô",
      U"uơ", U"uy", U"ưa", U"ưi", U"ươ", U"ưu", U"yê", U"iêu", U"yêu", U"oai", U"oay",
      U"oao", U"oeo", U"uây", U"uôi", U"ươi", U"ươu", U"uya", U"uyê", U"uyu"};
  return *groups;
}

bool IsVowel(char32_t c) {
  return std::u32string_view(U"aăâeêioôơuưy").find(c) != std::u32string_view::npos;
}

constexpr std::array<std::u32string_view, 27> kOnsets = {
    U"ngh", U"ng", U"nh", U"ch", U"gh", U"gi", U"kh", U"ph", U"qu", U"th", U"tr", U"b", U"c",
    U"d",   U"đ",  U"g",  U"h",  U"k",  U"l",  U"m",  U"n",  U"p",  U"r",  U"s",  U"t", U"v",
    U"x"};
constexpr std::array<std::u32string_view, 8> kFinals = {U"ng", U"nh", U"ch", U"c",
                                                        U"m",  U"n",  U"p",  U"t"};

bool IsOnset(std::u32string_view s) {
  return s.empty() || std::find(kOnsets.begin(), kOnsets.end(), s) != kOnsets.end();
}

bool IsFinal(std::u32string_view s) {
  return s.empty() || std::find(kFinals.begin(), kFinals.end(), s) != kFinals.end();
}

bool IsStop(std::u32string_view final_consonant) {
  return final_consonant == U"c" || final_consonant == U"ch" || final_consonant == U"p" ||
         final_consonant == U"t";
}

// Whether onset + group + final (tone `tone`) obeys the rules the header lists.
bool FitsRules(std::u32string_view group, std::u32string_view final_consonant, Tone tone) {
  if (group.empty() || VowelGroups().find(group) == VowelGroups().end()) return false;
  if (IsStop(final_consonant) && tone != Tone::kAcute && tone != Tone::kDot) return false;
  const char32_t last = group.back();
  if ((last == U'ă' || last == U'â') && final_consonant.empty()) return false;
  // -ch and -nh follow only a, ê, i, y (anh, êch, inh, uynh).
  if ((final_consonant == U"ch" || final_consonant == U"nh") && last != U'a' && last != U'ê' &&
      last != U'i' && last != U'y') {
    return false;
  }
  return true;
}

}  // namespace

bool IsVietnameseSyllable(std::u32string_view word) {
  constexpr std::size_t kLongest = 8;  // "nghiêng", "nghiễng" have seven letters
  if (word.empty() || word.size() > kLongest) return false;
  std::array<char32_t, kLongest> letters;
  std::size_t length = 0;
  Tone tone = Tone::kNone;
  for (char32_t c : word) {
    const Letter letter = LetterOf(c);
    if (letter.base == 0 || letter.base == U'f' || letter.base == U'j' || letter.base == U'w' ||
        letter.base == U'z') {
      return false;
    }
    if (letter.tone != Tone::kNone) {
      // A tone sits on a vowel only ("ñ" is not n with a ngã).
      if (tone != Tone::kNone || !IsVowel(letter.base)) return false;
      tone = letter.tone;
    }
    letters[length++] = letter.base;
  }
  // Consonants and vowels are distinct letters, so the syllable splits where they meet; only
  // the u of qu- and the i of gi- are vowels that belong to the onset.
  const std::u32string_view syllable(letters.data(), length);
  const std::size_t vowels_begin = std::min(syllable.size(), syllable.find_first_of(U"aăâeêioôơuưy"));
  std::size_t vowels_end = syllable.size();
  while (vowels_end > vowels_begin && !IsVowel(syllable[vowels_end - 1])) --vowels_end;
  std::u32string_view onset = syllable.substr(0, vowels_begin);
  std::u32string_view group = syllable.substr(vowels_begin, vowels_end - vowels_begin);
  const std::u32string_view final_consonant = syllable.substr(vowels_end);
  if (!IsFinal(final_consonant)) return false;
  if (onset == U"q") {
    if (group.size() < 2 || group[0] != U'u') return false;
    onset = U"qu";
    group.remove_prefix(1);
  }
  if (!IsOnset(onset)) return false;
  if (FitsRules(group, final_consonant, tone)) return true;
  // gi- before a vowel (giữa, giêng): the i is the onset's.
  return onset == U"g" && group.size() >= 2 && group[0] == U'i' &&
         FitsRules(group.substr(1), final_consonant, tone);
}

}  // namespace vankien::readers
