#include "readers/xml_part.h"

#include <string>

#include "readers/extraction.h"

namespace vankien::readers {
namespace {

std::string_view AfterPrefix(std::string_view name) {
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace

void ParseXmlPart(std::string_view bytes, std::string_view part, pugi::xml_document* document) {
  const pugi::xml_parse_result result =
      document->load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!result) {
    throw ExtractionError("malformed XML in " + std::string(part) + ": " + result.description() +
                          " at byte " + std::to_string(result.offset));
  }
}

std::string_view LocalName(const pugi::xml_node& node) { return AfterPrefix(node.name()); }

std::string_view AttributeValue(const pugi::xml_node& node, std::string_view name) {
  for (const pugi::xml_attribute& attribute : node.attributes()) {
    if (AfterPrefix(attribute.name()) == name) return attribute.value();
  }
  return {};
}

pugi::xml_node Child(const pugi::xml_node& node, std::string_view name) {
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_element && LocalName(child) == name) return child;
  }
  return {};
}

}  // namespace vankien::readers
