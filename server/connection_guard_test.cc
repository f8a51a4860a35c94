#include "server/connection_guard.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <string_view>
#include <thread>

namespace vankien::server {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// A server guarded by `limits` on a free loopback port, answering /ping with "pong" after
// `handling` (a slow search), telling its guard what InstallService tells it.
class TestServer {
 public:
  TestServer(ConnectionLimits limits, milliseconds handling) {
    auto guard = std::make_shared<ConnectionGuard>(limits);
    server_.new_task_queue = [guard] { return guard->NewTaskQueue(); };
    server_.set_keep_alive_timeout(5);
    server_.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
      RequestRead();
      return httplib::Server::HandlerResponse::Unhandled;
    });
    server_.set_logger([](const httplib::Request&, const httplib::Response&) { ResponseSent(); });
    server_.Get("/ping", [handling](const httplib::Request&, httplib::Response& response) {
      std::this_thread::sleep_for(handling);
      response.set_content("pong", "text/plain");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(milliseconds(5));
  }
  ~TestServer() {
    server_.stop();
    thread_.join();
  }

  int port() const { return port_; }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

// A raw connection to the test server, closed at the end of its scope.
class RawConnection {
 public:
  explicit RawConnection(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  }
  ~RawConnection() { ::close(fd_); }

  bool Send(std::string_view bytes) { return ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) > 0; }

  // Whether the server closed the connection within `wait` (what it sent before is skipped).
  bool ClosedWithin(milliseconds wait) {
    const Clock::time_point end = Clock::now() + wait;
    for (;;) {
      const auto left = std::chrono::duration_cast<milliseconds>(end - Clock::now()).count();
      if (left <= 0) return false;
      pollfd poll_fd{fd_, POLLIN, 0};
      if (::poll(&poll_fd, 1, static_cast<int>(left)) <= 0) return false;
      char buffer[4096];
      if (::recv(fd_, buffer, sizeof buffer, 0) <= 0) return true;
    }
  }

 private:
  int fd_;
};

TEST_CASE("a request sent a byte at a time is cut at the connection's deadline") {
  ConnectionLimits limits;
  limits.workers = 4;
  limits.request_deadline = milliseconds(500);
  TestServer server(limits, milliseconds(0));
  RawConnection slow(server.port());
  REQUIRE(slow.Send("GET /ping HTTP/1.1\r\nHost: x\r\nX-Slow: "));
  const Clock::time_point start = Clock::now();
  bool closed = false;
  // One byte every 100 ms: each read of it is well within the read timeout, so only the
  // deadline ends it. Bounded at 5 s.
  for (int i = 0; i < 50 && !closed; ++i) closed = !slow.Send("a") || slow.ClosedWithin(milliseconds(100));
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  CHECK(closed);
  CHECK(seconds > 0.3);
  CHECK(seconds < 1.5);
  // The worker is free again.
  httplib::Client client("127.0.0.1", server.port());
  httplib::Result result = client.Get("/ping");
  REQUIRE(result);
  CHECK(result->body == "pong");
}

TEST_CASE("while silent connections hold every worker, a real request is answered at once") {
  ConnectionLimits limits;
  limits.workers = 2;
  limits.busy_idle = milliseconds(100);
  TestServer server(limits, milliseconds(0));
  RawConnection silent1(server.port()), silent2(server.port());
  std::this_thread::sleep_for(milliseconds(50));  // each has a worker, waiting for a request
  const Clock::time_point start = Clock::now();
  httplib::Client client("127.0.0.1", server.port());
  httplib::Result result = client.Get("/ping");
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  REQUIRE(result);
  CHECK(result->body == "pong");
  CHECK(seconds < 1.0);  // not the keep-alive timeout (5 s) the silent ones would otherwise get
  // A silent connection was cut to free a worker. The watchdog cuts them only while every worker
  // is taken: when its pass finds one silent past busy_idle and the other not yet, the first is
  // cut, the request answered and its connection closed, and the other may keep its worker
  // until the keep-alive timeout, so only one is certain to be cut.
  const bool first_cut = silent1.ClosedWithin(milliseconds(1000));
  CHECK((first_cut || silent2.ClosedWithin(milliseconds(1000))));
}

TEST_CASE("a request being handled is not cut, however long the deadline is exceeded") {
  ConnectionLimits limits;
  limits.workers = 2;
  limits.request_deadline = milliseconds(200);
  limits.busy_idle = milliseconds(50);
  TestServer server(limits, milliseconds(800));
  httplib::Client client("127.0.0.1", server.port());
  client.set_keep_alive(true);
  for (int i = 0; i < 2; ++i) {  // the second on the same connection, its deadline restarted
    httplib::Result result = client.Get("/ping");
    REQUIRE(result);
    CHECK(result->body == "pong");
  }
}

TEST_CASE("an idle kept-alive connection is closed at the deadline, not held") {
  ConnectionLimits limits;
  limits.workers = 4;
  limits.request_deadline = milliseconds(300);
  TestServer server(limits, milliseconds(0));
  RawConnection connection(server.port());
  REQUIRE(connection.Send("GET /ping HTTP/1.1\r\nHost: x\r\n\r\n"));
  // Its answer, then silence: closed by the deadline, before the keep-alive timeout (5 s).
  CHECK(connection.ClosedWithin(milliseconds(1500)));
}

}  // namespace
}  // namespace vankien::server
