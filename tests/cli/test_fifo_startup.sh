#!/usr/bin/env bash
# Every file a user or an administrator names at start-up is opened without blocking: a kiosk
# config or a font that is a FIFO is refused at once; a text mirror that is a FIFO with no
# reader (a screen reader not started yet) never stops the game, and its text reaches a reader
# that comes later; a mirror that cannot be written (/dev/full) is reported on stderr.
. "$(dirname "$0")/lib.sh"
export SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy CROSSINGS_DATA_DIR="$SRC"
TINY=$SRC/tests/data/cli/tiny.json
mkfifo "$TMP/fifo"

# A kiosk config that is a FIFO (no writer): refused before the window opens.
expect_status 2 timeout -k 2 10 "$BIN" --kiosk --config "$TMP/fifo"
expect_in "$TMP/err" "not a regular file"

# A font that is a FIFO: never read. The game either says so and stops, or (where it looks
# for the font elsewhere when the data folder's is not a regular file) plays on and quits at the
# script's end; either way within the timeout.
mkdir -p "$TMP/data/assets/fonts"
ln -s "$SRC/scenarios" "$TMP/data/scenarios"
for f in "$SRC"/assets/*; do [ "$(basename "$f")" = fonts ] || ln -s "$f" "$TMP/data/assets/"; done
ln -s "$SRC/assets/fonts/NanumGothicBold.ttf" "$TMP/data/assets/fonts/"
mkfifo "$TMP/data/assets/fonts/NanumGothic.ttf"
printf 'wait 300\nquit\n' >"$TMP/quit"
CHECKS=$((CHECKS + 1))
CROSSINGS_DATA_DIR=$TMP/data timeout -k 2 20 "$BIN" --scenario "$TINY" --script "$TMP/quit" \
    >"$TMP/out" 2>"$TMP/err"
st=$?
if [ "$st" -ge 124 ] || { [ "$st" -ne 0 ] && ! grep -q "NanumGothic.ttf" "$TMP/err"; }; then
    FAILS=$((FAILS + 1))
    echo "FAIL: a FIFO font: exit status $st (124 and up: it hung)" >&2
    tail -3 "$TMP/err" >&2
fi

# The text mirror on a FIFO with no reader: the game runs its script and quits.
printf 'wait 300\nkey Return\nwait 300\nquit\n' >"$TMP/play"
expect_status 0 timeout -k 2 20 "$BIN" --scenario "$TINY" --seed 1 --script "$TMP/play" \
    --text-mirror "$TMP/fifo"
# ... and with a reader, the screens' text arrives.
timeout 20 cat "$TMP/fifo" >"$TMP/mirrored" &
reader=$!
expect_status 0 timeout -k 2 20 "$BIN" --scenario "$TINY" --seed 1 --script "$TMP/play" \
    --text-mirror "$TMP/fifo"
wait "$reader"
expect_in "$TMP/mirrored" "---"

# A mirror that cannot be written is reported, once, and the game goes on.
expect_status 0 timeout -k 2 20 "$BIN" --scenario "$TINY" --seed 1 --script "$TMP/play" \
    --text-mirror /dev/full
expect_in "$TMP/err" "cannot write the text mirror to /dev/full"
CHECKS=$((CHECKS + 1))
n=$(grep -c "cannot write the text mirror" "$TMP/err")
[ "$n" -eq 1 ] || { FAILS=$((FAILS + 1)); echo "FAIL: the /dev/full error was reported $n times" >&2; }
# The kiosk's own logs in its log_dir as FIFOs (no reader): the kiosk starts, plays a visit,
# and quits; it neither blocks opening them nor fills a pipe nobody reads.
mkdir "$TMP/logs"
mkfifo "$TMP/logs/kiosk.log" "$TMP/logs/sessions.jsonl"
sed "s|\"others_threshold\": 20|\"others_threshold\": 20, \"log_dir\": \"$TMP/logs\"|" \
    "$SRC/docs/kiosk.example.json" >"$TMP/kiosk.json"
printf 'wait 500\ntap 0.5 0.5\nwait 300\nkey Return\nwait 200\nkey Return\nwait 200\nkey Return\nwait 300\nkey Escape\nquit\n' >"$TMP/visit"
expect_status 0 timeout -k 2 30 "$BIN" --kiosk --config "$TMP/kiosk.json" --allow-driver offscreen \
    --script "$TMP/visit"
expect_in "$TMP/err" "cannot write $TMP/logs/kiosk.log (a FIFO with no reader)"
finish
