#include "server/worker_pool.h"

#include <atomic>
#include <chrono>
#include <future>
#include <set>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

namespace vankien::server {
namespace {

// Waits (up to 10 s) until `count` workers of `pool` are idle.
bool WaitIdle(const WorkerPool& pool, std::size_t count) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (pool.idle() < count) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::yield();
  }
  return true;
}

TEST_CASE("worker pool: tasks one after another stay on one worker") {
  WorkerPool pool(8);
  REQUIRE(WaitIdle(pool, 8));
  std::set<std::thread::id> threads;
  for (int n = 0; n < 50; ++n) {
    std::promise<std::thread::id> ran;
    pool.enqueue([&ran] { ran.set_value(std::this_thread::get_id()); });
    threads.insert(ran.get_future().get());
    REQUIRE(WaitIdle(pool, 8));  // so the worker that ran it is the one idle last
  }
  CHECK(threads.size() == 1);
}

TEST_CASE("worker pool: tasks at once run on as many workers") {
  WorkerPool pool(4);
  std::atomic<int> arrived{0};
  std::mutex mutex;
  std::set<std::thread::id> threads;
  std::vector<std::future<void>> done;
  for (int n = 0; n < 4; ++n) {
    auto finished = std::make_shared<std::promise<void>>();
    done.push_back(finished->get_future());
    pool.enqueue([&, finished] {
      {
        std::lock_guard lock(mutex);
        threads.insert(std::this_thread::get_id());
      }
      ++arrived;
      // Each waits for all four: fewer workers than tasks would never get here.
      const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
      while (arrived < 4 && std::chrono::steady_clock::now() < deadline) std::this_thread::yield();
      finished->set_value();
    });
  }
  for (auto& future : done) future.get();
  CHECK(arrived == 4);
  CHECK(threads.size() == 4);
}

TEST_CASE("worker pool: tasks beyond the workers wait, and start in order") {
  WorkerPool pool(1);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::vector<int> order;
  pool.enqueue([released] { released.wait(); });
  for (int n = 1; n <= 5; ++n) pool.enqueue([&order, n] { order.push_back(n); });
  release.set_value();
  pool.shutdown();  // runs what still waits, then joins
  CHECK(order == std::vector<int>{1, 2, 3, 4, 5});
}

TEST_CASE("worker pool: after shutdown a task is dropped, and a second shutdown is harmless") {
  WorkerPool pool(2);
  std::atomic<int> ran{0};
  pool.enqueue([&ran] { ++ran; });
  pool.shutdown();
  CHECK(ran == 1);
  pool.enqueue([&ran] { ++ran; });
  pool.shutdown();
  CHECK(ran == 1);
  CHECK(pool.idle() == 0);
}

}  // namespace
}  // namespace vankien::server
