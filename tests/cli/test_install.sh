#!/usr/bin/env bash
# `cmake --install` puts the program, scenarios and assets in the usual places, and the
# installed program finds its data next to itself, not in the source tree.
. "$(dirname "$0")/lib.sh"
BUILD=$(dirname "$BIN")
expect_status 0 cmake --install "$BUILD" --prefix "$TMP/inst"
CHECKS=$((CHECKS + 3))
[ -x "$TMP/inst/bin/crossings" ] || { FAILS=$((FAILS + 1)); echo "FAIL: no bin/crossings" >&2; }
[ -f "$TMP/inst/share/crossings/assets/fonts/NanumGothic.ttf" ] || { FAILS=$((FAILS + 1)); echo "FAIL: no font" >&2; }
[ -f "$TMP/inst/share/crossings/scenarios/tumen-1998.json" ] || { FAILS=$((FAILS + 1)); echo "FAIL: no scenario" >&2; }
expect_status 0 "$TMP/inst/bin/crossings" --help
expect_in "$TMP/out" "$TMP/inst/bin/../share/crossings"
expect_status 0 "$TMP/inst/bin/crossings" check "$TMP"/inst/share/crossings/scenarios/tumen-1998.json
finish
