// Running a maintained converter (antiword, catdoc, unrtf) on a file's bytes, as a child
// process: the bytes go to a private temporary file, the tool runs without a shell, its
// output is read up to a cap, and it is killed when it runs too long. The file is removed
// however the run ends.
#ifndef VANKIEN_READERS_EXTERNAL_TOOL_H_
#define VANKIEN_READERS_EXTERNAL_TOOL_H_

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "readers/extraction.h"

namespace vankien::readers {

struct ToolRun {
  std::string program;                 // found on PATH
  std::vector<std::string> arguments;  // before the input file's path, which comes last
  std::string debian_package;          // that installs `program`
  std::size_t max_output_bytes = std::size_t{64} << 20;
  std::chrono::milliseconds time_limit{60000};
};

// Runs `run.program` with run.arguments and the path of a private temporary file holding
// `input`, and returns what it wrote to standard output. Throws MissingComponent (naming
// run.debian_package) when the program is not installed, and ExtractionError when it exits
// with a failure (with the first line it wrote to standard error), is killed by a signal,
// writes more than run.max_output_bytes, or runs longer than run.time_limit (it is killed).
std::string RunTool(const ToolRun& run, std::string_view input);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_EXTERNAL_TOOL_H_
