#!/usr/bin/env bash
# The Debian package, as a museum's IT person meets it: scripts/package.sh builds the .deb;
# lintian is clean (or overridden with reasons); the desktop entry and AppStream metainfo
# validate; then the package is installed and the INSTALLED program, run from an empty folder
# with no CROSSINGS_DATA_DIR, checks and plays the installed scenarios, opens its window under
# Xvfb (title, then a journey's first node: data, fonts-nanum and the map found), starts the
# kiosk with the packaged /etc/crossings/kiosk.json, has its man pages and bash completion.
#
# Installing for real (dpkg -i, then dpkg --purge on exit) happens only as root with CI=true or
# CRS_PACKAGE_TEST_INSTALL=1, and only if crossings is not installed already; otherwise the
# package is unpacked with dpkg -x into a scratch root.
# CRS_PACKAGE_DEB=FILE tests that .deb instead of building one; CRS_PACKAGE_SHOTS=DIR keeps the
# screenshots.
set -u
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        dpkg --purge crossings >"$tmp/purge.log" 2>&1 || { echo "FAIL: dpkg --purge" >&2; cat "$tmp/purge.log" >&2; }
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
check() { # description, then a command that must succeed
    local what=$1
    shift
    if "$@" >"$tmp/out" 2>"$tmp/err"; then ok; else
        bad "$what"
        tail -n 15 "$tmp/err" "$tmp/out" >&2
    fi
}
done_() {
    echo "test_package: $pass passed, $fail failed"
    [ "$fail" -eq 0 ]
    exit
}

deb=${CRS_PACKAGE_DEB:-}
if [ -z "$deb" ]; then
    CRS_PACKAGE_BUILD_DIR=$tmp/build bash "$src/scripts/package.sh" >"$tmp/build.log" 2>&1 ||
        { bad "scripts/package.sh failed"; tail -30 "$tmp/build.log" >&2; done_; }
    deb=$(ls "$tmp"/build/crossings_*.deb)
fi
version=$(sed -nE 's/^project\(crossings VERSION ([0-9.]+).*/\1/p' "$src/CMakeLists.txt")
check "the package is named crossings_${version}_ARCH.deb: $deb" \
    test "$(basename "$deb")" = "crossings_${version}_$(dpkg --print-architecture).deb"

# lintian: no error or warning; info and pedantic tags are shown for the log.
check "lintian reports errors or warnings" lintian --fail-on error,warning --display-info "$deb"
cat "$tmp/out"

check "Depends lacks fonts-nanum, fonts-noto-cjk or the shared libraries" \
    sh -c "dpkg-deb -f '$deb' Depends | grep -q 'fonts-nanum' && dpkg-deb -f '$deb' Depends | grep -q 'fonts-noto-cjk' && dpkg-deb -f '$deb' Depends | grep -q 'libsdl2-2.0-0' && dpkg-deb -f '$deb' Depends | grep -q 'libunibreak1'"
check "/etc/crossings/kiosk.json is not a conffile" \
    sh -c "dpkg-deb -I '$deb' conffiles | grep -qx /etc/crossings/kiosk.json"
check "the package ships fonts that fonts-nanum or fonts-noto-cjk provide" \
    sh -c "! dpkg-deb -c '$deb' | grep -qE '\.(ttf|otf|ttc)$'"

root=$tmp/root
if [ "$(id -u)" = 0 ] && { [ "${CI:-}" = true ] || [ "${CRS_PACKAGE_TEST_INSTALL:-}" = 1 ]; } &&
    ! dpkg-query -W -f='${Status}' crossings 2>/dev/null | grep -q installed; then
    echo "installing $deb with dpkg -i (removed again on exit)"
    installed=1
    check "dpkg -i" dpkg -i "$deb"
    root=""
else
    echo "unpacking $deb into a scratch root (dpkg -x)"
    check "dpkg -x" dpkg -x "$deb" "$root"
fi
bin=$root/usr/bin/crossings
[ -x "$bin" ] || { bad "no $bin"; done_; }

check "desktop-file-validate" desktop-file-validate "$root"/usr/share/applications/io.github.crossings.Crossings.desktop
check "appstreamcli validate" appstreamcli validate --no-net "$root"/usr/share/metainfo/io.github.crossings.Crossings.metainfo.xml
for size in 16x16 32x32 48x48 64x64 128x128 256x256 scalable; do
    check "no $size icon" test -s "$(ls "$root"/usr/share/icons/hicolor/$size/apps/io.github.crossings.Crossings.* 2>/dev/null | head -1)"
done

