#!/usr/bin/env bash
# `crossings new FILE`: the starter passes `check` (and `check --topics`) with no error and no
# warning wherever it is written, its "$schema" leads to the format's schema from the file's own
# folder, the schema accepts it, it plays to an ending, and an existing file is left alone.
. "$(dirname "$0")/lib.sh"
mkdir -p "$TMP/a/b/c" "$TMP/data"
cp -r "$SRC/scenarios" "$TMP/data/"
for f in "$TMP/first.json" "$TMP/a/b/c/deep.json" "$TMP/data/scenarios/mine.json"; do
    expect_status 0 "$BIN" new "$f"
    expect_in "$TMP/out" "written"
    expect_status 0 "$BIN" check --topics "$f"
    expect_in "$TMP/out" "0 warnings)"
    CHECKS=$((CHECKS + 1))
    [ -s "$TMP/err" ] && { FAILS=$((FAILS + 1)); echo "FAIL: check printed:" >&2; cat "$TMP/err" >&2; }
    ref=$(sed -n 's/^  "\$schema": "\(.*\)",$/\1/p' "$f")
    CHECKS=$((CHECKS + 1))
    if ! cmp -s "$(dirname "$f")/$ref" "$SRC/scenarios/schema.json"; then
        FAILS=$((FAILS + 1))
        echo "FAIL: \$schema '$ref' in $f does not lead to the schema" >&2
    fi
    expect_status 0 "$BIN" run "$f" --choices 1,1 --seed 3
    expect_in "$TMP/out" "Ending"
done
# Inside a data folder's scenarios/ (where shipped files sit) the schema is a sibling.
CROSSINGS_DATA_DIR="$TMP/data" expect_status 0 "$BIN" new "$TMP/data/scenarios/beside.json" --force
expect_in "$TMP/data/scenarios/beside.json" '"$schema": "./schema.json"'
# The schema agrees with the loader about the starter.
if /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then
    expect_status 0 /usr/bin/python3 -c '
import json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1], encoding="utf-8"))
errors = list(Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))))
for e in errors[:5]: print(e.message, file=sys.stderr)
sys.exit(1 if errors else 0)' "$SRC/scenarios/schema.json" "$TMP/first.json"
fi
# An existing file is never replaced without --force.
echo "mine" >"$TMP/kept.json"
expect_status 2 "$BIN" new "$TMP/kept.json"
expect_in "$TMP/err" "exists"
expect_in "$TMP/kept.json" "mine"
expect_status 0 "$BIN" new "$TMP/kept.json" --force
expect_status 0 "$BIN" check "$TMP/kept.json"
expect_status 2 "$BIN" new
expect_status 2 "$BIN" new "$TMP/no-such-folder/x.json"
expect_status 0 "$BIN" new --help
expect_in "$TMP/out" "Usage: crossings new FILE"
finish
