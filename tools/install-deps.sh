#!/usr/bin/env bash
# Installs the Debian 12 packages vankien needs that are missing, and nothing else.
# usage: tools/install-deps.sh [build|test|fuzz]   (test = build + what the tests need;
#                                                   fuzz = build + what tools/fuzz.sh needs)
set -euo pipefail

build_packages=(g++ cmake make pkg-config libxapian-dev libicu-dev
                libboost-program-options-dev libpugixml-dev nlohmann-json3-dev libcpp-httplib-dev
                libzstd-dev libmagic-dev libzip-dev libxml2-dev
                libpoppler-cpp-dev libtesseract-dev tesseract-ocr-vie
                # The .doc and .rtf readers run these converters when indexing.
                catdoc unrtf
                # tools/topic_model_train fits the topic model with it (80 kB; the indexer
                # only reads the weights it writes).
                liblinear-dev)
# The browser test drives Debian's Chromium with playwright-core from npm; the formats test
# (tests/e2e/formats_test.sh) reads records with jq, originals with curl, and makes hostile
# files with python3 and pdftoppm; the package test (tools/package.sh) checks the .deb with
# lintian and its units with systemd-analyze (systemd).
test_packages=(catch2 chromium jq curl python3 poppler-utils lintian systemd xapian-tools)
# The fuzz targets (tools/fuzz.sh) are built with clang and libFuzzer, which clang only
# recommends.
fuzz_packages=(clang-14 libclang-rt-14-dev)

wanted=("${build_packages[@]}")
case "${1:-build}" in
  test) wanted+=("${test_packages[@]}") ;;
  fuzz) wanted+=("${fuzz_packages[@]}") ;;
esac

# Node.js may come from elsewhere (NodeSource); install Debian's only when there is none.
if [ "${1:-build}" = test ]; then
  command -v node >/dev/null || wanted+=(nodejs)
  command -v npm >/dev/null || wanted+=(npm)
fi

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
