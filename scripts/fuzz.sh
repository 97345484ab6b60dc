#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 30) from the seed corpus in
# tests/fuzz/corpus (copied, so the shipped corpus stays small), with tests/fuzz/TARGET.dict
# when there is one. Prints executions per target; exits non-zero if any target crashed, leaving
# the reproducer and log in a folder it names.
#   scripts/fuzz.sh [SECONDS] [TARGET...]      targets: load json stats code po (default: all)
#   CRS_FUZZ_KEEP=DIR scripts/fuzz.sh 3600     grow corpora in DIR/TARGET across runs
# A long campaign on a shared machine: CRS_FUZZ_KEEP=~/fuzz nice -n 10 scripts/fuzz.sh 3600
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(load json stats code po)
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DCRS_FUZZ=ON -DCRS_GUI=OFF -DBUILD_TESTING=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}" >/dev/null
total=0
for t in "${targets[@]}"; do
    work=$(mktemp -d)
    corpus=$work/corpus
    if [ -n "${CRS_FUZZ_KEEP:-}" ]; then
        corpus=$CRS_FUZZ_KEEP/$t
        mkdir -p "$corpus"
    else
        mkdir "$corpus"
    fi
    cp -r tests/fuzz/corpus/$t/. "$corpus/"
    dict=()
    [ -f tests/fuzz/$t.dict ] && dict=("-dict=tests/fuzz/$t.dict")
    log=$work/fuzz.log
    if ! ./build-fuzz/tests/fuzz/fuzz_$t -max_total_time="$secs" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$work/" "${dict[@]}" "$corpus" >"$log" 2>&1; then
        echo "fuzz_$t: CRASH (log and reproducer in $work)" >&2
        tail -40 "$log" >&2
        exit 1
    fi
    runs=$(grep -oE 'Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' | tail -1)
    echo "fuzz_$t: ${runs:-0} executions in ${secs}s, no crash ($(ls "$corpus" | wc -l) corpus files)"
    total=$((total + ${runs:-0}))
    rm -rf "$work"
done
echo "fuzz: $total executions in total"
