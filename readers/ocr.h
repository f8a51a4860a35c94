// Optical character recognition of scanned pages with Tesseract's Vietnamese model, on a pool
// of threads: Tesseract reads one page on one core at a time, so a scanned document is read a
// page a thread, each thread with an engine of its own (an engine is not thread-safe). The
// pool gives words with their boxes, which readers/pdf_layout.h puts in reading order as it
// does a text layer's: Tesseract's own layout analysis reads the two columns of a Party
// document's header line across line, their rows being aligned.
#ifndef VANKIEN_READERS_OCR_H_
#define VANKIEN_READERS_OCR_H_

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "readers/extraction.h"
#include "readers/pdf_layout.h"

namespace vankien::readers {

// A page rendered for OCR: 8-bit grey, row after row.
struct PageImage {
  int width = 0;
  int height = 0;
  int bytes_per_row = 0;
  int dpi = 0;
  std::vector<unsigned char> pixels;
};

class OcrPool {
 public:
  // Starts `threads` workers (0: one a core), each loading Tesseract's "vie" model from
  // `tessdata_dir` ("" : Tesseract's own default, the tesseract-ocr-vie package's). Throws
  // MissingComponent(…, "tesseract-ocr-vie") when the model is not there. Caps Tesseract's
  // own OpenMP threads at one (unless OMP_THREAD_LIMIT is set), since the pool uses the cores.
  explicit OcrPool(unsigned threads, const std::string& tessdata_dir = "");
  // Waits for the pages being read, then stops the workers.
  ~OcrPool();
  OcrPool(const OcrPool&) = delete;
  OcrPool& operator=(const OcrPool&) = delete;

  // Queues `image` as page number `page`. Blocks while as many images wait as there are
  // workers, so that however many pages a document has, only a few images are in memory.
  void Submit(std::size_t page, PageImage image);

  // Waits until every queued page is read. Returns (page, words) for each page submitted since
  // the last call, in page order, each word's box in points and with no font; and in *seconds
  // the wall-clock time the pool spent reading them.
  std::vector<std::pair<std::size_t, std::vector<PlacedWord>>> Finish(double* seconds);

 private:
  void Work(std::size_t engine);

  struct Engine;
  std::vector<std::unique_ptr<Engine>> engines_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::pair<std::size_t, PageImage>> queue_;
  std::vector<std::pair<std::size_t, std::vector<PlacedWord>>> done_;
  std::size_t busy_ = 0;
  bool stopping_ = false;
  double seconds_ = 0;
  // When the pool last went from idle to reading, for `seconds_`.
  std::chrono::steady_clock::time_point busy_since_;
};

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_OCR_H_
