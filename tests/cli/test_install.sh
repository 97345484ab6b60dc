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
# the translations: compiled catalogues and their sources, found next to the program
CHECKS=$((CHECKS + 2))
[ -f "$TMP/inst/share/crossings/locale/ko.mo" ] || { FAILS=$((FAILS + 1)); echo "FAIL: no ko.mo" >&2; }
[ -f "$TMP/inst/share/crossings/po/crossings.pot" ] || { FAILS=$((FAILS + 1)); echo "FAIL: no po/" >&2; }
echo '{"format": "1"}' >"$TMP/bad.json"
expect_status 1 env LANG=C.UTF-8 LC_ALL=C.UTF-8 "$TMP/inst/bin/crossings" check --lang ko "$TMP/bad.json"
expect_in "$TMP/err" "오류: 필수 항목이 빠졌습니다."
expect_status 0 "$TMP/inst/bin/crossings" i18n-status
expect_in "$TMP/out" "$TMP/inst/bin/../share/crossings/po/crossings.pot"
expect_in "$TMP/out" "ko (한국어, draft)"
finish
