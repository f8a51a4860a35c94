#include "indexer/topic_learning.h"

#include <algorithm>
#include <cmath>

namespace vankien::indexer {
namespace {

// The fit works on columns z = [1, prior score H, features...]: a parameter vector
// theta = [bias, scale, adjustments...] gives score = theta · z. H is divided by its root mean
// square so that its column is not orders of magnitude longer than the others, which would
// force a tiny step on every parameter.
struct Problem {
  const std::vector<TopicExample>& examples;
  std::vector<double> prior_score;  // H of each example, normalised
  std::size_t features;

  std::vector<double> Scores(const std::vector<double>& theta) const {
    std::vector<double> scores(examples.size());
    for (std::size_t i = 0; i < examples.size(); ++i) {
      double s = theta[0] + theta[1] * prior_score[i];
      for (const auto& [f, value] : examples[i].features) s += theta[2 + f] * value;
      scores[i] = s;
    }
    return scores;
  }

  // Zᵀ r for a vector r over the examples.
  std::vector<double> Transposed(const std::vector<double>& r) const {
    std::vector<double> out(2 + features, 0.0);
    for (std::size_t i = 0; i < examples.size(); ++i) {
      out[0] += r[i];
      out[1] += r[i] * prior_score[i];
      for (const auto& [f, value] : examples[i].features) out[2 + f] += r[i] * value;
    }
    return out;
  }
};

// The largest eigenvalue of ZᵀZ by power iteration: the smooth loss's gradient changes at most
// this × max example weight / 4 per unit step, which fixes a safe step size.
double LargestEigenvalue(const Problem& problem) {
  std::vector<double> v(2 + problem.features, 1.0);
  double eigenvalue = 1;
  for (int iteration = 0; iteration < 50; ++iteration) {
    double norm = 0;
    for (double x : v) norm += x * x;
    norm = std::sqrt(norm);
    if (norm == 0) return 1;
    for (double& x : v) x /= norm;
    std::vector<double> w = problem.Transposed(problem.Scores(v));
    eigenvalue = 0;
    for (std::size_t k = 0; k < v.size(); ++k) eigenvalue += v[k] * w[k];
    v = std::move(w);
  }
  return std::max(eigenvalue, 1e-9);
}

double Sigmoid(double s) { return 1 / (1 + std::exp(-s)); }

}  // namespace

TopicWeights FitTopicWeights(const std::vector<TopicExample>& examples, const std::vector<double>& prior,
                             const TopicFitOptions& options) {
  Problem problem{examples, std::vector<double>(examples.size(), 0.0), prior.size()};
  double mean_square = 0;
  for (std::size_t i = 0; i < examples.size(); ++i) {
    for (const auto& [f, value] : examples[i].features) problem.prior_score[i] += prior[f] * value;
    mean_square += problem.prior_score[i] * problem.prior_score[i];
  }
  const double prior_norm = mean_square > 0 ? std::sqrt(mean_square / examples.size()) : 1;
  for (double& h : problem.prior_score) h /= prior_norm;

  const double step = 4 / (std::max(1.0, options.positive_weight) * LargestEigenvalue(problem));
  // FISTA: proximal gradient steps with Nesterov momentum. The adjustments' elastic-net penalty
  // is applied exactly by its proximal map; bias and scale are not penalised.
  std::vector<double> theta(2 + prior.size(), 0.0), previous = theta, point = theta;
  double momentum = 1;
  for (int iteration = 0; iteration < options.iterations; ++iteration) {
    std::vector<double> scores = problem.Scores(point);
    std::vector<double> residual(examples.size());
    for (std::size_t i = 0; i < examples.size(); ++i) {
      double weight = examples[i].positive ? options.positive_weight : 1.0;
      residual[i] = weight * (Sigmoid(scores[i]) - (examples[i].positive ? 1.0 : 0.0));
    }
    std::vector<double> gradient = problem.Transposed(residual);
    previous.swap(theta);
    for (std::size_t k = 0; k < theta.size(); ++k) {
      double value = point[k] - step * gradient[k];
      if (k >= 2) {
        double shrunk = std::max(0.0, std::abs(value) - step * options.l1);
        value = std::copysign(shrunk, value) / (1 + 2 * step * options.l2);
      }
      theta[k] = value;
    }
    double next_momentum = (1 + std::sqrt(1 + 4 * momentum * momentum)) / 2;
    for (std::size_t k = 0; k < theta.size(); ++k) {
      point[k] = theta[k] + (momentum - 1) / next_momentum * (theta[k] - previous[k]);
    }
    momentum = next_momentum;
  }

  TopicWeights result;
  result.bias = theta[0];
  const double scale = theta[1] / prior_norm;
  for (std::size_t f = 0; f < prior.size(); ++f) result.weights.push_back(scale * prior[f] + theta[2 + f]);
  return result;
}

}  // namespace vankien::indexer
