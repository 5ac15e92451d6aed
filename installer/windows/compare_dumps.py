#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Compares two `opfolg dump --format json` outputs of board workbooks sheet by sheet and cell
by cell: the Linux build's and the Windows build's of the same sources at the same
SOURCE_DATE_EPOCH. A path to the sources may differ only in its spelling (/work/x on Linux is
Z:\\work\\x under Wine). Prints every difference; exits 1 if there is any.
Usage: compare_dumps.py LINUX.json WINDOWS.json SOURCES_DIR"""
import json
import sys


def cells(sheet):
    return {c["ref"]: {k: v for k, v in c.items() if k != "ref"} for c in sheet["cells"]}


def same_value(a, b, sources):
    if a == b:
        return True
    if isinstance(a, str) and isinstance(b, str):
        windows = "Z:" + sources.replace("/", "\\")
        return a.replace(sources, windows).replace("/", "\\") == b.replace("/", "\\")
    return False


def main():
    linux, windows, sources = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3]
    diffs = []
    ln = [s["name"] for s in linux["sheets"]]
    wn = [s["name"] for s in windows["sheets"]]
    if ln != wn:
        diffs.append(f"sheets: Linux {ln}, Windows {wn}")
    ncells = 0
    for ls, ws in zip(linux["sheets"], windows["sheets"]):
        for key in ("state", "merged"):
            if ls[key] != ws[key]:
                diffs.append(f"{ls['name']}: {key} differs")
        lc, wc = cells(ls), cells(ws)
        for ref in sorted(set(lc) | set(wc)):
            ncells += 1
            a, b = lc.get(ref), wc.get(ref)
            if a is None or b is None or a.keys() != b.keys() or not all(
                    same_value(a[k], b[k], sources) for k in a):
                diffs.append(f"{ls['name']}!{ref}: Linux {a!r}, Windows {b!r}")
    for d in diffs[:40]:
        print("  " + d)
    if diffs:
        print(f"  {len(diffs)} differences")
        return 1
    print(f"  {len(ln)} sheets, {ncells} cells: the same in both builds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
