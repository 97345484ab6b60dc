#!/usr/bin/env bash
# Another X client destroys the kiosk's window mid-session: the kiosk logs the session as
# abandoned and the reason, then exits (systemd starts it again), instead of dying on an X error
# with the visit unlogged.
. "$(dirname "$0")/lib.sh"
export SDL_AUDIODRIVER=dummy SDL_VIDEODRIVER=x11 CROSSINGS_DATA_DIR="$SRC"
cc -O1 -o "$TMP/xdestroy" "$SRC/tests/cli/helpers/xdestroy.c" -lX11 || { echo "FAIL: cannot build the helper" >&2; exit 1; }
sed "s|\"others_threshold\": 20|\"others_threshold\": 20, \"log_dir\": \"$TMP\"|" \
    "$SRC/docs/kiosk.example.json" >"$TMP/kiosk.json"
cat >"$TMP/visit" <<SCRIPT
wait 800
tap 0.5 0.5
wait 300
key Return
wait 200
key Return
wait 200
key Return
wait 50000
SCRIPT
CHECKS=$((CHECKS + 1))
# The window goes once the visit has reached its first stage (however slow the machine).
xvfb-run -a -s "-screen 0 1280x720x24" sh -c \
    "timeout -k 2 60 '$BIN' --kiosk --config '$TMP/kiosk.json' --script '$TMP/visit' 2>'$TMP/err' & p=\$!
     for i in \$(seq 200); do grep -q 'screen stage' '$TMP/err' && break; sleep 0.2; done
     '$TMP/xdestroy'; wait \$p; echo status \$?" >"$TMP/out" 2>"$TMP/xvfb-err"
grep -q "destroyed 1 window" "$TMP/out" || { FAILS=$((FAILS + 1)); echo "FAIL: the helper destroyed no window" >&2; cat "$TMP/out" >&2; }
CHECKS=$((CHECKS + 1))
st=$(sed -n 's/^status //p' "$TMP/out")
if [ "$st" != 1 ]; then
    FAILS=$((FAILS + 1))
    echo "FAIL: after its window was destroyed the kiosk exited with status $st (1 wanted; 124: hung)" >&2
    tail -5 "$TMP/err" >&2
fi
expect_in "$TMP/err" "the kiosk's window is gone"
expect_in "$TMP/kiosk.log" "the kiosk's window is gone"
expect_in "$TMP/sessions.jsonl" '"abandoned":"'
finish
