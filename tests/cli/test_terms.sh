# The {탈북민} token: `run` shows the default term, the term given with --settled-term, leaves
# unknown brace tokens alone, and refuses a term that could break the text.
. "$(dirname "$0")/lib.sh"

sed -e 's/"ko": "강가에 서 있습니다."/"ko": "{탈북민} 이야기, {모름}."/' \
    -e 's/"author": "Lim Hyun-Chin and Chung Young Chul"/"author": {"en": "Lim", "ko": "임현진·{탈북민}"}/' \
    "$SRC/tests/data/valid/minimal.json" >"$TMP/terms.json"

expect_status 0 "$BIN" run "$TMP/terms.json" --lang ko --choices 1,1
expect_in "$TMP/out" "탈북민 이야기, {모름}."

expect_status 0 "$BIN" run "$TMP/terms.json" --lang ko --choices 1,1 --settled-term 북향민
expect_in "$TMP/out" "북향민 이야기, {모름}."
expect_status 0 "$BIN" run "$TMP/terms.json" --lang ko --choices 1,1 --settled-term 북향민 --format markdown
expect_in "$TMP/out" "북향민 이야기, {모름}."
expect_in "$TMP/out" "임현진·북향민"
expect_status 0 "$BIN" run "$TMP/terms.json" --lang ko --choices 1,1 --settled-term 북향민 --json
expect_in "$TMP/out" "북향민 이야기"

# English text is untouched, and no token is left anywhere.
expect_status 0 "$BIN" run "$TMP/terms.json" --lang en --choices 1,1 --settled-term 북향민
expect_in "$TMP/out" "You stand at the river."

expect_status 2 "$BIN" run "$TMP/terms.json" --settled-term "{x}"
expect_in "$TMP/err" "--settled-term takes a word"
expect_status 2 "$BIN" run "$TMP/terms.json" --settled-term ""
finish
