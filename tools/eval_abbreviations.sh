#!/usr/bin/env bash
# Abbreviations as their words (issue 25): on baomoi, for each unambiguous abbreviation of
# corpus/abbreviations.xml, its abbreviation typed alone ("UBND") and its expansion typed as free
# words ("Ủy ban nhân dân"): how many documents writing only the other form each finds, among all
# its matches and among its first 100, without the table and with it; and the search time p50/p99
# of those queries. With JUDGED (tests/data/abbreviations_judged.tsv), the precision of the
# judged sample of documents found through the other form.
# usage: tools/eval_abbreviations.sh [BUILD_DIR] [--draw N SEED]
#   --draw N SEED: print N (abbreviation, document) pairs drawn at random among the documents found
#   only through the table, with the words around the other form, for judging (not kept).
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
build=${1:-build}
baomoi=$(unpack_corpus baomoi-2017)
index_all baomoi "$baomoi" "$build"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy of the index, whose stored table is switched off and on (the documents stay as they are).
cp -r "$cache/baomoi-vankien" "$work/index"
python3 tools/eval_abbreviations.py "$build" "$work/index" "$baomoi/" corpus/abbreviations.xml \
  tests/data/abbreviations_judged.tsv "${@:2}"
