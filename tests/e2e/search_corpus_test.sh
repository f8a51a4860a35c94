#!/usr/bin/env bash
# End to end over the bundled corpus, through the installed-style programs: index corpus/ into a
# fresh index, check that named queries put named documents first, that a document number
# finds its documents and then the ones citing it, that a re-run changes nothing, and that
# malformed queries and bad files get clear errors.
# usage: search_corpus_test.sh BUILD_DIR SOURCE_DIR
source "$(dirname "$0")/checks.sh" "$@"

# Index the corpus.
out=$("$index_bin" --db "$work/db" "$source/corpus" 2>"$work/err"); status=$?
expect_eq "$status" 0 "indexing the corpus exits 0"
expect_contains "$out" "failed 0" "indexing summary"
expect_contains "$(cat "$work/err")" "" "indexing stderr"

# Known items: the first result of each query.
grep -v '^#' "$source/tests/e2e/known_items.tsv" | awk -F'\t' '{print "q" NR "\t" $1}' >"$work/queries.tsv"
"$query_bin" --db "$work/db" --run-format trec --limit 1 <"$work/queries.tsv" >"$work/run.txt"
n=0
while IFS=$'\t' read -r query expected; do
  [[ "$query" == \#* ]] && continue
  n=$((n + 1))
  got=$(awk -v q="q$n" '$1 == q {print $3}' "$work/run.txt")
  expect_eq "$got" "$expected" "first result for «$query»"
done <"$source/tests/e2e/known_items.tsv"

# A reused number: both documents that carry it come first (newest first), then citations.
ids=$("$query_bin" --db "$work/db" --json -n 4 "03 – NQ/TU" | grep -o '"id": "[^"]*"' | cut -d'"' -f4 | tr '\n' ' ')
expect_eq "$ids" "tu-lg-nq-03-2017 tu-lg-nq-03-2012 tu-lg-kl-58-2020 hu-dl-ctr-07-2018 " "documents numbered 03-NQ/TU, then citing ones"
numbers=$("$query_bin" --db "$work/db" "03 – NQ/TU" | head -1)
expect_eq "$numbers" "Số hiệu văn bản: 03-NQ/TU" "the number recognised in the query, named once"

# The registry: two records for the reused number, each with its citations.
cited=$("$query_bin" --db "$work/db" --cite "số 03-NQ/TU")
expect_contains "$cited" "Bản ghi 2/2" "--cite: two records for a reused number"
expect_contains "$cited" "Ngày ban hành: 14-03-2012" "--cite: the 2012 record"
expect_contains "$cited" "Ngày ban hành: 22-09-2017" "--cite: the 2017 record"
expect_contains "$cited" "hu-dl-kh-15-2012" "--cite: a citing document"
expect_contains "$("$query_bin" --db "$work/db" --cite "12-TB/ĐUK")" "Chưa có văn bản nào trong chỉ mục trích dẫn số hiệu này" "--cite: a number nothing cites says so"

# Topics assigned at index time, against the hand labels of every bundled corpus document
# (tests/data/topic_labels.tsv): the indexed topics must reach micro-F1 0.90. They reach 0.93;
# half of these documents were learnt from, and the held-out half scores 0.92
# (docs/topics-scope.md).
# Documents whose topics differ are listed, to show what changed.
tp=0 fp=0 fn=0
while IFS=$'\t' read -r collection id expected; do
  [ "$collection" == corpus ] || continue
  got=$("$query_bin" --db "$work/db" --show "$id" --json | grep -o '"code": "[^"]*"' | cut -d'"' -f4 | sort)
  want=$(tr ',' '\n' <<<"$expected" | grep -v '^$' | sort)
  both=$(comm -12 <(echo "$got") <(echo "$want") | grep -c .)
  tp=$((tp + both))
  fp=$((fp + $(grep -c . <<<"$got") - both))
  fn=$((fn + $(grep -c . <<<"$want") - both))
  [ "$got" == "$want" ] || echo "topics of $id: labelled «$(echo $want)», indexed «$(echo $got)»"
done <"$source/tests/data/topic_labels.tsv"
expect_eq "$((tp + fn))" 80 "hand-labelled topics of the corpus documents"
f1=$(awk -v tp=$tp -v fp=$fp -v fn=$fn 'BEGIN { printf "%.3f", 2 * tp / (2 * tp + fp + fn) }')
echo "corpus topics: tp $tp fp $fp fn $fn micro-F1 $f1"
expect_eq "$(awk -v f=$f1 'BEGIN { print (f >= 0.90) }')" 1 "micro-F1 of the indexed topics ($f1) reaches 0.90"
topics=$("$query_bin" --db "$work/db" --topics)
expect_contains "$topics" $'chi-bo\t' "--topics lists the taxonomy"
first=$("$query_bin" --db "$work/db" --run-format trec --limit 50 <<<$'t1\tchude:"chi bộ và sinh hoạt chi bộ"')
expect_contains "$first" "tu-lg-ct-08-2014" "a topic filter by name finds its documents"

# Filters.
first=$("$query_bin" --db "$work/db" --run-format trec --limit 1 <<<$'f1\tbody:HU type:CT')
expect_contains "$first" "hu-dl-ct-11-2023" "body:HU type:CT"
none=$("$query_bin" --db "$work/db" "chi bo" date:..2010); status=$?
expect_eq "$status" 1 "nothing before 2010: exit 1"

# Sorting: oldest first, the same documents as newest first.
dates() { "$query_bin" --db "$work/db" --json --limit 1000 --sort "$1" body:TU | grep -o '^      "date": "[^"]*"' | cut -d'"' -f4; }
expect_eq "$(dates oldest)" "$(dates date | sort)" "--sort oldest lists body:TU oldest first"
expect_eq "$(dates date)" "$(dates oldest | sort -r)" "--sort date lists body:TU newest first"
err=$("$query_bin" --db "$work/db" --sort popular chi 2>&1 >/dev/null); status=$?
expect_eq "$status" 2 "--sort popular: exit 2"
expect_contains "$err" "--sort is relevance, date or oldest" "--sort names its orders"
err=$("$query_bin" --db "$work/db" --run-format trec chi bo 2>&1 >/dev/null </dev/null); status=$?
expect_eq "$status" 2 "--run-format with query words: exit 2"
expect_contains "$err" "--run-format reads its queries from standard input" "--run-format says where its queries come from"
err=$("$query_bin" --db "$work/db" --show '' 2>&1 >/dev/null); status=$?
expect_eq "$status" 2 "--show without an id: exit 2"
expect_contains "$err" "--show needs a document id" "--show without an id: says so"
err=$("$query_bin" --db "$work/no-index" chi bo 2>&1 >/dev/null); status=$?
expect_eq "$status" 2 "no index: exit 2"
expect_contains "$err" "no index at $work/no-index (vankien-index --db $work/no-index PATH… builds one)" "no index: says what builds one"
out=$("$query_bin" --db "$work/no-index" --json chi bo 2>/dev/null); status=$?
expect_eq "$status" 2 "no index, --json: exit 2"
expect_contains "$out" '"error": "cannot open the index' "no index, --json: a JSON error on standard output"
err=$("$query_bin" --db "$work/db" "kiểm tra NEAR/x giám sát" 2>&1 >/dev/null); status=$?
expect_eq "$status" 2 "a malformed NEAR: exit 2"
expect_contains "$err" "NEAR/n cần n là số từ 0 đến 100 (như NEAR/5) (ở ký tự thứ 10" "a malformed NEAR: what and where"

# Malformed queries: a message that says what and where, exit 2.
err=$("$query_bin" --db "$work/db" "(chi bo" 2>&1 >/dev/null); status=$?
expect_eq "$status" 2 "unclosed parenthesis: exit 2"
expect_contains "$err" "chưa được đóng (ở ký tự thứ 1" "unclosed parenthesis message"
err=$("$query_bin" --db "$work/db" "coquan:xyz" 2>&1 >/dev/null)
expect_contains "$err" "không có cơ quan ban hành \"xyz\" (xem vankien-query --codes)" "unknown body message, pointing to --codes"
codes=$("$query_bin" --codes --json)
expect_contains "$codes" '"code": "ĐUK"' "--codes --json lists the codes"

# A query starting with '-' is read as an option unless -- comes before it: the error says so,
# also when the word begins like a short option (-nang: -n with "ang"), and -- works.
for query in '-thon' '-nang cao' '-"tham nhũng"'; do
  err=$("$query_bin" --db "$work/db" chi "$query" 2>&1 >/dev/null); status=$?
  expect_eq "$status" 2 "a query $query taken for an option: exit 2"
  expect_contains "$err" "to search for a query starting with '-' ($query), put -- before it" \
    "a query $query taken for an option: what to do"
done
err=$("$query_bin" --db "$work/db" --nosuch chi 2>&1 >/dev/null)
[[ "$err" != *"put -- before it"* ]] || fail "a misspelt long option is not taken for a query: got «$err»"
all=$("$query_bin" --db "$work/db" --json --limit 100 "chi bo" | grep -c '"rank"')
"$query_bin" --db "$work/db" --json --limit 100 -- "chi bo" -thon >"$work/out"; status=$?
expect_eq "$status" 0 "after --, a query starting with '-' is searched"
excluded=$(grep -c '"rank"' "$work/out")
[ "$excluded" -gt 0 ] && [ "$excluded" -lt "$all" ] || fail "-- 'chi bo' -thon: fewer results than «chi bo» ($all), got $excluded"
expect_contains "$("$query_bin" --help)" "[--] QUERY..." "--help names --"

# A batch with a line that is not "id<TAB>query" and a malformed query: the rest run, each
# problem is named, and the exit status says the batch was not complete.
out=$("$query_bin" --db "$work/db" --run-format tsv --limit 1 2>"$work/err" <<<$'b1\tchi bo\nno tab here\nb3\t(chi'); status=$?
expect_eq "$status" 2 "a batch with bad lines: exit 2"
expect_contains "$out" $'b1\ttu-lg-ct-08-2014' "a batch runs its good queries"
expect_contains "$(cat "$work/err")" "line 2: no tab between the query id and the query" "a line without a tab named"
expect_contains "$(cat "$work/err")" "2 of 3 queries could not be run" "a batch counts what could not be run"

# Bad options: what is wrong, exit 2.
err=$("$query_bin" --db "$work/db" --offset -5 chi 2>&1 >/dev/null); status=$?
expect_eq "$status" 2 "a negative offset: exit 2"
expect_contains "$err" "--offset is 0 to" "a negative offset named"
"$query_bin" --db "$work/db" --page 9223372036854775807 --limit 2 chi >/dev/null 2>&1; status=$?
expect_eq "$status" 2 "a page too far to count: exit 2"
err=$("$query_bin" --db "$work/db" --page 2 --offset 5 chi 2>&1 >/dev/null); status=$?
expect_eq "$status" 2 "--page with --offset: exit 2"
expect_contains "$err" "give --page or --offset, not both" "--page with --offset named"
out=$("$query_bin" --db "$work/db" --cite 17-HD/BTCTW --json); status=$?
expect_contains "$out" '"number": "17-HD/BTCTW"' "--cite --json of a number the index does not know gives it canonical"
out=$("$query_bin" --db "$work/db" --page 100 "chi bo"); status=$?
expect_eq "$status" 1 "a page past the end: exit 1"
expect_contains "$out" "Không còn kết quả từ vị trí 991" "a page past the end says so"
err=$("$index_bin" --db "$work/unused" --max-file-size abc "$source/corpus" 2>&1 >/dev/null); status=$?
expect_eq "$status" 2 "a bad --max-file-size: exit 2"
expect_contains "$err" "--max-file-size abc: give a size such as" "a bad --max-file-size named"
err=$("$build/server/vankien-serve" --db "$work/db" --port 99999 2>&1 >/dev/null); status=$?
expect_eq "$status" 2 "a port out of range: exit 2"
expect_contains "$err" "--port 99999: a port is a number from 0 to 65535" "a port out of range named"
err=$("$build/server/vankien-serve" --db "$work/db" --port 0 --threads 0 2>&1 >/dev/null); status=$?
expect_eq "$status" 2 "no request workers: exit 2"
expect_contains "$err" "--threads 0: at least one worker" "no request workers named"
err=$("$build/server/vankien-serve" --db "$work/db" --port 0 --static "$work/no-such-folder" 2>&1 >/dev/null); status=$?
expect_eq "$status" 2 "a web folder without index.html: exit 2"
expect_contains "$err" "no index.html there" "a web folder without index.html named"
# A port another program holds: the message says why.
err=$(python3 - "$build/server/vankien-serve" "$work/db" <<'PY'
import socket, subprocess, sys
held = socket.socket()
held.bind(("127.0.0.1", 0))
held.listen()
run = subprocess.run([sys.argv[1], "--db", sys.argv[2], "--port", str(held.getsockname()[1])],
                     capture_output=True, text=True, timeout=30)
print(run.returncode, run.stderr.strip())
PY
)
expect_eq "${err%% *}" 2 "a port in use: exit 2"
expect_contains "$err" "(Address already in use)" "a port in use: says why"

# Facet counts under headings in Vietnamese that name the filter their values are typed with.
out=$("$query_bin" --db "$work/db" --facets --no-color chi bộ)
expect_contains "$out" $'\nCơ quan (body:): ' "--facets: the body counts under their heading"
expect_contains "$out" $'\nVăn bản hay bài viết (kind:): document (' "--facets: documents and articles counted apart"

# One document, whole; with --json, one that is not there is a JSON error, as the API's.
out=$("$query_bin" --db "$work/db" --json --show nosuch 2>/dev/null); status=$?
expect_eq "$status" 1 "--show of no such document: exit 1"
expect_eq "$out" $'{\n  "error": "không có văn bản mã nosuch"\n}' "--show --json of no such document: a JSON error"
shown=$("$query_bin" --db "$work/db" --show tu-lg-ct-08-2014)
expect_contains "$shown" "Chỉ thị về nâng cao chất lượng sinh hoạt chi bộ thôn, tổ dân phố" "--show prints the title"
shown=$("$query_bin" --db "$work/db" --show duk-kh-29-2016)
expect_eq "$(grep -c '^  05-CT/TW' <<<"$shown")" 1 "--show lists a number cited twice once"
expect_contains "$shown" "05-CT/TW, ngày 15-05-2016, của Bộ Chính trị" "--show merges what its citations say"
shown=$("$query_bin" --db "$work/db" --show tu-lg-nq-03-2012)
expect_contains "$shown" "Được trích dẫn bởi 3 văn bản (vankien-query --cite 03-NQ/TU)" "--show counts the documents citing it"

# A second run changes nothing.
out=$("$index_bin" --db "$work/db" "$source/corpus" 2>/dev/null)
expect_contains "$out" "added 0, updated 0, unchanged 21, removed 0" "re-run summary"

# Bad files are reported one line each, named, and the rest is indexed.
mkdir -p "$work/bad"
printf '<vankien>\n<document id="x" kind="article"><title>T</title>\n<text>x</tex></document></vankien>' >"$work/bad/malformed.xml"
printf 'PK\003\004\000\000binary' >"$work/bad/archive.txt"
: >"$work/bad/empty.txt"
printf 'Tiêu đề bài viết đủ năm chữ\nThân bài có byte lỗi \377 ở đây.\n' >"$work/bad/invalid.txt"
printf 'Tiêu đề bài viết tốt đủ năm chữ\nThân bài.\n' >"$work/bad/good.txt"
out=$("$index_bin" --db "$work/bad-db" "$work/bad" 2>"$work/err"); status=$?
err=$(cat "$work/err")
expect_eq "$status" 1 "bad files: exit 1"
expect_contains "$err" "malformed.xml:3:" "malformed XML named with its line"
expect_contains "$err" "archive.txt: binary file" "binary file named"
expect_contains "$err" "empty.txt: empty file" "empty file named"
expect_contains "$err" "invalid.txt: 1 invalid UTF-8 sequences" "invalid UTF-8 counted"
expect_contains "$out" "added 2, updated 0, unchanged 0, removed 0, skipped 0, failed 3" "bad files summary"

# A folder that cannot be listed: reported, exit 1, and nothing under it taken as removed. Root
# lists every folder, so as root the indexer runs as nobody (a copy of it, in the scratch folder).
unprivileged() {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups "$work/vankien-index-copy" "$@"
  else
    "$index_bin" "$@"
  fi
}
if [ "$(id -u)" -ne 0 ] || command -v setpriv >/dev/null; then
  mkdir -p "$work/perm/a" "$work/perm/b"
  printf 'Bài viết thứ nhất trong thư mục a\nNội dung.\n' >"$work/perm/a/1.txt"
  printf 'Bài viết thứ hai trong thư mục b\nNội dung.\n' >"$work/perm/b/2.txt"
  cp "$index_bin" "$work/vankien-index-copy"
  chmod -R a+rwX "$work"
  out=$(unprivileged --db "$work/perm-db" "$work/perm" 2>&1)
  expect_contains "$out" "added 2," "two folders indexed"
  chmod 000 "$work/perm/a"
  out=$(unprivileged --db "$work/perm-db" "$work/perm" 2>&1); status=$?
  chmod 755 "$work/perm/a"
  expect_eq "$status" 1 "a folder that cannot be listed: exit 1"
  expect_contains "$out" "perm/a: cannot list: Permission denied" "a folder that cannot be listed named"
  expect_contains "$out" "removed 0" "nothing under it taken as removed"
  expect_contains "$out" "index: 2 documents" "its documents kept"
  # A folder listed but whose files cannot be looked at (no search permission): the same.
  chmod 644 "$work/perm/b"
  out=$(unprivileged --db "$work/perm-db" "$work/perm" 2>&1); status=$?
  chmod 755 "$work/perm/b"
  expect_eq "$status" 1 "a file that cannot be looked at: exit 1"
  expect_contains "$out" "perm/b/2.txt: cannot read: Permission denied" "a file that cannot be looked at named"
  expect_contains "$out" "removed 0" "the file not taken as removed"
  expect_contains "$out" "index: 2 documents" "its documents kept too"
else
  echo "skipped: the unlistable-folder check needs setpriv when run as root"
fi

finish "all checks passed ($n known items)"
