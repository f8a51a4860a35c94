#include "indexer/table_file.h"

#include <fstream>
#include <sstream>

namespace vankien::indexer {

bool ReadTableFile(const std::filesystem::path& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream buffer;
  buffer << in.rdbuf();
  *contents = buffer.str();
  return true;
}

}  // namespace vankien::indexer
