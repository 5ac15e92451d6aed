#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Fills cells of a workbook with openpyxl, as a department's Excel would hold them, and saves it
under a new name (formulas keep no cached results, so LibreOffice computes them on load).

  fill_cells.py IN.xlsx SPEC.json OUT.xlsx

SPEC is {"Sheet": {"B7": value, ...}, ...}; a value is a string, a number, null (the cell is
cleared), {"date": "2025-08-01"} (a date with a date format), {"error": "#N/A"} (an error value).
"""
import datetime
import json
import sys

import openpyxl
from openpyxl.cell.cell import TYPE_ERROR

src, spec_path, out = sys.argv[1:4]
with open(spec_path, encoding="utf-8") as f:
    spec = json.load(f)
wb = openpyxl.load_workbook(src)
for sheet, cells in spec.items():
    ws = wb[sheet]
    for ref, value in cells.items():
        cell = ws[ref]
        if isinstance(value, dict) and "date" in value:
            cell.value = datetime.datetime.strptime(value["date"], "%Y-%m-%d")
            cell.number_format = "dd-mm-yyyy"
        elif isinstance(value, dict) and "error" in value:
            cell.value = value["error"]
            cell.data_type = TYPE_ERROR
        else:
            cell.value = value
wb.save(out)
