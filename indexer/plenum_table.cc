#include "indexer/plenum_table.h"

#include <algorithm>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "analysis/date.h"
#include "analysis/document_name.h"
#include "analysis/identifier_extractor.h"
#include "analysis/token_filters.h"
#include "indexer/table_file.h"
#include "readers/text_cleanup.h"
#include "readers/xml_position.h"

namespace vankien::indexer {
namespace {

// The ordinals the table accepts: terms and plenums so far stay far below.
constexpr int kMaxOrdinal = 39;

class Parser {
 public:
  Parser(std::string_view xml, std::string name) : xml_(xml), name_(std::move(name)) {}

  PlenumTable Parse() {
    pugi::xml_document document;
    pugi::xml_parse_result parsed = document.load_buffer(xml_.data(), xml_.size());
    if (!parsed) Fail(readers::XmlErrorAt(xml_, parsed.offset, std::string("malformed XML: ") + parsed.description()));
    pugi::xml_node root = document.document_element();
    if (std::string(root.name()) != "plenums") Fail(root, "the root element must be <plenums>");
    PlenumTable table;
    std::set<std::string> keys;
    for (const pugi::xml_node& child : root.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string element = child.name();
      if (element != "plenum" && element != "congress") Fail(child, "only <plenum> and <congress> may appear in <plenums>");
      Plenum plenum = ParsePlenum(child, element == "congress");
      if (!keys.insert(analysis::PlenumKey(plenum.term, plenum.session)).second) {
        Fail(child, "this " + element + " of term " + plenum.term + " appears twice");
      }
      table.plenums.push_back(std::move(plenum));
    }
    if (table.plenums.empty()) Fail(root, "<plenums> holds no <plenum> or <congress>");
    return table;
  }

 private:
  [[noreturn]] void Fail(const readers::ReadError& error) { throw PlenumTableError(error.Describe(name_)); }
  [[noreturn]] void Fail(const pugi::xml_node& node, const std::string& message) {
    Fail(readers::XmlErrorAt(xml_, node, message));
  }

  // A term: a Roman numeral from I to XXXIX, written canonically.
  std::string ParseTerm(const pugi::xml_node& element) {
    const std::string term = element.attribute("term").value();
    for (int value = 1; value <= kMaxOrdinal; ++value) {
      if (analysis::RomanNumeral(value) == term) return term;
    }
    Fail(element, "term \"" + term + "\" must be a Roman numeral in capitals (I to XXXIX)");
  }

  int ParseSession(const pugi::xml_node& element) {
    const std::string text = element.attribute("session").value();
    if (!text.empty() && text.size() <= 2 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      const int value = std::stoi(text);
      if (value >= 1 && value <= kMaxOrdinal) return value;
    }
    Fail(element, "session \"" + text + "\" must be a whole number from 1 to 39");
  }

  Plenum ParsePlenum(const pugi::xml_node& element, bool congress) {
    Plenum plenum;
    plenum.term = ParseTerm(element);
    plenum.session = congress ? 0 : ParseSession(element);
    if (congress && element.attribute("session")) Fail(element, "a <congress> has no session");
    int principals = 0;
    for (const pugi::xml_node& child : element.children()) {
      if (child.type() != pugi::node_element) continue;
      if (std::string(child.name()) != "resolution") Fail(child, "only <resolution> may appear in <" + std::string(element.name()) + ">");
      PlenumResolution resolution = ParseResolution(child, congress ? analysis::CongressNumber(plenum.term) : "");
      principals += resolution.principal;
      if (principals > 1) Fail(child, "only one resolution of a plenum may be principal");
      plenum.resolutions.push_back(std::move(resolution));
    }
    if (plenum.resolutions.empty()) Fail(element, "no <resolution> in this <" + std::string(element.name()) + ">");
    if (congress && plenum.resolutions.size() > 1) Fail(element, "a <congress> has one <resolution>");
    return plenum;
  }

