#include "analysis/tone_placement.h"

#include "analysis/char_tables.h"

namespace vankien::analysis {
namespace {

// The base letter of cp without tone, lower case; shape marks are kept, so 'â' is not 'a'.
char32_t ToneFreeLower(const CharTables& tables, char32_t cp) {
  return tables.FoldCase(tables.RemoveTone(cp));
}

bool IsVowel(char32_t lower) {
  switch (lower) {
    case U'a': case U'ă': case U'â': case U'e': case U'ê': case U'i':
    case U'o': case U'ô': case U'ơ': case U'u': case U'ư': case U'y':
      return true;
    default:
      return false;
  }
}

}  // namespace

void CanonicalizeTonePlacement(std::u32string* syllable) {
  std::u32string& s = *syllable;
  const std::size_t n = s.size();
  if (n < 2) return;
  const CharTables& tables = CharTables::Get();
  const Tone tone = tables.ToneOf(s[n - 1]);
  if (tone == Tone::kNone || tables.ToneOf(s[n - 2]) != Tone::kNone) return;

  const char32_t first = ToneFreeLower(tables, s[n - 2]);
  const char32_t second = ToneFreeLower(tables, s[n - 1]);
  const bool styled_pair = (first == U'o' && (second == U'a' || second == U'e')) ||
                           (first == U'u' && second == U'y');
  if (!styled_pair) return;
  if (n >= 3) {
    const char32_t before = ToneFreeLower(tables, s[n - 3]);
    // "quy" is qu + y; a vowel before the pair means a longer vowel group, not this pattern.
    if (IsVowel(before) || (first == U'u' && before == U'q')) return;
  }
  s[n - 2] = tables.AddTone(s[n - 2], tone);
  s[n - 1] = tables.RemoveTone(s[n - 1]);
}

}  // namespace vankien::analysis
