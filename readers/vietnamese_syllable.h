// Whether a word is shaped like a Vietnamese syllable: what tells a correctly decoded legacy
// text from the same bytes read in the wrong encoding.
#ifndef VANKIEN_READERS_VIETNAMESE_SYLLABLE_H_
#define VANKIEN_READERS_VIETNAMESE_SYLLABLE_H_

#include <string_view>

namespace vankien::readers {

// True when `word` (letters only, NFC, any case) reads as one Vietnamese syllable: an optional
// onset (b, ch, d, đ, g, gh, gi, h, k, kh, l, m, n, ng, ngh, nh, p, ph, qu, r, s, t, th, tr, v,
// x, or c), a vowel group Vietnamese writes (a, oa, uyê, ươi …), an optional final consonant
// (c, ch, m, n, ng, nh, p, t), at most one tone mark, and two phonotactic rules that garbled
// text breaks often: a syllable ending in c, ch, p or t takes only the sắc or nặng tone, and ă
// or â never ends a syllable. It is a generous approximation: it accepts some syllables no
// word uses ("céng"), which costs a detector little since a wrong decoding yields mostly
// words that fail, while it must never reject a real syllable.
bool IsVietnameseSyllable(std::u32string_view word);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_VIETNAMESE_SYLLABLE_H_
