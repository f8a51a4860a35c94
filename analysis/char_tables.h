// Per-code-point facts the analysis chain needs for every character it sees: case folding,
// diacritic removal, and the tone mark of a Vietnamese vowel. They are computed once from ICU's
// data at start-up into flat arrays, because asking ICU (or running a transliterator) per
// character is several times slower than a table lookup (see docs/analysis.md).
#ifndef VANKIEN_ANALYSIS_CHAR_TABLES_H_
#define VANKIEN_ANALYSIS_CHAR_TABLES_H_

#include <array>
#include <cstdint>
#include <memory>

namespace vankien::analysis {

// The five Vietnamese tone marks (dấu thanh); kNone is the level tone (thanh ngang).
enum class Tone : uint8_t { kNone, kGrave, kAcute, kHookAbove, kTilde, kDotBelow };

class CharTables {
 public:
  // Returns the process-wide tables, building them on first use. Thread-safe.
  static const CharTables& Get();

  // ICU's default case folding of cp (simple, one code point to one), except that Ð and ð,
  // which stand for Đ in Vietnamese text, fold to đ.
  char32_t FoldCase(char32_t cp) const {
    return cp < kTableSize ? entries_[cp].case_folded : FoldCaseSlow(cp);
  }

  // cp case-folded with every diacritic removed: ICU's canonical decomposition without its
  // combining marks, plus đ/Đ (and the lookalikes Ð/ð) → d, which Unicode does not decompose. Returns 0 for a combining
  // mark, which the caller drops.
  char32_t StripDiacritics(char32_t cp) const {
    return cp < kTableSize ? entries_[cp].stripped : StripDiacriticsSlow(cp);
  }

  // The tone mark carried by cp, or Tone::kNone.
  Tone ToneOf(char32_t cp) const { return cp < kTableSize ? entries_[cp].tone : Tone::kNone; }

  // cp without its tone mark; case and the other marks (ă â ê ô ơ ư) are kept.
  char32_t RemoveTone(char32_t cp) const {
    return cp < kTableSize ? entries_[cp].toneless : cp;
  }

  // The precomposed letter for toneless + tone, or toneless itself when Unicode has none.
  char32_t AddTone(char32_t toneless, Tone tone) const;

  // True when cp may not be in NFC (ICU's NFC quick check is not YES): only then does a token
  // need the full normaliser.
  bool MayNeedNfc(char32_t cp) const {
    return cp < kTableSize ? entries_[cp].may_need_nfc : MayNeedNfcSlow(cp);
  }

  CharTables(const CharTables&) = delete;
  CharTables& operator=(const CharTables&) = delete;

 private:
  // Latin, its extensions, combining marks, Greek, Cyrillic and Latin Extended Additional (the
  // Vietnamese letters with two marks) all lie below U+2000.
  static constexpr char32_t kTableSize = 0x2000;

  struct Entry {
    char32_t case_folded;
    char32_t stripped;
    char32_t toneless;
    Tone tone;
    bool may_need_nfc;
  };

  CharTables();
  static char32_t FoldCaseSlow(char32_t cp);
  static char32_t StripDiacriticsSlow(char32_t cp);
  static bool MayNeedNfcSlow(char32_t cp);

  std::unique_ptr<std::array<Entry, kTableSize>> table_;
  const Entry* entries_;
};

}  // namespace vankien::analysis

#endif  // VANKIEN_ANALYSIS_CHAR_TABLES_H_
