// Learns the taxonomy's phrase weights from hand labels (tests/data/topic_labels.tsv) and writes
// a new taxonomy file with them (indexer/taxonomy.h explains the attributes).
//
// For each topic it fits a logistic regression (indexer/topic_learning.h) over the values the
// classifier computes for that topic's phrases, starting from the weights a person gave them,
// plus every word pair found in at least --min-df training documents, which start at 0. The
// penalties and the weight of positive examples are chosen by cross-validation on the training
// documents. Each topic's weights are then scaled so that the classifier's threshold stands
// where the regression says "more likely than not", which keeps scores of different topics
// comparable for the classifier's relative rule.
//
// usage: topic_learn --taxonomy IN.xml --labels TSV --out OUT.xml [--train development|all]
//                    [--folds K] [--min-df N] [--penalties L1,L2,POSITIVE_WEIGHT] [--fold-scores TSV]
//                    COLLECTION=DIR...
// --penalties gives the settings to choose from instead of the built-in grid (repeat it for
// more than one; with one there is no cross-validation, for trying a change quickly).
// With --train development (the default) only the development half is learnt from, and the
// held-out half is scored with the written file, exactly as tools/topic_eval would.
// --fold-scores writes every training document's topic scores (collection, id, one score a
// topic in taxonomy order) from the weights of the chosen setting fitted without its fold, for
// tools/topic_model_train to weigh the phrases against its model on documents neither learnt.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "analysis/token_filters.h"
#include "indexer/taxonomy.h"
#include "indexer/topic_classifier.h"
#include "indexer/taxonomy_writer.h"
#include "indexer/topic_learning.h"
#include "tools/topic_candidates.h"
#include "tools/topic_evaluation.h"

using namespace vankien;
using tools::Candidate;
using tools::LabelledDocument;

