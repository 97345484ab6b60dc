#!/usr/bin/env bash
# Files that are not regular files given as scenarios, logs or choice scripts: a FIFO with no writer (opening it
# blocks forever), /dev/zero (endless bytes), a directory. Each must be refused at once with
# exit status 2 and the path in the message: never a hang, and never gigabytes read.
. "$(dirname "$0")/lib.sh"
TINY=$SRC/tests/data/cli/tiny.json

# refused CMD...: CMD exits 2 within 5 s, using at most about 512 MB, and no sanitizer spoke.
# (An endless read must not take the machine's memory down with it, so memory is capped: with
# ulimit, or, since AddressSanitizer reserves terabytes of address space, with its own options.)
CAP=524288
if grep -qa __asan_init "$BIN"; then
    CAP=unlimited
    export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}hard_rss_limit_mb=256:max_allocation_size_mb=256:allocator_may_return_null=1
fi
refused() {
    expect_status 2 bash -c 'ulimit -v "$0"; exec timeout -k 2 5 "$@"' "$CAP" "$@"
    CHECKS=$((CHECKS + 1))
    if grep -qE 'Sanitizer|runtime error:' "$TMP/err"; then
        FAILS=$((FAILS + 1))
        echo "FAIL: '$*' triggered a sanitizer report" >&2
    fi
}

mkfifo "$TMP/fifo.json"
refused "$BIN" check "$TMP/fifo.json"
expect_in "$TMP/err" "$TMP/fifo.json: error: "
expect_in "$TMP/err" "not a regular file"
refused "$BIN" run "$TMP/fifo.json"
refused "$BIN" check /dev/zero
expect_in "$TMP/err" "/dev/zero: error: "
expect_in "$TMP/err" "not a regular file"
refused "$BIN" check "$TMP"
expect_in "$TMP/err" "$TMP: error: "
expect_in "$TMP/err" "folder"
# replay tries each file it is given: a FIFO among them must not stop it.
"$BIN" run "$TINY" --seed 13 >"$TMP/run.txt"
code=$(tail -1 "$TMP/run.txt" | sed 's/.*: //')
expect_status 0 timeout -k 2 10 "$BIN" replay "$code" "$TMP/fifo.json" "$TINY"

# simulate's choice script (--policy 'script FILE') is an input file too.
refused "$BIN" simulate "$TINY" -n 5 --policy script "$TMP/fifo.json"
expect_in "$TMP/err" "fifo.json"

# stats: a directory, a FIFO and /dev/zero (one endless line) are unreadable logs, not empty ones.
refused "$BIN" stats "$TMP"
expect_in "$TMP/err" "$TMP: error: "
expect_in "$TMP/err" "folder"
refused "$BIN" stats "$TMP/fifo.json"
refused "$BIN" stats /dev/zero
expect_in "$TMP/err" "/dev/zero: error: "
expect_in "$TMP/err" "not a regular file"
finish
