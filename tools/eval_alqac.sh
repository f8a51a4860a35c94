#!/usr/bin/env bash
# ALQAC Vietnamese legal retrieval (issue 8): the law articles as documents, the questions as
# queries with and without diacritics; nDCG@10 (and Recall@10, MRR@10) for vankien and the
# peers in the same run.
# usage: tools/eval_alqac.sh [BUILD_DIR] [2022|2023]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
build=${1:-build}
year=${2:-2022}
bench=$shared/bench/alqac
case $year in
  2022) law=$bench/alqac2022_law.json; questions=$bench/alqac2022_question.json ;;
  2023) law=$bench/alqac2023_v1.1_law.json; questions=$bench/main_train.json ;;
  *) echo "year is 2022 or 2023" >&2; exit 2 ;;
esac
[ -f "$law" ] || { echo "missing $law: this tool needs ../shared" >&2; exit 2; }
dir=$cache/alqac$year
if [ ! -f "$dir/qrels.tsv" ]; then python3 "$eval_tools/alqac_build.py" "$law" "$questions" "$dir" >/dev/null; fi
index_all "alqac$year" "$dir/docs" "$build"
python3 "$eval_tools/strip_accents.py" <"$dir/queries.tsv" >"$dir/queries-plain.tsv"
run_all "alqac$year" "$dir/queries.tsv" "$dir/qrels.tsv" "$build" "with diacritics"
run_all "alqac$year" "$dir/queries-plain.tsv" "$dir/qrels.tsv" "$build" "without diacritics"
