// Runs file tasks on several threads and hands their results to one consumer in task order,
// never letting the workers run more than a window ahead of it (which bounds memory).
#ifndef VANKIEN_INDEXER_ORDERED_PIPELINE_H_
#define VANKIEN_INDEXER_ORDERED_PIPELINE_H_

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "indexer/file_task.h"
#include "indexer/topic_classifier.h"

namespace vankien::indexer {

// How many files the workers may run ahead of the consumer, per thread.
inline constexpr std::size_t kWindowPerJob = 8;

// Calls apply(task, result) for every task, in order, on the calling thread; ProcessFile runs
// on `jobs` worker threads, each with its own DocumentBuilder. If apply throws, the workers
// stop and the exception propagates.
template <typename Apply>
inline void ProcessInOrder(const std::vector<FileTask>& tasks, const readers::ReadOptions& limits, unsigned jobs,
                    const TopicClassifier* classifier, const PlenumTable* plenums, Apply apply) {
  std::mutex mutex;
  std::condition_variable ready, space;
  std::vector<std::optional<FileResult>> slots(tasks.size());
  std::size_t applied = 0;
  bool stop = false;
  std::atomic<std::size_t> next{0};
  const std::size_t window = kWindowPerJob * jobs;

  auto work = [&] {
    DocumentBuilder builder(classifier, plenums);
    while (true) {
      std::size_t i = next.fetch_add(1);
      if (i >= tasks.size()) return;
      {
        std::unique_lock lock(mutex);
        space.wait(lock, [&] { return stop || i < applied + window; });
        if (stop) return;
      }
      FileResult result;
      try {
        result = ProcessFile(tasks[i], limits, &builder);
      } catch (const std::exception& e) {
        result.outcome = Outcome::kFailed;
        result.message = tasks[i].file->path.string() + ": " + e.what();
      }
      std::lock_guard lock(mutex);
      slots[i] = std::move(result);
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(work);

  try {
    for (std::size_t i = 0; i < tasks.size(); ++i) {
      FileResult result;
      {
        std::unique_lock lock(mutex);
        ready.wait(lock, [&] { return slots[i].has_value(); });
        result = std::move(*slots[i]);
        slots[i].reset();
        applied = i + 1;
        space.notify_all();
      }
      apply(tasks[i], std::move(result));
    }
  } catch (...) {
    {
      std::lock_guard lock(mutex);
      stop = true;
      space.notify_all();
    }
    for (std::thread& thread : threads) thread.join();
    throw;
  }
  for (std::thread& thread : threads) thread.join();
}


}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_ORDERED_PIPELINE_H_
