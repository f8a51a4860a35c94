#!/usr/bin/env bash
# Kills real indexer runs with SIGKILL at several points and checks that the index then opens,
# is consistent (vankien-index --check), holds whole batches only, and that the next run
# completes the work to the same result as an uninterrupted run. Covers both the incremental
# writer (an existing index gaining files) and the parallel first build (resumed from shards),
# and the incremental writer of a sharded index (vankien-index --shards).
# usage: crash_test.sh BUILD_DIR SOURCE_DIR
source "$(dirname "$0")/checks.sh" "$@"

# A collection of 1,500 articles made from the bundled corpus's own text; 1,000 in a sanitizer
# build (VANKIEN_TEST_SLOWDOWN set, the only build that runs this test in CI), which reads them
# several times slower: every kill below still falls within a run, and a first build of so many
# files is still the parallel one (indexer/parallel_build.h), in two thirds of the time.
body=$(cat "$source"/corpus/articles/bao-ve-nen-tang-tu-tuong-2020.txt \
           "$source"/corpus/articles/kiem-tra-ky-luat-lam-giang-2021.txt)
articles=1500
[ "${VANKIEN_TEST_SLOWDOWN:-1}" -gt 1 ] && articles=1000
code=$((articles - 100))  # the number of an article of the second half, searched for below
mkdir -p "$work/docs/a" "$work/docs/b"
for i in $(seq 1 "$articles"); do
  half=a; [ "$i" -gt $((articles / 2)) ] && half=b
  printf 'Bài viết mẫu số %d về công tác xây dựng Đảng\n09:35, ngày 08-02-2020\n\nMã bài %d.\n%s\n' \
    "$i" "$i" "$body" >"$work/docs/$half/bai-$i.txt"
done

documents() { "$index_bin" --db "$1" --check 2>/dev/null | awk '{print $1}'; }
check() {  # check DB LABEL: opens and is consistent
  local out
  if ! out=$("$index_bin" --db "$1" --check 2>&1); then fail "$2: index not consistent: $out"; fi
}

# The reference: one uninterrupted run.
"$index_bin" -q --db "$work/reference" "$work/docs" || fail "reference run"
reference=$(documents "$work/reference")
[ "$reference" = "$articles" ] || fail "reference holds $reference documents, not $articles"

# Incremental writer: an index of half the files gains the other half; killed part-way.
batch=50
for delay in 0.5 1.2 1.8; do
  db="$work/incremental-$delay"
  "$index_bin" -q --jobs 1 --db "$db" "$work/docs/a" || fail "first half"
  (timeout --foreground -s KILL "$delay" "$index_bin" -q --batch "$batch" --db "$db" "$work/docs" >/dev/null 2>&1) 2>/dev/null
  check "$db" "killed after ${delay}s"
  held=$(documents "$db")
  if [ $(((held - articles / 2) % batch)) -ne 0 ]; then
    fail "killed after ${delay}s: $held documents is not the first half plus whole batches of $batch"
  fi
  "$index_bin" -q --db "$db" "$work/docs" || fail "run after the kill at ${delay}s"
  check "$db" "completed after the kill at ${delay}s"
  [ "$(documents "$db")" = "$reference" ] || fail "completed after ${delay}s: $(documents "$db") documents, not $reference"
  echo "incremental, killed after ${delay}s: held $held documents; completed to $reference"
done

# The single writer's first build (one job): killed after its first batches, the index opens
# with them, and the next run reads every file again to the same result.
db="$work/single-first"
(timeout --foreground -s KILL 1.2 "$index_bin" -q --jobs 1 --batch "$batch" --db "$db" "$work/docs" >/dev/null 2>&1) 2>/dev/null
check "$db" "single writer's first build killed after 1.2s"
held=$(documents "$db")
out=$("$index_bin" -q --jobs 1 --db "$db" "$work/docs" 2>&1) || fail "run after the single writer's first build was killed: $out"
check "$db" "single writer's first build completed after the kill"
[ "$(documents "$db")" = "$reference" ] || fail "single writer's first build after the kill: $(documents "$db") documents, not $reference"
echo "single writer's first build, killed after 1.2s: held $held documents; completed to $reference"

