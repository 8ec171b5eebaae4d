#!/bin/sh
# Runs atspi_check.py on a private D-Bus session (where the AT-SPI bus and registry start on
# demand) and a virtual display. Skips (exit 77) when the tools are not installed.
# Usage: run_atspi_check.sh BBVIEWER demo|login
set -u
here=$(cd "$(dirname "$0")" && pwd)
for tool in dbus-run-session xvfb-run dbus-update-activation-environment; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool not installed"; exit 77; }
done
[ -f /usr/share/dbus-1/services/org.a11y.Bus.service ] || { echo "SKIP: at-spi2-core not installed"; exit 77; }
/usr/bin/python3 -c "import pyatspi" 2>/dev/null || { echo "SKIP: python3-pyatspi not installed"; exit 77; }

# A session bus that can start the accessibility bus and nothing else: no keyring, whose
# password prompt would wait forever on a display nobody looks at (the app then keeps its
# sign-in in memory, as it does wherever there is no keychain).
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/services"
cp /usr/share/dbus-1/services/org.a11y.Bus.service "$dir/services/"
cat > "$dir/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=$dir</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$dir/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF

# The AT-SPI registry, which the bus starts on demand, needs the display to type keys
# (XTest) for the login check: the bus learns it before anything asks for the registry.
dbus-run-session --config-file="$dir/session.conf" -- \
    xvfb-run -a -s "-screen 0 1280x800x24" sh -c \
    'dbus-update-activation-environment DISPLAY XAUTHORITY && exec /usr/bin/python3 "$0" "$1" "$2"' \
    "$here/atspi_check.py" "$1" "$2"
