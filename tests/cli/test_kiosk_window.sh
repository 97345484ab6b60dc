#!/usr/bin/env bash
# In a real X11 window (Xvfb), a kiosk whose window is resized from outside takes the whole
# display back.
. "$(dirname "$0")/lib.sh"
export SDL_AUDIODRIVER=dummy SDL_VIDEODRIVER=x11 CROSSINGS_DATA_DIR="$SRC"
sed "s|\"others_threshold\": 20|\"others_threshold\": 20, \"log_dir\": \"$TMP\"|" \
    "$SRC/docs/kiosk.example.json" >"$TMP/kiosk.json"
png_size() { python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$1"; }
cat >"$TMP/play" <<SCRIPT
wait 800
expect attract
resize 640 400
wait 1500
shot $TMP/after.png
quit
SCRIPT
expect_status 0 xvfb-run -a -s "-screen 0 1280x720x24" "$BIN" --kiosk --config "$TMP/kiosk.json" \
    --script "$TMP/play"
expect_in "$TMP/err" "covering the display again"
CHECKS=$((CHECKS + 1))
size=$(png_size "$TMP/after.png" 2>/dev/null)
[ "$size" = 1280x720 ] || { FAILS=$((FAILS + 1)); echo "FAIL: after an outside resize the kiosk frame is $size" >&2; }
finish
