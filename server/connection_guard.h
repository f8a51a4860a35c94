// cpp-httplib (0.11) gives each connection a worker thread for as long as it is open, and bounds
// only each single read of a request (the read timeout), not the whole of it: a client sending
// a header byte every few seconds (slow loris) holds its worker for ever, and a crowd of silent
// connections holds every worker for the keep-alive timeout while the other clients wait behind
// it in the queue. A ConnectionGuard bounds both: its watchdog ends (shuts down) a connection
// whose request has not been read in full `request_deadline` after the connection began waiting
// for it, and, while every worker is taken, one that has sent nothing for `busy_idle`. A request
// being handled (searched, answered) is never cut: only the wait for its bytes is.
//
// cpp-httplib 0.11 shows no connection's socket to the program, so the guard learns it from
// accept() itself: this library defines accept(), which the server's listening loop calls,
// as the system's accept that also notes the socket for the guard's task queue.
#ifndef VANKIEN_SERVER_CONNECTION_GUARD_H_
#define VANKIEN_SERVER_CONNECTION_GUARD_H_

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

namespace vankien::server {

struct ConnectionLimits {
  std::size_t workers = 64;                          // the server's worker threads
  std::chrono::milliseconds request_deadline{5000};  // to send a whole request (its headers)
  std::chrono::milliseconds busy_idle{100};          // silence allowed while workers are short
};

class ConnectionGuard : public std::enable_shared_from_this<ConnectionGuard> {
 public:
  // Starts the watchdog; it stops when the guard is destroyed.
  explicit ConnectionGuard(ConnectionLimits limits);
  ~ConnectionGuard();
  ConnectionGuard(const ConnectionGuard&) = delete;
  ConnectionGuard& operator=(const ConnectionGuard&) = delete;

  // A task queue of limits.workers threads for httplib::Server::new_task_queue, whose
  // connections the guard watches. It keeps the guard alive.
  httplib::TaskQueue* NewTaskQueue();

 private:
  struct Connection;
  class Queue;
  void Add(Connection* connection);
  void Remove(Connection* connection);
  void Watch();

  const ConnectionLimits limits_;
  std::mutex mutex_;  // guards connections_ and stopping_
  std::condition_variable stop_;
  std::set<Connection*> connections_;  // those a worker is serving
  bool stopping_ = false;
  std::thread watchdog_;
};

// Tells the guard of the connection this thread serves (if any) that its request was read and
// is being handled: its time is no longer bounded. Called before routing.
void RequestRead();

// Tells the guard that the answer was written: the connection waits for its next request, and
// its deadline runs again. Called after each response.
void ResponseSent();

}  // namespace vankien::server

#endif  // VANKIEN_SERVER_CONNECTION_GUARD_H_
