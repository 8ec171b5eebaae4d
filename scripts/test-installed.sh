#!/usr/bin/env bash
# Installs the Debian package as a user would (apt-get install ./bbviewer_*.deb), runs the
# installed bbviewer (--version and an export without a display, then the window under Xvfb
# for a few seconds), and removes the package and whatever it pulled in, leaving the machine's
# package set as it was. Needs root; scripts/test.sh runs it after the test suite.
#
#   scripts/test-installed.sh [path/to/bbviewer_*.deb]   (default: builds it with package.sh)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [ "$(id -u)" -ne 0 ]; then
    echo "test-installed.sh installs a package: run it as root" >&2
    exit 1
fi
deb="${1:-}"
[ -n "$deb" ] || deb=$("$root/scripts/package.sh" | tail -n 1)
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"

if dpkg-query -W -f='${db:Status-Status}' bbviewer 2>/dev/null | grep -qx installed; then
    # Installing over it and removing it afterwards would not leave the machine as it was.
    echo "==> bbviewer is installed on this machine: not testing the package's install" \
        "(apt-get purge bbviewer, then run again)" >&2
    exit 0
fi

start=$(date +%s)
scratch=$(mktemp -d)
before="$scratch/packages-before"
dpkg-query -W -f='${db:Status-Status} ${Package}\n' | awk '$1 == "installed" { print $2 }' \
    | sort > "$before"

remove_package() {
    local after added
    after="$scratch/packages-after"
    dpkg-query -W -f='${db:Status-Status} ${Package}\n' | awk '$1 == "installed" { print $2 }' \
        | sort > "$after"
    # What the install added: bbviewer and any dependency it pulled in. Exactly those go, so
    # packages that were already there (even ones apt would call unneeded) stay.
    mapfile -t added < <(comm -13 "$before" "$after")
    if [ "${#added[@]}" -gt 0 ]; then
        echo "==> Removing ${added[*]}" >&2
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -q "${added[@]}" >&2
    fi
    dpkg-query -W -f='${db:Status-Status} ${Package}\n' | awk '$1 == "installed" { print $2 }' \
        | sort > "$after"
    if ! cmp -s "$before" "$after"; then
        echo "The package set differs from before the install:" >&2
        diff "$before" "$after" >&2 || true
        rm -rf "$scratch"
        exit 1
    fi
    rm -rf "$scratch"
}
trap remove_package EXIT

echo "==> apt-get install ./$(basename "$deb")" >&2
(cd "$(dirname "$deb")" && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q "./$(basename "$deb")" >&2)
test "$(command -v bbviewer)" = /usr/bin/bbviewer

# A person's first run: an empty home, no display, no platform chosen.
export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM DISPLAY WAYLAND_DISPLAY XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME

echo "==> bbviewer --version" >&2
version=$(bbviewer --version)
echo "$version" >&2
[[ "$version" =~ ^bbviewer\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
# The manual page and desktop entry are where the system looks for them (`man` itself may be
# missing on a minimal system).
dpkg -L bbviewer | grep -qx /usr/share/man/man1/bbviewer.1.gz
dpkg -L bbviewer | grep -qx /usr/share/applications/org.example.bbviewer.desktop
if command -v man > /dev/null; then man -w bbviewer > /dev/null; fi

echo "==> bbviewer export --env local --demo-user BBUser00001 --what claims" >&2
bbviewer export --env local --demo-user BBUser00001 --what claims --output "$scratch/claims.csv"
rows=$(($(wc -l < "$scratch/claims.csv") - 1))
echo "    $rows claims" >&2
[ "$rows" -gt 0 ]

echo "==> The window under Xvfb" >&2
# Still running after the wait means it started and stayed up: timeout ends it (124).
set +e
QTWEBENGINE_DISABLE_SANDBOX=1 xvfb-run -a -s "-screen 0 1280x800x24" \
    timeout -s TERM 8 bbviewer > "$scratch/window.log" 2>&1
status=$?
set -e
if [ "$status" -ne 124 ]; then
    echo "the installed app ended early (exit $status):" >&2
    cat "$scratch/window.log" >&2
    exit 1
fi
echo "==> Installed package checked in $(( $(date +%s) - start )) s" >&2
