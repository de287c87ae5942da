#!/usr/bin/env bash
# Renders the application icon from its SVG masters into every file the window, the installers
# and the desktop entries use. The outputs are committed, so building the app never needs these
# tools; run this only after changing an SVG.
#
# Needs: rsvg-convert (Debian/Ubuntu: librsvg2-bin), ImageMagick's convert and montage
# (imagemagick), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert convert montage png2icns; do
  command -v "$tool" >/dev/null || { echo "build-icons: '$tool' not found (see the header of this script)" >&2; exit 2; }
done

mkdir -p png
# 32 px and below come from the small-size artwork: the master's rows blur into grey there.
for size in 16 24 32; do
  rsvg-convert -w "$size" -h "$size" did-workbench-small.svg -o "png/did-workbench-$size.png"
done
for size in 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" did-workbench.svg -o "png/did-workbench-$size.png"
done

# Windows: one .ico holding every size Explorer and the taskbar ask for.
convert png/did-workbench-{16,24,32,48,64,128,256}.png did-workbench.ico

# macOS: png2icns chooses the icns slot from each PNG's size (16, 32, 48, 128, 256, 512).
png2icns did-workbench.icns png/did-workbench-{16,32,48,128,256,512}.png >/dev/null

# The window's stage icons (the window system picks the closest size).
resources=../src/main/resources/org/didworkbench/ui/icons
mkdir -p "$resources"
for size in 16 24 32 48 64 128 256; do
  cp "png/did-workbench-$size.png" "$resources/"
done

# A contact sheet to look at: every size at its real size, and the small ones magnified with
# hard pixel edges so blur and stray pixels show.
sheet=$(mktemp -d)
trap 'rm -rf "$sheet"' EXIT
for size in 16 24 32 48 64; do
  convert "png/did-workbench-$size.png" -filter point -resize 800% "$sheet/zoom-$size.png"
done
montage -background '#e8e8e8' -gravity south -geometry +12+12 -tile x1 \
  png/did-workbench-{16,24,32,48,64,128,256}.png "$sheet/actual.png"
montage -background '#e8e8e8' -gravity south -geometry +12+12 -tile x1 \
  "$sheet"/zoom-{16,24,32,48,64}.png "$sheet/zoom.png"
montage -background '#30343a' -gravity south -geometry +12+12 -tile x1 \
  png/did-workbench-{16,24,32,48,64,128,256}.png "$sheet/dark.png"
convert -background '#e8e8e8' "$sheet/actual.png" "$sheet/dark.png" "$sheet/zoom.png" -gravity west -append contact-sheet.png
echo "build-icons: wrote png/, did-workbench.ico, did-workbench.icns, $resources and contact-sheet.png"
