#!/usr/bin/env bash
# Regenerates the NetJournal app icon PNGs from assets/netjournal.svg.
# Usage: assets/render-icons.sh   (works from any directory; needs rsvg-convert from librsvg)
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
svg="$script_dir/netjournal.svg"
out_dir="$script_dir/../src/main/resources/org/netjournal/icons"

command -v rsvg-convert >/dev/null 2>&1 || {
  echo "render-icons.sh: rsvg-convert not found (install librsvg2-bin)" >&2
  exit 1
}

mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
    --format png --output "$out_dir/netjournal-$size.png" "$svg"
  echo "wrote $out_dir/netjournal-$size.png"
done
