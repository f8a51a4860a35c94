#!/usr/bin/env bash
# Soak of vankien-serve while its index changes under it (hardening issue): a fixed-rate load
# (tools/fixed_rate_load.cc, open loop: latency counted from each request's due time, so a stall
# is not hidden by coordinated omission as in wrk's closed loop) for MINUTES on an index of a
# copy of 3,000 baomoi articles, while in the background the copy's files change and
# vankien-index updates the index every 30 s, one round is a `--rebuild` (the new index swapped
# in for the old), and one round changes enough files that the index grows by over a quarter,
# which makes vankien-index compact it (docs/indexing.md: there is no separate compaction
# command; an update compacts when the index outgrew its last compaction by 25%). Each round
# says whether the index folder was swapped (its inode changed: a rebuild or a compaction).
# Prints per minute: requests, failures (not 200, or no answer), p50/p99/max latency, the
# server's VmRSS and open descriptors; at the end the totals, RSS growth after warm-up (end of
# minute 1 to the end), and the descriptors before the load and after it (connections closed).
# usage: tools/soak.sh BUILD_DIR [MINUTES] [RATE_PER_SECOND] [VANKIEN_SERVE_OPTION...]
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/corpora.sh
build=${1:?usage: tools/soak.sh BUILD_DIR [MINUTES] [RATE_PER_SECOND]}
minutes=${2:-10}
rate=${3:-150}
shift $(($# < 3 ? $# : 3))  # the rest are options for vankien-serve
for tool in server/vankien-serve indexer/vankien-index tools/fixed_rate_load; do
  [ -x "$build/$tool" ] || { echo "build $build/$tool first" >&2; exit 2; }
done
work=$(mktemp -d /tmp/vankien-soak.XXXXXX)
docs=$work/docs db=$work/index
server='' changer=''
cleanup() {
  [ -n "$changer" ] && kill "$changer" 2>/dev/null && wait "$changer" 2>/dev/null
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# A real copy (not links into the cache): the soak writes to these files.
baomoi=$(unpack_corpus baomoi-2017)/data
mkdir -p "$docs"
find "$baomoi" -name '*.txt' | sort >"$work/all.txt"
head -3000 "$work/all.txt" | xargs cp -t "$docs"
mapfile -t files < <(cd "$docs" && ls | sort)
"$build/indexer/vankien-index" -q --db "$db" "$docs/" || [ $? -eq 1 ]

# The request mix of tools/bench_load.sh, on the first 1,000 files (never changed by the soak,
# so each document asked for exists throughout): title words with and without diacritics,
# faceted, filtered and date-sorted searches, document numbers, /api/cite, /api/doc with and
# without highlighting, and the page's own requests.
printf '%s\n' "${files[@]:0:1000}" >"$work/asked.txt"
python3 - "$docs" "$work/asked.txt" "$work/paths.txt" <<'PY'
import sys, unicodedata, urllib.parse as up
docs, asked, out = sys.argv[1:]
def plain(text):
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")
numbers = ["05-CT/TW", "39-NQ/TW", "24-KL/TW", "181-QĐ/TW", "67/2014/NĐ-CP", "18-NQ/TW"]
page = ["/", "/app.js", "/style.css", "/api/topics", "/api/codes"]
unquoted = str.maketrans("", "", "\"“”„‟«»")
paths = []
for i, name in enumerate(l.strip() for l in open(asked, encoding="utf-8")):
    # Without quotation marks: words cut from a quotation would leave one unclosed (a 400).
    title = open(docs + "/" + name, encoding="utf-8", errors="replace").readline().translate(unquoted).split()
    q = " ".join(title[1:6]) or "nghị quyết"
    kind = i % 20
    if kind < 7: paths.append("/api/search?q=" + up.quote(q))
    elif kind < 10: paths.append("/api/search?q=" + up.quote(plain(q)))
    elif kind == 10: paths.append("/api/search?facets=1&q=" + up.quote(" ".join(title[1:4]) or q))
    elif kind == 11: paths.append("/api/search?kind=article&to=2017-12-31&q=" + up.quote(plain(" ".join(title[1:4]) or q)))
    elif kind == 12: paths.append("/api/search?sort=date&from=2017-03-01&to=2017-06-30&q=" + up.quote(plain(" ".join(title[1:3]) or q)))
    elif kind == 13: paths.append("/api/search?q=" + up.quote(numbers[i % len(numbers)]))
    elif kind == 14: paths.append("/api/search?facets=1&sort=date&q=" + up.quote(numbers[i % len(numbers)]))
    elif kind == 15: paths.append("/api/cite/" + up.quote(numbers[i % 5], safe="/"))
    elif kind == 16: paths.append("/api/doc/" + up.quote(name, safe="") + "?q=" + up.quote(plain(q)))
    elif kind == 17: paths.append("/api/doc/" + up.quote(name, safe=""))
    else: paths.append(page[i % len(page)])
open(out, "w").write("\n".join(paths) + "\n")
PY

"$build/server/vankien-serve" --db "$db" --port 0 "$@" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do address=$(grep -o 'http://[^ ]*' "$work/serve.log" || true); [ -n "$address" ] && break; sleep 0.1; done
port=${address##*:}; port=${port%/}
[ -n "$port" ] || { cat "$work/serve.log" >&2; exit 2; }
fds_before=$(ls /proc/$server/fd | wc -l)

# The changes, one round every 30 s: 20 of the files 2,000–2,999 get a sentence more, a new file
# appears and the previous round's goes, and the index is updated. Round 4 changes 400 files
# (the index outgrows its last compaction: vankien-index compacts it); round 10 is a --rebuild.
change_rounds() {
  local start=$SECONDS round=0 inode took status what
  while [ $((SECONDS - start + 30)) -lt $((minutes * 60)) ]; do
    sleep 30
    round=$((round + 1))
    local count=$([ $round -eq 4 ] && echo 400 || echo 20)
    for ((i = 0; i < count; i++)); do
      echo "Bản tin mẫu (soak) vòng $round: Tỉnh ủy Lam Giang họp phiên thứ $i." >>"$docs/${files[2000 + (round * 20 + i) % 1000]}"
    done
    rm -f "$docs/soak-$((round - 1)).txt"
    { echo "Văn bản mẫu (soak) số $round-CT/TU của Tỉnh ủy Lam Giang"; cat "$docs/${files[round]}"; } >"$docs/soak-$round.txt"
    inode=$(stat -c %i "$db")
    what=update
    [ $round -eq 10 ] && what=rebuild
    took=$SECONDS
    status=0
    "$build/indexer/vankien-index" -q --db "$db" $([ $what = rebuild ] && echo --rebuild) "$docs/" \
      >>"$work/index.log" 2>&1 || status=$?
    printf 'change round %2d at %4ds: %s (%3d files changed), %2ds, exit %d, index %s\n' "$round" $((took - start)) \
      "$what" "$count" $((SECONDS - took)) $status "$([ "$(stat -c %i "$db")" != "$inode" ] && echo swapped || echo "in place")"
  done
}
change_rounds >"$work/changes.log" 2>&1 &
changer=$!

echo "vankien-serve on $address (pid $server), $rate requests/s for $minutes min, index of ${#files[@]} files"
status=0
"$build/tools/fixed_rate_load" --port "$port" --paths "$work/paths.txt" --rate "$rate" \
  --seconds $((minutes * 60)) --interval 60 --pid "$server" || status=$?
wait "$changer" || true
changer=''
sleep 3  # the keep-alive connections of the load close (keep-alive timeout 2 s)
echo "server descriptors: $fds_before before the load, $(ls /proc/$server/fd | wc -l) after it"
cat "$work/changes.log"
grep -v '^$' "$work/index.log" | sort | uniq -c | head -20 || true
exit $status
