#!/usr/bin/env bash
# Takes the README screenshots of the real window under Xvfb, driving it with xdotool.
# Needs: apt-get install -y xvfb xdotool imagemagick libgtk-3-0 libxtst6 libgl1
# usage: docs/screenshots/take-screenshots.sh        (from anywhere; builds the jar if missing)
#
# The clicks are at fixed places of a 1472x920 window on a 1600x1000 screen (the window's default
# size there); after a layout change, look at the PNGs and move the coordinates below.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=docs/screenshots
DISPLAY_NUM="${DISPLAY_NUM:-:98}"
[ -f target/did-workbench.jar ] || ./mvnw -B -q package -DskipTests

HOME_DIR=$(mktemp -d)                     # own preferences and workspaces: a clean first run
Xvfb "$DISPLAY_NUM" -screen 0 1600x1000x24 >/dev/null 2>&1 &
XVFB=$!
export DISPLAY="$DISPLAY_NUM"
sleep 2
java -Duser.home="$HOME_DIR" -jar target/did-workbench.jar sample-data/did-v1-sample-2026-09.csv \
  --reference sample-data/reference --submission-date 2026-10-15 >"$HOME_DIR/app.log" 2>&1 &
APP=$!
cleanup() { cp "$HOME_DIR/app.log" target/screenshots-app.log 2>/dev/null || true; kill "$APP" 2>/dev/null || true; kill "$XVFB" 2>/dev/null || true; rm -rf "$HOME_DIR"; }
trap cleanup EXIT

for _ in $(seq 1 90); do
  sleep 1
  xdotool search --name "DID Workbench —" >/dev/null 2>&1 && break
done
sleep 4
X=64; Y=27                                 # where the window sits
shot() { sleep "${2:-2}"; import -window root -crop 1472x920+$X+$Y "$OUT/$1.png"; echo "wrote $OUT/$1.png"; }
click() { xdotool mousemove $((X + $1)) $((Y + $2)) click 1; }
hover() { xdotool mousemove $((X + $1 - 10)) $((Y + $2)); sleep 0.3; xdotool mousemove $((X + $1)) $((Y + $2)); }

click 403 131; sleep 2                     # Show: With issues
hover 440 254                              # the NHS number on line 22: its tooltip
shot table-issues 3
click 480 131; sleep 1                     # Show: Errors
xdotool mousemove 1400 980
shot errors-filtered
click 88 186; sleep 2                      # the rule DIDS001 in the issues panel
click 117 544                              # its first issue: line 22
xdotool mousemove 1400 980
shot issues-panel
xdotool key F2; sleep 1                    # fix it: type a valid NHS number, Enter
xdotool key ctrl+a; xdotool type --delay 60 9434765919; xdotool key Return
ps -p "$APP" >/dev/null || echo "the app has gone; see target/screenshots-app.log" >&2
shot record-detail 3
click 87 186; sleep 2                      # the rule DIDS017 (now first) in the issues panel
click 67 503; sleep 3                      # Fix all like this...: the preview
xdotool mousemove 1400 980
shot fix-all-preview
click 1135 761; sleep 3                    # Fix 6 values
xdotool key ctrl+shift+l                   # View > Change log
xdotool mousemove 1400 980
shot change-log 3
xdotool key Escape; sleep 1
xdotool key ctrl+r                         # the report preview, in its own window
for _ in $(seq 1 90); do
  sleep 1
  PREVIEW=$(xdotool search --name "Quality report —" 2>/dev/null | head -n 1) && [ -n "$PREVIEW" ] && break
done
sleep 12                                   # the report is made and its first pages drawn
xdotool mousemove 1590 990
import -window "$PREVIEW" "$OUT/report-preview.png"; echo "wrote $OUT/report-preview.png"
xdotool key Escape; sleep 2
click 123 15; sleep 1; click 160 121       # View > Dark theme (below Change log and Mask)
xdotool mousemove 1400 980
shot dark-theme 3
