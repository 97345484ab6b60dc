#!/usr/bin/env bash
# Builds crossings and runs the whole test suite, installing what is missing: a gcc build
# with -Werror and every test, then a clang build with -Werror and every test.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/deps.sh
crs_install "${CRS_BUILD_PACKAGES[@]}" "${CRS_TEST_PACKAGES[@]}"
jobs=$(nproc)

run_suite() { # name, then cmake options
    local dir=build-test-$1
    shift
    echo "== $dir: $*"
    cmake -S . -B "$dir" -DCRS_WERROR=ON "$@" >/dev/null
    cmake --build "$dir" -j"$jobs"
    ctest --test-dir "$dir" --output-on-failure -j"$jobs"
}

run_suite gcc -DCMAKE_C_COMPILER=gcc
run_suite clang -DCMAKE_C_COMPILER=clang
echo "crossings: all test suites passed"
