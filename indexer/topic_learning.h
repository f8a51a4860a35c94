// Learning a topic's phrase weights from hand-labelled documents (used by tools/topic_learn).
//
// A topic's score is linear in its phrases' values (TopicClassifier::PhraseMatch::value):
// score = bias + Σ weight_f × value_f. FitTopicWeights fits weights and bias by logistic
// regression, starting from a person's weights: each weight is scale × prior_f + adjustment_f,
// where the scale is free and the adjustments are penalised (elastic net: l1 × |a| + l2 × a²).
// So with little evidence the person's weights stand, rescaled; with more, labels move them; and
// a feature without a prior (prior 0: a word pair found in the texts) gets a weight only when
// the labels show it is telling (the l1 part keeps most such weights at exactly 0). A tiny ridge
// on the bias and the scale keeps the optimum finite when the examples are separable or have
// no positive; with very few positives the fit says little, and callers should not rely on it.
#ifndef VANKIEN_INDEXER_TOPIC_LEARNING_H_
#define VANKIEN_INDEXER_TOPIC_LEARNING_H_

#include <cstdint>
#include <utility>
#include <vector>

namespace vankien::indexer {

struct TopicExample {
  // (feature, value) pairs; features are indices into the prior vector.
  std::vector<std::pair<std::uint32_t, double>> features;
  bool positive = false;
};

struct TopicFitOptions {
  double l1 = 0.5;               // penalty on |adjustment|
  double l2 = 0.5;               // penalty on adjustment²
  double positive_weight = 2;    // a positive example counts this many times in the loss
  // The fit stops when no parameter moved by more than tolerance × (1 + the largest parameter)
  // in a step, or after max_iterations steps.
  int max_iterations = 5000;
  double tolerance = 1e-6;
};

struct TopicWeights {
  std::vector<double> weights;  // one per feature
  double bias = 0;
  int iterations = 0;
  bool converged = false;  // false: stopped at max_iterations
};

// Fits the weights of one topic's features (prior.size() of them) to the examples: minimises
// Σ example weight × log loss + the penalties. Deterministic. An example's feature index must be
// < prior.size().
TopicWeights FitTopicWeights(const std::vector<TopicExample>& examples, const std::vector<double>& prior,
                             const TopicFitOptions& options);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_TOPIC_LEARNING_H_
