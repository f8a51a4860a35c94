#!/usr/bin/env bash
# Fits corpus/topics.xml's weights to the development half of tests/data/topic_labels.tsv and
# rewrites the file (issue 6); tools/topic_eval.sh then measures it on the held-out half.
# usage: tools/topic_learn.sh [BUILD_DIR] [extra topic_learn options, e.g. --train all]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:-build}
shift || true
run_topic_tool "$build" topic_learn --out corpus/topics.xml "$@"
