#!/usr/bin/env bash
# Builds the Debian package: build-deb/crossings_VERSION_ARCH.deb (the version is the CMake
# project's). Install it with `apt install ./build-deb/crossings_*.deb`; docs/KIOSK.md goes on
# from there. CRS_PACKAGE_BUILD_DIR chooses another build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/deps.sh
crs_install "${CRS_BUILD_PACKAGES[@]}" "${CRS_PACKAGING_PACKAGES[@]}"
dir=${CRS_PACKAGE_BUILD_DIR:-build-deb}

# Debian's own flags (hardening: PIE, relro, bindnow, fortify, stack protector; build paths
# mapped away), as every package in the archive is built; build type None adds nothing to them.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cflags="$(dpkg-buildflags --get CFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
cmake -S . -B "$dir" -DCRS_PACKAGE=ON -DBUILD_TESTING=OFF -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_C_FLAGS="$cflags" \
    -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" >/dev/null
cmake --build "$dir" -j"$(nproc)"
rm -f "$dir"/crossings_*.deb
(cd "$dir" && cpack -G DEB >/dev/null)
ls "$dir"/crossings_*.deb
