#!/usr/bin/env bash
# `crossings --version` names the project version and the git revision the binary was built
# from; cmake/BuildInfo.cmake says "unknown" for a tree without its own .git (a tarball, also
# one unpacked inside some other repository) and takes a packager's CRS_GIT_REVISION as given.
# Usage: test_version.sh BINARY SOURCE_DIR
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { # description, then a command that must succeed
    local what=$1
    shift
    if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $what" >&2; fi
}

version=$(sed -nE 's/^project\(crossings VERSION ([0-9.]+).*/\1/p' "$src/CMakeLists.txt")
out=$("$bin" --version)
check "--version names version $version: '$out'" \
    grep -qE "^crossings $version \(git revision [0-9a-f]{12}(-modified)?\)$" <<<"$out"
if git -C "$src" rev-parse --show-toplevel >/dev/null 2>&1; then
    head=$(git -C "$src" rev-parse --short=12 HEAD)
    # The binary may be older than HEAD only if it was not rebuilt: ctest runs after a build.
    check "--version names HEAD $head: '$out'" grep -qF "git revision $head" <<<"$out"
fi

info() { # SRC_DIR [REVISION]: the revision BuildInfo.cmake records for that tree
    rm -f "$tmp/info.h"
    cmake -DSRC="$1" -DOUT="$tmp/info.h" -DREVISION="${2:-}" -P "$src/cmake/BuildInfo.cmake" &&
        sed -nE 's/^#define CRS_GIT_REVISION "(.*)"$/\1/p' "$tmp/info.h"
}
mkdir -p "$tmp/tarball/cmake"
cp "$src/CMakeLists.txt" "$tmp/tarball/"
check "a tree without .git is 'unknown'" test "$(info "$tmp/tarball")" = unknown
git init -q "$tmp/outer" && mkdir -p "$tmp/outer/crossings-$version"
check "a tarball inside another repository is 'unknown'" \
    test "$(info "$tmp/outer/crossings-$version")" = unknown
check "CRS_GIT_REVISION is taken as given" test "$(info "$tmp/tarball" 1a2b3c)" = 1a2b3c

echo "test_version: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
