#include "fuzz/zip_parts.h"

#include <utility>

#include "readers/zip_test_util.h"

namespace vankien::fuzz {

std::string ZipOfParts(std::string_view input, const std::vector<std::string>& names) {
  std::vector<std::pair<std::string, std::string>> parts;
  for (const std::string& name : names) {
    const std::size_t end = input.find(kPartSeparator);
    parts.emplace_back(name, std::string(input.substr(0, end)));
    if (end == std::string_view::npos) break;
    input.remove_prefix(end + kPartSeparator.size());
  }
  return readers::MakeZip(parts);
}

}  // namespace vankien::fuzz
