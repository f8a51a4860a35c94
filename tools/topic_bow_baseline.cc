// A baseline to measure the topic classifier against: a different kind of model, which reads
// every word rather than the taxonomy's phrases. Per topic, a logistic regression over the whole
// text's folded words and word pairs (log term frequency × IDF, each document's vector scaled
// to length 1; title and subject words counted --title-weight times), trained with AdaGrad on
// the development half of the hand labels and scored on the held-out half, exactly as
// tools/topic_eval scores the classifier. With --with-classifier the classifier's own topic
// scores (corpus/topics.xml) are added as features.
//
// usage: topic_bow_baseline --taxonomy FILE --labels TSV COLLECTION=DIR... [--title-weight W]
//          [--l2 L] [--positive-weight W] [--threshold P] [--epochs N] [--min-df N] [--with-classifier]
// tools/topic_bow_baseline.sh runs it with the collections of the labels.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "indexer/taxonomy.h"
#include "indexer/topic_classifier.h"
#include "tools/topic_evaluation.h"
#include "tools/topic_labels.h"

using namespace vankien;
using tools::LabelledDocument;

namespace {

struct Settings {
  double title_weight = 3;
  double l2 = 1e-4;
  double positive_weight = 8;  // rare topics need their few positive examples to weigh more
  double threshold = 0.3;      // a topic is assigned at this probability (at most 3 a document)
  int epochs = 30;
  int min_df = 2;              // features in fewer training documents are left out
  bool with_classifier = false;
};

using SparseVector = std::vector<std::pair<std::size_t, double>>;

void CountTerms(const std::vector<analysis::Token>& tokens, double weight,
                std::unordered_map<std::string, double>* counts) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != analysis::TokenKind::kWord) continue;
    (*counts)[tokens[i].folded] += weight;
    const bool pair = i + 1 < tokens.size() && tokens[i + 1].gap != analysis::Gap::kSentence &&
                      tokens[i + 1].kind == analysis::TokenKind::kWord;
    if (pair) (*counts)[tokens[i].folded + " " + tokens[i + 1].folded] += weight;
  }
}

// Each document's features: tf-idf of the terms in at least min_df training documents, scaled
// to length 1, then (optionally) the classifier's topic scores squashed into [0, 1).
std::vector<SparseVector> Features(const std::vector<LabelledDocument>& documents, const Settings& settings,
                                   const indexer::TopicClassifier* classifier, std::size_t topic_count,
                                   std::size_t* feature_count) {
  std::vector<std::unordered_map<std::string, double>> counts(documents.size());
  std::unordered_map<std::string, int> document_frequency;
  std::size_t training = 0;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    CountTerms(documents[d].title, settings.title_weight, &counts[d]);
    CountTerms(documents[d].subject, settings.title_weight, &counts[d]);
    CountTerms(documents[d].text, 1, &counts[d]);
    if (!documents[d].development) continue;
    ++training;
    for (const auto& [term, count] : counts[d]) ++document_frequency[term];
  }
  std::unordered_map<std::string, std::size_t> feature_of;
  std::vector<double> idf;
  for (const auto& [term, df] : document_frequency) {
    if (df < settings.min_df) continue;
    feature_of[term] = idf.size();
    idf.push_back(std::log((1.0 + training) / (1.0 + df)) + 1);
  }
  *feature_count = idf.size() + (classifier ? topic_count : 0);
  std::vector<SparseVector> features(documents.size());
  for (std::size_t d = 0; d < documents.size(); ++d) {
    double length = 0;
    for (const auto& [term, count] : counts[d]) {
      auto it = feature_of.find(term);
      if (it == feature_of.end()) continue;
      const double value = (1 + std::log(count)) * idf[it->second];
      features[d].emplace_back(it->second, value);
      length += value * value;
    }
    length = std::sqrt(length);
    for (auto& [feature, value] : features[d]) value /= length > 0 ? length : 1;
    if (classifier != nullptr) {
      std::vector<double> scores = classifier->Scores(documents[d].title, documents[d].subject, documents[d].text);
      // Scores reach the classifier's threshold (12) for a likely topic: tanh(12 / 20) ≈ 0.54.
      for (std::size_t t = 0; t < scores.size(); ++t) features[d].emplace_back(idf.size() + t, std::tanh(scores[t] / 20));
    }
  }
  return features;
}

