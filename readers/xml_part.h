// Parsing the XML parts of an office container (DOCX, ODT) with pugixml. Matching is by local
// name, so a part that binds its namespaces to unusual prefixes reads the same. pugixml skips
// the DOCTYPE and never expands an entity it does not know, so entity tricks ("billion
// laughs") stay literal text of bounded size.
#ifndef VANKIEN_READERS_XML_PART_H_
#define VANKIEN_READERS_XML_PART_H_

#include <pugixml.hpp>

#include <string_view>

namespace vankien::readers {

// The deepest element nesting a reader walks; deeper is refused, as no real document nests so
// far and walking it recursively would risk the stack.
inline constexpr int kMaxXmlDepth = 200;

// Parses `bytes`, the part called `part`, into *document. Throws ExtractionError naming the
// part when it is not well-formed XML.
void ParseXmlPart(std::string_view bytes, std::string_view part, pugi::xml_document* document);

// The name of an element without its namespace prefix ("w:p" → "p").
std::string_view LocalName(const pugi::xml_node& node);

// The value of the attribute whose local name is `name`, or "" when there is none.
std::string_view AttributeValue(const pugi::xml_node& node, std::string_view name);

// The first child element whose local name is `name`, or an empty node.
pugi::xml_node Child(const pugi::xml_node& node, std::string_view name);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_XML_PART_H_
