#include "server/access_log.h"

#include <catch2/catch.hpp>
#include <httplib.h>

#include <chrono>

namespace vankien::server {
namespace {

using std::chrono::milliseconds;

// 2025-03-04T05:06:07.089Z
std::chrono::system_clock::time_point SampleTime() {
  return std::chrono::system_clock::from_time_t(1741064767) + milliseconds(89);
}

httplib::Request RequestFor(const std::string& method, const std::string& target) {
  httplib::Request request;
  request.method = method;
  request.target = target;
  return request;
}

httplib::Response ResponseOf(int status, const std::string& body) {
  httplib::Response response;
  response.status = status;
  response.body = body;
  return response;
}

TEST_CASE("an access log line holds the time, method, path, status, latency, bytes and query length, never the query") {
  const httplib::Request request = RequestFor("GET", "/api/search?q=chi+b%E1%BB%99&page=2");
  const std::string line =
      AccessLogLine(request, ResponseOf(200, std::string(4567, 'x')), SampleTime(), milliseconds(12), false);
  CHECK(line == "2025-03-04T05:06:07.089Z GET /api/search 200 12.0ms 4567B query=23B\n");
  CHECK(line.find("q=chi") == std::string::npos);
}

TEST_CASE("with --log-queries the query string is in the line") {
  const httplib::Request request = RequestFor("GET", "/api/search?q=chi+bo");
  CHECK(AccessLogLine(request, ResponseOf(200, "{}"), SampleTime(), milliseconds(3), true) ==
        "2025-03-04T05:06:07.089Z GET /api/search 200 3.0ms 2B query=8B ?q=chi+bo\n");
  // No query, nothing to add.
  CHECK(AccessLogLine(RequestFor("GET", "/"), ResponseOf(200, "page"), SampleTime(), milliseconds(0), true) ==
        "2025-03-04T05:06:07.089Z GET / 200 0.0ms 4B query=0B\n");
}

TEST_CASE("a request cannot forge log lines, and one refused before routing has no latency") {
  const httplib::Request request = RequestFor("GET\n", "/a\r\n2025 GET /forged 200?q=x\ny");
  const std::string line = AccessLogLine(request, ResponseOf(400, ""), SampleTime(), std::nullopt, true);
  CHECK(line == "2025-03-04T05:06:07.089Z GET%0A /a%0D%0A2025%20GET%20/forged%20200 400 - 0B query=5B ?q=x%0Ay\n");
  // A malformed request may have no method or target at all.
  CHECK(AccessLogLine(httplib::Request{}, ResponseOf(400, ""), SampleTime(), std::nullopt, false) ==
        "2025-03-04T05:06:07.089Z - - 400 - 0B query=0B\n");
}

TEST_CASE("a HEAD answer is logged with the body bytes it did not send: none") {
  CHECK(AccessLogLine(RequestFor("HEAD", "/"), ResponseOf(200, "page"), SampleTime(), milliseconds(1), false) ==
        "2025-03-04T05:06:07.089Z HEAD / 200 1.0ms 0B query=0B\n");
}

}  // namespace
}  // namespace vankien::server
