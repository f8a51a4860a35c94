// vankien-serve's access log: one line per request, for seeing what the service is asked and
// how fast it answers, without keeping what people search for (the query string) unless told.
#ifndef VANKIEN_SERVER_ACCESS_LOG_H_
#define VANKIEN_SERVER_ACCESS_LOG_H_

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace vankien::server {

// Receives each finished line, '\n' included. Called from the request workers at once: it must
// be thread-safe (one fwrite to an unbuffered stderr is).
using AccessLogSink = std::function<void(std::string_view line)>;

// One request's line, e.g.
//   2025-03-04T05:06:07.089Z GET /api/search 200 12.5ms 4567B query=17B
// the time (UTC) when it was answered, the method, the path as sent without its query string,
// the status, the time from routing to the answer written ("-" for a request refused before
// routing, such as a malformed one), the body bytes sent, and the query string's length; with
// `with_query` its text follows ("?q=chi+bo"). Bytes a terminal or a log reader could take for
// control (below 0x21, 0x7F) are written %XX: a request cannot forge a line.
std::string AccessLogLine(const httplib::Request& request, const httplib::Response& response,
                          std::chrono::system_clock::time_point answered,
                          std::optional<std::chrono::steady_clock::duration> latency, bool with_query);

// Marks the start of the request the calling worker is routing: call it first thing in the
// pre-routing handler.
void MarkRequestStart();

// A cpp-httplib logger (Server::set_logger) writing AccessLogLine of every request to `sink`.
// cpp-httplib runs it in the worker, after the response was written.
std::function<void(const httplib::Request&, const httplib::Response&)> AccessLogger(AccessLogSink sink,
                                                                                    bool with_query);

}  // namespace vankien::server

#endif  // VANKIEN_SERVER_ACCESS_LOG_H_
