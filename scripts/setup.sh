#!/usr/bin/env bash
# Shared set-up for scripts/run.sh and scripts/test.sh: installs the Debian 12 packages the
# build needs (when running as root), configures and builds. Idempotent: a second run only
# rebuilds what changed.
#
# Usage: scripts/setup.sh [--asan]     (sourced or executed)
# Prints the build directory on its last line when executed.
set -euo pipefail

BB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

BB_PACKAGES=(
    cmake ninja-build g++ clang libclang-rt-14-dev clang-tidy-14
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-webengine-dev qt6-webengine-dev-tools
    qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev qt6-qpa-plugins libgl-dev libxkbcommon-dev
    libsimdjson-dev zlib1g-dev libsodium-dev libzstd-dev nginx
    xvfb xauth imagemagick poppler-utils
    fonts-dejavu-core fonts-liberation2 fonts-noto-core
    dbus dbus-x11 gnome-keyring libsecret-tools
    dpkg-dev lintian appstream desktop-file-utils
    at-spi2-core python3-pyatspi gir1.2-atspi-2.0
)

bb_missing_packages() {
    local pkg status
    for pkg in "${BB_PACKAGES[@]}"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
        [ "$status" = "installed" ] || printf '%s\n' "$pkg"
    done
}

bb_install_packages() {
    local missing
    mapfile -t missing < <(bb_missing_packages)
    [ "${#missing[@]}" -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "These packages are needed to build bbviewer. Install them with:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "==> Installing ${#missing[@]} Debian packages (first run only)..." >&2
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
}

bb_build() {
    local build_dir="$1"; shift
    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    if [ ! -f "$build_dir/build.ninja" ]; then
        echo "==> Configuring $build_dir" >&2
        cmake -S "$BB_ROOT" -B "$build_dir" -G Ninja "$@" >&2
    fi
    echo "==> Building $build_dir" >&2
    cmake --build "$build_dir" -j "$jobs" >&2
}

bb_setup() {
    local variant="${1:-}"
    bb_install_packages
    case "$variant" in
        --asan)
            BB_BUILD_DIR="$BB_ROOT/build-asan"
            bb_build "$BB_BUILD_DIR" -DCMAKE_BUILD_TYPE=Debug -DBBVIEWER_WERROR=ON \
                -DBBVIEWER_SANITIZE=ON
            ;;
        "")
            BB_BUILD_DIR="$BB_ROOT/build"
            # /usr: the prefix of the package scripts/package.sh makes from this build.
            bb_build "$BB_BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBBVIEWER_WERROR=ON \
                -DCMAKE_INSTALL_PREFIX=/usr
            ;;
        *)
            echo "unknown set-up variant: $variant" >&2
            exit 2
            ;;
    esac
    export BB_BUILD_DIR
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    bb_setup "${1:-}"
    echo "$BB_BUILD_DIR"
fi
