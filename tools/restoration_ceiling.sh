#!/usr/bin/env bash
# The most a model of word sequences learnt from the index's own text could restore (issue 25):
# titles of tools/eval_restoration.sh restored by counts over every file the index holds, beside
# which vankien's figure is read. By default the news titles the index of baomoi + viwiki does not
# hold (vietnews); with --left-out, the baomoi titles against that text less their own documents.
# Takes a few minutes.
# usage: tools/restoration_ceiling.sh [N] [--left-out]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
n=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "${2:-}" = --left-out ]; then
  restoration_titles baomoi "$n" "$work/titles.txt"
  python3 tools/restoration_ceiling.py "$work/titles.txt" "$(restoration_left_out "$n")"
else
  restoration_titles vietnews "$n" "$work/titles.txt"
  python3 tools/restoration_ceiling.py "$work/titles.txt" "$(baomoi_viwiki)"
fi
