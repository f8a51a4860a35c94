// Reads a PDF with poppler: the text layer of each page in reading order (readers/pdf_layout.h),
// each run with its font's name, and OCR (readers/ocr.h) for the pages that have no usable
// text layer — a scan, or text in a font whose characters say nothing.
#ifndef VANKIEN_READERS_PDF_READER_H_
#define VANKIEN_READERS_PDF_READER_H_

#include <cstddef>
#include <string_view>

#include "readers/extraction.h"

namespace vankien::readers {

// The pages of one PDF that are read; a longer file is read this far and a note says so. Far
// beyond any Party document or news article, it bounds the time a hostile file can take.
inline constexpr std::size_t kMaxPdfPages = 2000;
// The wall-clock seconds one PDF's pages are read for: no page is begun after it. poppler's C++
// API copies the file's cross-reference table for each page's words, so a file of a hundred
// thousand tiny pages takes 4 ms a page (tools/bench_pdf.sh measures one) where a document
// takes well under 1 ms; this bounds such a file whatever its size.
inline constexpr double kMaxReadSeconds = 60;
// The pages of one PDF that are OCR'd, at a second or two of a core each; the pages past it
// that need OCR are named in a note.
inline constexpr std::size_t kMaxOcrPages = 300;

// Reads the bytes of one PDF, a page at a time. `options.ocr` says whether pages without a
// usable text layer are OCR'd (else a note names them) and `options.threads` how many at once.
// The Info dictionary's Title, Author, Subject and CreationDate fill `metadata`.
// Throws ExtractionError for a file poppler cannot open ("encrypted PDF: …" for one locked by a
// password) and MissingComponent when a page needs OCR and Tesseract lacks Vietnamese data.
Extraction ReadPdf(std::string_view bytes, const ExtractOptions& options);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_PDF_READER_H_
