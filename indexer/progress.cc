#include "indexer/progress.h"

#include <cinttypes>

namespace vankien::indexer {

std::string HumanBytes(std::uintmax_t bytes) {
  char buffer[32];
  if (bytes >= 1000000) {
    std::snprintf(buffer, sizeof buffer, "%.1f MB", bytes / 1e6);
  } else if (bytes >= 1000) {
    std::snprintf(buffer, sizeof buffer, "%.1f KB", bytes / 1e3);
  } else {
    std::snprintf(buffer, sizeof buffer, "%ju B", bytes);
  }
  return buffer;
}

Reporter::Reporter(Verbosity verbosity, bool terminal, std::FILE* out, std::FILE* err)
    : verbosity_(verbosity), terminal_(terminal), out_(out), err_(err) {}

void Reporter::ClearBar() {
  if (bar_shown_) {
    std::fprintf(err_, "\r\033[K");
    bar_shown_ = false;
  }
}

void Reporter::Problem(const std::string& line) {
  ClearBar();
  std::fprintf(err_, "%s\n", line.c_str());
}

void Reporter::Action(const std::string& line) {
  if (verbosity_ != Verbosity::kVerbose) return;
  ClearBar();
  std::fprintf(err_, "%s\n", line.c_str());
}

void Reporter::Note(const std::string& line) {
  if (verbosity_ == Verbosity::kQuiet) return;
  ClearBar();
  std::fprintf(err_, "%s\n", line.c_str());
}

void Reporter::Progress(std::size_t files_done, std::size_t files_total,
                        std::uintmax_t bytes_done, std::uintmax_t bytes_total,
                        std::size_t documents) {
  if (!terminal_ || verbosity_ != Verbosity::kNormal) return;
  auto now = std::chrono::steady_clock::now();
  bool last = files_done == files_total;
  if (!last && now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  double elapsed = std::chrono::duration<double>(now - start_).count();
  double fraction = bytes_total ? static_cast<double>(bytes_done) / bytes_total
                                : (files_total ? static_cast<double>(files_done) / files_total : 1);
  constexpr int kWidth = 24;
  int filled = static_cast<int>(fraction * kWidth);
  std::string bar(filled, '=');
  if (filled < kWidth) bar += '>' + std::string(kWidth - filled - 1, ' ');
  double rate = elapsed > 0 ? documents / elapsed : 0;
  long eta = fraction > 0.01 ? static_cast<long>(elapsed / fraction - elapsed) : -1;
  char eta_text[48] = "--:--";
  if (eta >= 0) std::snprintf(eta_text, sizeof eta_text, "%ld:%02ld", eta / 60, eta % 60);
  std::fprintf(err_, "\r\033[K[%s] %zu/%zu files  %s/%s  %.0f docs/s  ETA %s", bar.c_str(),
               files_done, files_total, HumanBytes(bytes_done).c_str(),
               HumanBytes(bytes_total).c_str(), rate, eta_text);
  std::fflush(err_);
  bar_shown_ = true;
}

void Reporter::Summary(const IndexSummary& s) {
  ClearBar();
  if (verbosity_ == Verbosity::kQuiet) return;
  double mb_per_s = s.seconds > 0 ? s.bytes_read / 1e6 / s.seconds : 0;
  std::fprintf(out_,
               "added %zu, updated %zu, unchanged %zu, removed %zu, skipped %zu, failed %zu\n"
               "read %s in %.1f s (%.1f MB/s); %zu documents written",
               s.added, s.updated, s.unchanged, s.removed, s.skipped, s.failed,
               HumanBytes(s.bytes_read).c_str(), s.seconds, mb_per_s, s.documents_written);
  if (s.invalid_utf8 > 0) {
    std::fprintf(out_, "; %zu invalid UTF-8 sequences replaced", s.invalid_utf8);
  }
  if (!s.formats.empty()) {
    std::string formats;
    for (const auto& [format, files] : s.formats) formats += (formats.empty() ? "" : ", ") + format + " " + std::to_string(files);
    std::fprintf(out_, "\nread as: %s", formats.c_str());
  }
  if (s.ocr_pages > 0) std::fprintf(out_, "; OCR: %zu pages in %.1f s", s.ocr_pages, s.ocr_seconds);
  for (const std::string& package : s.missing_packages) {
    std::fprintf(out_, "\nsome files were skipped for want of %s: apt-get install %s", package.c_str(), package.c_str());
  }
  std::fprintf(out_, "\nindex: %ju documents, %s\n", s.documents_in_index,
               HumanBytes(s.index_bytes).c_str());
  std::fflush(out_);
}

}  // namespace vankien::indexer
