#include "tools/topic_evaluation.h"

#include <catch2/catch.hpp>

namespace vankien::tools {
namespace {

TEST_CASE("evaluation counts right, extra and missed topics per topic and over all") {
  std::vector<LabelledDocument> documents(3);
  documents[0].gold = {"a", "b"};
  documents[1].gold = {};
  documents[2].gold = {"a"};
  documents[2].development = true;
  std::map<const LabelledDocument*, std::set<std::string>> predicted = {
      {&documents[0], {"a", "c"}}, {&documents[1], {"b"}}, {&documents[2], {}}};
  auto predict = [&](const LabelledDocument& d) { return predicted.at(&d); };

  Evaluation all = Evaluate(documents, predict, [](const LabelledDocument&) { return true; });
  CHECK(all.documents == 3);
  CHECK(all.micro.tp == 1);
  CHECK(all.micro.fp == 2);  // c in the first, b in the second
  CHECK(all.micro.fn == 2);  // b in the first, a in the third
  CHECK(all.by_topic["a"].tp == 1);
  CHECK(all.by_topic["a"].fn == 1);
  CHECK(all.by_topic["b"].fp == 1);
  CHECK(all.by_topic["b"].fn == 1);
  CHECK(all.micro.Precision() == Approx(1.0 / 3));
  CHECK(all.micro.F1() == Approx(1.0 / 3));
  CHECK(all.predicted_none == 1);  // the third
  CHECK(all.labelled_none == 1);   // the second

  Evaluation development = Evaluate(documents, predict, [](const LabelledDocument& d) { return d.development; });
  CHECK(development.documents == 1);
  CHECK(development.micro.fn == 1);
  CHECK(development.micro.Precision() == 1.0);  // nothing predicted: no wrong prediction
  CHECK(development.micro.F1() == 0.0);
}

}  // namespace
}  // namespace vankien::tools
