// The worker threads that serve cpp-httplib's connections (an httplib::TaskQueue), handing each
// task to the worker that became idle last.
//
// Why not httplib's ThreadPool: its workers wait on one condition variable, which wakes them in
// turn, so under a steady load every one of vankien-serve's 64 workers serves now and then, and
// each keeps its stack's touched pages and malloc's per-thread cache resident. The soak test
// (tools/soak.sh) saw memory grow by a fifth as stalls woke workers that had never run; with 40
// workers instead of 64 it grew by 8%. Given to the most recently idle worker, the tasks stay on
// as few threads as are busy at once: 3% growth in 10 minutes with 64 (docs/api.md, "Soak").
#ifndef VANKIEN_SERVER_WORKER_POOL_H_
#define VANKIEN_SERVER_WORKER_POOL_H_

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace vankien::server {

class WorkerPool : public httplib::TaskQueue {
 public:
  // Starts `workers` threads (at least one).
  explicit WorkerPool(std::size_t workers);
  // Shuts down (see shutdown()) if that was not done.
  ~WorkerPool() override;
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Runs `task` on the worker that became idle last or, when none is idle, on the first worker
  // to become so; waiting tasks start in the order they came. Thread-safe.
  void enqueue(std::function<void()> task) override;

  // Runs the tasks still waiting, then stops and joins the workers; later tasks are dropped.
  // Thread-safe; a second call does nothing more.
  void shutdown() override;

  // The workers waiting for a task now. Thread-safe.
  std::size_t idle() const;

 private:
  struct Worker {
    std::condition_variable wake;
    std::function<void()> task;  // given by enqueue while the worker was idle
    std::thread thread;
  };

  void Serve(Worker* self);

  mutable std::mutex mutex_;
  std::deque<std::function<void()>> waiting_;  // tasks no idle worker could take
  std::vector<Worker*> idle_;                  // the most recently idle last
  std::vector<std::unique_ptr<Worker>> workers_;
  bool stopping_ = false;
};

}  // namespace vankien::server

#endif  // VANKIEN_SERVER_WORKER_POOL_H_
