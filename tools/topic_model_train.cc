// Trains the topic model (indexer/topic_model.h): per topic, a logistic regression (Debian's
// liblinear) over the words and word pairs of a document (indexer/topic_terms.h), learnt from
// the development half of the hand labels, whose margin is added to the taxonomy's phrase score
// as model_points × (margin + model_offset).
//
// Everything is chosen by K-fold cross-validation on the development half: the regularisation
// (C), the weight of a positive example, and model_points and model_offset. The
// phrase scores weighed there must not have learnt from the documents they score: give
// --fold-scores (tools/topic_learn --fold-scores, same folds), or --hand for the person's
// weights; otherwise the taxonomy's learnt weights know the answers and the model gets no
// weight. The held-out half is then scored once, with the phrases alone, the phrases with a
// constant added (a lower threshold), the model alone and both, and the chosen model is written
// (weights already multiplied by model_points; weights under --smallest-weight, default 1, left
// out). L2 regularisation: L1 did worse at every C tried, and was slower.
//
// Features are only terms of at least --min-df development documents: word pairs as
// tools/topic_candidates.h finds them (no names, no offices or forms of address), and with
// --words single words too (tools::FindWordCandidates: no syllables of names, no words of those
// offices).
//
// usage: topic_model_train --taxonomy FILE --labels TSV COLLECTION=DIR... [--out TSV]
//                          [--folds K] [--min-df N] [--words] [--hand] [--fold-scores TSV] [--smallest-weight W]
// tools/topic_model_train.sh runs it with the collections of the labels.
#include <linear.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "indexer/taxonomy.h"
#include "indexer/topic_classifier.h"
#include "indexer/topic_terms.h"
#include "tools/topic_candidates.h"
#include "tools/topic_evaluation.h"

using namespace vankien;
using tools::LabelledDocument;

namespace {

struct Features {
  std::vector<std::string> terms;                           // feature → folded term
  std::vector<std::string> shown;                           // feature → its commonest exact form
  std::vector<std::vector<feature_node>> rows;              // per document, liblinear's form
};

struct FitSettings {
  double c = 1;
  double positive_weight = 1;
  // Weights smaller than this (in either direction) are set to 0 after the fit, in
  // cross-validation as in the file: a document's term values have length 1 over hundreds of
  // terms, so such a weight moves a score by a fraction of a point, and each costs a line.
  double smallest_weight = 0;
};

Features BuildFeatures(const std::vector<LabelledDocument>& documents, int min_df, bool words) {
  std::vector<const LabelledDocument*> training;
  for (const LabelledDocument& doc : documents) {
    if (doc.development) training.push_back(&doc);
  }
  std::vector<std::pair<std::string, std::string>> terms;  // (folded, shown)
  for (const tools::Candidate& candidate : tools::FindCandidates(training, min_df)) {
    terms.emplace_back(candidate.folded, candidate.exact);
  }
  if (words) {
    for (const tools::Candidate& candidate : tools::FindWordCandidates(training, min_df)) {
      terms.emplace_back(candidate.folded, candidate.exact);
    }
  }
  std::sort(terms.begin(), terms.end());
  Features features;
  for (auto& [folded, shown] : terms) {
    features.terms.push_back(std::move(folded));
    features.shown.push_back(std::move(shown));
  }
  std::unordered_map<std::uint64_t, int> feature_of;
  for (std::size_t f = 0; f < features.terms.size(); ++f) {
    feature_of[indexer::TopicTermKey(features.terms[f])] = static_cast<int>(f) + 1;  // liblinear counts from 1
  }
  const int bias_feature = static_cast<int>(features.terms.size()) + 1;
  for (const LabelledDocument& doc : documents) {
    std::vector<feature_node> row;
    for (const auto& [key, value] : indexer::TopicTermValues(doc.title, doc.subject, doc.text)) {
      auto it = feature_of.find(key);
      if (it != feature_of.end()) row.push_back({it->second, value});
    }
    std::sort(row.begin(), row.end(), [](const feature_node& a, const feature_node& b) { return a.index < b.index; });
    row.push_back({bias_feature, 1.0});
    row.push_back({-1, 0.0});
    features.rows.push_back(std::move(row));
  }
  return features;
}

// One topic's weights (one a feature, the bias last) fitted to the documents `train` selects;
// all 0 but a large negative bias when they hold fewer than two positives.
std::vector<double> FitTopic(const Features& features, const std::vector<LabelledDocument>& documents,
                             const std::vector<bool>& train, const std::string& code, const FitSettings& settings) {
  std::vector<double> y;
  std::vector<feature_node*> x;
  int positives = 0;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    if (!train[d]) continue;
    const bool positive = documents[d].gold.count(code) > 0;
    positives += positive;
    y.push_back(positive ? 1 : -1);
    x.push_back(const_cast<feature_node*>(features.rows[d].data()));
  }
  const std::size_t n = features.terms.size() + 1;
  std::vector<double> weights(n, 0.0);
  if (positives < 2) {
    weights.back() = -10;
    return weights;
  }
  problem prob{static_cast<int>(y.size()), static_cast<int>(n), y.data(), x.data(), -1};
  int labels[] = {1, -1};
  double label_weights[] = {settings.positive_weight, 1};
  parameter param{L2R_LR, 0.01, settings.c, 2, labels, label_weights, 0.1, nullptr};
  model* fitted = ::train(&prob, &param);
  int label_index = 0;
  for (int i = 0; i < get_nr_class(fitted); ++i) {
    if (fitted->label[i] == 1) label_index = i;
  }
  for (std::size_t f = 0; f < n; ++f) {
    weights[f] = get_decfun_coef(fitted, static_cast<int>(f) + 1, label_index);
    if (f + 1 < n && std::abs(weights[f]) < settings.smallest_weight) weights[f] = 0;
  }
  free_and_destroy_model(&fitted);
  return weights;
}

