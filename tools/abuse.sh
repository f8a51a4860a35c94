#!/usr/bin/env bash
# Abusive clients against vankien-serve (hardening issue) on an index of 500 baomoi articles: a
# normal client sends real searches at a fixed rate (tools/fixed_rate_load, latency from each
# request's due time) for 20 s alone, then for SECONDS while tools/abuse.py holds IDLE silent
# connections, SLOW slow-loris clients (a header byte every 3 s), and sends in turn 100 KB of
# headers, a 10 MB body and pipelined garbage. Prints the normal client's requests, failures and
# p50/p99 per 10 s before and during the abuse, and what the server did to each abuser.
# usage: tools/abuse.sh BUILD_DIR [SECONDS] [IDLE] [SLOW] [VANKIEN_SERVE_OPTION...]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:?usage: tools/abuse.sh BUILD_DIR [SECONDS] [IDLE] [SLOW]}
seconds=${2:-60}
idle=${3:-3000}
slow=${4:-200}
shift $(($# < 4 ? $# : 4))  # the rest are options for vankien-serve
ulimit -n 20000  # the abusers' sockets, and the server's (it is started from here)
work=$(mktemp -d /tmp/vankien-abuse.XXXXXX)
server=''
trap '[ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$work"' EXIT

baomoi=$(unpack_corpus baomoi-2017)/data
mkdir -p "$work/docs"
find "$baomoi" -name '*.txt' | sort >"$work/all.txt"
head -500 "$work/all.txt" | xargs cp -t "$work/docs"
"$build/indexer/vankien-index" -q --db "$work/index" "$work/docs/" || [ $? -eq 1 ]
# Real searches: the first words of each title (without quotation marks, which could be left open).
python3 - "$work/docs" >"$work/paths.txt" <<'PY'
import pathlib, sys, urllib.parse as up
unquoted = str.maketrans("", "", "\"“”„‟«»")
for file in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    title = file.open(encoding="utf-8", errors="replace").readline().translate(unquoted).split()
    print("/api/search?q=" + up.quote(" ".join(title[1:5]) or "tin"))
PY

"$build/server/vankien-serve" --db "$work/index" --port 0 "$@" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do address=$(grep -o 'http://[^ ]*' "$work/serve.log" || true); [ -n "$address" ] && break; sleep 0.1; done
port=${address##*:}; port=${port%/}
[ -n "$port" ] || { cat "$work/serve.log" >&2; exit 2; }
load() {
  "$build/tools/fixed_rate_load" --port "$port" --paths "$work/paths.txt" --rate 20 --seconds "$1" \
    --interval 10 --pid "$server" --connections 8 || true
}
echo "== normal client alone (20 requests/s)"
load 20
echo "== during the abuse: $idle idle connections, $slow slow-loris, oversized and garbage requests"
python3 tools/abuse.py "$port" "$seconds" "$idle" "$slow" >"$work/abuse.txt" 2>&1 &
abuser=$!
sleep 3  # the crowd is connected
load "$seconds"
wait "$abuser" || true
cat "$work/abuse.txt"
echo "== after the abuse"
load 10
echo "server descriptors at the end: $(ls /proc/$server/fd | wc -l)"
