#!/usr/bin/env bash
# Analysis throughput on baomoi against Xapian's TermGenerator (issue 3's benchmark).
# usage: tools/bench_analysis.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:-build}
dir=$(unpack_corpus baomoi-2017)
"$build/tools/bench_analysis" "$dir" 5
