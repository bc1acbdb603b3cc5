#!/usr/bin/env bash
# Renders the Windows .ico and the macOS .icns from the app icon PNGs (which assets/render-icons.sh renders from
# assets/netjournal.svg). Both results are committed, so building installers never needs these tools.
# Usage: packaging/render-platform-icons.sh   (needs ImageMagick `convert` and `png2icns` from Debian's icnsutils)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
png=src/main/resources/org/netjournal/icons/netjournal
for tool in convert png2icns; do
  command -v "$tool" >/dev/null 2>&1 || { echo "render-platform-icons.sh: $tool not found (apt-get install imagemagick icnsutils)" >&2; exit 1; }
done
# Windows: every size Explorer and the taskbar ask for, 16..256 px, in one .ico
convert "$png-16.png" "$png-24.png" "$png-32.png" "$png-48.png" "$png-64.png" "$png-128.png" "$png-256.png" \
  packaging/windows/netjournal.ico
echo "wrote packaging/windows/netjournal.ico"
# macOS: png2icns knows the sizes 16, 32, 48, 128, 256, 512 (1024 has no source PNG)
png2icns packaging/macos/NetJournal.icns "$png-16.png" "$png-32.png" "$png-48.png" "$png-128.png" "$png-256.png" \
  "$png-512.png" >/dev/null
echo "wrote packaging/macos/NetJournal.icns"
