#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Run by test-wine.sh inside xvfb-run: starts the cross-built desktop app under Wine on the
# example folder, waits for its window to show the three departments, and saves a screenshot.
# Environment: WBUILD (Windows build folder), EXAMPLES (the folder as a Windows path), SHOT (the
# .png to write), WINE.
set -euo pipefail
"$WINE" "$WBUILD/addin/gui/opfolg-gui.exe" "$EXAMPLES" > "$WBUILD/wine-tests/gui.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wineserver -k 2>/dev/null || true' EXIT
# The main window's title is the app's name; give Wine's first start time to set up.
for _ in $(seq 1 120); do
  xwininfo -root -tree 2>/dev/null | grep -q '"Opfølg' && break
  sleep 1
done
xwininfo -root -tree | grep -q '"Opfølg' || { echo "no Opfølg window" >&2; exit 1; }
# Checking the three examples runs on worker threads; the list fills within seconds.
sleep 8
import -window root "$SHOT"
# A drawn window, not an empty screen: many colours.
colours=$(identify -format '%k' "$SHOT")
echo "  window shown; screenshot has $colours colours"
[ "$colours" -gt 50 ]
