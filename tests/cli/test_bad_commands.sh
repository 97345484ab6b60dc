#!/usr/bin/env bash
# The other commands on bad input: `run` and `simulate` with bad options, `stats` on garbage,
# binary and empty logs, `replay` with garbage codes. Each gives a clear message and status,
# never a crash.
. "$(dirname "$0")/lib.sh"
TINY=$SRC/tests/data/cli/tiny.json

# bad WANT CMD...: CMD exits WANT within 10 s, and no sanitizer reported anything.
bad() {
    local want=$1
    shift
    expect_status "$want" timeout -k 2 10 "$@"
    CHECKS=$((CHECKS + 1))
    if grep -qE 'Sanitizer|runtime error:|Segmentation|Aborted' "$TMP/err"; then
        FAILS=$((FAILS + 1))
        echo "FAIL: '$*' triggered a sanitizer or crash report" >&2
        head -20 "$TMP/err" | sed 's/^/  stderr: /' >&2
    fi
}
long=$(printf 'a%.0s' {1..5000})
printf '%*s' 1000 '' | tr ' ' '[' >"$TMP/deep.json"

# ===== run =====
for c in abc 1,,2 -1 0 1.5 1,x 99999999999999999999 "$long" $'1\n2'; do
    bad 2 "$BIN" run "$TINY" --choices "$c"
    expect_in "$TMP/err" "--choices is a list like 1,2,1"
done
bad 2 "$BIN" run "$TINY" --choices 9
expect_in "$TMP/err" "choice 9 at step 1 is not open (2 choices)"
bad 2 "$BIN" run "$TINY" --choices 1,99
expect_in "$TMP/err" "choice 99 at step 2 is not open"
for s in -1 '' banana 0x10 1e3 18446744073709551616 99999999999999999999999 "$long"; do
    bad 2 "$BIN" run "$TINY" --seed "$s"
    expect_in "$TMP/err" "--seed takes a whole number"
done
bad 0 "$BIN" run "$TINY" --seed 18446744073709551615 # the largest seed is a seed
expect_in "$TMP/out" "== Ending:"
bad 2 "$BIN" run "$TINY" --seed
expect_in "$TMP/err" "option '--seed' needs a value"
for p in '' nobody "$long" "$(printf 'a\xffb')" 'a%s%n'; do
    bad 2 "$BIN" run "$TINY" --persona "$p"
    expect_in "$TMP/err" "scenario tiny has no persona"
done
for l in '' xx "$long" '%s%s%s'; do
    bad 2 "$BIN" run "$TINY" --lang "$l"
    expect_in "$TMP/err" "has no language"
done
bad 2 "$BIN" run "$TINY" --format pdf
bad 2 "$BIN" run "$TINY" --max-steps 0
bad 2 "$BIN" run "$TINY" --max-steps -5
bad 1 "$BIN" run "$TINY" --max-steps 1 --choices 1
expect_in "$TMP/err" "stopped after 1 steps without an ending"
bad 2 "$BIN" run "$TINY" "$TINY"
bad 2 "$BIN" run --persona
bad 2 "$BIN" run "$TMP/missing.json" --seed 1
bad 2 "$BIN" bogus-command
bad 2 "$BIN" ''

# ===== simulate =====
for o in "-n 0" "-n -1" "-n abc" "-n 99999999999999999999" "--seed x" "--threads 0" \
    "--threads 65" "--max-steps 0" "--replay -1" "--policy nope" "--policy script"; do
    # shellcheck disable=SC2086 # each case is an option and its value
    bad 2 "$BIN" simulate "$TINY" $o
    expect_in "$TMP/err" "crossings simulate: "
done
bad 2 "$BIN" simulate "$TINY" --persona nobody
expect_in "$TMP/err" 'has no persona "nobody"'
bad 2 "$BIN" simulate "$TINY" --lang "$long"
bad 2 "$BIN" simulate
bad 1 "$BIN" simulate "$TMP/deep.json" -n 5
expect_in "$TMP/err" "nesting deeper than 32 levels"
printf '1,2 x 3\n' >"$TMP/script.txt"
bad 2 "$BIN" simulate "$TINY" -n 5 --policy script "$TMP/script.txt"
expect_in "$TMP/err" "must hold choice numbers 1-99"
printf '0\n' >"$TMP/script.txt"
bad 2 "$BIN" simulate "$TINY" -n 5 --policy script "$TMP/script.txt"
bad 2 "$BIN" simulate "$TINY" -n 5 --policy script "$TMP/missing.txt"
expect_in "$TMP/err" "cannot read script file"
bad 2 "$BIN" simulate "$TINY" -n 5 --policy script /dev/zero

