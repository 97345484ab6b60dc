#!/usr/bin/env bash
# `crossings po export|import`: every shipped scenario survives the round trip byte for byte,
# gettext's own tools accept the exports, a translation lands in exactly its text, and stale or
# unknown entries are located errors that leave the scenario alone.
. "$(dirname "$0")/lib.sh"

# The round trip: export then import of the unchanged PO, for Korean (translated) and for a
# new language (all empty), leaves each file byte for byte the same: every shipped scenario,
# and the test files (a format-1 file as facilitators keep them, one with three languages).
for f in "$SRC"/scenarios/*.json "$SRC"/tests/data/valid/*.json "$SRC"/tests/data/cli/tiny.json; do
    case $(basename "$f") in schema.json) continue ;; esac
    n=$(basename "$f" .json)
    cp "$f" "$TMP/$n.json"
    for lang in ko zh-Hans; do
        expect_status 0 "$BIN" po export "$TMP/$n.json" --lang $lang -o "$TMP/$n.$lang.po"
        expect_status 0 "$BIN" po import "$TMP/$n.json" "$TMP/$n.$lang.po" -o "$TMP/$n.$lang.json"
        CHECKS=$((CHECKS + 1))
        if ! cmp -s "$f" "$TMP/$n.$lang.json"; then
            FAILS=$((FAILS + 1))
            echo "FAIL: $n: the $lang round trip changed the file" >&2
        fi
    done
    # gettext's checker accepts the export, and msgcat would write it the same way.
    if command -v msgfmt >/dev/null; then
        expect_status 0 msgfmt --check -o "$TMP/out.mo" "$TMP/$n.ko.po"
        CHECKS=$((CHECKS + 1))
        if [ -s "$TMP/err" ]; then
            FAILS=$((FAILS + 1))
            echo "FAIL: msgfmt --check warned about $n.ko.po:" >&2
            head -5 "$TMP/err" >&2
        fi
        expect_status 0 msgcat --no-wrap -o "$TMP/cat.po" "$TMP/$n.ko.po"
        expect_status 0 cmp "$TMP/cat.po" "$TMP/$n.ko.po"
    else
        CHECKS=$((CHECKS + 1))
        FAILS=$((FAILS + 1))
        echo "FAIL: msgfmt is not installed (scripts/test.sh installs gettext)" >&2
    fi
done

T=$TMP/tumen-1998.json
PO=$TMP/tumen-1998.ko.po
expect_status 0 "$BIN" po export "$T" --lang ko
expect_in "$TMP/out" 'msgctxt "language-name"'
expect_in "$TMP/out" 'msgstr "한국어"'
expect_in "$TMP/out" 'msgctxt "/nodes/0/choices/0/label"'
expect_in "$TMP/out" '"Language: ko\n"'
expect_in "$TMP/out" '"Content-Type: text/plain; charset=UTF-8\n"'
expect_in "$TMP/out" '"X-Crossings-Scenario: tumen-1998\n"'
expect_in "$TMP/out" "#: $T:19"
# One entry per text object with English, plus the language's name.
texts=$(grep -c '"en": ' "$T")
CHECKS=$((CHECKS + 1))
got=$(grep -c '^msgctxt' "$TMP/out")
if [ "$got" -ne $((texts + 1)) ]; then
    FAILS=$((FAILS + 1))
    echo "FAIL: $got entries for $texts texts" >&2
fi

# A real edit: one msgstr changed, and the file differs in that string alone.
python3 - "$PO" "$TMP/edit.po" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
old = 'msgctxt "/title"\nmsgid "Across the frozen Tumen, 1998"\nmsgstr "얼어붙은 두만강을 건너, 1998"'
assert old in s
s = s.replace(old, old.replace('msgstr "얼어붙은', 'msgstr "꽁꽁 얼어붙은'))
open(sys.argv[2], "w", encoding="utf-8").write(s)
PY
expect_status 0 "$BIN" po import "$T" "$TMP/edit.po" -o "$TMP/edit.json"
expect_in "$TMP/err" "1 changed, 667 unchanged"
diff "$T" "$TMP/edit.json" >"$TMP/diff"
expect_in "$TMP/diff" '<     "ko": "얼어붙은 두만강을 건너, 1998"'
expect_in "$TMP/diff" '>     "ko": "꽁꽁 얼어붙은 두만강을 건너, 1998"'
CHECKS=$((CHECKS + 1))
if [ "$(grep -c '^[<>]' "$TMP/diff")" -ne 2 ]; then
    FAILS=$((FAILS + 1))
    echo "FAIL: the edit changed more than one line:" >&2
    head "$TMP/diff" >&2
fi
expect_status 0 "$BIN" check "$TMP/edit.json"
# Without -o the scenario itself is written.
cp "$T" "$TMP/inplace.json"
chmod 640 "$TMP/inplace.json"
expect_status 0 "$BIN" po import "$TMP/inplace.json" "$TMP/edit.po"
expect_status 0 cmp "$TMP/inplace.json" "$TMP/edit.json"
CHECKS=$((CHECKS + 1))
[ "$(stat -c %a "$TMP/inplace.json")" = 640 ] || { FAILS=$((FAILS + 1)); echo "FAIL: the file's mode changed" >&2; }
CHECKS=$((CHECKS + 1))
ls "$TMP"/inplace.json.*.tmp >/dev/null 2>&1 && { FAILS=$((FAILS + 1)); echo "FAIL: a temporary file was left" >&2; }

# (zh-Hant: tumen-1998 already ships a Simplified Chinese draft.)
expect_status 0 "$BIN" po export "$T" --lang zh-Hant -o "$TMP/tumen-1998.zh-Hant.po"
# A new language: texts inserted as the last member, laid out like the file, the language
# declared as a draft with the name its entry gives, and the rest falls back to English.
python3 - "$TMP/tumen-1998.zh-Hant.po" "$TMP/zh.po" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
for en, zh in [("English", "中文"), ("Across the frozen Tumen, 1998", "跨过冰封的图们江，1998"),
               ("Lim Hyun-Chin and Chung Young Chul", "林贤镇 \\\"和\\\" 郑永哲")]:
    old = 'msgid "%s"\nmsgstr ""' % en
    assert old in s, en
    s = s.replace(old, 'msgid "%s"\nmsgstr "%s"' % (en, zh), 1)
# A fuzzy entry is not imported.
old = 'msgid "Students from 13, museum visitors and workshop groups"\nmsgstr ""'
s = s.replace('msgctxt "/audience"\n' + old,
              '#, fuzzy\nmsgctxt "/audience"\n' + old.replace('msgstr ""', 'msgstr "猜的"'))
open(sys.argv[2], "w", encoding="utf-8").write(s)
PY
expect_status 0 "$BIN" po import "$T" "$TMP/zh.po" -o "$TMP/zh.json"
expect_in "$TMP/err" "2 added, 0 changed, 0 unchanged, 665 left untranslated, 1 fuzzy skipped"
expect_in "$TMP/err" "zh-Hant declared as a draft language"
diff "$T" "$TMP/zh.json" >"$TMP/diff"
expect_in "$TMP/diff" '>       "code": "zh-Hant",'
expect_in "$TMP/diff" '>       "name": "中文",'
expect_in "$TMP/diff" '>       "status": "draft"'
expect_in "$TMP/diff" '>     "zh-Hans": "越过冰封的图们江，1998",'
expect_in "$TMP/diff" '>     "zh-Hant": "跨过冰封的图们江，1998"'
expect_in "$TMP/diff" '"zh-Hans": "Lim Hyun-Chin 和 Chung Young Chul", "zh-Hant": "林贤镇 \"和\" 郑永哲"},'
CHECKS=$((CHECKS + 1))
grep -q '猜的' "$TMP/zh.json" && { FAILS=$((FAILS + 1)); echo "FAIL: a fuzzy entry was imported" >&2; }
expect_status 0 "$BIN" check "$TMP/zh.json"
expect_in "$TMP/err" 'warning: language "zh-Hant" (中文) is a draft with 666 of 668 texts untranslated'
expect_status 0 "$BIN" run "$TMP/zh.json" --lang zh-Hant --choices 1
expect_in "$TMP/out" "跨过冰封的图们江，1998 (tumen-1998"
expect_in "$TMP/out" "Content note: This scenario is about" # English where there is no Chinese
# Exporting again carries the translations, and that round trip is exact too.
expect_status 0 "$BIN" po export "$TMP/zh.json" --lang zh-Hant -o "$TMP/zh2.po"
expect_in "$TMP/zh2.po" 'msgstr "跨过冰封的图们江，1998"'
expect_status 0 "$BIN" po import "$TMP/zh.json" "$TMP/zh2.po" -o "$TMP/zh2.json"
expect_status 0 cmp "$TMP/zh.json" "$TMP/zh2.json"

# Stale and unknown entries: located errors at the PO's line, and nothing written.
python3 - "$PO" "$TMP/stale.po" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
s = s.replace('msgid "Across the frozen Tumen, 1998"\nmsgstr "얼어붙은',
              'msgid "Across the Tumen, 1998"\nmsgstr "두만강을', 1)
s = s.replace('msgctxt "/summary"', 'msgctxt "/nodes/99/text"', 1)
open(sys.argv[2], "w", encoding="utf-8").write(s)
PY
line_title=$(grep -n 'msgctxt "/title"' "$TMP/stale.po" | cut -d: -f1)
line_gone=$(grep -n 'msgctxt "/nodes/99/text"' "$TMP/stale.po" | cut -d: -f1)
cp "$T" "$TMP/keep.json"
expect_status 1 "$BIN" po import "$TMP/keep.json" "$TMP/stale.po"
expect_in "$TMP/err" "$TMP/stale.po:$line_title:1: error: stale: the English text here has changed"
expect_in "$TMP/err" "(/title)"
expect_in "$TMP/err" "$TMP/stale.po:$line_gone:1: error: $TMP/keep.json has no text at /nodes/99/text"
expect_in "$TMP/err" "nothing written (--skip-stale writes the rest)"
expect_status 0 cmp "$T" "$TMP/keep.json"
# --skip-stale writes the valid entries and only warns about the others.
expect_status 0 "$BIN" po import "$TMP/keep.json" "$TMP/stale.po" --skip-stale -o "$TMP/skip.json"
expect_in "$TMP/err" "$TMP/stale.po:$line_title:1: warning: stale"
expect_in "$TMP/err" "2 stale skipped"
expect_status 0 cmp "$T" "$TMP/skip.json"

# A broken PO file: a located syntax error.
printf 'msgid ""\nmsgstr ""\n"Language: ko\\n"\n\nmsgctxt "/title"\nmsgid "x\nmsgstr ""\n' >"$TMP/broken.po"
expect_status 1 "$BIN" po import "$T" "$TMP/broken.po" -o "$TMP/b.json"
expect_in "$TMP/err" "$TMP/broken.po:6:7: error: a string with no closing quote"
# A result that would not load is not written: a translation longer than the format allows.
python3 - "$PO" "$TMP/long.po" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
s = s.replace('msgstr "얼어붙은 두만강을 건너, 1998"', 'msgstr "' + "가" * 3000 + '"', 1)
open(sys.argv[2], "w", encoding="utf-8").write(s)
PY
expect_status 1 "$BIN" po import "$TMP/keep.json" "$TMP/long.po"
expect_in "$TMP/err" "string longer than 8192 bytes"
expect_in "$TMP/err" "the result has errors: nothing written"
expect_status 0 cmp "$T" "$TMP/keep.json"

# Usage errors.
expect_status 2 "$BIN" po export "$T"
expect_in "$TMP/err" "export needs --lang CODE"
expect_status 2 "$BIN" po translate "$T"
expect_status 2 "$BIN" po import "$T"
expect_status 1 "$BIN" po export "$T" --lang en
expect_in "$TMP/err" "en is the language the texts are written in"
expect_status 2 "$BIN" po import "$T" "$TMP/no-such.po"
expect_status 0 "$BIN" po --help
expect_in "$TMP/out" "--skip-stale"

# The test scenario with a third language: it loads with a coverage warning, plays in that
# language with English where a text is missing, and its export carries what it has.
Z=$SRC/tests/data/valid/third-language.json
expect_status 0 "$BIN" check "$Z"
expect_in "$TMP/err" 'language "zh-Hans" (中文) is a draft with 37 of 43 texts untranslated, shown in English instead'
expect_status 0 "$BIN" run "$Z" --lang zh-Hans --choices 1
expect_in "$TMP/out" "你站在河边。"
expect_in "$TMP/out" "1) 过河"
expect_in "$TMP/out" "== 阶段 1: The border (Tumen River) =="
expect_status 0 "$BIN" po export "$Z" --lang zh-Hans
expect_in "$TMP/out" 'msgstr "中文"'
expect_in "$TMP/out" '"Language: zh_Hans\n"'
expect_in "$TMP/out" '"Plural-Forms: nplurals=1; plural=0;\n"'
finish
