#!/usr/bin/env bash
# The game window under valgrind in a real X11 server (Xvfb): a scripted playthrough to the
# debrief in English, and one in Korean with a broken scenario among the files given. No invalid
# reads or writes, no use of uninitialised memory, no leaks in our code; system libraries' known
# leaks are suppressed in tests/valgrind.supp, each with its reason.
. "$(dirname "$0")/lib.sh"
for tool in valgrind xvfb-run; do
    if ! command -v $tool >/dev/null; then
        echo "$tool is not installed (scripts/test.sh installs it)" >&2
        exit 1
    fi
done
export SDL_VIDEODRIVER=x11 SDL_AUDIODRIVER=dummy CROSSINGS_DATA_DIR=$SRC
VG=(valgrind -q --error-exitcode=99 --suppressions="$SRC/tests/valgrind.supp" --leak-check=full
    "--errors-for-leak-kinds=definite,indirect,possible" "--show-leak-kinds=definite,indirect,possible")
X=(xvfb-run -a -s "-screen 0 1280x720x24")

cat >"$TMP/play" <<SCRIPT
wait 400
expect title
click 1
wait 300
expect select
key Return
key Return
until node Return 6
until ending Return 80
key Return
wait 300
expect debrief
quit
SCRIPT
expect_status 0 "${X[@]}" "${VG[@]}" "$BIN" --renderer software --reduced-motion --seed 11 \
    --scenario "$SRC/tests/data/cli/tiny.json" --script "$TMP/play"
expect_in "$TMP/err" "screen ending"
expect_in "$TMP/err" "screen debrief"

printf '{"format": "crossings-scenario/1", "id": "\xff' >"$TMP/broken.json"
# A broken file among those given (listed after the good one, button id 101): choosing it
# shows the error screen, Return goes back.
cat >"$TMP/broken" <<SCRIPT
wait 400
expect title
key Return
wait 300
expect select
click 101
wait 200
expect error
key Return
wait 200
expect select
quit
SCRIPT
expect_status 0 "${X[@]}" "${VG[@]}" "$BIN" --renderer software --reduced-motion --seed 12 \
    --scenario "$TMP/broken.json" --scenario "$SRC/tests/data/cli/tiny.json" --script "$TMP/broken"
expect_in "$TMP/err" "broken.json: 1 error(s)"
expect_in "$TMP/err" "screen error"

# Korean text through the text cache and wrapping, up to the first decision.
cat >"$TMP/node" <<SCRIPT
wait 400
expect title
key Return
wait 300
key Return
key Return
until node Return 6
quit
SCRIPT
expect_status 0 "${X[@]}" "${VG[@]}" "$BIN" --renderer software --reduced-motion --seed 12 \
    --lang ko --scenario "$SRC/tests/data/cli/tiny.json" --script "$TMP/node"
expect_in "$TMP/err" "screen node"
finish
