#!/usr/bin/env bash
# A bag-of-words logistic regression for topics, scored like the classifier on the held-out
# half of tests/data/topic_labels.tsv (a baseline for issue 6's measure).
# usage: tools/topic_bow_baseline.sh [BUILD_DIR] [OPTIONS of topic_bow_baseline]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:-build}
shift || true
run_topic_tool "$build" topic_bow_baseline "$@"
