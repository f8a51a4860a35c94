# Sourced by the benchmark scripts: unpacks a corpus of ../shared once into a cache folder.
#   unpack_corpus NAME   → prints the folder holding the unpacked NAME.tar.xz
# The cache is $VANKIEN_CORPUS_CACHE (default /tmp/vankien-corpora); delete it to reclaim space.
shared=${VANKIEN_SHARED:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/shared}
cache=${VANKIEN_CORPUS_CACHE:-/tmp/vankien-corpora}

unpack_corpus() {
  local name=$1 archive="$shared/corpora/$1.tar.xz"
  if [ ! -f "$archive" ]; then
    echo "missing $archive: the benchmarks need ../shared (see README)" >&2
    return 1
  fi
  if [ ! -f "$cache/$name/.unpacked" ]; then
    rm -rf "${cache:?}/$name"
    mkdir -p "$cache/$name"
    tar -xJf "$archive" -C "$cache/$name"
    touch "$cache/$name/.unpacked"
  fi
  echo "$cache/$name"
}

# Runs a topic tool (topic_eval, topic_learn) on corpus/topics.xml and the hand labels of
# tests/data/topic_labels.tsv, with the collections those labels come from.
# usage: run_topic_tool BUILD_DIR TOOL [TOOL OPTIONS…]
run_topic_tool() {
  local build=$1 tool=$2
  shift 2
  "$build/tools/$tool" --taxonomy corpus/topics.xml --labels tests/data/topic_labels.tsv \
    corpus=corpus baomoi="$(unpack_corpus baomoi-2017)" vietnews="$(unpack_corpus vietnews-test)" "$@"
}
