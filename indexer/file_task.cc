#include "indexer/file_task.h"

namespace vankien::indexer {

void AddNumbers(const schema::DocumentRecord& record, std::set<std::string>* numbers) {
  if (!record.identifier.empty()) numbers->insert(record.identifier);
  for (const schema::Mention& mention : record.mentions) numbers->insert(mention.canonical);
}

FileResult ProcessFile(const FileTask& task, const readers::FileLimits& limits, DocumentBuilder* builder) {
  FileResult result;
  const ScannedFile& file = *task.file;
  std::string bytes;
  if (auto error = readers::ReadFileBytes(file.path, limits, &bytes)) {
    result.message = error->Describe(file.path.string());
    return result;
  }
  result.state.size = bytes.size();
  result.state.mtime_ns = file.mtime_ns;
  result.state.content_hash = ContentHash(bytes);
  if (task.previous && !task.read_again && task.previous->content_hash == result.state.content_hash &&
      task.previous->size == bytes.size()) {
    result.state.documents = task.previous->documents;
    result.outcome = Outcome::kSameContent;
    return result;
  }
  readers::ReadResult read = readers::ReadDocumentBytes(bytes, file.id);
  if (read.error) {
    result.outcome = read.foreign_format ? Outcome::kForeignFormat : Outcome::kFailed;
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
