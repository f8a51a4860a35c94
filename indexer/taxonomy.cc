#include "indexer/taxonomy.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "analysis/token_filters.h"
#include "indexer/text_cleanup.h"
#include "indexer/xml_position.h"

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
    if (!parsed) Fail(XmlErrorAt(xml_, parsed.offset, std::string("malformed XML: ") + parsed.description()));
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
  [[noreturn]] void Fail(const ReadError& error) { throw TaxonomyError(error.Describe(name_)); }
  [[noreturn]] void Fail(const pugi::xml_node& node, const std::string& message) {
    Fail(XmlErrorAt(xml_, node, message));
  }

  TopicDefinition ParseTopic(const pugi::xml_node& element) {
    TopicDefinition topic;
    topic.code = element.attribute("code").value();
    if (!IsValidCode(topic.code)) {
      Fail(element, "topic code \"" + topic.code + "\" must be 1 to 40 lower-case ASCII letters, digits or '-'");
    }
    std::set<std::string> seen_phrases;
    for (const pugi::xml_node& child : element.children()) {
      if (child.type() != pugi::node_element) continue;
      std::string name = child.name();
      std::string value = CollapseWhitespace(XmlText(child));
      if (name == "name") {
        topic.name = value;
      } else if (name == "description") {
        topic.description = value;
      } else if (name == "phrase") {
        TopicPhrase phrase;
        phrase.text = value;
        std::string weight = child.attribute("weight").value();
        try {
          std::size_t used = 0;
          phrase.weight = std::stoi(weight, &used);
          if (used != weight.size()) throw std::invalid_argument(weight);
        } catch (const std::exception&) {
          Fail(child, "phrase weight \"" + weight + "\" is not a whole number");
        }
        if (phrase.weight == 0 || phrase.weight < -5 || phrase.weight > 5) {
          Fail(child, "phrase weight must be between -5 and 5, and not 0");
        }
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
  return out.str();
}

std::string Taxonomy::CodesAndNamesJson() const {
  nlohmann::json list = nlohmann::json::array();
  for (const TopicDefinition& topic : topics) {
    list.push_back({{"code", topic.code}, {"name", topic.name}, {"description", topic.description}});
  }
  return list.dump();
}

Taxonomy ParseTaxonomy(std::string_view xml, const std::string& name) {
  return Parser(xml, name).Parse();
}

Taxonomy LoadTaxonomy(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw TaxonomyError(path.string() + ": cannot read the topic taxonomy");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ParseTaxonomy(buffer.str(), path.string());
}

}  // namespace vankien::indexer
