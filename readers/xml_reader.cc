#include "readers/xml_reader.h"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <set>
#include <string>

#include "analysis/date.h"
#include "analysis/identifier_codes.h"
#include "readers/text_cleanup.h"
#include "readers/xml_position.h"

namespace vankien::readers {
namespace {

constexpr std::size_t kMaxIdBytes = 120;

class DocumentParser {
 public:
  DocumentParser(std::string_view bytes, const pugi::xml_node& element)
      : bytes_(bytes), element_(element) {}

  // Fills *record, or returns the first problem found.
  std::optional<ReadError> Parse(schema::DocumentRecord* record) {
    record_ = record;
    if (auto error = ParseAttributes()) return error;
    std::set<std::string> seen;
    for (const pugi::xml_node& child : element_.children()) {
      if (child.type() == pugi::node_comment || child.type() == pugi::node_pi) continue;
      if (child.type() != pugi::node_element) {
        if (Trim(child.value()).empty()) continue;
        return XmlErrorAt(bytes_, child, "text directly inside <document>; put it in <text>");
      }
      std::string name = child.name();
      if (!seen.insert(name).second) {
        return XmlErrorAt(bytes_, child, "<" + name + "> appears twice in one <document>");
      }
      if (auto error = ParseChild(name, child)) return error;
    }
    return CheckRequired();
  }

  std::size_t invalid_utf8() const { return invalid_utf8_; }

 private:
  std::string Clean(std::string_view text) {
    return CollapseWhitespace(CleanText(text, &invalid_utf8_));
  }

  std::optional<ReadError> ParseAttributes() {
    for (const pugi::xml_attribute& attribute : element_.attributes()) {
      std::string name = attribute.name();
      if (name != "id" && name != "kind") {
        return XmlErrorAt(bytes_, element_, "unknown attribute " + name + " on <document>");
      }
    }
    std::string id = element_.attribute("id").value();
    if (id.empty()) return XmlErrorAt(bytes_, element_, "<document> has no id attribute");
    if (!IsValidDocumentId(id)) {
      return XmlErrorAt(bytes_, element_,
                     "invalid document id \"" + Clean(id) +
                         "\": use 1 to 120 ASCII letters, digits, '-', '_' or '.'");
    }
    std::string kind = element_.attribute("kind").value();
    if (kind != "document" && kind != "article") {
      return XmlErrorAt(bytes_, element_,
                     "kind must be \"document\" or \"article\", not \"" + Clean(kind) + "\"");
    }
    record_->id = id;
    record_->kind = kind;
    return std::nullopt;
  }

  std::optional<ReadError> ParseChild(const std::string& name, const pugi::xml_node& child) {
    if (name == "text") return ParseText(child);
    for (const pugi::xml_node& grandchild : child.children()) {
      if (grandchild.type() == pugi::node_element) {
        return XmlErrorAt(bytes_, grandchild,
                       "unexpected element <" + std::string(grandchild.name()) + "> in <" + name + ">");
      }
    }
    std::string value = Clean(XmlText(child));
    if (name == "type") {
      const analysis::Code* type = analysis::FindDocumentType(value);
      if (type == nullptr) {
        return XmlErrorAt(bytes_, child, "unknown document type \"" + value +
                                          "\" (see `vankien-query --codes` for the known ones)");
      }
      record_->type = std::string(type->code);
    } else if (name == "number") {
      record_->number = value;
    } else if (name == "issuer") {
      record_->issuer = value;
      return ParseIssuerCode(child);
    } else if (name == "date") {
      if (!analysis::ParseIsoDate(value)) {
        return XmlErrorAt(bytes_, child, "date \"" + value + "\" is not a real date written YYYY-MM-DD");
      }
      record_->date = value;
    } else if (name == "term") {
      record_->term = value;
    } else if (name == "place") {
      record_->place = value;
    } else if (name == "title") {
      record_->title = value;
    } else if (name == "subject") {
      record_->subject = value;
    } else if (name == "source") {
      record_->source = value;
    } else {
      return XmlErrorAt(bytes_, child, "unknown element <" + name + "> in <document>");
    }
    return std::nullopt;
  }

