// The HTTP API and web page of vankien-serve, on cpp-httplib: the same searches as
// vankien-query (the same Searcher), as JSON (docs/api.md), and the static files of the search
// page. Every request is bounded: query length, page size, request size, time.
#ifndef VANKIEN_SERVER_SEARCH_SERVICE_H_
#define VANKIEN_SERVER_SEARCH_SERVICE_H_

#include <filesystem>
#include <memory>
#include <string>

#include "server/access_log.h"
#include "shards/sharded_index.h"

namespace httplib {
class Server;
}

namespace vankien::server {

struct ServiceOptions {
  std::string db;                       // the index, opened read-only by every worker
  // How long a remote shard may take to answer one call, and to connect: a request whose shard
  // does not is answered 503 naming it (docs/shards.md).
  shards::RemoteLimits remote_limits{3000, 1000};
  std::filesystem::path static_dir;     // the web page's files; nothing outside is served
  std::size_t threads = 0;              // request workers; 0 = 64 (one per open connection)
  std::size_t searches = 0;             // searches at once, the rest queued; 0 = cores + 1
  std::size_t max_page_size = 100;      // results per page
  std::size_t max_page = 1000;          // deepest page
  // The time limit of counting facets with Xapian's matcher, and the longest wait for a turn.
  double search_seconds = 2.0;
  AccessLogSink access_log;  // where each request's line goes (server/access_log.h); empty: no log
  bool log_queries = false;  // the access log also shows each query string
};

// Registers the API and the static file handlers on `server`. The server must outlive
// nothing of the options: they are copied. Its connections are watched by a
// ConnectionGuard (server/connection_guard.h).
void InstallService(httplib::Server* server, const ServiceOptions& options);

}  // namespace vankien::server

#endif  // VANKIEN_SERVER_SEARCH_SERVICE_H_
