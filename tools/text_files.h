// Reading the plain files the measuring tools take: whole text files and tab-separated lines.
#ifndef VANKIEN_TOOLS_TEXT_FILES_H_
#define VANKIEN_TOOLS_TEXT_FILES_H_

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace vankien::tools {

// The fields of one tab-separated line; a trailing tab gives a last, empty field.
inline std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream stream(line);
  std::string field;
  while (std::getline(stream, field, '\t')) fields.push_back(field);
  if (!line.empty() && line.back() == '\t') fields.emplace_back();
  return fields;
}

// The whole content of the file at path; throws std::runtime_error when it cannot be read.
inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace vankien::tools

#endif  // VANKIEN_TOOLS_TEXT_FILES_H_
