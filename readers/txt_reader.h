// Reads a plain-text file (.txt): a news article laid out the way news sites print them — a
// title line, a date line near the top, then the body — whose title, publication date and
// source it works out; or, when the text is in the official layout of a Party or State document
// (readers/official_layout.h), a document with the layout's fields and without its header,
// signature and recipients in the text.
#ifndef VANKIEN_READERS_TXT_READER_H_
#define VANKIEN_READERS_TXT_READER_H_

#include <string_view>

#include "readers/read_result.h"

namespace vankien::readers {

// How the lines of a text make paragraphs.
enum class LineBreaks {
  kParagraphs,  // every line is a paragraph, as news sites' .txt files have it
  kWrapped,     // paragraphs are apart by blank lines, and a line break within one is a wrap
                // (the text a format reader extracted: readers/paragraph_text.h)
};

// Parses the bytes of one .txt file into one record with the given id (its path below the
// indexed root). Never fails on text; an empty or blank file is an error.
ReadResult ReadTextArticle(std::string_view bytes, std::string_view id,
                           LineBreaks breaks = LineBreaks::kParagraphs);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_TXT_READER_H_
