#include "server/admission_gate.h"

#include <catch2/catch.hpp>
#include <mutex>
#include <thread>
#include <vector>

namespace vankien::server {
namespace {

using Clock = std::chrono::steady_clock;

Clock::time_point Soon() { return Clock::now() + std::chrono::seconds(30); }

// Waits (bounded) until `gate` has `count` callers queued.
void WaitForQueue(const AdmissionGate& gate, std::size_t count) {
  const auto give_up = Clock::now() + std::chrono::seconds(30);
  while (gate.waiting() != count && Clock::now() < give_up) std::this_thread::yield();
  REQUIRE(gate.waiting() == count);
}

TEST_CASE("a gate admits as many callers as it has slots, then makes the next wait") {
  AdmissionGate gate(2);
  REQUIRE(gate.Enter(Soon()));
  REQUIRE(gate.Enter(Soon()));
  CHECK(gate.inside() == 2);
  // A third caller does not get in before its deadline, and takes no slot.
  CHECK_FALSE(gate.Enter(Clock::now() + std::chrono::milliseconds(20)));
  CHECK(gate.inside() == 2);
  CHECK(gate.waiting() == 0);
  gate.Leave();
  CHECK(gate.inside() == 1);
  CHECK(gate.Enter(Clock::now()));
  gate.Leave();
  gate.Leave();
  CHECK(gate.inside() == 0);
}

TEST_CASE("a gate admits waiting callers in the order they came") {
  AdmissionGate gate(1);
  REQUIRE(gate.Enter(Soon()));
  std::mutex order_mutex;
  std::vector<int> order;
  std::vector<std::thread> callers;
  for (int caller = 0; caller < 4; ++caller) {
    callers.emplace_back([&gate, &order_mutex, &order, caller] {
      AdmissionTicket ticket(gate, Soon());
      if (!ticket.admitted()) return;
      std::lock_guard<std::mutex> lock(order_mutex);
      order.push_back(caller);
    });
    WaitForQueue(gate, static_cast<std::size_t>(caller) + 1);  // queued before the next starts
  }
  gate.Leave();
  for (std::thread& caller : callers) caller.join();
  CHECK(order == std::vector<int>{0, 1, 2, 3});
  CHECK(gate.inside() == 0);
  CHECK(gate.waiting() == 0);
}

TEST_CASE("a caller that gives up leaves the queue to those behind it") {
  AdmissionGate gate(1);
  REQUIRE(gate.Enter(Soon()));
  bool impatient_admitted = true;
  // Its deadline leaves ample time for the patient caller to queue behind it.
  std::thread impatient([&] { impatient_admitted = gate.Enter(Clock::now() + std::chrono::milliseconds(500)); });
  WaitForQueue(gate, 1);
  bool patient_admitted = false;
  std::thread patient([&] {
    AdmissionTicket ticket(gate, Soon());
    patient_admitted = ticket.admitted();
  });
  WaitForQueue(gate, 2);
  impatient.join();  // gave up at its deadline
  CHECK_FALSE(impatient_admitted);
  CHECK(gate.waiting() == 1);
  gate.Leave();
  patient.join();
  CHECK(patient_admitted);
  CHECK(gate.inside() == 0);
}

TEST_CASE("a gate has at least one slot") {
  AdmissionGate gate(0);
  CHECK(gate.Enter(Clock::now()));
  CHECK_FALSE(gate.Enter(Clock::now()));
  gate.Leave();
}

}  // namespace
}  // namespace vankien::server
