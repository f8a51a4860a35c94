#include "readers/vietnamese_syllable.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

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

// Lower-case Latin letters with diacritics, split by ICU's decomposition: the tone mark is
// taken off and the rest recomposed (ậ → â + dot below). Built once: the Latin-1 supplement,
// Latin Extended-A/B up to ư, and the Vietnamese block U+1EA0–U+1EF9.
const std::unordered_map<char32_t, Letter>& LetterTable() {
  static const auto* table = [] {
    auto* letters = new std::unordered_map<char32_t, Letter>();
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return letters;
    auto add_range = [&](char32_t first, char32_t last) {
      for (char32_t cp = first; cp <= last; ++cp) {
        if (!u_islower(static_cast<UChar32>(cp))) continue;
        icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status);
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
        icu::UnicodeString base = nfc->normalize(rest, status);
        if (U_SUCCESS(status) && base.countChar32() == 1) {
          (*letters)[cp] = Letter{static_cast<char32_t>(base.char32At(0)), tone};
        }
      }
    };
    add_range(0x00C0, 0x01B0);
    add_range(0x1EA0, 0x1EF9);
    return letters;
  }();
  return *table;
}

// The vowel groups Vietnamese writes between onset and final consonant (the semivowel finals
// -i, -y, -o, -u included), with qu- and gi- taking their own u and i.
const std::unordered_set<std::u32string>& VowelGroups() {
  static const auto* groups = new std::unordered_set<std::u32string>{
      U"a", U"ă", U"â", U"e", U"ê", U"i", U"o", U"ô", U"ơ", U"u", U"ư", U"y",
      U"ai", U"ao", U"au", U"ay", U"âu", U"ây", U"eo", U"êu", U"ia", U"iê", U"iu", U"oa",
      U"oă", U"oe", U"oi", U"ôi", U"ơi", U"oo", U"ôô", U"ua", U"uâ", U"uê", U"ui", U"uô",
      U"uơ", U"uy", U"ưa", U"ưi", U"ươ", U"ưu", U"yê", U"iêu", U"yêu", U"oai", U"oay",
      U"oao", U"oeo", U"uây", U"uôi", U"ươi", U"ươu", U"uya", U"uyê", U"uyu"};
  return *groups;
}

constexpr std::array<std::u32string_view, 27> kOnsets = {
    U"ngh", U"ng", U"nh", U"ch", U"gh", U"gi", U"kh", U"ph", U"qu", U"th", U"tr", U"b", U"c",
    U"d",   U"đ",  U"g",  U"h",  U"k",  U"l",  U"m",  U"n",  U"p",  U"r",  U"s",  U"t", U"v",
    U"x"};
constexpr std::array<std::u32string_view, 8> kFinals = {U"ng", U"nh", U"ch", U"c",
                                                        U"m",  U"n",  U"p",  U"t"};

bool IsStop(std::u32string_view final_consonant) {
  return final_consonant == U"c" || final_consonant == U"ch" || final_consonant == U"p" ||
         final_consonant == U"t";
}

// Whether onset + group + final (tone `tone`) obeys the rules the header lists.
bool FitsRules(std::u32string_view group, std::u32string_view final_consonant, Tone tone) {
  if (!VowelGroups().count(std::u32string(group))) return false;
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
  if (word.empty() || word.size() > 8) return false;
  std::u32string base;
  Tone tone = Tone::kNone;
  for (char32_t c : word) {
    c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    Letter letter{c, Tone::kNone};
    if (c >= 0x80) {
      auto it = LetterTable().find(c);
      if (it == LetterTable().end()) return false;
      letter = it->second;
    } else if (c < 'a' || c > 'z' || c == 'f' || c == 'j' || c == 'w' || c == 'z') {
      return false;
    }
    if (letter.tone != Tone::kNone) {
      // A tone sits on a vowel only ("ñ" is not n with a ngã).
      if (tone != Tone::kNone || std::u32string_view(U"aăâeêioôơuưy").find(letter.base) ==
                                     std::u32string_view::npos) {
        return false;
      }
      tone = letter.tone;
    }
    base.push_back(letter.base);
  }
  const std::u32string_view syllable = base;
  for (std::size_t onset_index = 0; onset_index <= kOnsets.size(); ++onset_index) {
    const std::u32string_view onset = onset_index < kOnsets.size() ? kOnsets[onset_index] : U"";
    if (syllable.substr(0, onset.size()) != onset) continue;
    const std::u32string_view rest = syllable.substr(onset.size());
    if (rest.empty()) continue;
    if (FitsRules(rest, U"", tone)) return true;
    for (std::u32string_view final_consonant : kFinals) {
      if (rest.size() > final_consonant.size() &&
          rest.substr(rest.size() - final_consonant.size()) == final_consonant &&
          FitsRules(rest.substr(0, rest.size() - final_consonant.size()), final_consonant, tone)) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace vankien::readers
