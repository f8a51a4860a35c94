#include "indexer/taxonomy_writer.h"

#include <cstdio>
#include <sstream>

#include <pugixml.hpp>

namespace vankien::indexer {
namespace {

// The comment before the learnt phrases: recognised (exactly) and replaced on the next run, so
// that a person's own comments are never touched.
constexpr const char* kLearntComment = " Word pairs tools/topic_learn found telling in the labelled documents. ";

std::string FormatWeight(double weight) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", weight);
  std::string text = buffer;
  return text == "-0.00" ? "0.00" : text;
}

bool IsLearnt(const pugi::xml_node& node) {
  return node.type() == pugi::node_element && std::string(node.name()) == "phrase" &&
         std::string(node.attribute("learnt").value()) == "true";
}

bool IsLearntComment(const pugi::xml_node& node) {
  return node.type() == pugi::node_comment && std::string(node.value()) == kLearntComment;
}

}  // namespace

std::string WriteLearntWeights(std::string_view xml, const std::string& name, const std::vector<LearntTopic>& topics) {
  const Taxonomy taxonomy = ParseTaxonomy(xml, name);  // validates, and gives the person's weights
  if (taxonomy.topics.size() != topics.size()) {
    throw TaxonomyError(name + ": " + std::to_string(topics.size()) + " topics learnt for " +
                        std::to_string(taxonomy.topics.size()) + " in the file");
  }
  pugi::xml_document document;
  document.load_buffer(xml.data(), xml.size(),
                       pugi::parse_default | pugi::parse_comments | pugi::parse_declaration);
  std::size_t t = 0;
  for (pugi::xml_node topic : document.child("taxonomy").children("topic")) {
    for (pugi::xml_node node = topic.first_child(); node;) {
      pugi::xml_node next = node.next_sibling();
      if (IsLearnt(node) || IsLearntComment(node)) topic.remove_child(node);
      node = next;
    }
    std::vector<const TopicPhrase*> people;
    for (const TopicPhrase& phrase : taxonomy.topics[t].phrases) {
      if (!phrase.learnt) people.push_back(&phrase);
    }
    if (people.size() != topics[t].phrase_weights.size()) {
      throw TaxonomyError(name + ": topic " + taxonomy.topics[t].code + " has " + std::to_string(people.size()) +
                          " phrases, " + std::to_string(topics[t].phrase_weights.size()) + " weights learnt");
    }
    std::size_t i = 0;
    for (pugi::xml_node phrase : topic.children("phrase")) {
      const double hand = people[i]->hand_weight;
      const double weight = topics[t].phrase_weights[i++];
      phrase.remove_attribute("hand");
      if (FormatWeight(weight) == FormatWeight(hand)) {
        phrase.attribute("weight").set_value(std::to_string(static_cast<int>(hand)).c_str());
      } else {
        phrase.attribute("weight").set_value(FormatWeight(weight).c_str());
        phrase.insert_attribute_after("hand", phrase.attribute("weight"))
            .set_value(std::to_string(static_cast<int>(hand)).c_str());
      }
    }
    if (!topics[t].learnt_phrases.empty()) topic.append_child(pugi::node_comment).set_value(kLearntComment);
    for (const TopicPhrase& learnt : topics[t].learnt_phrases) {
      pugi::xml_node phrase = topic.append_child("phrase");
      phrase.append_attribute("weight").set_value(FormatWeight(learnt.weight).c_str());
      phrase.append_attribute("learnt").set_value("true");
      phrase.append_child(pugi::node_pcdata).set_value(learnt.text.c_str());
    }
    ++t;
  }
  std::ostringstream out;
  document.save(out, "  ", pugi::format_indent);
  return out.str();
}

}  // namespace vankien::indexer
