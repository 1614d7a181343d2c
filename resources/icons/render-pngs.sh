#!/bin/sh
# Renders the committed PNGs from the SVGs, so that building Fleetdeck never needs librsvg.
# Run after changing an SVG: ./resources/icons/render-pngs.sh (needs rsvg-convert, librsvg2-bin).
set -eu
cd "$(dirname "$0")"
for size in 16 24; do
    rsvg-convert -w "$size" -h "$size" fleetdeck-small.svg -o "fleetdeck-$size.png"
done
for size in 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" fleetdeck.svg -o "fleetdeck-$size.png"
done
# and the Windows .ico and macOS .icns that hold them
python3 pack-icons.py