double Margin(const std::vector<double>& weights, const std::vector<feature_node>& row) {
  double z = 0;
  for (const feature_node& node : row) {
    if (node.index > 0) z += weights[node.index - 1] * node.value;
  }
  return z;
}

// How the model's margins enter a topic's score: score = phrases × phrase_share + points × (margin
// + offset); phrase_share 0 is the model alone.
struct Mix {
  double phrase_share = 1;
  double points = 0;
  double offset = 0;
};

std::set<std::string> Decide(const std::vector<double>& phrase_scores, const std::vector<double>& margins,
                             const Mix& mix, const std::vector<std::string>& codes, const indexer::TopicTuning& tuning) {
  std::vector<double> scores(codes.size());
  for (std::size_t t = 0; t < codes.size(); ++t) {
    scores[t] = mix.phrase_share * phrase_scores[t] + mix.points * (margins[t] + mix.offset);
  }
  std::set<std::string> topics;
  for (const auto& topic : indexer::ChooseTopics(scores, codes, tuning)) topics.insert(topic.code);
  return topics;
}

// How a mix does on the documents `half` selects (development or held out), given each
// document's phrase scores and margins.
tools::Evaluation EvaluateMix(const std::vector<LabelledDocument>& documents,
                              const std::vector<std::vector<double>>& phrase_scores,
                              const std::vector<std::vector<double>>& margins, const Mix& mix,
                              const std::vector<std::string>& codes, const indexer::TopicTuning& tuning,
                              bool development) {
  return tools::Evaluate(
      documents,
      [&](const LabelledDocument& d) {
        const std::size_t i = &d - documents.data();
        return Decide(phrase_scores[i], margins[i], mix, codes, tuning);
      },
      [development](const LabelledDocument& d) { return d.development == development; });
}

// The mix with the best micro-F1 on the development half, given each document's margins
// (phrase_share fixed: 1 to mix, 0 for the model alone).
std::pair<Mix, double> BestMix(const std::vector<LabelledDocument>& documents,
                               const std::vector<std::vector<double>>& phrase_scores,
                               const std::vector<std::vector<double>>& margins, double phrase_share,
                               const std::vector<std::string>& codes, const indexer::TopicTuning& tuning) {
  std::pair<Mix, double> best{{}, -1};
  for (double points : {0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0}) {
    for (double offset = -2; offset <= 12; offset += 0.5) {
      const Mix mix{phrase_share, points, offset};
      const double f1 = EvaluateMix(documents, phrase_scores, margins, mix, codes, tuning, true).micro.F1();
      if (f1 > best.second) best = {mix, f1};
    }
  }
  return best;
}

// The taxonomy with the weights a person gave and without the learnt pairs: phrase scores that
// did not learn from the development half, so that cross-validation there can weigh them
// fairly against the model.
indexer::Taxonomy HandWeights(indexer::Taxonomy taxonomy) {
  for (auto& topic : taxonomy.topics) {
    std::erase_if(topic.phrases, [](const indexer::TopicPhrase& phrase) { return phrase.learnt; });
    for (auto& phrase : topic.phrases) phrase.weight = phrase.hand_weight;
  }
  return taxonomy;
}

