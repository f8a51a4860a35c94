#!/usr/bin/env bash
# Load on vankien-serve (issue 7): wrk on loopback against an index of baomoi + viwiki, for
# DURATION seconds at CONNECTIONS connections, with a mix of real queries — known-item
# searches with and without diacritics, filtered and faceted searches, document-number
# lookups. Reports requests/s, latency p50/p99 and errors. (wrk is closed-loop: it
# under-reports the tail when the server stalls; see ../shared/NOTES.md.)
# usage: tools/bench_load.sh [BUILD_DIR] [DURATION] [CONNECTIONS] [VANKIEN_SERVE_OPTION...]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
build=${1:-build}
duration=${2:-30}
connections=${3:-16}
shift $(($# < 3 ? $# : 3))  # the rest are options for vankien-serve
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
index_all baomoi-viwiki "$(baomoi_viwiki)" "$build"
work=$(mktemp -d)
known_item_queries 1000 2 "$work"
python3 - "$work" <<'PY'
import sys, urllib.parse as up
work = sys.argv[1]
queries = [l.rstrip("\n").split("\t", 1)[1] for l in open(work + "/queries.tsv", encoding="utf-8")]
plain = [l.rstrip("\n").split("\t", 1)[1] for l in open(work + "/queries-plain.tsv", encoding="utf-8")]
numbers = ["05-CT/TW", "18-NQ/TW", "35-CT/TW", "30/2020/NĐ-CP", "08-QĐi/TW", "04-NQ/TW"]
paths = []
for i, (q, p) in enumerate(zip(queries, plain)):
    kind = i % 10
    if kind < 5:
        paths.append("/api/search?q=" + up.quote(q))
    elif kind < 7:
        paths.append("/api/search?q=" + up.quote(p))
    elif kind == 7:
        paths.append("/api/search?facets=1&q=" + up.quote(" ".join(q.split()[:3])))
    elif kind == 8:
        paths.append("/api/search?sort=date&from=2017-03-01&to=2017-06-30&q=" + up.quote(" ".join(p.split()[:2])))
    else:
        paths.append("/api/search?q=" + up.quote(numbers[i % len(numbers)]))
open(work + "/paths.txt", "w").write("\n".join(paths) + "\n")
PY
"$build/server/vankien-serve" --db "$cache/baomoi-viwiki-vankien" --port 0 "$@" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do address=$(grep -o 'http://[^ ]*' "$work/serve.log" || true); [ -n "$address" ] && break; sleep 0.1; done
address=${address%/}
wrk -t2 -c"$connections" -d5s -s tools/wrk_paths.lua "$address" -- "$work/paths.txt" >/dev/null  # warm up
wrk -t2 -c"$connections" -d"${duration}s" --latency -s tools/wrk_paths.lua "$address" -- "$work/paths.txt" | tee "$work/wrk.txt"
echo
echo "requests/s $(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt"); p50 $(awk '$1 == "50%" {print $2}' "$work/wrk.txt"); p99 $(awk '$1 == "99%" {print $2}' "$work/wrk.txt"); errors: $(grep -E 'Non-2xx|Socket errors' "$work/wrk.txt" || echo none)"
echo "peak memory of vankien-serve: $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' /proc/$server/status)"
