// For the readers' tests: the files of readers/testdata/.
#ifndef VANKIEN_READERS_TEST_DATA_H_
#define VANKIEN_READERS_TEST_DATA_H_

#include <filesystem>
#include <string>

namespace vankien::readers {

// The directory readers/testdata/ of the source tree.
std::filesystem::path TestDataDirectory();

// The bytes of the file at `path`; a relative path is below TestDataDirectory(). Throws
// std::runtime_error when it cannot be read, which is a fault of the test.
std::string ReadTestFile(const std::filesystem::path& path);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_TEST_DATA_H_
