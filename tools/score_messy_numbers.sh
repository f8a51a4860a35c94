#!/usr/bin/env bash
# Scores identifier extraction on the messily written numbers of tests/data/messy_numbers.tsv
# (see its .md): recall per kind of mess, precision and recall over all the documents' numbers.
# usage: tools/score_messy_numbers.sh [BUILD_DIR]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:-build}
"$build/tools/messy_number_score" tests/data/messy_numbers.tsv \
  baomoi="$(unpack_corpus baomoi-2017)/data" \
  viwiki="$(unpack_corpus viwiki-2017)/viwiki" \
  vietnews="$(unpack_corpus vietnews-test)/test_tokenized"
