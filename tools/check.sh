#!/usr/bin/env bash
# The test command: installs what is missing, builds with warnings as errors, runs every test.
# usage: tools/check.sh [BUILD_DIR]        (default: build-check)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-check}

bash tools/install-deps.sh test

# The concurrency tests again under ThreadSanitizer, which reports a data race even when the
# timing spares the process (issue 19: the service crashed under load).
cmake -S . -B "$build-tsan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVANKIEN_SANITIZE=thread -DVANKIEN_WERROR=ON \
      -DVANKIEN_BUILD_TESTS=ON >/dev/null
cmake --build "$build-tsan" -j "$(nproc)" --target concurrency_tests
TSAN_OPTIONS="halt_on_error=1 exitcode=66" "$build-tsan/server/concurrency_tests"

# Every fuzz target for 15 s, built with clang, libFuzzer, ASan and UBSan (tools/fuzz.sh installs
# clang); the crashes once found are replayed by the normal build's CTest as well.
VANKIEN_FUZZ_WORK="$build-fuzz-work" bash tools/fuzz.sh "$build-fuzz" 15

# For /usr, the prefix of the Debian package, so the package:deb test can build and check it.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DVANKIEN_WERROR=ON -DVANKIEN_BUILD_TESTS=ON \
      -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$build" -j "$(nproc)"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
