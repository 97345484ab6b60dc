#!/usr/bin/env bash
# Builds crossings in Release and measures what docs/PERFORMANCE.md reports, printing each
# figure under the command that produced it. Usage: bench/run.sh [BUILD_DIR]
# Environment: CRS_BENCH_RUNS (simulated playthroughs, default 200000), CRS_BENCH_REPEATS
# (repeats for medians, default 7), CRS_GUI_FRAMES_FLAG (the game's option to quit after N
# frames, e.g. "--frames 1"; found in `crossings --help-gui` when unset).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
B=${1:-$ROOT/build-release}
RUNS=${CRS_BENCH_RUNS:-200000}
REPS=${CRS_BENCH_REPEATS:-7}
T=$B/bench
CC=${CC:-cc}

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
for f in "$ROOT"/scenarios/*.json; do
    [ "$(basename "$f")" = schema.json ] && continue
    for threads in 1 2; do
        cmd="crossings simulate scenarios/$(basename "$f") -n $RUNS --threads $threads --timing"
        line=$("$BIN" simulate "$f" -n "$RUNS" --threads "$threads" --timing 2>&1 >/dev/null |
            grep 'steps/s' || true)
        rate=$(sed -n 's/.*: \([0-9]*\) steps\/s.*/\1/p' <<<"$line")
        say "\$ $cmd"
        if [ -n "$rate" ]; then
            say "  $line"
            say "  => $(awk -v r="$rate" -v t="$threads" 'BEGIN { printf "%.2f million steps/s per core", r / t / 1e6 }')"
        else
            say "  failed: $line"
        fi
    done
done

say ""
say "## (b) Load + validate time of generated scenarios (median of $REPS loads)"
for n in 100 1000 10000 100000; do
    "$T/gen_scenario" "$n" >"$T/gen-$n.json"
    size=$(stat -c %s "$T/gen-$n.json")
    say "\$ bench/gen_scenario $n > gen-$n.json && bench/load_time gen-$n.json $REPS   # $size bytes"
    "$T/load_time" "$T/gen-$n.json" "$REPS" | sed 's/^/  /' || true
done

say ""
say "## (c) The floor: SDL2 + SDL2_ttf, software renderer, one line of NanumGothic, one frame"
if [ "$HAVE_SDL" = 1 ]; then
    say "\$ xvfb-run -a bench/launch bench/floor assets/fonts/NanumGothic.ttf   # x$REPS, median"
    : >"$T/floor.txt"
    for _ in $(seq "$REPS"); do
        xvfb-run -a "$T/launch" "$T/floor" "$ROOT/assets/fonts/NanumGothic.ttf" >>"$T/floor.txt"
    done
    say "  first frame: $(field first_frame_ms <"$T/floor.txt" | median) ms (median)"
    say "  peak RSS:    $(field peak_rss_kb <"$T/floor.txt" | median) kB (median)"
else
    say "  skipped: SDL2/SDL2_ttf development files not found (scripts/deps.sh installs them)"
fi

say ""
say "## (d) The game: first frame, peak RSS, idle CPU, instructions per frame"
FLAG=${CRS_GUI_FRAMES_FLAG:-}
if [ -z "$FLAG" ] && "$BIN" --help-gui >"$T/help-gui.txt" 2>&1; then
    FLAG=$(grep -o -- '--[a-z-]*frames[a-z-]*' "$T/help-gui.txt" | head -1 || true)
    [ -n "$FLAG" ] && FLAG="$FLAG 1"
fi
if [ -z "$FLAG" ]; then
    # TODO(gui): needs the game window with an option to quit after N frames (and, for the
    # texture budget, a count of textures created per frame). Until then nothing is measured
    # here: no figure is estimated.
    say "  not measured: this build has no game window option to quit after N frames"
    say "  (set CRS_GUI_FRAMES_FLAG, e.g. \"--frames 1\", once the game has one)"
    exit 0
fi
say "\$ xvfb-run -a bench/launch crossings $FLAG   # x$REPS, median"
: >"$T/gui.txt"
for _ in $(seq "$REPS"); do
    # shellcheck disable=SC2086
    SDL_AUDIODRIVER=dummy xvfb-run -a "$T/launch" "$BIN" $FLAG >>"$T/gui.txt" || true
done
say "  first frame: $(field first_frame_ms <"$T/gui.txt" | median) ms (median; budget 1.5x the floor)"
say "  peak RSS:    $(field peak_rss_kb <"$T/gui.txt" | median) kB (median; budget floor + 20 MB)"
grep -q 'no presented line' "$T/gui.txt" &&
    say "  note: the game printed no 'presented <ns>' line, so first frame is time to exit"
say "\$ xvfb-run -a bench/launch --idle 10 crossings   # CPU share over 10 s at the title screen"
SDL_AUDIODRIVER=dummy xvfb-run -a "$T/launch" --idle 10 "$BIN" | sed 's/^/  /' || true
if command -v valgrind >/dev/null; then
    N=60
    FLAGN=${FLAG% 1}
    say "\$ valgrind --tool=callgrind crossings $FLAGN 1 and $FLAGN $((N + 1)): (Ir difference) / $N"
    for k in 1 $((N + 1)); do
        # shellcheck disable=SC2086
        SDL_AUDIODRIVER=dummy xvfb-run -a valgrind --tool=callgrind \
            --callgrind-out-file="$T/cg.$k" "$BIN" $FLAGN $k >/dev/null 2>&1 || true
    done
    i1=$(grep -m1 '^summary:' "$T/cg.1" 2>/dev/null | awk '{print $2}')
    iN=$(grep -m1 '^summary:' "$T/cg.$((N + 1))" 2>/dev/null | awk '{print $2}')
    if [ -n "$i1" ] && [ -n "$iN" ]; then
        say "  $(awk -v a="$i1" -v b="$iN" -v n=$N 'BEGIN { printf "%.0f instructions per frame", (b - a) / n }')"
    else
        say "  callgrind produced no summary"
    fi
fi
