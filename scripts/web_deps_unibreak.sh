#!/usr/bin/env bash
# Builds libunibreak (the Unicode line-breaking algorithm the text layout uses) for WebAssembly
# from Debian 12's own source package and prints its install prefix. A script of its own with a
# cache key of its own: scripts/web_deps.sh keys SDL2, FreeType, SDL2_ttf and cJSON by its own
# text, so adding a library there would rebuild all of them (half an hour); this one takes
# seconds and leaves that cache alone.
set -euo pipefail

VERSION="libunibreak=1.1"
CFLAGS_WASM="-O2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
key="$( { echo "$VERSION $CFLAGS_WASM"; emcc --version 2>/dev/null | head -1;
          cat "$here/web_deps_unibreak.sh"; } | sha256sum | cut -c1-16)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/crossings"
prefix="$cache/wasm-unibreak-$key"
if [ -f "$prefix/.complete" ]; then
    echo "$prefix"
    exit 0
fi

work="$cache/wasm-unibreak-src-$key"
rm -rf "$work" "$prefix"
mkdir -p "$work/apt/lists/partial" "$work/apt/parts" "$work/apt/cache/archives/partial" \
    "$prefix/include" "$prefix/lib"
log="$work/build.log"
echo "crossings: building libunibreak for wasm into $prefix (log: $log)" >&2

# A private apt state, as in web_deps.sh: the machine's own package lists stay as they are.
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
(cd "$work" && apt-get "${apt_iso[@]}" source --only-source "${VERSION%%=*}" >>"$log" 2>&1)
src="$(find "$work" -maxdepth 1 -type d -name "libunibreak-${VERSION#*=}*" | head -1)"
[ -n "$src" ] || { echo "crossings: libunibreak not found in Debian's sources (see $log)" >&2; exit 1; }

# Four C files and no configuration: compiled directly, without its autotools.
objs=()
for c in linebreak linebreakdata linebreakdef wordbreak; do
    emcc $CFLAGS_WASM -c "$src/src/$c.c" -I"$src/src" -o "$work/$c.o" >>"$log" 2>&1
    objs+=("$work/$c.o")
done
emar rcs "$prefix/lib/libunibreak.a" "${objs[@]}" >>"$log" 2>&1
cp "$src/src/linebreak.h" "$src/src/linebreakdef.h" "$src/src/wordbreak.h" "$prefix/include/"
touch "$prefix/.complete"
rm -rf "$work"
echo "$prefix"
