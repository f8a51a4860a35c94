// What a format reader takes out of one file, before it becomes document records: the text as
// paragraphs of runs (each run with the font it was typed in, which is what tells a TCVN3 or
// VNI run from a Unicode one), and the metadata the container itself holds (a PDF's Info
// dictionary, DOCX's docProps/core.xml, ODT's meta.xml, an HTML page's <title> and meta tags),
// which is only a fallback for what the text's own layout says (readers/official_layout.h).
#ifndef VANKIEN_READERS_EXTRACTION_H_
#define VANKIEN_READERS_EXTRACTION_H_

#include <cstddef>
#include <stdexcept>
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

// How a reader may read. The defaults are what vankien-index uses.
struct ExtractOptions {
  bool ocr = true;           // OCR the pages of a PDF that have no usable text (--no-ocr: false)
  unsigned threads = 0;      // threads a reader may use (OCR pages in parallel); 0: one a core
  // A container (DOCX, ODT) whose parts would unpack to more than this in all, or whose part
  // unpacks to more than max_ratio times its packed size, is refused as a zip bomb.
  std::size_t max_unpacked_bytes = std::size_t{256} << 20;
  double max_ratio = 200;
};

// Why a file could not be read, in one line without the file's name ("encrypted PDF: a
// password is needed", "corrupt zip container: …"). Readers throw it; the caller names the file.
class ExtractionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A file that could be read with a component this machine lacks (OCR data, an external
// converter): the file is skipped, not failed, and the package to install is named once.
class MissingComponent : public ExtractionError {
 public:
  MissingComponent(const std::string& what, std::string debian_package)
      : ExtractionError(what), package_(std::move(debian_package)) {}
  const std::string& package() const { return package_; }

 private:
  std::string package_;
};

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_EXTRACTION_H_
