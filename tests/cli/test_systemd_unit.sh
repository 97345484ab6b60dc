#!/usr/bin/env bash
# The kiosk's systemd unit passes `systemd-analyze verify` with no warning, and its crash-loop
# setting sits in [Unit], the only section where systemd reads it.
. "$(dirname "$0")/lib.sh"
UNIT=$SRC/docs/crossings-kiosk.service
# verify wants ExecStart to exist: point it at the built binary, in a copy of the unit.
sed "s#^ExecStart=[^ ]*#ExecStart=$(realpath "$BIN")#" "$UNIT" >"$TMP/crossings-kiosk.service"
# --man=no: the man pages the unit names are checked where the package installs them.
expect_status 0 systemd-analyze verify --man=no "$TMP/crossings-kiosk.service"
CHECKS=$((CHECKS + 1))
if grep -q "crossings-kiosk.service" "$TMP/out" "$TMP/err"; then
    FAILS=$((FAILS + 1))
    echo "FAIL: systemd-analyze verify warns about the unit:" >&2
    grep -h "crossings-kiosk.service" "$TMP/out" "$TMP/err" | sed 's/^/  /' >&2
fi
section_of() { # KEY: the [Section] the key is set in
    awk -v k="$1" '/^\[/ {s=$0} index($0, k "=") == 1 {print s}' "$UNIT"
}
for key in StartLimitIntervalSec StartLimitBurst; do
    s=$(section_of "$key")
    [ -z "$s" ] && continue
    CHECKS=$((CHECKS + 1))
    [ "$s" = "[Unit]" ] || { FAILS=$((FAILS + 1)); echo "FAIL: $key is in $s, not [Unit]" >&2; }
done
CHECKS=$((CHECKS + 1))
[ -n "$(section_of StartLimitIntervalSec)" ] || { FAILS=$((FAILS + 1)); echo "FAIL: no StartLimitIntervalSec" >&2; }
finish
