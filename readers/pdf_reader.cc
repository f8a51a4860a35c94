#include "readers/pdf_reader.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <chrono>
#include <climits>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "readers/ocr.h"
#include "readers/page_render.h"
#include "readers/pdf_layout.h"
#include "readers/text_layer_quality.h"

namespace vankien::readers {
namespace {

// The resolution pages are rendered at for OCR: of 150, 200 and 300 dpi, 200 gave the lowest
// character error rate on the sample scans (0.12%, against 0.52% and 0.23%) and 300 the
// slowest reading, 8% slower (tools/bench_pdf.sh).
constexpr double kOcrDpi = 200;
// The words of one page that are laid out; a page drawing more is cut short, with a note.
constexpr std::size_t kMaxWordsPerPage = 50000;

// poppler reports every syntax error of a damaged file on stderr; the reader's caller reports
// the one error that matters.
void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string Utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

std::u32string Utf32(const poppler::ustring& text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t unit = text[i];
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
      unit = 0x10000 + ((unit - 0xD800) << 10) + (text[++i] - 0xDC00);
    } else if (unit >= 0xD800 && unit <= 0xDFFF) {
      unit = 0xFFFD;
    }
    out += unit;
  }
  return out;
}

// "D:20240315083000+07'00'" → "2024-03-15": the date as written, in the producer's time zone,
// which is the date the document bears. "" when the value is no such date.
std::string IsoDateOf(std::string value) {
  if (value.rfind("D:", 0) == 0) value.erase(0, 2);
  if (value.size() < 8) return "";
  for (std::size_t i = 0; i < 8; ++i) {
    if (value[i] < '0' || value[i] > '9') return "";
  }
  const int month = std::stoi(value.substr(4, 2));
  const int day = std::stoi(value.substr(6, 2));
  if (month < 1 || month > 12 || day < 1 || day > 31) return "";
  return value.substr(0, 4) + "-" + value.substr(4, 2) + "-" + value.substr(6, 2);
}

ContainerMetadata MetadataOf(const poppler::document& document) {
  ContainerMetadata metadata;
  metadata.title = Utf8(document.info_key("Title"));
  metadata.author = Utf8(document.info_key("Author"));
  metadata.subject = Utf8(document.info_key("Subject"));
  metadata.date = IsoDateOf(Utf8(document.info_key("CreationDate")));
  return metadata;
}

std::vector<PlacedWord> WordsOf(const poppler::page& page, bool* cut_short) {
  std::vector<PlacedWord> words;
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    if (words.size() == kMaxWordsPerPage) {
      *cut_short = true;
      break;
    }
    PlacedWord word;
    word.text = Utf32(box.text());
    word.font = WithoutSubsetTag(box.get_font_name());
    const poppler::rectf r = box.bbox();
    word.box = {r.left(), r.top(), r.right(), r.bottom()};
    for (std::size_t i = 0; i < word.text.size(); ++i) {
      const poppler::rectf g = box.char_bbox(i);
      word.glyphs.push_back({g.left(), g.top(), g.right(), g.bottom()});
    }
    words.push_back(std::move(word));
  }
  return words;
}

std::unique_ptr<poppler::document> Open(std::string_view bytes) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw ExtractionError("PDF too large: over 2 GB");
  if (bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos) {
    throw ExtractionError("not a PDF: no %PDF- header");
  }
  // poppler rebuilds a cut-off file's cross-reference table and reads what is left, which
  // would index half a document as if it were whole.
  if (bytes.substr(bytes.size() - std::min<std::size_t>(bytes.size(), 1024)).find("%%EOF") == std::string_view::npos) {
    throw ExtractionError("truncated PDF: no %%EOF at its end");
  }
  SilencePoppler();
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) throw ExtractionError("damaged PDF: poppler cannot parse it");
  if (document->is_locked()) throw ExtractionError("encrypted PDF: a password is needed to open it");
  if (document->pages() <= 0) throw ExtractionError("damaged PDF: no pages");
  return document;
}

// "3 pages (1, 4, 5)": the pages of a note, the first few by number.
std::string PageList(const std::vector<std::size_t>& pages) {
  constexpr std::size_t kNamed = 10;
  std::string list = std::to_string(pages.size()) + (pages.size() == 1 ? " page (" : " pages (");
  for (std::size_t i = 0; i < pages.size() && i < kNamed; ++i) list += (i ? ", " : "") + std::to_string(pages[i] + 1);
  return list + (pages.size() > kNamed ? ", …)" : ")");
}

}  // namespace

Extraction ReadPdf(std::string_view bytes, const ExtractOptions& options) {
  std::unique_ptr<poppler::document> document = Open(bytes);
  Extraction extraction;
  extraction.metadata = MetadataOf(*document);
  extraction.pages = static_cast<std::size_t>(document->pages());
  const std::size_t pages = std::min(extraction.pages, kMaxPdfPages);
  if (pages < extraction.pages) {
    extraction.notes.push_back("read the first " + std::to_string(pages) + " of " +
                               std::to_string(extraction.pages) + " pages");
  }

  // Each page's paragraphs, filled from the text layer as the pages go by and from OCR at the
  // end; a page's image waits for the OCR pool only while a worker is free to take it.
  std::vector<std::vector<Paragraph>> by_page(pages);
  std::optional<OcrPool> ocr;
  std::vector<std::size_t> unread;      // pages left without text: OCR off or its cap reached
  std::size_t submitted = 0;
  const auto start = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < pages; ++i) {
    if (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > kMaxReadSeconds) {
      extraction.notes.push_back("read " + std::to_string(i) + " pages: stopped after " +
                                 std::to_string(static_cast<int>(kMaxReadSeconds)) + " s");
      break;
    }
    std::unique_ptr<poppler::page> page(document->create_page(static_cast<int>(i)));
    if (!page) {
      extraction.notes.push_back("page " + std::to_string(i + 1) + " is damaged");
      continue;
    }
    bool cut_short = false;
    std::vector<PlacedWord> words = WordsOf(*page, &cut_short);
    if (cut_short) {
      extraction.notes.push_back("page " + std::to_string(i + 1) + ": only its first " +
                                 std::to_string(kMaxWordsPerPage) + " words are read");
    }
    JoinDetachedMarks(&words);
    if (IsUsableTextLayer(words)) {
      by_page[i] = ReadingOrder(std::move(words));
    } else if (!options.ocr || submitted == kMaxOcrPages) {
      unread.push_back(i);
    } else {
      PageImage image = RenderPage(*page, kOcrDpi);
      if (image.pixels.empty()) {
        extraction.notes.push_back("page " + std::to_string(i + 1) + " could not be rendered for OCR");
        continue;
      }
      if (!ocr) ocr.emplace(options.threads);
      ocr->Submit(i, std::move(image));
      ++submitted;
    }
  }
  if (ocr) {
    for (auto& [page, words] : ocr->Finish(&extraction.ocr_seconds)) {
      by_page[page] = ReadingOrder(std::move(words));
      ++extraction.ocr_pages;
    }
  }
  if (!unread.empty()) {
    extraction.notes.push_back(PageList(unread) + " without a usable text layer not read: " +
                               (options.ocr ? "past the OCR cap of " + std::to_string(kMaxOcrPages) + " pages"
                                            : std::string("OCR is off")));
  }
  for (std::vector<Paragraph>& paragraphs : by_page) {
    for (Paragraph& paragraph : paragraphs) extraction.paragraphs.push_back(std::move(paragraph));
  }
  return extraction;
}

}  // namespace vankien::readers
