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
  TopicWeights model = FitTopicWeights(Examples(), {3, 0, 0}, {0.1, 0.1, 1, 500});
  REQUIRE(model.weights.size() == 3);
  CHECK(model.bias < 0);
  CHECK(model.weights[1] > 1);
  for (const TopicExample& example : Examples()) CHECK((Score(model, example) > 0) == example.positive);
}

TEST_CASE("the l1 penalty keeps a feature without a prior at exactly 0 unless it helps") {
  TopicWeights model = FitTopicWeights(Examples(), {3, 0, 0}, {1, 0.1, 1, 500});
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
  TopicWeights model = FitTopicWeights(examples, {3, 1}, {10, 10, 1, 500});
  CHECK(model.weights[0] == Approx(3 * model.weights[1]).epsilon(0.01));
  CHECK(model.weights[0] > 0);
}

TEST_CASE("no examples give finite weights and no crash") {
  TopicWeights model = FitTopicWeights({}, {2, 1}, {});
  REQUIRE(model.weights.size() == 2);
  CHECK(std::isfinite(model.weights[0]));
  CHECK(std::isfinite(model.bias));
}

}  // namespace
}  // namespace vankien::indexer
