#include "indexer/topic_learning.h"

#include <algorithm>
#include <cmath>

namespace vankien::indexer {
namespace {

// A tiny ridge on the bias and the scale: without it a topic whose positives the person's
// phrases separate perfectly (or that has no positive at all) has no finite optimum.
constexpr double kRidge = 1e-3;

// The fit works on columns z = [1, prior score H, features...], each divided by its root mean
// square so that no column is orders of magnitude longer than the others (which would force a
// tiny step on every parameter and leave rare features unfitted). theta = [bias, scale,
// adjustments...] in these units gives score = theta · z; the penalties are rescaled to match,
// so the optimum is the same as in the original units.
struct Problem {
  const std::vector<TopicExample>& examples;
  std::vector<double> prior_score;  // H of each example, normalised
  std::vector<double> column_scale;  // per feature: its root mean square (1 if never seen)

  std::size_t size() const { return 2 + column_scale.size(); }

  std::vector<double> Scores(const std::vector<double>& theta) const {
    std::vector<double> scores(examples.size());
    for (std::size_t i = 0; i < examples.size(); ++i) {
      double s = theta[0] + theta[1] * prior_score[i];
      for (const auto& [f, value] : examples[i].features) s += theta[2 + f] * value / column_scale[f];
      scores[i] = s;
    }
    return scores;
  }

  // Zᵀ r for a vector r over the examples.
  std::vector<double> Transposed(const std::vector<double>& r) const {
    std::vector<double> out(size(), 0.0);
    for (std::size_t i = 0; i < examples.size(); ++i) {
      out[0] += r[i];
      out[1] += r[i] * prior_score[i];
      for (const auto& [f, value] : examples[i].features) out[2 + f] += r[i] * value / column_scale[f];
    }
    return out;
  }
};

// The largest eigenvalue of ZᵀZ by power iteration, with a 1% margin because power iteration
// approaches it from below: the smooth loss's gradient changes at most this × the heaviest
// example weight / 4 per unit step, which fixes a safe step size.
double LargestEigenvalue(const Problem& problem) {
  std::vector<double> v(problem.size(), 1.0);
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
  return std::max(1.01 * eigenvalue, 1e-9);
}

double Sigmoid(double s) { return 1 / (1 + std::exp(-s)); }

double RootMeanSquare(double sum_of_squares, std::size_t n) {
  return sum_of_squares > 0 && n > 0 ? std::sqrt(sum_of_squares / n) : 1;
}

}  // namespace

TopicWeights FitTopicWeights(const std::vector<TopicExample>& examples, const std::vector<double>& prior,
                             const TopicFitOptions& options) {
  Problem problem{examples, std::vector<double>(examples.size(), 0.0), std::vector<double>(prior.size(), 0.0)};
  double prior_squares = 0;
  for (std::size_t i = 0; i < examples.size(); ++i) {
    for (const auto& [f, value] : examples[i].features) {
      problem.prior_score[i] += prior[f] * value;
      problem.column_scale[f] += value * value;
    }
    prior_squares += problem.prior_score[i] * problem.prior_score[i];
  }
  const double prior_norm = RootMeanSquare(prior_squares, examples.size());
  for (double& h : problem.prior_score) h /= prior_norm;
  for (double& s : problem.column_scale) s = RootMeanSquare(s, examples.size());

  const double lipschitz = std::max(1.0, options.positive_weight) * LargestEigenvalue(problem) / 4 + 2 * kRidge;
  const double step = 1 / lipschitz;
  // FISTA: proximal gradient steps with Nesterov momentum, restarted whenever the momentum
  // points uphill. The adjustments' elastic-net penalty (in column units: l1 / s and l2 / s²)
  // is applied exactly by its proximal map.
  std::vector<double> theta(problem.size(), 0.0), previous = theta, point = theta;
  double momentum = 1;
  TopicWeights result;
  for (result.iterations = 0; result.iterations < options.max_iterations && !result.converged;
       ++result.iterations) {
    std::vector<double> scores = problem.Scores(point);
    std::vector<double> residual(examples.size());
    for (std::size_t i = 0; i < examples.size(); ++i) {
      double weight = examples[i].positive ? options.positive_weight : 1.0;
      residual[i] = weight * (Sigmoid(scores[i]) - (examples[i].positive ? 1.0 : 0.0));
    }
    std::vector<double> gradient = problem.Transposed(residual);
    gradient[0] += 2 * kRidge * point[0];
    gradient[1] += 2 * kRidge * point[1];
    previous.swap(theta);
    double largest_change = 0, largest_value = 0;
    for (std::size_t k = 0; k < theta.size(); ++k) {
      double value = point[k] - step * gradient[k];
      if (k >= 2) {
        const double s = problem.column_scale[k - 2];
        double shrunk = std::max(0.0, std::abs(value) - step * options.l1 / s);
        value = std::copysign(shrunk, value) / (1 + 2 * step * options.l2 / (s * s));
      }
      theta[k] = value;
      largest_change = std::max(largest_change, std::abs(theta[k] - previous[k]));
      largest_value = std::max(largest_value, std::abs(theta[k]));
    }
    result.converged = largest_change <= options.tolerance * (1 + largest_value);
    // Restart when the step went against the momentum (O'Donoghue and Candès' gradient test).
    double uphill = 0;
    for (std::size_t k = 0; k < theta.size(); ++k) uphill += (point[k] - theta[k]) * (theta[k] - previous[k]);
    double next_momentum = uphill > 0 ? 1 : (1 + std::sqrt(1 + 4 * momentum * momentum)) / 2;
    double carry = uphill > 0 ? 0 : (momentum - 1) / next_momentum;
    for (std::size_t k = 0; k < theta.size(); ++k) point[k] = theta[k] + carry * (theta[k] - previous[k]);
    momentum = next_momentum;
  }

  result.bias = theta[0];
  const double scale = theta[1] / prior_norm;
  for (std::size_t f = 0; f < prior.size(); ++f) {
    result.weights.push_back(scale * prior[f] + theta[2 + f] / problem.column_scale[f]);
  }
  return result;
}

}  // namespace vankien::indexer
