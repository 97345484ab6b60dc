#!/usr/bin/env bash
# Scenario text and log ids holding escape sequences never reach the terminal raw: check, run
# (every format), replay, graph and stats print control characters as visible escapes.
. "$(dirname "$0")/lib.sh"
TINY=$SRC/tests/data/cli/tiny.json
ESC='\\u001b]0;owned\\u0007\\u001b[2J\\r\\u009b31m'
sed -e "s/You stand at the frozen river./You stand ${ESC} at the river./" \
    -e "s/\"title\": {\"en\": \"A tiny test scenario\"/\"title\": {\"en\": \"Tiny ${ESC}\"/" \
    "$TINY" >"$TMP/esc.json"
# A broken copy whose message quotes an unknown key holding ESC.
sed "s/\"era\":/\"bad\\\\u001b[2Jkey\": 1, \"era\":/" "$TINY" >"$TMP/esc-bad.json"

# raw TEXT...: no C0 control but newline, tab and CSV's CRLF, no DEL, no C1 (UTF-8 C2 80-9F).
raw() {
    CHECKS=$((CHECKS + 1))
    sed -i 's/\r$//' "$TMP/out"
    if LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$TMP/out" "$TMP/err"; then
        FAILS=$((FAILS + 1))
        echo "FAIL: $*: a raw control character reaches the terminal" >&2
        LC_ALL=C grep -aP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$TMP/out" "$TMP/err" | cat -v | head -3 >&2
    fi
}
expect_status 0 "$BIN" check "$TMP/esc.json"
raw check
expect_status 1 "$BIN" check "$TMP/esc-bad.json"
raw check with an error
expect_in "$TMP/err" '\x1b[2J'
for fmt in text markdown html json; do
    expect_status 0 "$BIN" run "$TMP/esc.json" --choices 2 --format $fmt
    raw run --format $fmt
done
expect_status 0 "$BIN" run "$TMP/esc.json" --choices 2
expect_in "$TMP/out" 'You stand \x1b]0;owned\x07\x1b[2J\x0d\u009b31m at the river.'
expect_status 0 "$BIN" graph "$TMP/esc.json"
raw graph
printf '{"scenario":"x\\u001b[2J","lang":"en","ending":"e","ending_kind":"k","abandoned":null,"steps":[]}\n' >"$TMP/esc.jsonl"
for opt in "" --csv; do
    # shellcheck disable=SC2086
    expect_status 0 "$BIN" stats $opt "$TMP/esc.jsonl"
    raw stats $opt
done
finish