// One weight a feature, and the bias last.
std::vector<double> TrainTopic(const std::vector<LabelledDocument>& documents, const std::vector<SparseVector>& x,
                               std::size_t feature_count, const std::string& code, const Settings& settings) {
  std::vector<double> w(feature_count + 1, 0.0), squared_gradients(feature_count + 1, 1e-8);
  std::vector<std::size_t> order;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    if (documents[d].development) order.push_back(d);
  }
  std::mt19937 random(7);
  const double rate = 0.5;
  auto step = [&](std::size_t i, double gradient) {
    squared_gradients[i] += gradient * gradient;
    w[i] -= rate * gradient / std::sqrt(squared_gradients[i]);
  };
  for (int epoch = 0; epoch < settings.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), random);
    for (std::size_t d : order) {
      const bool positive = documents[d].gold.count(code) > 0;
      double z = w[feature_count];
      for (const auto& [i, value] : x[d]) z += w[i] * value;
      const double error = (1 / (1 + std::exp(-z)) - (positive ? 1 : 0)) * (positive ? settings.positive_weight : 1);
      for (const auto& [i, value] : x[d]) step(i, error * value + settings.l2 * w[i]);
      step(feature_count, error);
    }
  }
  return w;
}

}  // namespace

int main(int argc, char** argv) {
  std::string taxonomy_path, labels_path;
  std::map<std::string, std::filesystem::path> collections;
  Settings settings;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--taxonomy" && has_value) taxonomy_path = argv[++i];
    else if (arg == "--labels" && has_value) labels_path = argv[++i];
    else if (arg == "--title-weight" && has_value) settings.title_weight = std::stod(argv[++i]);
    else if (arg == "--l2" && has_value) settings.l2 = std::stod(argv[++i]);
    else if (arg == "--positive-weight" && has_value) settings.positive_weight = std::stod(argv[++i]);
    else if (arg == "--threshold" && has_value) settings.threshold = std::stod(argv[++i]);
    else if (arg == "--epochs" && has_value) settings.epochs = std::stoi(argv[++i]);
    else if (arg == "--min-df" && has_value) settings.min_df = std::stoi(argv[++i]);
    else if (arg == "--with-classifier") settings.with_classifier = true;
    else if (arg.find('=') != std::string::npos) collections[arg.substr(0, arg.find('='))] = arg.substr(arg.find('=') + 1);
    else {
      std::cerr << "usage: topic_bow_baseline --taxonomy FILE --labels TSV COLLECTION=DIR... [--title-weight W] "
                   "[--l2 L] [--positive-weight W] [--threshold P] [--epochs N] [--min-df N] [--with-classifier]\n";
      return 2;
    }
  }
  const indexer::Taxonomy taxonomy = indexer::LoadTaxonomy(taxonomy_path);
  std::unique_ptr<indexer::TopicClassifier> classifier;
  if (settings.with_classifier) classifier = std::make_unique<indexer::TopicClassifier>(taxonomy);
  std::size_t not_found = 0;
  const std::vector<LabelledDocument> documents = tools::LoadLabelledDocuments(labels_path, collections, &not_found);
  if (not_found > 0) std::printf("%zu labelled documents not found (figures below leave them out)\n", not_found);

  std::size_t feature_count = 0;
  const std::vector<SparseVector> x =
      Features(documents, settings, classifier.get(), taxonomy.topics.size(), &feature_count);
  std::vector<std::string> codes;
  for (const auto& topic : taxonomy.topics) codes.push_back(topic.code);
  std::vector<std::vector<double>> weights;
  for (const std::string& code : codes) weights.push_back(TrainTopic(documents, x, feature_count, code, settings));
  std::printf("%zu features; title weight %.1f, l2 %g, positive weight %.1f, threshold %.2f, %d epochs%s\n",
              feature_count, settings.title_weight, settings.l2, settings.positive_weight, settings.threshold,
              settings.epochs, settings.with_classifier ? ", with the classifier's scores" : "");

  auto predict = [&](const LabelledDocument& document) {
    const std::size_t d = &document - documents.data();
    std::vector<std::pair<double, std::string>> likely;
    for (std::size_t t = 0; t < codes.size(); ++t) {
      double z = weights[t][feature_count];
      for (const auto& [i, value] : x[d]) z += weights[t][i] * value;
      const double probability = 1 / (1 + std::exp(-z));
      if (probability >= settings.threshold) likely.emplace_back(probability, codes[t]);
    }
    std::sort(likely.rbegin(), likely.rend());
    std::set<std::string> topics;
    for (std::size_t k = 0; k < likely.size() && k < 3; ++k) topics.insert(likely[k].second);
    return topics;
  };
  tools::PrintEvaluation("development half (trained on)",
                         tools::Evaluate(documents, predict, [](const LabelledDocument& d) { return d.development; }), false);
  tools::PrintEvaluation("test half (held out)",
                         tools::Evaluate(documents, predict, [](const LabelledDocument& d) { return !d.development; }), true);
  return 0;
}
