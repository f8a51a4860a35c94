#!/usr/bin/env bash
# The test command: installs what is missing, builds with warnings as errors, runs every test.
# usage: tools/check.sh [BUILD_DIR]        (default: build-check)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-check}

bash tools/install-deps.sh test
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DVANKIEN_WERROR=ON -DVANKIEN_BUILD_TESTS=ON
cmake --build "$build" -j "$(nproc)"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
