#!/usr/bin/env bash
# Round trips to remote shards per kind of request (issue 23): the 3 shards of
# tools/remote_common.sh reached through tools/shard_proxy.py, which counts the messages of
# Xapian's remote protocol, once without delay and once holding each message DELAY_MS (default
# 0.25, each way: a 0.5 ms LAN). For a search, a faceted search with the timeline, a deep page,
# a query typed without diacritics (restored), a document (/api/doc, --show) and a number
# (/api/cite, --cite): the round trips of one vankien-query process (opening the shards
# included) and of one request to vankien-serve (connections already open), summed over the
# shards and on the busiest shard; the service's median answer time through both proxies.
# usage: tools/bench_round_trips.sh [BUILD_DIR] [DELAY_MS]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
source tools/remote_common.sh
build=${1:-build}
delay=${2:-0.25}
remote_indexes "$build"
work=$(mktemp -d)
proxies=()
cleanup() {
  kill "${serve_pids[@]}" 2>/dev/null || true
  for pid in "${proxies[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
  stop_remote
  rm -rf "$work"
}
serve_pids=()
trap cleanup EXIT
serve_remote
known_item_queries 5 4 "$work"
mapfile -t ports < <(awk '$1 == "remote" {sub(/.*:/, "", $2); print $2}' "$remote_stub")
# Two proxies on the ports after the shards' (serve_remote leaves 10 free from the first): one
# without delay, which counts (on the first port + 9), and one with.
for which in 0 1; do
  pairs=()
  for port in "${ports[@]}"; do pairs+=("$((port + 3 + 3 * which)):$port"); done
  [ "$which" -eq 0 ] && options=(--control "$((ports[0] + 9))") || options=(--delay-ms "$delay")
  setsid python3 tools/shard_proxy.py "${options[@]}" "${pairs[@]}" </dev/null >"$work/proxy$which.log" 2>&1 &
  proxies+=($!)
  for port in "${ports[@]}"; do echo "remote 127.0.0.1:$((port + 3 + 3 * which))"; done >"$work/proxy$which.stub"
done
sleep 1
start_serve "$work/serve0.log" "$work/proxy0.stub"
serve_pids+=("$serve_pid"); url0=$serve_url
start_serve "$work/serve1.log" "$work/proxy1.stub"
serve_pids+=("$serve_pid"); url1=$serve_url

python3 - "$build/query/vankien-query" "$work" "$url0" "$url1" "$((ports[0] + 9))" "$delay" <<'PY'
import json, socket, statistics, subprocess, sys, time, urllib.error, urllib.parse as up, urllib.request
query_bin, work, url0, url1, control, delay = sys.argv[1:7]
column = lambda name, field: [l.rstrip("\n").split("\t")[field] for l in open(f"{work}/{name}", encoding="utf-8")]
queries, plain = column("queries.tsv", 1), column("queries-plain.tsv", 1)
ids = ["baomoi/" + f for f in column("qrels.tsv", 1)]
numbers = ["05-CT/TW", "39-NQ/TW", "24-KL/TW", "18-NQ/TW", "67/2014/NĐ-CP"]
common = ["đảng", "kinh tế", "phát triển", "nhân dân", "Việt Nam"]  # each matches thousands
q = up.quote
kinds = [  # (kind, vankien-query arguments, service path) per sample
    ("search", [([s], "/api/search?q=" + q(s)) for s in queries]),
    ("facets + timeline", [(["--facets", "--timeline", s], "/api/search?facets=1&timeline=1&q=" + q(s)) for s in queries]),
    ("deep page (offset 900)", [(["--offset", "900", s], "/api/search?page=91&q=" + q(s)) for s in common]),
    ("no diacritics (restored)", [([s], "/api/search?q=" + q(s)) for s in plain]),
    ("--show / /api/doc", [(["--show", d], "/api/doc/" + q(d, safe="")) for d in ids]),
    ("--cite / /api/cite", [(["--cite", n], "/api/cite/" + q(n, safe="/")) for n in numbers]),
]

def counts():
    with socket.create_connection(("127.0.0.1", int(control))) as s:
        return json.loads(s.makefile().readline())

request_types = {}  # kind → the client's messages by type, summed over the service's requests

def round_trips(action, kind=None):
    """(sum over the shards, the busiest shard) of the round trips ACTION made; with KIND, adds
    its messages by type to request_types[KIND]."""
    before = counts()
    action()
    after = counts()
    per_shard = [after[p]["round_trips"] - before.get(p, {}).get("round_trips", 0) for p in after]
    for p in after if kind else ():
        for name, n in after[p]["request_types"].items():
            n -= before.get(p, {}).get("request_types", {}).get(name, 0)
            request_types.setdefault(kind, {})[name] = request_types.get(kind, {}).get(name, 0) + n
    return sum(per_shard), max(per_shard)

def get(url):
    start = time.monotonic()
    try:
        urllib.request.urlopen(url, timeout=30).read()
    except urllib.error.HTTPError as e:
        e.read()
    return (time.monotonic() - start) * 1e3

print(f"round trips per request, 3 remote shards through tools/shard_proxy.py; answer times of vankien-serve "
      f"through the proxy without delay and with {delay} ms each way (median of 5 rounds over the samples):")
print(f"  {'request':<26} {'query: sum':>10} {'serve: sum':>10} {'busiest':>8} {'0 ms':>8} {delay + ' ms':>9} "
      f"{'added':>7} {'busiest×' + str(2 * float(delay)):>12}")
for kind, samples in kinds:
    process = [round_trips(lambda a=a: subprocess.run([query_bin, "--db", f"{work}/proxy0.stub"] + a,
                                                    capture_output=True)) for a, _ in samples]
    for _, path in samples:  # warm: the service opens its connections, the pages are cached
        get(url0 + path), get(url1 + path)
    served = [round_trips(lambda p=path: get(url0 + p), kind) for _, path in samples]
    times = {}
    for url in (url0, url1):
        rounds = [statistics.median(get(url + p) for _, p in samples) for _ in range(5)]
        times[url] = statistics.median(rounds)
    mean = lambda values: sum(values) / len(values)
    busiest = mean([b for _, b in served])
    print(f"  {kind:<26} {mean([s for s, _ in process]):10.1f} {mean([s for s, _ in served]):10.1f} {busiest:8.1f} "
          f"{times[url0]:8.2f} {times[url1]:9.2f} {times[url1] - times[url0]:7.2f} {busiest * 2 * float(delay):12.2f}")
print("  the service's messages per request by type (Xapian's names), summed over the shards:")
for kind, samples in kinds:
    by_type = sorted(request_types.get(kind, {}).items(), key=lambda item: -item[1])
    print(f"    {kind:<26} " + ", ".join(f"{name} {n / len(samples):.1f}" for name, n in by_type if n))
PY
