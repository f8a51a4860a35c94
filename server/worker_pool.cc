#include "server/worker_pool.h"

#include <algorithm>
#include <utility>

namespace vankien::server {

WorkerPool::WorkerPool(std::size_t workers) {
  for (std::size_t n = 0; n < std::max<std::size_t>(workers, 1); ++n) {
    workers_.push_back(std::make_unique<Worker>());
  }
  // Started once every Worker exists: a running worker only ever touches its own.
  for (const auto& worker : workers_) worker->thread = std::thread([this, self = worker.get()] { Serve(self); });
}

WorkerPool::~WorkerPool() { shutdown(); }

void WorkerPool::enqueue(std::function<void()> task) {
  std::unique_lock lock(mutex_);
  if (stopping_) return;
  if (idle_.empty()) {
    waiting_.push_back(std::move(task));
    return;
  }
  Worker* worker = idle_.back();
  idle_.pop_back();
  worker->task = std::move(task);
  lock.unlock();
  worker->wake.notify_one();
}

void WorkerPool::shutdown() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
    idle_.clear();
  }
  for (const auto& worker : workers_) worker->wake.notify_one();
  for (const auto& worker : workers_) worker->thread.join();
}

std::size_t WorkerPool::idle() const {
  std::lock_guard lock(mutex_);
  return idle_.size();
}

void WorkerPool::Serve(Worker* self) {
  std::unique_lock lock(mutex_);
  for (;;) {
    if (!self->task && !waiting_.empty()) {
      self->task = std::move(waiting_.front());
      waiting_.pop_front();
    }
    if (self->task) {
      std::function<void()> task = std::move(self->task);
      self->task = nullptr;
      lock.unlock();
      task();
      task = nullptr;  // what it holds is released outside the lock too
      lock.lock();
      continue;
    }
    if (stopping_) return;
    idle_.push_back(self);
    // Taken off idle_ by whoever gives it a task, or by shutdown.
    self->wake.wait(lock, [&] { return self->task || stopping_; });
  }
}

}  // namespace vankien::server
