#include "readers/external_tool.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

extern char** environ;

namespace vankien::readers {
namespace {

// Of standard error only the first line is kept, for the message.
constexpr std::size_t kMaxErrorBytes = 4096;

// A file descriptor closed when it goes out of scope.
class Descriptor {
 public:
  explicit Descriptor(int fd = -1) : fd_(fd) {}
  ~Descriptor() { Close(); }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }
  void Close() {
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

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
    Descriptor file(fd);
    for (std::size_t written = 0; written < bytes.size();) {
      const ssize_t n = write(file.get(), bytes.data() + written, bytes.size() - written);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        unlink(path_.c_str());
        throw ExtractionError(std::string("cannot write a temporary file: ") + std::strerror(errno));
      }
      written += static_cast<std::size_t>(n);
    }
  }
  ~TemporaryFile() { unlink(path_.c_str()); }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// A child process that is killed and reaped unless it was waited for.
class Child {
 public:
  explicit Child(pid_t pid) : pid_(pid) {}
  ~Child() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      Wait();
    }
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;
  // Waits for the child to end and returns its wait status.
  int Wait() {
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    return status;
  }

 private:
  pid_t pid_;
};

void MakePipe(int fds[2]) {
  if (pipe2(fds, O_CLOEXEC) != 0) throw ExtractionError(std::string("cannot create a pipe: ") + std::strerror(errno));
}

}  // namespace

std::string RunTool(const ToolRun& run, std::string_view input) {
  const TemporaryFile file(input);
  std::vector<std::string> words = {run.program};
  words.insert(words.end(), run.arguments.begin(), run.arguments.end());
  words.push_back(file.path());
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);

  int out_fds[2];
  int err_fds[2];
  MakePipe(out_fds);
  Descriptor out_read(out_fds[0]);
  Descriptor out_write(out_fds[1]);
  MakePipe(err_fds);
  Descriptor err_read(err_fds[0]);
  Descriptor err_write(err_fds[1]);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_write.get(), 1);
  posix_spawn_file_actions_adddup2(&actions, err_write.get(), 2);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, run.program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned == ENOENT) {
    throw MissingComponent(run.program + " is not installed", run.debian_package);
  }
  if (spawned != 0) throw ExtractionError("cannot run " + run.program + ": " + std::strerror(spawned));
  Child child(pid);
  out_write.Close();
  err_write.Close();

  const auto deadline = std::chrono::steady_clock::now() + run.time_limit;
  std::string output;
  std::string errors;
  pollfd fds[2] = {{out_read.get(), POLLIN, 0}, {err_read.get(), POLLIN, 0}};
  char buffer[65536];
  while (fds[0].fd >= 0 || fds[1].fd >= 0) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) {
      throw ExtractionError(run.program + " ran longer than " + std::to_string(run.time_limit.count()) +
                            " ms and was stopped");
    }
    const int ready = poll(fds, 2, static_cast<int>(left));
    if (ready < 0 && errno != EINTR) throw ExtractionError(std::string("poll failed: ") + std::strerror(errno));
    for (int i = 0; i < 2 && ready > 0; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        fds[i].fd = -1;  // end of the stream; poll ignores negative descriptors
        continue;
      }
      std::string& sink = i == 0 ? output : errors;
      const std::size_t cap = i == 0 ? run.max_output_bytes : kMaxErrorBytes;
      if (i == 0 && sink.size() + static_cast<std::size_t>(n) > cap) {
        throw ExtractionError(run.program + " wrote more than " + std::to_string(cap) + " bytes");
      }
      sink.append(buffer, std::min(static_cast<std::size_t>(n), cap - std::min(cap, sink.size())));
    }
  }
  const int status = child.Wait();
  if (WIFSIGNALED(status)) {
    throw ExtractionError(run.program + " was killed by signal " + std::to_string(WTERMSIG(status)));
  }
  if (WEXITSTATUS(status) != 0) {
    std::string reason = errors.substr(0, errors.find('\n'));
    if (reason.empty()) reason = "no message";
    throw ExtractionError(run.program + " failed (exit status " + std::to_string(WEXITSTATUS(status)) + "): " + reason);
  }
  return output;
}

}  // namespace vankien::readers