namespace {

// Every labelled document as the values of every phrase: hand phrases of topic t are features
// (t, i); candidate pairs are features (topics.size(), j).
using Features = std::vector<indexer::TopicClassifier::PhraseMatch>;

struct TopicFeatures {
  std::vector<double> prior;                   // per feature
  std::map<std::pair<std::size_t, std::size_t>, std::uint32_t> index;  // (topic, phrase) → feature
  std::vector<std::size_t> candidate_of;       // feature → candidate index, or npos for hand phrases
};

// A topic's features: its own hand phrases, then the candidates that are not one of them.
TopicFeatures FeaturesOfTopic(const indexer::Taxonomy& taxonomy, std::size_t topic,
                              const std::vector<Candidate>& candidates) {
  TopicFeatures features;
  std::set<std::string> hand;
  const auto& phrases = taxonomy.topics[topic].phrases;
  for (std::size_t i = 0; i < phrases.size(); ++i) {
    features.index[{topic, i}] = features.prior.size();
    features.prior.push_back(phrases[i].hand_weight);
    features.candidate_of.push_back(std::string::npos);
    hand.insert(analysis::FoldedForm(phrases[i].text));
  }
  for (std::size_t j = 0; j < candidates.size(); ++j) {
    if (hand.count(candidates[j].folded)) continue;
    features.index[{taxonomy.topics.size(), j}] = features.prior.size();
    features.prior.push_back(0);
    features.candidate_of.push_back(j);
  }
  return features;
}

indexer::TopicExample ExampleOf(const Features& matches, const TopicFeatures& features, bool positive) {
  indexer::TopicExample example;
  example.positive = positive;
  for (const auto& match : matches) {
    auto it = features.index.find({match.topic, match.phrase});
    if (it != features.index.end()) example.features.emplace_back(it->second, match.value);
  }
  return example;
}

// A topic learns from the labels only with at least this many positive training documents;
// with fewer the fit says little, and the person's weights stand.
constexpr int kMinPositives = 5;

// One topic's weights, scaled to the classifier's threshold; the person's weights (prior) when
// the examples hold too few positives. Counts fits that stopped before converging.
std::vector<double> Fit(const std::vector<indexer::TopicExample>& examples, const std::vector<double>& prior,
                        const indexer::TopicFitOptions& options, double threshold, std::atomic<int>* unconverged) {
  int positives = 0;
  for (const auto& example : examples) positives += example.positive;
  if (positives < kMinPositives) return prior;
  indexer::TopicWeights fitted = indexer::FitTopicWeights(examples, prior, options);
  if (!fitted.converged) ++*unconverged;
  // The regression says "more likely than not" at Σ w·x = −bias; an empty document must not
  // have the topic, so −bias is positive (the ridge keeps it finite).
  const double scale = threshold / std::max(-fitted.bias, 1e-3);
  std::vector<double> weights;
  for (double w : fitted.weights) weights.push_back(std::clamp(w * scale, -20.0, 20.0));
  return weights;
}

double Score(const std::vector<double>& weights, const indexer::TopicExample& example) {
  double score = 0;
  for (const auto& [f, value] : example.features) score += weights[f] * value;
  return score;
}

// The setting of the grid whose cross-validated micro-F1 (cross_validate) is within 0.005 of
// the best, the sparsest (largest l1) of those; the only one when the grid has one. Prints
// every setting's figures.
indexer::TopicFitOptions ChoosePenalties(const std::vector<indexer::TopicFitOptions>& grid,
                                         const std::function<tools::Counts(const indexer::TopicFitOptions&)>& cross_validate,
                                         int folds) {
  if (grid.size() == 1) return grid.front();
  // The settings are independent: cross-validate them on every core.
  std::vector<tools::Counts> results(grid.size());
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> workers;
  for (unsigned w = 0; w < std::max(1u, std::thread::hardware_concurrency()); ++w) {
    workers.emplace_back([&] {
      for (std::size_t g; (g = next++) < grid.size();) results[g] = cross_validate(grid[g]);
    });
  }
  for (std::thread& worker : workers) worker.join();
  double best_f1 = 0;
  for (std::size_t g = 0; g < grid.size(); ++g) {
    std::printf("  l1 %.1f l2 %.1f positive weight %.0f: cross-validated P %.3f R %.3f F1 %.3f\n", grid[g].l1,
                grid[g].l2, grid[g].positive_weight, results[g].Precision(), results[g].Recall(), results[g].F1());
    best_f1 = std::max(best_f1, results[g].F1());
  }
  std::size_t chosen = grid.size();
  for (std::size_t g = 0; g < grid.size(); ++g) {
    const double f1 = results[g].F1();
    if (f1 < best_f1 - 0.005) continue;
    if (chosen == grid.size() || grid[g].l1 > grid[chosen].l1 ||
        (grid[g].l1 == grid[chosen].l1 && f1 > results[chosen].F1())) {
      chosen = g;
    }
  }
  std::printf("chosen: l1 %.1f l2 %.1f positive weight %.0f (%d-fold cross-validated micro-F1 %.3f; best %.3f)\n",
              grid[chosen].l1, grid[chosen].l2, grid[chosen].positive_weight, folds, results[chosen].F1(), best_f1);
  return grid[chosen];
}

}  // namespace

