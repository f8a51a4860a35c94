#!/usr/bin/env bash
# Pair terms against positional proximity (phrase queries, top-100 re-ranking) for rewarding
# query words in order, and the words alone: quality, search time, index size and build time on
# known-item queries over baomoi (issues 8 and 5).
# usage: tools/bench_proximity.sh [BUILD_DIR] [N]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
build=${1:-build}
n=${2:-1000}
work=$(mktemp -d /tmp/vankien-proximity.XXXXXX)
trap 'rm -rf "$work"' EXIT
known_item_queries "$n" 1 "$work"
"$build/tools/bench_proximity" "$(unpack_corpus baomoi-2017)/data" "$work/queries.tsv" "$work/qrels.tsv" "$work"
