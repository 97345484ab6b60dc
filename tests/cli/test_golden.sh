#!/usr/bin/env bash
# Golden transcripts: tests/golden/<scenario-id>.<n>.args holds the arguments after the file,
# .txt the expected transcript. Regenerate one with:
#   ./build/crossings run scenarios/<id>.json $(cat tests/golden/<id>.<n>.args) > tests/golden/<id>.<n>.txt
. "$(dirname "$0")/lib.sh"
count=0
for args in "$SRC"/tests/golden/*.args; do
    [ -e "$args" ] || continue
    base=${args%.args}
    name=$(basename "$base")
    id=${name%.*}
    file=$SRC/scenarios/$id.json
    [ -f "$file" ] || file=$SRC/tests/data/cli/$id.json
    # shellcheck disable=SC2046
    expect_status 0 "$BIN" run "$file" $(cat "$args")
    CHECKS=$((CHECKS + 1))
    if ! diff -u "$base.txt" "$TMP/out" >"$TMP/diff"; then
        FAILS=$((FAILS + 1))
        echo "FAIL: transcript $name differs from its golden file:" >&2
        head -40 "$TMP/diff" >&2
    fi
    count=$((count + 1))
done
CHECKS=$((CHECKS + 1))
[ "$count" -ge 2 ] || { FAILS=$((FAILS + 1)); echo "FAIL: only $count golden transcripts" >&2; }
finish