int main(int argc, char** argv) {
  std::string taxonomy_path, labels_path, out_path, train = "development";
  std::string fold_scores_path;  // where to write the out-of-fold scores of the chosen setting
  int folds = 5, min_df = 4;
  std::map<std::string, std::filesystem::path> collections;
  std::vector<indexer::TopicFitOptions> grid;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--taxonomy" && i + 1 < argc) taxonomy_path = argv[++i];
    else if (arg == "--labels" && i + 1 < argc) labels_path = argv[++i];
    else if (arg == "--out" && i + 1 < argc) out_path = argv[++i];
    else if (arg == "--train" && i + 1 < argc) train = argv[++i];
    else if (arg == "--folds" && i + 1 < argc) folds = std::stoi(argv[++i]);
    else if (arg == "--fold-scores" && i + 1 < argc) fold_scores_path = argv[++i];
    else if (arg == "--min-df" && i + 1 < argc) min_df = std::stoi(argv[++i]);
    else if (arg == "--penalties" && i + 1 < argc) {
      indexer::TopicFitOptions options;
      if (std::sscanf(argv[++i], "%lf,%lf,%lf", &options.l1, &options.l2, &options.positive_weight) != 3) {
        std::cerr << "topic_learn: --penalties takes L1,L2,POSITIVE_WEIGHT\n";
        return 2;
      }
      grid.push_back(options);
    }
    else if (arg.find('=') != std::string::npos) collections[arg.substr(0, arg.find('='))] = arg.substr(arg.find('=') + 1);
    else {
      std::cerr << "usage: topic_learn --taxonomy IN.xml --labels TSV --out OUT.xml "
                   "[--train development|all] [--folds K] [--min-df N] [--penalties L1,L2,POSITIVE_WEIGHT] "
                   "[--fold-scores TSV] "
                   "COLLECTION=DIR...\n";
      return 2;
    }
  }
  if (taxonomy_path.empty() || labels_path.empty() || out_path.empty() || folds < 2 ||
      (train != "development" && train != "all")) {
    std::cerr << "topic_learn: --taxonomy, --labels and --out are required; --train is development or all\n";
    return 2;
  }

  // The person's taxonomy, read once: learnt phrases are dropped (they are found again below),
  // and the same bytes are rewritten with the new weights at the end.
  std::ifstream taxonomy_file(taxonomy_path, std::ios::binary);
  std::stringstream taxonomy_bytes;
  taxonomy_bytes << taxonomy_file.rdbuf();
  if (!taxonomy_file) {
    std::cerr << taxonomy_path << ": cannot read\n";
    return 2;
  }
  const std::string taxonomy_xml = taxonomy_bytes.str();
  indexer::Taxonomy taxonomy = indexer::ParseTaxonomy(taxonomy_xml, taxonomy_path);
  for (auto& topic : taxonomy.topics) {
    std::erase_if(topic.phrases, [](const indexer::TopicPhrase& p) { return p.learnt; });
  }
  // Learning from part of the labels would write a taxonomy that looks measured but is not: every
  // labelled document must be found.
  std::size_t not_found = 0;
  std::vector<LabelledDocument> docs = tools::LoadLabelledDocuments(labels_path, collections, &not_found);
  std::vector<const LabelledDocument*> training;
  for (const auto& doc : docs) {
    if (train == "all" || doc.development) training.push_back(&doc);
  }
  if (not_found > 0 || training.empty()) {
    std::cerr << "topic_learn: " << not_found << " labelled documents not found, " << training.size()
              << " to learn from: nothing written\n";
    return 2;
  }
  std::vector<Candidate> candidates = FindCandidates(training, min_df);
  std::printf("%zu labelled documents, %zu for training; %zu candidate word pairs\n", docs.size(),
              training.size(), candidates.size());

  // The classifier computes every feature: the person's phrases, and the candidates as one more
  // topic's phrases.
  indexer::Taxonomy extraction = taxonomy;
  indexer::TopicDefinition candidate_topic{"candidates", "candidates", "", "", {}};
  for (const Candidate& c : candidates) candidate_topic.phrases.push_back({c.exact, 1, 1, true});
  extraction.topics.push_back(std::move(candidate_topic));
  const indexer::TopicTuning tuning;
  indexer::TopicClassifier extractor(extraction, tuning);
  std::vector<Features> training_matches;
  for (const LabelledDocument* doc : training) training_matches.push_back(extractor.Matches(doc->title, doc->subject, doc->text));

  std::vector<std::string> codes;
  std::vector<TopicFeatures> topic_features;
  std::vector<std::vector<indexer::TopicExample>> examples(taxonomy.topics.size());
  for (std::size_t t = 0; t < taxonomy.topics.size(); ++t) {
    codes.push_back(taxonomy.topics[t].code);
    topic_features.push_back(FeaturesOfTopic(taxonomy, t, candidates));
    for (std::size_t d = 0; d < training.size(); ++d) {
      examples[t].push_back(ExampleOf(training_matches[d], topic_features[t], training[d]->gold.count(codes[t]) > 0));
    }
  }

  // Cross-validation: document d is in fold d % folds. Every training document's scores from
  // the weights fitted without its fold.
  std::atomic<int> unconverged{0};
  auto out_of_fold_scores = [&](const indexer::TopicFitOptions& options) {
    std::vector<std::vector<double>> scores(training.size(), std::vector<double>(codes.size(), 0.0));
    for (int fold = 0; fold < folds; ++fold) {
      for (std::size_t t = 0; t < codes.size(); ++t) {
        std::vector<indexer::TopicExample> fit_examples;
        for (std::size_t d = 0; d < training.size(); ++d) {
          if (static_cast<int>(d % folds) != fold) fit_examples.push_back(examples[t][d]);
        }
        std::vector<double> weights = Fit(fit_examples, topic_features[t].prior, options, tuning.threshold, &unconverged);
        for (std::size_t d = fold; d < training.size(); d += folds) scores[d][t] = Score(weights, examples[t][d]);
      }
    }
    return scores;
  };
  // Micro-F1 of the classifier's choices on those scores.
  auto cross_validate = [&](const indexer::TopicFitOptions& options) {
    const std::vector<std::vector<double>> scores = out_of_fold_scores(options);
    std::unordered_map<const LabelledDocument*, std::set<std::string>> predicted;
    for (std::size_t d = 0; d < training.size(); ++d) {
      for (const auto& topic : indexer::ChooseTopics(scores[d], codes, tuning)) predicted[training[d]].insert(topic.code);
    }
    return tools::Evaluate(docs, [&](const LabelledDocument& doc) { return predicted[&doc]; },
                           [&](const LabelledDocument& doc) { return train == "all" || doc.development; })
        .micro;
  };

  if (grid.empty()) {
    for (double l1 : {1.0, 3.0, 10.0}) {
      for (double l2 : {0.3, 1.0, 3.0}) {
        for (double positive_weight : {2.0, 4.0, 8.0}) grid.push_back({l1, l2, positive_weight});
      }
    }
  }
  const indexer::TopicFitOptions best = ChoosePenalties(grid, cross_validate, folds);
  if (!fold_scores_path.empty()) {
    std::ofstream fold_scores(fold_scores_path, std::ios::binary | std::ios::trunc);
    const std::vector<std::vector<double>> scores = out_of_fold_scores(best);
    for (std::size_t d = 0; d < training.size(); ++d) {
      fold_scores << training[d]->collection << '\t' << training[d]->id;
      for (double score : scores[d]) fold_scores << '\t' << score;
      fold_scores << '\n';
    }
    if (!fold_scores.flush()) {
      std::cerr << fold_scores_path << ": cannot write\n";
      return 2;
    }
  }

  // Fit on every training document and write the file.
  std::vector<indexer::LearntTopic> learnt(codes.size());
  std::size_t learnt_phrases = 0;
  for (std::size_t t = 0; t < codes.size(); ++t) {
    std::vector<double> weights = Fit(examples[t], topic_features[t].prior, best, tuning.threshold, &unconverged);
    const std::size_t people = taxonomy.topics[t].phrases.size();
    learnt[t].phrase_weights.assign(weights.begin(), weights.begin() + people);
    // Below 0.05 a pair adds at most 0.2 points (4 matches) against a threshold of 12: it is
    // noise more than evidence, and every pair costs indexing time.
    for (std::size_t f = people; f < weights.size(); ++f) {
      if (std::abs(weights[f]) < 0.05) continue;
      indexer::TopicPhrase phrase;
      phrase.text = candidates[topic_features[t].candidate_of[f]].exact;
      phrase.weight = phrase.hand_weight = weights[f];
      phrase.learnt = true;
      learnt[t].learnt_phrases.push_back(phrase);
    }
    std::stable_sort(learnt[t].learnt_phrases.begin(), learnt[t].learnt_phrases.end(),
                     [](const auto& a, const auto& b) { return std::abs(a.weight) > std::abs(b.weight); });
    learnt_phrases += learnt[t].learnt_phrases.size();
  }
  std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
  out << indexer::WriteLearntWeights(taxonomy_xml, taxonomy_path, learnt);
  if (!out.flush()) {
    std::cerr << out_path << ": cannot write\n";
    return 2;
  }
  out.close();
  std::printf("wrote %s: %zu learnt word pairs; %d fits stopped before converging\n", out_path.c_str(),
              learnt_phrases, unconverged.load());

  // Score the written file as the indexer will read it.
  indexer::TopicClassifier written(indexer::LoadTaxonomy(out_path));
  auto predict = [&](const LabelledDocument& d) {
    std::set<std::string> codes_found;
    for (const auto& topic : written.Classify(d.title, d.subject, d.text)) codes_found.insert(topic.code);
    return codes_found;
  };
  tools::PrintEvaluation("training documents", tools::Evaluate(docs, predict, [&](const LabelledDocument& d) {
                           return train == "all" || d.development;
                         }), false);
  if (train == "development") {
    tools::PrintEvaluation("held-out half", tools::Evaluate(docs, predict, [](const LabelledDocument& d) {
                             return !d.development;
                           }), true);
  }
  return 0;
}
