#!/usr/bin/env bash
# Builds crossings in Release and measures what docs/PERFORMANCE.md reports, printing each
# figure under the command that produced it. Usage: bench/run.sh [BUILD_DIR]
# Environment: CRS_BENCH_RUNS (simulated playthroughs, default 1000000), CRS_BENCH_REPEATS
# (repeats for medians, default 11).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
B=${1:-$ROOT/build-release}
RUNS=${CRS_BENCH_RUNS:-1000000}
REPS=${CRS_BENCH_REPEATS:-11}
T=$B/bench
CC=${CC:-cc}

# What the bench runs besides the build: the X server for the window, valgrind for callgrind.
. "$ROOT/scripts/deps.sh"
crs_install "${CRS_BUILD_PACKAGES[@]}" xvfb xauth valgrind

say() { printf '%s\n' "$*"; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }
field() { awk -v k="$1" '$1 == k { print $2 }'; }

say "# crossings benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
say "Machine: $(nproc) core(s), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
say "Build: cmake -S . -B $B -DCMAKE_BUILD_TYPE=Release && cmake --build $B -j2"
cmake -S "$ROOT" -B "$B" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$B" -j2 >/dev/null
BIN=$B/crossings
CORE=$(find "$B" -name libcrossings_core.a | head -1)
mkdir -p "$T"
CFLAGS=(-std=c11 -D_POSIX_C_SOURCE=200809L -O2 -Wall -Wextra)
$CC "${CFLAGS[@]}" "$ROOT/bench/gen_scenario.c" -o "$T/gen_scenario"
$CC "${CFLAGS[@]}" -I"$ROOT/include" "$ROOT/bench/load_time.c" "$CORE" -lcjson -lm -o "$T/load_time"
$CC "${CFLAGS[@]}" "$ROOT/bench/launch.c" -o "$T/launch"
HAVE_SDL=0
if pkg-config --exists sdl2 SDL2_ttf; then
    # shellcheck disable=SC2046
    $CC "${CFLAGS[@]}" "$ROOT/bench/floor.c" $(pkg-config --cflags --libs sdl2 SDL2_ttf) -o "$T/floor"
    HAVE_SDL=1
fi

say ""
say "## (a) Simulation throughput ($RUNS playthroughs each)"
say "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows the"
say "clock figures; steps per CPU second counts only the time our threads ran)"
for f in "$ROOT"/scenarios/*.json; do
    [ "$(basename "$f")" = schema.json ] && continue
    for threads in 1 2; do
        cmd="crossings simulate scenarios/$(basename "$f") -n $RUNS --threads $threads --timing"
        line=$("$BIN" simulate "$f" -n "$RUNS" --threads "$threads" --timing 2>&1 >/dev/null |
            grep 'steps/s' || true)
        rate=$(sed -n 's/.*: \([0-9]*\) steps\/s.*/\1/p' <<<"$line")
        cpu=$(sed -n 's/.*: \([0-9]*\) steps per CPU second.*/\1/p' <<<"$line")
        say "\$ $cmd"
        if [ -n "$rate" ]; then
            say "  $line"
            say "  => $(awk -v r="$rate" -v t="$threads" -v c="$cpu" 'BEGIN { printf "%.2f million steps/s per core by the clock, %.2f million per CPU second", r / t / 1e6, c / 1e6 }')"
        else
            say "  failed: $line"
        fi
    done
done

say ""
say "## (b) Load + validate time of generated scenarios (median of $REPS loads)"
for n in 100 1000 10000 30000 100000; do
    "$T/gen_scenario" "$n" >"$T/gen-$n.json"
    size=$(stat -c %s "$T/gen-$n.json")
    say "\$ bench/gen_scenario $n > gen-$n.json && bench/load_time gen-$n.json $REPS   # $size bytes"
    "$T/load_time" "$T/gen-$n.json" "$REPS" | sed 's/^/  /' || true
done

say ""
say "## (c) The floor and the game: exec to first presented frame, peak RSS"
say "The floor: SDL2 + SDL2_ttf, software renderer, one wrapped line of NanumGothic, one frame."
say "The game is measured from outside, unchanged: bench/present_hook.so (LD_PRELOAD) stamps its"
say "first SDL_RenderPresent, counts the textures it creates per frame, and with"
say "CRS_BENCH_FRAMES=N asks for a redraw of the same screen (an expose) after each frame and"
say "quits after the Nth. Runs alternate floor, game, floor, game ... so that load from other"
say "processes on the machine falls on both alike."
if [ "$HAVE_SDL" != 1 ]; then
    say "  not measured: SDL2/SDL2_ttf development files not found (scripts/deps.sh installs them)"
    exit 0
fi
HAVE_GUI=0
"$BIN" --help-gui >/dev/null 2>&1 && HAVE_GUI=1
$CC "${CFLAGS[@]}" -shared -fPIC "$ROOT/bench/present_hook.c" $(pkg-config --cflags sdl2) -ldl \
    -o "$T/present_hook.so"
