// vankien-serve: the search service — the JSON API and the Vietnamese search page.
#include <malloc.h>
#include <signal.h>
#include <sys/socket.h>

#include <boost/program_options.hpp>
#include <httplib.h>
#include <xapian.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string_view>
#include <thread>

#include "server/search_service.h"
#include "shards/layout.h"
#include "shards/sharded_index.h"

namespace po = boost::program_options;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 2;

constexpr const char* kUsage =
    "Usage: vankien-serve --db DIR [--host ADDRESS] [--port N]\n"
    "Serves the index DIR: the search page at /, the JSON API under /api (docs/api.md).\n"
    "It listens on 127.0.0.1 unless told otherwise, opens the index read-only, and picks up\n"
    "re-indexing without a restart. SIGTERM or SIGINT stop it cleanly.\n"
    "Each request is logged to stderr: time (UTC), method, path, status, latency, bytes sent and\n"
    "the query string's length, not its text unless --log-queries.\n\n";

// The web page's files: the installed ones, else the source tree's.
std::string DefaultStaticDir() {
  for (const char* candidate : {VANKIEN_INSTALLED_WEB, VANKIEN_SOURCE_WEB}) {
    std::error_code error;
    if (std::filesystem::is_regular_file(std::filesystem::path(candidate) / "index.html", error)) return candidate;
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  // glibc gives threads up to 8 malloc arenas a core, and each arena keeps the memory its
  // threads once freed. The service's 64 workers spread over 16 arenas on 2 cores; one arena a
  // core holds a quarter less (tools/soak.sh, 150 requests/s: 19 MB against 27 MB after minute
  // 1, 24 against 32 after minute 8) at the same median latency. Few arenas cost little here:
  // the searches, which allocate most, run no more than cores + 1 at once (the service's gate).
  mallopt(M_ARENA_MAX, static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
  vankien::server::ServiceOptions options;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string static_dir;
  po::options_description visible("Options");
  visible.add_options()
      ("db", po::value<std::string>(&options.db)->value_name("DIR"), "the index to serve")
      ("host", po::value<std::string>(&host)->value_name("ADDRESS"), "address to listen on (default 127.0.0.1)")
      ("port", po::value<int>(&port)->value_name("N"), "port to listen on (default 8080; 0 picks a free one)")
      ("static", po::value<std::string>(&static_dir)->value_name("DIR"), "the web page's files (default: installed)")
      ("threads", po::value<std::size_t>(&options.threads)->value_name("N"), "request workers, one per open connection (default 64)")
      ("searches", po::value<std::size_t>(&options.searches)->value_name("N"), "searches run at once, the others wait their turn (default: cores + 1)")
      ("shard-timeout", po::value<unsigned>(&options.remote_limits.timeout_ms)->value_name("MS"),
       "how long a remote shard may take to answer, in milliseconds (default 3000); a request it does not answer in time gets 503")
      ("log-queries", "also write each request's query string (what was searched for) in the access log")
      ("no-access-log", "write no access log (errors are still written to stderr)")
      ("help,h", "show this help and exit")
      ("version", "show the version and exit");
  po::variables_map vm;
  try {
    po::store(po::parse_command_line(argc, argv, visible), vm);
    po::notify(vm);
  } catch (const std::exception& e) {
    std::cerr << "vankien-serve: " << e.what() << "\nTry 'vankien-serve --help'.\n";
    return kExitError;
  }
  if (vm.count("help")) {
    std::cout << kUsage << visible
              << "\nExit status: 0 after a clean stop; 2 usage error, or the index or port cannot be used.\n";
    return kExitOk;
  }
  if (vm.count("version")) {
    std::cout << "vankien-serve " << VANKIEN_VERSION << "\n";
    return kExitOk;
  }
  if (options.db.empty()) {
    std::cerr << "vankien-serve: --db DIR is required\n";
    return kExitError;
  }
  if (vm.count("threads") && options.threads == 0) {
    std::cerr << "vankien-serve: --threads 0: at least one worker is needed to answer requests\n";
    return kExitError;
  }
  if (vm.count("searches") && options.searches == 0) {
    std::cerr << "vankien-serve: --searches 0: at least one search must be able to run\n";
    return kExitError;
  }
  if (vm.count("shard-timeout") && options.remote_limits.timeout_ms == 0) {
    std::cerr << "vankien-serve: --shard-timeout 0: a request must not wait for a shard without end\n";
    return kExitError;
  }
  if (port < 0 || port > 65535) {
    std::cerr << "vankien-serve: --port " << port << ": a port is a number from 0 to 65535\n";
    return kExitError;
  }
  if (static_dir.empty()) {
    static_dir = DefaultStaticDir();
    if (static_dir.empty()) std::cerr << "vankien-serve: the web page is not installed; serving the API only\n";
  } else if (std::error_code error; !std::filesystem::is_regular_file(std::filesystem::path(static_dir) / "index.html", error)) {
    std::cerr << "vankien-serve: --static " << static_dir << ": no index.html there\n";
    return kExitError;
  }
  options.static_dir = static_dir;
  if (vm.count("log-queries") && vm.count("no-access-log")) {
    std::cerr << "vankien-serve: --log-queries and --no-access-log exclude each other\n";
    return kExitError;
  }
  if (!vm.count("no-access-log")) {
    // fwrite holds the stream's lock, and stderr is unbuffered: each line is written whole, at once.
    options.access_log = [](std::string_view line) { std::fwrite(line.data(), 1, line.size(), stderr); };
    options.log_queries = vm.count("log-queries") > 0;
  }
  try {
    vankien::shards::ShardedIndex check(options.db, options.remote_limits);  // fail now, not on the first request
  } catch (const Xapian::NetworkError& e) {
    // A remote shard away: the service starts, answers 503 naming it, and is whole once it is back.
    std::cerr << "vankien-serve: " << e.get_description() << ": serving anyway; searches get 503 until it answers\n";
  } catch (const Xapian::Error& e) {
    std::cerr << "vankien-serve: cannot open the index " << options.db << ": " << e.get_description() << "\n";
    return kExitError;
  } catch (const vankien::shards::ShardError& e) {
    std::cerr << "vankien-serve: cannot open the index " << options.db << ": " << e.what() << "\n";
    return kExitError;
  }

  // Signals are taken by one thread that stops the server: stop() is not safe in a handler.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  httplib::Server server;
  vankien::server::InstallService(&server, options);
  // httplib's default sets SO_REUSEPORT, with which a second server binds the same port and the
  // kernel splits the requests between them. SO_REUSEADDR instead still allows a restart while
  // old connections linger, but not two servers.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  int bound = port == 0 ? server.bind_to_any_port(host) : (server.bind_to_port(host, port) ? port : -1);
  if (bound < 0) {
    // httplib keeps no error of its own: errno is still the failed bind's (or listen's).
    const int error = errno;
    std::cerr << "vankien-serve: cannot listen on " << host << ":" << port
              << (error != 0 ? std::string(" (") + std::strerror(error) + ")" : std::string()) << "\n";
    return kExitError;
  }
  std::thread stopper([&] {
    int signal = 0;
    sigwait(&signals, &signal);
    server.stop();
  });
  std::cout << "vankien-serve: http://" << (host.find(':') != std::string::npos ? "[" + host + "]" : host) << ":"
            << bound << "/  (index " << options.db << ")" << std::endl;
  server.listen_after_bind();
  // listen_after_bind returns once stop() was called, or if the socket failed.
  if (stopper.joinable()) {
    pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
  }
  std::cout << "vankien-serve: stopped" << std::endl;
  return kExitOk;
}
