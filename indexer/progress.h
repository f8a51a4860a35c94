// What vankien-index tells the user while it runs: a progress bar on a terminal, one line per
// bad file, each file's fate with --verbose, and a summary at the end.
#ifndef VANKIEN_INDEXER_PROGRESS_H_
#define VANKIEN_INDEXER_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>
#include <string>

namespace vankien::indexer {

enum class Verbosity { kQuiet, kNormal, kVerbose };

struct IndexSummary {
  std::size_t added = 0;      // files new to the index
  std::size_t updated = 0;    // files re-indexed because they changed
  std::size_t unchanged = 0;  // files skipped because they had not changed
  std::size_t removed = 0;    // files gone from disk, removed from the index
  std::size_t skipped = 0;    // files of other kinds, XML files that are not vankien's, and
                              // files whose reader lacks a package (missing_packages)
  std::size_t failed = 0;     // files that could not be indexed
  std::size_t documents_written = 0;
  std::size_t invalid_utf8 = 0;  // ill-formed sequences replaced by U+FFFD
  std::uintmax_t bytes_read = 0;
  std::uintmax_t index_bytes = 0;
  std::uintmax_t documents_in_index = 0;
  double seconds = 0;
  std::map<std::string, std::size_t> formats;  // files read, by format ("pdf": 12)
  std::size_t ocr_pages = 0;                   // pages read by OCR
  double ocr_seconds = 0;
  std::set<std::string> missing_packages;      // Debian packages that would read skipped files
};

class Reporter {
 public:
  // Messages go to err (stderr), the summary to out (stdout). The progress bar is drawn only
  // when `terminal` is true and verbosity is kNormal.
  Reporter(Verbosity verbosity, bool terminal, std::FILE* out = stdout, std::FILE* err = stderr);

  // A file that could not be indexed, or a path that could not be scanned: always shown.
  void Problem(const std::string& line);
  // What happened to one file: shown with --verbose.
  void Action(const std::string& line);
  // A note shown unless --quiet.
  void Note(const std::string& line);

  void Progress(std::size_t files_done, std::size_t files_total, std::uintmax_t bytes_done,
                std::uintmax_t bytes_total, std::size_t documents);
  void Summary(const IndexSummary& summary);

 private:
  void ClearBar();

  Verbosity verbosity_;
  bool terminal_;
  std::FILE* out_;
  std::FILE* err_;
  bool bar_shown_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_draw_{};
};

// "1.2 MB", "345 KB", "12 B".
std::string HumanBytes(std::uintmax_t bytes);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_PROGRESS_H_
