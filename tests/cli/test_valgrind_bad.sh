#!/usr/bin/env bash
# Refusing bad input must not read or write out of bounds, use uninitialised memory or leak:
# every file of the bad-input catalogue (test_bad_inputs.sh) checked in one run under valgrind,
# then the other commands on bad input. valgrind's status 99 fails the expected-status checks.
. "$(dirname "$0")/lib.sh"
if ! command -v valgrind >/dev/null; then
    echo "valgrind is not installed (scripts/test.sh installs it)" >&2
    exit 1
fi
VG=(valgrind -q --error-exitcode=99 --leak-check=full "--errors-for-leak-kinds=definite,indirect,possible" "--show-leak-kinds=definite,indirect,possible")
TINY=$SRC/tests/data/cli/tiny.json

mkdir "$TMP/bad"
CHECKS=$((CHECKS + 1))
if ! CRS_BAD_KEEP=$TMP/bad bash "$(dirname "$0")/test_bad_inputs.sh" "$BIN" "$SRC" >"$TMP/catalogue" 2>&1; then
    FAILS=$((FAILS + 1))
    echo "FAIL: test_bad_inputs.sh failed on its own:" >&2
    tail -20 "$TMP/catalogue" >&2
fi
n=$(ls "$TMP/bad" | wc -l)
CHECKS=$((CHECKS + 1))
[ "$n" -ge 70 ] || { FAILS=$((FAILS + 1)); echo "FAIL: only $n catalogue files" >&2; }
expect_status 1 "${VG[@]}" "$BIN" check "$TMP"/bad/*.json
expect_in "$TMP/err" "nesting deeper than 32 levels"
expect_status 1 "${VG[@]}" "$BIN" check --json "$TMP"/bad/*.json
expect_status 2 "${VG[@]}" "$BIN" check "$TMP/bad" "$TMP/missing.json"

# The other commands: bad options, garbage and binary logs, garbage codes.
expect_status 2 "${VG[@]}" "$BIN" run "$TINY" --choices 1,x
expect_status 2 "${VG[@]}" "$BIN" run "$TINY" --choices 1,99
expect_status 2 "${VG[@]}" "$BIN" run "$TINY" --seed banana
expect_status 2 "${VG[@]}" "$BIN" run "$TINY" --persona nobody
expect_status 2 "${VG[@]}" "$BIN" run "$TINY" --lang xx
expect_status 1 "${VG[@]}" "$BIN" run "$TINY" --max-steps 1 --choices 1
{
    printf 'garbage\n{"x":\n[1,2]\n{"scenario":5}\n{}\n\n'
    for i in $(seq 0 255); do printf "\\x$(printf %02x "$i")"; done
    printf '\n%*s\n' 100000 '' | tr ' ' '['
    printf '{"scenario":"s","lang":"en","ending":"e","ending_kind":"k","abandoned":null,"steps":[]}\n'
} >"$TMP/bad.jsonl"
expect_status 0 "${VG[@]}" "$BIN" stats "$TMP/bad.jsonl"
expect_in "$TMP/out" "1 sessions"
expect_status 0 "${VG[@]}" "$BIN" stats --csv "$TMP/bad.jsonl"
expect_status 2 "${VG[@]}" "$BIN" stats "$TMP/missing.jsonl"
for c in garbage '' '!!!@@@' "$(printf '\xff\xfe')" "$(printf 'A%.0s' {1..300})"; do
    expect_status 1 "${VG[@]}" "$BIN" replay "$c" "$TINY"
done
finish
