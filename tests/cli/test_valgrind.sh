#!/usr/bin/env bash
# Headless playthroughs, checks, stats and replays of every shipped scenario under valgrind:
# no invalid reads or writes, no use of uninitialised memory, no leaks.
. "$(dirname "$0")/lib.sh"
if ! command -v valgrind >/dev/null; then
    echo "valgrind is not installed (scripts/test.sh installs it)" >&2
    exit 1
fi
VG=(valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible --show-leak-kinds=definite,indirect,possible)
for f in "$SRC"/scenarios/*.json "$SRC"/tests/data/cli/tiny.json; do
    case $(basename "$f") in schema.json) continue ;; esac
    expect_status 0 "${VG[@]}" "$BIN" check "$f"
    expect_status 0 "${VG[@]}" "$BIN" run "$f" --seed 11 --lang ko
    expect_status 0 "${VG[@]}" "$BIN" run "$f" --seed 12 --json
    expect_status 0 "${VG[@]}" "$BIN" run "$f" --seed 13 --format html
done
expect_status 0 "$BIN" run "$SRC/tests/data/cli/tiny.json" --seed 13
code=$(tail -1 "$TMP/out" | sed 's/.*: //')
expect_status 0 "${VG[@]}" "$BIN" replay "$code" "$SRC/tests/data/cli/tiny.json"
printf '{"bad json\n{"scenario":"s","lang":"en","ending":"e","ending_kind":"k","abandoned":null,"steps":[]}\n' >"$TMP/log.jsonl"
expect_status 0 "${VG[@]}" "$BIN" stats "$TMP/log.jsonl"
expect_status 2 "${VG[@]}" "$BIN" check "$SRC/tests/data/cli/tiny.json" /dev/null
# A translation's round trip: export, an edited PO imported, and a broken one refused.
Z=$SRC/tests/data/valid/third-language.json
expect_status 0 "${VG[@]}" "$BIN" po export "$Z" --lang zh-Hans -o "$TMP/z.po"
sed 's/^msgstr "最小"$/msgstr "最小的"/; /^msgid "Tests"$/{n;s/^msgstr ""$/msgstr "测试"/}' "$TMP/z.po" >"$TMP/z2.po"
expect_status 0 "${VG[@]}" "$BIN" po import "$Z" "$TMP/z2.po" -o "$TMP/z.json"
expect_in "$TMP/err" "1 added, 1 changed"
printf 'msgid "a"\nmsgstr "b\n' >"$TMP/bad.po"
expect_status 1 "${VG[@]}" "$BIN" po import "$Z" "$TMP/bad.po" -o "$TMP/z.json"
finish
