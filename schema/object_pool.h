// A pool of costly, reusable objects (compression contexts) shared by every thread: each use
// borrows an idle one, or makes one when none is idle, and gives it back after. The pool thus
// holds as many objects as were ever in use at once, not one per thread that ever used one.
//
// Why not thread_local: vankien-serve has up to 64 request workers, and a worker that had once
// read a stored text kept its own Zstandard context (96 kB; a compression context, 1 MB) for
// good. The workers a load wakes grow with its latency, so the contexts held grew with every
// stall: about half of the growth the soak test (tools/soak.sh) saw. Searches, which read the
// stored texts, run a few at a time (the service's gate), so a pool holds only a few.
#ifndef VANKIEN_SCHEMA_OBJECT_POOL_H_
#define VANKIEN_SCHEMA_OBJECT_POOL_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace vankien::schema {

template <typename T, typename Deleter = std::default_delete<T>>
class ObjectPool {
 public:
  using Pointer = std::unique_ptr<T, Deleter>;

  // `make` is called, outside the pool's lock, when a borrower finds no idle object; it returns
  // a usable object or throws (the pool passes its exception on to the borrower).
  explicit ObjectPool(std::function<Pointer()> make) : make_(std::move(make)) {}
  ObjectPool(const ObjectPool&) = delete;
  ObjectPool& operator=(const ObjectPool&) = delete;

  // An object lent for as long as the loan lives, then idle in the pool again. The pool must
  // outlive its loans.
  class Loan {
   public:
    Loan(ObjectPool* pool, Pointer object) : pool_(pool), object_(std::move(object)) {}
    ~Loan() { pool_->GiveBack(std::move(object_)); }
    Loan(const Loan&) = delete;
    Loan& operator=(const Loan&) = delete;
    T* get() const { return object_.get(); }

   private:
    ObjectPool* pool_;
    Pointer object_;
  };

  // An idle object, else a new one from `make`. Thread-safe.
  Loan Borrow() {
    {
      std::lock_guard lock(mutex_);
      if (!idle_.empty()) {
        Pointer object = std::move(idle_.back());
        idle_.pop_back();
        return Loan(this, std::move(object));
      }
    }
    Pointer made = make_();
    std::lock_guard lock(mutex_);
    idle_.reserve(made_ + 1);  // so that giving it back, in a destructor, cannot throw
    ++made_;
    return Loan(this, std::move(made));
  }

  // How many objects the pool has made (idle or lent): the most ever in use at once. Thread-safe.
  std::size_t made() const {
    std::lock_guard lock(mutex_);
    return made_;
  }

 private:
  void GiveBack(Pointer object) noexcept {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(object));
  }

  const std::function<Pointer()> make_;
  mutable std::mutex mutex_;
  std::vector<Pointer> idle_;
  std::size_t made_ = 0;
};

}  // namespace vankien::schema

#endif  // VANKIEN_SCHEMA_OBJECT_POOL_H_
