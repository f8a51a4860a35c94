// Precision, recall and F1 of topic assignments against the hand labels (tools/topic_labels.h),
// per topic and micro-averaged, for the topic tools.
#ifndef VANKIEN_TOOLS_TOPIC_EVALUATION_H_
#define VANKIEN_TOOLS_TOPIC_EVALUATION_H_

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "tools/topic_labels.h"

namespace vankien::tools {

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
  std::size_t documents = 0;
  // Documents given no topic, and documents the labels give none: a rule that leaves too many
  // without (or too few) shows here before it shows in recall.
  std::size_t predicted_none = 0;
  std::size_t labelled_none = 0;
};

// Compares predicted topics with the gold ones over the documents `include` accepts.
Evaluation Evaluate(const std::vector<LabelledDocument>& documents,
                    const std::function<std::set<std::string>(const LabelledDocument&)>& predict,
                    const std::function<bool(const LabelledDocument&)>& include);

// Prints micro precision, recall and F1, and with per_topic each topic's.
void PrintEvaluation(const std::string& name, const Evaluation& evaluation, bool per_topic);

}  // namespace vankien::tools

#endif  // VANKIEN_TOOLS_TOPIC_EVALUATION_H_