  // congress_number: the pseudo-number a congress's resolution must have; "" for a plenum's.
  PlenumResolution ParseResolution(const pugi::xml_node& element, const std::string& congress_number) {
    PlenumResolution resolution;
    resolution.number = element.attribute("number").value();
    if (!congress_number.empty()) {
      if (resolution.number != congress_number) {
        Fail(element, "a congress's resolution has the number \"" + congress_number + "\"");
      }
    } else {
      std::optional<analysis::IdentifierMention> id = analysis::ParseIdentifier(resolution.number);
      if (!id || id->system != analysis::IdentifierSystem::kParty || id->canonical != resolution.number) {
        Fail(element, "number \"" + resolution.number + "\" must be a Party document number in canonical form (04-NQ/TW)");
      }
    }
    resolution.date = element.attribute("date").value();
    if (!analysis::ParseIsoDate(resolution.date)) Fail(element, "date \"" + resolution.date + "\" must be a date YYYY-MM-DD");
    const std::string principal = element.attribute("principal").value();
    if (!principal.empty() && principal != "true" && principal != "false") {
      Fail(element, "principal=\"" + principal + "\" must be true or false");
    }
    resolution.principal = principal == "true";
    for (const pugi::xml_node& child : element.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string name = child.name();
      const std::string value = readers::CollapseWhitespace(readers::XmlText(child));
      if (name == "subject") {
        resolution.subject = value;
      } else if (name == "words") {
        std::string folded = analysis::FoldedWords(value);
        if (folded.empty()) Fail(child, "empty <words>");
        resolution.words.push_back(std::move(folded));
      } else {
        Fail(child, "unknown element <" + name + "> in <resolution>");
      }
    }
    return resolution;
  }

  std::string_view xml_;
  std::string name_;
};

}  // namespace

const std::string& Plenum::Date() const {
  return std::min_element(resolutions.begin(), resolutions.end(), [](const auto& a, const auto& b) {
           return a.date < b.date;
         })->date;
}

std::vector<const PlenumResolution*> Plenum::Named() const {
  std::vector<const PlenumResolution*> named;
  for (const PlenumResolution& resolution : resolutions) {
    if (resolution.principal) return {&resolution};
    named.push_back(&resolution);
  }
  return named;
}

const Plenum* PlenumTable::Find(std::string_view term, int session) const {
  for (const Plenum& plenum : plenums) {
    if (plenum.term == term && plenum.session == session) return &plenum;
  }
  return nullptr;
}

const Plenum* PlenumTable::LatestOnOrBefore(int session, std::string_view date) const {
  if (date.empty()) return nullptr;
  const Plenum* latest = nullptr;
  for (const Plenum& plenum : plenums) {
    if (plenum.session != session || plenum.Date() > date) continue;
    if (latest == nullptr || plenum.Date() > latest->Date()) latest = &plenum;
  }
  return latest;
}

std::string PlenumTable::Fingerprint() const {
  std::ostringstream out;
  for (const Plenum& plenum : plenums) {
    out << plenum.term << '/' << plenum.session << '\n';
    for (const PlenumResolution& resolution : plenum.resolutions) {
      out << resolution.number << '\t' << resolution.date << '\t' << resolution.principal;
      for (const std::string& words : resolution.words) out << '\t' << words;
      out << '\n';
    }
  }
  return out.str();
}

std::string PlenumTable::NamesJson() const {
  nlohmann::json names = nlohmann::json::object();
  for (const Plenum& plenum : plenums) {
    nlohmann::json numbers = nlohmann::json::array();
    for (const PlenumResolution* resolution : plenum.Named()) numbers.push_back(resolution->number);
    names[analysis::PlenumKey(plenum.term, plenum.session)] = numbers;
  }
  return names.dump();
}

PlenumTable ParsePlenumTable(std::string_view xml, const std::string& name) {
  return Parser(xml, name).Parse();
}

PlenumTable LoadPlenumTable(const std::filesystem::path& path) {
  std::string xml;
  if (!ReadTableFile(path, &xml)) throw PlenumTableError(path.string() + ": cannot read the plenum table");
  return ParsePlenumTable(xml, path.string());
}

}  // namespace vankien::indexer
