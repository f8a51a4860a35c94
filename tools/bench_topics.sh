#!/usr/bin/env bash
# What assigning topics costs at index time (issue 24): vankien-index on the first FILES baomoi
# files (by name) with a taxonomy of the git revision REV (default: the last one before issue 24),
# with today's corpus/topics.xml and with no topics, alternating, ROUNDS times each. Prints the
# median CPU seconds (user + sys: steadier than wall time on a busy machine) of each.
# usage: tools/bench_topics.sh [BUILD_DIR] [ROUNDS] [FILES] [REV]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:-build}
rounds=${2:-3}
files=${3:-4000}
rev=${4:-f8f2557}
work=$(mktemp -d /tmp/vankien-bench-topics.XXXXXX)
trap 'rm -rf "$work"' EXIT

baomoi=$(unpack_corpus baomoi-2017)
mkdir "$work/sample"
find "$baomoi/data" -type f -name '*.txt' | sort | awk -v n="$files" 'NR <= n' | xargs cp -t "$work/sample"
git show "$rev:corpus/topics.xml" >"$work/before.xml"
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "baomoi: the first $files files; $rounds rounds each"
for round in $(seq "$rounds"); do
  for name in before today none; do
    case $name in
      before) topics=(--topics "$work/before.xml") ;;
      today) topics=(--topics corpus/topics.xml) ;;
      none) topics=(--no-topics) ;;
    esac
    rm -rf "$work/db"
    /usr/bin/time -f "%U %S" -o "$work/time" "$build/indexer/vankien-index" -q --db "$work/db" "${topics[@]}" \
      "$work/sample" >/dev/null 2>&1
    awk '{print $1 + $2}' "$work/time" >>"$work/$name.seconds"
  done
done
for name in before today none; do
  printf '%-7s median %.2f CPU s  (%s)\n' "$name" "$(median <"$work/$name.seconds")" "$(tr '\n' ' ' <"$work/$name.seconds")"
done
