#!/usr/bin/env bash
# Translations through the catalogues: `check --lang ko` writes Korean with every location and
# JSON path exactly as in English, on a machine with only C.UTF-8 and a LANGUAGE glibc would
# obey; an unknown language is a usage error; session-code refusals follow --lang; and
# `i18n-status` counts translated, fuzzy and missing messages and each scenario's texts.
. "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=xx_JUNK:zz

printf '{"format":"1","id":"x","titel":3,\n "version": 1}\n' >"$TMP/bad.json"
expect_status 1 "$BIN" check "$TMP/bad.json"
cp "$TMP/err" "$TMP/en"
expect_status 1 "$BIN" check --lang ko "$TMP/bad.json"
cp "$TMP/err" "$TMP/ko"
expect_in "$TMP/ko" "오류: 형식에 없는 키입니다"
expect_in "$TMP/ko" '(영어 원문: the scenario has unknown key "titel"'
# location before the severity, JSON path at the end: the same on every line
loc() { sed -nE 's/^([^ ]*:[0-9]+:[0-9]+:) .* (\(\/[^ ]*\))$/\1 \2/p' "$1"; }
CHECKS=$((CHECKS + 1))
if [ "$(loc "$TMP/en")" != "$(loc "$TMP/ko")" ] || [ "$(loc "$TMP/en" | wc -l)" -lt 3 ]; then
    FAILS=$((FAILS + 1))
    echo "FAIL: locations or paths differ between English and Korean" >&2
    diff <(loc "$TMP/en") <(loc "$TMP/ko") >&2
fi
expect_status 2 "$BIN" check --lang xx "$TMP/bad.json"
expect_in "$TMP/err" "no messages in language 'xx'"
expect_status 2 "$BIN" check --lang ../ko "$TMP/bad.json"

# The summaries count with each language's plural forms (never "1 errors", never "(s)").
D=$SRC/tests/data/bad/duplicate-key.json
expect_status 1 "$BIN" check "$D"
expect_in "$TMP/err" "duplicate-key.json: 1 error, 0 warnings"
expect_status 1 "$BIN" check --lang ko "$D"
expect_in "$TMP/err" "duplicate-key.json: 오류 1개, 경고 0개"
expect_status 1 "$BIN" check --lang zh-Hans "$D"
expect_in "$TMP/err" "duplicate-key.json:6:3: 错误: "
expect_in "$TMP/err" "duplicate-key.json: 1个错误, 0个警告"
expect_status 0 "$BIN" check "$SRC/tests/data/cli/tiny.json"
expect_in "$TMP/out" "tiny.json: ok (2 nodes, 4 choices, 4 outcomes: 2 cited, 2 illustrative; 3 endings; 0 warnings)"
expect_status 0 "$BIN" check --lang zh-Hans "$SRC/tests/data/cli/tiny.json"
expect_in "$TMP/out" "tiny.json: 通过 (2个节点, 4个选项, 4个结果: 2个有出处, 2个示意性（非实际数据）; 3个结局; 0个警告)"

# A session code with a typo, refused in Korean and in English.
expect_status 1 "$BIN" replay 0000-0000-0000 --lang ko
expect_in "$TMP/err" "코드"
expect_status 1 "$BIN" replay 0000-0000-0000
expect_in "$TMP/err" "code"

# Coverage: the committed files, then a copy with one fuzzy and one missing entry.
expect_status 0 "$BIN" i18n-status
expect_in "$TMP/out" "ko (한국어, draft):"
for f in "$SRC"/scenarios/*.json; do
    [ "$(basename "$f")" = schema.json ] || expect_in "$TMP/out" "  $(basename "$f" .json)  en "
done
total=$(grep -c '^msgid ' "$SRC/po/crossings.pot")
total=$((total - 1)) # the header
mkdir "$TMP/po"
cp "$SRC/po/crossings.pot" "$TMP/po/"
# "Begin" becomes fuzzy, "Back" untranslated
awk '/^msgid "Begin"$/ { print "#, fuzzy" } { print } ' "$SRC/po/ko.po" |
    sed '/^msgid "Back"$/{n;s/^msgstr .*/msgstr ""/}' >"$TMP/po/ko.po"
expect_status 0 "$BIN" i18n-status --po-dir "$TMP/po" "$SRC/scenarios/tumen-1998.json"
expect_in "$TMP/out" "ko (한국어, draft): $((total - 2)) translated, 1 fuzzy, 1 missing"
expect_in "$TMP/out" "  tumen-1998  en "
expect_status 2 "$BIN" i18n-status --po-dir "$TMP/nowhere"
expect_status 2 "$BIN" i18n-status --po-dir
finish