  std::optional<ReadError> ParseIssuerCode(const pugi::xml_node& issuer) {
    for (const pugi::xml_attribute& attribute : issuer.attributes()) {
      if (std::string(attribute.name()) != "code") {
        return XmlErrorAt(bytes_, issuer, "unknown attribute " + std::string(attribute.name()) + " on <issuer>");
      }
    }
    std::string code = Clean(issuer.attribute("code").value());
    if (code.empty()) return std::nullopt;
    const analysis::Code* body = analysis::FindIssuingBody(code);
    record_->body = body != nullptr ? std::string(body->code) : analysis::SpellTrungUongAsTW(code);
    return std::nullopt;
  }

  std::optional<ReadError> ParseText(const pugi::xml_node& text) {
    std::string paragraphs;
    auto add_paragraph = [&](std::string_view raw) {
      std::string paragraph = Clean(raw);
      if (paragraph.empty()) return;
      if (!paragraphs.empty()) paragraphs += "\n\n";
      paragraphs += paragraph;
    };
    for (const pugi::xml_node& child : text.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        add_paragraph(child.value());
      } else if (child.type() == pugi::node_element) {
        if (std::string(child.name()) != "p") {
          return XmlErrorAt(bytes_, child,
                         "unexpected element <" + std::string(child.name()) + "> in <text>; use <p>");
        }
        add_paragraph(XmlText(child));
      }
    }
    record_->text = std::move(paragraphs);
    return std::nullopt;
  }

  std::optional<ReadError> CheckRequired() {
    if (record_->title.empty()) return XmlErrorAt(bytes_, element_, "<document> has no <title>");
    if (record_->text.empty() && element_.child("text").empty()) {
      return XmlErrorAt(bytes_, element_, "<document> has no <text>");
    }
    if (record_->kind == "document" && record_->type.empty()) {
      return XmlErrorAt(bytes_, element_, "a document of kind \"document\" needs a <type>");
    }
    return std::nullopt;
  }

  std::string_view bytes_;
  pugi::xml_node element_;
  schema::DocumentRecord* record_ = nullptr;
  std::size_t invalid_utf8_ = 0;
};

}  // namespace

bool IsValidDocumentId(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdBytes) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.';
  });
}

ReadResult ReadXmlDocuments(std::string_view bytes) {
  ReadResult result;
  pugi::xml_document xml;
  pugi::xml_parse_result parsed =
      xml.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_auto);
  if (!parsed) {
    result.error = XmlErrorAt(bytes, parsed.offset, std::string("malformed XML: ") + parsed.description());
    return result;
  }
  pugi::xml_node root = xml.document_element();
  if (std::string(root.name()) != "vankien") {
    result.error = XmlErrorAt(bytes, root,
                           "root element is <" + std::string(root.name()) +
                               ">, not <vankien>: not a vankien document file");
    result.foreign_format = true;
    return result;
  }
  std::set<std::string> ids;
  for (const pugi::xml_node& child : root.children()) {
    if (child.type() == pugi::node_comment || child.type() == pugi::node_pi) continue;
    if (child.type() != pugi::node_element || std::string(child.name()) != "document") {
      if (child.type() == pugi::node_pcdata && Trim(child.value()).empty()) continue;
      result.documents.clear();
      result.error = XmlErrorAt(bytes, child, "only <document> elements may appear in <vankien>");
      return result;
    }
    schema::DocumentRecord record;
    DocumentParser parser(bytes, child);
    if (auto error = parser.Parse(&record)) {
      result.documents.clear();
      result.error = std::move(error);
      return result;
    }
    if (!ids.insert(record.id).second) {
      result.documents.clear();
      result.error = XmlErrorAt(bytes, child, "document id \"" + record.id + "\" appears twice in this file");
      return result;
    }
    record.invalid_utf8 = parser.invalid_utf8();
    result.documents.push_back(std::move(record));
  }
  if (result.documents.empty()) {
    result.error = XmlErrorAt(bytes, root, "<vankien> holds no <document>");
  }
  return result;
}

}  // namespace vankien::readers
