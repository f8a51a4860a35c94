#!/usr/bin/env bash
# Known-item search on baomoi (issue 8): 1,000 queries of 5–9 words taken from random articles,
# typed with and without diacritics, on vankien and the peers in the same run. Prints
# Recall@10, MRR@10, nDCG@10 and search-time p50/p99 for each.
# usage: tools/eval_known_item.sh [BUILD_DIR] [N] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
build=${1:-build}
n=${2:-1000}
seed=${3:-1}
baomoi=$(unpack_corpus baomoi-2017)
index_all baomoi "$baomoi" "$build"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
known_item_queries "$n" "$seed" "$work"
run_all baomoi "$work/queries.tsv" "$work/qrels.tsv" "$build" "with diacritics"
run_all baomoi "$work/queries-plain.tsv" "$work/qrels.tsv" "$build" "without diacritics"
