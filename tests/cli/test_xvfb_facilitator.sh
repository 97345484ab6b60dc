#!/bin/bash
# Facilitator mode in a real X11 window (Xvfb), with the notes window: a group vote, a stage
# jump, a step back and an export, driven by a script; both export files must exist and carry
# the vote, and the notes window must open, close on W and open again; once it is closed the
# game's window must have the keyboard focus again (a bare X server hands it to nobody).
# Usage: test_xvfb_facilitator.sh BINARY SOURCE_DIR
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; [ -f "$tmp/log" ] && tail -40 "$tmp/log" >&2; exit 1; }

command -v xvfb-run >/dev/null || fail "xvfb-run is not installed"
export SDL_VIDEODRIVER=x11 SDL_AUDIODRIVER=dummy CROSSINGS_DATA_DIR="$src"

cat >"$tmp/play" <<SCRIPT
wait 400
key Return
key Return
key Return
until node Return 4
expect node
key V
wait 100
expect vote
key 4
key Return
wait 100
until node Return 4
key J
wait 100
expect jump
key 3
wait 100
expect stage
key B
wait 100
expect node
key W
wait 300
focus
key W
wait 200
key E
wait 100
expect exported
shot $tmp/exported.png
quit
SCRIPT

xvfb-run -a -s "-screen 0 1920x1080x24" "$bin" --notes-window --renderer software \
    --reduced-motion --seed 5 --scenario "$src/scenarios/tumen-1998.json" \
    --export-dir "$tmp/out" --script "$tmp/play" >"$tmp/log" 2>&1
rc=$?
[ $rc -eq 0 ] || fail "session exited with status $rc"
grep -q "video driver x11" "$tmp/log" || fail "not running on the x11 driver"
[ "$(grep -c 'notes window open' "$tmp/log")" -eq 2 ] || fail "the notes window did not open twice"
grep -q "notes window closed" "$tmp/log" || fail "W did not close the notes window"
md=$(ls "$tmp"/out/crossings-tumen-1998-*-seed5-*-en.md 2>/dev/null | head -1)
html=$(ls "$tmp"/out/crossings-tumen-1998-*-seed5-*-en.html 2>/dev/null | head -1)
[ -s "$md" ] || fail "no Markdown export in $tmp/out"
[ -s "$html" ] || fail "no HTML export in $tmp/out"
grep -q 'Group vote:\*\* 1: 4' "$md" || fail "the vote is not in the Markdown export"
grep -q '<b>Group vote:</b> 1: 4' "$html" || fail "the vote is not in the HTML export"
[ -s "$tmp/exported.png" ] || fail "no screenshot of the export confirmation"
echo "ok: vote, jump, step back, notes window and export in a real window"
