#!/usr/bin/env bash
# A language is a file, not code: a fourth, made-up language is added only as a PO file (the
# template through msgen, each translation bracketed by sed, compiled by msgfmt into a folder of
# its own next to the shipped catalogues) and the real game, under SDL's offscreen driver,
# lists it on the title screen by its own name, switches to it, and plays a journey with the
# interface in it and the scenario's text in English (the scenario does not declare it).
. "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy CROSSINGS_DATA_DIR="$SRC"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=xx_JUNK
build=$(dirname "$BIN")
mkdir "$TMP/locale"
cp "$build"/locale/*.mo "$TMP/locale/"
# The header gets a language and a plural rule (msgen leaves the template's fuzzy header).
msgen "$SRC/po/crossings.pot" |
    sed -e '/^#, fuzzy$/d' \
        -e 's/^"Language: \\n"$/"Language: x-pseudo\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"/' \
        -e 's/^\(msgstr\(\[[0-9]\]\)\?\) "\(..*\)"$/\1 "«\3»"/' \
        -e 's/^msgstr "«English»"$/msgstr "Pseudo"/' >"$TMP/x-pseudo.po"
expect_status 0 msgfmt --check -o "$TMP/locale/x-pseudo.mo" "$TMP/x-pseudo.po"

# Title (English), the third language button (ids: 1 Begin, 2 English, 3 한국어, 4 Pseudo),
# then a journey up to its first choice.
cat >"$TMP/play" <<SCRIPT
wait 300
expect title
click 4
wait 300
shot $TMP/title.png
click 1
wait 200
expect select
key Return
key Return
until node Return 6
shot $TMP/node.png
quit
SCRIPT
expect_status 0 env CROSSINGS_LOCALE_DIR="$TMP/locale" timeout -k 5 120 "$BIN" --renderer software \
    --reduced-motion --seed 3 --script "$TMP/play" --text-mirror "$TMP/mirror"
cp "$TMP/mirror" "$TMP/out"
expect_in "$TMP/out" "[English (selected)]"
expect_in "$TMP/out" "[한국어]"
expect_in "$TMP/out" "[Pseudo]"
expect_in "$TMP/out" "[«Begin»]"
expect_in "$TMP/out" "[Pseudo («selected»)]"
expect_in "$TMP/out" "«What do you do?»"
# the scenario's own text stays English: it declares no such language
expect_in "$TMP/out" "Across the frozen Tumen, 1998"
expect_in "$TMP/out" "«no»"
CHECKS=$((CHECKS + 1))
[ -s "$TMP/title.png" ] && [ -s "$TMP/node.png" ] || { FAILS=$((FAILS + 1)); echo "FAIL: no screenshots" >&2; }
# Without the folder, the same game offers only the shipped languages.
printf 'wait 200\nexpect title\nquit\n' >"$TMP/look"
expect_status 0 timeout -k 5 60 "$BIN" --renderer software --reduced-motion --script "$TMP/look" \
    --text-mirror "$TMP/mirror2"
cp "$TMP/mirror2" "$TMP/out"
CHECKS=$((CHECKS + 1))
grep -qF "[Pseudo" "$TMP/out" && { FAILS=$((FAILS + 1)); echo "FAIL: Pseudo offered without its catalogue" >&2; }
expect_in "$TMP/out" "[한국어]"
finish
