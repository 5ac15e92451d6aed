#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Line and branch coverage of addin/core, per folder, from a build configured with
-DOPFOLG_COVERAGE=ON whose tests have run (gcovr from Debian); exits 1 below a floor.

  coverage_report.py BUILD_DIR [--min-lines PCT] [--min-branches PCT] [--min-all-branches PCT]

Branches are counted twice. "decisions" are the source's own branches (if, ?:, &&, ||, loops,
switch): gcovr --exclude-throw-branches --exclude-unreachable-branches leaves out the edges GCC
adds for every call that may throw. "all" is gcov's raw count, those edges included.
gcovr's summaries stay in BUILD_DIR as coverage-decisions.json and coverage-all.json.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORE = "addin/core/"


def summary(build, decisions_only):
    # gcovr writes its summary into the build folder, never to a device: run as root,
    # `-o /dev/null` replaces /dev/null with a regular file.
    out = os.path.join(build, "coverage-%s.json" % ("decisions" if decisions_only else "all"))
    cmd = ["gcovr", "--root", ROOT, "--object-directory", build,
           "--filter", os.path.join(ROOT, CORE),
           "--json-summary", out]
    if decisions_only:
        cmd += ["--exclude-throw-branches", "--exclude-unreachable-branches"]
    subprocess.run(cmd, check=True, cwd=build)
    with open(out, encoding="utf-8") as f:
        return json.load(f)["files"]


def per_folder(files):
    folders = collections.defaultdict(lambda: [0, 0, 0, 0])
    for f in files:
        name = f["filename"]
        rest = name[len(CORE):] if name.startswith(CORE) else name
        folder = rest.split("/")[0] if "/" in rest else "."
        t = folders[folder]
        t[0] += f["line_covered"]
        t[1] += f["line_total"]
        t[2] += f["branch_covered"]
        t[3] += f["branch_total"]
    return folders


def pct(covered, total):
    return 100.0 * covered / total if total else 100.0


def cell(covered, total):
    return "%5.1f %% (%5d/%5d)" % (pct(covered, total), covered, total)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build")
    ap.add_argument("--min-lines", type=float, default=0)
    ap.add_argument("--min-branches", type=float, default=0)
    ap.add_argument("--min-all-branches", type=float, default=0)
    args = ap.parse_args()
    build = os.path.abspath(args.build)

    decisions = per_folder(summary(build, True))
    raw = per_folder(summary(build, False))
    print("Coverage of %s by the unit and cli suites" % CORE)
    print("%-20s %-22s %-22s %-22s" % ("folder", "lines", "branches (decisions)", "branches (all)"))
    total = [0, 0, 0, 0, 0, 0]
    for folder in sorted(decisions):
        d, r = decisions[folder], raw[folder]
        print("%-20s %s %s %s" % (folder, cell(d[0], d[1]), cell(d[2], d[3]), cell(r[2], r[3])))
        for i, v in enumerate(d + r[2:]):
            total[i] += v
    print("%-20s %s %s %s" % ("core", cell(total[0], total[1]), cell(total[2], total[3]),
                              cell(total[4], total[5])))

    failed = []
    for what, value, floor in (("lines", pct(total[0], total[1]), args.min_lines),
                               ("branches (decisions)", pct(total[2], total[3]), args.min_branches),
                               ("branches (all)", pct(total[4], total[5]), args.min_all_branches)):
        if value < floor:
            failed.append("%s %.1f %% is below the floor of %.1f %%" % (what, value, floor))
    for f in failed:
        print("coverage: " + f, file=sys.stderr)
    print("floors: lines %.1f %%, branches (decisions) %.1f %%, branches (all) %.1f %%: %s" %
          (args.min_lines, args.min_branches, args.min_all_branches,
           "FAILED" if failed else "met"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
