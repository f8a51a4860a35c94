#include "readers/xml_position.h"

#include <algorithm>

namespace vankien::readers {
namespace {

void AppendText(const pugi::xml_node& node, std::string* out) {
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out->append(child.value());
    } else if (child.type() == pugi::node_element) {
      AppendText(child, out);
    }
  }
}

}  // namespace

ReadError XmlErrorAt(std::string_view bytes, std::ptrdiff_t offset, std::string message) {
  std::size_t end = std::min(bytes.size(), static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, offset)));
  ReadError error{std::move(message), 1, 1};
  for (std::size_t i = 0; i < end; ++i) {
    if (bytes[i] == '\n') {
      ++error.line;
      error.column = 1;
    } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
      ++error.column;
    }
  }
  return error;
}

ReadError XmlErrorAt(std::string_view bytes, const pugi::xml_node& node, std::string message) {
  std::ptrdiff_t offset = node.offset_debug();
  if (node.type() == pugi::node_element && offset > 0) --offset;
  return XmlErrorAt(bytes, offset, std::move(message));
}

std::string XmlText(const pugi::xml_node& node) {
  std::string text;
  AppendText(node, &text);
  return text;
}

}  // namespace vankien::readers
