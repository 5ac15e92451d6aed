#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""openpyxl's side of the rollover tests (run with Debian's python3-openpyxl).

  rollover_tool.py department OUT.xlsx
      writes a department workbook for 2025 in the template's columns, as a department fills
      it in Excel: a finished action, a continued one whose end date has passed, a row without
      an ID, one still new, and two years of one indicator.
  rollover_tool.py fill FILE.xlsx
      does what a department does with next year's workbook: writes this year's evaluation
      beside every carried action, and a figure into every open indicator row; saves in place.
  rollover_tool.py read FILE.xlsx
      prints every sheet as openpyxl reads it: {"sheets": [...], "<sheet>": [[cell values]]},
      with the data validations of each sheet ({"validations": {"<sheet>": [[sqref, type,
      operator, formula1, formula2]]}}), so the tests see the written workbook as another
      program does.
"""
import datetime
import json
import sys

import openpyxl


def department(out):
    wb = openpyxl.Workbook()
    meta = wb.active
    meta.title = "Oplysninger"
    for r, (k, v) in enumerate([("Institution", "Eksempelskolen"), ("Afdeling", "Frisør og kosmetik"),
                                ("Planår", 2025), ("Kontaktperson", "Afdelingsleder Frisør")], start=1):
        meta.cell(row=r, column=1, value=k)
        meta.cell(row=r, column=2, value=v)
    plan = wb.create_sheet("Opfølgningsplan")
    plan.append(["ID", "Tema", "Resultat/ændringsbehov", "Operationelt mål", "Indsats",
                 "Evaluering af effekt", "Ansvarlig", "Tidsplan", "Start", "Slut", "Status"])
    d = datetime.datetime
    plan.append(["FRI-01", "Fravær", "Fraværet på GF2 var 11 % i 2024.", "Under 9 % i 2025.",
                 "Morgenmad og fast mødetid kl. 8.", "Fraværet faldt til 8,7 %; målet er nået.",
                 "Uddannelsesleder", None, d(2024, 8, 1), d(2025, 6, 30), "Afsluttet"])
    plan.append(["FRI-02", "Læreplads", "Få praktikpladser i salonerne.", "30 nye aftaler i 2025.",
                 "Saloner besøges hver uge.", "22 aftaler indtil nu; fortsætter.",
                 "Lærepladskonsulent", None, d(2024, 8, 1), d(2025, 6, 30), "Videreføres"])
    plan.append([None, "Trivsel", "Eleverne savner fællesskab.", "Trivsel 4,0 i ETU 2025.",
                 "Fælles fredagscafé.", "ETU 2025.", "Kontaktlærerne", "Skoleåret 2024/2025",
                 None, None, "Ny"])
    plan.append(["FRI-04", "ETU Læringsmiljø", "Få oplever klare mål.", "80 % i ETU 2026.",
                 "Mål på tavlen i hver lektion.", "ETU 2026.", "Underviserne", "Skoleåret 2025/2026",
                 None, None, "Ny"])
    for row in plan.iter_rows(min_row=2, min_col=9, max_col=10):
        for c in row:
            c.number_format = "dd-mm-yyyy"
    ind = wb.create_sheet("Indikatorer")
    ind.append(["Indikator", "Enhed", "Polaritet", "Uddannelse/område", "År", "Værdi", "Landsplan", "Mål"])
    ind.append(["Fravær GF2", "%", "lavere er bedre", "Frisør", 2023, 10.5, 9.0, 9.0])
    ind.append(["Fravær GF2", "%", "lavere er bedre", "Frisør", 2024, 11.0, 9.1, 9.0])
    wb.save(out)


def fill(path):
    wb = openpyxl.load_workbook(path)
    plan = wb["Opfølgningsplan"]
    head = {c.value: c.column for c in plan[1]}
    for row in plan.iter_rows(min_row=2):
        if row[head["Sidste års ID"] - 1].value:
            row[head["Evaluering af effekt"] - 1].value = "Evalueret på afdelingsmødet i juni."
    ind = wb["Indikatorer"]
    head = {c.value: c.column for c in ind[1]}
    for row in ind.iter_rows(min_row=2):
        if row[head["Indikator"] - 1].value and row[head["Værdi"] - 1].value is None:
            row[head["Værdi"] - 1].value = 9.5
    wb.save(path)


def value(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.isoformat()[:10]
    return v


def read(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out = {"sheets": wb.sheetnames, "validations": {}}
    for ws in wb.worksheets:
        out[ws.title] = [[value(c.value) for c in row] for row in ws.iter_rows()]
        out["validations"][ws.title] = [
            [str(dv.sqref), dv.type, dv.operator, dv.formula1, dv.formula2]
            for dv in ws.data_validations.dataValidation]
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    {"department": department, "fill": fill, "read": read}[sys.argv[1]](sys.argv[2])