GAME_ENV=(SDL_AUDIODRIVER=dummy)
say "\$ xvfb-run -a bench/launch bench/floor assets/fonts/NanumGothic.ttf"
[ "$HAVE_GUI" = 1 ] &&
    say "\$ CRS_BENCH_FRAMES=1 LD_PRELOAD=bench/present_hook.so xvfb-run -a bench/launch crossings"
say "  (each $REPS times, alternating; medians)"
: >"$T/floor.txt"
: >"$T/gui.txt"
for _ in $(seq "$REPS"); do
    xvfb-run -a "$T/launch" "$T/floor" "$ROOT/assets/fonts/NanumGothic.ttf" >>"$T/floor.txt"
    [ "$HAVE_GUI" = 1 ] || continue
    xvfb-run -a env "${GAME_ENV[@]}" CRS_BENCH_FRAMES=1 LD_PRELOAD="$T/present_hook.so" \
        "$T/launch" "$BIN" >>"$T/gui.txt" 2>/dev/null || true
done
FLOOR_MS=$(field first_frame_ms <"$T/floor.txt" | median)
FLOOR_KB=$(field peak_rss_kb <"$T/floor.txt" | median)
say "  floor: first frame $FLOOR_MS ms, peak RSS $FLOOR_KB kB"
say "         (all first frames: $(field first_frame_ms <"$T/floor.txt" | sort -n | tr '\n' ' '))"
if [ "$HAVE_GUI" != 1 ]; then
    say "  game: not measured (this build has no game window: CRS_GUI=OFF)"
    exit 0
fi
GUI_MS=$(field first_frame_ms <"$T/gui.txt" | median)
GUI_KB=$(field peak_rss_kb <"$T/gui.txt" | median)
say "  game:  first frame $GUI_MS ms = $(awk -v g="$GUI_MS" -v f="$FLOOR_MS" 'BEGIN { printf "%.2f", g / f }')x the floor (budget 1.5x)"
say "         (all first frames: $(field first_frame_ms <"$T/gui.txt" | sort -n | tr '\n' ' '))"
say "         peak RSS $GUI_KB kB = floor + $(awk -v g="$GUI_KB" -v f="$FLOOR_KB" 'BEGIN { printf "%.1f", (g - f) / 1024 }') MB (budget +20 MB)"

# The median peak RSS of the finished runs in $T/$1-rss.txt, against the floor.
report_play() {
    local kb
    kb=$(awk '$4 == 0 { print $2 }' "$T/$1-rss.txt" | median)
    if [ -n "$kb" ]; then
        say "  $2: peak RSS $kb kB = floor + $(awk -v g="$kb" -v f="$FLOOR_KB" 'BEGIN { printf "%.1f", (g - f) / 1024 }') MB (budget +20 MB)"
    else
        say "  $2: the script did not finish ($(head -1 "$T/$1-rss.txt"))"
    fi
}

say ""
say "## (c2) Peak RSS through a whole playthrough"
say "A --script plays the first shipped scenario from the title through every node to its ending"
say "and the debrief (whose charts simulate 2,000 playthroughs), then opens the history: every"
say "kind of screen, the route map and the text cache filled."
cat >"$T/play.txt" <<'SCRIPT'
wait 300
expect title
key Return
wait 200
expect select
key Return
key Return
until node Return 6
until ending Return 80
key Return
wait 300
expect debrief
key h
wait 200
quit
SCRIPT
say "\$ xvfb-run -a bench/launch crossings --seed 11 --script play.txt   # $REPS times, median"
: >"$T/play-rss.txt"
for _ in $(seq "$REPS"); do
    xvfb-run -a env "${GAME_ENV[@]}" "$T/launch" "$BIN" --seed 11 --script "$T/play.txt" \
        2>/dev/null | grep -E '^(peak_rss_kb|status)' | tr '\n' ' ' >>"$T/play-rss.txt" || true
    echo >>"$T/play-rss.txt"
done
report_play play "one playthrough"
# A kiosk plays all day: the four shipped scenarios one after another in one process (Down
# moves the focus onto the list first, then along it; the list is in order of era).
{
    echo "wait 300"
    for k in 0 1 2 3; do
        printf 'expect title\nkey Return\nwait 200\nexpect select\n'
        downs=$((k == 0 ? 0 : k + 1))
        for _ in $(seq "$downs"); do echo "key Down"; done
        printf 'key Return\nkey Return\nuntil node Return 6\nuntil ending Return 80\n'
        printf 'key Return\nwait 300\nexpect debrief\nclick 1\nwait 200\n'
    done
    echo "quit"
} >"$T/play4.txt"
say "\$ xvfb-run -a bench/launch crossings --seed 11 --script play4.txt   # 3 times, median"
: >"$T/play4-rss.txt"
for _ in 1 2 3; do
    xvfb-run -a env "${GAME_ENV[@]}" "$T/launch" "$BIN" --seed 11 --script "$T/play4.txt" \
        2>/dev/null | grep -E '^(peak_rss_kb|status)' | tr '\n' ' ' >>"$T/play4-rss.txt" || true
    echo >>"$T/play4-rss.txt"
