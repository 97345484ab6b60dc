#!/usr/bin/env bash
# Builds the browser version into build-web/site/ (docs/WEB.md): the page, game.js and
# game.wasm, data.js + crossings.data (route map, fonts subset to the characters the shipped
# scenarios and the interface use; the full fonts beside them for visitors' own files), and
# scenarios.json (the shipped scenarios, fetched by the page after the start).
# Serve it with any static file server, e.g. python3 -m http.server -d build-web/site.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/deps.sh
crs_install "${CRS_BUILD_PACKAGES[@]}" "${CRS_WEB_PACKAGES[@]}"
prefix="$(scripts/web_deps.sh)"
# libunibreak has a cache entry of its own (adding it to web_deps.sh would rebuild the rest).
# Where Debian's source cannot be had, the game's reduced break rules stand in (breaks.c).
if unibreak="$(scripts/web_deps_unibreak.sh)"; then
    ub=(-DCRS_UNIBREAK_INCLUDE_DIR="$unibreak/include" -DCRS_UNIBREAK_LIBRARY="$unibreak/lib/libunibreak.a")
else
    echo "crossings: no wasm libunibreak; the browser build breaks lines by its reduced rules" >&2
    ub=(-DCRS_UNIBREAK_INCLUDE_DIR=CRS_UNIBREAK_INCLUDE_DIR-NOTFOUND
        -DCRS_UNIBREAK_LIBRARY=CRS_UNIBREAK_LIBRARY-NOTFOUND)
fi
export NODE_PATH=/usr/share/nodejs # emcc's JS optimiser needs Debian's acorn
out=build-web
site="$out/site" data="$out/data/crossings" log="$out/build.log"
mkdir -p "$out"

# A build folder configured against another prefix (web_deps.sh's key changed) would go on
# finding the old libraries in its cache: start it again.
[ "$(cat "$out/cmake/.prefix" 2>/dev/null)" = "$prefix" ] || rm -rf "$out/cmake"
emcmake cmake -S . -B "$out/cmake" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DCMAKE_FIND_ROOT_PATH="$prefix" -DCMAKE_PREFIX_PATH="$prefix" "${ub[@]}" >"$log" 2>&1 \
    || { cat "$log" >&2; exit 1; }
echo "$prefix" >"$out/cmake/.prefix"
cmake --build "$out/cmake" --target crossings -j "$(nproc)" >>"$log" 2>&1 \
    || { tail -40 "$log" >&2; exit 1; }

