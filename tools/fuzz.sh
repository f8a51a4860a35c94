#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang and runs each for a while, as many at once as
# there are cores ($VANKIEN_FUZZ_JOBS to choose).
# usage: tools/fuzz.sh BUILD_DIR SECONDS_PER_TARGET [TARGET…]   (default: every target)
# TARGET is a name of fuzz/seeds/ ("pdf_reader"). New corpus entries and crashing inputs go to
# $VANKIEN_FUZZ_WORK (default /tmp/vankien-fuzz), outside the repository: a crash is fixed, then
# its input is kept in fuzz/regressions/TARGET/, which the normal build's CTest replays.
# Prints a line per target: executions, seconds, crashes (a crash, a hang over 10 s, or over
# 2 GB of memory). A target stops at its first crash. Exits 1 when any target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  echo "usage: $0 BUILD_DIR SECONDS_PER_TARGET [TARGET...]" >&2
  exit 2
fi
build=$1
seconds=$2
shift 2
work=${VANKIEN_FUZZ_WORK:-/tmp/vankien-fuzz}
jobs=${VANKIEN_FUZZ_JOBS:-$(nproc)}
if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for dir in fuzz/seeds/*/; do targets+=("$(basename "$dir")"); done
fi

bash tools/install-deps.sh fuzz
# Line tables only: a sanitizer's report names file and line all the same, and full debug
# information cost some 15% of the compiler's time (tools/check.sh builds the tests here too).
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" \
      -DVANKIEN_FUZZ=ON -DVANKIEN_BUILD_TESTS=OFF -DVANKIEN_WERROR=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/%/_fuzzer}"

# Third-party leaks (fuzz/lsan.supp) are not the project's to fix; any other leak is a crash.
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0"

# Runs one target; leaves its summary line in $work/TARGET/summary.
run_target() {
  local target=$1
  local log="$work/$target/last-run.log"
  mkdir -p "$work/$target/corpus" "$work/$target/crashes"
  local start status=0
  start=$(date +%s)
  # The first folder receives what the run finds; the seeds and kept regressions are read only.
  "$build/fuzz/${target}_fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
      -print_final_stats=1 -artifact_prefix="$work/$target/crashes/" \
      "$work/$target/corpus" "fuzz/seeds/$target" \
      $([ -d "fuzz/regressions/$target" ] && echo "fuzz/regressions/$target") \
      >"$log" 2>&1 || status=$?
  local runs
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  local crashes=0
  if [ "$status" -ne 0 ]; then
    crashes=1
    {
      echo "--- $target crashed; input and log: $work/$target/crashes/, $log"
      grep -m3 -E "ERROR|SUMMARY|fuzz check failed|terminate called" "$log" || true
    } >&2
  fi
  printf '%-16s runs %10s  seconds %5s  crashes %s\n' "$target" "${runs:-?}" \
         "$(( $(date +%s) - start ))" "$crashes" >"$work/$target/summary"
}

for target in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  run_target "$target" &
done
wait

failed=0
for target in "${targets[@]}"; do
  cat "$work/$target/summary"
  grep -q "crashes 0$" "$work/$target/summary" || failed=1
done
exit "$failed"
