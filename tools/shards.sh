#!/usr/bin/env bash
# Serves the shards of a sharded index (vankien-index --shards N, docs/shards.md) over Xapian's
# remote protocol, one stock xapian-tcpsrv per shard on 127.0.0.1, and writes the stub file that
# vankien-query and vankien-serve then take as --db.
#   tools/shards.sh start DIR [FIRST_PORT]   shard K on port FIRST_PORT+K (default 33400);
#                                            writes DIR.stub and prints its path; the
#                                            servers' messages go to DIR.log
#   tools/shards.sh stop DIR                 stops the servers start started
# Xapian's remote protocol has no authentication: the servers listen on 127.0.0.1 only. To
# serve shards to other machines, reach them through ssh (a stub line
# "remote :ssh HOST xapian-progsrv SHARD"), never by binding another interface.
set -euo pipefail

usage() { echo "usage: $0 start DIR [FIRST_PORT] | stop DIR" >&2; exit 2; }
[ $# -ge 2 ] || usage
command=$1
dir=$(realpath -- "$2")
pids="$dir.pids"
stub="$dir.stub"

case "$command" in
  start)
    first_port=${3:-33400}
    [[ "$first_port" =~ ^[0-9]+$ ]] || usage
    [ -f "$dir/XAPIANDB" ] || { echo "$0: $dir is not a sharded index (no $dir/XAPIANDB)" >&2; exit 2; }
    [ ! -e "$pids" ] || { echo "$0: $pids exists: the shards are served already ($0 stop $2)" >&2; exit 2; }
    mapfile -t shards < <(awk '$1 == "auto" {print $2}' "$dir/XAPIANDB")
    : >"$pids"
    lines=()
    for k in "${!shards[@]}"; do
      port=$((first_port + k))
      # The idle timeout is Xapian's default (60 s): vankien reopens a connection it closed.
      # Its messages (a client gone, a connection timed out) go to DIR.log; it holds no output of
      # the caller open, so "$(tools/shards.sh start DIR)" returns. In a session of its own: on
      # SIGTERM, xapian-tcpsrv signals its whole process group, which would otherwise be the
      # caller's.
      setsid xapian-tcpsrv --quiet --interface 127.0.0.1 --port "$port" "$dir/${shards[$k]}" </dev/null >>"$dir.log" 2>&1 &
      echo $! >>"$pids"
      lines+=("remote 127.0.0.1:$port")
    done
    # Ready when every port answers, or one of the servers died (a port in use).
    for k in "${!shards[@]}"; do
      port=$((first_port + k))
      for _ in $(seq 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
        if ! kill -0 "$(sed -n "$((k + 1))p" "$pids")" 2>/dev/null; then
          echo "$0: the server of ${shards[$k]} on port $port did not start" >&2
          "$0" stop "$2"
          exit 1
        fi
        sleep 0.1
      done
    done
    printf '%s\n' "# shards of $dir served by tools/shards.sh" "${lines[@]}" >"$stub"
    echo "$stub"
    ;;
  stop)
    [ -f "$pids" ] || { echo "$0: no servers recorded in $pids" >&2; exit 2; }
    # Each server with the processes it forked, one per open connection.
    while read -r pid; do kill -- "-$pid" 2>/dev/null || true; done <"$pids"
    rm -f "$pids" "$stub"
    ;;
  *) usage ;;
esac
