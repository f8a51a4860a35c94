#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang and runs each for a while, one after another.
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
if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for dir in fuzz/seeds/*/; do targets+=("$(basename "$dir")"); done
fi

cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DVANKIEN_FUZZ=ON -DVANKIEN_BUILD_TESTS=OFF -DVANKIEN_WERROR=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/%/_fuzzer}"

# Third-party leaks (fuzz/lsan.supp) are not the project's to fix; any other leak is a crash.
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0"
failed=0
summary=()
for target in "${targets[@]}"; do
  mkdir -p "$work/$target/corpus" "$work/$target/crashes"
  log="$work/$target/last-run.log"
  start=$(date +%s)
  status=0
  # The first folder receives what the run finds; the seeds and kept regressions are read only.
  "$build/fuzz/${target}_fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
      -print_final_stats=1 -artifact_prefix="$work/$target/crashes/" \
      "$work/$target/corpus" "fuzz/seeds/$target" \
      $([ -d "fuzz/regressions/$target" ] && echo "fuzz/regressions/$target") \
      >"$log" 2>&1 || status=$?
  elapsed=$(( $(date +%s) - start ))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  crashes=0
  if [ "$status" -ne 0 ]; then
    crashes=1
    failed=1
    echo "--- $target crashed; input and log: $work/$target/crashes/, $log" >&2
    grep -m3 -E "ERROR|SUMMARY|fuzz check failed|terminate called" "$log" >&2 || true
  fi
  summary+=("$(printf '%-16s runs %10s  seconds %5s  crashes %s' "$target" "${runs:-?}" "$elapsed" "$crashes")")
done
printf '%s\n' "${summary[@]}"
exit "$failed"
