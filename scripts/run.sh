#!/usr/bin/env bash
# Runs Blue Button Viewer, doing the whole set-up first (packages, configure, build).
# With no configuration the app starts on its built-in local sandbox with demo data.
# Extra arguments go to the app, e.g. scripts/run.sh --lang es
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
bb_setup

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found. To try the app on a headless machine run:" >&2
    echo "  xvfb-run -a -s '-screen 0 1280x800x24' $0 $*" >&2
    exit 1
fi
# Chromium (the login window) refuses to start its sandbox as root.
if [ "$(id -u)" -eq 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
exec "$BB_BUILD_DIR/bin/bbviewer" "$@"
