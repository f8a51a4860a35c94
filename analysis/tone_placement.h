// Canonical tone-mark placement, so that the two spelling styles in use are one term.
//
// Vietnamese writes the tone of the open syllables ending in "oa", "oe" and "uy" either on the
// first vowel (the older style, still the most common in print: hòa, khỏe, thủy, ủy) or on the
// second (the style of the 1984 spelling rules of the Ministry of Education, Quyết định
// 240/QĐ: hoà, khoẻ, thuỷ, uỷ). Both are correct; NFC does not unify them. vankien writes every
// such syllable in the older style. Only open syllables differ between the styles: when a
// final consonant or vowel follows (hoàn, huýt, hoài, khuỷu) the mark sits on the same letter
// in both, and in "qu" + "y" (quý) the u belongs to the consonant, so the mark stays on the y.
// Reference: "Quy tắc đặt dấu thanh trong chữ quốc ngữ", Vietnamese Wikipedia, and the
// Vietnamese alphabet article of the English Wikipedia (section on tone-mark placement).
#ifndef VANKIEN_ANALYSIS_TONE_PLACEMENT_H_
#define VANKIEN_ANALYSIS_TONE_PLACEMENT_H_

#include <string>

namespace vankien::analysis {

// Rewrites one NFC syllable in place so its tone mark follows the older style (hoá → hóa,
// Uỷ → Ủy, THUỶ → THỦY). Letter case is kept. Anything that is not such a syllable is left
// unchanged.
void CanonicalizeTonePlacement(std::u32string* syllable);

}  // namespace vankien::analysis

#endif  // VANKIEN_ANALYSIS_TONE_PLACEMENT_H_
