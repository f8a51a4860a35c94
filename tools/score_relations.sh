#!/usr/bin/env bash
# Scores the typed citations (analysis/citation_relation.h) against the hand labels of
# tests/data/relations.tsv: precision and recall per relation, with every disagreement.
# usage: tools/score_relations.sh [BUILD_DIR]     (default: build; needs the relation_score target)
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:-build}
baomoi=$(unpack_corpus baomoi-2017)
vietnews=$(unpack_corpus vietnews-test)
"$build/tools/relation_score" tests/data/relations.tsv baomoi="$baomoi" vietnews="$vietnews"
