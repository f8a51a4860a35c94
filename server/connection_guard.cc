#include "server/connection_guard.h"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <functional>

#include "server/worker_pool.h"

namespace {

// The socket the last accept() of this thread returned: the listening loop enqueues the
// connection's task right after accepting it, on the same thread.
thread_local int last_accepted = -1;

}  // namespace

// The system's accept (accept4 with no flags is the same call), noting the socket.
extern "C" int accept(int listening, sockaddr* address, socklen_t* length) {
  last_accepted = ::accept4(listening, address, length, 0);
  return last_accepted;
}

namespace vankien::server {
namespace {

// The waiting_since of a connection whose request is being handled.
constexpr std::int64_t kHandling = -1;

// How often the watchdog looks: the limits are kept to within this.
constexpr std::chrono::milliseconds kWatchInterval{50};

std::int64_t Now() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

// A connection a worker serves. The watchdog acts on its own duplicate of the socket: the
// worker closes its descriptor when the connection ends, and the number could be given to a
// new connection before the watchdog hears of it; the duplicate keeps the socket itself.
struct ConnectionGuard::Connection {
  int watch;
  // When the connection began waiting for its current request (steady clock, ns), or kHandling.
  std::atomic<std::int64_t> waiting_since;
};

namespace {

thread_local std::atomic<std::int64_t>* current_waiting_since = nullptr;

}  // namespace

// The workers (server/worker_pool.h), each connection's task wrapped so that the guard watches it
// while a worker serves it.
class ConnectionGuard::Queue : public httplib::TaskQueue {
 public:
  explicit Queue(std::shared_ptr<ConnectionGuard> guard) : guard_(std::move(guard)), pool_(guard_->limits_.workers) {}

  void enqueue(std::function<void()> task) override {
    const int sock = last_accepted;
    last_accepted = -1;
    pool_.enqueue([guard = guard_, sock, task = std::move(task)] {
      // The task has not closed the socket yet: the number is still this connection's.
      Connection connection{sock < 0 ? -1 : ::fcntl(sock, F_DUPFD_CLOEXEC, 0), Now()};
      if (connection.watch < 0) return task();  // out of descriptors: served unguarded
      guard->Add(&connection);
      current_waiting_since = &connection.waiting_since;
      task();
      current_waiting_since = nullptr;
      guard->Remove(&connection);
      ::close(connection.watch);
    });
  }

  void shutdown() override { pool_.shutdown(); }

 private:
  std::shared_ptr<ConnectionGuard> guard_;
  WorkerPool pool_;
};

ConnectionGuard::ConnectionGuard(ConnectionLimits limits) : limits_(limits), watchdog_([this] { Watch(); }) {}

ConnectionGuard::~ConnectionGuard() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stop_.notify_all();
  watchdog_.join();
}

httplib::TaskQueue* ConnectionGuard::NewTaskQueue() { return new Queue(shared_from_this()); }

void ConnectionGuard::Add(Connection* connection) {
  std::lock_guard lock(mutex_);
  connections_.insert(connection);
}

void ConnectionGuard::Remove(Connection* connection) {
  std::lock_guard lock(mutex_);
  connections_.erase(connection);
}

void ConnectionGuard::Watch() {
  const std::int64_t deadline = std::chrono::nanoseconds(limits_.request_deadline).count();
  const std::int64_t busy_idle = std::chrono::nanoseconds(limits_.busy_idle).count();
  std::unique_lock lock(mutex_);
  while (!stop_.wait_for(lock, kWatchInterval, [this] { return stopping_; })) {
    const std::int64_t now = Now();
    // Every worker is serving a connection: others may be waiting in the queue for one.
    const bool workers_short = connections_.size() >= limits_.workers;
    for (Connection* connection : connections_) {
      const std::int64_t since = connection->waiting_since.load();
      if (since == kHandling) continue;
      bool end = now - since > deadline;
      if (!end && workers_short && now - since > busy_idle) {
        int pending = 0;
        end = ::ioctl(connection->watch, FIONREAD, &pending) == 0 && pending == 0;
      }
      // The worker's wait or read fails at once; it closes the connection and takes the next.
      if (end) ::shutdown(connection->watch, SHUT_RDWR);
    }
  }
}

void RequestRead() {
  if (current_waiting_since) current_waiting_since->store(kHandling);
}

void ResponseSent() {
  if (current_waiting_since) current_waiting_since->store(Now());
}

}  // namespace vankien::server
