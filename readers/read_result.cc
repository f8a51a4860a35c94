#include "readers/read_result.h"

namespace vankien::readers {

std::string ReadError::Describe(const std::string& file) const {
  if (line == 0) return file + ": " + message;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

}  // namespace vankien::readers
