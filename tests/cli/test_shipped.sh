#!/usr/bin/env bash
# Every shipped scenario passes `crossings check` with no errors and no warnings, and plays to
# an ending from many seeds in every language it declares.
. "$(dirname "$0")/lib.sh"
n=0
for f in "$SRC"/scenarios/*.json; do
    case $(basename "$f") in schema.json) continue ;; esac
    n=$((n + 1))
    expect_status 0 "$BIN" check "$f"
    CHECKS=$((CHECKS + 1))
    if grep -q "warning" "$TMP/err"; then
        FAILS=$((FAILS + 1))
        echo "FAIL: $(basename "$f") has warnings:" >&2
        cat "$TMP/err" >&2
    fi
    for lang in en ko; do
        for seed in 1 2 3 4 5 6 7 8; do
            expect_status 0 "$BIN" run "$f" --seed $seed --lang $lang
            expect_in "$TMP/out" "] =="
        done
    done
done
CHECKS=$((CHECKS + 1))
[ "$n" -ge 1 ] || { FAILS=$((FAILS + 1)); echo "FAIL: no shipped scenario" >&2; }
finish
