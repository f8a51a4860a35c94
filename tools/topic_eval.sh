#!/usr/bin/env bash
# Topic assignment against the hand labels of tests/data/topic_labels.tsv (issue 6's measure).
# usage: tools/topic_eval.sh [BUILD_DIR] [--tune]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:-build}
shift || true
"$build/tools/topic_eval" --taxonomy corpus/topics.xml --labels tests/data/topic_labels.tsv \
  corpus=corpus baomoi="$(unpack_corpus baomoi-2017)" vietnews="$(unpack_corpus vietnews-test)" "$@"
