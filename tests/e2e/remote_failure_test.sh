#!/usr/bin/env bash
# vankien-serve over remote shards that fail (docs/shards.md, "Failures"): two shards served by
# the stock xapian-tcpsrv on 127.0.0.1, one of them killed, restarted, stopped (SIGSTOP) and
# resumed, and one whose server closes idle connections. Every request must be answered within
# its bound — 503 naming the shard while it is away — and the full answer must come back by
# itself within 2 s of the shard's return, with no restart of vankien-serve.
# usage: remote_failure_test.sh BUILD_DIR SOURCE_DIR
source "$(dirname "$0")/checks.sh" "$@"
serve_bin=$build/server/vankien-serve
# The bounds below, scaled by VANKIEN_TEST_SLOWDOWN under the sanitizers (tools/check.sh).
slowdown=${VANKIEN_TEST_SLOWDOWN:-1}
# kill_server SIGNAL PID: signals the xapian-tcpsrv PID, which leads a session of its own (setsid),
# and the processes it forked, one per connection, as when the shard's machine fails.
kill_server() { kill "$1" -- "-$2" 2>/dev/null; }

trap 'kill "${serve_pid:-}" "${serve2_pid:-}" 2>/dev/null; [ -n "${restarted_pid:-}" ] && kill_server -TERM "$restarted_pid"
      [ -n "${stopped_pid:-}" ] && kill_server -CONT "$stopped_pid"; stop_shards "$work/shards"; rm -rf "$work"' EXIT

cp -r "$source/corpus" "$work/corpus"
"$index_bin" -q --db "$work/shards" --shards 2 "$work/corpus" || fail "indexing 2 shards"
stub=$(serve_shards "$work/shards") || { fail "serving 2 shards with xapian-tcpsrv"; finish ""; }
mapfile -t pids <"$work/shards.pids"
mapfile -t ports < <(awk '$1 == "remote" {sub(/.*:/, "", $2); print $2}' "$stub")

# start_serve NAME: starts vankien-serve on the stub, its output in $work/NAME.*, its pid in
# $work/NAME.pid; prints its URL, or nothing when it did not start. A call a shard does not
# answer within 800 ms is a 503.
start_serve() {
  "$serve_bin" --db "$stub" --port 0 --shard-timeout 800 --no-access-log >"$work/$1.out" 2>"$work/$1.err" &
  echo $! >"$work/$1.pid"
  local _ started
  for _ in $(seq 100); do
    started=$(sed -n 's|^vankien-serve: \(http://[^ /]*\).*|\1|p' "$work/$1.out")
    [ -n "$started" ] && { echo "$started"; return; }
    sleep 0.1
  done
}
url=$(start_serve serve)
serve_pid=$(cat "$work/serve.pid")
[ -n "$url" ] || { fail "vankien-serve did not start: $(cat "$work/serve.err")"; finish ""; }

# ask [URL]: one search of the service at URL (default: the first); prints "STATUS SECONDS", the
# body in $work/body.
ask() {
  curl -s -o "$work/body" -w '%{http_code} %{time_total}' --max-time 20 "${1:-$url}/api/search?q=chi%20b%E1%BB%99&facets=1"
}
total() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("total", {}).get("estimated", "none"))' "$work/body"; }
# within SECONDS LIMIT: whether SECONDS <= LIMIT.
within() { python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) <= float(sys.argv[2]) else 1)' "$1" "$2"; }
# back_within LIMIT WHAT: asks until a 200, for at most LIMIT seconds; fails unless it comes with
# the full answer.
back_within() {
  local start=$SECONDS answer
  while :; do
    answer=$(ask)
    [ "${answer%% *}" == 200 ] && break
    if [ $((SECONDS - start)) -gt "$1" ]; then
      fail "$2: no answer $1 s after the shard's return (last: $answer)"
      return
    fi
    sleep 0.2
  done
  expect_eq "$(total)" "$expected" "$2: the full answer"
}

answer=$(ask)
expect_eq "${answer%% *}" 200 "both shards up: answered"
expected=$(total)
[ "$expected" -gt 0 ] 2>/dev/null || fail "both shards up: something found (total $expected)"

# Killed: 503 naming the shard, at once (nothing listens on its port), request after request.
kill_server -KILL "${pids[1]}"
for attempt in 1 2 3; do
  answer=$(ask)
  expect_eq "${answer%% *}" 503 "shard killed, request $attempt: 503"
  within "${answer#* }" $((3 * slowdown)) || fail "shard killed, request $attempt: answered in ${answer#* } s"
  expect_contains "$(head -c 400 "$work/body")" "127.0.0.1:${ports[1]}" "shard killed: the 503 names it"
