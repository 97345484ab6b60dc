#!/usr/bin/env bash
# A catalogue of bad scenario files, one check each: every one is refused with a located error
# (file:line:col where there is a position) and exit status 1 or 2, never a crash or a hang.
. "$(dirname "$0")/lib.sh"

# bad WANT CMD...: CMD exits WANT within 10 s, and no sanitizer reported anything.
bad() {
    local want=$1
    shift
    expect_status "$want" timeout -k 2 10 "$@"
    CHECKS=$((CHECKS + 1))
    if grep -qE 'Sanitizer|runtime error:|Segmentation|Aborted' "$TMP/err"; then
        FAILS=$((FAILS + 1))
        echo "FAIL: '$*' triggered a sanitizer or crash report" >&2
        head -20 "$TMP/err" | sed 's/^/  stderr: /' >&2
    fi
}

# loc FILE BEFORE TEXT: "FILE:LINE:COL" of the first TEXT that follows BEFORE on a line (the
# column counts characters, as the loader does).
loc() {
    local f=$1 before=$2 text=$3 n=0 line head
    while IFS= read -r line; do
        n=$((n + 1))
        case $line in
        *"$before$text"*)
            head=${line%%"$before$text"*}
            echo "$f:$n:$((${#head} + ${#before} + 1))"
            return
            ;;
        esac
    done <"$f"
    echo "$f:(text not found: $before$text)"
}

# check_err FILE WANT LOCATION WORDS...: `check FILE` exits WANT and prints LOCATION then each word.
check_err() {
    local f=$1 want=$2 where=$3
    shift 3
    bad "$want" "$BIN" check "$f"
    # A location ending in ':' is a prefix (the column is not the point of the case).
    case $where in *:) expect_in "$TMP/err" "$where" ;; *) expect_in "$TMP/err" "$where: error: " ;; esac
    for w in "$@"; do expect_in "$TMP/err" "$w"; done
}

# ===== a small valid scenario, one thing per line, that the semantic cases below break =====
B=$TMP/base.json
cat >"$B" <<'EOF'
{
  "format": "crossings-scenario/1",
  "id": "base",
  "version": "1",
  "languages": [{"code": "en", "name": "English", "status": "reviewed", "reviewer": "x"},
    {"code": "ko", "name": "Korean", "status": "draft"}],
  "title": {"en": "T", "ko": "T"},
  "summary": {"en": "S", "ko": "S"},
  "audience": {"en": "A", "ko": "A"},
  "content_note": {"en": "C", "ko": "C"},
  "era": {"from": 1998, "to": 1999},
  "sources": [
    {"id": "src", "author": "A", "title": "T", "year": "1999", "document": "doc.txt"}
  ],
  "variables": [
    {"id": "money", "type": "int", "min": 0, "max": 100, "label": {"en": "M", "ko": "M"}}
  ],
  "personas": [
    {"id": "p", "name": {"en": "P", "ko": "P"}, "description": {"en": "D", "ko": "D"}, "start": "n1"}
  ],
  "stages": [
    {"id": "st", "kind": "border", "title": {"en": "B", "ko": "B"}}
  ],
  "nodes": [
    {"id": "n1", "stage": "st", "text": {"en": "N1", "ko": "N1"}, "choices": [
      {"id": "c1", "label": {"en": "L", "ko": "L"}, "next": "n2"},
      {"id": "c2", "label": {"en": "L", "ko": "L"}, "if": {"money": {"min": 5}}, "effects": {"money": 1}, "ending": "e1"}
    ]},
    {"id": "n2", "stage": "st", "text": {"en": "N2", "ko": "N2"}, "tags": ["arrest"], "summary": {"en": "S", "ko": "S"}, "choices": [
      {"id": "c3", "label": {"en": "L", "ko": "L"}, "outcomes": [
        {"id": "o1", "weight": 2, "text": {"en": "O", "ko": "O"}, "ending": "e1", "cite": {"source": "src", "figure": {"en": "F", "ko": "F"}, "year": "1999", "population": {"en": "P", "ko": "P"}}},
        {"id": "o2", "weight": 1, "text": {"en": "O", "ko": "O"}, "ending": "e2", "illustrative": true}
      ]}
    ]}
  ],
  "endings": [
    {"id": "e1", "kind": "repatriated", "title": {"en": "E", "ko": "E"}, "text": {"en": "E", "ko": "E"}},
    {"id": "e2", "kind": "staying_in_china", "title": {"en": "E", "ko": "E"}, "text": {"en": "E", "ko": "E"}}
  ]
}
EOF
bad 0 "$BIN" check "$B"
expect_in "$TMP/out" "ok (2 nodes"

