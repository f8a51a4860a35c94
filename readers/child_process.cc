#include "readers/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

extern char** environ;

namespace vankien::readers {
namespace {

// Of standard error only the start is kept: the message is its first line.
constexpr std::size_t kMaxErrorBytes = 4096;

// A file descriptor closed when it goes out of scope.
class Descriptor {
 public:
  explicit Descriptor(int fd = -1) : fd_(fd) {}
  ~Descriptor() { Close(); }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }
  void Reset(int fd) {
    Close();
    fd_ = fd;
  }
  void Close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

// A child process that is killed and reaped unless it was waited for.
class Child {
 public:
  explicit Child(pid_t pid) : pid_(pid) {}
  ~Child() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      Wait();
    }
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;
  void Kill() { ::kill(pid_, SIGKILL); }
  // Waits for the child to end and returns its wait status.
  int Wait() {
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    return status;
  }

 private:
  pid_t pid_;
};

// A connected pair for one of the child's standard streams, both ends closed on exec. Sockets
// rather than pipes: writing to a child that died then fails with EPIPE (MSG_NOSIGNAL) instead
// of raising SIGPIPE, which would end the parent.
void StreamPair(Descriptor* parent_end, Descriptor* child_end) {
  int ends[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) {
    throw std::system_error(errno, std::generic_category(), "socketpair");
  }
  parent_end->Reset(ends[0]);
  child_end->Reset(ends[1]);
}

}  // namespace

std::string SignalName(int signal_number) {
  const char* name = ::strsignal(signal_number);
  return "signal " + std::to_string(signal_number) + (name ? std::string(": ") + name : "");
}

std::string FirstLine(const std::string& errors) {
  std::string line = errors.substr(0, errors.find('\n'));
  return line.empty() ? "no message" : line;
}

ChildOutcome RunChild(const ChildRun& run) {
  std::vector<std::string> words = run.argv;
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);

  Descriptor input, input_child, output, output_child, errors, errors_child;
  StreamPair(&input, &input_child);
  StreamPair(&output, &output_child);
  StreamPair(&errors, &errors_child);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, input_child.get(), STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, output_child.get(), STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, errors_child.get(), STDERR_FILENO);
  pid_t pid = -1;
  const int spawned = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::system_error(spawned, std::generic_category(), run.argv[0]);
  Child child(pid);
  input_child.Close();
  output_child.Close();
  errors_child.Close();
  for (int fd : {input.get(), output.get(), errors.get()}) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);

  // The input is fed while the outputs are read: a child that writes much before it has read
  // all its input must not block on a full buffer while the parent blocks on writing.
  ChildOutcome outcome;
  std::size_t written = 0;
  if (run.input.empty()) input.Close();
  const auto deadline = std::chrono::steady_clock::now() + run.time_limit;
  char buffer[65536];
  while (output.get() >= 0 || errors.get() >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      outcome.end = ChildOutcome::End::kTimedOut;
      break;
    }
    pollfd watched[3] = {{input.get(), POLLOUT, 0}, {output.get(), POLLIN, 0}, {errors.get(), POLLIN, 0}};
    if (::poll(watched, 3, static_cast<int>(std::min<long long>(left.count(), 1000))) < 0 && errno != EINTR) {
      throw std::system_error(errno, std::generic_category(), "poll");
    }
    if (input.get() >= 0 && watched[0].revents != 0) {
      const ssize_t sent = ::send(input.get(), run.input.data() + written, run.input.size() - written, MSG_NOSIGNAL);
      if (sent > 0) written += static_cast<std::size_t>(sent);
      if (written == run.input.size() || (sent < 0 && errno != EAGAIN && errno != EINTR)) input.Close();
    }
    for (auto [stream, sink] : {std::pair{&output, &outcome.output}, std::pair{&errors, &outcome.errors}}) {
      if (stream->get() < 0) continue;
      const ssize_t got = ::read(stream->get(), buffer, sizeof buffer);
      if (got > 0) {
        const std::size_t cap = sink == &outcome.output ? run.max_output_bytes + 1 : kMaxErrorBytes;
        sink->append(buffer, std::min(static_cast<std::size_t>(got), cap - std::min(cap, sink->size())));
      } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
        stream->Close();
      }
    }
    if (outcome.output.size() > run.max_output_bytes) {
      outcome.end = ChildOutcome::End::kOutputTooLarge;
      break;
    }
  }
  if (outcome.end != ChildOutcome::End::kExited) child.Kill();
  const int status = child.Wait();
  if (outcome.end == ChildOutcome::End::kExited && WIFSIGNALED(status)) {
    outcome.end = ChildOutcome::End::kSignalled;
    outcome.signal_number = WTERMSIG(status);
  }
  outcome.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return outcome;
}

}  // namespace vankien::readers
