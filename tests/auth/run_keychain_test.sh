#!/bin/sh
# Runs a Qt Test binary against a real, private gnome-keyring
# (docs/toolchain.md, QtKeychain headless):
# a temporary HOME, a private D-Bus session bus (dbus-run-session), and gnome-keyring-daemon
# started with --unlock (creates and unlocks the login keyring without a prompt) and then
# --start (claims org.freedesktop.secrets on that bus). Without the second step D-Bus would
# activate another daemon that tries to prompt and fails.
#
# Usage: run_keychain_test.sh TEST_BINARY [Qt Test arguments...]
# Anything that keeps the keyring from coming up makes the test fail, never skip.
# dbus-daemon's "Failed to set fd limit to 65536" warning is harmless.
set -eu

if [ "$#" -lt 1 ]; then
    echo "usage: $0 TEST_BINARY [ARGS...]" >&2
    exit 2
fi

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "FAIL: $tool is not installed (apt-get install dbus gnome-keyring)" >&2
        exit 1
    fi
done

# HOME must be set before dbus-run-session so that activated services inherit it.
HOME=$(mktemp -d "${TMPDIR:-/tmp}/bb-keyring-home.XXXXXX")
export HOME
trap 'rm -rf "$HOME"' EXIT INT TERM
# The keyring puts its control socket here; a private one keeps parallel runs apart.
XDG_RUNTIME_DIR="$HOME/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
# QtKeychain picks its backend from these; make it libsecret, and never autolaunch a bus
# through X11.
export XDG_CURRENT_DESKTOP=GNOME
unset KDE_SESSION_VERSION DESKTOP_SESSION DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export BB_AUTH_KEYRING_REQUIRED=1

dbus-run-session -- sh -eu -c '
    mkdir -p "$HOME/.local/share/keyrings"
    printf "bb-test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    eval "$(gnome-keyring-daemon --start --components=secrets)"
    export GNOME_KEYRING_CONTROL
    # The keyring must own the Secret Service name on this bus, or QtKeychain would get
    # a D-Bus-activated daemon that cannot prompt.
    if ! dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets |
            grep -q "boolean true"; then
        echo "FAIL: gnome-keyring does not own org.freedesktop.secrets on the test bus" >&2
        exit 1
    fi
    exec "$@"
' run_keychain_test "$@"
