// The analysis chain's token filters. Each rewrites the code points of one token; Analyzer
// applies them in the order declared here, and each can be tested alone:
//   NFC → case folding → tone-mark placement (tone_placement.h) = the exact form;
//   the exact form without diacritics, đ → d = the folded form.
#ifndef VANKIEN_ANALYSIS_TOKEN_FILTERS_H_
#define VANKIEN_ANALYSIS_TOKEN_FILTERS_H_

#include <string>
#include <string_view>

namespace vankien::analysis {

// Normalises *token to NFC with ICU. Tokens that pass NFC's quick check (nearly all text) are
// returned untouched without calling the normaliser.
void NormalizeNfc(std::u32string* token);

// Case-folds *token with ICU's default (simple) case folding.
void FoldCase(std::u32string* token);

// Writes exact without any diacritic into *folded: every mark removed, đ → d. exact must
// already be case-folded.
void FoldDiacritics(std::u32string_view exact, std::u32string* folded);

// The exact form of one word given as UTF-8: NFC, case-folded, tone placement canonical.
// Invalid UTF-8 becomes U+FFFD. Convenience for callers outside the Analyzer (topic phrases,
// tests); the Analyzer runs the same filters on its own buffers.
std::string ExactForm(std::string_view word);

// The folded form of one word given as UTF-8: ExactForm without diacritics.
std::string FoldedForm(std::string_view word);

// The words of a phrase, folded, one space apart, punctuation dropped: "Phòng, chống tham nhũng"
// → "phong chong tham nhung" (folded, every Vietnamese letter is ASCII). For comparing names
// (topics, signers) however they are punctuated or accented.
std::string FoldedWords(std::string_view text);

}  // namespace vankien::analysis

#endif  // VANKIEN_ANALYSIS_TOKEN_FILTERS_H_
