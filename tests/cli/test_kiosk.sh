#!/bin/bash
# Kiosk mode from the command line: a bad config is reported with its location (exit 2),
# --config needs --kiosk, the offscreen driver is refused, and in a real X11 window (Xvfb) the
# kiosk covers the whole display, starts on the attract loop, ignores Escape, starts a visit
# by touch, and stops cleanly on SIGTERM (the session in progress logged).
# Usage: test_kiosk.sh BINARY SOURCE_DIR
source "$(dirname "$0")/lib.sh"
export SDL_AUDIODRIVER=dummy CROSSINGS_DATA_DIR="$SRC"

sed "s|\"others_threshold\": 20|\"others_threshold\": 20, \"log_dir\": \"$TMP\"|" \
    "$SRC/docs/kiosk.example.json" >"$TMP/kiosk.json"
sed 's|"exit_pin": "4071"|"exit_pin": "40a1"|' "$TMP/kiosk.json" >"$TMP/bad.json"

expect_status 2 "$BIN" --kiosk --config "$TMP/bad.json"
expect_in "$TMP/err" "$TMP/bad.json:12:15: error: the kiosk config: \"exit_pin\" must be 4 to 8 digits"
expect_status 2 "$BIN" --config "$TMP/kiosk.json"
expect_in "$TMP/err" "--config needs --kiosk"
expect_status 2 env SDL_VIDEODRIVER=offscreen "$BIN" --kiosk --config "$TMP/kiosk.json"
expect_in "$TMP/err" "will not run on the \"offscreen\" video driver"

if ! command -v xvfb-run >/dev/null; then
    echo "FAIL: xvfb-run is not installed" >&2
    exit 1
fi
export SDL_VIDEODRIVER=x11

# A visit in a real window: attract, Escape ignored, a touch, Begin, scenario, persona.
cat >"$TMP/play" <<SCRIPT
wait 800
expect attract
shot $TMP/attract.png
key Escape
wait 200
expect attract
tap 0.5 0.5
wait 300
expect title
key Return
wait 200
key Return
wait 200
key Return
wait 300
expect stage
quit
SCRIPT
expect_status 0 xvfb-run -a -s "-screen 0 1600x900x24" "$BIN" --kiosk --config "$TMP/kiosk.json" \
    --script "$TMP/play"
expect_in "$TMP/err" "video driver x11"
expect_in "$TMP/err" "display 1600x900 at 0,0"
expect_in "$TMP/err" "screen attract"
expect_in "$TMP/err" "screen stage"
if command -v identify >/dev/null; then
    CHECKS=$((CHECKS + 1))
    size=$(identify -format %wx%h "$TMP/attract.png" 2>/dev/null)
    [ "$size" = 1600x900 ] || { FAILS=$((FAILS + 1)); echo "FAIL: attract frame is $size" >&2; }
fi

# SIGTERM (systemd stopping the service) ends the program cleanly, unlike SDL_QUIT.
cat >"$TMP/visit" <<SCRIPT
wait 800
tap 0.5 0.5
wait 300
key Return
wait 200
key Return
wait 200
key Return
SCRIPT
rm -f "$TMP/sessions.jsonl"
expect_status 0 xvfb-run -a -s "-screen 0 1280x720x24" sh -c \
    "'$BIN' --kiosk --config '$TMP/kiosk.json' --script '$TMP/visit' & p=\$!; sleep 4; kill -TERM \$p; wait \$p"
expect_in "$TMP/err" "stopping (signal)"
expect_in "$TMP/sessions.jsonl" "\"kiosk\":\"museum-hall-2\""
expect_in "$TMP/kiosk.log" "stopping (signal)"
finish
