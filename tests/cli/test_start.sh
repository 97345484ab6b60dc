#!/usr/bin/env bash
# --start NODE and --set VAR=VALUE: `run` begins where they say, says so, gives no session code,
# and every slip (unknown node or variable, wrong type, out of range, malformed) is a usage
# error naming it; `check` and the game check them the same way (the game before it opens a
# window).
. "$(dirname "$0")/lib.sh"
M=$SRC/tests/data/valid/minimal.json
expect_status 0 "$BIN" run "$M" --start town --set months=5 --set speaks_chinese=true --choices 2,2
expect_in "$TMP/out" 'Test start: node "town"'
expect_in "$TMP/out" "A market town."
expect_in "$TMP/out" "You chose 2: Take the train" # open only because speaks_chinese is true
CHECKS=$((CHECKS + 1))
grep -q "Session code" "$TMP/out" && { FAILS=$((FAILS + 1)); echo "FAIL: a test start has a code" >&2; }
expect_status 0 "$BIN" run "$M" --set months=5 --choices 1,2,2 --json
expect_in "$TMP/out" '"months":	6'
expect_status 2 "$BIN" run "$M" --start twn
expect_in "$TMP/err" '--start: scenario "minimal" has no node "twn" (did you mean "town"?)'
expect_status 2 "$BIN" run "$M" --set mnths=3
expect_in "$TMP/err" '--set: scenario "minimal" has no variable "mnths" (did you mean "months"?)'
expect_status 2 "$BIN" run "$M" --set months=900
expect_in "$TMP/err" '--set: variable "months" runs from 0 to 600; 900 is outside it'
expect_status 2 "$BIN" run "$M" --set months=lots
expect_in "$TMP/err" '--set: variable "months" takes a whole number from 0 to 600, not "lots"'
expect_status 2 "$BIN" run "$M" --set speaks_chinese=yes
expect_in "$TMP/err" '--set: variable "speaks_chinese" is true or false, not "yes"'
expect_status 2 "$BIN" run "$M" --set months
expect_in "$TMP/err" '--set takes VARIABLE=VALUE (e.g. money=500), not "months"'
# check takes the same options and reports a start that does not fit as the file's error.
expect_status 0 "$BIN" check --start town --set months=3 "$M"
expect_in "$TMP/out" "ok ("
expect_status 1 "$BIN" check "$M" --start twn --set months=3
expect_in "$TMP/err" 'minimal.json: error: --start: scenario "minimal" has no node "twn" (did you mean "town"?)'
expect_status 1 "$BIN" check --set speaks_chinese=maybe --json "$M"
expect_in "$TMP/out" 'variable \"speaks_chinese\" is true or false, not \"maybe\"'
expect_status 2 "$BIN" check "$M" --set
if "$BIN" --help-gui >/dev/null 2>&1; then
    expect_status 2 "$BIN" --scenario "$M" --start twn
    expect_in "$TMP/err" 'did you mean "town"?'
    expect_status 2 "$BIN" --scenario "$M" --set months=-1
    expect_in "$TMP/err" 'runs from 0 to 600; -1 is outside it'
    expect_status 2 "$BIN" --start town
    expect_in "$TMP/err" "need exactly one --scenario FILE"
fi
finish
