#!/usr/bin/env bash
# The test command: installs what is missing, builds with warnings as errors, runs every test.
# usage: tools/check.sh [BUILD_DIR]        (default: build-check)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-check}

# Each stage's time, so the run's 30 minutes can be kept an eye on.
stage_start=$SECONDS
stage_done() { echo "check.sh: $1 took $((SECONDS - stage_start)) s"; stage_start=$SECONDS; }

bash tools/install-deps.sh test
stage_done "installing what is missing"

# The concurrency tests again under ThreadSanitizer, which reports a data race even when the
# timing spares the process (issue 19: the service crashed under load).
# Line tables only (-g1), as tools/fuzz.sh says.
cmake -S . -B "$build-tsan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
      -DVANKIEN_SANITIZE=thread -DVANKIEN_WERROR=ON \
      -DVANKIEN_BUILD_TESTS=ON >/dev/null
cmake --build "$build-tsan" -j "$(nproc)" --target concurrency_tests
TSAN_OPTIONS="halt_on_error=1 exitcode=66" "$build-tsan/server/concurrency_tests"
stage_done "the ThreadSanitizer build and run"

# Every fuzz target for 2 s, built with clang, libFuzzer, ASan and UBSan (tools/fuzz.sh installs
# clang); the crashes once found are replayed by the normal build's CTest as well.
VANKIEN_FUZZ_WORK="$build-fuzz-work" bash tools/fuzz.sh "$build-fuzz" 2
stage_done "the fuzz build and run"

# The unit and e2e tests again under ASan and UBSan, in that same build: its libraries are
# already compiled with both, so only the tests and programs are added. Undefined behaviour stops
# a test (-fno-sanitize-recover), so does a leak (third-party ones: fuzz/lsan.supp); status 66
# tells a sanitizer's report from a program's own exit statuses. Left out here:
# - label no_sanitizer: tests/CMakeLists.txt says why, test by test;
# - the match set test: its reference, Xapian 1.4.22's matcher, reads uninitialised memory
#   (valgrind says so in the normal build too), and under ASan, which fills new memory with
#   0xbe, finds extra documents: the normal build runs it;
# - the reader's memory limit: ASan's shadow takes terabytes of address space, so
#   vankien-extract sets no limit on it here (readers/extract_main.cc);
# - the measuring programs of tools/, which no test runs (the Release build below compiles them).
cmake -S . -B "$build-fuzz" -DVANKIEN_BUILD_TESTS=ON -DVANKIEN_BUILD_TOOLS=OFF >/dev/null
cmake --build "$build-fuzz" -j "$(nproc)"
stage_done "the sanitizer build of the tests"
# VANKIEN_TEST_SLOWDOWN: the e2e tests' time budgets are scaled for the sanitizers' slowdown.
VANKIEN_TEST_SLOWDOWN=2 ASAN_OPTIONS="detect_leaks=1:exitcode=66" UBSAN_OPTIONS="print_stacktrace=1:exitcode=66" \
LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0" \
  ctest --test-dir "$build-fuzz" --output-on-failure -j "$(nproc)" -LE no_sanitizer \
        -E "holds exactly the documents Xapian's matcher finds|keeps to its memory limit"
stage_done "the tests under ASan and UBSan"

# For /usr, the prefix of the Debian package, so the package:deb test can build and check it.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DVANKIEN_WERROR=ON -DVANKIEN_BUILD_TESTS=ON \
      -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$build" -j "$(nproc)"
stage_done "the Release build"
# Every test but those of label sanitized_once, which the sanitizer build ran (tests/CMakeLists.txt).
ctest --test-dir "$build" --output-on-failure -j "$(nproc)" -LE sanitized_once
stage_done "the tests in the Release build"
