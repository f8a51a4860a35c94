#!/usr/bin/env bash
# Remote shards against one index of the same files (issue 23): baomoi + viwiki + vietnews as one
# index and as 3 shards, the shards served by the stock xapian-tcpsrv on 127.0.0.1
# (tools/remote_common.sh). First equality — QUERIES known-item queries with and without
# diacritics (top 10 with scores), 200 drawn searches with filters, facets, the timeline, date
# orders, document numbers and deep pages (JSON: totals, facet counts, hits), --cite and --show,
# each judged by tests/e2e/same_answers.py — then latency: p50 and p99 of a plain search, a
# faceted one (--facets --timeline) and a deep page (--offset 900) on both, rounds alternated,
# the median of 3 rounds.
# usage: tools/bench_remote.sh [BUILD_DIR] [QUERIES]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
source tools/remote_common.sh
build=${1:-build}
n=${2:-1000}
query_bin=$build/query/vankien-query
remote_indexes "$build"
work=$(mktemp -d)
trap 'stop_remote; rm -rf "$work"' EXIT
serve_remote
known_item_queries "$n" 3 "$work"
python3 tools/remote_equality.py "$query_bin" "$remote_one" "$remote_stub" "$work" "$(remote_docs)" 3 ||
  echo "(answers differ: see above)"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
kinds=("plain" "facets" "deep")
# options KIND: the vankien-query options of a kind of request.
options() {
  case "$1" in
    plain) ;;
    facets) echo "--facets --timeline" ;;
    deep) echo "--offset 900" ;;
  esac
}
for _ in 1 2 3; do
  for kind in "${kinds[@]}"; do
    for layout in one stub; do
      db=$([ "$layout" == one ] && echo "$remote_one" || echo "$remote_stub")
      # shellcheck disable=SC2046 # the options are words
      # Exit status 1: nothing matched any query (a page beyond every match set).
      "$query_bin" --db "$db" --run-format tsv --timings $(options "$kind") <"$work/queries.tsv" >/dev/null \
        2>"$work/t" || [ $? -eq 1 ]
      read -r p50 p99 < <(sed -n 's/.*p50_ms \([0-9.e-]*\) p99_ms \([0-9.e-]*\).*/\1 \2/p' "$work/t")
      echo "$p50" >>"$work/$kind-$layout-p50"
      echo "$p99" >>"$work/$kind-$layout-p99"
    done
  done
done
echo
echo "latency, $n known-item queries, ms, median of 3 rounds (alternated):"
printf '  %-28s %9s %9s %9s %9s %8s\n' request "one p50" "one p99" "3 rem p50" "3 rem p99" "p99 ×"
for kind in "${kinds[@]}"; do
  label=$(printf '%s %s' "$kind" "$(options "$kind")")
  one50=$(median <"$work/$kind-one-p50"); one99=$(median <"$work/$kind-one-p99")
  stub50=$(median <"$work/$kind-stub-p50"); stub99=$(median <"$work/$kind-stub-p99")
  printf '  %-28s %9.2f %9.2f %9.2f %9.2f %8.2f\n' "$label" "$one50" "$one99" "$stub50" "$stub99" \
    "$(awk -v a="$stub99" -v b="$one99" 'BEGIN {print a / b}')"
done
