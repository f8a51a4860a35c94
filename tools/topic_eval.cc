// Measures topic assignment against hand labels (tests/data/topic_labels.tsv): precision,
// recall and F1 per topic, and micro-averaged, on the development half of the labels (used for
// tuning), the test half (held out) and all, and per collection. With --tune, searches the
// classifier's constants on the development half and prints the best. With --diagnose, says
// where the held-out errors come from: how the scores would do if the number of topics of each
// document, or only which documents have none, were known.
//
// usage: topic_eval --taxonomy FILE --labels TSV COLLECTION=DIR... [--tune] [--explain-dev] [--diagnose]
//   e.g. corpus=corpus baomoi=/tmp/vankien-corpora/baomoi-2017 vietnews=…/vietnews-test
#include <algorithm>
#include <cstdio>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "indexer/taxonomy.h"
#include "indexer/topic_classifier.h"
#include "tools/topic_evaluation.h"

using namespace vankien;
using tools::LabelledDocument;

namespace {

std::set<std::string> Predict(const indexer::TopicClassifier& classifier, const LabelledDocument& doc) {
  std::set<std::string> codes;
  for (const auto& topic : classifier.Classify(doc.title, doc.subject, doc.text)) codes.insert(topic.code);
  return codes;
}

double DevelopmentF1(const indexer::TopicClassifier& classifier, const std::vector<LabelledDocument>& docs) {
  return tools::Evaluate(docs, [&](const LabelledDocument& d) { return Predict(classifier, d); },
                         [](const LabelledDocument& d) { return d.development; })
      .micro.F1();
}

// Held-out micro-F1 of the classifier's scores under decisions that know part of the answer:
// the gap to the real figure is what a better decision rule could gain at most; the rest needs
// better scores.
void Diagnose(const indexer::TopicClassifier& classifier, const indexer::Taxonomy& taxonomy,
              const std::vector<LabelledDocument>& docs) {
  std::vector<std::string> codes;
  for (const auto& topic : taxonomy.topics) codes.push_back(topic.code);
  auto held_out = [](const LabelledDocument& d) { return !d.development; };
  auto report = [&](const char* name, const std::function<std::set<std::string>(const LabelledDocument&)>& predict) {
    tools::Counts c = tools::Evaluate(docs, predict, held_out).micro;
    std::printf("diagnosis, held out: %-58s P %.3f  R %.3f  F1 %.3f\n", name, c.Precision(), c.Recall(), c.F1());
  };
  report("the number of topics known (the best-scored ones)", [&](const LabelledDocument& d) {
    std::vector<double> scores = classifier.Scores(d.title, d.subject, d.text);
    std::vector<std::size_t> order(scores.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    std::set<std::string> predicted;
    for (std::size_t k = 0; k < d.gold.size() && k < order.size(); ++k) predicted.insert(codes[order[k]]);
    return predicted;
  });
  report("documents without a topic known (the rule for the others)", [&](const LabelledDocument& d) {
    return d.gold.empty() ? std::set<std::string>{} : Predict(classifier, d);
  });
}

}  // namespace

int main(int argc, char** argv) {
  std::string taxonomy_path, labels_path;
  std::map<std::string, std::filesystem::path> collections;
  bool tune = false;
  bool explain = false;  // print every development-half document's matches and errors
  bool diagnose = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--taxonomy" && i + 1 < argc) taxonomy_path = argv[++i];
    else if (arg == "--labels" && i + 1 < argc) labels_path = argv[++i];
    else if (arg == "--tune") tune = true;
    else if (arg == "--explain-dev") explain = true;
    else if (arg == "--diagnose") diagnose = true;
    else if (arg.find('=') != std::string::npos) collections[arg.substr(0, arg.find('='))] = arg.substr(arg.find('=') + 1);
    else {
      std::cerr << "usage: topic_eval --taxonomy FILE --labels TSV COLLECTION=DIR... [--tune] [--explain-dev] [--diagnose]\n";
      return 2;
    }
  }
  indexer::Taxonomy taxonomy = indexer::LoadTaxonomy(taxonomy_path);
  std::size_t not_found = 0;
  std::vector<LabelledDocument> docs = tools::LoadLabelledDocuments(labels_path, collections, &not_found);
  if (not_found > 0) std::printf("%zu labelled documents not found (figures below leave them out)\n", not_found);

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
                double f1 = DevelopmentF1(indexer::TopicClassifier(taxonomy, t), docs);
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
    for (const LabelledDocument& doc : docs) {
      if (!doc.development) continue;
      std::set<std::string> predicted = Predict(classifier, doc);
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
  if (diagnose) Diagnose(classifier, taxonomy, docs);
  const indexer::TopicTuning& t = classifier.tuning();
  std::printf("tuning: title %.0f subject %.0f cap %.0f threshold %.0f relative %.2f max topics %zu "
              "body words %.0f\n", t.title_factor, t.subject_factor, t.max_count, t.threshold, t.relative,
              t.max_topics, t.body_words);
  auto predict = [&](const LabelledDocument& d) { return Predict(classifier, d); };
  auto report = [&](const std::string& name, const std::function<bool(const LabelledDocument&)>& include,
                    bool per_topic) {
    tools::PrintEvaluation(name, tools::Evaluate(docs, predict, include), per_topic);
  };
  report("development half", [](const LabelledDocument& d) { return d.development; }, false);
  report("test half (held out)", [](const LabelledDocument& d) { return !d.development; }, true);
  report("all", [](const LabelledDocument&) { return true; }, true);
  for (const auto& [name, dir] : collections) {
    // name is named in the captures: clang 14 cannot capture a structured binding implicitly.
    report("collection " + name, [&collection = name](const LabelledDocument& d) { return d.collection == collection; }, false);
    report("  held out", [&collection = name](const LabelledDocument& d) { return d.collection == collection && !d.development; }, false);
  }
  return 0;
}