# mk NAME SED-SCRIPT: $TMP/NAME.json is the base scenario edited by sed; the edit must change it.
mk() {
    sed -e "$2" "$B" >"$TMP/$1.json"
    CHECKS=$((CHECKS + 1))
    if cmp -s "$B" "$TMP/$1.json"; then
        FAILS=$((FAILS + 1))
        echo "FAIL: the edit for case $1 changed nothing: $2" >&2
    fi
}

# sem NAME SED-SCRIPT BEFORE TEXT WORDS...: the edited file is refused (exit 1) with an error
# located where TEXT follows BEFORE, carrying each of WORDS.
sem() {
    local name=$1 script=$2 before=$3 text=$4
    shift 4
    mk "$name" "$script"
    check_err "$TMP/$name.json" 1 "$(loc "$TMP/$name.json" "$before" "$text")" "$@"
}

# ===== the validator's semantic errors =====
sem unknown-key 's/"audience"/"audiense"/' '' '"audiense"' \
    'unknown key "audiense"' 'did you mean "audience"?' '(/audiense)'
sem unknown-key-nested 's/"id": "c1", "label"/"id": "c1", "lable"/' '' '"lable"' \
    'choice "c1" of node "n1" has unknown key "lable"' 'did you mean "label"?'
sem wrong-type 's/"version": "1"/"version": 1/' '"version": ' '1,' \
    '"version" must be a string, not a number' '(/version)'
sem wrong-type-text 's/"title": {"en": "T", "ko": "T"}/"title": "T"/' '"title": ' '"T"' \
    '"title"' '(/title)'
sem missing-field 's/, "title": {"en": "B", "ko": "B"}//' '' '{"id": "st"' \
    'stage "st" has no "title"' 'required' '(/stages/0/title)'
sem missing-top 's/"content_note": .*$/"_comment": "x",/' '' '{' \
    'the scenario has no "content_note"' '(/content_note)'
sem bad-id 's/"id": "n2"/"id": "N 2"/' '"id": ' '"N 2"' \
    'bad id "N 2"' 'a-z, 0-9' '(/nodes/1/id)'
sem bad-id-long "s/\"id\": \"n2\"/\"id\": \"n$(printf 'x%.0s' {1..64})\"/" '"id": ' '"nxxx' \
    'bad id' '(/nodes/1/id)'
sem duplicate-id 's/"id": "c2"/"id": "c1"/' '"id": ' '"c1", "label": {"en": "L", "ko": "L"}, "if"' \
    'repeats the id "c1"' '(/nodes/0/choices/1/id)'
sem duplicate-persona 's/"start": "n1"}/"start": "n1"}, {"id": "p", "name": {"en": "P", "ko": "P"}, "description": {"en": "D", "ko": "D"}, "start": "n1"}/' \
    '"start": "n1"}, {"id": ' '"p"' 'persona id "p" is used twice' '(/personas/1/id)'
sem dangling-next 's/"next": "n2"/"next": "n9"/' '"next": ' '"n9"' \
    'goes to unknown node "n9"' '(/nodes/0/choices/0/next)'
sem dangling-ending 's/"ending": "e2"/"ending": "e9"/' '"ending": ' '"e9"' \
    'ends in unknown ending "e9"' 'did you mean' '(/nodes/1/choices/0/outcomes/1/ending)'
sem dangling-stage '0,/"stage": "st"/s/"stage": "st"/"stage": "zz"/' '"stage": ' '"zz"' \
    'node "n1" is in unknown stage "zz"' '(/nodes/0/stage)'
sem dangling-ending-stage 's/"kind": "repatriated"/"kind": "repatriated", "stage": "qq"/' \
    '"stage": ' '"qq"' 'ending "e1" is placed at unknown stage "qq"' '(/endings/0/stage)'
sem dangling-start 's/"start": "n1"/"start": "n7"/' '"start": ' '"n7"' \
    'persona "p" starts at unknown node "n7"' '(/personas/0/start)'
