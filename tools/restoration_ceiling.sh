#!/usr/bin/env bash
# The most a model of word sequences learnt from the index's own text could restore (issue 25):
# the titles of tools/eval_restoration.sh, restored by counts over every file of baomoi + viwiki
# (the text that index holds), beside which vankien's figure is read. Takes a minute or two.
# usage: tools/restoration_ceiling.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
n=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
restoration_titles "$n" "$work/titles.txt"
python3 tools/restoration_ceiling.py "$work/titles.txt" "$(baomoi_viwiki)"
