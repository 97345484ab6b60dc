#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 30) from the seed corpus in
# tests/fuzz/corpus (copied, so the shipped corpus stays small). Prints executions per target;
# exits non-zero if any target crashed. A long campaign: scripts/fuzz.sh 3600
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DCRS_FUZZ=ON -DCRS_GUI=OFF -DBUILD_TESTING=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_load fuzz_stats fuzz_code >/dev/null
total=0
for t in load stats code; do
    work=$(mktemp -d)
    cp -r tests/fuzz/corpus/$t/. "$work/"
    log=$work/fuzz.log
    if ! ./build-fuzz/tests/fuzz/fuzz_$t -max_total_time="$secs" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$work/" "$work" >"$log" 2>&1; then
        echo "fuzz_$t: CRASH (log and reproducer in $work)" >&2
        tail -40 "$log" >&2
        exit 1
    fi
    runs=$(grep -oE 'Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' | tail -1)
    echo "fuzz_$t: ${runs:-0} executions in ${secs}s, no crash"
    total=$((total + ${runs:-0}))
    rm -rf "$work"
done
echo "fuzz: $total executions in total"
