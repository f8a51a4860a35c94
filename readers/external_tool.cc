#include "readers/external_tool.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "readers/child_process.h"

namespace vankien::readers {
namespace {

// The input written to a file only this user can read, removed when it goes out of scope.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::string_view bytes) {
    // The process id in the name lets a test find its own files among other processes'.
    std::string pattern =
        (std::filesystem::temp_directory_path() / ("vankien-" + std::to_string(getpid()) + "-XXXXXX")).string();
    const int fd = mkstemp(pattern.data());  // mode 0600, a name no one else has
    if (fd < 0) throw ExtractionError(std::string("cannot create a temporary file: ") + std::strerror(errno));
    path_ = pattern;
    for (std::size_t written = 0; written < bytes.size();) {
      const ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        const int error = errno;
        close(fd);
        unlink(path_.c_str());
        throw ExtractionError(std::string("cannot write a temporary file: ") + std::strerror(error));
      }
      written += static_cast<std::size_t>(n);
    }
    close(fd);
  }
  ~TemporaryFile() { unlink(path_.c_str()); }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

std::string RunTool(const ToolRun& run, std::string_view input) {
  const TemporaryFile file(input);
  ChildRun child;
  child.argv = {run.program};
  child.argv.insert(child.argv.end(), run.arguments.begin(), run.arguments.end());
  child.argv.push_back(file.path());
  child.time_limit = run.time_limit;
  child.max_output_bytes = run.max_output_bytes;
  ChildOutcome outcome;
  try {
    outcome = RunChild(child);
  } catch (const std::system_error& error) {
    if (error.code() == std::errc::no_such_file_or_directory) {
      throw MissingComponent(run.program + " is not installed", run.debian_package);
    }
    throw ExtractionError("cannot run " + run.program + ": " + error.code().message());
  }
  switch (outcome.end) {
    case ChildOutcome::End::kTimedOut:
      throw ExtractionError(run.program + " ran longer than " + std::to_string(run.time_limit.count()) +
                            " ms and was stopped");
    case ChildOutcome::End::kOutputTooLarge:
      throw ExtractionError(run.program + " wrote more than " + std::to_string(run.max_output_bytes) + " bytes");
    case ChildOutcome::End::kSignalled:
      throw ExtractionError(run.program + " was killed by " + SignalName(outcome.signal_number));
    case ChildOutcome::End::kExited:
      break;
  }
  if (outcome.exit_status != 0) {
    throw ExtractionError(run.program + " failed (exit status " + std::to_string(outcome.exit_status) + "): " +
                          FirstLine(outcome.errors));
  }
  return std::move(outcome.output);
}

}  // namespace vankien::readers
