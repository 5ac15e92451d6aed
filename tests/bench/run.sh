#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Benchmark (not a test): times `opfolg consolidate` on N synthetic workbooks next to the read
# and write floors and an openpyxl script doing the same job, with peak memory, and writes
# tests/bench/RESULTS.md. Usage: tests/bench/run.sh [BUILD_DIR] [N...]   (default: 20 100 400)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build}" && pwd)
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(20 100 400)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
opfolg="$build/addin/cli/opfolg"
bench="$build/tests/bench"

# Seconds (the median of three runs, timed by the shell to the millisecond) and peak KiB (from GNU
# time, in a fourth run) of a command.
measure() {
    local TIMEFORMAT=%3R
    for _ in 1 2 3; do
        { time "$@" > /dev/null 2>&1; } 2>&1 || true
    done | sort -n | sed -n 2p | tr '\n' ' '
    /usr/bin/time -f "%M" -o "$work/time" "$@" > /dev/null 2>&1 || true
    tail -1 "$work/time"
}

# The write floor times itself (after making its text): the median of three runs.
write_floor() {
    for _ in 1 2 3; do
        "$bench/opfolg_bench_write_floor" "$1" "$2" | sed -n 's/^write_seconds=//p'
    done | sort -n | sed -n 2p
}

out="$here/RESULTS.md"
{
    echo "# Benchmark results"
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m), $(. /etc/os-release; echo "$PRETTY_NAME")."
    echo "Date: $(date -u +%Y-%m-%d). Build: $(grep CMAKE_BUILD_TYPE: "$build/CMakeCache.txt" | cut -d= -f2)."
    echo "Each department workbook: 40 plan rows (text cells of 50–400 characters) and 120 indicator rows."
    echo "Times: the median of three runs of each command; memory: the peak RSS of a fourth run."
    echo
    echo "| N | consolidate s | peak MiB | read floor s | write floor s | floors s | ratio to floors | openpyxl s | speed-up vs openpyxl | output XML MiB | peak / XML | (peak − fixed) / XML |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
} > "$out"
# The fixed footprint: what the program needs whatever N is (libraries, threads, the writer's
# per-sheet buffers), measured as a consolidation of a single workbook.
"$bench/opfolg_bench_generate" 1 "$work/in-1"
read -r _ idle_kb < <(measure "$opfolg" --version)
read -r _ fixed_kb < <(measure "$opfolg" consolidate -o "$work/out-1.xlsx" "$work/in-1")
for n in "${sizes[@]}"; do
    dir="$work/in-$n"
    "$bench/opfolg_bench_generate" "$n" "$dir"
    read -r c_s c_kb < <(measure "$opfolg" consolidate -o "$work/out-$n.xlsx" "$dir")
    read -r r_s _ < <(measure "$bench/opfolg_bench_read_floor" "$dir")
    w_s=$(write_floor "$n" "$work/floor-$n.xlsx")
    read -r p_s _ < <(measure /usr/bin/python3 "$here/openpyxl_consolidate.py" "$dir" "$work/py-$n.xlsx")
    xml_kb=$(unzip -l "$work/out-$n.xlsx" | awk '/\.xml$/ {s += $1} END {printf "%d", s / 1024}')
    awk -v n="$n" -v c="$c_s" -v m="$c_kb" -v r="$r_s" -v w="$w_s" -v p="$p_s" -v x="$xml_kb" -v f="$fixed_kb" 'BEGIN {
        floors = r + w; if (floors <= 0) floors = 0.01; if (x <= 0) x = 1;
        printf "| %d | %.3f | %.0f | %.3f | %.3f | %.3f | %.2f | %.2f | %.1f× | %.1f | %.2f | %.2f |\n",
               n, c, m / 1024, r, w, floors, c / floors, p, p / (c > 0 ? c : 0.01), x / 1024, m / x, (m - f) / x }' >> "$out"
done
echo >> "$out"
awk -v f="$fixed_kb" -v i="$idle_kb" 'BEGIN { printf "Fixed footprint (consolidating one workbook): %.1f MiB; `opfolg --version` alone: %.1f MiB.\n", f / 1024, i / 1024 }' >> "$out"
echo >> "$out"
echo "Targets (issue 5): ratio to floors ≤ 1.3, speed-up vs openpyxl ≥ 4×, peak / XML < 2." >> "$out"
echo "What the figures mean and what is left: ANALYSIS.md." >> "$out"
cat "$out"
# The desktop app's section (window on screen, full check) when the GUI was built.
if [ -x "$bench/opfolg_bench_gui" ] && command -v xvfb-run > /dev/null; then
    "$here/gui.sh" "$build"
fi
