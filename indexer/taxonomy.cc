#include "indexer/taxonomy.h"

#include <algorithm>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "analysis/token_filters.h"
#include "indexer/table_file.h"
#include "indexer/topic_model.h"
#include "readers/text_cleanup.h"
#include "readers/xml_position.h"

namespace vankien::indexer {
namespace {

bool IsValidCode(std::string_view code) {
  if (code.empty() || code.size() > 40) return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

class Parser {
 public:
  Parser(std::string_view xml, std::string name) : xml_(xml), name_(std::move(name)) {}

  Taxonomy Parse() {
    pugi::xml_document document;
    pugi::xml_parse_result parsed = document.load_buffer(xml_.data(), xml_.size());
    if (!parsed) Fail(readers::XmlErrorAt(xml_, parsed.offset, std::string("malformed XML: ") + parsed.description()));
    pugi::xml_node root = document.document_element();
    if (std::string(root.name()) != "taxonomy") Fail(root, "the root element must be <taxonomy>");
    Taxonomy taxonomy;
    std::set<std::string> codes;
    for (const pugi::xml_node& child : root.children()) {
      if (child.type() != pugi::node_element) continue;
      if (std::string(child.name()) != "topic") Fail(child, "only <topic> elements may appear in <taxonomy>");
      TopicDefinition topic = ParseTopic(child);
      if (!codes.insert(topic.code).second) Fail(child, "topic code \"" + topic.code + "\" appears twice");
      taxonomy.topics.push_back(std::move(topic));
    }
    if (taxonomy.topics.empty()) Fail(root, "<taxonomy> holds no <topic>");
    return taxonomy;
  }

 private:
  [[noreturn]] void Fail(const readers::ReadError& error) { throw TaxonomyError(error.Describe(name_)); }
  [[noreturn]] void Fail(const pugi::xml_node& node, const std::string& message) {
    Fail(readers::XmlErrorAt(xml_, node, message));
  }

  // The number an attribute of a <phrase> holds, all of its text (a whole number if whole).
  double ParseNumber(const pugi::xml_node& phrase, const char* attribute, bool whole) {
    std::string text = phrase.attribute(attribute).value();
    try {
      std::size_t used = 0;
      double value = whole ? std::stoi(text, &used) : std::stod(text, &used);
      if (used == text.size()) return value;
    } catch (const std::exception&) {
    }
    Fail(phrase, std::string("phrase ") + attribute + " \"" + text + "\" is not a " + (whole ? "whole number" : "number"));
  }

  // A person's weight: a whole number from -5 to 5, not 0.
  double ParseHandWeight(const pugi::xml_node& phrase, const char* attribute) {
    double weight = ParseNumber(phrase, attribute, true);
    if (weight == 0 || weight < -5 || weight > 5) {
      Fail(phrase, std::string("phrase ") + attribute + " must be a whole number between -5 and 5, and not 0");
    }
    return weight;
  }

  // A learnt weight: a number from -20 to 20; 0 only where allowed (a person's phrase the labels
  // found no help), since a learnt pair of weight 0 is not written at all.
  double ParseLearntWeight(const pugi::xml_node& phrase, bool zero_allowed) {
    double weight = ParseNumber(phrase, "weight", false);
    if (!(weight >= -20 && weight <= 20) || (weight == 0 && !zero_allowed)) {
      Fail(phrase, std::string("learnt phrase weight must be between -20 and 20") + (zero_allowed ? "" : ", and not 0"));
    }
    return weight;
  }

  // The weights of a <phrase>: a person's (weight), a person's refitted (weight, hand) or a
  // learnt pair's (weight, learnt="true").
  void ParseWeights(const pugi::xml_node& child, TopicPhrase* phrase) {
    std::string learnt = child.attribute("learnt").value();
    if (!learnt.empty() && learnt != "true" && learnt != "false") {
      Fail(child, "phrase attribute learnt=\"" + learnt + "\" must be true or false");
    }
    phrase->learnt = learnt == "true";
    const bool refitted = child.attribute("hand");
    if (phrase->learnt && refitted) Fail(child, "a learnt phrase has no hand weight");
    if (phrase->learnt || refitted) {
      phrase->weight = ParseLearntWeight(child, refitted);
      phrase->hand_weight = refitted ? ParseHandWeight(child, "hand") : phrase->weight;
    } else {
      phrase->weight = phrase->hand_weight = ParseHandWeight(child, "weight");
    }
  }

  TopicDefinition ParseTopic(const pugi::xml_node& element) {
    TopicDefinition topic;
    topic.code = element.attribute("code").value();
    if (!IsValidCode(topic.code)) {
      Fail(element, "topic code \"" + topic.code + "\" must be 1 to 40 lower-case ASCII letters, digits or '-'");
    }
    topic.group = readers::CollapseWhitespace(element.attribute("group").value());
    std::set<std::string> seen_phrases;
    for (const pugi::xml_node& child : element.children()) {
      if (child.type() != pugi::node_element) continue;
      std::string name = child.name();
      std::string value = readers::CollapseWhitespace(readers::XmlText(child));
      if (name == "name") {
        topic.name = value;
      } else if (name == "description") {
        topic.description = value;
      } else if (name == "phrase") {
        TopicPhrase phrase;
        phrase.text = value;
        ParseWeights(child, &phrase);
        if (phrase.text.empty()) Fail(child, "empty <phrase>");
        if (!seen_phrases.insert(analysis::FoldedForm(phrase.text)).second) {
          Fail(child, "phrase \"" + phrase.text + "\" appears twice in topic " + topic.code);
        }
        topic.phrases.push_back(std::move(phrase));
      } else {
        Fail(child, "unknown element <" + name + "> in <topic>");
      }
    }
    if (topic.name.empty()) Fail(element, "topic " + topic.code + " has no <name>");
    if (topic.phrases.empty()) Fail(element, "topic " + topic.code + " has no <phrase>");
    return topic;
  }

  std::string_view xml_;
  std::string name_;
};

}  // namespace

std::string Taxonomy::Fingerprint() const {
  std::ostringstream out;
  for (const TopicDefinition& topic : topics) {
    out << topic.code << '\t' << topic.name << '\n';
    for (const TopicPhrase& phrase : topic.phrases) out << phrase.weight << '\t' << phrase.text << '\n';
  }
  if (model != nullptr) out << "model\n" << model->Fingerprint();
  return out.str();
}

std::string Taxonomy::CodesAndNamesJson() const {
  nlohmann::json list = nlohmann::json::array();
  for (const TopicDefinition& topic : topics) {
    nlohmann::json entry = {{"code", topic.code}, {"name", topic.name}, {"description", topic.description}};
    if (!topic.group.empty()) entry["group"] = topic.group;
    list.push_back(std::move(entry));
  }
  return list.dump();
}

Taxonomy ParseTaxonomy(std::string_view xml, const std::string& name) {
  return Parser(xml, name).Parse();
}

Taxonomy LoadTaxonomy(const std::filesystem::path& path) {
  std::string xml;
  if (!ReadTableFile(path, &xml)) throw TaxonomyError(path.string() + ": cannot read the topic taxonomy");
  Taxonomy taxonomy = ParseTaxonomy(xml, path.string());
  const std::filesystem::path model_path = TopicModelPathFor(path);
  std::error_code error;
  if (!std::filesystem::exists(model_path, error)) return taxonomy;
  std::vector<std::string> codes;
  for (const TopicDefinition& topic : taxonomy.topics) codes.push_back(topic.code);
  try {
    taxonomy.model = std::make_shared<const TopicModel>(TopicModel::Load(model_path, codes));
  } catch (const TopicModelError& e) {
    throw TaxonomyError(e.what());
  }
  return taxonomy;
}

std::filesystem::path TopicModelPathFor(const std::filesystem::path& taxonomy_path) {
  return taxonomy_path.parent_path() / "topic_model.tsv";
}

}  // namespace vankien::indexer
