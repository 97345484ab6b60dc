#!/usr/bin/env bash
# Builds crossings and runs the whole test suite, installing what is missing:
#  1. gcc, -Werror: every test, including valgrind runs of headless and GUI playthroughs;
#  2. clang with AddressSanitizer + UndefinedBehaviorSanitizer, -Werror: every test but the
#     kiosk soaks (memory growth is measured in the gcc build) and the
#     valgrind ones (they cannot run under ASan); clang's warnings are checked here too;
#  3. each libFuzzer target briefly (CRS_FUZZ_SECONDS, default 10 s each);
#  4. the browser version (docs/WEB.md): built, then played in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/deps.sh
crs_install "${CRS_BUILD_PACKAGES[@]}" "${CRS_TEST_PACKAGES[@]}"
jobs=$(nproc)

run_suite() { # name, ctest options, then cmake options
    local dir=build-test-$1 ctest_opts=$2
    shift 2
    echo "== $dir: $*"
    cmake -S . -B "$dir" -DCRS_WERROR=ON "$@" >/dev/null
    cmake --build "$dir" -j"$jobs"
    # shellcheck disable=SC2086
    ctest --test-dir "$dir" --output-on-failure -j"$jobs" $ctest_opts
}

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
run_suite gcc "" -DCMAKE_C_COMPILER=gcc
run_suite asan "-LE valgrind|soak" -DCMAKE_C_COMPILER=clang -DCRS_SANITIZE=ON
bash scripts/fuzz.sh "${CRS_FUZZ_SECONDS:-10}"
bash tests/package/test_package.sh # the .deb: lintian, install, the installed program (docs/KIOSK.md)
scripts/web.sh # installs what it needs
command -v npm >/dev/null || crs_install npm
(cd tests/web && npm ci --no-audit --no-fund >/dev/null && node --test)
echo "crossings: all test suites passed"
