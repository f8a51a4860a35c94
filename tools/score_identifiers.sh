#!/usr/bin/env bash
# Scores identifier extraction against ../shared/gold/identifiers: precision, recall, F1 over
# (document, canonical number) pairs, date accuracy, and every miss and false hit.
# usage: tools/score_identifiers.sh [BUILD_DIR]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shared=../shared
for needed in "$shared/gold/identifiers/docs.tsv" "$shared/seeds" "$shared/corpora/baomoi-2017.tar.xz"; do
  [ -e "$needed" ] || { echo "missing $needed: this tool needs ../shared" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Unpack only the gold documents of baomoi.
awk -F'\t' '$1 == "baomoi" {print $2}' "$shared/gold/identifiers/docs.tsv" >"$work/list"
tar -xJf "$shared/corpora/baomoi-2017.tar.xz" -C "$work" -T "$work/list"
"$build/tools/identifier_score" "$shared/gold/identifiers" "$shared/seeds" "$work"
