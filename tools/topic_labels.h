// The hand-labelled documents of tests/data/topic_labels.tsv, read and analysed, for the topic
// tools (topic_eval, topic_learn).
#ifndef VANKIEN_TOOLS_TOPIC_LABELS_H_
#define VANKIEN_TOOLS_TOPIC_LABELS_H_

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "analysis/analyzer.h"

namespace vankien::tools {

struct LabelledDocument {
  std::string collection;
  std::string id;
  std::set<std::string> gold;  // topic codes
  bool development = false;    // in the development half (the other half is held out)
  std::string title_text, subject_text, text_text;           // as read
  std::vector<analysis::Token> title, subject, text;        // analysed; spans into the above
};

// Reads the labels TSV (collection, docid, comma-separated codes) and the labelled documents
// from the collections' folders (name → folder; "corpus" is the project's corpus format, several
// documents a file, found by id; other collections one file a document, found by path). Rows
// of collections not given are skipped; documents not found are named on stderr, counted in
// *not_found and skipped. An unreadable labels file counts as one document not found.
// The halves are fixed by a hash of collection/id, so they do not change as labels are added.
std::vector<LabelledDocument> LoadLabelledDocuments(const std::filesystem::path& labels,
                                                    const std::map<std::string, std::filesystem::path>& collections,
                                                    std::size_t* not_found);

}  // namespace vankien::tools

#endif  // VANKIEN_TOOLS_TOPIC_LABELS_H_
