#!/usr/bin/env bash
# Trains the topic model on the development half of tests/data/topic_labels.tsv, measures it on
# the held-out half and (with --out corpus/topic_model.tsv) writes it (issue 24).
# usage: tools/topic_model_train.sh [BUILD_DIR] [options of topic_model_train]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:-build}
shift || true
run_topic_tool "$build" topic_model_train "$@"