// The development documents' phrase scores written by topic_learn --fold-scores (collection,
// id, one score a topic), in place of `scores`' rows for those documents. Throws on a document
// the file lacks or a row of the wrong width: a mix chosen on in-sample scores would look
// measured but not be.
void ReadFoldScores(const std::string& path, const std::vector<LabelledDocument>& documents, std::size_t topics,
                    std::vector<std::vector<double>>* scores) {
  std::ifstream in(path);
  std::map<std::pair<std::string, std::string>, std::vector<double>> by_document;
  for (std::string line; std::getline(in, line);) {
    std::istringstream fields(line);
    std::string collection, id;
    std::getline(fields, collection, '\t');
    std::getline(fields, id, '\t');
    std::vector<double> row;
    for (double score; fields >> score;) row.push_back(score);
    if (row.size() != topics) throw std::runtime_error(path + ": a row without one score a topic: " + id);
    by_document[{collection, id}] = std::move(row);
  }
  for (std::size_t d = 0; d < documents.size(); ++d) {
    if (!documents[d].development) continue;
    auto it = by_document.find({documents[d].collection, documents[d].id});
    if (it == by_document.end()) throw std::runtime_error(path + ": no scores for " + documents[d].id);
    (*scores)[d] = it->second;
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string taxonomy_path, labels_path, out_path;
  int folds = 5, min_df = 3;
  double smallest_weight = 1;
  bool words = false;
  bool hand = false;  // mix with the person's phrase weights, not the learnt ones
  std::string fold_scores_path;
  std::map<std::string, std::filesystem::path> collections;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--taxonomy" && has_value) taxonomy_path = argv[++i];
    else if (arg == "--labels" && has_value) labels_path = argv[++i];
    else if (arg == "--out" && has_value) out_path = argv[++i];
    else if (arg == "--folds" && has_value) folds = std::stoi(argv[++i]);
    else if (arg == "--min-df" && has_value) min_df = std::stoi(argv[++i]);
    else if (arg == "--words") words = true;
    else if (arg == "--smallest-weight" && has_value) smallest_weight = std::stod(argv[++i]);
    else if (arg == "--hand") hand = true;
    else if (arg == "--fold-scores" && has_value) fold_scores_path = argv[++i];
    else if (arg.find('=') != std::string::npos) collections[arg.substr(0, arg.find('='))] = arg.substr(arg.find('=') + 1);
    else {
      std::cerr << "usage: topic_model_train --taxonomy FILE --labels TSV COLLECTION=DIR... [--out TSV] "
                   "[--folds K] [--min-df N] [--words] [--hand] [--fold-scores TSV] [--smallest-weight W]\n";
      return 2;
    }
  }
  if (folds < 2 || min_df < 1) {
    std::cerr << "topic_model_train: --folds must be at least 2 and --min-df at least 1\n";
    return 2;
  }
  set_print_string_function([](const char*) {});  // liblinear's progress dots
  indexer::Taxonomy taxonomy = indexer::LoadTaxonomy(taxonomy_path);
  taxonomy.model.reset();  // a model written before: the new one is weighed against the phrases alone
  if (hand) taxonomy = HandWeights(taxonomy);
  const indexer::TopicClassifier classifier(taxonomy);
  std::vector<std::string> codes;
  for (const auto& topic : taxonomy.topics) codes.push_back(topic.code);
  std::size_t not_found = 0;
  const std::vector<LabelledDocument> documents = tools::LoadLabelledDocuments(labels_path, collections, &not_found);
  if (not_found > 0) std::printf("%zu labelled documents not found (figures below leave them out)\n", not_found);

  const Features features = BuildFeatures(documents, min_df, words);
  std::printf("%zu features (word pairs%s in at least %d development documents)\n", features.terms.size(),
              words ? " and words" : "", min_df);
  std::vector<std::vector<double>> phrase_scores;
  for (const LabelledDocument& doc : documents) phrase_scores.push_back(classifier.Scores(doc.title, doc.subject, doc.text));
  // The phrase scores cross-validation weighs: out-of-fold ones when given.
  std::vector<std::vector<double>> cv_phrase_scores = phrase_scores;
  if (!fold_scores_path.empty()) ReadFoldScores(fold_scores_path, documents, codes.size(), &cv_phrase_scores);

  // Out-of-fold margins of every development document under each setting.
  std::vector<FitSettings> grid;
  for (double c : {256.0, 1024.0, 4096.0}) {
    for (double positive_weight : {1.0, 3.0}) grid.push_back({c, positive_weight, smallest_weight});
  }
  std::vector<std::size_t> fold_of(documents.size());
  for (std::size_t d = 0, k = 0; d < documents.size(); ++d) {
    if (documents[d].development) fold_of[d] = k++ % folds;
  }
  const std::vector<std::vector<double>> no_margins(documents.size(), std::vector<double>(codes.size(), 0.0));
  tools::PrintEvaluation("cross-validated, phrases alone",
                         EvaluateMix(documents, cv_phrase_scores, no_margins, Mix{}, codes, classifier.tuning(), true),
                         false);
  // What the model adds beyond lowering the threshold: the phrases with a constant added to
  // every topic's score (margins all 0), the constant chosen the same way.
  const auto [shifted, shifted_f1] = BestMix(documents, cv_phrase_scores, no_margins, 1, codes, classifier.tuning());
  std::printf("cross-validated, phrases alone with %.1f points added: F1 %.3f\n", shifted.points * shifted.offset,
              shifted_f1);
  FitSettings chosen;
  Mix chosen_mix, chosen_alone;
  double chosen_f1 = -1;
  for (const FitSettings& settings : grid) {
    std::vector<std::vector<double>> margins(documents.size(), std::vector<double>(codes.size(), 0.0));
    for (int fold = 0; fold < folds; ++fold) {
      std::vector<bool> train(documents.size());
      for (std::size_t d = 0; d < documents.size(); ++d) train[d] = documents[d].development && fold_of[d] != std::size_t(fold);
      for (std::size_t t = 0; t < codes.size(); ++t) {
        const std::vector<double> weights = FitTopic(features, documents, train, codes[t], settings);
        for (std::size_t d = 0; d < documents.size(); ++d) {
          if (documents[d].development && fold_of[d] == std::size_t(fold)) margins[d][t] = Margin(weights, features.rows[d]);
        }
      }
    }
    const auto [alone, alone_f1] = BestMix(documents, cv_phrase_scores, margins, 0, codes, classifier.tuning());
    const auto [mix, mix_f1] = BestMix(documents, cv_phrase_scores, margins, 1, codes, classifier.tuning());
    std::printf("  C %6.1f positive weight %.0f: cross-validated F1 model alone %.3f (points %.1f offset %.1f), "
                "with the phrases %.3f (points %.1f offset %.1f)\n",
                settings.c, settings.positive_weight, alone_f1, alone.points,
                alone.offset, mix_f1, mix.points, mix.offset);
    std::fflush(stdout);
    if (mix_f1 > chosen_f1) {
      chosen_f1 = mix_f1;
      chosen = settings;
      chosen_mix = mix;
      chosen_alone = alone;
    }
  }
  std::printf("chosen: C %.1f positive weight %.0f, points %.1f offset %.1f (cross-validated F1 %.3f)\n",
              chosen.c, chosen.positive_weight, chosen_mix.points, chosen_mix.offset,
              chosen_f1);

  std::vector<bool> development(documents.size());
  for (std::size_t d = 0; d < documents.size(); ++d) development[d] = documents[d].development;
  std::vector<std::vector<double>> weights;
  for (const std::string& code : codes) weights.push_back(FitTopic(features, documents, development, code, chosen));
  std::vector<std::vector<double>> margins(documents.size(), std::vector<double>(codes.size()));
  for (std::size_t d = 0; d < documents.size(); ++d) {
    for (std::size_t t = 0; t < codes.size(); ++t) margins[d][t] = Margin(weights[t], features.rows[d]);
  }
  auto evaluate = [&](const Mix& mix, const std::vector<std::vector<double>>& document_margins) {
    return EvaluateMix(documents, phrase_scores, document_margins, mix, codes, classifier.tuning(), false);
  };
  tools::PrintEvaluation("held out, phrases alone", evaluate(Mix{}, no_margins), false);
  tools::PrintEvaluation("held out, phrases, points added", evaluate(shifted, no_margins), false);
  tools::PrintEvaluation("held out, model alone", evaluate(chosen_alone, margins), false);
  tools::PrintEvaluation("held out, phrases and model", evaluate(chosen_mix, margins), true);

  if (out_path.empty()) return 0;
  std::ofstream out(out_path);
  out << "# The topic model (indexer/topic_model.h), written by tools/topic_model_train: term, topic, points.\n"
      << "# L2 logistic regression, C " << chosen.c << ", positive weight " << chosen.positive_weight
      << ", weights under " << chosen.smallest_weight << " left out, × " << chosen_mix.points << " points, offset "
      << chosen_mix.offset << ".\n";
  std::size_t rows = 0;
  for (std::size_t t = 0; t < codes.size(); ++t) {
    out << "*\t" << codes[t] << '\t' << chosen_mix.points * (weights[t].back() + chosen_mix.offset) << '\n';
    for (std::size_t f = 0; f < features.terms.size(); ++f) {
      const double points = chosen_mix.points * weights[t][f];
      if (points == 0) continue;
      out << features.shown[f] << '\t' << codes[t] << '\t' << points << '\n';
      ++rows;
    }
  }
  if (!out.flush()) {
    std::cerr << out_path << ": cannot write\n";
    return 2;
  }
  std::printf("wrote %s: %zu weights\n", out_path.c_str(), rows);
  return 0;
}
