// The hand-labelled documents of tests/data/topic_labels.tsv, read and analysed, and the
// precision/recall arithmetic, shared by the topic tools (topic_eval, topic_learn).
#ifndef VANKIEN_TOOLS_TOPIC_LABELS_H_
#define VANKIEN_TOOLS_TOPIC_LABELS_H_

#include <filesystem>
#include <functional>
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

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
  double Recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct Evaluation {
  std::map<std::string, Counts> by_topic;
  Counts micro;
  std::size_t documents = 0;
};

// Compares predicted topics with the gold ones over the documents `include` accepts.
Evaluation Evaluate(const std::vector<LabelledDocument>& documents,
                    const std::function<std::set<std::string>(const LabelledDocument&)>& predict,
                    const std::function<bool(const LabelledDocument&)>& include);

// Prints micro precision, recall and F1, and with per_topic each topic's.
void PrintEvaluation(const std::string& name, const Evaluation& evaluation, bool per_topic);

}  // namespace vankien::tools

#endif  // VANKIEN_TOOLS_TOPIC_LABELS_H_
