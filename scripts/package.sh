#!/usr/bin/env bash
# Builds the Debian package build/package/bbviewer_<version>_amd64.deb from the build that
# scripts/run.sh and scripts/test.sh use (configuring and building it first if needed), then
# checks it: desktop-file-validate, appstreamcli validate --no-net and lintian (no errors).
# Prints the package's path on its last line.
#
#   scripts/package.sh              build and check
#   scripts/package.sh --no-check   build only
#
# Install it with `sudo apt-get install ./build/package/bbviewer_*.deb` (README.md, Install).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

check=1
[ "${1:-}" = "--no-check" ] && check=0

start=$(date +%s)
bb_setup
# The package installs under /usr, and the app looks for a publisher's file in /etc: a build
# configured for another prefix is reconfigured once (scripts/setup.sh configures for /usr).
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$BB_BUILD_DIR/CMakeCache.txt")
if [ "$prefix" != "/usr" ]; then
    echo "==> Reconfiguring $BB_BUILD_DIR for the /usr prefix" >&2
    cmake -DCMAKE_INSTALL_PREFIX=/usr "$BB_BUILD_DIR" >&2
    cmake --build "$BB_BUILD_DIR" -j "$(nproc 2>/dev/null || echo 2)" >&2
fi

echo "==> Packaging" >&2
rm -f "$BB_BUILD_DIR"/package/bbviewer_*.deb
(cd "$BB_BUILD_DIR" && cpack -G DEB --config CPackConfig.cmake >&2)
deb=$(ls "$BB_BUILD_DIR"/package/bbviewer_*_amd64.deb)

if [ "$check" = 1 ]; then
    echo "==> Checking $(basename "$deb")" >&2
    unpacked=$(mktemp -d)
    trap 'rm -rf "$unpacked"' EXIT
    dpkg-deb -x "$deb" "$unpacked"
    test -x "$unpacked/usr/bin/bbviewer"
    if [ -e "$unpacked/usr/bin/bbsandbox" ]; then
        echo "bbsandbox must not be in the package" >&2
        exit 1
    fi
    desktop-file-validate "$unpacked"/usr/share/applications/*.desktop
    appstreamcli validate --no-net --pedantic "$unpacked"/usr/share/metainfo/*.metainfo.xml >&2
    # Errors fail; warnings are shown. lintian exits non-zero on errors only (--fail-on).
    lintian --fail-on error --tag-display-limit 0 "$deb" >&2
fi
echo "==> $(basename "$deb"): $(du -h "$deb" | cut -f1), $(( $(date +%s) - start )) s" >&2
echo "$deb"
