// fixed_rate_load: an open-loop load on an HTTP server. Request i is due at start + i / RATE,
// whatever happened to the requests before it, and its latency is counted from that due time,
// not from when a connection was free to send it. A closed-loop tool (wrk) sends the next
// request only once an answer came back, so while the server stalls it sends almost nothing and
// the stall shows in a handful of samples: the coordinated omission that hides the tail. Here
// a stall delays every request due during it, and each one counts the wait.
//
// Every INTERVAL seconds it prints the requests that finished in it, their failures (a status
// other than 200, or no answer), their latency p50/p99/max, and, given --pid, the server's
// resident memory (VmRSS) and open descriptors; at the end, the totals.
#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  std::string host = "127.0.0.1";
  int port = 0;
  std::string paths_file;
  double rate = 100;
  double seconds = 60;
  double interval = 60;
  int pid = 0;
  std::size_t connections = 32;
};

struct Job {
  Clock::time_point due;
  const std::string* path;
};

struct Outcome {
  Clock::time_point finished;
  double latency_ms;  // from the due time
  int status;         // the HTTP status, 0 for no answer
  const std::string* path;
};

// The jobs due and not yet taken, and the outcomes not yet reported.
struct Shared {
  std::mutex mutex;
  std::condition_variable wake;
  std::deque<Job> due;
  bool all_scheduled = false;
  std::vector<Outcome> outcomes;
};

// VmRSS of process `pid` in kB, or -1 when it cannot be read (no --pid, the process gone).
long ResidentKb(int pid) {
  if (pid <= 0) return -1;
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") {
      long kb = -1;
      status >> kb;
      return kb;
    }
    status.ignore(1 << 16, '\n');
  }
  return -1;
}

// Open descriptors of process `pid`, or -1 when they cannot be listed.
long OpenDescriptors(int pid) {
  if (pid <= 0) return -1;
  std::error_code error;
  long count = 0;
  for (std::filesystem::directory_iterator it("/proc/" + std::to_string(pid) + "/fd", error), end;
       !error && it != end; it.increment(error)) {
    ++count;
  }
  return error ? -1 : count;
}

// The q-th quantile (0..1) of `sorted`, 0 when it is empty.
double Quantile(const std::vector<double>& sorted, double q) {
  if (sorted.empty()) return 0;
  const std::size_t at = static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(at, sorted.size() - 1)];
}

// Sends the due jobs on one keep-alive connection (re-opened by the client when the server
// closed it) until every job is scheduled and taken.
void Worker(const Options& options, Shared* shared) {
  httplib::Client client(options.host, options.port);
  client.set_keep_alive(true);
  client.set_url_encode(false);  // the paths are already percent-encoded
  client.set_connection_timeout(5, 0);
  client.set_read_timeout(15, 0);
  client.set_write_timeout(5, 0);
  for (;;) {
    Job job;
    {
      std::unique_lock lock(shared->mutex);
      shared->wake.wait(lock, [&] { return !shared->due.empty() || shared->all_scheduled; });
      if (shared->due.empty()) return;
      job = shared->due.front();
      shared->due.pop_front();
    }
    httplib::Result result = client.Get(job.path->c_str());
    const int status = result ? result->status : 0;
    const Clock::time_point finished = Clock::now();
    const double latency = std::chrono::duration<double, std::milli>(finished - job.due).count();
    std::lock_guard lock(shared->mutex);
    shared->outcomes.push_back({finished, latency, status, job.path});
  }
}

struct Row {
  std::size_t requests = 0;
  std::size_t failures = 0;
  double p50 = 0, p99 = 0, max = 0;
};

Row Summarize(const std::vector<Outcome>& outcomes) {
  Row row;
  std::vector<double> latencies;
  for (const Outcome& outcome : outcomes) {
    latencies.push_back(outcome.latency_ms);
    if (outcome.status != 200) ++row.failures;
  }
  std::sort(latencies.begin(), latencies.end());
  row.requests = latencies.size();
  row.p50 = Quantile(latencies, 0.50);
  row.p99 = Quantile(latencies, 0.99);
  row.max = latencies.empty() ? 0 : latencies.back();
  return row;
}

