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

# seconds and peak KiB of a command, via GNU time
measure() {
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2>&1 || true
    cat "$work/time"
}

out="$here/RESULTS.md"
{
    echo "# Benchmark results"
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m), $(. /etc/os-release; echo "$PRETTY_NAME")."
    echo "Date: $(date -u +%Y-%m-%d). Build: $(grep CMAKE_BUILD_TYPE: "$build/CMakeCache.txt" | cut -d= -f2)."
    echo "Each department workbook: 40 plan rows (text cells of 50–400 characters) and 120 indicator rows."
    echo
    echo "| N | consolidate s | peak MiB | read floor s | write floor s | floors s | ratio to floors | openpyxl s | speed-up vs openpyxl | output XML MiB | peak / XML |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
} > "$out"
for n in "${sizes[@]}"; do
    dir="$work/in-$n"
    "$bench/opfolg_bench_generate" "$n" "$dir"
    read -r c_s c_kb < <(measure "$opfolg" consolidate -o "$work/out-$n.xlsx" "$dir")
    read -r r_s _ < <(measure "$bench/opfolg_bench_read_floor" "$dir")
    # The write floor times itself, after making its text.
    w_s=$("$bench/opfolg_bench_write_floor" "$n" "$work/floor-$n.xlsx" | sed -n 's/^write_seconds=//p')
    read -r p_s _ < <(measure /usr/bin/python3 "$here/openpyxl_consolidate.py" "$dir" "$work/py-$n.xlsx")
    xml_kb=$(unzip -l "$work/out-$n.xlsx" | awk '/\.xml$/ {s += $1} END {printf "%d", s / 1024}')
    awk -v n="$n" -v c="$c_s" -v m="$c_kb" -v r="$r_s" -v w="$w_s" -v p="$p_s" -v x="$xml_kb" 'BEGIN {
        floors = r + w; if (floors <= 0) floors = 0.01;
        printf "| %d | %.2f | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f× | %.1f | %.2f |\n",
               n, c, m / 1024, r, w, floors, c / floors, p, p / (c > 0 ? c : 0.01), x / 1024, m / (x > 0 ? x : 1) }' >> "$out"
done
echo >> "$out"
echo "Targets (issue 5): ratio to floors ≤ 1.3, speed-up vs openpyxl ≥ 4×, peak / XML < 2." >> "$out"
echo "What the figures mean and what is left: ANALYSIS.md." >> "$out"
cat "$out"