# Parallel first build: killed part-way, the index opens (empty); the next run resumes.
for delay in 0.6 1.5; do
  db="$work/parallel-$delay"
  (timeout --foreground -s KILL "$delay" "$index_bin" -q --jobs 2 --batch "$batch" --db "$db" "$work/docs" >/dev/null 2>&1) 2>/dev/null
  if [ -d "$db" ]; then
    check "$db" "first build killed after ${delay}s"
    held=$(documents "$db")
  else
    held=none
  fi
  out=$("$index_bin" --jobs 2 --db "$db" "$work/docs" 2>&1) || fail "run after the first-build kill at ${delay}s: $out"
  check "$db" "first build completed after the kill at ${delay}s"
  [ "$(documents "$db")" = "$reference" ] || fail "first build after ${delay}s: $(documents "$db") documents, not $reference"
  [ ! -d "$db.build" ] || fail "first build after ${delay}s: the shard folder was left behind"
  resumed=no; grep -q "resuming an interrupted build" <<<"$out" && resumed=yes
  echo "first build, killed after ${delay}s: index held $held documents; resumed from shards: $resumed; completed to $reference"
done

# A file changed between the kill and the next run: whichever shard holds its old version is
# dropped (a shard keeps no termlist to take it out of) and its files read again.
db="$work/parallel-changed"
(timeout --foreground -s KILL 0.6 "$index_bin" -q --jobs 2 --batch "$batch" --db "$db" "$work/docs" >/dev/null 2>&1) 2>/dev/null
printf 'Đoạn sửa đổi riêng.\n' >>"$work/docs/a/bai-1.txt"
out=$("$index_bin" --jobs 2 --db "$db" "$work/docs" 2>&1) || fail "run after a kill and a changed file: $out"
check "$db" "first build completed after a kill and a changed file"
[ "$(documents "$db")" = "$reference" ] || fail "after a kill and a changed file: $(documents "$db") documents, not $reference"
got=$("$query_bin" --db "$db" --run-format trec --limit 5 <<<$'q1\t"đoạn sửa đổi riêng"' | awk '{print $3}')
[ "$got" = "a/bai-1.txt" ] || fail "after a kill and a changed file, «đoạn sửa đổi riêng» finds «$got»"
resumed=no; grep -q "resuming an interrupted build" <<<"$out" && resumed=yes
echo "first build killed after 0.6s, a file changed: resumed from shards: $resumed; completed to $reference; the change is found"

# A sharded index (docs/shards.md): each shard is updated by the incremental writer in turn, so a
# kill leaves every shard consistent and holding whole batches of its files, but for the last
# batch of a shard whose files were all written; the next run completes each.
shard_documents() { xapian-delve "$1" | awk '/number of documents/ {print $NF}'; }
"$index_bin" -q --db "$work/sharded-reference" --shards 3 "$work/docs" || fail "sharded reference run"
# One kill, part-way (the writer per shard is the incremental one, killed at two points above).
for delay in 1.2; do
  db="$work/sharded-$delay"
  "$index_bin" -q --jobs 1 --db "$db" --shards 3 "$work/docs/a" || fail "sharded, first half"
  declare -A half=()
  for k in 0 1 2; do half[$k]=$(shard_documents "$db/shard-$k"); done
  (timeout --foreground -s KILL "$delay" "$index_bin" -q --batch "$batch" --db "$db" --shards 3 "$work/docs" >/dev/null 2>&1) 2>/dev/null
  check "$db" "sharded, killed after ${delay}s"
  held=""
  for k in 0 1 2; do
    now=$(shard_documents "$db/shard-$k")
    complete=$(shard_documents "$work/sharded-reference/shard-$k")
    held+="$now "
    if [ "$now" != "$complete" ] && [ $(((now - half[$k]) % batch)) -ne 0 ]; then
      fail "sharded, killed after ${delay}s: shard $k holds $now documents: not its first half (${half[$k]}) plus whole batches of $batch, nor all $complete"
    fi
  done
  "$index_bin" -q --db "$db" --shards 3 "$work/docs" || fail "sharded, run after the kill at ${delay}s"
  check "$db" "sharded, completed after the kill at ${delay}s"
  [ "$(documents "$db")" = "$reference" ] || fail "sharded, completed after ${delay}s: $(documents "$db") documents, not $reference"
  got=$("$query_bin" --db "$db" --run-format trec --limit 1 <<<"q1	Mã bài $code" | awk '{print $3}')
  [ "$got" = "b/bai-$code.txt" ] || fail "sharded after ${delay}s: the first result for «Mã bài $code» is «$got»"
  echo "3 shards, incremental, killed after ${delay}s: shards held ${held% }; completed to $reference"
done

# Every completed index finds the one article of the second half so numbered first.
for db in "$work/reference" "$work"/incremental-* "$work"/parallel-*; do
  got=$("$query_bin" --db "$db" --run-format trec --limit 1 <<<"q1	Mã bài $code" | awk '{print $3}')
  [ "$got" = "b/bai-$code.txt" ] || fail "$db: the first result for «Mã bài $code» is «$got»"
done

finish "all crash checks passed"
