// What a format reader takes out of one file, before it becomes document records: the text as
// paragraphs of runs (each run with the font it was typed in, which is what tells a TCVN3 or
// VNI run from a Unicode one), and the metadata the container itself holds (a PDF's Info
// dictionary, DOCX's docProps/core.xml, ODT's meta.xml, an HTML page's <title> and meta tags),
// which is only a fallback for what the text's own layout says (readers/official_layout.h).
#ifndef VANKIEN_READERS_EXTRACTION_H_
#define VANKIEN_READERS_EXTRACTION_H_

#include <cstddef>
#include <string>
#include <vector>

namespace vankien::readers {

// A stretch of text in one font. `text` is UTF-8 as the format gave it: for a run typed in a
// legacy 8-bit font it holds the code points the format decoded the bytes to (TCVN3's "§¶ng"
// for "Đảng"); readers/legacy_encoding.h converts it. `font` is the font's name as the format
// names it (".VnTime", "VNI-Times", "Times New Roman"), or "" when the format keeps none.
struct TextRun {
  std::string text;
  std::string font;
  friend bool operator==(const TextRun&, const TextRun&) = default;
};

// A paragraph (a table cell, a heading, a line of a PDF's reading order …): its runs in order.
// Line breaks inside a paragraph are "\n" within a run's text.
struct Paragraph {
  std::vector<TextRun> runs;
  friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

// Metadata the container holds. Every field may be empty.
struct ContainerMetadata {
  std::string title;
  std::string author;
  std::string subject;  // a description or abstract
  std::string date;     // "YYYY-MM-DD": a publication or creation date
  std::string source;   // the site or publisher (an HTML page's og:site_name, say)
  std::string url;      // where a saved page came from (its canonical link or og:url)
  friend bool operator==(const ContainerMetadata&, const ContainerMetadata&) = default;
};

// Everything one reader took from one file.
struct Extraction {
  std::vector<Paragraph> paragraphs;
  ContainerMetadata metadata;
  // What was read and how, for the indexer's summary.
  std::size_t pages = 0;          // pages of a paged format (PDF), else 0
  std::size_t ocr_pages = 0;      // pages whose text came from OCR
  double ocr_seconds = 0;         // wall-clock time spent in OCR
  std::vector<std::string> notes; // one line each: what was left out or could not be read
  friend bool operator==(const Extraction&, const Extraction&) = default;
};

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_EXTRACTION_H_
