#!/usr/bin/env bash
# The simulate and graph commands: exit statuses, every documented distribution compared,
# determinism across thread counts, JSON, and DOT output that Graphviz renders.
. "$(dirname "$0")/lib.sh"
TINY=$SRC/tests/data/cli/tiny.json

expect_status 0 "$BIN" simulate --help
expect_in "$TMP/out" "--policy"
expect_status 0 "$BIN" graph --help
expect_in "$TMP/out" "dot -Tsvg"

# Usage errors exit 2; scenario errors 1.
expect_status 2 "$BIN" simulate
expect_status 2 "$BIN" simulate "$TINY" -n 0
expect_status 2 "$BIN" simulate "$TINY" -n lots
expect_status 2 "$BIN" simulate "$TINY" --threads 65
expect_status 2 "$BIN" simulate "$TINY" --policy sometimes
expect_status 2 "$BIN" simulate "$TINY" --persona nobody
expect_status 2 "$BIN" simulate "$TINY" --lang xx
expect_status 2 "$BIN" simulate "$TINY" --policy script "$TMP/no-script.txt"
printf '1, 2, banana\n' >"$TMP/junk.txt"
expect_status 2 "$BIN" simulate "$TINY" --policy script "$TMP/junk.txt"
expect_status 2 "$BIN" simulate "$TMP/missing.json"
printf '{"format": "crossings-scenario/1",\n  "id": 5}\n' >"$TMP/bad.json"
expect_status 1 "$BIN" simulate "$TMP/bad.json"
expect_status 2 "$BIN" graph
expect_status 2 "$BIN" graph "$TINY" --lang xx
expect_status 1 "$BIN" graph "$TMP/bad.json"

# A weight whose adjustments overflow a double: capped, so "graph" shows no NaN and the
# zero-weight outcome next to it is never drawn.
ADJ=$(for i in $(seq 40); do printf '{"if": {"money": {"min": 0}}, "times": 1e9}, '; done)
sed -e "s/\"weight\": 50.3,/\"weight\": {\"base\": 1e9, \"adjust\": [${ADJ%, }]},/" \
    -e 's/"adjust": \[{"if": {"money": {"min": 5}}, "add": 0}\]/"adjust": [{"if": {"money": {"min": 0}}, "add": -49.7}]/' \
    "$TINY" >"$TMP/huge.json"
expect_status 0 "$BIN" check "$TMP/huge.json"
expect_status 0 "$BIN" graph "$TMP/huge.json"
expect_in "$TMP/out" "(100.0%)"
CHECKS=$((CHECKS + 1))
if grep -qiE "(nan|inf)%" "$TMP/out"; then
    FAILS=$((FAILS + 1))
    echo "FAIL: graph prints a non-finite share:" >&2
    grep -iE "(nan|inf)%" "$TMP/out" | head -3 >&2
fi
for seed in $(seq 20); do
    expect_status 0 "$BIN" run "$TMP/huge.json" --choices 1,1 --seed "$seed" --format json
    expect_in "$TMP/out" '"back-soon"'
done

# At random, far more runs stay under three months than the source's 50.3%: flagged, exit 0.
expect_status 0 "$BIN" simulate "$TINY" -n 4000 --persona a
expect_in "$TMP/out" "stay: Length of stay (tolerance 5.0 pp)  DIVERGES"
expect_in "$TMP/out" "Under 3 months"
expect_in "$TMP/out" "3 months or more"
expect_in "$TMP/out" "documented  50.3% vs simulated"
expect_in "$TMP/out" "documented  49.7% vs simulated"
expect_in "$TMP/out" "survey of 28,472 North Koreans in China"
expect_in "$TMP/out" "Summary: 0 of 1 documented distributions within tolerance."
expect_in "$TMP/out" "repatriated"

# Crossing and staying every time follows the documented weights: within tolerance.
printf '1, 1\n' >"$TMP/stay.txt"
expect_status 0 "$BIN" simulate "$TINY" -n 4000 --policy script "$TMP/stay.txt"
expect_in "$TMP/out" "Summary: 1 of 1 documented distributions within tolerance."
expect_in "$TMP/out" "Runs where a scripted number was not open: 0"

