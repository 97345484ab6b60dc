#!/usr/bin/env bash
# Scenario files are data only: path-like fields (a source's "document", "url", "$schema") are
# never opened or fetched, and text reaches the HTML export escaped, so nothing in it runs.
. "$(dirname "$0")/lib.sh"

# Every path-like field names a FIFO with no writer: opening one for reading blocks, so if any
# command opened it, the command would hang and the timeout would fail the check.
mkfifo "$TMP/trap"
mkdir -p "$TMP/scen/sub"
sed -e "s|\"year\": \"c. 2005\", \"document\": \"[^\"]*\"|\"year\": \"c. 2005\", \"document\": \"$TMP/trap\", \"url\": \"file://$TMP/trap\"|" \
    -e "s|\"id\": \"tiny\",|\"id\": \"tiny\", \"\$schema\": \"$TMP/trap\",|" \
    "$SRC/tests/data/cli/tiny.json" >"$TMP/scen/sub/abs.json"
sed -e "s|\"document\": \"$TMP/trap\"|\"document\": \"../../trap\"|" "$TMP/scen/sub/abs.json" \
    >"$TMP/scen/sub/rel.json"
ln -s ../../trap "$TMP/scen/sub/002_f62a99ef4183e381.txt" # the shipped document name, too
cp "$SRC/tests/data/cli/tiny.json" "$TMP/scen/sub/plain.json"

for f in abs rel plain; do
    file=$TMP/scen/sub/$f.json
    CHECKS=$((CHECKS + 1))
    grep -q "trap\|002_f62a99ef4183e381" "$file" || {
        FAILS=$((FAILS + 1))
        echo "FAIL: $f.json does not name the trap" >&2
    }
    expect_status 0 timeout -k 2 10 "$BIN" check "$file"
    expect_status 0 timeout -k 2 10 "$BIN" check --json "$file"
    for fmt in text json markdown html; do
        expect_status 0 timeout -k 2 10 "$BIN" run "$file" --seed 3 --format "$fmt"
    done
    # Run from inside the scenario's folder, where a relative path would resolve.
    (cd "$TMP/scen/sub" && expect_status 0 timeout -k 2 10 "$BIN" run "$f.json" --seed 5 --format html)
done
expect_status 0 timeout -k 2 10 "$BIN" run "$TMP/scen/sub/abs.json" --choices 1,1 --seed 3 --format html
expect_in "$TMP/out" "file://$TMP/trap" # shown as text in the sources list, never fetched
code=$("$BIN" run "$TMP/scen/sub/abs.json" --seed 13 | tail -1 | sed 's/.*: //')
expect_status 0 timeout -k 2 10 "$BIN" replay "$code" "$TMP/scen/sub/abs.json"

# Markup in scenario text is escaped in the HTML export: it is shown, never run.
sed -e 's|"You stand at the frozen river."|"<script>alert(1)</script> \& <img src=x onerror=alert(2)>"|' \
    -e 's|"title": "The Political|"title": "<marquee>bold</marquee> The Political|' \
    "$SRC/tests/data/cli/tiny.json" >"$TMP/markup.json"
expect_status 0 timeout -k 2 10 "$BIN" run "$TMP/markup.json" --choices 1,1 --seed 3 --format html
expect_in "$TMP/out" "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;"
expect_in "$TMP/out" "&lt;marquee&gt;bold&lt;/marquee&gt;"
for tag in "<script" "<img" "<marquee"; do
    CHECKS=$((CHECKS + 1))
    if grep -qF "$tag" "$TMP/out"; then
        FAILS=$((FAILS + 1))
        echo "FAIL: the HTML export carries scenario markup unescaped: $tag" >&2
    fi
done
finish
