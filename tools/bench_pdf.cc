// The figures of tools/bench_pdf.sh, for readers/pdf_reader and readers/ocr:
//   bench_pdf text RUNS FILE...
//     reads each PDF's text layer RUNS times (OCR off) and prints, for all files, the median
//     seconds of a pass over them and MB/s.
//   bench_pdf ocr THREADS DPI OUTDIR FILE...
//     renders every page of every PDF at DPI and OCRs it on THREADS threads (0: one a core),
//     writes each file's text to OUTDIR/NAME.txt and prints pages, seconds and pages a second.
#include <poppler-document.h>
#include <poppler-page.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "readers/ocr.h"
#include "readers/page_render.h"
#include "readers/pdf_layout.h"
#include "readers/pdf_reader.h"

namespace {

using vankien::readers::ExtractOptions;
using vankien::readers::OcrPool;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

int BenchText(int runs, const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  double bytes = 0;
  for (const std::string& path : paths) {
    files.push_back(ReadFile(path));
    bytes += static_cast<double>(files.back().size());
  }
  ExtractOptions options;
  options.ocr = false;
  std::vector<double> seconds;
  std::size_t characters = 0;
  for (int run = 0; run < runs; ++run) {
    const double start = Now();
    characters = 0;
    for (const std::string& file : files) {
      for (const auto& paragraph : vankien::readers::ReadPdf(file, options).paragraphs) {
        for (const auto& text_run : paragraph.runs) characters += text_run.text.size();
      }
    }
    seconds.push_back(Now() - start);
  }
  std::sort(seconds.begin(), seconds.end());
  const double median = seconds[seconds.size() / 2];
  std::printf("vankien ReadPdf: %zu files, %.2f MB, %zu bytes of text, median %.4f s, %.2f MB/s\n", files.size(),
              bytes / 1e6, characters, median, bytes / 1e6 / median);
  return 0;
}

int BenchOcr(unsigned threads, double dpi, const std::string& out_dir, const std::vector<std::string>& paths) {
  OcrPool pool(threads);
  std::vector<std::string> names;
  std::vector<std::string> files;
  std::size_t pages = 0;
  const double start = Now();
  for (std::size_t f = 0; f < paths.size(); ++f) {
    files.push_back(ReadFile(paths[f]));
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(files.back().data(), static_cast<int>(files.back().size())));
    if (!document) return std::fprintf(stderr, "cannot open %s\n", paths[f].c_str()), 1;
    for (int p = 0; p < document->pages(); ++p) {
      std::unique_ptr<poppler::page> page(document->create_page(p));
      // Page numbers say the file: file f's pages are f * 10000 + page.
      pool.Submit(f * 10000 + static_cast<std::size_t>(p), vankien::readers::RenderPage(*page, dpi));
      ++pages;
    }
  }
  double ocr_seconds = 0;
  std::map<std::size_t, std::string> texts;
  for (auto& [page, words] : pool.Finish(&ocr_seconds)) {
    for (const auto& paragraph : vankien::readers::ReadingOrder(std::move(words))) {
      for (const auto& run : paragraph.runs) texts[page / 10000] += run.text;
      texts[page / 10000] += "\n\n";
    }
  }
  const double seconds = Now() - start;
  for (std::size_t f = 0; f < paths.size(); ++f) {
    std::string name = paths[f].substr(paths[f].find_last_of('/') + 1);
    std::ofstream(out_dir + "/" + name.substr(0, name.rfind('.')) + ".txt") << texts[f];
  }
  std::printf("OCR at %.0f dpi on %u threads: %zu pages, %.2f s (render + OCR), %.2f pages/s\n", dpi, threads, pages,
              seconds, static_cast<double>(pages) / seconds);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "text" && argc > 3) return BenchText(std::stoi(argv[2]), std::vector<std::string>(argv + 3, argv + argc));
  if (mode == "ocr" && argc > 5) {
    return BenchOcr(static_cast<unsigned>(std::stoul(argv[2])), std::stod(argv[3]), argv[4],
                    std::vector<std::string>(argv + 5, argv + argc));
  }
  std::fprintf(stderr, "usage: bench_pdf text RUNS FILE... | bench_pdf ocr THREADS DPI OUTDIR FILE...\n");
  return 2;
}
