#include "server/access_log.h"

#include <httplib.h>
#include <time.h>

#include <cstdio>
#include <utility>

namespace vankien::server {
namespace {

// When the request this worker thread is handling was routed; cleared once it is logged, so
// that a request refused before routing is not timed from the previous one.
thread_local std::optional<std::chrono::steady_clock::time_point> request_start;

void AppendEscaped(std::string_view text, std::string* line) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : text) {
    if (c <= 0x20 || c == 0x7F) {
      *line += '%';
      *line += kHex[c >> 4];
      *line += kHex[c & 15];
    } else {
      *line += static_cast<char>(c);
    }
  }
}

// "2025-03-04T05:06:07.089Z".
std::string IsoTime(std::chrono::system_clock::time_point when) {
  const auto since_epoch = when.time_since_epoch();
  const std::time_t seconds = std::chrono::duration_cast<std::chrono::seconds>(since_epoch).count();
  const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(since_epoch).count() % 1000;
  std::tm utc{};
  ::gmtime_r(&seconds, &utc);
  char text[32];
  const std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
  std::snprintf(text + length, sizeof text - length, ".%03dZ", static_cast<int>(millis));
  return text;
}

}  // namespace

std::string AccessLogLine(const httplib::Request& request, const httplib::Response& response,
                          std::chrono::system_clock::time_point answered,
                          std::optional<std::chrono::steady_clock::duration> latency, bool with_query) {
  // The target as sent ("/api/search?q=..."): httplib's decoded path could hold a newline.
  const std::string_view target = request.target;
  const std::size_t question = target.find('?');
  const std::string_view path = target.substr(0, question);
  const std::string_view query = question == std::string_view::npos ? "" : target.substr(question + 1);
  std::string line = IsoTime(answered);
  line += ' ';
  AppendEscaped(request.method.empty() ? "-" : request.method, &line);
  line += ' ';
  AppendEscaped(path.empty() ? "-" : path, &line);
  line += ' ' + std::to_string(response.status) + ' ';
  if (latency) {
    char millis[32];
    std::snprintf(millis, sizeof millis, "%.1fms", std::chrono::duration<double, std::milli>(*latency).count());
    line += millis;
  } else {
    line += '-';
  }
  // A HEAD answer carries no body.
  line += ' ' + std::to_string(request.method == "HEAD" ? 0 : response.body.size()) + "B query=" +
          std::to_string(query.size()) + 'B';
  if (with_query && !query.empty()) {
    line += " ?";
    AppendEscaped(query, &line);
  }
  line += '\n';
  return line;
}

void MarkRequestStart() { request_start = std::chrono::steady_clock::now(); }

std::function<void(const httplib::Request&, const httplib::Response&)> AccessLogger(AccessLogSink sink,
                                                                                    bool with_query) {
  return [sink = std::move(sink), with_query](const httplib::Request& request, const httplib::Response& response) {
    std::optional<std::chrono::steady_clock::duration> latency;
    if (request_start) latency = std::chrono::steady_clock::now() - *request_start;
    request_start.reset();
    sink(AccessLogLine(request, response, std::chrono::system_clock::now(), latency, with_query));
  };
}

}  // namespace vankien::server
