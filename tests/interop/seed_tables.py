#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes the three seed tables of shared/domain.md (seed 003) as test workbooks with openpyxl,
in the wide shape real plans use and in the template's long shape.

  seed_tables.py OUTDIR   → OUTDIR/seed-wide.xlsx, OUTDIR/seed-long.xlsx
The wide file stores Tabel 1 as Danish text ("16,7 %"), Tabel 2 as numbers with a "–" for
missing data, and Tabel 3 as fractions with a percent format, so each reading path is used.
"""
import os
import sys

import openpyxl

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

T1 = [("Omsorg, sundhed og pædagogik", "19,8 %", "16,7 %", "9,1 %", "7,6"),
      ("Kontor, handel og forretningsservice", "7,2 %", "9,4 %", "5,0 %", "4,4"),
      ("Teknologi, byggeri og transport", "6,9 %", "7,2 %", "6,7 %", "0,5")]
T3 = [("Underviserne giver dig faglig hjælp", 0.83, 0.86), ("Underviserne respekterer dig", 0.85, 0.86),
      ("Underviserne er godt forberedte", 0.82, 0.85), ("Underviserne overholder aftaler", 0.84, 0.83),
      ("Underviserne giver dig ansvar", 0.81, 0.82), ("Underviserne er gode til at forklare", 0.79, 0.79),
      ("Underviserne opstiller klare mål", 0.75, 0.76),
      ("Underviserne giver dig tilbagemelding på din indsats", 0.73, 0.73)]

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Tabel 1"
ws["A1"] = "Tabel 1: Frafald 3 mdr. efter uddannelsesstart på GF1"
ws.append([])
ws.append(["GF1 indgang", "2023", "2024", "Landsplan 2024", "Diff. til landsplan 2024"])
for row in T1:
    ws.append(list(row))
ws2 = wb.create_sheet("Tabel 2")
ws2["A1"] = "Tabel 2: Frafald uden omvalg på GF2"
ws2.append(["Frafald", "2022", "2023", "2024", "Landsgennemsnit 2024", "Diff."])
ws2.append(["3 mdr.", 8.0, 8.8, 10.2, 7.3, 2.9])
ws2.append(["6 mdr.", "–", "–", 16.2, 10.7, 5.5])
ws3 = wb.create_sheet("Tabel 3")
ws3["A1"] = "Tabel 3: Læringsmiljø. Elever, der svarer Altid eller Ofte"
ws3.append(["Spørgsmål", "2023", "2024"])
for q, a, b in T3:
    ws3.append([q, a, b])
    ws3.cell(row=ws3.max_row, column=2).number_format = "0%"
    ws3.cell(row=ws3.max_row, column=3).number_format = "0%"
wb.save(os.path.join(out, "seed-wide.xlsx"))

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Indikatorer"
ws.append(["Indikator", "Enhed", "Polaritet", "Uddannelse/område", "År", "Værdi", "Landsplan", "Mål"])
for name, a, b, nat, _ in T1:
    ws.append(["Frafald 3 mdr. GF1", "%", "lavere er bedre", name, 2023, float(a[:-2].replace(",", ".")), None, None])
    ws.append(["Frafald 3 mdr. GF1", "%", "lavere er bedre", name, 2024, float(b[:-2].replace(",", ".")),
               float(nat[:-2].replace(",", ".")), None])
for year, value in ((2022, 8.0), (2023, 8.8), (2024, 10.2)):
    ws.append(["Frafald 3 mdr. GF2", "%", "lavere er bedre", "GF2 uden omvalg", year, value, 7.3 if year == 2024 else None, None])
ws.append(["Frafald 6 mdr. GF2", "%", "lavere er bedre", "GF2 uden omvalg", 2024, 16.2, 10.7, None])
for q, a, b in T3:
    ws.append(["ETU andel Altid/Ofte", "%", "højere er bedre", q, 2023, round(a * 100), None, None])
    ws.append(["ETU andel Altid/Ofte", "%", "højere er bedre", q, 2024, round(b * 100), None, None])
wb.save(os.path.join(out, "seed-long.xlsx"))
