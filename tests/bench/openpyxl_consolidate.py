#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The same job in openpyxl, for comparison: read every department workbook in read-only mode,
gather its plan and indicator rows with department and source, compute the year-over-year delta
per indicator and group, and write one workbook in write-only mode.
Usage: openpyxl_consolidate.py DIR OUT.xlsx"""
import os
import sys

import openpyxl

src, out = sys.argv[1], sys.argv[2]
plan_rows, indicator_rows = [], []
for name in sorted(os.listdir(src)):
    if not name.endswith(".xlsx"):
        continue
    wb = openpyxl.load_workbook(os.path.join(src, name), read_only=True, data_only=True)
    meta = {r[0]: r[1] for r in wb["Oplysninger"].iter_rows(values_only=True) if r and r[0]}
    department = meta.get("Afdeling", name)
    rows = wb["Opfølgningsplan"].iter_rows(values_only=True)
    next(rows)
    for i, r in enumerate(rows, start=2):
        plan_rows.append(list(r) + [department, f"{name} › Opfølgningsplan!{i}"])
    series = {}
    rows = wb["Indikatorer"].iter_rows(values_only=True)
    next(rows)
    for r in rows:
        series.setdefault((r[0], r[3]), {})[r[4]] = r
    for (ind, group), years in series.items():
        last = max(years)
        value = years[last][5]
        prev = years.get(last - 1)
        delta = round(value - prev[5], 1) if prev else None
        nat = years[last][6]
        indicator_rows.append([department, ind, group, last, value, delta, nat, round(value - nat, 1) if nat is not None else None])
    wb.close()
plan_rows.sort(key=lambda r: (str(r[1]).lower(), r[-2]))
out_wb = openpyxl.Workbook(write_only=True)
ws = out_wb.create_sheet("Opfølgningsplan")
for r in plan_rows:
    ws.append(r)
ws = out_wb.create_sheet("Indikatorer")
for r in indicator_rows:
    ws.append(r)
out_wb.save(out)
