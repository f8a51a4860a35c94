#!/usr/bin/env bash
# Restoring diacritics (issue 25): N titles of vietnews's test set — news the index of baomoi +
# viwiki does not hold — stripped of their marks, searched and restored; word and whole-title
# accuracy beside the baseline of each word's most frequent form in the index.
# usage: tools/eval_restoration.sh [BUILD_DIR] [N]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
build=${1:-build}
n=${2:-1000}
index_all baomoi-viwiki "$(baomoi_viwiki)" "$build"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
restoration_titles "$n" "$work/titles.txt"
"$build/tools/eval_restoration" "$cache/baomoi-viwiki-vankien" "$work/titles.txt" "${@:3}"
