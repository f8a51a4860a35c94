#!/usr/bin/env bash
# Indexing into shards beside one index (issue 23): the first FILES baomoi files (by name)
# indexed into one index and into 2 and 4 shards (vankien-index --shards N), ROUNDS rounds
# alternated; the median wall time and the size of each. A shard of fewer than 1,000 files is
# built by the single writer rather than in parallel (docs/indexing.md), which weighs in the
# time as much as the sharding.
# usage: tools/bench_shards.sh [BUILD_DIR] [FILES] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:-build}
files=${2:-3000}
rounds=${3:-2}
work=$(mktemp -d /tmp/vankien-bench-shards.XXXXXX)
trap 'rm -rf "$work"' EXIT
baomoi=$(unpack_corpus baomoi-2017)
find "$baomoi/" -type f ! -name '.*' | sort >"$work/all"  # not piped into head: pipefail
head -n "$files" "$work/all" >"$work/files"
bytes=$(xargs -d '\n' stat -c %s <"$work/files" | awk '{s += $1} END {printf "%.1f", s / 1e6}')
echo "baomoi: the first $(wc -l <"$work/files") files, $bytes MB; $rounds rounds, alternated; -j2"
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for round in $(seq "$rounds"); do
  for n in 1 2 4; do
    rm -rf "$work/db$n"
    shards=()
    [ "$n" -eq 1 ] || shards=(--shards "$n")
    /usr/bin/time -f "%e" -o "$work/time" "$build/indexer/vankien-index" -q -j2 --db "$work/db$n" "${shards[@]}" \
      --files-from "$work/files" || [ $? -eq 1 ]
    tail -1 "$work/time" >>"$work/seconds$n"
    du -sb "$work/db$n" | cut -f1 >"$work/bytes$n"
  done
done
for n in 1 2 4; do
  label=$([ "$n" -eq 1 ] && echo "one index" || echo "$n shards")
  printf '%-10s %7.1f s  %7.1f MB\n' "$label" "$(median <"$work/seconds$n")" "$(awk '{print $1 / 1e6}' "$work/bytes$n")"
done
