#!/usr/bin/env bash
# Builds crossings (installing what is missing) and opens the game on the shipped scenarios.
# Extra arguments go to the game, e.g. scripts/play.sh --lang ko --fullscreen
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/deps.sh
crs_install "${CRS_BUILD_PACKAGES[@]}"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target crossings
exec ./build/crossings "$@"
