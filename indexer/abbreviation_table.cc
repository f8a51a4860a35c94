#include "indexer/abbreviation_table.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "analysis/token_filters.h"
#include "indexer/table_file.h"
#include "readers/text_cleanup.h"
#include "readers/xml_position.h"

namespace vankien::indexer {
namespace {

std::size_t WordCount(const std::string& folded) {
  return static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' ')) + 1;
}

class Parser {
 public:
  Parser(std::string_view xml, std::string name) : xml_(xml), name_(std::move(name)) {}

  AbbreviationTable Parse() {
    pugi::xml_document document;
    pugi::xml_parse_result parsed = document.load_buffer(xml_.data(), xml_.size());
    if (!parsed) Fail(readers::XmlErrorAt(xml_, parsed.offset, std::string("malformed XML: ") + parsed.description()));
    pugi::xml_node root = document.document_element();
    if (std::string(root.name()) != "abbreviations") Fail(root, "the root element must be <abbreviations>");
    AbbreviationTable table;
    for (const pugi::xml_node& child : root.children()) {
      if (child.type() != pugi::node_element) continue;
      if (std::string(child.name()) != "abbreviation") Fail(child, "only <abbreviation> may appear in <abbreviations>");
      table.abbreviations.push_back(ParseAbbreviation(child));
    }
    if (table.abbreviations.empty()) Fail(root, "<abbreviations> holds no <abbreviation>");
    return table;
  }

 private:
  [[noreturn]] void Fail(const readers::ReadError& error) { throw AbbreviationTableError(error.Describe(name_)); }
  [[noreturn]] void Fail(const pugi::xml_node& node, const std::string& message) {
    Fail(readers::XmlErrorAt(xml_, node, message));
  }

  Abbreviation ParseAbbreviation(const pugi::xml_node& element) {
    Abbreviation abbreviation;
    const std::string ambiguous = element.attribute("ambiguous").value();
    if (!ambiguous.empty() && ambiguous != "true" && ambiguous != "false") {
      Fail(element, "ambiguous=\"" + ambiguous + "\" must be true or false");
    }
    abbreviation.ambiguous = ambiguous == "true";
    for (const pugi::xml_node& child : element.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string name = child.name();
      if (name != "form" && name != "expansion") Fail(child, "unknown element <" + name + "> in <abbreviation>");
      std::string value = readers::CollapseWhitespace(readers::XmlText(child));
      Claim(child, value);
      (name == "form" ? abbreviation.forms : abbreviation.expansions).push_back(std::move(value));
    }
    if (abbreviation.forms.empty()) Fail(element, "no <form> in this <abbreviation>");
    if (abbreviation.expansions.empty()) Fail(element, "no <expansion> in this <abbreviation>");
    return abbreviation;
  }

  // A form or expansion must have words, not too many, and stand for one abbreviation only:
  // the query side could not tell which one a query meant.
  void Claim(const pugi::xml_node& element, const std::string& value) {
    const std::string folded = analysis::FoldedWords(value);
    if (folded.empty()) Fail(element, "empty <" + std::string(element.name()) + ">");
    if (WordCount(folded) > kMaxAbbreviationWords) {
      Fail(element, "\"" + value + "\" has more than " + std::to_string(kMaxAbbreviationWords) + " words");
    }
    auto [it, added] = listed_.emplace(folded, value);
    if (!added) Fail(element, "\"" + value + "\" is listed twice (as \"" + it->second + "\" before), with or without diacritics");
  }

  std::string_view xml_;
  std::string name_;
  std::map<std::string, std::string> listed_;  // folded words → as first written
};

}  // namespace

std::string AbbreviationTable::EquivalencesJson() const {
  nlohmann::json all = nlohmann::json::array();
  for (const Abbreviation& abbreviation : abbreviations) {
    nlohmann::json words = nlohmann::json::array();
    for (const auto* list : {&abbreviation.forms, &abbreviation.expansions}) {
      for (const std::string& written : *list) words.push_back(analysis::FoldedWords(written));
    }
    all.push_back({{"words", words}, {"ambiguous", abbreviation.ambiguous}});
  }
  return all.dump();
}

AbbreviationTable ParseAbbreviationTable(std::string_view xml, const std::string& name) {
  return Parser(xml, name).Parse();
}

AbbreviationTable LoadAbbreviationTable(const std::filesystem::path& path) {
  std::string xml;
  if (!ReadTableFile(path, &xml)) throw AbbreviationTableError(path.string() + ": cannot read the abbreviation table");
  return ParseAbbreviationTable(xml, path.string());
}

}  // namespace vankien::indexer
