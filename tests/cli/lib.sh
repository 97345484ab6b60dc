# Shared helpers for the command-line tests: expect an exit status, expect output text.
# Each test script gets the binary as $1 and the source folder as $2.
BIN=$1
SRC=$2
FAILS=0
CHECKS=0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# expect_status WANT CMD...: runs CMD (stdout to $TMP/out, stderr to $TMP/err).
expect_status() {
    local want=$1
    shift
    CHECKS=$((CHECKS + 1))
    "$@" >"$TMP/out" 2>"$TMP/err"
    local got=$?
    if [ "$got" -ne "$want" ]; then
        FAILS=$((FAILS + 1))
        echo "FAIL: '$*' exited $got, expected $want" >&2
        sed 's/^/  stderr: /' "$TMP/err" | head -20 >&2
    fi
}

# expect_in FILE TEXT: the file ($TMP/out or $TMP/err) contains TEXT.
expect_in() {
    CHECKS=$((CHECKS + 1))
    if ! grep -qF -- "$2" "$1"; then
        FAILS=$((FAILS + 1))
        echo "FAIL: expected $(basename "$1") to contain: $2" >&2
        head -20 "$1" | sed 's/^/  got: /' >&2
    fi
}

finish() {
    echo "$(basename "$0" .sh): $((CHECKS - FAILS)) passed, $FAILS failed"
    [ "$FAILS" -eq 0 ]
}
