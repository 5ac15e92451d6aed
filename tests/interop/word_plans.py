#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes the Word plans of the import tests, for two real producers:

  word_plans.py OUTDIR

  OUTDIR/format-a.html   Format A (seeds 000/001): title line, two-row header, a finding merged
                         over two rows, bulleted and numbered lists, line breaks, text outside
  OUTDIR/format-b.html   Format B (seed 003, section 7): the seed's indicator tables (Tabel 1–3)
                         with captions, then one table per theme with labelled paragraphs
  OUTDIR/template.docx   python-docx: a metadata table and a table in the template's own columns
                         plus one the schema does not know, merged cells, list styles, a nested
                         table, Danish text throughout
  OUTDIR/expected.json   per document the rows the import must bring over: table and row as Word
                         counts them and every text that must reach the board workbook

The HTML files become .docx through LibreOffice Writer in the C++ tests (the HTML filter is the
documented route, see build notes). The text is the project's own; the structure and figures are
the seeds'.
"""
import html
import json
import os
import sys

import docx
from docx.shared import Pt

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
expected = {}


def esc(s):
    return html.escape(s, quote=False)


def page(title, body):
    return ('<!DOCTYPE html>\n<html lang="da"><head><meta charset="utf-8"><title>' + esc(title) +
            "</title></head><body>\n" + body + "\n</body></html>\n")


def tr(*cells):
    return "<tr>" + "".join(cells) + "</tr>\n"


def td(content, **attrs):
    a = "".join(' %s="%s"' % (k, v) for k, v in attrs.items())
    return "<td%s>%s</td>" % (a, content)


def ul(items):
    return "<ul>" + "".join("<li>%s</li>" % esc(i) for i in items) + "</ul>"


def ol(items):
    return "<ol>" + "".join("<li>%s</li>" % esc(i) for i in items) + "</ol>"


# --- Format A ---------------------------------------------------------------------------------
a_rows = []
body = ['<h1>Opfølgningsplan 2024: Med baggrund i kvalitetsrapporten om trivsel og fastholdelse</h1>',
        "<p>Planen samler de nedslagspunkter, som årets løbende resultatvurdering har vist.</p>",
        "<p>Den er drøftet i ledergruppen og med elevrådet.</p>",
        '<table border="1">',
        tr(td("Resultat"), td("Kvalitetsmål"), td("Handlinger, der igangsættes/videreføres"),
           td("Periode/ansvarlig")),
        tr(td("Ændringsbehov"), td("Operationelle mål"), td("Strategier"), td("Tidsplan"))]
finding_1 = ("Eleverne på hhx og htx vurderer de fysiske rammer lavere end sidste år "
             "(3,4 mod 3,7 i ETU); særligt indeklimaet får kritik.")
body.append(tr(td(esc(finding_1), rowspan="2"),
               td(esc("Vurderingen af de fysiske rammer er mindst 3,7 i ETU 2025.")),
               td("<p>%s</p>%s" % (esc("Dialog med elevrådet om lokaler, indretning og indeklima."),
                                   ul(["Bygningsrunderinger hver måned", "Opsamling på chefmødet"]))),
               td(esc("Uddannelseschefen for hhx og htx, skoleåret 2024/2025"))))
a_rows.append({"table": 1, "row": 3, "texts": [
    finding_1, "Vurderingen af de fysiske rammer er mindst 3,7 i ETU 2025.",
    "Dialog med elevrådet om lokaler, indretning og indeklima.",
    "• Bygningsrunderinger hver måned", "• Opsamling på chefmødet",
    "Uddannelseschefen for hhx og htx, skoleåret 2024/2025"]})
body.append(tr(td(esc("Indeklimaet i fløj C er målt og forbedret inden 1. marts 2025.")),
               td(ol(["Måling af CO₂ i alle lokaler", "Ny ventilation i fløj C"])),
               td(esc("Bygningsservice, foråret 2025"))))
a_rows.append({"table": 1, "row": 4, "texts": [
    finding_1, "Indeklimaet i fløj C er målt og forbedret inden 1. marts 2025.",
    "1. Måling af CO₂ i alle lokaler", "2. Ny ventilation i fløj C",
    "Bygningsservice, foråret 2025"]})
finding_3 = ("Sygefraværet blandt rengøringspersonalet var 4,7 % i 2023, "
             "højere end i resten af skolen (2,9 %).")
body.append(tr(td(esc(finding_3)),
               td(esc("Sygefraværet i gruppen er under 4 % i 2025.")),
               td(esc("Tættere opfølgning på sygefraværssamtaler.") + "<br>" +
                  esc("Trivselsmåling i gruppen efter MTU 2024.")),
               td(esc("Stabschefen") + "<br>" + esc("Løbende i 2025"))))
a_rows.append({"table": 1, "row": 5, "texts": [
    finding_3, "Sygefraværet i gruppen er under 4 % i 2025.",
    "Tættere opfølgning på sygefraværssamtaler.", "Trivselsmåling i gruppen efter MTU 2024.",
    "Stabschefen", "Løbende i 2025"]})
body.append("</table>")
body.append("<p>Planen behandles i bestyrelsen i juni og offentliggøres på skolens hjemmeside.</p>")
with open(os.path.join(out, "format-a.html"), "w", encoding="utf-8") as f:
    f.write(page("Opfølgningsplan 2024", "\n".join(body)))
expected["format-a"] = {"rows": a_rows, "year": 2024, "outside_paragraphs": 4, "titles": 1}

# --- Format B -------------------------------------------------------------------------------------
T1 = [("Omsorg, sundhed og pædagogik", "19,8 %", "16,7 %", "9,1 %", "7,6"),
      ("Kontor, handel og forretningsservice", "7,2 %", "9,4 %", "5,0 %", "4,4"),
      ("Teknologi, byggeri og transport", "6,9 %", "7,2 %", "6,7 %", "0,5")]
T3 = [("Underviserne giver dig faglig hjælp", "83 %", "86 %"),
      ("Underviserne respekterer dig", "85 %", "86 %"),
      ("Underviserne er godt forberedte", "82 %", "85 %"),
      ("Underviserne overholder aftaler", "84 %", "83 %")]

b_rows = []
body = ["<h1>Opfølgningsplan 2025 for Handel og kontor</h1>",
        '<table border="1">',
        tr(td("Institution"), td("Eksempelskolen")),
        tr(td("Afdeling"), td("Handel og kontor")),
        tr(td("Planår"), td("2025")),
        "</table>",
        "<h2>Resultater</h2>",
        "<p>Tallene kommer fra Børne- og Undervisningsministeriets datavarehus.</p>",
        "<p><b>Tabel 1: Frafald 3 mdr. efter uddannelsesstart på GF1</b></p>",
        '<table border="1">',
        tr(td("GF1 indgang"), td("2023"), td("2024"), td("Landsplan 2024"),
           td("Diff. til landsplan 2024"))]
body += [tr(*[td(esc(c)) for c in row]) for row in T1]
body += ["</table>",
         "<p><b>Tabel 2: Frafald uden omvalg på GF2</b></p>",
         '<table border="1">',
         tr(td("Frafald"), td("2022"), td("2023"), td("2024"), td("Landsgennemsnit 2024"), td("Diff.")),
         tr(td("3 mdr."), td("8,0 %"), td("8,8 %"), td("10,2 %"), td("7,3 %"), td("2,9")),
         tr(td("6 mdr."), td("–"), td("–"), td("16,2 %"), td("10,7 %"), td("5,5")),
         "</table>",
         "<p><b>Tabel 3: Læringsmiljø. Elever, der svarer Altid eller Ofte</b></p>",
         '<table border="1">',
         tr(td("Spørgsmål"), td("2023"), td("2024"))]
body += [tr(*[td(esc(c)) for c in row]) for row in T3]
body += ["</table>", "<h2>Opfølgningsplan</h2>",
         "<p>Herunder følger indsatserne tema for tema.</p>"]

LABELS = ["Målgruppe", "Indhold", "Understøttende viden", "Ønsket virkning (mål)",
          "Evaluering/vurdering af effekt – virker det?"]


def described(parts):
    """A description cell: each label as a bold paragraph, then its text (a list or lines)."""
    cell = ""
    for label, content in zip(LABELS, parts):
        cell += "<p><b>%s</b></p>" % esc(label)
        if isinstance(content, list):
            cell += ul(content)
        else:
            cell += "<p>%s</p>" % esc(content)
    return cell


def bullets(items):
    return ["• " + i for i in items]


themes = [
    ("GF1 Frafald", [
        ("Makkerordning på GF1",
         ["Nye elever på GF1, alle indgange",
          ["Opstartsdag med makker fra hovedforløbet", "Fast makkermøde hver fredag i de første otte uger"],
          "Erfaringer fra makkerforsøget på Omsorg, sundhed og pædagogik i 2023.",
          "Frafaldet 3 mdr. efter start på GF1 er under 12 % i 2026.",
          "Frafaldstallene gennemgås på afdelingsmødet i december og juni."],
         "Uddannelsesleder GF1", "Skoleåret 2025/2026"),
        ("Tidlig fraværsopfølgning",
         ["Elever med mere end 10 % fravær",
          "Kontaktlæreren ringer hjem på andenden fraværsdag og aftaler en plan med eleven.",
          "Fravær i de første uger varsler frafald, viser skolens egne tal.",
          "Fraværet på GF1 er under 8 % i 2025.",
          "Fraværsstatistikken følges hver måned i teamet."],
         "Kontaktlærerne", "Primo september 2025"),
    ]),
    ("ETU 2024 GF1", [
        ("Stærk igennem",
         ["Elever på GF1 med svag trivsel",
          "Mentorsamtaler hver 14. dag og fælles morgenmad om mandagen.",
          "ETU 2024: 'Velbefindende' 3,6 mod landsplan 3,9.",
          "Velbefindende i ETU 2025 er mindst 3,9.",
          "ETU 2025 og mentorernes logbøger sammenholdes i marts."],
         "Studievejledningen", "Èn gang årligt i forbindelse med gennemførsel af ETU"),
    ]),
]

table_no = 4  # tables 1–4 are the metadata table and Tabel 1–3
for theme, actions in themes:
    table_no += 1
    body.append("<h3>%s</h3>" % esc(theme))
    body.append('<table border="1">')
    body.append(tr(td("INDSATS/TILTAG"), td("UDDYBENDE BESKRIVELSE"), td("ANSVARLIG"), td("TID")))
    for i, (title, parts, responsible, when) in enumerate(actions):
        body.append(tr(td(esc(title)), td(described(parts)), td(esc(responsible)), td(esc(when))))
        texts = [theme, title, responsible, when]
        for p in parts:
            texts += bullets(p) if isinstance(p, list) else [p]
        b_rows.append({"table": table_no, "row": i + 2, "texts": texts})
    body.append("</table>")
with open(os.path.join(out, "format-b.html"), "w", encoding="utf-8") as f:
    f.write(page("Opfølgningsplan 2025 for Handel og kontor", "\n".join(body)))
expected["format-b"] = {"rows": b_rows, "year": 2025, "department": "Handel og kontor",
                        "institution": "Eksempelskolen"}

# --- python-docx: the template's own columns ------------------------------------------------------
HEAD = ["ID", "Tema", "Kvalitetsdimension", "Resultat/ændringsbehov", "Indikator", "Operationelt mål",
        "Indsats", "Målgruppe", "Understøttende viden", "Ønsket virkning", "Evaluering af effekt",
        "Ansvarlig", "Tidsplan", "Start", "Slut", "Status", "Kommentar"]
ROWS = [
    ["BYG-01", "GF2 Frafald", "Resultatkvalitet",
     "Frafaldet 3 mdr. efter start på GF2 steg fra 8,8 % i 2023 til 10,2 % i 2024 (landsplan 7,3 %).",
     "Frafald 3 mdr. GF2", "Frafaldet 3 mdr. efter start på GF2 er under 8 % i 2026.",
     None, "Elever på GF2, alle indgange", "Erfaringer fra fraværsprojektet 2024.",
     "Færre elever falder fra i de første måneder.",
     "Frafaldstallene gennemgås på afdelingsmødet i december og juni.",
     "Uddannelsesleder GF2", "Skoleåret 2025/2026", "01-08-2025", "30-06-2026", "Ny",
     "Aftalt med tillidsrepræsentanten"],
    ["BYG-02", "ETU Læringsmiljø", "Læringskvalitet",
     "Andelen, der svarer Altid/Ofte om tilbagemelding, er 73 % – uændret siden 2023.",
     "ETU andel Altid/Ofte", "Mindst 78 % svarer Altid/Ofte i ETU 2025.",
     None, "Alle elever på hovedforløbet", "ETU 2024, tabel 3.",
     "Eleverne ved, hvor de står fagligt.",
     "ETU 2025 sammenholdes med 2024 på lærermødet i marts.",
     "Uddannelsesleder GF2", "Skoleåret 2025/2026", "01-08-2025", "31-03-2026", "Videreføres", ""],
]
d = docx.Document()
d.add_heading("Opfølgningsplan 2025 – Byg og anlæg", level=1)
d.add_paragraph("Afdelingens plan i skabelonens kolonner, skrevet i Word.")
meta = d.add_table(rows=3, cols=2)
meta.style = "Table Grid"
for r, (k, v) in enumerate([("Institution", "Eksempelskolen"), ("Afdeling", "Byg og anlæg"),
                            ("Planår", "2025")]):
    meta.cell(r, 0).text = k
    meta.cell(r, 1).text = v
heading = d.add_paragraph()
run = heading.add_run("Indsatser")
run.bold = True
t = d.add_table(rows=1 + len(ROWS), cols=len(HEAD))
t.style = "Table Grid"
for c, h in enumerate(HEAD):
    t.cell(0, c).text = h
for r, row in enumerate(ROWS, start=1):
    for c, v in enumerate(row):
        if v is not None:
            t.cell(r, c).text = v
# Indsats: a paragraph, a bulleted and a numbered list (list styles carry the numbering).
action_cells = []
for r in (1, 2):
    cell = t.cell(r, HEAD.index("Indsats"))
    cell.text = "Fast fraværsopfølgning i alle GF2-hold." if r == 1 else "Feedback-uger i hvert fag."
    cell.add_paragraph("Kontaktlæreren ringer ved 2. fraværsdag", style="List Bullet")
    cell.add_paragraph("Opfølgning hver fredag", style="List Bullet")
    cell.add_paragraph("Plan med eleven", style="List Number")
    cell.add_paragraph("Evaluering efter otte uger", style="List Number")
# Ansvarlig and Tidsplan are the same for both actions: merged down in Word.
for name in ("Ansvarlig", "Tidsplan"):
    col = HEAD.index(name)
    value = ROWS[0][col]
    merged = t.cell(1, col).merge(t.cell(2, col))
    merged.text = value
# A nested table in the first action's Målgruppe cell: no known columns, so its text stays there.
inner = t.cell(1, HEAD.index("Målgruppe")).add_table(rows=2, cols=2)
inner.cell(0, 0).text = "Hold"
inner.cell(0, 1).text = "Elever"
inner.cell(1, 0).text = "GF2 Tømrer"
inner.cell(1, 1).text = "24"
d.add_paragraph("Godkendt af afdelingsledelsen.")
d.save(os.path.join(out, "template.docx"))
expected["template"] = {
    "rows": [
        {"table": 2, "row": 2, "texts": ROWS[0][:6] + ROWS[0][7:13] + [
            "Fast fraværsopfølgning i alle GF2-hold.", "Kontaktlæreren ringer ved 2. fraværsdag",
            "Opfølgning hver fredag", "Plan med eleven", "Evaluering efter otte uger",
            "Hold | Elever", "GF2 Tømrer | 24", "Aftalt med tillidsrepræsentanten"]},
        {"table": 2, "row": 3, "texts": ROWS[1][:6] + ROWS[1][7:13] + [
            "Feedback-uger i hvert fag."]},
    ],
    "year": 2025, "department": "Byg og anlæg", "institution": "Eksempelskolen", "valid": True}

with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=1)
