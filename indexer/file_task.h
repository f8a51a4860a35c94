// One file's worth of indexing work, done on any thread: read it, decide whether it changed,
// parse it and build its Xapian documents. Both the incremental writer (batch_writer.h) and
// the parallel first build (parallel_build.h) apply its results.
#ifndef VANKIEN_INDEXER_FILE_TASK_H_
#define VANKIEN_INDEXER_FILE_TASK_H_

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "indexer/document_builder.h"
#include "readers/file_reader.h"
#include "indexer/file_scanner.h"
#include "schema/file_state.h"
#include "indexer/progress.h"

namespace vankien::indexer {

struct FileTask {
  const ScannedFile* file;
  std::optional<schema::FileState> previous;  // the state recorded by the last run, if any
  bool read_again = false;            // the analysis or taxonomy changed: build it even if its bytes did not
};

enum class Outcome {
  kIndexed,        // read, analysed, documents built
  kSameContent,    // its time changed but its bytes did not
  kFailed,         // could not be read or parsed: reported, old documents kept
  kForeignFormat,  // XML of another format, or a format vankien does not read: skipped
  kMissingComponent,  // its reader needs a package that is not installed: skipped
};

struct FileResult {
  Outcome outcome = Outcome::kFailed;
  std::string message;
  std::vector<std::pair<std::string, Xapian::Document>> documents;  // (id, document)
  std::set<std::string> numbers;  // the document numbers its documents have or cite
  schema::FileState state;
  std::size_t invalid_utf8 = 0;
  std::string format;           // what it was read as ("pdf"), when it was read
  std::string missing_package;  // with kMissingComponent
  std::size_t ocr_pages = 0;
  double ocr_seconds = 0;
  std::vector<std::string> notes;  // what its reader left out
};

// Does the work of one task. Never throws for a bad file; the reason is in the result.
FileResult ProcessFile(const FileTask& task, const readers::ReadOptions& limits, DocumentBuilder* builder);

// Counts what reading the file gave in *summary (its format, OCR pages, a skip or a failure)
// and reports what the user must hear of: a failure, a reader's notes, a missing package
// (once per package). The documents of an indexed file are the caller's to count and report.
void TallyRead(const FileResult& result, const std::string& file_key, IndexSummary* summary, Reporter* reporter);

// Adds the document numbers a record has or cites (the registry entries it bears on).
void AddNumbers(const schema::DocumentRecord& record, std::set<std::string>* numbers);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_FILE_TASK_H_
