#!/usr/bin/env bash
# Installs the Debian 12 packages crossings needs, only those missing. Sourced by play.sh and
# test.sh. As root it runs apt-get itself; otherwise through sudo, or it says what to run.
set -euo pipefail

crs_install() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "crossings: installing Debian packages: ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "crossings: not root and no sudo; as root, run:" >&2
            echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
            exit 2
        fi
    fi
    # Another apt run (a second checkout's build, say) may hold the lock: wait for it.
    local lock=(-o DPkg::Lock::Timeout=900)
    "${sudo[@]}" apt-get "${lock[@]}" update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get "${lock[@]}" install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

CRS_BUILD_PACKAGES=(build-essential cmake pkg-config libsdl2-dev libsdl2-ttf-dev libcjson-dev
    libpng-dev libespeak-ng-dev gettext libunibreak-dev fonts-noto-cjk)
CRS_TEST_PACKAGES=(clang libclang-rt-14-dev valgrind xvfb xauth python3-jsonschema graphviz libespeak-ng1 systemd)
# scripts/package.sh and its test (tests/package/test_package.sh).
CRS_PACKAGING_PACKAGES=(dpkg-dev lintian desktop-file-utils appstream scdoc librsvg2-bin bash-completion fonts-nanum file man-db xvfb xauth)
# The browser version (docs/WEB.md); npm comes with some nodejs builds, else from Debian.
CRS_WEB_PACKAGES=(emscripten chromium fonttools nodejs python3)
