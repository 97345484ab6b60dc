#!/usr/bin/env bash
# simulate (threaded, every policy, JSON) and graph under valgrind: no invalid reads or writes,
# no use of uninitialised memory, no leaks.
. "$(dirname "$0")/lib.sh"
if ! command -v valgrind >/dev/null; then
    echo "valgrind is not installed (scripts/test.sh installs it)" >&2
    exit 1
fi
VG=(valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible --show-leak-kinds=definite,indirect,possible)
printf '1 2 1\n' >"$TMP/script.txt"
for f in "$SRC"/scenarios/*.json "$SRC"/tests/data/cli/tiny.json; do
    case $(basename "$f") in schema.json) continue ;; esac
    expect_status 0 "${VG[@]}" "$BIN" simulate "$f" -n 300 --threads 3
    expect_status 0 "${VG[@]}" "$BIN" graph "$f" --lang ko
done
TINY=$SRC/tests/data/cli/tiny.json
expect_status 0 "${VG[@]}" "$BIN" simulate "$TINY" -n 100 --policy first --json --lang ko
expect_status 0 "${VG[@]}" "$BIN" simulate "$TINY" -n 100 --policy script "$TMP/script.txt"
expect_status 2 "${VG[@]}" "$BIN" simulate "$TINY" --policy script /dev/null
finish
