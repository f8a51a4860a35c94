#include "indexer/taxonomy.h"

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "indexer/topic_model.h"

namespace vankien::indexer {
namespace {

TEST_CASE("the bundled taxonomy loads and is complete") {
  Taxonomy taxonomy = LoadTaxonomy(VANKIEN_SOURCE_DIR "/corpus/topics.xml");
  CHECK(taxonomy.topics.size() >= 15);
  for (const TopicDefinition& topic : taxonomy.topics) {
    CAPTURE(topic.code);
    CHECK_FALSE(topic.name.empty());
    CHECK(topic.phrases.size() >= 5);
  }
}

TEST_CASE("a topic model beside a taxonomy file is read with it, is in its fingerprint, and must be valid") {
  const std::filesystem::path folder = std::filesystem::temp_directory_path() / "vankien-taxonomy-model-test";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  {
    std::ofstream(folder / "topics.xml") << R"(<taxonomy><topic code="a"><name>A</name>
        <phrase weight="2">chi bộ</phrase></topic></taxonomy>)";
  }
  const Taxonomy alone = LoadTaxonomy(folder / "topics.xml");
  CHECK(alone.model == nullptr);
  CHECK(TopicModelPathFor(folder / "topics.xml") == folder / "topic_model.tsv");
  {
    std::ofstream(folder / "topic_model.tsv") << "*\ta\t-1\nđảng viên\ta\t3\n";
  }
  const Taxonomy with_model = LoadTaxonomy(folder / "topics.xml");
  REQUIRE(with_model.model != nullptr);
  CHECK(with_model.model->weight_count() == 1);
  CHECK(with_model.Fingerprint() != alone.Fingerprint());
  {
    std::ofstream(folder / "topic_model.tsv") << "đảng viên\tb\t3\n";
  }
  CHECK_THROWS_WITH(LoadTaxonomy(folder / "topics.xml"), Catch::Contains("topic_model.tsv:1: unknown topic code"));
  std::filesystem::remove_all(folder);
}

TEST_CASE("the bundled taxonomy groups its topics: the Party's work, then the fields it leads") {
  Taxonomy taxonomy = LoadTaxonomy(VANKIEN_SOURCE_DIR "/corpus/topics.xml");
  REQUIRE(taxonomy.topics.size() == 24);
  for (std::size_t t = 0; t < taxonomy.topics.size(); ++t) {
    CAPTURE(taxonomy.topics[t].code);
    CHECK(taxonomy.topics[t].group == (t < 14 ? "Xây dựng Đảng" : "Lĩnh vực"));
  }
}

TEST_CASE("a topic's group is stored for the query side only when it has one") {
  Taxonomy taxonomy = ParseTaxonomy(
      "<taxonomy><topic code=\"a\" group=\" Lĩnh  vực \"><name>A</name><phrase weight=\"3\">chi bộ</phrase></topic>"
      "<topic code=\"b\"><name>B</name><phrase weight=\"3\">dân vận</phrase></topic></taxonomy>", "t");
  CHECK(taxonomy.topics[0].group == "Lĩnh vực");
  CHECK(taxonomy.topics[1].group.empty());
  CHECK(taxonomy.CodesAndNamesJson() ==
        "[{\"code\":\"a\",\"description\":\"\",\"group\":\"Lĩnh vực\",\"name\":\"A\"},"
        "{\"code\":\"b\",\"description\":\"\",\"name\":\"B\"}]");
}

TEST_CASE("a taxonomy's fingerprint changes with any phrase or weight") {
  Taxonomy a = ParseTaxonomy(
      "<taxonomy><topic code=\"a\"><name>A</name><phrase weight=\"3\">chi bộ</phrase></topic></taxonomy>", "t");
  Taxonomy b = ParseTaxonomy(
      "<taxonomy><topic code=\"a\"><name>A</name><phrase weight=\"2\">chi bộ</phrase></topic></taxonomy>", "t");
  CHECK(a.Fingerprint() != b.Fingerprint());
  CHECK(a.CodesAndNamesJson() == "[{\"code\":\"a\",\"description\":\"\",\"name\":\"A\"}]");
}

TEST_CASE("learnt weights keep the hand weight they replaced, and mark learnt phrases") {
  Taxonomy taxonomy = ParseTaxonomy(
      "<taxonomy><topic code=\"a\"><name>A</name>"
      "<phrase weight=\"3\">chi bộ</phrase>"
      "<phrase weight=\"1.25\" hand=\"4\">sinh hoạt</phrase>"
      "<phrase weight=\"-0.5\" learnt=\"true\">đảng viên</phrase>"
      "<phrase weight=\"0\" hand=\"1\">bí thư</phrase>"
      "</topic></taxonomy>", "t");
  const auto& phrases = taxonomy.topics.at(0).phrases;
  REQUIRE(phrases.size() == 4);
  CHECK(phrases[3].weight == 0);
  CHECK(phrases[3].hand_weight == 1);
  CHECK(phrases[0].weight == 3);
  CHECK(phrases[0].hand_weight == 3);
  CHECK_FALSE(phrases[0].learnt);
  CHECK(phrases[1].weight == 1.25);
  CHECK(phrases[1].hand_weight == 4);
  CHECK(phrases[2].weight == -0.5);
  CHECK(phrases[2].learnt);
}

TEST_CASE("an invalid taxonomy is refused with file, line and column") {
  const std::pair<std::string, std::string> cases[] = {
      {"<taxonomy><topic code=\"a\">", "t.xml:1:"},
      {"<taxonomy/>", "holds no <topic>"},
      {"<topics/>", "root element must be <taxonomy>"},
      {"<taxonomy>\n<topic code=\"A b\"><name>A</name><phrase weight=\"1\">x</phrase></topic></taxonomy>",
       "t.xml:2:1: topic code \"A b\""},
      {"<taxonomy><topic code=\"a\"><phrase weight=\"1\">x</phrase></topic></taxonomy>", "has no <name>"},
      {"<taxonomy><topic code=\"a\"><name>A</name></topic></taxonomy>", "has no <phrase>"},
      {"<taxonomy><topic code=\"a\"><name>A</name><phrase weight=\"0\">x</phrase></topic></taxonomy>",
       "between -5 and 5, and not 0"},
      {"<taxonomy><topic code=\"a\"><name>A</name><phrase weight=\"x\">x</phrase></topic></taxonomy>",
       "phrase weight \"x\" is not a whole number"},
      {"<taxonomy><topic code=\"a\"><name>A</name><phrase weight=\"3.5\">x</phrase></topic></taxonomy>",
       "phrase weight \"3.5\" is not a whole number"},
      {"<taxonomy><topic code=\"a\"><name>A</name><phrase weight=\"15\">x</phrase></topic></taxonomy>",
       "between -5 and 5"},
      {"<taxonomy><topic code=\"a\"><name>A</name><phrase weight=\"nan\" learnt=\"true\">x</phrase></topic></taxonomy>",
       "between -20 and 20"},
      {"<taxonomy><topic code=\"a\"><name>A</name><phrase weight=\"0.5x\" learnt=\"true\">x</phrase></topic></taxonomy>",
       "phrase weight \"0.5x\" is not a number"},
      {"<taxonomy><topic code=\"a\"><name>A</name><phrase weight=\"0\" learnt=\"true\">x</phrase></topic></taxonomy>",
       "between -20 and 20, and not 0"},
      {"<taxonomy><topic code=\"a\"><name>A</name><phrase weight=\"1\" hand=\"2x\">x</phrase></topic></taxonomy>",
       "phrase hand \"2x\" is not a whole number"},
      {"<taxonomy><topic code=\"a\"><name>A</name><phrase weight=\"1\" hand=\"2\" learnt=\"true\">x</phrase>"
       "</topic></taxonomy>",
       "a learnt phrase has no hand weight"},
      {"<taxonomy><topic code=\"a\"><name>A</name><phrase weight=\"1\" learnt=\"yes\">x</phrase></topic></taxonomy>",
       "learnt=\"yes\" must be true or false"},
      {"<taxonomy><topic code=\"a\"><name>A</name><phrase weight=\"1\">hóa</phrase>"
       "<phrase weight=\"2\">hoá</phrase></topic></taxonomy>",
       "appears twice in topic a"},
      {"<taxonomy><topic code=\"a\"><name>A</name><phrase weight=\"1\">x</phrase></topic>"
       "<topic code=\"a\"><name>B</name><phrase weight=\"1\">y</phrase></topic></taxonomy>",
       "topic code \"a\" appears twice"},
      {"<taxonomy><topic code=\"a\"><name>A</name><keyword>x</keyword></topic></taxonomy>",
       "unknown element <keyword>"},
  };
  for (const auto& [xml, message] : cases) {
    CAPTURE(xml);
    try {
      ParseTaxonomy(xml, "t.xml");
      FAIL("no error");
    } catch (const TaxonomyError& e) {
      CHECK_THAT(e.what(), Catch::Contains(message));
    }
  }
  CHECK_THROWS_AS(LoadTaxonomy("/nonexistent/topics.xml"), TaxonomyError);
}

}  // namespace
}  // namespace vankien::indexer
