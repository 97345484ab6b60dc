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
export NODE_PATH=/usr/share/nodejs # emcc's JS optimiser needs Debian's acorn
out=build-web
site="$out/site" data="$out/data/crossings" log="$out/build.log"
mkdir -p "$out"

emcmake cmake -S . -B "$out/cmake" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DCMAKE_FIND_ROOT_PATH="$prefix" -DCMAKE_PREFIX_PATH="$prefix" >"$log" 2>&1 \
    || { cat "$log" >&2; exit 1; }
cmake --build "$out/cmake" --target crossings -j "$(nproc)" >>"$log" 2>&1 \
    || { tail -40 "$log" >&2; exit 1; }

rm -rf "$site" "$out/data"
mkdir -p "$site/fonts" "$data/assets/map" "$data/assets/fonts"
cp assets/map/route-map.json "$data/assets/map/"
# The shipped scenarios are not needed for the title's first frame: the page fetches them
# beside the data package as one JSON object (file name -> text) and writes them into
# /crossings/scenarios, and the game reads them once the title is on the page.
python3 - "$site/scenarios.json" scenarios/*.json <<'PY'
import json, os, sys
files = {os.path.basename(p): open(p, encoding="utf-8").read()
         for p in sys.argv[2:] if os.path.basename(p) != "schema.json"}
json.dump(files, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, separators=(",", ":"))
PY
# Every character the shipped scenarios and the interface (the C sources' strings) can show,
# plus printable ASCII for a facilitator's own files.
python3 - "$out/chars.txt" scenarios/*.json game/ui/*/*.c game/ui/*/*.h game/core/export.c <<'PY'
import sys
chars = set(chr(c) for c in range(0x20, 0x7f)) | set("\u00a0·–—‘’“”…→←↑↓•×≈≤≥%")
for path in sys.argv[2:]:
    chars |= set(open(path, encoding="utf-8").read())
open(sys.argv[1], "w", encoding="utf-8").write("".join(sorted(c for c in chars if c >= " ")))
PY
for font in NanumGothic NanumGothicBold; do
    pyftsubset "assets/fonts/$font.ttf" --text-file="$out/chars.txt" --layout-features='*' --drop-tables+=TSI0,TSI1,TSI2,TSI3,TSI5 \
        --output-file="$data/assets/fonts/$font.ttf"
    cp "assets/fonts/$font.ttf" "$site/fonts/"
done
cp "$out/chars.txt" "$site/fonts/subset.txt" # the page checks a visitor's file against it
python3 /usr/share/emscripten/tools/file_packager.py "$site/crossings.data" \
    --preload "$data@/crossings" --js-output="$site/data.js" >/dev/null 2>&1
cp "$out/cmake/game.js" "$out/cmake/game.wasm" web/index.html web/crossings.js web/crossings.css "$site/"
echo "crossings: site in $site ($(du -sh "$site" | cut -f1))"
