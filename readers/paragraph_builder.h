// Collects the text a format reader walks through into Extraction paragraphs: consecutive
// pieces in the same font become one run, and a paragraph with nothing but whitespace is not
// kept, so every reader gets the same shape of output without repeating that bookkeeping.
#ifndef VANKIEN_READERS_PARAGRAPH_BUILDER_H_
#define VANKIEN_READERS_PARAGRAPH_BUILDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "readers/extraction.h"

namespace vankien::readers {

class ParagraphBuilder {
 public:
  // Appends text typed in `font` to the open paragraph, joining it to the last run when the
  // font is the same. Ill-formed UTF-8 in `text` is kept as U+FFFD.
  void Add(std::string_view text, std::string_view font);

  // Appends a line break ("\n") to the open paragraph's last run, so that a break between
  // lines (a table cell's paragraphs) takes no font of its own.
  void AddLineBreak();

  // Closes the open paragraph: it is kept when it holds a non-whitespace character.
  void EndParagraph();

  // Closes the open paragraph and hands over every kept paragraph, leaving the builder empty.
  std::vector<Paragraph> Take();

  // Bytes of text added so far, for readers that cap what they keep.
  std::size_t bytes() const { return bytes_; }

 private:
  Paragraph open_;
  std::vector<Paragraph> done_;
  std::size_t bytes_ = 0;
};

// The text of a paragraph, its runs joined as they are (no legacy decoding: that is
// readers/paragraph_text.h ParagraphText, for the text that is indexed).
std::string RunText(const Paragraph& paragraph);

// RunText of each paragraph.
std::vector<std::string> RunTextsOf(const std::vector<Paragraph>& paragraphs);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_PARAGRAPH_BUILDER_H_
