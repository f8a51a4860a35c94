// Running another program as a child process, bounded: its input fed from memory, its output
// and errors collected up to caps, and the child killed when it runs past a time limit. Both the
// indexer's extraction in vankien-extract (readers/child_extraction.h) and the converters that
// reader runs (readers/external_tool.h) run so; no shell is involved.
#ifndef VANKIEN_READERS_CHILD_PROCESS_H_
#define VANKIEN_READERS_CHILD_PROCESS_H_

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vankien::readers {

struct ChildRun {
  // The program and its arguments; a program without a '/' is looked for on PATH.
  std::vector<std::string> argv;
  std::string_view input;  // written to its standard input, which is then closed
  std::chrono::milliseconds time_limit{60000};
  std::size_t max_output_bytes = std::size_t{64} << 20;
};

struct ChildOutcome {
  enum class End {
    kExited,          // exit_status says how
    kSignalled,       // killed by signal_number (a crash, or a limit of its own)
    kTimedOut,        // ran past the time limit: killed
    kOutputTooLarge,  // wrote more than the cap to standard output: killed
  };
  End end = End::kExited;
  int exit_status = 0;
  int signal_number = 0;
  std::string output;  // its standard output (all of it, when it exited)
  std::string errors;  // the first kilobytes of its standard error
};

// Runs the child to its end or its limits and says how it ended; never leaves it running or
// unreaped. Throws std::system_error when it cannot be started (errc::no_such_file_or_directory
// when the program is not found).
ChildOutcome RunChild(const ChildRun& run);

// "signal 11: Segmentation fault".
std::string SignalName(int signal_number);

// The first line of a child's standard error, or "no message".
std::string FirstLine(const std::string& errors);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_CHILD_PROCESS_H_
