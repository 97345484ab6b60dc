#!/usr/bin/env bash
# The command line's contract: exit statuses, help, located errors, deterministic runs.
. "$(dirname "$0")/lib.sh"
TINY=$SRC/tests/data/cli/tiny.json

expect_status 0 "$BIN" --version
expect_in "$TMP/out" "crossings "
expect_status 0 "$BIN" --help
expect_in "$TMP/out" "crossings check"
expect_status 0 "$BIN" check --help
expect_in "$TMP/out" "Exit status"
expect_status 0 "$BIN" run --help
expect_in "$TMP/out" "--choices"

# Usage errors and unreadable files exit 2; scenario errors exit 1.
expect_status 2 "$BIN" check
expect_status 2 "$BIN" check --bogus "$TINY"
expect_status 2 "$BIN" check "$TMP/does-not-exist.json"
expect_in "$TMP/err" "does-not-exist.json"
expect_status 2 "$BIN" check "$TMP"
expect_status 2 "$BIN" run
expect_status 2 "$BIN" run "$TINY" --seed banana
expect_status 2 "$BIN" run "$TINY" --persona nobody
expect_status 2 "$BIN" run "$TINY" --lang xx
expect_status 2 "$BIN" run "$TINY" --choices 9
expect_in "$TMP/err" "not open"
printf '{"format": "crossings-scenario/1",\n  "id": 5}\n' >"$TMP/bad.json"
expect_status 1 "$BIN" check "$TMP/bad.json"
expect_in "$TMP/err" "bad.json:2:"
expect_status 2 "$BIN" check "$TINY" "$TMP/missing.json"

# The format's schema beside the scenarios is skipped, so `check scenarios/*.json` works.
expect_status 0 "$BIN" check "$SRC"/scenarios/*.json
expect_in "$TMP/out" "schema.json: skipped"

# A valid file, as text and JSON.
expect_status 0 "$BIN" check "$TINY"
expect_in "$TMP/out" "ok (2 nodes"
expect_status 0 "$BIN" check --json "$TINY"
expect_in "$TMP/out" '"valid":	true'
expect_in "$TMP/out" '"illustrative_outcomes":	2'
expect_in "$TMP/out" '"status":	"draft"'

# A run reaches an ending and shows its citation; the same seed gives the same transcript.
expect_status 0 "$BIN" run "$TINY" --choices 1,1 --seed 3
expect_in "$TMP/out" "== Ending:"
expect_in "$TMP/out" "Population: survey of 28,472"
cp "$TMP/out" "$TMP/first"
expect_status 0 "$BIN" run "$TINY" --choices 1,1 --seed 3
CHECKS=$((CHECKS + 1))
cmp -s "$TMP/out" "$TMP/first" || { FAILS=$((FAILS + 1)); echo "FAIL: same seed, different transcript" >&2; }
expect_status 0 "$BIN" run "$TINY" --choices 1,2 --lang ko
expect_in "$TMP/out" "예시: 이 확률을"
expect_status 0 "$BIN" run "$TINY" --persona b --choices 1 --seed 4 --json
expect_in "$TMP/out" '"persona":	"b"'
expect_in "$TMP/out" '"ending":	{'
# Persona b has no money, so only one choice is open at the market.
expect_status 2 "$BIN" run "$TINY" --persona b --choices 1,2

# Random play from many seeds always ends.
for seed in 1 2 3 4 5 6 7 8 9 10; do
    expect_status 0 "$BIN" run "$TINY" --seed $seed
    expect_in "$TMP/out" "== Ending:"
done
finish
