#include "readers/ocr.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cstdlib>

#include "analysis/utf8.h"

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

// Tesseract's Vietnamese model sometimes reads one Đ twice, once as Đ (U+0110) and once as its
// lookalike Ð (U+00D0, the Icelandic eth): "101-QĐÐ/TU" for "101-QĐ/TU". No Vietnamese word has
// the two side by side, so the lookalike after a Đ is dropped (and likewise in lower case).
void DropDoubledD(std::u32string* word) {
  std::u32string kept;
  for (char32_t cp : *word) {
    const bool doubled = !kept.empty() && ((kept.back() == U'\u0110' && cp == U'\u00D0') ||
                                           (kept.back() == U'\u0111' && cp == U'\u00F0'));
    if (!doubled) kept += cp;
  }
  *word = std::move(kept);
}

// The words Tesseract reads on `image`, their boxes turned from pixels into points. A word's
// box is as high as its row's ascenders and descenders reach from its baseline, as a text
// layer's boxes are high as the font: the ink alone (an asterisk, "vẫn" without ascenders) leaves
// gaps between lines that readers/pdf_layout.h would take for the gaps between blocks.
std::vector<PlacedWord> Recognize(const PageImage& image, tesseract::TessBaseAPI* api) {
  api->SetImage(image.pixels.data(), image.width, image.height, 1, image.bytes_per_row);
  api->SetSourceResolution(image.dpi);
  std::vector<PlacedWord> words;
  if (api->Recognize(nullptr) == 0) {
    const double points = 72.0 / image.dpi;
    std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
    for (bool more = it != nullptr && !it->Empty(tesseract::RIL_WORD); more; more = it->Next(tesseract::RIL_WORD)) {
      std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
      int left = 0, top = 0, right = 0, bottom = 0;
      if (!text || !it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom)) continue;
      int x1 = 0, baseline = 0, x2 = 0, y2 = 0;
      if (it->Baseline(tesseract::RIL_WORD, &x1, &baseline, &x2, &y2)) {
        float row_height = 0, descenders = 0, ascenders = 0;
        it->RowAttributes(&row_height, &descenders, &ascenders);
        top = std::min(top, static_cast<int>(baseline - row_height - descenders));
        bottom = std::max(bottom, static_cast<int>(std::max(baseline, y2) - descenders));
      }
      PlacedWord word;
      analysis::DecodeUtf8(text.get(), &word.text);
      DropDoubledD(&word.text);
      word.box = {left * points, top * points, right * points, bottom * points};
      words.push_back(std::move(word));
    }
  }
  api->Clear();
  return words;
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
    // Automatic page segmentation, for pages of several blocks (a header's two columns, the
    // body). It reads a header's aligned rows across both columns, so the order of the words
    // is rebuilt from their boxes (readers/pdf_layout.h), not taken from Tesseract.
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

std::vector<std::pair<std::size_t, std::vector<PlacedWord>>> OcrPool::Finish(double* seconds) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] { return queue_.empty() && busy_ == 0; });
  std::vector<std::pair<std::size_t, std::vector<PlacedWord>>> done = std::move(done_);
  done_.clear();
  std::sort(done.begin(), done.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
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

    std::vector<PlacedWord> words = Recognize(image, &api);

    lock.lock();
    done_.emplace_back(page, std::move(words));
    if (--busy_ == 0 && queue_.empty()) {
      seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - busy_since_).count();
    }
    changed_.notify_all();
  }
}

}  // namespace vankien::readers
