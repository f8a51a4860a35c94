// For the tests of the zip-based readers: builds a zip container in memory with libzip, so
// each test writes the parts it needs instead of committing binary fixtures.
#ifndef VANKIEN_READERS_ZIP_TEST_UTIL_H_
#define VANKIEN_READERS_ZIP_TEST_UTIL_H_

#include <string>
#include <utility>
#include <vector>

namespace vankien::readers {

// The bytes of a zip holding `parts` (name, content), deflated. Throws std::runtime_error on a libzip
// failure, which would be a fault of the test itself.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& parts);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_ZIP_TEST_UTIL_H_
