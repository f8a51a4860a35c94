#!/usr/bin/env bash
# The same answers from one index and from the same files in 2 local shards and in 3 shards
# served by Debian's stock xapian-tcpsrv on 127.0.0.1 (tools/shards.sh; docs/shards.md): the
# bundled corpus and the registry samples (a directive, the documents citing it), through
# vankien-query — searches with ranking, exact totals and facets, number lookups, both date
# orders, pages, filters, --show, --cite, --related, --topics — compared by same_answers.py.
# Then the files changed after the first build (replaced documents in several shards), and the
# remote shards again. A page from which Xapian's matcher over several databases left a document
# out, while the full list is right (a known miss of Xapian 1.4: docs/shards.md), is printed as
# KNOWN and counted apart.
# usage: shards_test.sh BUILD_DIR SOURCE_DIR
source "$(dirname "$0")/checks.sh" "$@"
compare="$source/tests/e2e/same_answers.py"
inputs=("$source/corpus" "$work/registry")
cp -r "$source/tests/e2e/registry_corpus" "$work/registry"
rm "$work/registry/README.md"

# index_all [--rebuild]: updates the one index (or rebuilds it) and the shards.
index_all() {
  "$index_bin" -q "$@" --db "$work/one" "${inputs[@]}" || fail "indexing one index"
  for n in 2 3; do "$index_bin" -q --db "$work/shards$n" --shards "$n" "${inputs[@]}" || fail "indexing $n shards"; done
}

queries=("chi bộ" "dan van" "đảng viên sinh hoạt" "\"chi bộ thôn\"" "03 – NQ/TU" "Chỉ thị số 09-CT/TU"
         "09-CT/TU kế hoạch" "type:NQ" "body:TU year:2017" "chi bộ OR dân vận" "kiểm tra -giám" "date:2016..2020"
         "cites:09-CT/TU" "topic:chi-bo đảng viên" "nghị quyết NEAR/3 chi bộ")
options=("" "--facets" "--sort date" "--sort oldest" "--timeline" "-n 3 --offset 2" "-n 4 --page 2 --sort date")

known=0
# judge WHAT COMPARE-ARGUMENTS...: same_answers.py, a failure unless the answers are the same; the
# known miss of Xapian's matcher over several databases (exit 3) is printed and counted apart.
judge() {
  local what=$1 out status
  shift
  out=$(python3 "$compare" "$@"); status=$?
  if [ "$status" -eq 3 ]; then
    echo "KNOWN: $what: $out"
    known=$((known + 1))
  elif [ "$status" -ne 0 ]; then
    fail "$what: $out"
  fi
}

