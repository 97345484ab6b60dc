#!/usr/bin/env bash
# The manual pages (docs/man/*.scd) keep up with the program: every command that
# `crossings --help` lists has a page crossings-COMMAND.1, and every option that a command's
# --help (or `crossings --help` and `--help-gui` for crossings.1) names appears in that page.
# The kiosk configuration's keys in docs/KIOSK.md all appear in crossings-kiosk.json.5.
# The bash completion (packaging/crossings.bash-completion) knows every command and option too.
# With scdoc installed, every page must also compile.
# Usage: test_manpages.sh BINARY SOURCE_DIR
set -u
bin=$1
man=$2/docs/man
completion=$2/packaging/crossings.bash-completion
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }

# Options in help text: -x or --word, not inside words such as "1-based" or "top-left".
# declared: only the usage lines and the option list, not examples such as "dot -Tsvg -o".
declared() { grep -E '^(Usage:| *-| +crossings [^|]*$)' | options | grep -vx -- '-h'; }
options() { grep -oE '(^|[^A-Za-z0-9_-])--?[a-z][a-z0-9-]*' | sed -E 's/^[^-]*//' | sort -u; }

# in_page PAGE OPT...: each OPT appears in PAGE as a whole option (not a prefix of a longer one).
in_page() {
    local page=$1 o
    shift
    for o in "$@"; do
        if grep -qE -- "(^|[^A-Za-z0-9-])${o}([^A-Za-z0-9-]|$)" "$page"; then ok; else
            bad "$(basename "$page") does not mention $o"
        fi
    done
}

commands=$("$bin" --help | sed -nE 's/^ *(Usage: )?crossings ([a-z][a-z0-9-]*) .*/\2/p' | sort -u)
[ "$(echo "$commands" | wc -w)" -ge 6 ] && ok || bad "found only '$commands' in crossings --help"
for c in $commands; do
    page=$man/crossings-$c.1.scd
    if [ ! -f "$page" ]; then
        bad "no manual page for 'crossings $c': write docs/man/crossings-$c.1.scd"
        continue
    fi
    ok
    # shellcheck disable=SC2046
    in_page "$page" $("$bin" "$c" --help | options)
    grep -qF "*crossings-$c*(1)" "$man/crossings.1.scd" && ok || bad "crossings.1 does not list crossings-$c(1)"
    # shellcheck disable=SC2046
    in_page "$completion" "$c" $("$bin" "$c" --help | declared)
done
# shellcheck disable=SC2046
in_page "$man/crossings.1.scd" $({ "$bin" --help; "$bin" --help-gui; } | options)
# shellcheck disable=SC2046
in_page "$completion" $({ "$bin" --help; "$bin" --help-gui; } | declared)

# The kiosk keys, from the reference table in docs/KIOSK.md.
keys=$(sed -nE 's/^\| `([a-z_]+)` \|.*/\1/p' "$2/docs/KIOSK.md")
[ "$(echo "$keys" | wc -w)" -ge 10 ] && ok || bad "found only '$keys' in docs/KIOSK.md"
for k in $keys; do
    # scdoc needs underscores escaped in bold text: kiosk\_id.
    if grep -qF -- "*${k//_/\\_}*" "$man/crossings-kiosk.json.5.scd"; then ok; else
        bad "crossings-kiosk.json.5 does not describe the key $k"
    fi
done

if command -v scdoc >/dev/null; then
    for page in "$man"/*.scd; do
        if scdoc <"$page" >/dev/null; then ok; else bad "scdoc rejects $(basename "$page")"; fi
    done
fi

echo "test_manpages: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
