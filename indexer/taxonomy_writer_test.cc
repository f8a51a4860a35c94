#include "indexer/taxonomy_writer.h"

#include <catch2/catch.hpp>

namespace vankien::indexer {
namespace {

const char* kFile = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- the person's note on the file -->
<taxonomy>
  <topic code="chi-bo" group="Xây dựng Đảng">
    <name>Chi bộ</name>
    <!-- a person's comment that mentions tools/topic_learn -->
    <phrase weight="5">sinh hoạt chi bộ</phrase>
    <phrase weight="0.42" learnt="true">họp chi bộ</phrase>
    <phrase weight="2">...</phrase>
    <phrase weight="1.50" hand="3">bí thư chi bộ</phrase>
  </topic>
  <topic code="dan-van">
    <name>Dân vận</name>
    <phrase weight="4">dân vận khéo</phrase>
  </topic>
</taxonomy>
)";

std::vector<LearntTopic> Learnt() {
  LearntTopic chi_bo{{7.25, 2, 0.5}, {}};
  TopicPhrase pair;
  pair.text = "đảng viên";
  pair.weight = -0.8;
  pair.learnt = true;
  chi_bo.learnt_phrases.push_back(pair);
  return {chi_bo, LearntTopic{{4}, {}}};
}

TEST_CASE("learnt weights land on the person's phrases in order, learnt pairs are replaced") {
  std::string written = WriteLearntWeights(kFile, "t.xml", Learnt());
  Taxonomy taxonomy = ParseTaxonomy(written, "written");
  const auto& phrases = taxonomy.topics.at(0).phrases;
  REQUIRE(phrases.size() == 4);
  CHECK(phrases[0].text == "sinh hoạt chi bộ");
  CHECK(phrases[0].weight == 7.25);
  CHECK(phrases[0].hand_weight == 5);
  // The phrase that analyses to no words keeps its place and its (unchanged) weight.
  CHECK(phrases[1].text == "...");
  CHECK(phrases[1].weight == 2);
  CHECK_FALSE(phrases[1].learnt);
  CHECK(phrases[2].text == "bí thư chi bộ");
  CHECK(phrases[2].weight == 0.5);
  CHECK(phrases[2].hand_weight == 3);
  CHECK(phrases[3].text == "đảng viên");
  CHECK(phrases[3].weight == -0.8);
  CHECK(phrases[3].learnt);
  CHECK(taxonomy.topics.at(1).phrases.at(0).weight == 4);
  CHECK(taxonomy.topics.at(0).group == "Xây dựng Đảng");  // a topic's group stays
  // A person's comments and the declaration stay; the old learnt pair is gone.
  CHECK_THAT(written, Catch::Contains("the person's note on the file"));
  CHECK_THAT(written, Catch::Contains("a person's comment that mentions tools/topic_learn"));
  CHECK_THAT(written, Catch::Contains("encoding=\"UTF-8\""));
  CHECK_THAT(written, !Catch::Contains("họp chi bộ"));
}

TEST_CASE("writing the same weights again gives the same file") {
  std::string once = WriteLearntWeights(kFile, "t.xml", Learnt());
  CHECK(WriteLearntWeights(once, "once", Learnt()) == once);
}

TEST_CASE("weights that do not match the file are refused") {
  CHECK_THROWS_AS(WriteLearntWeights(kFile, "t.xml", {Learnt()[0]}), TaxonomyError);
  std::vector<LearntTopic> short_topic = Learnt();
  short_topic[0].phrase_weights.pop_back();
  CHECK_THROWS_WITH(WriteLearntWeights(kFile, "t.xml", short_topic), Catch::Contains("chi-bo has 3 phrases"));
}

}  // namespace
}  // namespace vankien::indexer
