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
#include "indexer/file_state.h"

namespace vankien::indexer {

struct FileTask {
  const ScannedFile* file;
  std::optional<FileState> previous;  // the state recorded by the last run, if any
  bool read_again = false;            // the analysis or taxonomy changed: build it even if its bytes did not
};

enum class Outcome {
  kIndexed,        // read, analysed, documents built
  kSameContent,    // its time changed but its bytes did not
  kFailed,         // could not be read or parsed: reported, old documents kept
  kForeignFormat,  // XML of another format: skipped
};

struct FileResult {
  Outcome outcome = Outcome::kFailed;
  std::string message;
  std::vector<std::pair<std::string, Xapian::Document>> documents;  // (id, document)
  std::set<std::string> numbers;  // the document numbers its documents have or cite
  FileState state;
  std::size_t invalid_utf8 = 0;
};

// Does the work of one task. Never throws for a bad file; the reason is in the result.
FileResult ProcessFile(const FileTask& task, const readers::FileLimits& limits, DocumentBuilder* builder);

// Adds the document numbers a record has or cites (the registry entries it bears on).
void AddNumbers(const schema::DocumentRecord& record, std::set<std::string>* numbers);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_FILE_TASK_H_
