#!/usr/bin/env bash
# Legacy encodings: detection accuracy, false positives and decoding speed on baomoi.
# usage: tools/bench_legacy.sh [BUILD_DIR] [FILES] [SENTENCES]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:-build}
dir=$(unpack_corpus baomoi-2017) || { echo "skipped: ../shared is missing"; exit 0; }
"$build/tools/bench_legacy" "$dir" "${2:-300}" "${3:-400}"
