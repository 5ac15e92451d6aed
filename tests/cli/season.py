#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A coordinator's season, as departments type it: fills the templates `opfolg template` wrote.

  season.py FOLDER   fills FOLDER/Byg.xlsx, Handel.xlsx and Omsorg.xlsx in place and prints, as
                     JSON, every text typed per department and field ("public" and "internal")
                     so that the test can look for each of them in the board workbooks.

The way people type in Excel: dates as "1. august 2026", "12,5 %" as text, a typo in a status,
an extra column beside the table, a row inserted above the header, a renamed sheet.
"""
import json
import os
import sys

import openpyxl

folder = sys.argv[1]
typed = {}


def header_columns(ws, row):
    return {c.value: c.column for c in ws[row] if c.value is not None}


def fill(name, department, actions, edit=None):
    path = os.path.join(folder, name)
    wb = openpyxl.load_workbook(path)
    plan = wb["Opfølgningsplan"]
    if edit:
        edit(wb, plan)
    head_row = next(r for r in range(1, 6) if any(c.value == "Indsats" for c in plan[r]))
    cols = header_columns(plan, head_row)
    texts = typed.setdefault(department, {"public": [], "internal": []})
    for i, action in enumerate(actions):
        row = head_row + 1 + i
        for field, value in action.items():
            plan.cell(row=row, column=cols[field], value=value)
            if isinstance(value, str) and len(value) > 12 and field not in ("Start", "Slut"):
                texts["internal" if field == "Ansvarlig" else "public"].append(value)
    ind = wb["Indikatorer"]
    icols = header_columns(ind, 1)
    for i, (year, value) in enumerate([(2025, "14,0 %"), (2026, "12,5 %")]):
        for field, v in (("Indikator", "Fravær"), ("Enhed", "%"), ("Polaritet", "Lav er godt"),
                         ("Uddannelse/område", department), ("År", year), ("Værdi", value),
                         ("Landsplan", "11,0 %")):
            ind.cell(row=2 + i, column=icols[field], value=v)
    wb.save(path)


def action(id_, theme, text, responsible, status="Ny"):
    return {"ID": id_, "Tema": theme,
            "Resultat/ændringsbehov": f"{theme}: udfordringen skal mindskes i {id_}",
            "Operationelt mål": f"Under 10 % i 2027 for {id_}",
            "Indsats": text, "Evaluering af effekt": f"Kvartalsvis opfølgning på {id_}",
            "Ansvarlig": responsible, "Start": "1. august 2026", "Slut": "30-06-2027",
            "Status": status}


def extra_column(wb, plan):
    # A leader's remark beside the table, as people add one in Excel.
    plan.cell(row=1, column=plan.max_column + 1, value="Bemærkning fra leder")
    plan.cell(row=2, column=plan.max_column, value="Drøftet på ledermødet 3. september")


def row_above_header(wb, plan):
    # A title row inserted above the header; Excel moves the table down with it.
    plan.insert_rows(1)
    plan["A1"] = "Handel og kontor – plan 2026"
    for table in plan.tables.values():
        first, last = table.ref.split(":")
        col1, row1 = openpyxl.utils.cell.coordinate_from_string(first)
        col2, row2 = openpyxl.utils.cell.coordinate_from_string(last)
        table.ref = f"{col1}{row1 + 1}:{col2}{row2 + 1}"


def renamed_sheet(wb, plan):
    plan.title = "Plan 2026"


fill("Byg.xlsx", "Byg og anlæg", [
    action("BYG-01", "Frafald GF2", "Fast fraværsopfølgning hver fredag med kontaktlæreren",
           "Uddannelsesleder Birgitte Holm"),
    action("BYG-02", "Læringsmiljø", "Værkstedsundervisning med makkerpar i første uge",
           "Faglærerteam tømrer", "Videreføres")], extra_column)
fill("Handel.xlsx", "Handel og kontor", [
    action("HK-01", "Trivsel", "Trivselssamtaler med alle elever inden efterårsferien",
           "Studievejleder Karsten Dal"),
    action("HK-02", "Fravær", "Sms-påmindelse ved første fraværsdag på grundforløbet",
           "Administrationen ved Lone Berg", "Videreføress")], row_above_header)
fill("Omsorg.xlsx", "Omsorg, sundhed og pædagogik", [
    action("OSP-01", "Praktik", "Praktikvejledere besøger eleverne i første praktikuge",
           "Praktikkoordinator Sanne Juul")], renamed_sheet)
print(json.dumps(typed, ensure_ascii=False))
