#include "indexer/file_task.h"

namespace vankien::indexer {

void AddNumbers(const schema::DocumentRecord& record, std::set<std::string>* numbers) {
  if (!record.identifier.empty()) numbers->insert(record.identifier);
  for (const schema::Mention& mention : record.mentions) numbers->insert(mention.canonical);
}

void TallyRead(const FileResult& result, const std::string& file_key, IndexSummary* summary, Reporter* reporter) {
  if (result.outcome == Outcome::kIndexed) ++summary->formats[result.format];
  summary->ocr_pages += result.ocr_pages;
  summary->ocr_seconds += result.ocr_seconds;
  for (const std::string& note : result.notes) reporter->Note(file_key + ": " + note);
  switch (result.outcome) {
    case Outcome::kForeignFormat:
      ++summary->skipped;
      reporter->Action("skipped  " + result.message);
      break;
    case Outcome::kMissingComponent:
      ++summary->skipped;
      if (summary->missing_packages.insert(result.missing_package).second) {
        reporter->Problem(result.message + " (install " + result.missing_package + "; such files are skipped)");
      } else {
        reporter->Action("skipped  " + result.message);
      }
      break;
    case Outcome::kFailed:
      ++summary->failed;
      break;
    case Outcome::kSameContent:
    case Outcome::kIndexed:
      break;
  }
}

FileResult ProcessFile(const FileTask& task, const readers::ReadOptions& limits, DocumentBuilder* builder) {
  FileResult result;
  const ScannedFile& file = *task.file;
  std::string bytes;
  if (auto error = readers::ReadFileBytes(file.path, limits, &bytes)) {
    result.message = error->Describe(file.path.string());
    return result;
  }
  result.state.size = bytes.size();
  result.state.mtime_ns = file.mtime_ns;
  result.state.content_hash = schema::ContentHash(bytes);
  if (task.previous && !task.read_again && task.previous->content_hash == result.state.content_hash &&
      task.previous->size == bytes.size()) {
    result.state.documents = task.previous->documents;
    result.outcome = Outcome::kSameContent;
    return result;
  }
  readers::ReadResult read = readers::ReadDocumentBytes(bytes, file.id, limits);
  result.format = read.format;
  result.missing_package = read.missing_package;
  result.ocr_pages = read.ocr_pages;
  result.ocr_seconds = read.ocr_seconds;
  result.notes = std::move(read.notes);
  if (read.error) {
    result.outcome = read.foreign_format                ? Outcome::kForeignFormat
                     : !read.missing_package.empty() ? Outcome::kMissingComponent
                                                      : Outcome::kFailed;
    result.message = read.error->Describe(file.path.string());
    return result;
  }
  const std::string file_key = file.path.string();
  for (schema::DocumentRecord& record : read.documents) {
    result.invalid_utf8 += record.invalid_utf8;
    std::string id = record.id;
    result.documents.emplace_back(std::move(id), builder->Build(&record, file_key));
    AddNumbers(record, &result.numbers);
  }
  result.state.documents = static_cast<uint32_t>(result.documents.size());
  result.outcome = Outcome::kIndexed;
  return result;
}

}  // namespace vankien::indexer
