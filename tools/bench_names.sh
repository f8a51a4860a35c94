#!/usr/bin/env bash
# What the names of documents add to analysis and to document building, on the first 6,000
# articles of baomoi (tools/bench_names.cc).
# usage: tools/bench_names.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:-build}
dir=$(unpack_corpus baomoi-2017)
sample=$(mktemp -d)
trap 'rm -rf "$sample"' EXIT
mapfile -t files < <(ls "$dir/data" | sort)
for f in "${files[@]:0:6000}"; do ln -s "$dir/data/$f" "$sample/$f"; done
"$build/tools/bench_names" "$sample" corpus/topics.xml corpus/plenums.xml 5
