#!/usr/bin/env bash
# Indexing throughput, index size and peak memory of vankien-index against the peers of
# ../shared/tools/peers (plain Xapian, SQLite FTS5), in the same run on the same files;
# medians of ROUNDS runs each, alternating. Each round also times Xapian's writing of vankien's
# terms alone (tools/bench_write_floor: the floor under vankien-index's time, however fast its
# analysis). Then an incremental re-run, and the three corpora together (baomoi + viwiki +
# vietnews).  (Issue 5's benchmark.)
# usage: tools/bench_index.sh [BUILD_DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:-build}
rounds=${2:-3}
work=$(mktemp -d /tmp/vankien-bench-index.XXXXXX)
trap 'rm -rf "$work"' EXIT

peers=$shared/tools/peers
g++ -O2 -std=c++17 "$peers/xapian_baseline.cc" -lxapian -o "$work/xapian_baseline"
baomoi=$(unpack_corpus baomoi-2017)
mb() { du -sb "$1" | awk '{printf "%.1f", $1 / 1e6}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# run NAME COMMAND...: wall seconds and peak RSS (KB) of one run, appended to $work/NAME.*
run() {
  local name=$1; shift
  # vankien-index exits 1 when some files could not be indexed (viwiki has empty ones).
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/$name.out" 2>&1 || [ $? -eq 1 ]
  read -r seconds peak < <(tail -1 "$work/time")  # after "Command exited with …" on failure
  echo "$seconds" >>"$work/$name.seconds"
  echo "$peak" >>"$work/$name.peak"
}

bytes=$(find "$baomoi/" -type f ! -name '.*' -printf '%s\n' | awk '{s += $1} END {print s}')
files=$(find "$baomoi/" -type f ! -name '.*' | wc -l)
echo "baomoi: $files files, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB; $rounds rounds each"
for round in $(seq "$rounds"); do
  rm -rf "$work/xapian" "$work/fts5.db" "$work/vankien" "$work/vankien.build"
  run xapian "$work/xapian_baseline" index "$work/xapian" "$baomoi"
  run fts5 python3 "$peers/fts5_baseline.py" index "$work/fts5.db" "$baomoi"
  run vankien "$build/indexer/vankien-index" -q --db "$work/vankien" "$baomoi"
  run rerun "$build/indexer/vankien-index" -q --db "$work/vankien" "$baomoi"
  "$build/tools/bench_write_floor" "$baomoi" --topics corpus/topics.xml --rounds 1 >"$work/floor.out"
  sed -n 's/^median.*, all \([0-9.]*\) s .*/\1/p' "$work/floor.out" >>"$work/floor.seconds"
  echo "round $round: plain Xapian $(tail -1 "$work/xapian.seconds") s, FTS5 $(tail -1 "$work/fts5.seconds") s, vankien $(tail -1 "$work/vankien.seconds") s, vankien re-run $(tail -1 "$work/rerun.seconds") s, Xapian's writing alone $(tail -1 "$work/floor.seconds") s"
done
printf '\n%-14s %9s %9s %10s %10s\n' "system" "median s" "MB/s" "index MB" "peak MB"
for name in xapian fts5 vankien; do
  seconds=$(median <"$work/$name.seconds")
  peak=$(median <"$work/$name.peak")
  case $name in xapian) size=$(mb "$work/xapian");; fts5) size=$(mb "$work/fts5.db");; vankien) size=$(mb "$work/vankien");; esac
  printf '%-14s %9.2f %9.2f %10s %10.0f\n' "$name" "$seconds" "$(awk -v b="$bytes" -v s="$seconds" 'BEGIN {print b / 1e6 / s}')" "$size" "$(awk -v p="$peak" 'BEGIN {print p / 1024}')"
done
x=$(median <"$work/xapian.seconds"); f=$(median <"$work/fts5.seconds"); v=$(median <"$work/vankien.seconds")
echo "throughput ratio vankien / plain Xapian: $(awk -v x="$x" -v v="$v" 'BEGIN {printf "%.2f", x / v}'), vankien / FTS5: $(awk -v f="$f" -v v="$v" 'BEGIN {printf "%.2f", f / v}')"
echo "size ratio vankien / FTS5: $(awk -v a="$(mb "$work/vankien")" -v b="$(mb "$work/fts5.db")" 'BEGIN {printf "%.2f", a / b}')"
echo "re-run on the unchanged folder: median $(median <"$work/rerun.seconds") s"
echo "Xapian's writing of vankien's terms alone: median $(median <"$work/floor.seconds") s; twice plain Xapian's throughput needs $(awk -v x="$x" 'BEGIN {printf "%.2f", x / 2}') s in all"

# The three corpora together (one round): how time and size grow.
viwiki=$(unpack_corpus viwiki-2017)
vietnews=$(unpack_corpus vietnews-test)
find "$baomoi/" "$viwiki/" -type f ! -name '.*' >"$work/all.list"
find "$vietnews/" -type f -name '*.seg' >>"$work/all.list"   # word-segmented .seg files, read as text
all_bytes=$(xargs -d '\n' stat -c %s <"$work/all.list" | awk '{s += $1} END {print s}')
rm -rf "$work/vankien"
run all "$build/indexer/vankien-index" -q --db "$work/vankien" --files-from "$work/all.list"
echo
echo "baomoi + viwiki + vietnews: $(wc -l <"$work/all.list") files, $(awk -v b="$all_bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB in $(cat "$work/all.seconds") s ($(awk -v b="$all_bytes" -v s="$(cat "$work/all.seconds")" 'BEGIN {printf "%.2f", b / 1e6 / s}') MB/s), index $(mb "$work/vankien") MB, peak $(awk -v p="$(cat "$work/all.peak")" 'BEGIN {printf "%.0f", p / 1024}') MB"
