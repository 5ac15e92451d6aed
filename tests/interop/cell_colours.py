#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Reads the HTML that LibreOffice Calc exports (--convert-to html) and prints, as JSON, each
sheet's rows as lists of cell background colours: {"Sheet": [["#FFC7CE", "", ...], ...]}.
LibreOffice paints a cell's conditional format into its bgcolor, so this is what the sheet
shows. Hidden columns are left out of the export; a colspan repeats its colour.

  cell_colours.py EXPORT.html
"""
import html.parser
import json
import re
import sys


class Colours(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.sheets = {}
        self.rows = None
        self.in_h1 = False
        self.title = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "h1":
            self.in_h1, self.title = True, ""
        elif tag == "table":
            self.rows = []
            self.sheets[self.title] = self.rows
        elif tag == "tr" and self.rows is not None:
            self.rows.append([])
        elif tag == "td" and self.rows is not None and self.rows:
            colour = (a.get("bgcolor") or "").upper()
            self.rows[-1].extend([colour] * int(a.get("colspan") or 1))

    def handle_endtag(self, tag):
        if tag == "h1":
            self.in_h1 = False
            m = re.match(r"Sheet \d+: (.*)$", self.title.strip())
            self.title = m.group(1) if m else self.title.strip()
        elif tag == "table":
            self.rows = None

    def handle_data(self, data):
        if self.in_h1:
            self.title += data


p = Colours()
with open(sys.argv[1], encoding="utf-8") as f:
    p.feed(f.read())
json.dump(p.sheets, sys.stdout, ensure_ascii=False)
