#!/usr/bin/env bash
# Builds SDL2, FreeType, SDL2_ttf and cJSON for WebAssembly from Debian 12's own source packages
# and prints the install prefix. Emscripten's ports would download sources at build time, which
# these machines and many school networks cannot do. The prefix lives outside the tree, keyed by
# the versions, flags and this script, so a second run (or CI on the same machine) reuses it.
set -euo pipefail

# Debian 12's upstream versions: the wasm build links the same library versions as the native one.
VERSIONS="libsdl2=2.26.5 libsdl2-ttf=2.20.1 freetype=2.12.1 cjson=1.7.15"
# For size: the browser compiles each function on its first call, on the page's thread, so the
# start-up pays for every byte of code it runs (docs/WEB.md, "The first frame").
CFLAGS_WASM="-Os"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
key="$( { echo "$VERSIONS $CFLAGS_WASM"; emcc --version 2>/dev/null | head -1; cat "$here/web_deps.sh"; } \
       | sha256sum | cut -c1-16)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/crossings"
prefix="$cache/wasm-$key"
if [ -f "$prefix/.complete" ]; then
    echo "$prefix"
    exit 0
fi

export NODE_PATH=/usr/share/nodejs  # emcc's JS optimiser needs Debian's acorn
work="$cache/wasm-src-$key"
rm -rf "$work" "$prefix"
mkdir -p "$work/apt/lists/partial" "$work/apt/parts" "$work/apt/cache/archives/partial" "$prefix"
log="$work/build.log"
echo "crossings: building wasm dependencies into $prefix (log: $log)" >&2

# A private apt state: the machine's own lists and sources stay as they are (a shared
# SourceParts alone would replace the binary package lists with source ones).
cat > "$work/apt/parts/debian-src.sources" <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
apt_iso=(-o "Dir::State::Lists=$work/apt/lists" -o Dir::Etc::SourceList=/dev/null
         -o "Dir::Etc::SourceParts=$work/apt/parts" -o "Dir::Cache=$work/apt/cache"
         -o APT::Sandbox::User=root -qq)
apt-get "${apt_iso[@]}" update >>"$log" 2>&1
(cd "$work" && for pv in $VERSIONS; do
    apt-get "${apt_iso[@]}" source --only-source "${pv%%=*}" >>"$log" 2>&1
done)
srcdir() {  # the unpacked folder of upstream version $2 of package $1, or fail
    local d
    d="$(find "$work" -maxdepth 1 -type d -name "$1-$2*" | head -1)"
    [ -n "$d" ] || { echo "crossings: $1 $2 not found in Debian's sources (see $log)" >&2; exit 1; }
    echo "$d"
}
jobs="$(nproc)"
build() {  # name, source folder, cmake flags...
    local name="$1" src="$2"; shift 2
    echo "crossings: wasm: building $name" >&2
    emcmake cmake -S "$src" -B "$work/build-$name" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_C_FLAGS="$CFLAGS_WASM" -DCMAKE_C_FLAGS_RELEASE="-DNDEBUG" -DCMAKE_INSTALL_PREFIX="$prefix" \
        -DCMAKE_FIND_ROOT_PATH="$prefix" "$@" >>"$log" 2>&1
    cmake --build "$work/build-$name" -j "$jobs" >>"$log" 2>&1
    cmake --install "$work/build-$name" >>"$log" 2>&1
}
build cjson "$(srcdir cjson 1.7.15)" -DENABLE_CJSON_TEST=OFF -DENABLE_CJSON_UTILS=OFF \
    -DBUILD_SHARED_LIBS=OFF -DBUILD_SHARED_AND_STATIC_LIBS=OFF -DENABLE_CUSTOM_COMPILER_FLAGS=OFF
# FreeType with what the game's fonts need and nothing else: the browser's fonts are all
# TrueType outlines (scripts/web.sh converts the CJK subsets), drawn with light hinting, which
# FreeType does with its autohinter, or unhinted; so no CFF, Type 1, bitmap or other drivers,
# and no TrueType bytecode interpreter (the hinting programs are stripped from the subsets).
ft="$(srcdir freetype 2.12.1)"
cat > "$ft/include/freetype/config/ftmodule.h" <<'MODULES'
FT_USE_MODULE( FT_Module_Class, autofit_module_class )
FT_USE_MODULE( FT_Driver_ClassRec, tt_driver_class )
FT_USE_MODULE( FT_Module_Class, sfnt_module_class )
FT_USE_MODULE( FT_Renderer_Class, ft_smooth_renderer_class )
MODULES
sed -i 's|^#define TT_CONFIG_OPTION_BYTECODE_INTERPRETER|/* & */|' \
    "$ft/include/freetype/config/ftoption.h"
grep -q '^/\* #define TT_CONFIG_OPTION_BYTECODE_INTERPRETER' "$ft/include/freetype/config/ftoption.h" \
    || { echo "crossings: FreeType's ftoption.h has changed" >&2; exit 1; }
build freetype "$ft" -DFT_DISABLE_ZLIB=ON -DFT_DISABLE_BZIP2=ON \
    -DFT_DISABLE_PNG=ON -DFT_DISABLE_HARFBUZZ=ON -DFT_DISABLE_BROTLI=ON -DBUILD_SHARED_LIBS=OFF
# SDL without what the game never opens in the browser: audio, joysticks and the rest of the
# input devices, and OpenGL ES (it draws with the software renderer); each would add its
# JavaScript glue to game.js and its code to game.wasm.
build sdl2 "$(srcdir libsdl2 2.26.5)" -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
    -DSDL_THREADS=OFF -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_SENSOR=OFF \
    -DSDL_HIDAPI=OFF -DSDL_POWER=OFF -DSDL_OPENGL=OFF -DSDL_OPENGLES=OFF
build sdl2ttf "$(srcdir libsdl2-ttf 2.20.1)" -DBUILD_SHARED_LIBS=OFF -DSDL2TTF_VENDORED=OFF \
    -DSDL2TTF_HARFBUZZ=OFF -DSDL2TTF_SAMPLES=OFF -DSDL2_DIR="$prefix/lib/cmake/SDL2" \
    -Dfreetype_DIR="$prefix/lib/cmake/freetype"
touch "$prefix/.complete"
rm -rf "$work"
echo "$prefix"
