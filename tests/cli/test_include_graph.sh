#!/usr/bin/env bash
# The dependency rules (docs/ARCHITECTURE.md), checked by scripts/include_graph.py: no include
# cycle spans more than one folder, no front end includes the other's headers, no two headers
# share a name. The tree must pass; small made-up trees that break each rule must not.
. "$(dirname "$0")/lib.sh"
CHECK="$SRC/scripts/include_graph.py"

expect_status 0 python3 "$CHECK" --check "$SRC"
expect_in "$TMP/out" " 0 rule violation(s)"

# tree NAME: an empty tree with the folders the checker reads.
tree() {
    rm -rf "$TMP/$1"
    mkdir -p "$TMP/$1/game/core" "$TMP/$1/game/cli" "$TMP/$1/game/ui/shell" \
        "$TMP/$1/game/ui/kiosk" "$TMP/$1/include/crossings"
    echo "$TMP/$1"
}

# A cycle between two folders: the shell includes a mode that includes the shell.
t=$(tree across)
printf '#include "kiosk/kiosk.h"\n' >"$t/game/ui/shell/app.c"
printf '#include "shell/app.h"\n' >"$t/game/ui/shell/app.h"
printf '#include "shell/app.h"\n' >"$t/game/ui/kiosk/kiosk.h"
expect_status 1 python3 "$CHECK" --check "$t"
expect_in "$TMP/out" "ACROSS game/ui/kiosk, game/ui/shell"

# The same cycle inside one folder is reported and allowed.
t=$(tree within)
printf '#include "shell/b.h"\n' >"$t/game/ui/shell/a.c"
printf '#include "shell/a.h"\n' >"$t/game/ui/shell/b.c"
touch "$t/game/ui/shell/a.h" "$t/game/ui/shell/b.h"
expect_status 0 python3 "$CHECK" --check "$t"
expect_in "$TMP/out" "(within game/ui/shell)"

# The game window including the command line's header.
t=$(tree sibling)
touch "$t/game/cli/cli.h"
printf '#include "cli.h"\n' >"$t/game/ui/shell/app.c"
expect_status 1 python3 "$CHECK" --check "$t"
expect_in "$TMP/out" "dependency rule: game/ui/shell/app.c (ui) includes game/cli/cli.h (cli)"

# Two headers with one name.
t=$(tree names)
touch "$t/game/ui/kiosk/kiosk.h" "$t/include/crossings/kiosk.h"
expect_status 1 python3 "$CHECK" --check "$t"
expect_in "$TMP/out" "headers share the name kiosk.h"

finish
