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

# serve_shards DIR: serves the shards of the sharded index DIR with xapian-tcpsrv (tools/shards.sh)
# on free ports, trying others when one is taken; prints the stub file's path. The ports are
# below Linux's ephemeral range (from 32768), which a connection could take meanwhile.
serve_shards() {
  local attempt
  for attempt in 1 2 3 4 5; do
    bash "$source/tools/shards.sh" start "$1" $((20000 + (RANDOM % 1200) * 10)) 2>/dev/null && return 0
  done
  return 1
}
# stop_shards DIR: stops what serve_shards DIR started, if anything.
stop_shards() { bash "$source/tools/shards.sh" stop "$1" >/dev/null 2>&1 || true; }
