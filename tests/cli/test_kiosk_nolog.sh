#!/usr/bin/env bash
# A kiosk that cannot log says so at start-up, on stderr (the journal): no HOME and no log_dir,
# or a log_dir that is not a writable folder. With a usable folder it says nothing of the kind.
. "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy CROSSINGS_DATA_DIR="$SRC"
printf 'wait 300\nquit\n' >"$TMP/quit"
kiosk() { # CONFIG [env...]
    local cfg=$1
    shift
    expect_status 0 env "$@" timeout -k 2 30 "$BIN" --kiosk --config "$cfg" \
        --allow-driver offscreen --script "$TMP/quit"
}
cp "$SRC/docs/kiosk.example.json" "$TMP/nodir.json"
kiosk "$TMP/nodir.json" -u HOME -u XDG_DATA_HOME
expect_in "$TMP/err" "cannot keep any log"
expect_in "$TMP/err" "sessions will not be recorded"
touch "$TMP/afile"
sed "s|\"others_threshold\": 20|\"others_threshold\": 20, \"log_dir\": \"$TMP/afile\"|" \
    "$SRC/docs/kiosk.example.json" >"$TMP/file.json"
kiosk "$TMP/file.json"
expect_in "$TMP/err" "cannot keep any log in $TMP/afile (not a folder)"
mkdir "$TMP/logs"
sed "s|\"others_threshold\": 20|\"others_threshold\": 20, \"log_dir\": \"$TMP/logs\"|" \
    "$SRC/docs/kiosk.example.json" >"$TMP/ok.json"
kiosk "$TMP/ok.json"
CHECKS=$((CHECKS + 1))
if grep -q "cannot keep any log" "$TMP/err"; then
    FAILS=$((FAILS + 1))
    echo "FAIL: a writable log folder was reported unusable" >&2
fi
finish