sem dangling-source 's/"source": "src"/"source": "srx"/' '"source": ' '"srx"' \
    'cites unknown source "srx"' 'did you mean "src"?' '(/nodes/1/choices/0/outcomes/0/cite/source)'
sem dangling-var-if 's/"if": {"money"/"if": {"monny"/' '"if": {' '"monny"' \
    'tests unknown variable "monny"' 'did you mean "money"?' '(/nodes/0/choices/1/if/monny)'
sem dangling-var-effect 's/"effects": {"money": 1}/"effects": {"cash": 1}/' '"effects": {' '"cash"' \
    'changes unknown variable "cash"' '(/nodes/0/choices/1/effects/cash)'
sem dangling-var-set 's/"start": "n1"}/"start": "n1", "set": {"cash": 3}}/' '"set": {' '"cash"' \
    'persona "p" sets unknown variable "cash"' '(/personas/0/set/cash)'
sem unreachable 's/"next": "n2"/"ending": "e2"/' '{"id": ' '"n2"' \
    'node "n2" cannot be reached' '(/nodes/1/id)'
sem no-way-to-ending 's/"ending": "e1", "cite"/"next": "n2", "cite"/; s/"ending": "e2", "illustrative"/"next": "n2", "illustrative"/' \
    '{"id": ' '"n2"' 'node "n2" has no way to an ending' '(/nodes/1/id)'
sem zero-weight 's/"weight": 2/"weight": 0/' '"weight": ' '0,' \
    '"weight" must be more than 0' 'not 0' '(/nodes/1/choices/0/outcomes/0/weight)'
sem negative-weight 's/"weight": 2/"weight": -3/' '"weight": ' '-3' '"weight" must be more than 0' 'not -3'
sem huge-weight 's/"weight": 2/"weight": 1e10/' '"weight": ' '1e10' '"weight" must be more than 0' 'at most 1e9'
sem weight-type 's/"weight": 2/"weight": "heavy"/' '"weight": ' '"heavy"' '"weight" must be a number'
sem missing-citation 's/, "illustrative": true//' '' '{"id": "o2"' \
    'outcome "o2"' 'neither a "cite" nor "illustrative": true' '(/nodes/1/choices/0/outcomes/1)'
sem missing-language 's/"text": {"en": "N2", "ko": "N2"}/"text": {"ko": "N2"}/' '"text": ' '{"ko": "N2"}' \
    'node "n2": "text" has no "en" (English) text' '(/nodes/1/text)'
sem tag-without-summary 's/, "summary": {"en": "S", "ko": "S"}//' '' '{"id": "n2"' \
    'node "n2" has content tags but no "summary"' '(/nodes/1/summary)'
sem bad-enum 's/"kind": "border"/"kind": "boarder"/' '"kind": ' '"boarder"' \
    'unknown kind "boarder"' 'did you mean "border"?'
sem bad-format 's|crossings-scenario/1|crossings-scenario/2|' '"format": ' '"crossings' \
    '"format" must be "crossings-scenario/1"'

# Numbers where whole numbers are needed: fractions, out of range, and beyond a double.
sem non-integral 's/"from": 1998/"from": 1998.5/' '"from": ' '1998.5' '"from" must be a whole number'
sem out-of-range-int 's/"max": 100,/"max": 3e9,/' '"max": ' '3e9' \
    '"max" must be a whole number from -1000000000 to 1000000000'
sem out-of-range-neg 's/"min": 0,/"min": -2000000000,/' '"min": ' '-2000000000' '"min" must be a whole number'
sem beyond-double 's/"to": 1999/"to": 1e400/' '"to": ' '1e400' '"to" must be a whole number'
sem long-number 's/"to": 1999/"to": 1999.00000000000000000000000000000000000000/' '"to": ' '1999.000' \
    'number longer than 40 characters'

# Duplicate keys: the second one is the error (cJSON would silently keep the first).
sem duplicate-key 's/"version": "1",/"version": "1", "version": "2",/' '"version": "1", ' '"version"' \
    'duplicate key "version"'
sem trailing-comma-object 's/"to": 1999}/"to": 1999,}/' '"to": 1999,' '}' "trailing comma before '}'"
sem trailing-comma-array 's/"tags": \["arrest"\]/"tags": ["arrest",]/' '"tags": ["arrest",' ']' "trailing comma before ']'"
sem comment 's|"id": "base",|"id": "base", // the id|' '"id": "base", ' '//' 'error'

