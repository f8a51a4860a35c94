#!/usr/bin/env bash
# Faults while indexing, nothing lost: a disk that fills during a batch, during the merge of a
# first build and during a rebuild's compaction, and an index on a read-only file system. Each
# must give a clear message and exit status 2, leave an index that opens, holds its last
# committed batch and passes --check, and the next run (with room) must complete.
# The disk is a small tmpfs, so the test needs root (CI runs as root); it is skipped otherwise.
# usage: faults_test.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build=$1
index=$build/indexer/vankien-index
query=$build/query/vankien-query

[ "$(id -u)" -eq 0 ] || { echo "SKIP: mounting a small tmpfs needs root"; exit 77; }
work=$(mktemp -d)
disk=$work/disk
mkdir -p "$disk"
mount -t tmpfs -o size=64m tmpfs "$disk" || { rm -rf "$work"; echo "SKIP: cannot mount a tmpfs here"; exit 77; }
trap 'umount "$disk" 2>/dev/null; rm -rf "$work"' EXIT

failures=0
check() {  # check CONDITION_STATUS MESSAGE
  if [ "$1" -eq 0 ]; then echo "ok: $2"; else echo "FAIL: $2"; failures=$((failures + 1)); fi
}
resize() { mount -o "remount,size=$1" "$disk"; }
documents() { "$index" --db "$1" --check 2>&1 | grep -o '^[0-9]*'; }

# Sample articles written here: words of the bundled corpus in random order (not real text).
python3 - "$2/corpus" "$work/docs" <<'PY'
import glob, os, random, re, sys
random.seed(22)
words = [w for f in glob.glob(sys.argv[1] + "/**/*.*", recursive=True) if f.endswith((".txt", ".xml"))
         for w in re.findall(r"[^\W\d_]{2,}", open(f, encoding="utf-8").read())]
def text(n): return " ".join(random.choice(words) for _ in range(n))
for folder, count in (("first", 300), ("second", 1500)):
    os.makedirs(os.path.join(sys.argv[2], folder))
    for i in range(count):
        body = "\n".join(text(random.randint(30, 60)).capitalize() + "." for _ in range(random.randint(3, 8)))
        open(os.path.join(sys.argv[2], folder, "bai-%05d.txt" % i), "w", encoding="utf-8").write(
            "%s\n09:35, ngày %02d-%02d-20%d\n\n%s\n" % (text(8).capitalize(), 1 + i % 28, 1 + i % 12, 10 + i % 14, body))
PY

# 1. The disk fills during an incremental batch.
db=$disk/db
"$index" -q --db "$db" "$work/docs/first"
before=$(documents "$db")
mkdir -p "$work/docs/first/more" && cp "$work/docs/second"/* "$work/docs/first/more/"
resize "$(( $(du -sk "$disk" | cut -f1) + 1024 ))k"
output=$("$index" -q --db "$db" "$work/docs/first" 2>&1); status=$?
check $(( status != 2 )) "a full disk during a batch: exit status 2 (got $status)"
grep -q "No space left on device" <<<"$output"; check $? "a full disk during a batch is named: $output"
"$index" --db "$db" --check >/dev/null 2>&1; check $? "after a full disk the index passes --check"
held=$(documents "$db")
check $(( held < before )) "after a full disk the index holds its last committed batch ($held of at least $before)"
"$query" --db "$db" -n 1 'year:2012' >/dev/null; check $? "after a full disk the index is searched"
resize 64m
"$index" -q --db "$db" "$work/docs/first"; check $? "with room again the next run completes"
check $(( $(documents "$db") != 1800 )) "with room again the index holds every document"

# 2. The disk fills while a rebuild's new index is written beside the old one.
resize "$(( $(du -sk "$disk" | cut -f1) + 2048 ))k"
output=$("$index" -q --rebuild --db "$db" "$work/docs/first" 2>&1); status=$?
check $(( status != 2 )) "a full disk during a rebuild: exit status 2 (got $status)"
grep -q "No space left on device" <<<"$output"; check $? "a full disk during a rebuild is named: $output"
check $(( $(documents "$db") != 1800 )) "after a failed rebuild the old index is whole and consistent"
resize 64m
"$index" -q --rebuild --db "$db" "$work/docs/first"; check $? "with room again the rebuild completes"
check $(( $(documents "$db") != 1800 )) "the rebuilt index holds every document"

# 3. The disk fills while the shards of a first build are merged.
rm -rf "$db" "$db.build"
"$index" -q --db "$work/size-probe" "$work/docs/first"  # the size of the finished index, on disk
final_kb=$(du -sk "$work/size-probe" | cut -f1)
rm -rf "$work/size-probe"
# Room for the shards (about 2.1 times the finished index, measured), not for them and the
# merged index besides (about 3.1 times).
resize "$(( final_kb * 25 / 10 ))k"
output=$("$index" --db "$db" "$work/docs/first" 2>&1); status=$?
check $(( status != 2 )) "a full disk during a first build: exit status 2 (got $status)"
grep -q "No space left on device" <<<"$output"; check $? "a full disk during a first build is named: $output"
grep -q "merging" <<<"$output"; check $? "the disk filled during the merge of the shards"
"$index" --db "$db" --check >/dev/null 2>&1; check $? "after a failed merge the index passes --check"
resize 64m
output=$("$index" --db "$db" "$work/docs/first" 2>&1); check $? "with room again the first build completes"
grep -q "resuming an interrupted build" <<<"$output"; check $? "the next run resumes from the shards"
check $(( $(documents "$db") != 1800 )) "the resumed first build holds every document"

# 4. The index on a read-only file system.
echo "Một dòng mới." >>"$work/docs/first/bai-00001.txt"
mount -o remount,ro "$disk"
output=$("$index" -q --db "$db" "$work/docs/first" 2>&1); status=$?
mount -o remount,rw "$disk"
check $(( status != 2 )) "a read-only index: exit status 2 (got $status)"
grep -q "Read-only file system" <<<"$output"; check $? "a read-only index is named as such: $output"
check $(( $(documents "$db") != 1800 )) "a read-only index is left as it was"
"$index" -q --db "$db" "$work/docs/first"; check $? "writable again, the next run completes"

echo "$failures failures"
[ "$failures" -eq 0 ]