# From an empty folder, no data folder in the environment: only the installed layout counts.
mkdir -p "$tmp/elsewhere"
cd "$tmp/elsewhere" || exit 1
unset CROSSINGS_DATA_DIR
check "--version" sh -c "'$bin' --version | grep -qE '^crossings $version \(git revision ([0-9a-f]+|unknown)'"
check "--help names the installed data folder" sh -c "'$bin' --help | grep -qF '$root/usr/bin/../share/crossings'"
check "the Korean catalogue is installed" test -f "$root/usr/share/crossings/locale/ko.mo"
check "i18n-status reads the installed po/" sh -c "'$bin' i18n-status | grep -qF 'ko (한국어, draft)'"
n=0
for f in "$root"/usr/share/crossings/scenarios/*.json; do
    case $(basename "$f") in schema.json) continue ;; esac
    n=$((n + 1))
    check "installed check $(basename "$f")" "$bin" check "$f"
    check "installed run $(basename "$f")" sh -c "'$bin' run '$f' --seed 3 --lang ko | grep -qF '] =='"
done
check "no installed scenario" test "$n" -ge 1

# Manual pages, found by man itself.
manpath=${root:+$root/usr/share/man}
check "man -w crossings-check" env ${manpath:+MANPATH=$manpath} man -w crossings-check
check "man crossings-check shows --json" \
    sh -c "${manpath:+MANPATH=$manpath} MANWIDTH=80 man crossings-check 2>/dev/null | grep -qF -- '--json'"
check "man 5 crossings-kiosk.json" env ${manpath:+MANPATH=$manpath} man -w 5 crossings-kiosk.json

# bash completion, as bash-completion runs it: commands, options, scenario files.
complete_() { # the words typed so far; prints the candidates
    bash -c '. /usr/share/bash-completion/bash_completion
        . "$1"
        shift
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _crossings crossings "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}"' _ "$root/usr/share/bash-completion/completions/crossings" "$@"
}
touch "$tmp/elsewhere/mine.json" "$tmp/elsewhere/notes.txt"
complete_ crossings si >"$tmp/c1"
check "completion of 'crossings si'" grep -qx simulate "$tmp/c1"
complete_ crossings run --fo >"$tmp/c2"
check "completion of 'crossings run --fo'" grep -qx -- --format "$tmp/c2"
complete_ crossings check "" >"$tmp/c3"
check "completion of 'crossings check ' offers mine.json only" \
    sh -c "grep -qx mine.json '$tmp/c3' && ! grep -q notes.txt '$tmp/c3'"
if [ "$installed" = 1 ]; then
    rm "$tmp/elsewhere/mine.json"
    complete_ crossings run "" >"$tmp/c4"
    check "completion offers the installed scenarios" grep -qx /usr/share/crossings/scenarios/tumen-1998.json "$tmp/c4"
fi

# The installed game in a real X11 window: the title, then a journey's first node.
export SDL_VIDEODRIVER=x11 SDL_AUDIODRIVER=dummy
shots=${CRS_PACKAGE_SHOTS:-$tmp/shots}
mkdir -p "$shots"
cat >"$tmp/play" <<SCRIPT
wait 500
expect title
shot $shots/installed-title.png
click 1
wait 200
expect select
key Return
key Return
until node Return 6
shot $shots/installed-node.png
quit
SCRIPT
check "the installed GUI under Xvfb" xvfb-run -a -s "-screen 0 1280x720x24" "$bin" --renderer software \
    --reduced-motion --seed 5 --script "$tmp/play"
grep -q "video driver x11" "$tmp/err" && ok || bad "the GUI did not run on the x11 driver"
grep -q "screen node" "$tmp/err" && ok || bad "the GUI never reached a node"
for f in installed-title installed-node; do
    # A blank or text-less frame compresses to a few kilobytes; a drawn screen does not.
    check "$f.png is missing or nearly blank" test "$(stat -c %s "$shots/$f.png" 2>/dev/null || echo 0)" -gt 20000
done

# The kiosk with the packaged configuration (its logs sent to the scratch folder).
mkdir -p "$tmp/kiosk-logs" # the service has systemd create it (LogsDirectory=)
sed "s|/var/log/crossings|$tmp/kiosk-logs|" "$root/etc/crossings/kiosk.json" >"$tmp/kiosk.json"
printf 'wait 1000\nexpect attract\nshot %s/installed-kiosk.png\nquit\n' "$shots" >"$tmp/kiosk"
check "the installed kiosk with the packaged kiosk.json" xvfb-run -a -s "-screen 0 1280x720x24" "$bin" \
    --kiosk --config "$tmp/kiosk.json" --script "$tmp/kiosk"
cp "$tmp/err" "$tmp/kiosk.err" # check sends each command's output to $tmp/out and $tmp/err
check "the kiosk skipped a packaged scenario" sh -c "! grep -qi 'skipped' '$tmp/kiosk.err'"
listed=$(grep -c '^ *"[a-z0-9-]*\.json"' "$tmp/kiosk.json")
check "the kiosk offers all $listed scenarios of the packaged kiosk.json" \
    grep -qF "$listed scenario(s) offered" "$tmp/kiosk.err"
check "the kiosk wrote no kiosk.log in its log_dir" test -s "$tmp/kiosk-logs/kiosk.log"

# The kiosk's service: installed, not enabled, an unprivileged user with a place for its logs.
unit=$root/lib/systemd/system/crossings-kiosk.service
check "the unit runs as the system user crossings" grep -qx "User=crossings" "$unit"
check "the unit has a logs directory" grep -qx "LogsDirectory=crossings" "$unit"
check "the unit starts the installed binary" grep -q "^ExecStart=/usr/bin/crossings --kiosk" "$unit"
if [ "$installed" = 1 ]; then
    check "the system user crossings exists" getent passwd crossings
    check "the unit is enabled by the install" \
        sh -c "! ls /etc/systemd/system/*.wants/crossings-kiosk.service 2>/dev/null | grep -q ."
    check "dpkg lists kiosk.json as a conffile" \
        sh -c "dpkg-query -W -f='\${Conffiles}' crossings | grep -q /etc/crossings/kiosk.json"
    # An upgrade (here: the same package again) keeps the museum's own settings.
    sed -i 's/"kiosk_id": "[^"]*"/"kiosk_id": "hall-9"/' /etc/crossings/kiosk.json
    check "reinstalling the package" dpkg -i "$deb"
    check "an upgrade lost the local edit of kiosk.json" grep -q '"kiosk_id": "hall-9"' /etc/crossings/kiosk.json
fi
done_