# CRLF line endings: the file still loads, and lines are still counted right.
sed 's/$/\r/' "$B" >"$TMP/crlf.json"
bad 0 "$BIN" check "$TMP/crlf.json"
sed 's/"next": "n2"/"next": "n9"/; s/$/\r/' "$B" >"$TMP/crlf-bad.json"
check_err "$TMP/crlf-bad.json" 1 "$(loc "$TMP/crlf-bad.json" '"next": ' '"n9"')" 'unknown node "n9"'

# ===== syntax and encoding =====
: >"$TMP/empty.json"
check_err "$TMP/empty.json" 1 "$TMP/empty.json:1:1" "empty"
printf '   \n\n  \n' >"$TMP/blank.json"
check_err "$TMP/blank.json" 1 "$TMP/blank.json:" "empty"
printf 'title: crossings\nid: x\n' >"$TMP/yaml.json"
check_err "$TMP/yaml.json" 1 "$TMP/yaml.json:1:1" "expected a value"
head -c 40 "$B" >"$TMP/truncated.json"
check_err "$TMP/truncated.json" 1 "$TMP/truncated.json:3:3" "ends before the JSON is complete"
printf '{"id": "abc' >"$TMP/open-string.json"
check_err "$TMP/open-string.json" 1 "$TMP/open-string.json:1:12" "ends before"
printf '{}\n{}\n' >"$TMP/two-docs.json"
check_err "$TMP/two-docs.json" 1 "$TMP/two-docs.json:2:1" "after the end"
printf '%*s' 100000 '' | tr ' ' '[' >"$TMP/deep.json"
check_err "$TMP/deep.json" 1 "$TMP/deep.json:1:33" "nesting deeper than 32 levels"
printf '%*s' 100000 '' | sed 's/ /{"a":/g' >"$TMP/deep-obj.json"
check_err "$TMP/deep-obj.json" 1 "$TMP/deep-obj.json:1:161" "nesting deeper than 32 levels"

# Wrong top-level types.
for doc in '[]:a list' '"scenario":a string' '42:a number' 'null:null' 'true:true'; do
    printf '%s\n' "${doc%%:*}" >"$TMP/top.json"
    check_err "$TMP/top.json" 1 "$TMP/top.json:1:1" "must hold one JSON object"
done

# Size: 8 MiB exactly is read (and refused only for its content); one byte more is refused.
{ printf '{}'; head -c $((8 * 1024 * 1024 - 2)) /dev/zero | tr '\0' ' '; } >"$TMP/8mib.json"
bad 1 "$BIN" check "$TMP/8mib.json"
expect_in "$TMP/err" 'has no "format"'
printf ' ' >>"$TMP/8mib.json"
bad 1 "$BIN" check "$TMP/8mib.json"
expect_in "$TMP/err" "8mib.json: error: the file is larger than 8 MiB"

# Long strings: 8,192 bytes is the limit, one more is refused at the opening quote.
long=$(printf 'v%.0s' {1..8192})
sed "s/\"version\": \"1\"/\"version\": \"$long\"/" "$B" >"$TMP/long-ok.json"
bad 0 "$BIN" check "$TMP/long-ok.json"
sem long-string "s/\"version\": \"1\"/\"version\": \"x$long\"/" '"version": ' '"xvvv' \
    'string longer than 8192 bytes'
sem long-key "s/\"version\": \"1\"/\"k$long\": 1/" '' '"kvvv' 'string longer than 8192 bytes'
# Escapes count after decoding: 8,193 bytes written as \u escapes are still too long.
# (sed would read \u as "upper-case the next letter", so the escapes go in with bash.)
esc=$(printf '\\u0041%.0s' {1..8193})
text=$(<"$B")
printf '%s\n' "${text/\"version\": \"1\"/\"version\": \"$esc\"}" >"$TMP/long-escaped.json"
check_err "$TMP/long-escaped.json" 1 "$TMP/long-escaped.json:4:14" 'string longer than 8192 bytes'

