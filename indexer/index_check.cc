#include "indexer/index_check.h"

#include <map>

#include "schema/file_state.h"
#include "schema/deleted_documents.h"
#include "schema/document_record.h"
#include "schema/fields.h"

namespace vankien::indexer {

std::vector<std::string> DuplicateIds(const Xapian::Database& db, const schema::DeletedDocuments& deleted) {
  std::vector<std::string> problems;
  const std::string id_prefix(schema::GetField(schema::field::kDocId).prefix);
  for (auto it = db.allterms_begin(id_prefix); it != db.allterms_end(id_prefix); ++it) {
    if (it.get_termfreq() < 2) continue;  // the common case, answered without reading postings
    const std::size_t holders = schema::LiveDocumentsWithTerm(db, deleted, *it).size();
    if (holders > 1) {
      problems.push_back("document id " + (*it).substr(id_prefix.size()) + " is held by " +
                         std::to_string(holders) + " documents");
    }
  }
  return problems;
}

std::vector<std::string> CheckIndex(const Xapian::Database& db) {
  namespace field = schema::field;
  std::vector<std::string> problems;
  schema::DeletedDocuments deleted;
  try {
    deleted = schema::DeletedDocuments::Read(db);
  } catch (const std::runtime_error& e) {
    problems.push_back(e.what());
  }
  std::map<std::string, schema::FileState> states = schema::ReadFileStates(db, "");
  std::map<std::string, uint32_t> documents_per_file;
  for (std::string& problem : DuplicateIds(db, deleted)) problems.push_back(std::move(problem));
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    if (deleted.Contains(*it)) continue;
    Xapian::Document document = db.get_document(*it);
    std::string file = document.get_value(schema::slot::kFile);
    ++documents_per_file[file];
    try {
      schema::LoadRecord(document);  // the text too: its checksum shows damage
    } catch (const std::runtime_error& e) {
      problems.push_back("document " + std::to_string(*it) + ": " + e.what());
    }
  }
  for (const auto& [file, count] : documents_per_file) {
    auto state = states.find(file);
    if (state == states.end()) {
      problems.push_back(file + ": " + std::to_string(count) + " documents but no recorded state");
    } else if (state->second.documents != count) {
      problems.push_back(file + ": state records " + std::to_string(state->second.documents) +
                         " documents, the index holds " + std::to_string(count));
    }
  }
  for (const auto& [file, state] : states) {
    if (state.documents > 0 && !documents_per_file.count(file)) {
      problems.push_back(file + ": state records " + std::to_string(state.documents) +
                         " documents, the index holds none");
    }
  }
  return problems;
}

}  // namespace vankien::indexer

namespace vankien::indexer {

std::vector<std::string> CheckShardedIndex(const shards::ShardedIndex& index) {
  if (index.size() == 1) return CheckIndex(index.shard(0));
  std::vector<std::string> problems;
  for (std::size_t s = 0; s < index.size(); ++s) {
    for (const std::string& problem : CheckIndex(index.shard(s))) problems.push_back(index.name(s) + ": " + problem);
  }
  try {
    for (std::string& problem : DuplicateIds(index.combined(), index.Deleted())) {
      problems.push_back(problem + " in different shards");
    }
  } catch (const std::runtime_error&) {
    // A damaged list of deleted documents: CheckIndex reported it with its shard's name.
  }
  return problems;
}

}  // namespace vankien::indexer
