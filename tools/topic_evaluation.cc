#include "tools/topic_evaluation.h"

#include <cstdio>

namespace vankien::tools {

Evaluation Evaluate(const std::vector<LabelledDocument>& documents,
                    const std::function<std::set<std::string>(const LabelledDocument&)>& predict,
                    const std::function<bool(const LabelledDocument&)>& include) {
  Evaluation e;
  for (const LabelledDocument& document : documents) {
    if (!include(document)) continue;
    ++e.documents;
    std::set<std::string> predicted = predict(document);
    if (predicted.empty()) ++e.predicted_none;
    if (document.gold.empty()) ++e.labelled_none;
    for (const std::string& code : predicted) {
      bool right = document.gold.count(code) > 0;
      (right ? e.by_topic[code].tp : e.by_topic[code].fp)++;
      (right ? e.micro.tp : e.micro.fp)++;
    }
    for (const std::string& code : document.gold) {
      if (!predicted.count(code)) {
        e.by_topic[code].fn++;
        e.micro.fn++;
      }
    }
  }
  return e;
}

void PrintEvaluation(const std::string& name, const Evaluation& e, bool per_topic) {
  std::printf("%-28s docs %4zu  micro P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)  no topic %zu, labelled none %zu\n",
              name.c_str(), e.documents, e.micro.Precision(), e.micro.Recall(), e.micro.F1(), e.micro.tp, e.micro.fp,
              e.micro.fn, e.predicted_none, e.labelled_none);
  if (!per_topic) return;
  for (const auto& [code, c] : e.by_topic) {
    std::printf("    %-26s P %.2f  R %.2f  F1 %.2f  (tp %d fp %d fn %d)\n", code.c_str(), c.Precision(),
                c.Recall(), c.F1(), c.tp, c.fp, c.fn);
  }
}

}  // namespace vankien::tools
