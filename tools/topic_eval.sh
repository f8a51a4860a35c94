#!/usr/bin/env bash
# Topic assignment against the hand labels of tests/data/topic_labels.tsv (issue 6's measure).
# usage: tools/topic_eval.sh [BUILD_DIR] [--tune] [--explain-dev]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:-build}
shift || true
run_topic_tool "$build" topic_eval "$@"