# The report is the same for any thread count, and changes with the seed.
expect_status 0 "$BIN" simulate "$TINY" -n 5000 --seed 9 --threads 1
cp "$TMP/out" "$TMP/one.txt"
expect_status 0 "$BIN" simulate "$TINY" -n 5000 --seed 9 --threads 3
CHECKS=$((CHECKS + 1))
cmp -s "$TMP/one.txt" "$TMP/out" || { FAILS=$((FAILS + 1)); echo "FAIL: threads changed the report" >&2; }
expect_status 0 "$BIN" simulate "$TINY" -n 5000 --seed 10
CHECKS=$((CHECKS + 1))
cmp -s "$TMP/one.txt" "$TMP/out" && { FAILS=$((FAILS + 1)); echo "FAIL: the seed changed nothing" >&2; }

# JSON, and the timing line on stderr only when asked.
expect_status 0 "$BIN" simulate "$TINY" -n 1000 --json --timing --policy first
expect_in "$TMP/out" '"policy":	"first"'
expect_in "$TMP/out" '"id":	"stay"'
expect_in "$TMP/out" '"documented":	50.3'
expect_in "$TMP/out" '"diverges":	false'
expect_in "$TMP/out" '"completed":	1000'
expect_in "$TMP/err" "steps/s"

# graph: clusters per stage, ending colours, dashed illustrative outcomes, renders with dot.
expect_status 0 "$BIN" graph "$TINY"
cp "$TMP/out" "$TMP/tiny.dot"
expect_in "$TMP/tiny.dot" 'subgraph "cluster_border"'
expect_in "$TMP/tiny.dot" 'subgraph "cluster_china"'
expect_in "$TMP/tiny.dot" 'label="The border (border)"'
expect_in "$TMP/tiny.dot" 'fillcolor="#ff9d9a"'
expect_in "$TMP/tiny.dot" 'fillcolor="#d4a6c8"'
expect_in "$TMP/tiny.dot" 'style=dashed'
expect_in "$TMP/tiny.dot" 'w 50.3 (50.3%)'
expect_in "$TMP/tiny.dot" 'cluster_legend'
CHECKS=$((CHECKS + 1))
if ! command -v dot >/dev/null; then
    FAILS=$((FAILS + 1))
    echo "FAIL: Graphviz 'dot' is not installed (scripts/deps.sh installs it)" >&2
elif ! dot -Tsvg "$TMP/tiny.dot" -o "$TMP/tiny.svg" 2>"$TMP/dot.err" || ! grep -q "<svg" "$TMP/tiny.svg"; then
    FAILS=$((FAILS + 1))
    echo "FAIL: dot could not render the graph:" >&2
    cat "$TMP/dot.err" >&2
fi
expect_status 0 "$BIN" graph "$TINY" --lang ko
expect_in "$TMP/out" "국경"
# Quotes and backslashes in text are escaped, so dot still parses the graph.
sed 's/A market town\./A \\"quoted\\" town, C:\\\\path\\nline/' "$TINY" >"$TMP/quotes.json"
expect_status 0 "$BIN" graph "$TMP/quotes.json"
expect_in "$TMP/out" 'A \"quoted\" town, C:\\path\nline'
CHECKS=$((CHECKS + 1))
dot -Tsvg "$TMP/out" -o /dev/null 2>/dev/null || { FAILS=$((FAILS + 1)); echo "FAIL: dot rejected escaped labels" >&2; }

# --replay names the run command that plays a simulated run again: replaying runs 0-59 one by
# one with `crossings run` reaches each ending exactly as often as the simulation counted.
expect_status 0 "$BIN" simulate "$TINY" -n 60 --seed 77 --json
cp "$TMP/out" "$TMP/sim.json"
: >"$TMP/replayed.txt"
for i in $(seq 0 59); do
    cmd=$("$BIN" simulate "$TINY" --seed 77 --replay "$i")
    # shellcheck disable=SC2086
    "$BIN" ${cmd#crossings } --json | grep -A1 '"ending":' | sed -n 's/.*"id":\t"\(.*\)",/\1/p' >>"$TMP/replayed.txt"
done
for ending in home stayed sent-back; do
    want=$(grep -B6 "\"id\":	\"$ending\"" "$TMP/sim.json" | sed -n 's/.*"count":\t\([0-9]*\),/\1/p' | head -1)
    got=$(grep -cx "$ending" "$TMP/replayed.txt")
    CHECKS=$((CHECKS + 1))
    if [ -z "$want" ] || [ "$want" != "$got" ]; then
        FAILS=$((FAILS + 1))
        echo "FAIL: ending $ending: simulated $want times, replayed $got times" >&2
    fi
done
expect_status 2 "$BIN" simulate "$TINY" --replay 3 --policy first
finish
