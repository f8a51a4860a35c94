#include "schema/object_pool.h"

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

namespace vankien::schema {
namespace {

TEST_CASE("a pool lends its idle object again rather than making another") {
  int made = 0;
  ObjectPool<int> pool([&made] { return std::make_unique<int>(++made); });
  int* first = nullptr;
  {
    auto loan = pool.Borrow();
    first = loan.get();
    CHECK(*loan.get() == 1);
  }
  for (int i = 0; i < 5; ++i) {
    auto loan = pool.Borrow();
    CHECK(loan.get() == first);
  }
  CHECK(pool.made() == 1);
  CHECK(made == 1);
}

TEST_CASE("a pool makes as many objects as are lent at once") {
  ObjectPool<int> pool([] { return std::make_unique<int>(0); });
  {
    auto a = pool.Borrow();
    auto b = pool.Borrow();
    auto c = pool.Borrow();
    CHECK(a.get() != b.get());
    CHECK(b.get() != c.get());
    CHECK(a.get() != c.get());
  }
  auto again = pool.Borrow();
  CHECK(pool.made() == 3);
}

TEST_CASE("many threads that borrow one after another share one object") {
  // The case of vankien-serve's request workers, which read stored texts one at a time.
  ObjectPool<int> pool([] { return std::make_unique<int>(0); });
  for (int i = 0; i < 64; ++i) {
    std::thread worker([&pool] { ++*pool.Borrow().get(); });
    worker.join();
  }
  CHECK(pool.made() == 1);
  CHECK(*pool.Borrow().get() == 64);
}

TEST_CASE("threads that borrow at once never share an object") {
  ObjectPool<std::atomic<int>> pool([] { return std::make_unique<std::atomic<int>>(0); });
  std::atomic<bool> shared{false};
  std::vector<std::thread> workers;
  for (int t = 0; t < 8; ++t) {
    workers.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) {
        auto loan = pool.Borrow();
        if (loan.get()->fetch_add(1) != 0) shared = true;  // another borrower holds it too
        loan.get()->fetch_sub(1);
      }
    });
  }
  for (std::thread& worker : workers) worker.join();
  CHECK_FALSE(shared);
  CHECK(pool.made() >= 1);
  CHECK(pool.made() <= 8);
}

TEST_CASE("a pool passes on what its maker throws, and stays usable") {
  bool fail = true;
  ObjectPool<int> pool([&fail]() -> std::unique_ptr<int> {
    if (fail) throw std::runtime_error("cannot make one");
    return std::make_unique<int>(7);
  });
  CHECK_THROWS_AS(pool.Borrow(), std::runtime_error);
  CHECK(pool.made() == 0);
  fail = false;
  CHECK(*pool.Borrow().get() == 7);
  CHECK(pool.made() == 1);
}

}  // namespace
}  // namespace vankien::schema
