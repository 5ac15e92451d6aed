#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""openpyxl as an independent producer and consumer of .xlsx for Opfølg's interop tests.

  openpyxl_tool.py write SPEC.json OUT.xlsx   write the cells a spec describes
  openpyxl_tool.py read IN.xlsx               print every non-empty cell as JSON

The JSON shape matches `opfolg dump --format json` closely enough to compare cell by cell:
{"sheets":[{"name":..., "state":..., "merged":[...], "cells":[{"ref","type","value"}]}]}
Dates come out as ISO text; a date-formatted serial below 1 is a time of day (openpyxl's rule).
"""
import datetime
import json
import sys

import openpyxl
from openpyxl.utils.datetime import from_excel

ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"}


def iso(value):
    if isinstance(value, datetime.datetime):
        text = value.strftime("%Y-%m-%dT%H:%M:%S")
        if value.microsecond:
            text += ".%03d" % (value.microsecond // 1000)
        return "datetime", text
    if isinstance(value, datetime.date):
        return "datetime", value.strftime("%Y-%m-%dT00:00:00")
    if isinstance(value, datetime.time):
        return "time", value.strftime("%H:%M:%S")
    return None


def duration(td):
    """Elapsed hours as Opfølg writes them: 36:30:00, -6:00:00, 0:00:01.500."""
    ms = round(abs(td.total_seconds()) * 1000)
    text = "%s%d:%02d:%02d" % ("-" if td.total_seconds() < 0 and ms else "", ms // 3600000,
                               ms // 60000 % 60, ms // 1000 % 60)
    return text + (".%03d" % (ms % 1000) if ms % 1000 else "")


def read(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if c.data_type == "e" or (isinstance(v, str) and v in ERRORS and c.data_type == "e"):
                    cells.append({"ref": c.coordinate, "type": "error", "value": v})
                elif isinstance(v, bool):
                    cells.append({"ref": c.coordinate, "type": "boolean", "value": v})
                elif isinstance(v, (int, float)):
                    cells.append({"ref": c.coordinate, "type": "number", "value": float(v)})
                elif isinstance(v, datetime.timedelta):
                    cells.append({"ref": c.coordinate, "type": "duration", "value": duration(v)})
                elif iso(v):
                    kind, text = iso(v)
                    cells.append({"ref": c.coordinate, "type": kind, "value": text})
                else:
                    cells.append({"ref": c.coordinate, "type": "string", "value": str(v)})
        sheets.append({"name": ws.title, "state": ws.sheet_state,
                       "merged": sorted(str(r) for r in ws.merged_cells.ranges), "cells": cells})
    print(json.dumps({"sheets": sheets}, ensure_ascii=False))


def write(spec_path, out):
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet in spec["sheets"]:
        ws = wb.create_sheet(sheet["name"])
        if sheet.get("state", "visible") != "visible":
            ws.sheet_state = sheet["state"]
        for cell in sheet["cells"]:
            kind, value = cell["type"], cell["value"]
            target = ws[cell["ref"]]
            if "formula" in cell:
                target.value = "=" + cell["formula"]
            elif kind in ("date", "datetime", "time"):
                # Write the serial with the spec's format, exactly as Excel stores it.
                target.value = value
            elif kind == "error":
                target.value = value  # openpyxl stores known error codes as t="e"
            else:
                target.value = value
            if cell.get("format"):
                target.number_format = cell["format"]
        for rng in sheet.get("merged", []):
            ws.merge_cells(rng)
    if "title" in spec:
        wb.properties.title = spec["title"]
    wb.save(out)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "read":
        read(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "write":
        write(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
