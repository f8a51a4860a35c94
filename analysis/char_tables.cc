#include "analysis/char_tables.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace vankien::analysis {
namespace {

// The combining marks that carry a Vietnamese tone, indexed by Tone.
constexpr char32_t kToneMarks[] = {0, 0x0300, 0x0301, 0x0309, 0x0303, 0x0323};

const icu::Normalizer2& Nfd() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU: cannot load the NFD normaliser");
  return *nfd;
}

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU: cannot load the NFC normaliser");
  return *nfc;
}

bool IsCombiningMark(char32_t cp) {
  return u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK;
}

// The full canonical decomposition of cp as code points.
std::u32string Decompose(char32_t cp) {
  icu::UnicodeString decomposed;
  std::u32string out;
  if (!Nfd().getDecomposition(static_cast<UChar32>(cp), decomposed)) {
    out.push_back(cp);
    return out;
  }
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    out.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  return out;
}

Tone ToneOfMark(char32_t mark) {
  for (int t = 1; t < 6; ++t) {
    if (kToneMarks[t] == mark) return static_cast<Tone>(t);
  }
  return Tone::kNone;
}

// Ð (U+00D0) and ð (U+00F0) are not Vietnamese letters: in Vietnamese text they are Đ and đ
// written with the lookalike that legacy encodings and PDF extraction leave behind.
bool IsDWithStroke(char32_t cp) { return cp == U'đ' || cp == U'Đ' || cp == U'ð' || cp == U'Ð'; }

}  // namespace

const CharTables& CharTables::Get() {
  static const CharTables tables;
  return tables;
}

CharTables::CharTables() : table_(std::make_unique<std::array<Entry, kTableSize>>()) {
  auto& table = *table_;
  for (char32_t cp = 0; cp < kTableSize; ++cp) {
    Entry& entry = table[cp];
    entry.case_folded = FoldCaseSlow(cp);
    entry.stripped = StripDiacriticsSlow(cp);
    entry.may_need_nfc = MayNeedNfcSlow(cp);
    entry.tone = Tone::kNone;
    entry.toneless = cp;

    // A Vietnamese vowel with a tone decomposes to base letter, shape mark (if any) and tone
    // mark; dropping the tone mark and recomposing gives the toneless letter.
    std::u32string parts = Decompose(cp);
    if (parts.size() < 2) continue;
    std::u32string kept;
    for (char32_t part : parts) {
      Tone tone = ToneOfMark(part);
      if (tone != Tone::kNone && entry.tone == Tone::kNone) {
        entry.tone = tone;
      } else {
        kept.push_back(part);
      }
    }
    if (entry.tone == Tone::kNone) continue;
    icu::UnicodeString recomposed;
    for (char32_t part : kept) recomposed.append(static_cast<UChar32>(part));
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString composed = Nfc().normalize(recomposed, status);
    if (U_FAILURE(status) || composed.countChar32() != 1) {
      entry.tone = Tone::kNone;  // not a single letter without its tone: leave it alone
      continue;
    }
    entry.toneless = static_cast<char32_t>(composed.char32At(0));
  }
  entries_ = table.data();
}

char32_t CharTables::AddTone(char32_t toneless, Tone tone) const {
  if (tone == Tone::kNone) return toneless;
  UChar32 composed = Nfc().composePair(static_cast<UChar32>(toneless),
                                       static_cast<UChar32>(kToneMarks[static_cast<int>(tone)]));
  return composed < 0 ? toneless : static_cast<char32_t>(composed);
}

char32_t CharTables::FoldCaseSlow(char32_t cp) {
  if (IsDWithStroke(cp)) return U'đ';
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
}

char32_t CharTables::StripDiacriticsSlow(char32_t cp) {
  if (IsDWithStroke(cp)) return U'd';
  if (IsCombiningMark(cp)) return 0;
  std::u32string parts = Decompose(cp);
  return FoldCaseSlow(parts.front());
}

bool CharTables::MayNeedNfcSlow(char32_t cp) {
  return u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NFC_QUICK_CHECK) != UNORM_YES;
}

}  // namespace vankien::analysis