bool ParseOptions(int argc, char** argv, Options* options) {
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string name = argv[i], value = argv[i + 1];
    if (name == "--host") options->host = value;
    else if (name == "--port") options->port = std::stoi(value);
    else if (name == "--paths") options->paths_file = value;
    else if (name == "--rate") options->rate = std::stod(value);
    else if (name == "--seconds") options->seconds = std::stod(value);
    else if (name == "--interval") options->interval = std::stod(value);
    else if (name == "--pid") options->pid = std::stoi(value);
    else if (name == "--connections") options->connections = std::stoul(value);
    else return false;
  }
  return argc % 2 == 1 && options->port > 0 && !options->paths_file.empty() && options->rate > 0 &&
         options->seconds > 0 && options->interval > 0 && options->connections > 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  try {
    if (!ParseOptions(argc, argv, &options)) throw std::invalid_argument("bad options");
  } catch (const std::exception&) {
    std::cerr << "usage: fixed_rate_load --port N --paths FILE [--host 127.0.0.1] [--rate PER_SECOND]\n"
                 "         [--seconds N] [--interval SECONDS] [--pid SERVER_PID] [--connections N]\n";
    return 2;
  }
  std::vector<std::string> paths;
  std::ifstream in(options.paths_file);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) paths.push_back(line);
  }
  if (paths.empty()) {
    std::cerr << "fixed_rate_load: no paths in " << options.paths_file << "\n";
    return 2;
  }

  Shared shared;
  std::vector<std::thread> workers;
  for (std::size_t i = 0; i < options.connections; ++i) workers.emplace_back(Worker, std::cref(options), &shared);

  const long rss_start = ResidentKb(options.pid), fds_start = OpenDescriptors(options.pid);
  std::printf("%8s %9s %9s %9s %9s %9s %9s %6s\n", "interval", "requests", "failures", "p50_ms", "p99_ms",
              "max_ms", "rss_mb", "fds");
  std::vector<Outcome> all;
  std::vector<long> rss_per_interval;
  const Clock::time_point start = Clock::now();
  const auto period = std::chrono::duration<double>(1.0 / options.rate);
  const std::size_t total = static_cast<std::size_t>(options.rate * options.seconds);
  std::size_t reported = 0;
  // Prints the outcomes finished so far as interval `number`.
  auto report = [&](std::size_t number) {
    std::vector<Outcome> done;
    {
      std::lock_guard lock(shared.mutex);
      done.swap(shared.outcomes);
    }
    const Row row = Summarize(done);
    all.insert(all.end(), done.begin(), done.end());
    const long rss = ResidentKb(options.pid);
    rss_per_interval.push_back(rss);
    std::printf("%8zu %9zu %9zu %9.1f %9.1f %9.1f %9.1f %6ld\n", number, row.requests, row.failures, row.p50,
                row.p99, row.max, static_cast<double>(rss) / 1024, OpenDescriptors(options.pid));
    std::fflush(stdout);
  };
  for (std::size_t i = 0; i < total; ++i) {
    const Clock::time_point due = start + std::chrono::duration_cast<Clock::duration>(period * static_cast<double>(i));
    while (Clock::now() >= start + std::chrono::duration_cast<Clock::duration>(
                                       std::chrono::duration<double>(options.interval * static_cast<double>(reported + 1)))) {
      report(++reported);
    }
    std::this_thread::sleep_until(due);
    {
      std::lock_guard lock(shared.mutex);
      shared.due.push_back({due, &paths[i % paths.size()]});
    }
    shared.wake.notify_one();
  }
  {
    std::lock_guard lock(shared.mutex);
    shared.all_scheduled = true;
  }
  shared.wake.notify_all();
  for (std::thread& worker : workers) worker.join();  // each request is bounded by its timeouts
  report(++reported);

  const Row totals = Summarize(all);
  std::printf("total: %zu requests (%.1f/s due), %zu failures, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
              totals.requests, options.rate, totals.failures, totals.p50, totals.p99, totals.max);
  // What failed: each status (0: no answer) with a path it was given for.
  std::map<int, std::pair<std::size_t, const std::string*>> failed;
  for (const Outcome& outcome : all) {
    if (outcome.status == 200) continue;
    auto& [count, path] = failed[outcome.status];
    if (count++ == 0) path = outcome.path;
  }
  for (const auto& [status, seen] : failed) {
    std::printf("failed with status %d: %zu, e.g. %s\n", status, seen.first, seen.second->c_str());
  }
  if (options.pid > 0) {
    // Growth after warm-up: from the end of the first interval to the end of the last.
    const long first = rss_per_interval.front(), last = rss_per_interval.back();
    std::printf("server: rss %.1f MB at start, %.1f MB after interval 1, %.1f MB at end (%+.1f%% after warm-up); "
                "fds %ld at start, %ld at end of load\n",
                static_cast<double>(rss_start) / 1024, static_cast<double>(first) / 1024,
                static_cast<double>(last) / 1024,
                first > 0 ? 100.0 * static_cast<double>(last - first) / static_cast<double>(first) : 0.0, fds_start,
                OpenDescriptors(options.pid));
  }
  return totals.failures == 0 ? 0 : 1;
}
