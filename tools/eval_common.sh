# Sourced by the evaluation scripts: building indexes once per corpus, running the peers and
# scoring runs with ../shared/tools/eval/score.py.
source "$(dirname "${BASH_SOURCE[0]}")/corpora.sh"
peers=$shared/tools/peers
eval_tools=$shared/tools/eval

# peer_binary WORKDIR: compiles the plain-Xapian peer into WORKDIR (not into the project).
peer_binary() {
  [ -x "$1/xapian_baseline" ] || g++ -O2 -std=c++17 "$peers/xapian_baseline.cc" -lxapian -o "$1/xapian_baseline"
  echo "$1/xapian_baseline"
}

# index_vankien NAME DOCS_DIR BUILD: builds vankien's index of DOCS_DIR into $cache/NAME-vankien,
# unless it exists and this build can open it (not an index of another schema version). Set
# VANKIEN_REBUILD=1 to force.
index_vankien() {
  local name=$1 docs=$2 build=$3
  if [ -n "${VANKIEN_REBUILD:-}" ] || [ ! -d "$cache/$name-vankien" ] ||
     [[ "$("$build/query/vankien-query" --db "$cache/$name-vankien" --topics 2>&1 >/dev/null)" == \
        *"written by another version of vankien"* ]]; then
    rm -rf "$cache/$name-vankien" "$cache/$name-vankien.build"
    # Exit status 1 means some files could not be indexed (each is reported): not fatal here.
    "$build/indexer/vankien-index" -q --db "$cache/$name-vankien" "$docs/" || [ $? -eq 1 ]
  fi
}

# index_all NAME DOCS_DIR BUILD: index_vankien, and the plain Xapian and FTS5 indexes of DOCS_DIR
# into $cache/NAME-*, unless they exist.
index_all() {
  local name=$1 docs=$2 build=$3 xapian
  xapian=$(peer_binary "$cache")
  index_vankien "$name" "$docs" "$build"
  if [ ! -d "$cache/$name-xapian" ]; then "$xapian" index "$cache/$name-xapian" "$docs/" >/dev/null; fi
  if [ ! -f "$cache/$name-fts5.db" ]; then python3 "$peers/fts5_baseline.py" index "$cache/$name-fts5.db" "$docs/" >/dev/null; fi
}

# run_all NAME QUERIES QRELS BUILD LABEL: runs the queries on the three systems (the peers with
# OR and AND), scores each and prints a table row per system.
run_all() {
  local name=$1 queries=$2 qrels=$3 build=$4 label=$5 out xapian
  xapian=$(peer_binary "$cache")
  out=$(mktemp -d)
  "$build/query/vankien-query" --db "$cache/$name-vankien" --run-format tsv --limit 10 --timings \
    <"$queries" >"$out/vankien" 2>"$out/vankien.t"
  "$xapian" search "$cache/$name-xapian" 10 <"$queries" >"$out/xapian-or" 2>"$out/xapian-or.t"
  PEER_AND=1 "$xapian" search "$cache/$name-xapian" 10 <"$queries" >"$out/xapian-and" 2>"$out/xapian-and.t"
  python3 "$peers/fts5_baseline.py" search "$cache/$name-fts5.db" 10 <"$queries" >"$out/fts5-or" 2>"$out/fts5-or.t"
  PEER_AND=1 python3 "$peers/fts5_baseline.py" search "$cache/$name-fts5.db" 10 <"$queries" >"$out/fts5-and" 2>"$out/fts5-and.t"
  for system in vankien xapian-or xapian-and fts5-or fts5-and; do
    score=$(python3 "$eval_tools/score.py" "$qrels" "$out/$system")
    timing=$(grep -o 'p50_ms [0-9.]* p99_ms [0-9.]*' "$out/$system.t" || true)
    printf '%-22s %-11s %s  %s\n' "$label" "$system" "$score" "$timing"
  done
  rm -rf "$out"
}

# known_item_queries N SEED OUT: N known-item queries from baomoi into OUT/queries.tsv, the same
# typed without diacritics into OUT/queries-plain.tsv, the answers into OUT/qrels.tsv.
known_item_queries() {
  local baomoi
  baomoi=$(unpack_corpus baomoi-2017)
  python3 "$eval_tools/known_item.py" "$baomoi/data" "$1" "$2" "$3" >/dev/null
  python3 "$eval_tools/strip_accents.py" <"$3/queries.tsv" >"$3/queries-plain.tsv"
}

# baomoi_viwiki: prints a folder holding baomoi and viwiki together (hard links, no copy).
baomoi_viwiki() {
  local both=$cache/baomoi-viwiki baomoi viwiki
  baomoi=$(unpack_corpus baomoi-2017)
  viwiki=$(unpack_corpus viwiki-2017)
  if [ ! -d "$both" ]; then
    mkdir -p "$both"
    cp -al "$baomoi/data" "$both/baomoi"
    cp -al "$viwiki/viwiki" "$both/viwiki"
  fi
  echo "$both"
}

# restoration_titles SOURCE N OUT: N titles, one a line into OUT, the same N for the same N:
# SOURCE vietnews, of vietnews's test set (news the index of baomoi + viwiki does not hold), or
# baomoi, of baomoi's documents (which that index holds); restoration_files lists their files.
restoration_titles() {
  restoration_files "$1" "$2" | while read -r file; do head -n 1 "$file" | tr '_' ' '; done >"$3"
}

# restoration_files SOURCE N: the files restoration_titles SOURCE N takes the titles of. The
# first line of each article is its title; vietnews joins a word's syllables with '_'.
restoration_files() {
  local dir pattern
  case $1 in
    vietnews) dir=$(unpack_corpus vietnews-test) pattern='*.seg' ;;
    baomoi) dir=$(unpack_corpus baomoi-2017)/data pattern='*.txt' ;;
    *) echo "restoration_files: unknown source $1" >&2; return 2 ;;
  esac
  find "$dir" -name "$pattern" | sort | shuf -n "$2" --random-source=<(yes vankien-restoration)
}

# restoration_left_out N: prints a folder holding baomoi and viwiki as baomoi_viwiki does, less the
# N baomoi documents whose titles restoration_titles baomoi N takes (hard links, made once).
restoration_left_out() {
  local rest=$cache/restoration-left-out-$1
  if [ ! -d "$rest" ]; then
    rm -rf "$rest.partial"
    cp -al "$(baomoi_viwiki)" "$rest.partial"
    restoration_files baomoi "$1" | while read -r file; do rm -f "$rest.partial/baomoi/${file##*/}"; done
    mv "$rest.partial" "$rest"
  fi
  echo "$rest"
}
