#!/usr/bin/env bash
# Builds the Debian package of a build and checks it: its contents, lintian (errors fail), and
# systemd-analyze verify on its units, unpacked with the programs they run.
# usage: tools/package.sh BUILD      (BUILD configured with -DCMAKE_INSTALL_PREFIX=/usr)
# The package is left in BUILD/package/. Exit status 0 only if every check passed.
set -euo pipefail
build=$(realpath "${1:?usage: tools/package.sh BUILD}")

# The programs carry the paths of the web page, the taxonomy and vankien-extract from the
# build's prefix: a package of a /usr/local build would look for them where it put nothing.
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
if [ "$prefix" != /usr ]; then
  echo "package.sh: $build is configured for $prefix; a package needs -DCMAKE_INSTALL_PREFIX=/usr" >&2
  exit 2
fi
for tool in cpack dpkg-deb dpkg-shlibdeps lintian systemd-analyze; do
  command -v "$tool" >/dev/null ||
    { echo "package.sh: $tool is missing (bash tools/install-deps.sh test installs it)" >&2; exit 2; }
done

rm -rf "$build/package"
mkdir -p "$build/package"
cpack --config "$build/CPackConfig.cmake" -B "$build/package" >"$build/package/cpack.log" 2>&1 ||
  { cat "$build/package/cpack.log" >&2; echo "package.sh: cpack failed" >&2; exit 1; }
deb=$(ls "$build"/package/vankien_*.deb)
echo "== $(basename "$deb"): $(stat -c %s "$deb") bytes"
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends

failed=0
fail() { echo "FAIL: $*"; failed=1; }

echo "== contents"
contents=$(dpkg-deb --contents "$deb")
echo "$contents"
for path in usr/bin/vankien-index usr/bin/vankien-query usr/bin/vankien-serve \
            usr/libexec/vankien/vankien-extract usr/share/vankien/web/index.html \
            usr/share/vankien/topics.xml usr/share/man/man1/vankien-query.1.gz \
            usr/share/man/man1/vankien-index.1.gz usr/share/man/man1/vankien-serve.1.gz \
            usr/share/bash-completion/completions/vankien-query usr/share/doc/vankien/copyright \
            lib/systemd/system/vankien-serve.service lib/systemd/system/vankien-index.service \
            lib/systemd/system/vankien-index.timer etc/default/vankien; do
  grep -q " \./$path\( ->.*\)\?$" <<<"$contents" || fail "the package lacks /$path"
done
# Listed whole first: with pipefail, grep -q stopping at its match could fail tar with SIGPIPE.
control=$(dpkg-deb --ctrl-tarfile "$deb" | tar -t)
grep -q '^\./conffiles$' <<<"$control" || fail "the package has no conffiles"

echo "== lintian"
# --fail-on error: warnings (hardening flags the build does not set, for instance) are shown,
# only errors fail.
lintian_status=0
report=$(lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1) || lintian_status=$?
grep -v 'running with root privileges' <<<"$report" || true
[ "$lintian_status" -eq 0 ] || fail "lintian reports errors"

echo "== systemd-analyze verify"
# Verified inside the unpacked package, so the programs the units run are the packaged ones;
# the host's units give the targets they are ordered against, and test(1) (coreutils, in
# every Debian) the indexer's condition.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
cp -rn /lib/systemd/system/. "$root/lib/systemd/system/"
install -D /usr/bin/test "$root/usr/bin/test"
units=(vankien-serve.service vankien-index.service vankien-index.timer)
if systemd-analyze verify --root="$root" --man=no "${units[@]/#//lib/systemd/system/}"; then
  echo "${units[*]}: no problems"
else
  fail "systemd-analyze verify reports problems"
fi

if [ "$failed" -ne 0 ]; then
  echo "package.sh: $(basename "$deb") failed its checks" >&2
  exit 1
fi
echo "package.sh: $(basename "$deb") passed its checks"