# compare_all DB WHAT: every answer of the index DB compared with the one index's.
compare_all() {
  local db=$1 what=$2 checked=0
  for query in "${queries[@]}"; do
    for sort in relevance date oldest; do
      "$query_bin" --db "$work/one" --json --sort "$sort" -n 1000 -- "$query" >"$work/full-one-$sort.json"
      "$query_bin" --db "$db" --json --sort "$sort" -n 1000 -- "$query" >"$work/full-shards-$sort.json"
    done
    for option in "${options[@]}"; do
      sort=relevance
      [[ "$option" == *"sort date"* ]] && sort=date
      [[ "$option" == *"sort oldest"* ]] && sort=oldest
      # shellcheck disable=SC2086 # the options are words
      "$query_bin" --db "$work/one" --json $option -- "$query" >"$work/a.json"
      # shellcheck disable=SC2086
      "$query_bin" --db "$db" --json $option -- "$query" >"$work/b.json"
      judge "$what «$query» $option" search "$work/a.json" "$work/b.json" "$work/full-one-$sort.json" \
        "$work/full-shards-$sort.json"
      checked=$((checked + 1))
    done
  done
  ids=$("$query_bin" --db "$work/one" --json -n 1000 -- "type:NQ OR type:CT OR kind:article OR kind:document" |
        python3 -c 'import json,sys; print("\n".join(h["id"] for h in json.load(sys.stdin)["hits"]))')
  live=$("$index_bin" --db "$work/one" --check | awk '{print $1}')
  expect_eq "$(wc -l <<<"$ids")" "$live" "$what: every document listed"
  # Every document's record; the related documents of every third (each asks four searches).
  local nth=0
  while read -r id; do
    nth=$((nth + 1))
    "$query_bin" --db "$work/one" --json --show "$id" >"$work/a.json"
    "$query_bin" --db "$db" --json --show "$id" >"$work/b.json"
    out=$(python3 "$compare" exact "$work/a.json" "$work/b.json") || fail "$what --show $id: $out"
    checked=$((checked + 1))
    [ $((nth % 3)) -eq 1 ] || continue
    "$query_bin" --db "$work/one" --json --related "$id" >"$work/a.json"
    "$query_bin" --db "$db" --json --related "$id" >"$work/b.json"
    "$query_bin" --db "$work/one" --json --related "$id" -n 1000 >"$work/full-one.json"
    "$query_bin" --db "$db" --json --related "$id" -n 1000 >"$work/full-shards.json"
    judge "$what --related $id" related "$work/a.json" "$work/b.json" "$work/full-one.json" "$work/full-shards.json"
    checked=$((checked + 1))
  done <<<"$ids"
  for number in 09-CT/TU 03-NQ/TU 05-CT/TW 12-NQ/CB 08-CT/TU; do
    "$query_bin" --db "$work/one" --json --cite "$number" >"$work/a.json"
    "$query_bin" --db "$db" --json --cite "$number" >"$work/b.json"
    out=$(python3 "$compare" exact "$work/a.json" "$work/b.json") || fail "$what --cite $number: $out"
    checked=$((checked + 1))
  done
  "$query_bin" --db "$work/one" --json --topics >"$work/a.json"
  "$query_bin" --db "$db" --json --topics >"$work/b.json"
  out=$(python3 "$compare" exact "$work/a.json" "$work/b.json") || fail "$what --topics: $out"
  echo "$what, $db: $((checked + 1)) answers compared"
}

trap 'stop_shards "$work/shards3"; rm -rf "$work"' EXIT

index_all
for n in 2 3; do
  for shard in 0 1 2; do
    [ "$shard" -lt "$n" ] || continue
    count=$(xapian-delve "$work/shards$n/shard-$shard" 2>/dev/null | awk '/number of documents/ {print $NF}')
    [ "${count:-0}" -gt 0 ] || fail "$n shards: shard $shard holds documents (${count:-none})"
  done
  "$index_bin" --db "$work/shards$n" --check >/dev/null || fail "$n shards: --check"
done
compare_all "$work/shards2" "first build, 2 local shards"
stub=$(serve_shards "$work/shards3") || fail "serving 3 shards with xapian-tcpsrv"
[ -n "$stub" ] && compare_all "$stub" "first build, 3 remote shards"

# Change a third of the files: their old documents are deleted, from every shard, by Xapian
# (shards keep a termlist): the term statistics are as if they had never been. One index lists
# them as deleted instead, and their words still count until a rebuild (docs/indexing.md): so it
# is rebuilt. The servers keep running: each connection opens the shard's newest revision.
mapfile -t changed < <(find "$work/registry" -type f | sort)
for file in "${changed[@]}"; do echo "Một dòng thêm vào để tệp đổi." >>"$file"; done
index_all --rebuild
"$index_bin" --db "$work/shards2" --check >/dev/null || fail "2 shards after changes: --check"
"$index_bin" --db "$work/shards3" --check >/dev/null || fail "3 shards after changes: --check"
# After the changes, the remote shards only: each holds replaced documents, as each of 2 would.
[ -n "$stub" ] && compare_all "$stub" "after changes, 3 remote shards"
echo "$known answers with a document left out by Xapian's matcher over several databases (docs/shards.md)"
finish "shards: the same answers as one index"
