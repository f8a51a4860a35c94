#include "readers/ocr.h"

#include <tesseract/baseapi.h>

#include <algorithm>
#include <cstdlib>

namespace vankien::readers {

struct OcrPool::Engine {
  tesseract::TessBaseAPI api;
};

namespace {

// Tesseract is built with OpenMP, whose runtime reads OMP_THREAD_LIMIT once, when it starts:
// set before the first engine exists, it keeps each engine on its own thread.
void LimitOpenMpThreads() {
  static std::once_flag once;
  std::call_once(once, [] { setenv("OMP_THREAD_LIMIT", "1", /*overwrite=*/0); });
}

unsigned ThreadCount(unsigned threads) {
  if (threads > 0) return threads;
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

OcrPool::OcrPool(unsigned threads, const std::string& tessdata_dir) {
  LimitOpenMpThreads();
  const char* datapath = tessdata_dir.empty() ? nullptr : tessdata_dir.c_str();
  for (unsigned i = 0; i < ThreadCount(threads); ++i) {
    auto engine = std::make_unique<Engine>();
    if (engine->api.Init(datapath, "vie", tesseract::OEM_LSTM_ONLY) != 0) {
      throw MissingComponent("OCR needs Tesseract's Vietnamese data (vie.traineddata)", "tesseract-ocr-vie");
    }
    // Automatic page segmentation finds the blocks of a page, so the two columns of a Party
    // document's header are read one after the other instead of line across line.
    engine->api.SetPageSegMode(tesseract::PSM_AUTO);
    engines_.push_back(std::move(engine));
  }
  for (std::size_t i = 0; i < engines_.size(); ++i) workers_.emplace_back(&OcrPool::Work, this, i);
}

OcrPool::~OcrPool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  for (std::thread& worker : workers_) worker.join();
}

void OcrPool::Submit(std::size_t page, PageImage image) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] { return queue_.size() < workers_.size(); });
  if (queue_.empty() && busy_ == 0) busy_since_ = std::chrono::steady_clock::now();
  queue_.emplace_back(page, std::move(image));
  changed_.notify_all();
}

std::vector<std::pair<std::size_t, std::string>> OcrPool::Finish(double* seconds) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] { return queue_.empty() && busy_ == 0; });
  std::vector<std::pair<std::size_t, std::string>> done = std::move(done_);
  done_.clear();
  std::sort(done.begin(), done.end());
  *seconds = seconds_;
  seconds_ = 0;
  return done;
}

void OcrPool::Work(std::size_t engine) {
  tesseract::TessBaseAPI& api = engines_[engine]->api;
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    changed_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;
    auto [page, image] = std::move(queue_.front());
    queue_.pop_front();
    ++busy_;
    changed_.notify_all();
    lock.unlock();

    api.SetImage(image.pixels.data(), image.width, image.height, 1, image.bytes_per_row);
    api.SetSourceResolution(image.dpi);
    std::unique_ptr<char[]> text(api.GetUTF8Text());
    api.Clear();

    lock.lock();
    done_.emplace_back(page, text ? std::string(text.get()) : std::string());
    if (--busy_ == 0 && queue_.empty()) {
      seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - busy_since_).count();
    }
    changed_.notify_all();
  }
}

std::vector<Paragraph> OcrParagraphs(std::string_view text) {
  std::vector<Paragraph> paragraphs;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) paragraphs.push_back(Paragraph{{TextRun{current, ""}}});
    current.clear();
  };
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\f')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\f')) line.remove_prefix(1);
    if (line.empty()) {
      flush();
    } else {
      if (!current.empty()) current += '\n';
      current += line;
    }
    start = end + 1;
  }
  flush();
  return paragraphs;
}

}  // namespace vankien::readers
