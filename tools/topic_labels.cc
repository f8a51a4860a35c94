#include "tools/topic_labels.h"

#include <cstdint>
#include <fstream>
#include <iostream>
#include <sstream>

#include "readers/file_reader.h"

namespace fs = std::filesystem;

namespace vankien::tools {
namespace {

bool InDevelopmentHalf(const std::string& key) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (char c : key) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return (hash >> 7) % 2 == 0;
}

std::vector<std::string> Split(const std::string& line, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::stringstream stream(line);
  while (std::getline(stream, part, separator)) parts.push_back(part);
  if (!line.empty() && line.back() == separator) parts.emplace_back();
  return parts;
}

// Every record of the project's corpus folder, by id.
std::map<std::string, schema::DocumentRecord> ReadCorpusFolder(const fs::path& folder) {
  std::map<std::string, schema::DocumentRecord> records;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file() || !readers::IsIndexableFile(entry.path())) continue;
    std::string relative = entry.path().lexically_relative(folder).generic_string();
    readers::ReadResult read = readers::ReadDocumentFile(entry.path(), relative, {});
    for (auto& record : read.documents) records.emplace(record.id, std::move(record));
  }
  return records;
}

}  // namespace

std::vector<LabelledDocument> LoadLabelledDocuments(const fs::path& labels,
                                                    const std::map<std::string, fs::path>& collections,
                                                    std::size_t* not_found) {
  *not_found = 0;
  std::map<std::string, std::map<std::string, schema::DocumentRecord>> corpus_records;
  analysis::Analyzer analyzer;
  analysis::Analysis analysis;
  auto analyse = [&](const std::string& text) {
    analyzer.Analyze(text, &analysis);
    return analysis.tokens;
  };

  std::vector<LabelledDocument> documents;
  std::ifstream in(labels);
  if (!in) {
    std::cerr << labels.string() << ": cannot read\n";
    ++*not_found;
    return documents;
  }
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> fields = Split(line, '\t');
    if (fields.size() < 2) continue;
    auto collection = collections.find(fields[0]);
    if (collection == collections.end()) continue;
    schema::DocumentRecord record;
    bool found = false;
    if (fields[0] == "corpus") {
      auto& records = corpus_records[fields[0]];
      if (records.empty()) records = ReadCorpusFolder(collection->second);
      auto it = records.find(fields[1]);
      if ((found = it != records.end())) record = it->second;
    } else {
      readers::ReadResult read = readers::ReadDocumentFile(collection->second / fields[1], fields[1], {});
      if ((found = !read.documents.empty())) record = std::move(read.documents.front());
    }
    if (!found) {
      std::cerr << "not found: " << fields[0] << " " << fields[1] << "\n";
      ++*not_found;
      continue;
    }
    LabelledDocument document{fields[0], fields[1], {}, InDevelopmentHalf(fields[0] + "/" + fields[1]),
                              record.title, record.subject, record.text,
                              analyse(record.title), analyse(record.subject), analyse(record.text)};
    if (fields.size() > 2) {
      for (const std::string& code : Split(fields[2], ',')) {
        if (!code.empty()) document.gold.insert(code);
      }
    }
    documents.push_back(std::move(document));
  }
  return documents;
}

}  // namespace vankien::tools
