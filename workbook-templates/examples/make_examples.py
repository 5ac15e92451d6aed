#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes the bundled example department workbooks (run with Debian's python3-openpyxl).

Three departments of the fictional "Eksempelskolen", one per layout Opfølg reads:
  - Byg og anlæg:                the template layout (Oplysninger, Opfølgningsplan, Indikatorer)
  - Handel og kontor:            Format A (title line, two-row header, who-and-when in one cell),
                                 with deliberate defects for the validator to find
  - Omsorg, sundhed og pædagogik: Format B (a table per theme, labelled paragraphs in one cell)
The text is the project's own; the indicator figures follow the tables of seed 003.
Usage: make_examples.py [OUTDIR]
"""
import datetime
import os
import sys

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD = PatternFill("solid", fgColor="1F4E79")
WHITE = Font(bold=True, color="FFFFFF")
FIXED = datetime.datetime(2025, 11, 3, 9, 0, 0)


def props(wb, title, subject):
    wb.properties.title = title
    wb.properties.subject = subject
    wb.properties.creator = "Eksempelskolen"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def header(ws, row, values, widths=None):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.font = WHITE
        cell.fill = HEAD
        cell.alignment = WRAP
    if widths:
        for c, w in enumerate(widths, start=1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = w


def rows(ws, start, data):
    for r, values in enumerate(data, start=start):
        for c, v in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP


# --- Byg og anlæg: the template layout ---------------------------------------------------------
def byg():
    wb = openpyxl.Workbook()
    meta = wb.active
    meta.title = "Oplysninger"
    meta["A1"] = "Oplysninger om planen"
    meta["A1"].font = Font(bold=True, size=16)
    for r, (k, v) in enumerate([("Institution", "Eksempelskolen"), ("Afdeling", "Byg og anlæg"),
                                ("Planår", 2025), ("Kontaktperson", "Uddannelseschef Byg")], start=3):
        meta.cell(row=r, column=1, value=k).font = BOLD
        meta.cell(row=r, column=2, value=v)
    meta.column_dimensions["A"].width = 18
    meta.column_dimensions["B"].width = 30

    plan = wb.create_sheet("Opfølgningsplan")
    cols = ["ID", "Tema", "Kvalitetsdimension", "Resultat/ændringsbehov", "Indikator", "Operationelt mål", "Indsats",
            "Målgruppe", "Understøttende viden", "Ønsket virkning", "Evaluering af effekt", "Ansvarlig", "Tidsplan",
            "Start", "Slut", "Status"]
    header(plan, 1, cols, [9, 16, 18, 40, 18, 32, 40, 20, 24, 24, 32, 18, 18, 12, 12, 13])
    d = datetime.datetime
    rows(plan, 2, [
        ["BYG-01", "GF2 Frafald", "Resultatkvalitet",
         "Frafaldet uden omvalg 3 mdr. efter start på GF2 er steget fra 8,0 % (2022) over 8,8 % (2023) til 10,2 % "
         "i 2024 og ligger 2,9 procentpoint over landsgennemsnittet på 7,3 %.",
         "Frafald 3 mdr. GF2", "Frafaldet 3 mdr. efter start på GF2 er højst 8,0 % i 2026.",
         "Fast fraværsopfølgning hver fredag på alle GF2-hold. Kontaktlæreren ringer hjem allerede på anden "
         "fraværsdag, og elever med bekymrende fravær får en samtale med studievejlederen inden for en uge.",
         "Elever på GF2, alle indgange", "Skolens fraværsprojekt 2024 viste, at tidlig kontakt halverer langvarigt fravær.",
         "Færre elever stopper i de første måneder.",
         "Frafaldstallene efter 3 og 6 mdr. gennemgås på afdelingsmøderne i december og juni.",
         "Uddannelsesleder GF2", "Skoleåret 2025/2026", d(2025, 8, 1), d(2026, 6, 30), "Ny"],
        ["BYG-02", "GF2 Frafald", "Læringskvalitet",
         "Eleverne beskriver i ETU, at overgangen fra GF1 til GF2 er brat, og at værkstedsundervisningen "
         "de første uger er for teoretisk.", "ETU Læringsmiljø",
         "Andelen der svarer Altid/Ofte til \"underviserne er gode til at forklare\" stiger fra 79 % til 82 % i ETU 2026.",
         "Første uge på GF2 bliver en praktisk opstartsuge med et fælles byggeprojekt på tværs af hold.",
         "Nye GF2-elever", "Erfaringer fra tømrerholdets opstartsuge i 2024.", "Bedre trivsel og mindre tidligt frafald.",
         "Kort spørgeskema efter opstartsugen og ETU 2026.", "Faglærerteam GF2", "Primo september 2025",
         None, None, "Videreføres"],
        ["BYG-03", "Læreplads", "Resultatkvalitet",
         "Kun 61 % af eleverne har en uddannelsesaftale ved afslutningen af GF2; målet er 80 %.",
         "Andel med uddannelsesaftale ved afslutning af GF2",
         "Mindst 70 % har en uddannelsesaftale ved afslutningen af GF2 i juni 2026.",
         "Lærepladskonsulenten holder ugentlige søgeværksteder og besøger 40 nye virksomheder i skoleåret.",
         "Elever uden aftale i uge 15", "Virksomhedernes tilbagemeldinger i VTU 2024.",
         "Flere elever fortsætter direkte i hovedforløb.",
         "Andelen med aftale opgøres i uge 15 og ved afslutningen af GF2.", "Lærepladskonsulent",
         "Efteråret 2025 og frem", None, None, "Ny"],
        ["BYG-04", "Fysiske rammer", "Systemisk kvalitet",
         "ETU viser utilfredshed med værkstedernes indeklima (støj og temperatur).", "ETU Fysiske rammer",
         "Scoren for fysiske rammer er mindst 3,6 i ETU 2026 (3,3 i 2024).",
         "Nye udsugningsanlæg i snedkerværkstedet og faste pausetider med udluftning.",
         "Alle elever i værkstederne", "", "", "Ny måling af ETU-indikatoren Fysiske rammer i 2026.",
         "Bygningsservice", "Løbende", None, None, "Fast drift"],
    ])

    ind = wb.create_sheet("Indikatorer")
    header(ind, 1, ["Indikator", "Enhed", "Polaritet", "Uddannelse/område", "År", "Værdi", "Landsplan", "Mål"],
           [30, 10, 16, 24, 8, 10, 11, 8])
    data = [
        ["Frafald 3 mdr. GF2", "%", "lavere er bedre", "GF2 uden omvalg", 2022, 8.0, None, 8.0],
        ["Frafald 3 mdr. GF2", "%", "lavere er bedre", "GF2 uden omvalg", 2023, 8.8, None, 8.0],
        ["Frafald 3 mdr. GF2", "%", "lavere er bedre", "GF2 uden omvalg", 2024, 10.2, 7.3, 8.0],
        ["Frafald 6 mdr. GF2", "%", "lavere er bedre", "GF2 uden omvalg", 2024, 16.2, 10.7, None],
        ["Andel med uddannelsesaftale ved afslutning af GF2", "%", "højere er bedre", "GF2 alle indgange", 2023, 63.0, 71.0, 80.0],
        ["Andel med uddannelsesaftale ved afslutning af GF2", "%", "højere er bedre", "GF2 alle indgange", 2024, 61.0, 72.0, 80.0],
        ["ETU Fysiske rammer", "score 1-5", "højere er bedre", "Byg og anlæg", 2023, 3.4, 3.6, 3.6],
        ["ETU Fysiske rammer", "score 1-5", "højere er bedre", "Byg og anlæg", 2024, 3.3, 3.6, 3.6],
    ]
    rows(ind, 2, data)
    plan.freeze_panes = "A2"
    ind.freeze_panes = "A2"
    props(wb, "Opfølgningsplan 2025", "Byg og anlæg")
    wb.save(os.path.join(OUT, "Opfølgningsplan Byg og anlæg.xlsx"))


# --- Handel og kontor: Format A, with deliberate defects ------------------------------------------
def handel():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Opfølgningsplan"
    ws["A1"] = ("Opfølgningsplan 2025: Med baggrund i kvalitetsrapporten og elevtrivselsundersøgelsen for "
                "kontor-, handels- og forretningsserviceuddannelserne")
    ws["A1"].font = Font(bold=True, size=13)
    header(ws, 3, ["Resultat", "Kvalitetsmål", "Handlinger, der igangsættes/videreføres", "Periode/ansvarlig"],
           [44, 36, 52, 34])
    header(ws, 4, ["Ændringsbehov", "Operationelle mål", "Strategier", "Tidsplan"])
    rows(ws, 5, [
        ["Frafaldet 3 mdr. efter start på GF1 Kontor, handel og forretningsservice steg fra 7,2 % i 2023 til "
         "9,4 % i 2024 og ligger 4,4 procentpoint over landsplan (5,0 %).",
         "Frafaldet 3 mdr. efter start på GF1 skal i 2026 være under 7 %.",
         "Der indføres to faste trivselssamtaler i de første seks uger, og holdene får en fast mentor fra "
         "hovedforløbet.",
         "Uddannelseslederen for GF1 har ansvaret i skoleåret 2025/2026."],
        ["Eleverne oplever, at de fysiske rammer i butikslokalerne er slidte, og vurderingen er faldet to år i træk.",
         "Rammerne skal opleves bedre.",
         "Dialog med elevrådet om indretning; mindre ombygning af butikslokalet hen over sommeren.",
         "Afdelingslederen i samarbejde med bygningsservice, sommeren 2025."],
        ["Andelen af elever, der oplever tydelige mål for undervisningen, er lav (76 %).", None,
         "Alle forløb starter med en kort målsamtale, og målene skrives på holdets fælles side.",
         "Underviserne, løbende"],
        ["Sygefraværet blandt afdelingens undervisere var 4,7 % i 2024.",
         "Sygefraværet skal under 4 % i 2025.",
         "Tidlige omsorgssamtaler og bedre planlægning af skemaændringer.",
         "Afdelingslederen, 2023"],
    ])
    ws.freeze_panes = "A5"
    ind = wb.create_sheet("Indikatorer")
    ind["A1"] = "Tabel 1: Frafald 3 mdr. efter uddannelsesstart på GF1"
    ind["A1"].font = BOLD
    header(ind, 2, ["GF1 indgang", "2023", "2024", "Landsplan 2024", "Diff. til landsplan 2024"], [40, 10, 10, 16, 22])
    rows(ind, 3, [["Omsorg, sundhed og pædagogik", "19,8 %", "16,7 %", "9,1 %", "7,6"],
                  ["Kontor, handel og forretningsservice", "7,2 %", "9,4 %", "5,0 %", "4,4"],
                  ["Teknologi, byggeri og transport", "6,9 %", "7,2 %", "6,7 %", "0,5"]])
    props(wb, "Opfølgningsplan 2025", "Handel og kontor")
    wb.properties.keywords = "Format A"
    wb.save(os.path.join(OUT, "Opfølgningsplan Handel og kontor.xlsx"))


# --- Omsorg, sundhed og pædagogik: Format B -----------------------------------------------------
def omsorg():
    wb = openpyxl.Workbook()
    meta = wb.active
    meta.title = "Oplysninger"
    for r, (k, v) in enumerate([("Institution", "Eksempelskolen"), ("Afdeling", "Omsorg, sundhed og pædagogik"),
                                ("Planår", 2025)], start=1):
        meta.cell(row=r, column=1, value=k).font = BOLD
        meta.cell(row=r, column=2, value=v)
    ws = wb.create_sheet("Opfølgningsplan")
    heads = ["INDSATS/TILTAG", "UDDYBENDE BESKRIVELSE", "ANSVARLIG", "TID"]
    ws["A1"] = "GF1 Frafald"
    ws["A1"].font = Font(bold=True, size=13)
    header(ws, 2, heads, [26, 80, 22, 22])
    rows(ws, 3, [
        ["Plan B fra første dag",
         "Baggrund\nFrafaldet 3 mdr. efter start på GF1 er faldet fra 19,8 % til 16,7 %, men ligger stadig 7,6 "
         "procentpoint over landsplan. Mange elever starter med et håb om en kvoteplads, de ikke får.\n"
         "Målgruppe\nGF1-elever på indgangen Omsorg, sundhed og pædagogik\n"
         "Indhold\nAlle elever laver i de første to uger en plan B sammen med vejlederen, så et afslag på "
         "kvotepladsen ikke betyder et stop.\n"
         "Understøttende viden\nVejledernes erfaringer fra 2024 og elevernes egne begrundelser ved udmeldelse.\n"
         "Ønsket virkning (mål)\nFrafaldet 3 mdr. efter start på GF1 er under 14 % i 2026.\n"
         "Evaluering/vurdering af effekt – virker det?\nFrafaldstallet følges hvert kvartal, og udmeldte elever "
         "interviewes kort.\n"
         "Status\nVidereføres",
         "Uddannelsesleder GF1", "2025 og 2026"],
        ["Mentor fra hovedforløbet",
         "Baggrund\nEleverne savner et billede af, hvad uddannelsen fører til.\n"
         "Målgruppe\nNye GF1-elever\n"
         "Indhold\nElever fra hovedforløbet er mentorer for et GF1-hold i de første ti uger.\n"
         "Ønsket virkning (mål)\nMindst 85 % af GF1-eleverne svarer i ETU 2026, at de ved, hvad uddannelsen fører til.\n"
         "Evaluering/vurdering af effekt – virker det?\nSpørgsmål i ETU 2026 og en kort evaluering med mentorerne.\n"
         "Status\nNy",
         "Vejledningen", "Op mod fem år"],
    ])
    ws["A6"] = "ETU 2024 GF1"
    ws["A6"].font = Font(bold=True, size=13)
    header(ws, 7, heads)
    rows(ws, 8, [
        ["Klare mål i hver lektion",
         "Baggrund\nKun 76 % af eleverne svarer Altid/Ofte til, at underviserne opstiller klare mål.\n"
         "Målgruppe\nAlle GF1-hold\n"
         "Indhold\nUnderviserne indleder hver lektion med målet og slutter med en kort opsamling.\n"
         "Understøttende viden\nSynlig læring; teamets egne observationer.\n"
         "Ønsket virkning (mål)\nAndelen der svarer Altid/Ofte stiger til mindst 80 % i ETU 2025.\n"
         "Evaluering/vurdering af effekt – virker det?\nResultatet af ETU 2025 viser, om tiltaget har virket.\n"
         "Status\nNy",
         "Underviserne", "Skoleåret 2025/2026"],
        ["Tilbagemelding på indsats",
         "Baggrund\nTilbagemelding på elevernes indsats ligger lavt (73 % Altid/Ofte).\n"
         "Målgruppe\nGF1-elever\n"
         "Indhold\nFaste feedbacksamtaler hver tredje uge.\n"
         "Ønsket virkning (mål)\nMindst 78 % svarer Altid/Ofte i ETU 2025.\n"
         "Evaluering/vurdering af effekt – virker det?\nETU 2025 og elevernes egne logbøger.\n"
         "Status\nNy",
         "Kontaktlærerne", "Èn gang årligt i forbindelse med gennemførsel af ETU"],
    ])
    ind = wb.create_sheet("Indikatorer")
    ind["A1"] = "Tabel 3: Læringsmiljø. Elever, der svarer Altid eller Ofte"
    ind["A1"].font = BOLD
    header(ind, 2, ["Spørgsmål", "2023", "2024"], [60, 10, 10])
    rows(ind, 3, [["Underviserne giver dig faglig hjælp", 0.83, 0.86],
                  ["Underviserne respekterer dig", 0.85, 0.86],
                  ["Underviserne er godt forberedte", 0.82, 0.85],
                  ["Underviserne overholder aftaler", 0.84, 0.83],
                  ["Underviserne giver dig ansvar", 0.81, 0.82],
                  ["Underviserne er gode til at forklare", 0.79, 0.79],
                  ["Underviserne opstiller klare mål", 0.75, 0.76],
                  ["Underviserne giver dig tilbagemelding på din indsats", 0.73, 0.73]])
    for r in range(3, 11):
        for c in (2, 3):
            ind.cell(row=r, column=c).number_format = "0%"
    props(wb, "Opfølgningsplan 2025", "Omsorg, sundhed og pædagogik")
    wb.save(os.path.join(OUT, "Opfølgningsplan Omsorg, sundhed og pædagogik.xlsx"))


if __name__ == "__main__":
    byg()
    handel()
    omsorg()
