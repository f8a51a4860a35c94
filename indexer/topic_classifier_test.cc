#include "indexer/topic_classifier.h"

#include <memory>

#include <catch2/catch.hpp>

#include "indexer/topic_model.h"
#include "indexer/topic_terms.h"

namespace vankien::indexer {
namespace {

const char* kTaxonomy = R"(<taxonomy>
  <topic code="chi-bo"><name>Chi bộ</name>
    <phrase weight="5">sinh hoạt chi bộ</phrase>
    <phrase weight="1">chi bộ</phrase>
    <phrase weight="-3">đồng chí bộ trưởng</phrase>
  </topic>
  <topic code="dan-van"><name>Dân vận</name>
    <phrase weight="5">dân vận khéo</phrase>
    <phrase weight="2">công tác dân vận</phrase>
  </topic>
</taxonomy>)";

struct Doc {
  std::string title, subject, text;
};

std::vector<schema::TopicScore> Classify(const TopicClassifier& classifier, const Doc& doc) {
  analysis::Analyzer analyzer;
  analysis::Analysis title, subject, text;
  analyzer.Analyze(doc.title, &title);
  analyzer.Analyze(doc.subject, &subject);
  analyzer.Analyze(doc.text, &text);
  return classifier.Classify(title.tokens, subject.tokens, text.tokens);
}

TEST_CASE("phrases match without accents, case or tone style, titles weigh more") {
  TopicClassifier classifier(ParseTaxonomy(kTaxonomy, "t"), {3, 2, 3, 8});
  // "sinh hoat chi bo" once in the text: 5 + 1 = 6, below the threshold of 8.
  CHECK(Classify(classifier, {"", "", "Về sinh hoat chi bo."}).empty());
  // Twice: 2 × (5 + 1) = 12.
  auto twice = Classify(classifier, {"", "", "SINH HOẠT CHI BỘ đều. Sinh hoạt, chi bộ tốt."});
  REQUIRE(twice.size() == 1);
  CHECK(twice[0].code == "chi-bo");
  CHECK(twice[0].score == 12);
  // Once in the title counts three times, capped at three: 3 × 6 = 18.
  auto title = Classify(classifier, {"Sinh hoạt chi bộ", "", ""});
  REQUIRE(title.size() == 1);
  CHECK(title[0].score == 18);
}

TEST_CASE("a phrase does not cross a sentence end, and negative phrases count against") {
  TopicClassifier classifier(ParseTaxonomy(kTaxonomy, "t"), {3, 2, 3, 8});
  CHECK(Classify(classifier, {"", "", "Sinh hoạt. Chi bộ. Sinh hoạt. Chi bộ. Sinh hoạt. Chi bộ."}).size() == 0);
  // Title: "sinh hoạt chi bộ" 3 × 5 = 15 and "chi bộ" 3 × 1; the text's "đồng chí bộ trưởng"
  // also holds "chí bộ" (capped: no more), and counts −3 each, capped at three: 15 + 3 − 9.
  auto scores = [&](const Doc& doc) {
    analysis::Analyzer analyzer;
    analysis::Analysis title, subject, text;
    analyzer.Analyze(doc.title, &title);
    analyzer.Analyze(doc.subject, &subject);
    analyzer.Analyze(doc.text, &text);
    return classifier.Scores(title.tokens, subject.tokens, text.tokens);
  };
  CHECK(scores({"Sinh hoạt chi bộ", "", ""})[0] == 18);
  CHECK(scores({"Sinh hoạt chi bộ", "", "đồng chí Bộ trưởng; đồng chí bộ trưởng; đồng chí bộ trưởng"})[0] == 9);
}

TEST_CASE("several topics, best first") {
  TopicClassifier classifier(ParseTaxonomy(kTaxonomy, "t"), {3, 2, 3, 8});
  auto topics = Classify(classifier, {"Phong trào dân vận khéo", "Về sinh hoạt chi bộ", ""});
  REQUIRE(topics.size() == 2);
  CHECK(topics[0].code == "dan-van");  // 5 × 3 = 15
  CHECK(topics[1].code == "chi-bo");   // (5 + 1) × 2 = 12
}

TEST_CASE("a topic's evidence is the phrases that gave it most points, never one that counted against") {
  TopicTuning tuning{3, 2, 3, 8};
  tuning.evidence = 2;
  TopicClassifier classifier(ParseTaxonomy(kTaxonomy, "t"), tuning);
  // chi-bo: "sinh hoạt chi bộ" 3 × 5, "chi bộ" 3 × 1, "đồng chí bộ trưởng" 1 × −3 = 15.
  auto topics = Classify(classifier, {"Sinh hoạt chi bộ", "", "đồng chí bộ trưởng"});
  REQUIRE(topics.size() == 1);
  CHECK(topics[0].evidence == std::vector<std::string>{"sinh hoạt chi bộ", "chi bộ"});
  // Two topics: each has its own phrases, as the taxonomy writes them, at most `evidence`.
  tuning.evidence = 1;
  TopicClassifier one(ParseTaxonomy(kTaxonomy, "t"), tuning);
  auto two = Classify(one, {"Dan van kheo", "Về sinh hoạt chi bộ", "công tác dân vận"});
  REQUIRE(two.size() == 2);
  CHECK(two[0].evidence == std::vector<std::string>{"dân vận khéo"});
  CHECK(two[1].evidence == std::vector<std::string>{"sinh hoạt chi bộ"});
}

TEST_CASE("phrases sharing their first words, single words and sentence ends are matched apart") {
  TopicClassifier classifier(ParseTaxonomy(R"(<taxonomy><topic code="a"><name>A</name>
      <phrase weight="1">chi bộ</phrase>
      <phrase weight="2">chi bộ đảng</phrase>
      <phrase weight="3">chi bộ cơ sở</phrase>
      <phrase weight="4">đảng</phrase>
      <phrase weight="1">...</phrase>
    </topic></taxonomy>)", "t"), {1, 1, 4, 1});
  analysis::Analyzer analyzer;
  analysis::Analysis text;
  analyzer.Analyze("Chi bộ cơ sở họp. Chi. Bộ đảng.", &text);
  // "chi bộ" once and "chi bộ cơ sở" once; "chi. bộ" crosses a sentence end; "đảng" once.
  std::vector<TopicClassifier::PhraseMatch> matches = classifier.Matches({}, {}, text.tokens);
  REQUIRE(matches.size() == 3);
  CHECK(matches[0].phrase == 0);
  CHECK(matches[1].phrase == 2);
  CHECK(matches[2].phrase == 3);
  for (const auto& match : matches) CHECK(match.value == 1);
  CHECK(classifier.Scores({}, {}, text.tokens)[0] == 1 + 3 + 4);
}

TEST_CASE("with a model, its points add to the phrases' and its strongest terms follow them as evidence") {
  Taxonomy taxonomy = ParseTaxonomy(kTaxonomy, "t");
  // A sample model, invented for the test: dan-van gains from "quần chúng" and "vận động",
  // chi-bo loses a constant 2.
  taxonomy.model = std::make_shared<const TopicModel>(TopicModel::Parse(
      "*\tchi-bo\t-2\nquần chúng\tdan-van\t60\nvận động\tdan-van\t10\nchi bộ\tchi-bo\t1\n",
      {"chi-bo", "dan-van"}, "m"));
  TopicTuning tuning{3, 2, 3, 8};
  const TopicClassifier classifier(taxonomy, tuning);
  const TopicClassifier phrases_only(ParseTaxonomy(kTaxonomy, "t"), tuning);
  const Doc doc{"Sinh hoạt chi bộ", "", "Vận động quần chúng."};
  analysis::Analyzer analyzer;
  analysis::Analysis title, text;
  analyzer.Analyze(doc.title, &title);
  analyzer.Analyze(doc.text, &text);
  const auto values = TopicTermValues(title.tokens, {}, text.tokens);
  const std::vector<double> scores = classifier.Scores(title.tokens, {}, text.tokens);
  const std::vector<double> phrase_scores = phrases_only.Scores(title.tokens, {}, text.tokens);
  const std::vector<double> model_scores = taxonomy.model->Scores(values);
  REQUIRE(scores.size() == 2);
  CHECK(scores[0] == Approx(phrase_scores[0] + model_scores[0]));
  CHECK(scores[1] == Approx(phrase_scores[1] + model_scores[1]));
  CHECK(phrase_scores[1] == 0);
  // "quần chúng" alone lifts dan-van to the threshold of 8; "vận động" adds to it.
  CHECK(60 * values.at(TopicTermKey("quan chung")) >= 8);
  const auto topics = Classify(classifier, doc);
  REQUIRE(topics.size() == 2);
  CHECK(topics[0].code == "chi-bo");
  // chi-bo's phrases first; the model's "chi bộ" is one of them already.
  CHECK(topics[0].evidence == std::vector<std::string>{"sinh hoạt chi bộ", "chi bộ"});
  CHECK(topics[1].code == "dan-van");
  CHECK(topics[1].evidence == std::vector<std::string>{"quần chúng", "vận động"});
  CHECK(Classify(phrases_only, doc).size() == 1);
}

}  // namespace
}  // namespace vankien::indexer
