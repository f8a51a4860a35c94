#include "readers/test_data.h"

#include <fstream>
#include <iterator>
#include <stdexcept>

namespace vankien::readers {

std::filesystem::path TestDataDirectory() { return std::filesystem::path(VANKIEN_SOURCE_DIR) / "readers/testdata"; }

std::string ReadTestFile(const std::filesystem::path& path) {
  std::ifstream in(TestDataDirectory() / path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read test file " + path.string());
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace vankien::readers
