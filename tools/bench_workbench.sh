#!/usr/bin/env bash
# The researcher's tools on big result sets (issue 25): a search with its timeline, with facets
# (the count the timeline rides on), and the first 1000 results exported as CSV, RIS and BibTeX,
# on an index of baomoi + viwiki, for queries of the commonest words (each matching most of the
# index: the goal is p99 ≤ 30 ms for the timeline at 40,000 matches). Prints p50/p99 and the
# median number of matches of each; a first round warms the page cache.
# usage: tools/bench_workbench.sh [BUILD_DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
build=${1:-build}
rounds=${2:-20}
index_all baomoi-viwiki "$(baomoi_viwiki)" "$build"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for round in $(seq "$rounds"); do
  for word in của và là các có được "phát triển" "người dân"; do printf '%s\t%s\n' "$round" "$word"; done
done >"$work/queries.tsv"
bench() { "$build/tools/bench_search" "$cache/baomoi-viwiki-vankien" "$work/queries.tsv" "$@"; }
bench >/dev/null  # warms the page cache
echo "baomoi + viwiki, $(wc -l <"$work/queries.tsv") searches of common words:"
printf '  %-22s %s\n' "top 10" "$(bench)"
printf '  %-22s %s\n' "top 10 + facets" "$(bench --facets)"
printf '  %-22s %s\n' "top 10 + timeline" "$(bench --timeline)"
for format in csv ris bibtex; do
  printf '  %-22s %s\n' "1000 as $format" "$(bench --export "$format")"
done
