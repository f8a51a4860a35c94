#!/usr/bin/env bash
# Fails when a Catch2 test name holds a ';'. CTest's list syntax splits such a name into two
# entries, each of which matches no test: the test then never runs, yet counts as passed.
# usage: test_names_run.sh SOURCE_DIR
set -euo pipefail
cd "$1"
found=$(grep -rnE --include='*_test.cc' 'TEST_CASE\("[^"]*;' . | grep -v '^\./build' || true)
if [ -n "$found" ]; then
  echo "a test name with ';' never runs under CTest; use ',' instead:"
  echo "$found"
  exit 1
fi
echo "every test name runs under CTest"
