#!/usr/bin/env bash
# Failures of remote shards under load (issue 23): vankien-serve --shard-timeout 2000 on the 3
# shards of tools/remote_common.sh, searched by CLIENTS clients at once (each request with a 30 s
# limit of its own) for 35 s. At 5 s one shard's server is killed (kill -9 of its session, its
# connections with it) and started again at 10 s; at 20 s another is stopped (SIGSTOP, its
# connections hung) and resumed at 25 s. Reports the answers by status, the longest answer time,
# the requests that never got an answer, how long after each shard's return the first 200 came,
# the answers other than 200 while every shard was up, and the 200 answers that differ (total,
# facets, hits) from the answer to the same search before the failures.
# usage: tools/bench_shard_failures.sh [BUILD_DIR] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
source tools/remote_common.sh
build=${1:-build}
clients=${2:-8}
remote_indexes "$build"
work=$(mktemp -d)
trap 'kill "${serve_pid:-}" 2>/dev/null || true; stop_remote; rm -rf "$work"' EXIT
serve_remote
known_item_queries 50 5 "$work"
start_serve "$work/serve.log" "$remote_stub" --shard-timeout 2000
python3 - "$serve_url" "$work/queries.tsv" "$remote_shards" "$remote_stub" "$clients" <<'PY'
import json, os, signal, subprocess, sys, threading, time, urllib.error, urllib.parse as up, urllib.request
url, queries, shards, stub, clients = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
paths = ["/api/search?facets=1&q=" + up.quote(l.rstrip("\n").split("\t", 1)[1]) for l in open(queries, encoding="utf-8")]
pids_file = shards + ".pids"
pids = [int(p) for p in open(pids_file)]
ports = [int(l.split(":")[-1]) for l in open(stub) if l.startswith("remote ")]
LIMIT = 30

def ask(path):
    """(status, body or None, seconds); status 0 when no answer came within LIMIT."""
    start = time.monotonic()
    try:
        with urllib.request.urlopen(url + path, timeout=LIMIT) as answer:
            return answer.status, answer.read(), time.monotonic() - start
    except urllib.error.HTTPError as e:
        return e.code, e.read(), time.monotonic() - start
    except Exception:
        return 0, None, time.monotonic() - start

def essence(body):
    answer = json.loads(body)
    return json.dumps([answer.get("total"), answer.get("facets"), [h["id"] for h in answer.get("hits", [])]])

expected = {}
for path in paths:
    status, body, _ = ask(path)
    if status != 200:
        sys.exit(f"before the failures: {path} answered {status}")
    expected[path] = essence(body)

t0 = time.monotonic()
answers = []  # (path, start, end, status, body)
lock = threading.Lock()
stop = threading.Event()

def client(k):
    i = k
    while not stop.is_set():
        path = paths[i % len(paths)]
        i += clients
        start = time.monotonic() - t0
        status, body, seconds = ask(path)
        with lock:
            answers.append((path, start, start + seconds, status, body))

threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
for t in threads:
    t.start()

def at(second):
    time.sleep(max(0.0, second - (time.monotonic() - t0)))

def restart(k):
    """Starts shard K's server again on its port, in a session of its own, and records its pid
    for tools/shards.sh stop."""
    shard = os.path.join(shards, f"shard-{k}")
    server = subprocess.Popen(["xapian-tcpsrv", "--quiet", "--interface", "127.0.0.1", "--port", str(ports[k]), shard],
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    pids[k] = server.pid
    with open(pids_file, "w") as out:
        out.write("".join(f"{p}\n" for p in pids))

# A failure's time is taken before it, a return's after it: the windows of "every shard up"
# below hold no moment of a failure.
events = {}
at(5); events["kill"] = time.monotonic() - t0; os.killpg(pids[1], signal.SIGKILL)
at(10); restart(1); events["restart"] = time.monotonic() - t0
at(20); events["stop"] = time.monotonic() - t0; os.killpg(pids[2], signal.SIGSTOP)
at(25); os.killpg(pids[2], signal.SIGCONT); events["resume"] = time.monotonic() - t0
at(35); stop.set()
for t in threads:
    t.join()

by_status = {}
for _, _, _, status, _ in answers:
    by_status[status] = by_status.get(status, 0) + 1
wrong = [(p, s) for p, s, _, status, body in answers if status == 200 and essence(body) != expected[p]]
longest = max(end - start for _, start, end, _, _ in answers)

def first_200_after(second):
    ends = [end for _, start, end, status, _ in answers if status == 200 and start >= second]
    return min(ends) - second if ends else float("nan")

def worst(begin, end):
    times = [e - s for _, s, e, _, _ in answers if begin <= s < end]
    return max(times) if times else float("nan")

print(f"vankien-serve --shard-timeout 2000 on 3 remote shards, {clients} clients, 35 s: {len(answers)} requests; "
      f"kill -9 of shard 1 at {events['kill']:.1f} s, back at {events['restart']:.1f} s; "
      f"SIGSTOP of shard 2 at {events['stop']:.1f} s, SIGCONT at {events['resume']:.1f} s")
print("  answers by status: " + ", ".join(f"{'no answer' if s == 0 else s}: {n}" for s, n in sorted(by_status.items())))
print(f"  longest answer {longest:.2f} s; while killed {worst(events['kill'], events['restart']):.2f} s, "
      f"while stopped {worst(events['stop'], events['resume']):.2f} s; no answer within {LIMIT} s: {by_status.get(0, 0)}")
print(f"  first 200 after the return: {first_200_after(events['restart']):.2f} s after the restart, "
      f"{first_200_after(events['resume']):.2f} s after SIGCONT")
up = [(0, events["kill"]), (events["restart"] + 2, events["stop"]), (events["resume"] + 2, 35)]
refused = [(start, end, status, body) for _, start, end, status, body in answers
           if status != 200 and any(b <= start and end < e for b, e in up)]
print(f"  not 200 while every shard was up (asked and answered before the kill, or from 2 s after a return "
      f"until the next failure): {len(refused)}")
for start, end, status, body in sorted(refused)[:5]:
    print(f"    {start:.2f}–{end:.2f} s: {status} {(body or b'').decode('utf-8', 'replace')[:200]}")
print(f"  200 answers that differ from the answer before the failures: {len(wrong)}")
for path, start in wrong[:5]:
    print(f"    at {start:.1f} s: {up.unquote(path)}")
others = by_status.keys() - {200, 503}
sys.exit(1 if wrong or others or refused else 0)
PY
