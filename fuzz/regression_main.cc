// The driver a fuzz target links outside a fuzzing build: feeds every file of the folders (or
// files) named on the command line to LLVMFuzzerTestOneInput, as libFuzzer would. A crash or an
// uncaught exception fails the test; a missing folder is empty (a target may have no kept
// regressions yet).
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

void Feed(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t inputs = 0;
  for (int i = 1; i < argc; ++i) {
    fs::path arg = argv[i];
    std::vector<fs::path> files;
    if (fs::is_directory(arg)) {
      for (const auto& entry : fs::directory_iterator(arg)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
      }
    } else if (fs::is_regular_file(arg)) {
      files.push_back(arg);
    }
    for (const auto& file : files) {
      std::cout << "input " << file.string() << std::endl;  // names the input a crash stops at
      Feed(file);
      ++inputs;
    }
  }
  std::cout << inputs << " inputs passed" << std::endl;
  return 0;
}
