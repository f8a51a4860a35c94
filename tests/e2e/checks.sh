# Sourced by the end-to-end tests: the programs under test, a scratch folder, and checks that
# count failures instead of stopping at the first.
#   source checks.sh BUILD_DIR SOURCE_DIR; …checks…; finish "what passed"
set -u
build=$1
source=$2
index_bin=$build/indexer/vankien-index
query_bin=$build/query/vankien-query
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_eq() { [ "$1" == "$2" ] || fail "$3: expected «$2», got «$1»"; }
expect_contains() { grep -qF -- "$2" <<<"$1" || fail "$3: expected to contain «$2», got «$1»"; }
finish() {
  if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
  fi
  echo "$1"
}
