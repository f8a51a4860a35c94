// Whether the text layer of a PDF page says anything, or the page must be OCR'd: a scan has
// no text or a few stray characters, and a page typed in a legacy 8-bit font without a usable
// encoding extracts as symbol soup ("Ch\u00b8nh" instead of "Chính" when the font is not named).
#ifndef VANKIEN_READERS_TEXT_LAYER_QUALITY_H_
#define VANKIEN_READERS_TEXT_LAYER_QUALITY_H_

#include <vector>

#include "readers/pdf_layout.h"

namespace vankien::readers {

// Pages with fewer letters than this in their text layer are OCR'd: a scan with only a page
// number or a stamp drawn as text.
inline constexpr int kMinTextLayerLetters = 20;

// True when the page's words have kMinTextLayerLetters letters or more and either most words
// with letters are spelt with the letters of Vietnamese (and English) or are in a font named as
// a legacy Vietnamese one (.VnTime, VNI-Times), whose runs the caller decodes by the font, or
// the words read as legacy bytes that decode to Vietnamese (readers/legacy_encoding.h).
bool IsUsableTextLayer(const std::vector<PlacedWord>& words);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_TEXT_LAYER_QUALITY_H_
