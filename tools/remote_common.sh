# shellcheck shell=bash disable=SC2034 # sets variables for the scripts that source it
# Sourced by the remote-shard benchmarks (bench_remote.sh, bench_round_trips.sh,
# bench_shard_failures.sh; issue 23): one index and a 3-shard index of the same files — baomoi,
# viwiki and vietnews — kept between runs in $VANKIEN_REMOTE_CACHE (default /tmp/vankien-remote),
# and the shards served on 127.0.0.1 by tools/shards.sh.
#   remote_indexes BUILD   builds what is missing or what BUILD's vankien-query refuses (an index
#                          of another schema version); sets remote_one and remote_shards
#   serve_remote           serves remote_shards on free ports; sets remote_stub
#   stop_remote            stops what serve_remote started (safe when nothing was started)
#   start_serve LOG DB …   vankien-serve on DB (below)
source "$(dirname "${BASH_SOURCE[0]}")/corpora.sh"
remote_cache=${VANKIEN_REMOTE_CACHE:-/tmp/vankien-remote}

# remote_docs: prints the folder holding the three corpora (hard links, no copy). The ids are
# paths below it: baomoi/…, viwiki/…, vietnews/NNNNNN.txt.
remote_docs() {
  local docs=$remote_cache/docs baomoi viwiki vietnews
  baomoi=$(unpack_corpus baomoi-2017)
  viwiki=$(unpack_corpus viwiki-2017)
  vietnews=$(unpack_corpus vietnews-test)
  if [ ! -d "$docs" ]; then
    mkdir -p "$docs.tmp"
    cp -al "$baomoi/data" "$docs.tmp/baomoi"
    cp -al "$viwiki/viwiki" "$docs.tmp/viwiki"
    # A folder's .seg files would be skipped (an unknown extension): linked as .txt.
    python3 -c 'import os, sys
os.mkdir(sys.argv[2])
for name in os.listdir(sys.argv[1]):
    os.link(os.path.join(sys.argv[1], name), os.path.join(sys.argv[2], name.removesuffix(".seg").replace(".txt", "") + ".txt"))' \
      "$vietnews/test_tokenized" "$docs.tmp/vietnews"
    mv "$docs.tmp" "$docs"
  fi
  echo "$docs"
}

# remote_index BUILD DB [--shards N]: indexes the corpora into DB unless BUILD's vankien-query
# opens it already. Exit status 1 of the indexer (some files could not be read, each reported)
# is not fatal here.
remote_index() {
  local build=$1 db=$2 docs
  shift 2
  docs=$(remote_docs)
  if [ -d "$db" ] && "$build/query/vankien-query" --db "$db" --topics >/dev/null 2>&1; then return 0; fi
  rm -rf "$db" "$db.build"
  echo "indexing $docs into $db $*" >&2
  nice -n 10 "$build/indexer/vankien-index" -q --db "$db" "$@" "$docs/" || [ $? -eq 1 ]
}

remote_indexes() {
  remote_one=$remote_cache/one
  remote_shards=$remote_cache/shards
  remote_index "$1" "$remote_one"
  remote_index "$1" "$remote_shards" --shards 3
}

serve_remote() {
  # Servers a killed run left behind would hold the ports and the pid file.
  stop_remote
  # Ports below Linux's ephemeral range (32768 up), which a load's client connections fill
  # with sockets in TIME_WAIT; ten to each try, for the proxies of bench_round_trips.sh.
  for _ in 1 2 3 4 5; do
    remote_stub=$(bash tools/shards.sh start "$remote_shards" $((21000 + (RANDOM % 1100) * 10)) 2>/dev/null) && return 0
  done
  echo "could not serve $remote_shards with xapian-tcpsrv" >&2
  return 1
}

stop_remote() {
  [ -f "$remote_shards.pids" ] || return 0
  # A server left stopped (bench_shard_failures.sh's SIGSTOP) would not act on SIGTERM.
  while read -r pid; do kill -CONT -- "-$pid" 2>/dev/null || true; done <"$remote_shards.pids"
  bash tools/shards.sh stop "$remote_shards" >/dev/null 2>&1 || true
}

# start_serve LOG DB [OPTION...]: starts vankien-serve (from $build) on a free port in the
# background; sets serve_pid and serve_url (no trailing slash). LOG gets its output.
start_serve() {
  local log=$1 db=$2
  shift 2
  "$build/server/vankien-serve" --db "$db" --port 0 --no-access-log "$@" </dev/null >"$log" 2>&1 &
  serve_pid=$!
  serve_url=
  for _ in $(seq 300); do
    serve_url=$(sed -n 's|^vankien-serve: \(http://[^ /]*\).*|\1|p' "$log")
    [ -n "$serve_url" ] && return 0
    sleep 0.1
  done
  echo "vankien-serve did not start: $(cat "$log")" >&2
  return 1
}
