#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Benchmark (not a test) of the desktop app: with a folder of N synthetic workbooks on its
# command line, how soon the window is on screen, how long the full check takes, and the
# longest the event loop was kept busy meanwhile; next to `opfolg validate` on the same folder,
# which is how long the window used to wait before it appeared. Writes the "Desktop app"
# section of tests/bench/RESULTS.md (run.sh calls it too).
# Usage: tests/bench/gui.sh [BUILD_DIR] [N...]   (default: 100 400)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build}" && pwd)
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 400)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bench="$build/tests/bench"
opfolg="$build/addin/cli/opfolg"

# The median of three runs of the app: one line of key=value pairs each.
gui_median() {
    for _ in 1 2 3; do
        HOME="$work/home" xvfb-run -a -s "-screen 0 1280x800x24" "$bench/opfolg_bench_gui" "$1"
    done > "$work/runs"
    for key in window_ms check_ms max_stall_ms; do
        sed -n "s/.*$key=\([0-9]*\).*/\1/p" "$work/runs" | sort -n | sed -n 2p
    done | tr '\n' ' '
    echo
}
cli_median() {
    local TIMEFORMAT=%3R
    for _ in 1 2 3; do
        { time "$opfolg" validate "$1" > /dev/null 2>&1; } 2>&1 || true
    done | sort -n | sed -n 2p
}

section="$work/section"
{
    echo "<!-- desktop-app: written by gui.sh -->"
    echo "## Desktop app (issue 16): on screen at once"
    echo
    echo "\`opfolg-gui FOLDER\` under Xvfb, $(nproc) cores (load average $(cut -d' ' -f1 /proc/loadavg) when measured), $(date -u +%Y-%m-%d); the median of three runs."
    echo "Window: from main() to the first idle event after the window is shown. Full check: from"
    echo "main() until every result is in the lists. Longest stall: the most a 10 ms timer tick came"
    echo "late while checking, i.e. how long a click would have waited. Before: the window appeared"
    echo "only after the full check, which took about what \`opfolg validate\` takes."
    echo
    echo "| N | window appears ms | full check ms | longest stall ms | opfolg validate s (the old wait) |"
    echo "|---|---|---|---|---|"
} > "$section"
for n in "${sizes[@]}"; do
    dir="$work/in-$n"
    "$bench/opfolg_bench_generate" "$n" "$dir"
    read -r w c s < <(gui_median "$dir")
    v=$(cli_median "$dir")
    echo "| $n | $w | $c | $s | $v |" >> "$section"
done
echo "<!-- /desktop-app -->" >> "$section"

out="$here/RESULTS.md"
# Replace the section if RESULTS.md has one, else append it.
if grep -q '^<!-- desktop-app' "$out"; then
    awk -v f="$section" '
        /^<!-- desktop-app/ { while ((getline line < f) > 0) print line; skip = 1; next }
        /^<!-- \/desktop-app -->/ { skip = 0; next }
        !skip' "$out" > "$work/results" && cp "$work/results" "$out"
else
    { echo; cat "$section"; } >> "$out"
fi
cat "$section"
