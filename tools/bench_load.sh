#!/usr/bin/env bash
# Load on vankien-serve (issues 7, 19): wrk on loopback against an index of baomoi + viwiki, for
# DURATION seconds at CONNECTIONS connections, with a mix of every kind of request it serves —
# known-item searches with and without diacritics, faceted, filtered and date-sorted searches
# with ranges and the timeline, document-number lookups, /api/cite, /api/doc with and without
# highlighting, related documents, feeds, exports, graphs, NEAR and oldest-first searches, and
# the page's own requests. Reports requests/s, latency p50/p99 and errors. (wrk is closed-loop: it
# under-reports the tail when the server stalls; see ../shared/NOTES.md.)
# VANKIEN_LOAD_DB=DB serves DB instead (such as the stub tools/shards.sh start prints), which
# must hold baomoi's articles under baomoi/ as the index of baomoi + viwiki does.
# usage: tools/bench_load.sh [BUILD_DIR] [DURATION] [CONNECTIONS] [VANKIEN_SERVE_OPTION...]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
build=${1:-build}
duration=${2:-30}
connections=${3:-16}
shift $(($# < 3 ? $# : 3))  # the rest are options for vankien-serve
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
db=${VANKIEN_LOAD_DB:-$cache/baomoi-viwiki-vankien}
[ -n "${VANKIEN_LOAD_DB:-}" ] || index_all baomoi-viwiki "$(baomoi_viwiki)" "$build"
work=$(mktemp -d)
known_item_queries 1000 2 "$work"
python3 - "$work" <<'PY'
import sys, urllib.parse as up
work = sys.argv[1]
def column(name, field):
    return [l.rstrip("\n").split("\t")[field] for l in open(work + "/" + name, encoding="utf-8")]
queries, plain = column("queries.tsv", 1), column("queries-plain.tsv", 1)
# The answer's id: its path below the indexed folder (baomoi_viwiki puts baomoi in baomoi/).
answers = dict(zip(column("qrels.tsv", 0), ("baomoi/" + f for f in column("qrels.tsv", 1))))
ids = [answers.get(q, "") for q in column("queries.tsv", 0)]
# Numbers the corpus cites, and one it does not (a search for it finds nothing: still a 200).
numbers = ["05-CT/TW", "39-NQ/TW", "24-KL/TW", "181-QĐ/TW", "67/2014/NĐ-CP", "18-NQ/TW"]
cited = numbers[:5]
page = ["/", "/app.js", "/style.css", "/api/topics", "/api/codes"]
paths = []
# Every kind of request the service answers, in the shares a search page sends them.
for i, (q, p, doc) in enumerate(zip(queries, plain, ids)):
    kind = i % 20
    if kind < 7:
        paths.append("/api/search?q=" + up.quote(q))
    elif kind < 10:
        paths.append("/api/search?q=" + up.quote(p))
    elif kind == 10:
        # As the page asks: with facets and the timeline.
        paths.append("/api/search?facets=1&timeline=1&q=" + up.quote(" ".join(q.split()[:3])))
    elif kind == 11:
        paths.append("/api/search?kind=article&q=" + up.quote(" ".join(p.split()[:3])) + "&to=2017-12-31")
    elif kind == 12:
        paths.append("/api/search?sort=date&from=2017-03-01&to=2017-06-30&q=" + up.quote(" ".join(p.split()[:2])))
    elif kind == 13:
        paths.append("/api/search?q=" + up.quote(numbers[i % len(numbers)]))
    elif kind == 14:
        paths.append("/api/search?facets=1&sort=date&q=" + up.quote(numbers[i % len(numbers)]))
    elif kind == 15:
        paths.append("/api/cite/" + up.quote(cited[i % len(cited)], safe="/"))
    elif kind == 16 and doc:
        paths.append("/api/doc/" + up.quote(doc, safe="") + "?q=" + up.quote(p))
    elif kind == 17 and doc:
        paths.append("/api/doc/" + up.quote(doc, safe=""))
    elif kind == 18 and doc:
        paths.append("/api/doc/" + up.quote(doc, safe="") + "/related")
    elif kind == 19:
        # The researcher's rarer requests, in turn: a feed, an export, a graph, oldest first, NEAR.
        words = up.quote(" ".join(p.split()[:2]))
        paths.append(["/feed?q=" + words, "/api/search.csv?size=100&q=" + words,
                      "/api/graph?q=" + up.quote(cited[i % len(cited)], safe="/"),
                      "/api/search?sort=oldest&q=" + words,
                      "/api/search?q=" + up.quote(" NEAR/5 ".join(p.split()[:2]))][(i // 20) % 5])
    else:
        paths.append(page[i % len(page)])
open(work + "/paths.txt", "w").write("\n".join(paths) + "\n")
PY
"$build/server/vankien-serve" --db "$db" --port 0 "$@" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do address=$(grep -o 'http://[^ ]*' "$work/serve.log" || true); [ -n "$address" ] && break; sleep 0.1; done
address=${address%/}
wrk -t2 -c"$connections" -d5s -s tools/wrk_paths.lua "$address" -- "$work/paths.txt" >/dev/null  # warm up
wrk -t2 -c"$connections" -d"${duration}s" --latency -s tools/wrk_paths.lua "$address" -- "$work/paths.txt" | tee "$work/wrk.txt"
echo
echo "requests/s $(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt"); p50 $(awk '$1 == "50%" {print $2}' "$work/wrk.txt"); p99 $(awk '$1 == "99%" {print $2}' "$work/wrk.txt"); errors: $(grep -E 'Non-2xx|Socket errors' "$work/wrk.txt" || echo none)"
echo "peak memory of vankien-serve: $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' /proc/$server/status)"
