#!/usr/bin/env bash
# Runs the browser test: indexes the bundled corpus, starts vankien-serve on a free loopback
# port, installs playwright-core (pinned by package-lock.json) into the build folder, and drives
# Debian's Chromium through the page. Screenshots go to BUILD_DIR/browser-test/screenshots.
# usage: run_browser_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
work=$build/browser-test
mkdir -p "$work/screenshots"
for needed in node npm; do
  command -v "$needed" >/dev/null || { echo "the browser test needs $needed (tools/install-deps.sh test installs it)"; exit 1; }
done
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { echo "the browser test needs Debian's chromium package"; exit 1; }

cp "$source/tests/browser/package.json" "$source/tests/browser/package-lock.json" "$work/"
if [ ! -d "$work/node_modules/playwright-core" ]; then
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
fi

rm -rf "$work/index"
# The log of the last run's server goes first: the loop below reads the address from the log,
# and could read the old one before the new server's shell has truncated it.
rm -f "$work/serve.log" "$work/second.log"
"$build/indexer/vankien-index" -q --db "$work/index" "$source/corpus"
"$build/server/vankien-serve" --db "$work/index" --port 0 --static "$source/server/web" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  address=$(grep -o 'http://[^ ]*' "$work/serve.log" || true)
  [ -n "$address" ] && break
  sleep 0.1
done
[ -n "$address" ] || { echo "vankien-serve did not start:"; cat "$work/serve.log"; exit 1; }
# A second server on the port in use must refuse, not share the port (and its requests).
port=${address##*:}
port=${port%/}
status=0
timeout 10 "$build/server/vankien-serve" --db "$work/index" --port "$port" --static "$source/server/web" \
  >"$work/second.log" 2>&1 || status=$?
if [ "$status" != 2 ] || ! grep -q "cannot listen" "$work/second.log"; then
  echo "FAIL a second vankien-serve on port $port (in use) did not refuse (exit $status):"; cat "$work/second.log"; exit 1
fi
echo "ok   a second server on a port in use refuses"
cp "$source/tests/browser/search_page.mjs" "$work/"
node "$work/search_page.mjs" "${address%/}" "$work/screenshots"