# ===== stats =====
printf '{"scenario":"s","lang":"en","ending":"e","ending_kind":"k","abandoned":null,"steps":[]}\n' \
    >"$TMP/good.jsonl"
bad 0 "$BIN" stats "$TMP/good.jsonl"
expect_in "$TMP/out" "1 sessions"
: >"$TMP/empty.jsonl"
bad 0 "$BIN" stats "$TMP/empty.jsonl"
expect_in "$TMP/out" "0 sessions"
printf 'garbage\n{"x":\n[1,2]\n"s"\n{"scenario":5}\n{}\n\n\r\n' >"$TMP/garbage.jsonl"
bad 0 "$BIN" stats "$TMP/garbage.jsonl" "$TMP/good.jsonl"
expect_in "$TMP/err" "garbage.jsonl:1:1: warning: skipped line: not valid JSON"
expect_in "$TMP/err" "garbage.jsonl:3:1: warning: skipped line: not a JSON object"
expect_in "$TMP/err" "garbage.jsonl:5:1: warning: skipped line"
expect_in "$TMP/out" "1 sessions"
# Binary: every byte value, NULs, invalid UTF-8, a deep nest on one line, a long line.
{
    for i in $(seq 0 255); do printf "\\x$(printf %02x "$i")"; done
    printf '\n\xff\xfe\xc0\xaf\n'
    printf '%*s\n' 100000 '' | tr ' ' '['
    printf '{"scenario":"%s"}\n' "$(printf 'x%.0s' {1..200000})"
    head -c 4096 /dev/urandom
} >"$TMP/binary.jsonl"
bad 0 "$BIN" stats "$TMP/binary.jsonl" "$TMP/good.jsonl"
expect_in "$TMP/err" "binary.jsonl:1:1: warning: skipped line: it contains a NUL byte"
expect_in "$TMP/err" "binary.jsonl:3:1: warning: skipped line"
expect_in "$TMP/out" "1 sessions"
bad 0 "$BIN" stats --csv "$TMP/binary.jsonl"
expect_in "$TMP/out" "section,scenario,key,subkey,value"
# Thousands of bad lines: the warnings are capped, the rest counted.
yes 'not json' | head -n 3000 >"$TMP/many.jsonl"
bad 0 "$BIN" stats "$TMP/many.jsonl"
expect_in "$TMP/err" "more diagnostics not shown"
bad 2 "$BIN" stats "$TMP/missing.jsonl"
expect_in "$TMP/err" "missing.jsonl: error: cannot read this log"
bad 2 "$BIN" stats
bad 2 "$BIN" stats --bogus "$TMP/good.jsonl"

# ===== replay =====
for c in garbage '' "$long" '!!!@@@' "$(printf '\xff\xfe')" 'AAAA-AAAA-AAAA' '0000-0000-0000-0000' \
    '%s%s%s%n' "$(printf 'A%.0s' {1..100})"; do
    bad 1 "$BIN" replay "$c" "$TINY"
    expect_in "$TMP/err" "crossings replay: "
    bad 1 "$BIN" replay "$c"
done
# A real code with one character changed is caught by its check, not replayed as another path.
bad 0 "$BIN" run "$TINY" --seed 13
code=$(tail -1 "$TMP/out" | sed 's/.*: //')
bad 0 "$BIN" replay "$code" "$TINY"
last=${code: -1}
[ "$last" = A ] && other=B || other=A
bad 1 "$BIN" replay "${code%?}$other" "$TINY"
expect_in "$TMP/err" "crossings replay: "
bad 1 "$BIN" replay "$code" "$SRC/tests/data/valid/minimal.json"
expect_in "$TMP/err" "no scenario given matches this code"
bad 1 "$BIN" replay "$code" "$TMP/garbage.jsonl"
bad 2 "$BIN" replay
bad 2 "$BIN" replay --bogus
finish
