#!/usr/bin/env bash
# Takes the user guide's screenshots (docs/screenshots/guide-*.png and window-dids-v2.png) of the
# real window under Xvfb, driving it with xdotool, in a 1280x800 window so the pictures stay small.
# Needs: apt-get install -y xvfb xdotool imagemagick libgtk-3-0 libxtst6 libgl1
# usage: docs/screenshots/take-guide-screenshots.sh   (from anywhere; builds the jar if missing)
#
# The window starts at 0,0 in 1280x800 (set in its preferences below), so the clicks are at fixed
# places; after a layout change, look at the PNGs and move the coordinates.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT=docs/screenshots
DISPLAY_NUM="${DISPLAY_NUM:-:97}"
[ -f target/did-workbench.jar ] || ./mvnw -B -q package -DskipTests

# A clean first run with a little history: two recent files and one that has gone.
HOME_DIR=$(mktemp -d)
PREFS="$HOME_DIR/.java/.userPrefs/org/didworkbench/workbench"
mkdir -p "$PREFS"
S="$ROOT/sample-data"
cat >"$PREFS/prefs.xml" <<EOF
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0">
  <entry key="window.bounds" value="0,0,1280,800,false"/>
  <entry key="open.reference" value="$S/reference"/>
  <entry key="recent.files" value="$S/dids-v2-sample-2026-10.csv&#10;$S/did-v1-sample-2026-09.csv&#10;/data/ris-exports/did-2026-08.csv"/>
</map>
EOF

Xvfb "$DISPLAY_NUM" -screen 0 1600x1000x24 >/dev/null 2>&1 &
XVFB=$!
export DISPLAY="$DISPLAY_NUM"
sleep 2
(cd "$HOME_DIR" && exec java -Duser.home="$HOME_DIR" -jar "$ROOT/target/did-workbench.jar" >"$HOME_DIR/app.log" 2>&1) &
APP=$!
cleanup() { cp "$HOME_DIR/app.log" target/guide-screenshots-app.log 2>/dev/null || true; kill "$APP" 2>/dev/null || true; kill "$XVFB" 2>/dev/null || true; rm -rf "$HOME_DIR"; }
trap cleanup EXIT

for _ in $(seq 1 90); do
  sleep 1
  xdotool search --name "^DID Workbench$" >/dev/null 2>&1 && break
done
sleep 4
window() { import -window root -crop 1280x800+0+0 "$OUT/$1.png"; echo "wrote $OUT/$1.png"; }
dialog() { import -window "$(xdotool search --name "$2" | head -1)" "$OUT/$1.png"; echo "wrote $OUT/$1.png"; }
click() { xdotool mousemove "$1" "$2" click 1; sleep "${3:-1}"; }
hover() { xdotool mousemove $(($1 - 10)) "$2"; sleep 0.3; xdotool mousemove "$1" "$2"; sleep "${3:-3}"; }
# Waits for a file's title, then for the issues panel and table to fill (slow on a busy machine).
loaded() { for _ in $(seq 1 90); do sleep 1; xdotool search --name "^DID Workbench — $1" >/dev/null 2>&1 && break; done; sleep 10; }

window guide-welcome
click 517 374; loaded did-v1-sample                # Open the sample
click 115 186 3                                    # the rule DIDS001 in the issues panel
hover 450 257                                      # line 22's NHS number: what is wrong
window guide-table
click 420 257; xdotool key F2; sleep 1             # fix it
xdotool key ctrl+a; xdotool type --delay 60 9434765919; xdotool key Return; sleep 3
xdotool mousemove 640 600; sleep 1
window guide-fix
click 100 386 3                                    # the rule DIDS012: ETHNIC CATEGORY 'a'
click 740 257; xdotool key F2; sleep 2             # a coded item offers its code list
window guide-codes
xdotool key Escape; sleep 1
click 30 15 2                                      # the File menu
import -window root -crop 520x260+0+0 "$OUT/guide-file-menu.png"; echo "wrote $OUT/guide-file-menu.png"
xdotool key Escape; sleep 1; xdotool key Escape
xdotool key F1; sleep 3                            # the help page
window guide-help
xdotool key Escape; sleep 1
xdotool key ctrl+comma; sleep 3                    # Settings: the thresholds, one value mistyped
click 492 126
click 933 326; xdotool key ctrl+a; xdotool type "3,5"
click 976 680 2                                    # OK: refused, with the reason
dialog guide-settings "^Settings$"
click 880 680                                      # Cancel
click 174 15; click 230 100 2                      # Help > About
dialog guide-about "^About DID Workbench$"
xdotool key Escape; sleep 1
click 135 52; click 200 108 3                      # Recent > the DIDS v2.0 sample
click 499 306; xdotool key ctrl+a; xdotool type 2026-11-16; xdotool key Tab
click 541 468 2                                    # the layout choice
import -window root -crop 713x345+284+241 "$OUT/guide-open-dialog.png"; echo "wrote $OUT/guide-open-dialog.png"
click 497 541; click 942 543 3                     # DIDS v2.0, Open
click 770 468                                      # continue without exporting the fix above
loaded dids-v2-sample
click 128 186 3; click 150 492 3                   # the rule V2-START-FORMAT and its first issue
hover 657 786                                      # PROVISIONAL: why
window window-dids-v2
ps -p "$APP" >/dev/null || echo "the app has gone; see target/guide-screenshots-app.log" >&2