rm -rf "$site" "$out/data"
mkdir -p "$site/fonts" "$data/assets/map" "$data/assets/fonts" "$data/locale"
cp assets/map/route-map.json "$data/assets/map/"
cp "$out"/cmake/locale/*.mo "$data/locale/" # the interface's translations (po/, built by msgfmt)
# The shipped scenarios are not needed for the title's first frame: the page fetches them
# beside the data package as one JSON object (file name -> text) and writes them into
# /crossings/scenarios, and the game reads them once the title is on the page.
python3 - "$site/scenarios.json" scenarios/*.json <<'PY'
import json, os, sys
files = {os.path.basename(p): open(p, encoding="utf-8").read()
         for p in sys.argv[2:] if os.path.basename(p) != "schema.json"}
json.dump(files, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, separators=(",", ":"))
PY
# Every character the shipped scenarios, the interface (the C sources' strings and the PO
# catalogues, when there are any) can show, plus printable ASCII for a facilitator's own files.
# cjk.txt: those NanumGothic lacks or leaves to the CJK font, for the Noto Sans CJK subset.
# fontTools comes with Debian's fonttools: run this with pyftsubset's own interpreter.
fontpy="$(sed -n '1s/^#! *//p' "$(command -v pyftsubset)")"
$fontpy - "$out/chars.txt" "$out/cjk.txt" assets/fonts/NanumGothic.ttf scenarios/*.json \
    game/ui/*/*.c game/ui/*/*.h game/core/export.c $(ls po/*.po po/*.pot 2>/dev/null) <<'PY'
import sys
from fontTools.ttLib import TTFont
chars = set(chr(c) for c in range(0x20, 0x7f)) | set("\u00a0·–—‘’“”…→←↑↓•×≈≤≥%")
for path in sys.argv[4:]:
    chars |= set(open(path, encoding="utf-8").read())
chars = sorted(c for c in chars if c >= " ")
open(sys.argv[1], "w", encoding="utf-8").write("".join(chars))
nanum = TTFont(sys.argv[3]).getBestCmap()
# As text.c's prefers_cjk: Han, kana, CJK punctuation and fullwidth forms come from the CJK font
# even where NanumGothic has them (its Hanja), so a Chinese line is set in one design.
cjk_first = ((0x2E80, 0x2FDF), (0x3000, 0x30FF), (0x3100, 0x312F), (0x31C0, 0x31FF),
             (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF),
             (0x20000, 0x3FFFF))
def for_cjk(c):
    return ord(c) not in nanum or any(a <= ord(c) <= b for a, b in cjk_first)
open(sys.argv[2], "w", encoding="utf-8").write("".join(c for c in chars if for_cjk(c)))
PY
# --no-hinting: the game hints lightly, which FreeType does with its autohinter for TrueType
# outlines, never running a font's own hinting programs; without them the subsets are 40% smaller
# and draw the same pixels.
for font in NanumGothic NanumGothicBold; do
    pyftsubset "assets/fonts/$font.ttf" --text-file="$out/chars.txt" --layout-features='*' --no-hinting \
        --drop-tables+=TSI0,TSI1,TSI2,TSI3,TSI5 --output-file="$data/assets/fonts/$font.ttf"
    cp "assets/fonts/$font.ttf" "$site/fonts/"
done
# Chinese and Japanese: the Simplified Chinese face of Debian's Noto Sans CJK, subset the same
# way for the data; beside the full NanumGothic, a wider subset (GB2312's 6,763 hanzi, kana,
# CJK punctuation and fullwidth forms) for a visitor's file, since the whole face is 16 MB.
python3 - "$out/cjk-wide.txt" "$out/cjk.txt" <<'PY'
import sys
wide = set(open(sys.argv[2], encoding="utf-8").read())
for hi in range(0xB0, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            wide.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
wide |= set(chr(c) for r in ((0x3000, 0x30FF), (0xFF01, 0xFF5E)) for c in range(r[0], r[1] + 1))
open(sys.argv[1], "w", encoding="utf-8").write("".join(sorted(wide)))
PY
# The title's first frame needs only the CJK characters of the languages' own names (简体中文 on
# the language buttons): the data package carries those alone, and the page writes the whole
# subset (fonts/subset/) over them after the first frame, or before it when the game starts in a
# language other than English and Korean (web/crossings.js). Half the data package's bytes were
# these two fonts, unpacked and read before the title could draw.
python3 - "$out/cjk-names.txt" "$out/cjk.txt" po/*.po <<'PY'
import re, sys
cjk = set(open(sys.argv[2], encoding="utf-8").read())
names = set()
for path in sys.argv[3:]:
    m = re.search(r'msgctxt "language-name"\s*\nmsgid "English"\s*\nmsgstr "([^"]*)"',
                  open(path, encoding="utf-8").read())
    if m:
        names |= set(m.group(1))
open(sys.argv[1], "w", encoding="utf-8").write("".join(sorted(names & cjk)) or " ")
PY
# All in TrueType outlines (cff_to_glyf.py), so that the first frame compiles and runs one
# outline decoder, not two.
cjk_dir=/usr/share/fonts/opentype/noto
mkdir -p "$site/fonts/subset"
for w in Regular Bold; do
    pyftsubset "$cjk_dir/NotoSansCJK-$w.ttc" --font-number=2 --text-file="$out/cjk.txt" \
        --layout-features='*' --output-file="$out/cjk-$w.otf"
    pyftsubset "$cjk_dir/NotoSansCJK-$w.ttc" --font-number=2 --text-file="$out/cjk-wide.txt" \
        --layout-features='*' --output-file="$out/cjk-wide-$w.otf"
    $fontpy scripts/cff_to_glyf.py "$out/cjk-$w.otf" "$site/fonts/subset/NotoSansCJKsc-$w.otf"
    $fontpy scripts/cff_to_glyf.py "$out/cjk-wide-$w.otf" "$site/fonts/NotoSansCJKsc-$w.otf"
    pyftsubset "$site/fonts/subset/NotoSansCJKsc-$w.otf" --text-file="$out/cjk-names.txt" \
        --layout-features='*' --output-file="$data/assets/fonts/NotoSansCJKsc-$w.otf"
done
cp "$out/chars.txt" "$site/fonts/subset.txt" # the page checks a visitor's file against it
python3 /usr/share/emscripten/tools/file_packager.py "$site/crossings.data" \
    --preload "$data@/crossings" --js-output="$site/data.js" >/dev/null 2>&1
cp "$out/cmake/game.js" "$out/cmake/game.wasm" web/index.html web/crossings.js web/crossings.css \
    "$site/"
echo "crossings: site in $site ($(du -sh "$site" | cut -f1))"
