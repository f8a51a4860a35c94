#!/usr/bin/env bash
# The main command: installs what is missing, builds, indexes the bundled corpus/, shows a
# search over it, and starts the search service (Ctrl-C stops it).
# usage: tools/quickstart.sh [PORT]     (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
port=${1:-8080}

bash tools/install-deps.sh build
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DVANKIEN_BUILD_TESTS=OFF
cmake --build "$build" -j "$(nproc)"

index=$build/corpus-index
"$build/indexer/vankien-index" --db "$index" corpus
echo
echo "\$ vankien-query --db $index nang cao chat luong sinh hoat chi bo"
"$build/query/vankien-query" --db "$index" -n 3 nang cao chat luong sinh hoat chi bo
echo "\$ vankien-query --db $index 03-NQ/TU"
"$build/query/vankien-query" --db "$index" -n 4 03-NQ/TU
echo
echo "Starting the search service; open the address below in a browser (Ctrl-C stops it)."
exec "$build/server/vankien-serve" --db "$index" --port "$port"
