#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The consolidation job done with openpyxl (read-only and write-only mode), for the benchmark.

It does what `opfolg consolidate` does for template-layout workbooks, driven by the same schema
and catalogue files: find each sheet's header row among the first 30 rows and match headers
through titles and synonyms (ignoring case, spacing, punctuation and æ/ø/å spellings), read the
metadata, check required fields and timetables, compute indicator deltas by polarity, hash every
input, and write Forside, Overblik, Opfølgningsplan, Indikatorer and Validering with a header
style and wrapped text. (No charts: openpyxl's write-only mode has no equivalent to compare.)
Usage: openpyxl_consolidate.py DIR OUT.xlsx
"""
import hashlib
import json
import os
import re
import sys

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "..", "..", "workbook-templates")


def key(text):
    t = str(text).lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return re.sub(r"[^a-z0-9]", "", t)


schema = json.load(open(os.path.join(TEMPLATES, "plan-schema.json"), encoding="utf-8"))
catalogue = json.load(open(os.path.join(TEMPLATES, "indicator-catalogue.json"), encoding="utf-8"))
sheets = {s["name"]: s for s in schema["sheets"]}
headers = {}
for name, s in sheets.items():
    h = {}
    for f in s["fields"]:
        for t in [f["title"], f["name"]] + f.get("synonyms", []):
            h[key(t)] = f["name"]
    headers[name] = h
aliases = {}
for e in catalogue["indicators"]:
    for a in [e["name"]] + e.get("aliases", []):
        aliases[key(a)] = e
period_re = [re.compile(p) for p in (r"(\d{4})\s*/\s*(\d{2,4})", r"(19|20)\d{2}", r"(løbende|vedvarende|årlig)")]


def find_table(rows, schema_name):
    h = headers[schema_name]
    for i, row in enumerate(rows[:30]):
        cols = {c: h[key(v)] for c, v in enumerate(row) if isinstance(v, str) and key(v) in h}
        if len(set(cols.values())) >= 2:
            return i, cols
    return None, {}


src, out = sys.argv[1], sys.argv[2]
sources, plan_rows, deltas, issues = [], [], [], []
for name in sorted(os.listdir(src)):
    if not name.endswith(".xlsx") or name.startswith("~$"):
        continue
    path = os.path.join(src, name)
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    meta, department, n_issues = {}, name, 0
    for ws in wb.worksheets:
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        if ws.title == schema["metadata"]["sheet"]:
            meta = {key(r[0]): r[1] for r in rows if r and r[0]}
            department = meta.get("afdeling", name)
            continue
        # The schema sheet whose headers this sheet matches best, as opfolg does.
        found = [(len(set(c.values())), n, h, c) for n in ("plan", "indicators") for h, c in [find_table(rows, n)] if h is not None]
        for _, schema_name, head, cols in sorted(found, reverse=True)[:1]:
            fields = {f["name"]: f for f in sheets[schema_name]["fields"]}
            series = {}
            for r, row in enumerate(rows[head + 1:], start=head + 2):
                values = {cols[c]: v for c, v in enumerate(row) if c in cols and v not in (None, "")}
                if not values:
                    continue
                for f, spec in fields.items():
                    if spec.get("constraints", {}).get("required") and f not in values and f in cols.values():
                        issues.append([name, department, "Fejl", "required-empty", ws.title, f"{r}", f])
                        n_issues += 1
                if schema_name == "plan":
                    if "period" in values and not any(p.search(str(values["period"]).lower()) for p in period_re):
                        issues.append([name, department, "Advarsel", "period-unparsed", ws.title, f"{r}", "period"])
                    plan_rows.append((str(values.get("theme", "")).lower(), department,
                                      [values.get(f, "") for f in fields] + [department, f"{name} › {ws.title}!{r}"]))
                else:
                    series.setdefault((values.get("indicator"), values.get("group")), {})[values.get("year")] = values
            for (ind, group), years in series.items():
                entry = aliases.get(key(ind))
                last = max(y for y in years if y)
                cur, prev = years[last], years.get(last - 1)
                delta = round(cur["value"] - prev["value"], 1) if prev and "value" in prev else None
                better = None
                if delta is not None and entry and entry["polarity"] != "neutral":
                    better = "uændret" if abs(delta) < entry["tolerance"] or delta == 0 else (
                        "forbedret" if (delta < 0) == (entry["polarity"] == "lower") else "forværret")
                nat = cur.get("national")
                deltas.append([department, entry["name"] if entry else ind, group, last, cur.get("value"), delta,
                               nat, round(cur["value"] - nat, 1) if nat is not None else None, better])
    sources.append([department, name, os.path.getsize(path), digest, n_issues])
    wb.close()

plan_rows.sort(key=lambda r: (r[0], r[1].lower()))
bold = Font(bold=True, color="FFFFFF")
fill = PatternFill("solid", fgColor="1F4E79")
wrap = Alignment(wrap_text=True, vertical="top")
out_wb = openpyxl.Workbook(write_only=True)


def sheet(title, head, rows, wrapped=False):
    ws = out_wb.create_sheet(title)
    cells = []
    for h in head:
        c = WriteOnlyCell(ws, value=h)
        c.font, c.fill = bold, fill
        cells.append(c)
    ws.append(cells)
    for r in rows:
        if wrapped:
            row = []
            for v in r:
                c = WriteOnlyCell(ws, value=v)
                c.alignment = wrap
                row.append(c)
            ws.append(row)
        else:
            ws.append(r)


sheet("Forside", ["Afdeling", "Fil", "Størrelse", "SHA-256", "Fejl"], sources)
counts = {}
for _, dep, row in plan_rows:
    counts.setdefault(dep, {}).setdefault(row[-3] if len(row) > 3 else "", 0)
sheet("Overblik", ["Afdeling", "Indsatser"], [[d, sum(1 for _, x, _ in plan_rows if x == d)] for d in sorted(counts)])
sheet("Opfølgningsplan", [f["title"] for f in sheets["plan"]["fields"]] + ["Afdeling", "Kilde"],
      [r for _, _, r in plan_rows], wrapped=True)
sheet("Indikatorer", ["Afdeling", "Indikator", "Gruppe", "År", "Værdi", "Ændring", "Landsplan", "Forskel", "Udvikling"], deltas)
sheet("Validering", ["Fil", "Afdeling", "Alvor", "Kode", "Ark", "Række", "Felt"], issues)
out_wb.save(out)
