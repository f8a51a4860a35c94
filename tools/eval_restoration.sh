#!/usr/bin/env bash
# Restoring diacritics (issue 25): N titles stripped of their marks, searched and restored; word
# and whole-title accuracy beside the baseline of each word's most frequent form in the index of
# baomoi + viwiki. Two sets of titles: vietnews's news, which that index does not hold (the hard
# case: a subject the collection lacks), and baomoi's own documents (a reader looking for what the
# collection holds). With --left-out, a third: the same baomoi titles against an index of
# baomoi + viwiki without their documents (built once into the cache; ten minutes or more), so
# that no title's own article, only the rest of the collection, restores it.
# usage: tools/eval_restoration.sh [BUILD_DIR] [N] [--left-out] [--errors]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
build=${1:-build}
n=${2:-1000}
left_out=0 options=()
for option in "${@:3}"; do
  if [ "$option" = --left-out ]; then left_out=1; else options+=("$option"); fi
done
index_all baomoi-viwiki "$(baomoi_viwiki)" "$build"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
restore() {  # TITLE DB TITLES
  echo "== $1"
  "$build/tools/eval_restoration" "$2" "$3" "${options[@]}"
}
restoration_titles vietnews "$n" "$work/news.txt"
restore "vietnews: news the index does not hold" "$cache/baomoi-viwiki-vankien" "$work/news.txt"
restoration_titles baomoi "$n" "$work/own.txt"
restore "baomoi: documents the index holds" "$cache/baomoi-viwiki-vankien" "$work/own.txt"
[ "$left_out" = 1 ] || exit 0
index_vankien "restoration-left-out-$n" "$(restoration_left_out "$n")" "$build"
restore "baomoi, their own documents left out of the index" "$cache/restoration-left-out-$n-vankien" \
  "$work/own.txt"
