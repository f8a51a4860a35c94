#!/usr/bin/env bash
# Installs the Debian 12 packages vankien needs that are missing, and nothing else.
# usage: tools/install-deps.sh [build|test]   (test = build + what the tests need)
set -euo pipefail

build_packages=(g++ cmake make pkg-config libxapian-dev libicu-dev
                libboost-program-options-dev libpugixml-dev nlohmann-json3-dev libcpp-httplib-dev
                libzstd-dev libmagic-dev libzip-dev libxml2-dev
                libpoppler-cpp-dev libtesseract-dev tesseract-ocr-vie
                # The .doc and .rtf readers run these converters when indexing.
                catdoc unrtf)
# The browser test drives Debian's Chromium with playwright-core from npm. The fuzz targets
# (tools/fuzz.sh) are built with clang and libFuzzer, which clang only recommends.
test_packages=(catch2 chromium clang-14 libclang-rt-14-dev)

wanted=("${build_packages[@]}")
if [ "${1:-build}" = test ]; then
  wanted+=("${test_packages[@]}")
fi

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
