#!/usr/bin/env bash
# Every shipped scenario simulates to an ending in every run (no dead end, no endless cycle),
# reaches every ending it declares, compares each of its documented distributions, and
# draws a graph that Graphviz renders.
. "$(dirname "$0")/lib.sh"
n=0
for f in "$SRC"/scenarios/*.json; do
    case $(basename "$f") in schema.json) continue ;; esac
    n=$((n + 1))
    expect_status 0 "$BIN" simulate "$f" -n 3000 --threads 2
    expect_in "$TMP/out" "Completed 3000; stopped at the step limit 0; stuck with no open choice 0"
    ndists=$(sed -n 's/^Documented distributions (\([0-9]*\))$/\1/p' "$TMP/out")
    CHECKS=$((CHECKS + 1))
    if [ -z "$ndists" ] || [ "$(grep -c '^  [a-z0-9_-]*: .*(tolerance [0-9.]* pp)' "$TMP/out")" -ne "$ndists" ] ||
        ! grep -q ' documented .* vs simulated ' "$TMP/out"; then
        FAILS=$((FAILS + 1))
        echo "FAIL: $(basename "$f"): not every documented distribution was compared" >&2
    fi
    # Every documented distribution stays within its declared tolerance, for all personas in
    # turn and for each persona alone (the debrief compares the player's own persona).
    check_tolerance() {
        CHECKS=$((CHECKS + 1))
        if grep -q 'DIVERGES' "$TMP/out"; then
            FAILS=$((FAILS + 1))
            echo "FAIL: $(basename "$f") $1: a distribution is outside its tolerance:" >&2
            grep 'DIVERGES' "$TMP/out" >&2
        fi
    }
    check_tolerance "(all personas)"
    for p in $(python3 -c 'import json, sys; print(" ".join(p["id"] for p in json.load(open(sys.argv[1]))["personas"]))' "$f"); do
        expect_status 0 "$BIN" simulate "$f" -n 3000 --threads 2 --persona "$p"
        check_tolerance "(persona $p)"
    done
    # Every ending the scenario declares is reachable in play, conditions and weights included
    # (the loader's warning covers only the graph): 20,000 random runs reach each one.
    expect_status 0 "$BIN" simulate "$f" -n 20000 --seed 7
    unreached=$(awk '/^Endings \(/{on=1; getline; next} on && NF == 0 {on=0} on && $NF == 0 {print $1}' "$TMP/out")
    nend=$(awk '/^Endings \(/{on=1; getline; next} on && NF == 0 {on=0} on {n++} END {print n+0}' "$TMP/out")
    CHECKS=$((CHECKS + 1))
    if [ -n "$unreached" ] || [ "$nend" -lt 2 ]; then
        FAILS=$((FAILS + 1))
        echo "FAIL: $(basename "$f"): endings never reached in 20,000 runs: ${unreached:-(table not found)}" >&2
    fi
    for lang in en ko; do
        expect_status 0 "$BIN" graph "$f" --lang "$lang"
        CHECKS=$((CHECKS + 1))
        if ! dot -Tsvg "$TMP/out" -o "$TMP/g.svg" 2>"$TMP/dot.err"; then
            FAILS=$((FAILS + 1))
            echo "FAIL: dot could not render the graph of $(basename "$f") ($lang):" >&2
            head -5 "$TMP/dot.err" >&2
        fi
    done
done
CHECKS=$((CHECKS + 1))
[ "$n" -ge 1 ] || { FAILS=$((FAILS + 1)); echo "FAIL: no shipped scenario" >&2; }
finish
