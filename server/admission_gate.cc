#include "server/admission_gate.h"

#include <algorithm>

namespace vankien::server {

AdmissionGate::AdmissionGate(std::size_t slots) : slots_(std::max<std::size_t>(slots, 1)) {}

bool AdmissionGate::Enter(std::chrono::steady_clock::time_point deadline) {
  std::unique_lock<std::mutex> lock(mutex_);
  if (queue_.empty() && inside_ < slots_) {
    ++inside_;
    return true;
  }
  Waiter me;
  auto position = queue_.insert(queue_.end(), &me);
  // Leave() hands a freed slot to the head of the queue and marks it admitted; the slot then
  // already counts in inside_.
  if (me.turn.wait_until(lock, deadline, [&me] { return me.admitted; })) return true;
  queue_.erase(position);
  return false;
}

void AdmissionGate::Leave() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (queue_.empty()) {
    --inside_;
    return;
  }
  // Notified under the lock: once it is released the waiter may return and its Waiter go.
  Waiter* next = queue_.front();
  queue_.pop_front();
  next->admitted = true;
  next->turn.notify_one();
}

std::size_t AdmissionGate::inside() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return inside_;
}

std::size_t AdmissionGate::waiting() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return queue_.size();
}

}  // namespace vankien::server
