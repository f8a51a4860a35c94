#!/usr/bin/env bash
# Search latency on an index of baomoi + viwiki over the known-item queries, beside the peers
# in the same run (issue 8): top-10 p50 and p99 for vankien, vankien with facets over the
# whole match set, plain Xapian (OR and AND) and SQLite FTS5.
# usage: tools/bench_latency.sh [BUILD_DIR] [N]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
build=${1:-build}
n=${2:-1000}
index_all baomoi-viwiki "$(baomoi_viwiki)" "$build"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
known_item_queries "$n" 1 "$work"
xapian=$(peer_binary "$cache")
timing() { grep -o 'p50_ms [0-9.]* p99_ms [0-9.]*' "$1"; }
for round in 1 2; do  # the first round warms the page cache; the second is reported
  "$build/query/vankien-query" --db "$cache/baomoi-viwiki-vankien" --run-format tsv --timings \
    <"$work/queries.tsv" >/dev/null 2>"$work/vankien"
  "$build/query/vankien-query" --db "$cache/baomoi-viwiki-vankien" --run-format tsv --timings --facets \
    <"$work/queries.tsv" >/dev/null 2>"$work/vankien-facets"
  "$xapian" search "$cache/baomoi-viwiki-xapian" 10 <"$work/queries.tsv" >/dev/null 2>"$work/xapian-or"
  PEER_AND=1 "$xapian" search "$cache/baomoi-viwiki-xapian" 10 <"$work/queries.tsv" >/dev/null 2>"$work/xapian-and"
  python3 "$peers/fts5_baseline.py" search "$cache/baomoi-viwiki-fts5.db" 10 <"$work/queries.tsv" >/dev/null 2>"$work/fts5"
done
echo "baomoi + viwiki, $n known-item queries with diacritics, top 10:"
for system in vankien vankien-facets xapian-or xapian-and fts5; do
  printf '  %-16s %s\n' "$system" "$(timing "$work/$system")"
done