done
report_play play4 "four playthroughs"

say ""
say "## (d) The game at a static screen: textures per frame, idle CPU, instructions per frame"
say "\$ CRS_BENCH_FRAMES=60 LD_PRELOAD=bench/present_hook.so xvfb-run -a bench/launch crossings"
xvfb-run -a env "${GAME_ENV[@]}" CRS_BENCH_FRAMES=60 LD_PRELOAD="$T/present_hook.so" \
    "$T/launch" "$BIN" 2>/dev/null | grep -E '^(frames|textures)' | sed 's/^/  /' || true
say "  (textures_later_frames: textures created in frames 2-60 of a static screen; budget 0)"
say "\$ xvfb-run -a bench/launch --idle 10 crossings   # CPU share over 10 s at the title screen"
xvfb-run -a env "${GAME_ENV[@]}" "$T/launch" --idle 10 "$BIN" 2>/dev/null |
    grep idle_cpu | sed 's/^/  /' || true
say "  (budget: under 0.1%)"
if command -v valgrind >/dev/null; then
    N=60
    say "\$ valgrind --tool=callgrind with CRS_BENCH_FRAMES=1 and $((N + 1)): (Ir difference) / $N"
    for k in 1 $((N + 1)); do
        xvfb-run -a env "${GAME_ENV[@]}" CRS_BENCH_FRAMES=$k LD_PRELOAD="$T/present_hook.so" \
            valgrind --tool=callgrind --callgrind-out-file="$T/cg.$k" "$BIN" >/dev/null 2>&1 || true
    done
    i1=$(grep -m1 '^summary:' "$T/cg.1" 2>/dev/null | awk '{print $2}')
    iN=$(grep -m1 '^summary:' "$T/cg.$((N + 1))" 2>/dev/null | awk '{print $2}')
    xvfb-run -a valgrind --tool=callgrind --callgrind-out-file="$T/cg.floor" "$T/floor" \
        "$ROOT/assets/fonts/NanumGothic.ttf" >/dev/null 2>&1 || true
    ifl=$(grep -m1 '^summary:' "$T/cg.floor" 2>/dev/null | awk '{print $2}')
    if [ -n "$i1" ] && [ -n "$iN" ] && [ -n "$ifl" ]; then
        say "  exec to first frame: game $i1 instructions, floor $ifl (whole run) ="
        say "  $(awk -v g="$i1" -v f="$ifl" 'BEGIN { printf "%.2fx the floor, the game doing %.1f million more: a load-independent view", g / f, (g - f) / 1e6 }')"
        say "  (both include SDL opening the X input method in the user's locale, LANG=${LANG:-unset}:"
        say "  libX11 then parses that locale's Compose table, about 49 million instructions under"
        say "  C.UTF-8 and a few million with LANG unset, so the ratio moves with the environment and"
        say "  the difference does not)"
        say "  $(awk -v a="$i1" -v b="$iN" -v n=$N 'BEGIN { printf "%.0f instructions per steady-state frame", (b - a) / n }')"
    else
        say "  callgrind produced no summary"
    fi
    # A text-heavy screen, inside the game (bench/frame_cost.c): the first node of a shipped
    # scenario in Korean at the largest text size, redrawn on an offscreen surface.
    UI_LIB=$(find "$B" -name libcrossings_ui.a | head -1)
    CLI_LIB=$(find "$B" -name libcrossings_cli.a | head -1)
    # shellcheck disable=SC2046
    if [ -n "$UI_LIB" ] && $CC "${CFLAGS[@]}" -I"$ROOT/include" -I"$ROOT/game/ui" \
        $(pkg-config --cflags sdl2 SDL2_ttf) "$ROOT/bench/frame_cost.c" "$UI_LIB" "$CLI_LIB" \
        "$CORE" $(pkg-config --libs sdl2 SDL2_ttf) -lcjson -lunibreak $(pkg-config --libs libpng) -lm -lpthread -ldl -o "$T/frame_cost"; then
        SCEN=$ROOT/scenarios/tumen-1998.json
        say "\$ valgrind --tool=callgrind --instr-atstart=no bench/frame_cost . scenarios/tumen-1998.json 60"
        out=$(valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/dev/null \
            "$T/frame_cost" "$ROOT" "$SCEN" 60 2>&1 | grep -E '^(screen|frames|textures_steady)|Collected')
        ir=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' <<<"$out")
        grep -E '^(screen|textures_steady)' <<<"$out" | sed 's/^/  /'
        [ -n "$ir" ] && say "  $(awk -v i="$ir" 'BEGIN { printf "%.0f instructions per steady-state frame of the node screen (Korean, largest text)", i / 60 }')"
        say "  (textures_steady: textures created in those 60 frames; budget 0)"
    fi
fi
