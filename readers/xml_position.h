// Where in an XML file a problem is: line and column for the errors of the XML readers.
#ifndef VANKIEN_READERS_XML_POSITION_H_
#define VANKIEN_READERS_XML_POSITION_H_

#include <cstddef>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "readers/read_result.h"

namespace vankien::readers {

// An error at a byte offset of the file (line and column 1-based, column in characters).
ReadError XmlErrorAt(std::string_view bytes, std::ptrdiff_t offset, std::string message);

// An error at a node: an element's position is its '<'. pugixml's offsets are offsets into
// the file for UTF-8 input.
ReadError XmlErrorAt(std::string_view bytes, const pugi::xml_node& node, std::string message);

// The character data of node and its descendants, concatenated.
std::string XmlText(const pugi::xml_node& node);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_XML_POSITION_H_
