// Measures topic assignment against hand labels (tests/data/topic_labels.tsv): precision,
// recall and F1 per topic, and micro-averaged, on the development half of the labels (used for
// tuning), the test half (held out) and all, and per collection. With --tune, searches the
// classifier's constants on the development half and prints the best.
//
// usage: topic_eval --taxonomy FILE --labels TSV COLLECTION=DIR... [--tune]
//   e.g. corpus=corpus baomoi=/tmp/vankien-corpora/baomoi-2017 vietnews=…/vietnews-test
#include <cstdio>
#include <functional>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "indexer/file_reader.h"
#include "indexer/taxonomy.h"
#include "indexer/topic_classifier.h"

namespace fs = std::filesystem;
using namespace vankien;

namespace {

struct Labelled {
  std::string collection;
  std::string id;
  std::set<std::string> gold;
  bool dev = false;  // in the development half
  std::vector<analysis::Token> title, subject, text;
};

// The halves are fixed by a hash of the id, so they never change with the labels' order.
bool InDevelopmentHalf(const std::string& key) {
  uint64_t hash = 14695981039346656037ULL;
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
};

Evaluation Evaluate(const indexer::TopicClassifier& classifier, const std::vector<Labelled>& docs,
                    const std::function<bool(const Labelled&)>& include) {
  Evaluation e;
  for (const Labelled& doc : docs) {
    if (!include(doc)) continue;
    std::set<std::string> predicted;
    for (const auto& topic : classifier.Classify(doc.title, doc.subject, doc.text)) predicted.insert(topic.code);
    for (const std::string& code : predicted) {
      bool right = doc.gold.count(code) > 0;
      (right ? e.by_topic[code].tp : e.by_topic[code].fp)++;
      (right ? e.micro.tp : e.micro.fp)++;
    }
    for (const std::string& code : doc.gold) {
      if (!predicted.count(code)) {
        e.by_topic[code].fn++;
        e.micro.fn++;
      }
    }
  }
  return e;
}

void Print(const char* name, const Evaluation& e, std::size_t documents, bool per_topic) {
  std::printf("%-28s docs %4zu  micro P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)\n", name, documents,
              e.micro.Precision(), e.micro.Recall(), e.micro.F1(), e.micro.tp, e.micro.fp, e.micro.fn);
  if (!per_topic) return;
  for (const auto& [code, c] : e.by_topic) {
    std::printf("    %-26s P %.2f  R %.2f  F1 %.2f  (tp %d fp %d fn %d)\n", code.c_str(), c.Precision(),
                c.Recall(), c.F1(), c.tp, c.fp, c.fn);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string taxonomy_path, labels_path;
  std::map<std::string, fs::path> collections;
  bool tune = false;
  bool explain = false;  // print every development-half document's matches and errors
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--taxonomy" && i + 1 < argc) taxonomy_path = argv[++i];
    else if (arg == "--labels" && i + 1 < argc) labels_path = argv[++i];
    else if (arg == "--tune") tune = true;
    else if (arg == "--explain-dev") explain = true;
    else if (arg.find('=') != std::string::npos) collections[arg.substr(0, arg.find('='))] = arg.substr(arg.find('=') + 1);
    else {
      std::cerr << "usage: topic_eval --taxonomy FILE --labels TSV COLLECTION=DIR... [--tune]\n";
      return 2;
    }
  }
  indexer::Taxonomy taxonomy = indexer::LoadTaxonomy(taxonomy_path);

  // The corpus format holds several documents per file: read every file of a collection once
  // and find records by id; other collections are one file per document.
  std::map<std::string, std::map<std::string, schema::DocumentRecord>> by_collection;
  auto record_of = [&](const std::string& collection, const std::string& id) -> const schema::DocumentRecord* {
    auto& records = by_collection[collection];
    if (records.empty() && fs::is_directory(collections[collection])) {
      if (collection == "corpus") {
        for (const auto& entry : fs::recursive_directory_iterator(collections[collection])) {
          if (!entry.is_regular_file() || !indexer::IsIndexableFile(entry.path())) continue;
          std::string rel = entry.path().lexically_relative(collections[collection]).generic_string();
          indexer::ReadResult read = indexer::ReadDocumentFile(entry.path(), rel, {});
          for (auto& record : read.documents) records.emplace(record.id, std::move(record));
        }
      }
    }
    auto it = records.find(id);
    if (it != records.end()) return &it->second;
    indexer::ReadResult read = indexer::ReadDocumentFile(collections[collection] / id, id, {});
    if (read.documents.empty()) return nullptr;
    return &records.emplace(id, std::move(read.documents.front())).first->second;
  };

  analysis::Analyzer analyzer;
  analysis::Analysis analysis;
  std::vector<Labelled> docs;
  std::ifstream labels(labels_path);
  std::string line;
  std::getline(labels, line);
  std::size_t missing = 0;
  while (std::getline(labels, line)) {
    std::vector<std::string> fields = Split(line, '\t');
    if (fields.size() < 2 || !collections.count(fields[0])) continue;
    const schema::DocumentRecord* record = record_of(fields[0], fields[1]);
    if (record == nullptr) {
      ++missing;
      std::cerr << "not found: " << fields[0] << " " << fields[1] << "\n";
      continue;
    }
    Labelled doc{fields[0], fields[1], {}, InDevelopmentHalf(fields[0] + "/" + fields[1]), {}, {}, {}};
    if (fields.size() > 2) {
      for (const std::string& code : Split(fields[2], ',')) {
        if (!code.empty()) doc.gold.insert(code);
      }
    }
    analyzer.Analyze(record->title, &analysis);
    doc.title = analysis.tokens;
    analyzer.Analyze(record->subject, &analysis);
    doc.subject = analysis.tokens;
    analyzer.Analyze(record->text, &analysis);
    doc.text = analysis.tokens;
    docs.push_back(std::move(doc));
  }
  if (missing) std::printf("%zu labelled documents not found\n", missing);

  auto count = [&](const std::function<bool(const Labelled&)>& include) {
    std::size_t n = 0;
    for (const Labelled& d : docs) n += include(d);
    return n;
  };
  auto dev = [](const Labelled& d) { return d.dev; };
  auto test = [](const Labelled& d) { return !d.dev; };
  auto all = [](const Labelled&) { return true; };

  if (tune) {
    indexer::TopicTuning best;
    double best_f1 = -1;
    for (double title : {2.0, 3.0, 4.0}) {
      for (double cap : {2.0, 3.0, 4.0}) {
        for (double relative : {0.0, 0.3, 0.4, 0.5, 0.6}) {
          for (double words : {300.0, 600.0, 1e9}) {
            for (std::size_t max_topics : {std::size_t{2}, std::size_t{3}}) {
              for (double threshold = 4; threshold <= 24; threshold += 2) {
                indexer::TopicTuning t{title, std::max(1.0, title - 1), cap, threshold, relative, max_topics, words};
                double f1 = Evaluate(indexer::TopicClassifier(taxonomy, t), docs, dev).micro.F1();
                if (f1 > best_f1) {
                  best_f1 = f1;
                  best = t;
                }
              }
            }
          }
        }
      }
    }
    std::printf("best on the development half: title %.0f subject %.0f cap %.0f threshold %.0f "
                "relative %.2f max topics %zu body words %.0f: F1 %.3f\n",
                best.title_factor, best.subject_factor, best.max_count, best.threshold, best.relative,
                best.max_topics, best.body_words, best_f1);
  }

  indexer::TopicClassifier classifier(taxonomy);
  if (explain) {
    for (const Labelled& doc : docs) {
      if (!doc.dev) continue;
      std::set<std::string> predicted;
      for (const auto& topic : classifier.Classify(doc.title, doc.subject, doc.text)) predicted.insert(topic.code);
      std::string gold, got;
      for (const auto& code : doc.gold) gold += code + " ";
      for (const auto& code : predicted) got += code + " ";
      std::printf("%s %s %s\n  gold: %s\n  got:  %s\n", predicted == doc.gold ? "OK " : "ERR",
                  doc.collection.c_str(), doc.id.c_str(), gold.c_str(), got.c_str());
      std::vector<double> scores = classifier.Scores(doc.title, doc.subject, doc.text);
      for (std::size_t i = 0; i < scores.size(); ++i) {
        if (scores[i] != 0) std::printf("    score %-26s %.1f\n", taxonomy.topics[i].code.c_str(), scores[i]);
      }
      for (const std::string& line : classifier.Explain(doc.title, doc.subject, doc.text)) {
        std::printf("      %s\n", line.c_str());
      }
    }
  }
  const indexer::TopicTuning& t = classifier.tuning();
  std::printf("tuning: title %.0f subject %.0f cap %.0f threshold %.0f relative %.2f max topics %zu "
              "body words %.0f\n", t.title_factor, t.subject_factor, t.max_count, t.threshold, t.relative,
              t.max_topics, t.body_words);
  Print("development half", Evaluate(classifier, docs, dev), count(dev), false);
  Print("test half (held out)", Evaluate(classifier, docs, test), count(test), true);
  Print("all", Evaluate(classifier, docs, all), count(all), true);
  for (const auto& [name, dir] : collections) {
    auto in = [&](const Labelled& d) { return d.collection == name; };
    Print(("collection " + name).c_str(), Evaluate(classifier, docs, in), count(in), false);
  }
  return 0;
}