done
# A service started while the shard is away starts all the same, and answers 503 meanwhile.
url2=$(start_serve serve2)
serve2_pid=$(cat "$work/serve2.pid")
if [ -z "$url2" ]; then
  fail "vankien-serve started with a shard away: $(cat "$work/serve2.err")"
else
  expect_contains "$(cat "$work/serve2.err")" "127.0.0.1:${ports[1]}" "started with a shard away: the shard named"
  answer=$(ask "$url2")
  expect_eq "${answer%% *}" 503 "started with a shard away: 503"
fi
# Back on its port: the services find it by themselves.
setsid xapian-tcpsrv --quiet --interface 127.0.0.1 --port "${ports[1]}" "$work/shards/shard-1" </dev/null >/dev/null 2>&1 &
restarted_pid=$!
back_within $((2 * slowdown)) "shard restarted"
if [ -n "$url2" ]; then
  answer=$(ask "$url2")
  expect_eq "${answer%% *}" 200 "started with a shard away, the shard back: answered"
fi
kill "$serve2_pid"

# Stopped (hung, its connections open): 503 naming it within the time limit, not a hang.
stopped_pid=${pids[0]}
kill_server -STOP "$stopped_pid"
for attempt in 1 2; do
  answer=$(ask)
  expect_eq "${answer%% *}" 503 "shard stopped, request $attempt: 503"
  within "${answer#* }" $((4 * slowdown)) || fail "shard stopped, request $attempt: answered in ${answer#* } s"
  expect_contains "$(head -c 400 "$work/body")" "127.0.0.1:${ports[0]}" "shard stopped: the 503 names it"
done
kill_server -CONT "$stopped_pid"
back_within $((2 * slowdown)) "shard resumed"

# A server that closes idle connections (Xapian's default: after 60 s): the next request opens
# them again, unseen by the client.
kill_server -TERM "$restarted_pid"
wait "$restarted_pid" 2>/dev/null
setsid xapian-tcpsrv --quiet --interface 127.0.0.1 --port "${ports[1]}" --idle-timeout 300 "$work/shards/shard-1" </dev/null >/dev/null 2>&1 &
restarted_pid=$!
back_within $((2 * slowdown)) "shard restarted with a short idle timeout"
sleep 1
answer=$(ask)
expect_eq "${answer%% *}" 200 "after the server closed an idle connection: answered ($(head -c 300 "$work/body"))"
expect_eq "$(total)" "$expected" "after the server closed an idle connection: the full answer"

kill -0 "$serve_pid" 2>/dev/null || fail "vankien-serve is still running"

# Re-indexed under the running servers and service: a new document is found within 2 s; then
# rebuilt, every shard's folder replaced by a new one, and still found.
cat >"$work/corpus/articles/remote-shard-sample.txt" <<'TEXT'
Bài mẫu của dự án vankien về phân đoạn chỉ mục
Một bài viết mẫu có từ lạ zqxjvk để tìm sau khi lập chỉ mục lại.
TEXT
# found_within LIMIT WHAT: the new document is found within LIMIT seconds.
found_within() {
  local start=$SECONDS
  until curl -s --max-time 10 "$url/api/search?q=zqxjvk" | grep -q '"estimated":1'; do
    if [ $((SECONDS - start)) -gt "$1" ]; then fail "$2: the new document not found after $1 s"; return; fi
    sleep 0.2
  done
}
"$index_bin" -q --db "$work/shards" --shards 2 "$work/corpus" || fail "re-indexing 2 shards"
found_within $((2 * slowdown)) "re-indexed under the servers"
"$index_bin" -q --rebuild --db "$work/shards" --shards 2 "$work/corpus" || fail "rebuilding 2 shards"
found_within $((2 * slowdown)) "rebuilt under the servers"
answer=$(ask)
expect_eq "${answer%% *}" 200 "after the rebuild: answered"

# A plain index served in a shard's place: refused at once, saying why, rather than failing on
# the first document shown (the remote server cannot send documents of an index without a
# termlist).
kill_server -TERM "$restarted_pid"
wait "$restarted_pid" 2>/dev/null
"$index_bin" -q --db "$work/plain" "$work/corpus" || fail "indexing a plain index"
setsid xapian-tcpsrv --quiet --interface 127.0.0.1 --port "${ports[1]}" "$work/plain" </dev/null >/dev/null 2>&1 &
restarted_pid=$!
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/${ports[1]}") 2>/dev/null && break; sleep 0.1; done
err=$("$query_bin" --db "$stub" "chi bộ" 2>&1 >/dev/null); status=$?
expect_eq "$status" 2 "a plain index as a remote shard: exit 2"
expect_contains "$err" "127.0.0.1:${ports[1]} is an index without a termlist" "a plain index as a remote shard: named and why"
finish "remote shards: failures answered 503 within their bound, and the service back by itself"
