#!/usr/bin/env bash
# Renders the application icon (resources/icons/bbviewer.svg) to the PNG sizes of the hicolor
# theme that the package installs beside the SVG: menus and docks that cannot draw SVG, or
# draw it blurred at small sizes, take these. Run after changing the SVG; needs ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 22 24 32 48 64 128 256 512; do
    dir="resources/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    # The density renders the 64-unit SVG at four times the target before scaling down.
    convert -background none -density $((size * 72 / 64 * 4)) resources/icons/bbviewer.svg \
        -resize "${size}x${size}" -depth 8 -strip "PNG32:$dir/bbviewer.png"
done
