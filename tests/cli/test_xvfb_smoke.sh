#!/bin/bash
# Smoke test of the real binary in a real X11 window (Xvfb): a script clicks and presses keys
# through a whole playthrough; the test fails unless the window reaches the ending and the
# debrief. A second run sits idle at the title and must cost almost no CPU (event-driven loop).
# Usage: test_xvfb_smoke.sh BINARY SOURCE_DIR
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; [ -f "$tmp/log" ] && tail -40 "$tmp/log" >&2; exit 1; }

command -v xvfb-run >/dev/null || fail "xvfb-run is not installed"
export SDL_VIDEODRIVER=x11 SDL_AUDIODRIVER=dummy CROSSINGS_DATA_DIR="$src"
ls "$src"/scenarios/*.json >/dev/null 2>&1 || fail "no scenarios in $src/scenarios"

# Enter takes the focused default everywhere: Begin, the first scenario, the first persona,
# Continue, the first choice. Button 1 on the title is Begin, clicked with the mouse.
cat >"$tmp/play" <<SCRIPT
wait 400
expect title
click 1
wait 200
expect select
key Return
key Return
until node Return 6
shot $tmp/node.png
until ending Return 80
shot $tmp/ending.png
key Return
wait 200
expect debrief
key F12
wait 200
quit
SCRIPT

xvfb-run -a -s "-screen 0 1280x720x24" "$bin" --renderer software --reduced-motion --seed 11 \
    --screenshot-dir "$tmp" --script "$tmp/play" >"$tmp/log" 2>&1
rc=$?
[ $rc -eq 0 ] || fail "playthrough exited with status $rc"
grep -q "video driver x11" "$tmp/log" || fail "not running on the x11 driver"
grep -q "screen ending" "$tmp/log" || fail "the window never reached the ending"
grep -q "screen debrief" "$tmp/log" || fail "the window never reached the debrief"
for f in node ending; do
    [ -s "$tmp/$f.png" ] || fail "no screenshot $f.png"
done
ls "$tmp"/crossings-debrief-*.png >/dev/null 2>&1 || fail "F12 saved no screenshot"
if command -v identify >/dev/null; then
    colours=$(identify -format %k "$tmp/ending.png")
    [ "$colours" -gt 8 ] || fail "ending screenshot looks blank ($colours colours)"
fi

# Idle: four seconds on the title screen must cost well under a second of CPU.
printf 'wait 4000\nexpect title\nquit\n' >"$tmp/idle"
TIMEFORMAT='%U %S'
cpu=$( { time xvfb-run -a -s "-screen 0 1280x720x24" "$bin" --renderer software \
    --script "$tmp/idle" >"$tmp/idle.log" 2>&1; } 2>&1 )
used=$(echo "$cpu" | awk '{print $1+$2}')
echo "idle run CPU (user+sys, including Xvfb start): $used s"
awk -v u="$used" 'BEGIN{exit !(u < 1.5)}' || fail "idle run used $used s of CPU"
echo "ok: playthrough reached the ending and the debrief in a real window"