# Invalid UTF-8, each at line 2, column 11 (the bad byte), and counted in characters after Korean.
utf8_case() { # name, bytes
    printf '{\n  "id": "x%b"\n}\n' "$2" >"$TMP/$1.json"
    check_err "$TMP/$1.json" 1 "$TMP/$1.json:2:11" "invalid UTF-8"
}
utf8_case overlong-2 '\xc0\xaf'
utf8_case overlong-3 '\xe0\x80\xaf'
utf8_case overlong-4 '\xf0\x80\x80\xaf'
utf8_case surrogate '\xed\xa0\x80'
utf8_case beyond-10ffff '\xf4\x90\x80\x80'
utf8_case truncated-seq '\xe2\x82'
utf8_case truncated-at-eof '\xe2'
utf8_case lone-continuation '\x80'
utf8_case byte-ff '\xff'
utf8_case byte-fe '\xfe'
printf '{\n  "id": "북한x\xff"\n}\n' >"$TMP/after-korean.json"
check_err "$TMP/after-korean.json" 1 "$TMP/after-korean.json:2:13" "invalid UTF-8"
printf '\xff\xfe{\0}\0' >"$TMP/utf16.json"
check_err "$TMP/utf16.json" 1 "$TMP/utf16.json:1:1" "invalid UTF-8"
printf '{\n  "id": "x\0y"\n}\n' >"$TMP/nul.json"
check_err "$TMP/nul.json" 1 "$TMP/nul.json:2:11" "NUL byte"
printf '{\n  "id": "x\\u0000y"\n}\n' >"$TMP/nul-escape.json"
check_err "$TMP/nul-escape.json" 1 "$TMP/nul-escape.json:2:11" "\\u0000 (a NUL character)"
printf '{\n  "id": "x\\ud800y"\n}\n' >"$TMP/lone-surrogate-escape.json"
check_err "$TMP/lone-surrogate-escape.json" 1 "$TMP/lone-surrogate-escape.json:2:11" "surrogate without its low half"
# A byte-order mark is allowed and skipped; columns still match an editor's.
{ printf '\xef\xbb\xbf'; cat "$B"; } >"$TMP/bom.json"
bad 0 "$BIN" check "$TMP/bom.json"

# ===== counts: a million values, 200,000 items, thousands of mistakes =====
{ printf '{"_comment": ['; yes '0,' | head -n 1000000 | tr -d '\n'; printf '0]}\n'; } >"$TMP/values.json"
check_err "$TMP/values.json" 1 "$TMP/values.json:1:" "more than 1,000,000 JSON values"
{ printf '{"nodes": ['; yes '{},' | head -n 200000 | tr -d '\n'; printf '{}]}\n'; } >"$TMP/items.json"
check_err "$TMP/items.json" 1 "$TMP/items.json:1:11" '"nodes" has 200001 items'
{ printf '{'; seq 1 5000 | sed 's/.*/"k&": 1,/' | tr -d '\n'; printf '"k0": 1}\n'; } >"$TMP/many.json"
check_err "$TMP/many.json" 1 "$TMP/many.json:1:2" 'unknown key "k1"' "more diagnostics not shown"

# ===== files that are not scenario files =====
check_err "$TMP" 2 "$TMP" "cannot open the file (this is a folder, not a file)"
check_err "$TMP/no-such-file.json" 2 "$TMP/no-such-file.json" "cannot open the file"
bad 2 "$BIN" check ""
# No read permission: root reads anything, so this runs as nobody on a copy of the binary in a
# world-traversable folder.
if ! command -v setpriv >/dev/null; then
    FAILS=$((FAILS + 1))
    echo "FAIL: setpriv (util-linux) is needed for the unreadable-file case" >&2
else
    open_dir=$(mktemp -d)
    trap 'rm -rf "$TMP" "$open_dir"' EXIT
    chmod 755 "$open_dir"
    cp "$BIN" "$open_dir/crossings"
    cp "$B" "$open_dir/secret.json"
    chmod 000 "$open_dir/secret.json"
    bad 2 setpriv --reuid=65534 --regid=65534 --clear-groups "$open_dir/crossings" check \
        "$open_dir/secret.json"
    expect_in "$TMP/err" "$open_dir/secret.json: error: cannot open the file (Permission denied)"
fi
# test_valgrind_bad.sh checks every file of the catalogue again, under valgrind.
[ -n "${CRS_BAD_KEEP:-}" ] && cp "$TMP"/*.json "$CRS_BAD_KEEP/"
finish
