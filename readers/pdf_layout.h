// The reading order of a PDF page, rebuilt from its words and their boxes. A PDF holds glyphs
// at positions, not text: poppler's physical layout puts side-by-side columns on one line, and
// every Party document opens with two (the issuer and its number on the left, "ĐẢNG CỘNG SẢN
// VIỆT NAM" and the dating line on the right). The page is cut recursively (an XY cut) at
// the white bands no word crosses: rows at wide horizontal gaps, columns at wide vertical
// ones, so each column is read top to bottom before the one to its right.
#ifndef VANKIEN_READERS_PDF_LAYOUT_H_
#define VANKIEN_READERS_PDF_LAYOUT_H_

#include <string>
#include <vector>

#include "readers/extraction.h"

namespace vankien::readers {

// A rectangle on the page in points, y growing downwards (as poppler gives them).
struct Box {
  double left = 0, top = 0, right = 0, bottom = 0;
};

// One word as the PDF draws it.
struct PlacedWord {
  std::u32string text;
  std::string font;            // the font's name, without a subset prefix ("ABCDEF+")
  Box box;
  std::vector<Box> glyphs;     // one box per code point of text, or empty when unknown
};

// The font name a PDF gives, without the six-capital subset tag ("AAAAAA+DejaVuSerif" →
// "DejaVuSerif"), which differs between files for the same font.
std::string WithoutSubsetTag(std::string font);

// Moves every word that is nothing but diacritics drawn as their own glyphs (a combining
// mark, or a spacing accent such as ´ ` ˜ placed over a letter, as legacy Vietnamese
// fonts and some producers draw them) into the word whose letter it sits over, as the
// combining mark right after that letter, so "Đa" + "´" + "ng" reads "Đáng" once NFC is
// applied. A mark over no letter is left where it is.
void JoinDetachedMarks(std::vector<PlacedWord>* words);

// The words of one page (a text layer's, or OCR's) as paragraphs in reading order: one
// paragraph a block of the XY cut, and another from each line in it that is indented yet
// reaches the block's right edge (a justified paragraph's first line); the lines of a
// paragraph joined by "\n", its words by spaces, and a new run wherever the font changes.
std::vector<Paragraph> ReadingOrder(std::vector<PlacedWord> words);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_PDF_LAYOUT_H_
