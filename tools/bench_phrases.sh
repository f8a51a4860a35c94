#!/usr/bin/env bash
# Quoted phrases, NEAR and known-item search, in one run for two builds (issue 25): the build
# measured and another (e.g. main's) whose vankien-index and vankien-query are in BEFORE_DIR.
# For each: indexing time and index size of baomoi and of baomoi + viwiki; on baomoi, N phrases
# of 3–6 words drawn at random (tools/phrase_sample.cc, seed SEED) searched with and without
# diacritics — the share of the first 50 hits holding the phrase, the share of the documents
# holding it that are found (phrases held by more than 1,000 documents are not judged for
# recall: a page holds at most 1,000) — and their search time; known-item MRR@10 and search
# time (as tools/eval_known_item.sh); the phrases' search time on baomoi + viwiki.
# usage: tools/bench_phrases.sh BUILD_DIR BEFORE_DIR [N] [SEED]
# With PHRASES_INDEXES=DIR the indexes are not built but taken from DIR (before-baomoi,
# after-baomoi, before-baomoi-viwiki, after-baomoi-viwiki), e.g. to search again; with
# PHRASES_SAMPLE=DIR the phrases and their holders are DIR's (drawn by phrase_sample).
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/eval_common.sh
build=$1
before=$2
n=${3:-300}
seed=${4:-1}
baomoi=$(unpack_corpus baomoi-2017)/data
both=$(baomoi_viwiki)
work=$(mktemp -d /tmp/vankien-phrases.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/after" "$work/before"
cp "$build/indexer/vankien-index" "$build/query/vankien-query" "$work/after/"
cp "$before/vankien-index" "$before/vankien-query" "$work/before/"

# index SYSTEM NAME DOCS: builds $work/SYSTEM-NAME, printing its time and size.
index() {
  local start end
  start=$(date +%s.%N)
  "$work/$1/vankien-index" -q --db "$work/$1-$2" "$3/" || [ $? -eq 1 ]
  end=$(date +%s.%N)
  printf '%-7s index %-14s %6.1f s %6d MB\n' "$1" "$2" "$(echo "$end - $start" | bc)" "$(du -sm "$work/$1-$2" | cut -f1)"
}
for name in baomoi baomoi-viwiki; do
  docs=$baomoi
  [ "$name" = baomoi ] || docs=$both
  for system in before after; do
    if [ -n "${PHRASES_INDEXES:-}" ]; then
      # One missing is left out of the figures.
      [ ! -d "$PHRASES_INDEXES/$system-$name" ] || ln -s "$PHRASES_INDEXES/$system-$name" "$work/$system-$name"
    else
      index "$system" "$name" "$docs"
    fi
  done
done

if [ -n "${PHRASES_SAMPLE:-}" ]; then  # drawn before by phrase_sample with the same N and SEED
  cp "$PHRASES_SAMPLE"/{queries,queries-plain,truth}.tsv "$work/"
else
  "$build/tools/phrase_sample" "$work/after-baomoi" "$n" "$seed" "$work"
fi

# score RUN: precision of the first 50 hits and recall against $work/truth.tsv.
score() {
  awk -F'\t' '
    FILENAME == ARGV[1] { truth[$1 SUBSEP $2] = 1; holders[$1]++; next }
    { found[$1 SUBSEP $2] = 1
      if ($3 <= 50) { shown++; if (($1 SUBSEP $2) in truth) right++; else wrong[$1] = 1 } }
    END {
      for (k in truth) {
        split(k, part, SUBSEP)
        if (holders[part[1]] > 1000) { big[part[1]] = 1; continue }
        judged++
        if (k in found) got++; else missing[part[1]] = 1
      }
      printf "precision@50 %.4f (%d of %d hits; %d queries with a wrong hit)  recall %.4f (%d of %d; %d queries missing one; %d not judged)",
             shown ? right / shown : 1, right, shown, length(wrong), judged ? got / judged : 1, got, judged,
             length(missing), length(big)
    }' "$work/truth.tsv" "$1"
}

mkdir -p "$work/known"
known_item_queries 1000 1 "$work/known"
for system in before after; do
  for form in queries queries-plain; do
    "$work/$system/vankien-query" --db "$work/$system-baomoi" --run-format tsv --limit 1000 \
      <"$work/$form.tsv" >"$work/run" 2>/dev/null || true
    printf '%-7s phrases %-14s %s\n' "$system" "$form" "$(score "$work/run")"
    for name in baomoi baomoi-viwiki; do
      [ -e "$work/$system-$name" ] || continue
      # One pass untimed first: the times are of a warm index, as a running service has.
      "$work/$system/vankien-query" --db "$work/$system-$name" --run-format tsv --limit 10 \
        <"$work/$form.tsv" >/dev/null 2>&1 || true
      for facets in "" --facets; do
        timing=$("$work/$system/vankien-query" --db "$work/$system-$name" --run-format tsv --limit 10 --timings $facets \
                   <"$work/$form.tsv" 2>&1 >/dev/null | grep -o 'p50_ms [0-9.]* p99_ms [0-9.]*' || true)
        printf '%-7s phrases %-14s %-14s %-8s %s\n' "$system" "$form" "$name" "${facets:-top-10}" "$timing"
      done
    done
    "$work/$system/vankien-query" --db "$work/$system-baomoi" --run-format tsv --limit 10 --timings \
      <"$work/known/$form.tsv" >"$work/run" 2>"$work/run.t" || true
    printf '%-7s known-item %-14s %s  %s\n' "$system" "$form" "$(python3 "$eval_tools/score.py" "$work/known/qrels.tsv" "$work/run")" \
      "$(grep -o 'p50_ms [0-9.]* p99_ms [0-9.]*' "$work/run.t" || true)"
  done
done
