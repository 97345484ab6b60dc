#!/usr/bin/env bash
# scenarios/schema.json (for editors) agrees with the loader: every shipped scenario and the
# valid fixtures pass it, and files the loader rejects for their shape fail it too.
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3
if ! "$PY" -c 'import jsonschema' 2>/dev/null; then
    echo "python3-jsonschema is not installed (scripts/test.sh installs it)" >&2
    exit 1
fi
cat >"$TMP/validate.py" <<'PYEOF'
import json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1], encoding="utf-8"))
Draft202012Validator.check_schema(schema)
errors = sorted(Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))), key=str)
for e in errors[:5]:
    print("/".join(str(p) for p in e.absolute_path), e.message, file=sys.stderr)
sys.exit(1 if errors else 0)
PYEOF
SCHEMA=$SRC/scenarios/schema.json
for f in "$SRC"/scenarios/*.json "$SRC"/tests/data/cli/tiny.json "$SRC"/tests/data/valid/*.json; do
    case $(basename "$f") in schema.json) continue ;; esac
    expect_status 0 "$PY" "$TMP/validate.py" "$SCHEMA" "$f"
done
# Shapes the loader refuses must fail the schema as well.
sed 's/"stage": "china"/"stgae": "china"/' "$SRC/tests/data/cli/tiny.json" >"$TMP/typo.json"
expect_status 1 "$PY" "$TMP/validate.py" "$SCHEMA" "$TMP/typo.json"
sed 's/"kind": "repatriated"/"kind": "deported"/' "$SRC/tests/data/cli/tiny.json" >"$TMP/kind.json"
expect_status 1 "$PY" "$TMP/validate.py" "$SCHEMA" "$TMP/kind.json"
sed 's/"weight": 1,/"weight": "heavy",/' "$SRC/tests/data/cli/tiny.json" >"$TMP/weight.json"
expect_status 1 "$PY" "$TMP/validate.py" "$SCHEMA" "$TMP/weight.json"
finish
