// Bounds how many requests search the index at once, admitting waiting requests in the order
// they arrived. With more searches running than cores, the operating system time-slices them
// and a heavy query stretches the latency of every request beside it; a queue in arrival order
// bounds each request's wait by the work ahead of it instead (docs/api.md has the measurement).
#ifndef VANKIEN_SERVER_ADMISSION_GATE_H_
#define VANKIEN_SERVER_ADMISSION_GATE_H_

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <list>
#include <mutex>

namespace vankien::server {

class AdmissionGate {
 public:
  // A gate letting at most `slots` callers (at least 1) in at once.
  explicit AdmissionGate(std::size_t slots);

  AdmissionGate(const AdmissionGate&) = delete;
  AdmissionGate& operator=(const AdmissionGate&) = delete;

  // Waits until the caller may go in: a slot is free and every caller who came earlier is in.
  // Returns false, without taking a slot, if that has not happened by `deadline`. A caller
  // that got true must call Leave() once, when its work is done. Thread-safe.
  bool Enter(std::chrono::steady_clock::time_point deadline);

  // Frees the caller's slot, handing it to the longest-waiting caller if there is one.
  void Leave();

  // Callers inside now, and callers waiting (for tests and monitoring).
  std::size_t inside() const;
  std::size_t waiting() const;

 private:
  // Each waiter is woken alone, when its turn comes: waking every waiter on each Leave() cost
  // about a tenth of the throughput under load (measured with tools/bench_load.sh).
  struct Waiter {
    std::condition_variable turn;
    bool admitted = false;
  };

  const std::size_t slots_;
  mutable std::mutex mutex_;
  std::size_t inside_ = 0;
  std::list<Waiter*> queue_;  // the waiting callers, earliest first
};

// Holds a slot of a gate for a scope.
class AdmissionTicket {
 public:
  // Enters `gate`; admitted() tells whether it got in before `deadline`.
  AdmissionTicket(AdmissionGate& gate, std::chrono::steady_clock::time_point deadline)
      : gate_(gate), admitted_(gate.Enter(deadline)) {}
  ~AdmissionTicket() {
    if (admitted_) gate_.Leave();
  }
  AdmissionTicket(const AdmissionTicket&) = delete;
  AdmissionTicket& operator=(const AdmissionTicket&) = delete;

  bool admitted() const { return admitted_; }

 private:
  AdmissionGate& gate_;
  const bool admitted_;
};

}  // namespace vankien::server

#endif  // VANKIEN_SERVER_ADMISSION_GATE_H_
