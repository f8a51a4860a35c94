#include "readers/child_extraction.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "readers/extraction_json.h"

extern char** environ;

namespace vankien::readers {
namespace {

namespace fs = std::filesystem;

// A file descriptor closed when it goes out of scope.
class Descriptor {
 public:
  explicit Descriptor(int fd = -1) : fd_(fd) {}
  ~Descriptor() { Close(); }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }
  void Close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

// A connected pair for one of the child's standard streams. A socket rather than a pipe for
// its input: writing to a child that died then fails with EPIPE (MSG_NOSIGNAL) instead of
// raising SIGPIPE, which would end the whole indexer.
void StreamPair(int* parent_end, int* child_end) {
  int ends[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) {
    throw ExtractionError(std::string("cannot start the reader: ") + std::strerror(errno));
  }
  *parent_end = ends[0];
  *child_end = ends[1];
}

std::string SignalName(int signal_number) {
  const char* name = ::strsignal(signal_number);
  return "signal " + std::to_string(signal_number) + (name ? std::string(": ") + name : "");
}

std::string FirstLine(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  return line.empty() ? "no reason given" : line;
}

}  // namespace

fs::path ExtractProgram() {
  if (const char* set = std::getenv("VANKIEN_EXTRACT"); set && *set) return set;
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  const fs::path build_dir = VANKIEN_BUILD_DIR;
  if (!error) {
    const std::string self_text = self.lexically_normal().string();
    const std::string build_text = build_dir.lexically_normal().string() + "/";
    if (self_text.rfind(build_text, 0) == 0) return build_dir / "readers" / "vankien-extract";
  }
  return VANKIEN_INSTALLED_EXTRACT;
}

Extraction ExtractInChild(FileFormat format, std::string_view bytes, const ExtractOptions& options,
                          const ChildLimits& limits) {
  const std::string program = ExtractProgram().string();
  std::vector<std::string> arguments = {
      program, "--format", std::string(FormatName(format)),
      "--threads", std::to_string(options.threads),
      "--max-memory-mb", std::to_string(limits.memory_bytes >> 20),
      "--max-cpu-seconds", std::to_string(limits.cpu_seconds),
      "--max-unpacked-mb", std::to_string(options.max_unpacked_bytes >> 20),
      "--max-ratio", std::to_string(options.max_ratio)};
  if (!options.ocr) arguments.push_back("--no-ocr");
  std::vector<char*> argv;
  for (std::string& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);

  int in_parent = -1, in_child = -1, out_parent = -1, out_child = -1, err_parent = -1, err_child = -1;
  StreamPair(&in_parent, &in_child);
  Descriptor input(in_parent), input_child(in_child);
  StreamPair(&out_parent, &out_child);
  Descriptor output(out_parent), output_child(out_child);
  StreamPair(&err_parent, &err_child);
  Descriptor errors(err_parent), errors_child(err_child);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, input_child.get(), STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, output_child.get(), STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, errors_child.get(), STDERR_FILENO);
  pid_t child = -1;
  const int spawned = ::posix_spawn(&child, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    throw ExtractionError("cannot start the reader " + program + ": " + std::strerror(spawned) +
                          " (set VANKIEN_EXTRACT to its path)");
  }
  input_child.Close();
  output_child.Close();
  errors_child.Close();
  for (int fd : {input.get(), output.get(), errors.get()}) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);

  // Feed the bytes and collect both outputs together: a child writing much before it has read
  // all its input must not block on a full buffer while the parent blocks on writing.
  std::string out, err;
  std::size_t written = 0;
  bool too_much = false, timed_out = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(limits.wall_seconds);
  if (bytes.empty()) input.Close();
  while (output.get() >= 0 || errors.get() >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd watched[3] = {{input.get(), POLLOUT, 0}, {output.get(), POLLIN, 0}, {errors.get(), POLLIN, 0}};
    if (::poll(watched, 3, static_cast<int>(std::min<long long>(left.count(), 1000))) < 0 && errno != EINTR) break;
    if (input.get() >= 0 && (watched[0].revents & (POLLOUT | POLLERR | POLLHUP))) {
      const ssize_t sent = ::send(input.get(), bytes.data() + written, bytes.size() - written, MSG_NOSIGNAL);
      if (sent > 0) written += static_cast<std::size_t>(sent);
      if (written == bytes.size() || (sent < 0 && errno != EAGAIN && errno != EINTR)) input.Close();
    }
    char buffer[65536];
    for (auto [stream, text] : {std::pair{&output, &out}, std::pair{&errors, &err}}) {
      if (stream->get() < 0) continue;
      const ssize_t got = ::read(stream->get(), buffer, sizeof buffer);
      if (got > 0) {
        text->append(buffer, static_cast<std::size_t>(got));
        if (out.size() > limits.max_output_bytes || err.size() > (1u << 20)) {
          too_much = true;
          break;
        }
      } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
        stream->Close();
      }
    }
    if (too_much) break;
  }
  if (timed_out || too_much) ::kill(child, SIGKILL);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  if (timed_out) {
    throw ExtractionError("the reader gave no answer within " + std::to_string(static_cast<long>(limits.wall_seconds)) + " s");
  }
  if (too_much) {
    throw ExtractionError("the reader's output is over " + std::to_string(limits.max_output_bytes >> 20) + " MB");
  }
  if (WIFSIGNALED(status)) {
    const int signal_number = WTERMSIG(status);
    if (signal_number == SIGXCPU || signal_number == SIGKILL) {
      throw ExtractionError("the reader took more than " + std::to_string(limits.cpu_seconds) + " s of CPU (" +
                            SignalName(signal_number) + ")");
    }
    throw ExtractionError("the reader crashed on it (" + SignalName(signal_number) + ")");
  }
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (code == kExitMissing) {
    const std::string line = FirstLine(err);
    const std::size_t tab = line.find('\t');
    if (tab != std::string::npos) throw MissingComponent(line.substr(tab + 1), line.substr(0, tab));
    throw MissingComponent(line, "");
  }
  if (code == kExitUnreadable) throw ExtractionError(FirstLine(err));
  if (code != 0) throw ExtractionError("the reader failed (exit status " + std::to_string(code) + "): " + FirstLine(err));
  return ExtractionFromJson(out);
}

}  // namespace vankien::readers
