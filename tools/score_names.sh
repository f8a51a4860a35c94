#!/usr/bin/env bash
# Scores the linking of short and plenum names (Chỉ thị 05, Nghị quyết Trung ương 4 khóa XII)
# against the hand labels of tests/data/names.tsv and of the held-out sample
# tests/data/names_heldout.tsv (tests/data/names.md): precision and recall per kind, and every
# error, for each file in turn.
# usage: tools/score_names.sh [BUILD_DIR]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shared=../shared
for needed in "$shared/corpora/baomoi-2017.tar.xz" "$shared/corpora/viwiki-2017.tar.xz"; do
  [ -e "$needed" ] || { echo "missing $needed: this tool needs ../shared" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
labels=(tests/data/names.tsv tests/data/names_heldout.tsv)
# Unpack only the labelled documents.
for corpus in baomoi viwiki; do
  mkdir -p "$work/$corpus"
  awk -F'\t' -v c="$corpus" '$1 == c {print $2}' "${labels[@]}" | sort -u >"$work/$corpus.list"
  tar -xJf "$shared/corpora/$corpus-2017.tar.xz" -C "$work/$corpus" -T "$work/$corpus.list"
done
for gold in "${labels[@]}"; do
  echo "== $gold"
  "$build/tools/name_score" "$gold" corpus/plenums.xml baomoi="$work/baomoi" viwiki="$work/viwiki"
done
