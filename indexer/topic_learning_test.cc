#include "indexer/topic_learning.h"

#include <cmath>

#include <catch2/catch.hpp>

namespace vankien::indexer {
namespace {

// Feature 0 is a phrase a person weighted; feature 1 decides the label; feature 2 is noise.
std::vector<TopicExample> Examples() {
  std::vector<TopicExample> examples;
  for (int i = 0; i < 40; ++i) {
    TopicExample example;
    example.positive = i % 4 == 0;
    if (example.positive) example.features.emplace_back(1, 2.0);
    if (i % 3 == 0) example.features.emplace_back(2, 1.0);
    if (i % 8 == 0) example.features.emplace_back(0, 1.0);
    examples.push_back(example);
  }
  return examples;
}

double Score(const TopicWeights& model, const TopicExample& example) {
  double score = model.bias;
  for (const auto& [f, value] : example.features) score += model.weights[f] * value;
  return score;
}

TEST_CASE("the fit separates the examples by the feature that decides them") {
  TopicWeights model = FitTopicWeights(Examples(), {3, 0, 0}, {0.1, 0.1, 1});
  REQUIRE(model.weights.size() == 3);
  CHECK(model.bias < 0);
  CHECK(model.weights[1] > 1);
  for (const TopicExample& example : Examples()) CHECK((Score(model, example) > 0) == example.positive);
}

TEST_CASE("the l1 penalty keeps a feature without a prior at exactly 0 unless it helps") {
  TopicWeights model = FitTopicWeights(Examples(), {3, 0, 0}, {1, 0.1, 1});
  CHECK(model.weights[2] == 0);
  CHECK(model.weights[1] > 0);
}

TEST_CASE("without evidence against it, a person's weights keep their proportions") {
  // Two hand phrases (3 and 1) that only ever occur together in positives: the penalty on the
  // adjustments leaves them where the free scale puts them.
  std::vector<TopicExample> examples;
  for (int i = 0; i < 20; ++i) {
    TopicExample example;
    example.positive = i < 5;
    if (example.positive) example.features = {{0, 1.0}, {1, 1.0}};
    examples.push_back(example);
  }
  TopicWeights model = FitTopicWeights(examples, {3, 1}, {10, 10, 1});
  CHECK(model.weights[0] == Approx(3 * model.weights[1]).epsilon(0.01));
  CHECK(model.weights[0] > 0);
}

TEST_CASE("the fit converges to the optimum: the gradient vanishes where the penalty allows") {
  const TopicFitOptions options{0.5, 0.2, 2};
  const std::vector<double> prior{3, 0, 0};
  TopicWeights model = FitTopicWeights(Examples(), prior, options);
  REQUIRE(model.converged);
  // The loss gradient of each feature's adjustment a = w − scale × prior: with the bias and the
  // scale free, their own gradients are ~0 (but for the tiny ridge); an adjustment at 0 has a
  // gradient within ±l1, a non-zero one exactly balances its penalty.
  std::vector<double> gradient(3, 0.0);
  double bias_gradient = 0;
  for (const TopicExample& example : Examples()) {
    double p = 1 / (1 + std::exp(-Score(model, example)));
    double r = (example.positive ? options.positive_weight : 1.0) * (p - (example.positive ? 1 : 0));
    bias_gradient += r;
    for (const auto& [f, value] : example.features) gradient[f] += r * value;
  }
  CHECK(std::abs(bias_gradient) < 0.05);
  // Feature 0 is the only one with a prior, so the scale absorbs it: its adjustment is 0.
  CHECK(std::abs(gradient[0]) <= options.l1 + 1e-3);
  for (std::size_t f : {1u, 2u}) {
    CAPTURE(f);
    if (model.weights[f] == 0) {
      CHECK(std::abs(gradient[f]) <= options.l1 + 1e-3);
    } else {
      double penalty = options.l1 * (model.weights[f] > 0 ? 1 : -1) + 2 * options.l2 * model.weights[f];
      CHECK(gradient[f] + penalty == Approx(0).margin(1e-3));
    }
  }
}

TEST_CASE("the weights do not depend on the units of the person's weights") {
  TopicWeights small = FitTopicWeights(Examples(), {3, 0, 0}, {0.5, 0.5, 2});
  TopicWeights large = FitTopicWeights(Examples(), {30, 0, 0}, {0.5, 0.5, 2});
  REQUIRE(small.converged);
  REQUIRE(large.converged);
  CHECK(small.bias == Approx(large.bias).epsilon(1e-4));
  for (std::size_t f = 0; f < 3; ++f) CHECK(small.weights[f] == Approx(large.weights[f]).epsilon(1e-4).margin(1e-6));
}

TEST_CASE("separable examples and examples without a positive still give finite weights") {
  // The person's phrase alone separates the examples: without the ridge the scale would grow
  // for ever.
  std::vector<TopicExample> separable;
  for (int i = 0; i < 30; ++i) {
    TopicExample example;
    example.positive = i < 3;
    if (example.positive) example.features = {{0, 1.0}};
    separable.push_back(example);
  }
  TopicWeights model = FitTopicWeights(separable, {5}, {1, 1, 2});
  CHECK(model.converged);
  CHECK(std::isfinite(model.weights[0]));
  CHECK(model.weights[0] + model.bias > 0);
  CHECK(model.bias < 0);
  for (TopicExample& example : separable) example.positive = false;
  TopicWeights none = FitTopicWeights(separable, {5}, {1, 1, 2});
  CHECK(none.converged);
  CHECK(std::isfinite(none.bias));
  CHECK(none.bias < 0);
}

TEST_CASE("no examples give finite weights and no crash") {
  TopicWeights model = FitTopicWeights({}, {2, 1}, {});
  REQUIRE(model.weights.size() == 2);
  CHECK(std::isfinite(model.weights[0]));
  CHECK(std::isfinite(model.bias));
}

}  // namespace
}  // namespace vankien::indexer
