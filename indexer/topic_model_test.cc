#include "indexer/topic_model.h"

#include <cmath>
#include <string>

#include <catch2/catch.hpp>

#include "indexer/topic_terms.h"

namespace vankien::indexer {
namespace {

// A sample model, invented for the test: two topics, a constant each, three terms.
const char* kModel =
    "# sample model\n"
    "*\ttu-phap\t-6\n"
    "*\tkinh-te\t-4\n"
    "bị cáo\ttu-phap\t20\n"
    "tòa án\ttu-phap\t10\n"
    "đầu tư\tkinh-te\t30\n"
    "bị cáo\tkinh-te\t-5\n";

const std::vector<std::string> kCodes = {"tu-phap", "kinh-te"};

std::unordered_map<std::uint64_t, double> ValuesOf(const std::string& title, const std::string& text) {
  analysis::Analyzer analyzer;
  analysis::Analysis title_analysis, text_analysis;
  analyzer.Analyze(title, &title_analysis);
  analyzer.Analyze(text, &text_analysis);
  return TopicTermValues(title_analysis.tokens, {}, text_analysis.tokens);
}

TEST_CASE("term values: words and pairs read as a phrase, log counts, length 1, titles weigh more") {
  const auto values = ValuesOf("", "Tòa án xử bị cáo, bị cáo kháng cáo.");
  double length = 0;
  for (const auto& [key, value] : values) length += value * value;
  CHECK(std::abs(length - 1) < 1e-9);
  // "bị cáo" twice, "tòa án" once: 1 + ln 2 against 1.
  REQUIRE(values.count(TopicTermKey("bi cao")) == 1);
  REQUIRE(values.count(TopicTermKey("toa an")) == 1);
  CHECK(values.at(TopicTermKey("bi cao")) / values.at(TopicTermKey("toa an")) == Approx(1 + std::log(2.0)));
  CHECK(values.count(TopicTermKey("cao")) == 1);
  // A comma parts the words: no pair across it, nor in the other order.
  CHECK(values.count(TopicTermKey("cao bi")) == 0);
  CHECK(values.count(TopicTermKey("an toa")) == 0);
  // The same words in the title count kTopicTermTitleWeight times.
  const auto titled = ValuesOf("Tòa án", "bị cáo");
  CHECK(titled.at(TopicTermKey("toa an")) / titled.at(TopicTermKey("bi cao")) ==
        Approx(1 + std::log(kTopicTermTitleWeight)));
  CHECK(ValuesOf("", "").empty());
  CHECK(ValuesOf("", "… 2024 !").empty());
}

TEST_CASE("the model's scores are the constant plus points times values, matched folded") {
  const TopicModel model = TopicModel::Parse(kModel, kCodes, "sample");
  CHECK(model.weight_count() == 4);
  const auto values = ValuesOf("", "BI CAO tai toa an");
  const std::vector<double> scores = model.Scores(values);
  REQUIRE(scores.size() == 2);
  const double bi_cao = values.at(TopicTermKey("bi cao")), toa_an = values.at(TopicTermKey("toa an"));
  CHECK(scores[0] == Approx(-6 + 20 * bi_cao + 10 * toa_an));
  CHECK(scores[1] == Approx(-4 - 5 * bi_cao));
  // A document the model has no term of gets the constants.
  CHECK(model.Scores(ValuesOf("", "mưa to")) == std::vector<double>{-6, -4});
}

TEST_CASE("the strongest terms of a topic: positive contributions, strongest first, at most count") {
  const TopicModel model = TopicModel::Parse(kModel, kCodes, "sample");
  const auto values = ValuesOf("", "bị cáo tòa án đầu tư");
  CHECK(model.Strongest(values, 0, 3) == std::vector<std::string>{"bị cáo", "tòa án"});
  CHECK(model.Strongest(values, 0, 1) == std::vector<std::string>{"bị cáo"});
  // "bị cáo" counts against kinh-te: it is no reason for it.
  CHECK(model.Strongest(values, 1, 3) == std::vector<std::string>{"đầu tư"});
  CHECK(model.Strongest(ValuesOf("", "mưa to"), 0, 3).empty());
}

TEST_CASE("a malformed model is refused with its line") {
  auto error_of = [](const std::string& tsv) {
    try {
      TopicModel::Parse(tsv, kCodes, "m");
    } catch (const TopicModelError& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  CHECK(error_of("# c\nbị cáo\ttu-phap\n").rfind("m:2: a line must hold", 0) == 0);
  CHECK(error_of("bị cáo\tquoc-phong\t1\n").rfind("m:1: unknown topic code", 0) == 0);
  CHECK(error_of("bị cáo\ttu-phap\tmười\n").rfind("m:1: \"mười\" is not a number", 0) == 0);
  CHECK(error_of("bị cáo\ttu-phap\t1x\n").rfind("m:1: \"1x\" is not a number", 0) == 0);
  CHECK(error_of("bị cáo\ttu-phap\tinf\n").rfind("m:1: points must be a finite", 0) == 0);
  CHECK(error_of("xét xử bị cáo\ttu-phap\t1\n").rfind("m:1: a term is one word or two", 0) == 0);
  CHECK(error_of(",\ttu-phap\t1\n").rfind("m:1: a term is one word or two", 0) == 0);
  CHECK(error_of("bị cáo\ttu-phap\t1\nBI CAO\ttu-phap\t2\n").rfind("m:2: \"BI CAO\" twice", 0) == 0);
  CHECK(error_of("*\ttu-phap\t1\n*\ttu-phap\t2\n").rfind("m:2: a second constant", 0) == 0);
  CHECK(error_of("\xff\xfe\ttu-phap\t1\n") != "");  // invalid UTF-8: refused or read, never a crash
  CHECK(error_of("") == "accepted");
}

TEST_CASE("the fingerprint changes with any weight") {
  const std::string a = TopicModel::Parse(kModel, kCodes, "a").Fingerprint();
  CHECK(a == TopicModel::Parse(kModel, kCodes, "b").Fingerprint());
  CHECK(a != TopicModel::Parse(std::string(kModel) + "án\ttu-phap\t0.5\n", kCodes, "c").Fingerprint());
  std::string nudged = kModel;
  nudged.replace(nudged.find("-6"), 2, "-6.0000001");
  CHECK(a != TopicModel::Parse(nudged, kCodes, "d").Fingerprint());
}

}  // namespace
}  // namespace vankien::indexer
