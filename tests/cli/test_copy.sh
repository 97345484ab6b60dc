#!/usr/bin/env bash
# The copy check (tests/copy/copy_check.py): no shipped scenario repeats 8 or more consecutive
# words of a source document outside a quotation or a quoted figure. The source documents sit
# beside the repository (../shared/seeds); without them the test fails rather than pass unseen.
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3
CHECK=$SRC/tests/copy/copy_check.py
SEEDS=${CROSSINGS_SEEDS_DIR:-$SRC/../shared/seeds}
if [ ! -d "$SEEDS" ]; then
    echo "test_copy: the source documents are missing: expected $SEEDS (shared/seeds beside" \
         "the repository; set CROSSINGS_SEEDS_DIR to point elsewhere)" >&2
    exit 1
fi

# The shipped scenarios are clean.
expect_status 0 "$PY" "$CHECK" "$SEEDS" "$SRC"/scenarios/*-*.json
sed -n '$p' "$TMP/out"
expect_in "$TMP/out" "0 found"

# The check itself: a planted run of 8 words from a seed is found, 7 are not, quoted is allowed,
# and case, punctuation and spacing do not hide a copy.
SEED=$(ls "$SEEDS"/*.txt | head -1)
RUN=$("$PY" - "$SEED" <<'PYEOF'
import re, sys
words = re.findall(r"[A-Za-z]+", open(sys.argv[1], encoding="utf-8").read())
# eight plain words in a row from the middle of the document
print(" ".join(words[200:208]))
PYEOF
)
SEVEN=$(echo "$RUN" | cut -d' ' -f1-7)
SHOUT=$(echo "$RUN" | tr 'a-z' 'A-Z' | sed 's/ /,   /g')
plant() { sed "s|\"ko\": \"강가에 서 있습니다.\"|\"ko\": \"$2\"|; s|\"en\": \"You stand at the river.\"|\"en\": \"$1\"|" \
    "$SRC/tests/data/valid/minimal.json" >"$TMP/planted.json"; }
plant "Before: $RUN. After." "x"
expect_status 1 "$PY" "$CHECK" "$SEEDS" "$TMP/planted.json"
expect_in "$TMP/out" "/nodes/0/text/en: 8 words from $(basename "$SEED")"
plant "Before: $SHOUT!" "x"
expect_status 1 "$PY" "$CHECK" "$SEEDS" "$TMP/planted.json"
plant "Before: $SEVEN." "x"
expect_status 0 "$PY" "$CHECK" "$SEEDS" "$TMP/planted.json"
plant "As the report puts it, “$RUN”." "x"
expect_status 0 "$PY" "$CHECK" "$SEEDS" "$TMP/planted.json"
expect_in "$TMP/out" "allowed: 1 in quotations"

# No seeds: a failure with a message, never a pass.
expect_status 1 "$PY" "$CHECK" "$TMP/no-such-dir" "$SRC"/scenarios/tumen-1998.json
expect_in "$TMP/err" "the source documents are missing"
finish
