// The plain text of what a reader extracted: runs typed in a legacy Vietnamese font decoded
// into Unicode (readers/legacy_encoding.h), then the whole made uniform for analysis.
#ifndef VANKIEN_READERS_PARAGRAPH_TEXT_H_
#define VANKIEN_READERS_PARAGRAPH_TEXT_H_

#include <string>

#include "readers/extraction.h"

namespace vankien::readers {

// The text of `paragraph`, its runs joined as they are. A run whose font implies a legacy
// encoding (".VnTime", ".VnTimeH", "VNI-Times") is decoded in it; the runs of any other font
// (or of none) are decoded only when all the paragraph's text in that font, judged together,
// reads as a legacy encoding — a single short run tells too little. So a TCVN3 run inside a
// Unicode paragraph is decoded and the rest kept. The result is NFC, with the Latin
// ligatures U+FB00–U+FB06 written out (ff, fi, fl, ffi, ffl, st, st) and no-break spaces as
// spaces.
std::string ParagraphText(const Paragraph& paragraph);

// The texts of the extraction's paragraphs (ParagraphText), those with no text left out,
// joined with "\n\n".
std::string PlainText(const Extraction& extraction);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_PARAGRAPH_TEXT_H_
