#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Parses a published page with html5lib, a conforming HTML5 parser, in strict mode.

Prints JSON: the parse errors (strict mode stops at the first), the tables without a header
cell, duplicate ids, and the text of the page (for comparison with the plan rows).
Usage: html_check.py PAGE.html
"""
import json
import sys

import html5lib

NS = "{http://www.w3.org/1999/xhtml}"


def main(path):
    with open(path, "rb") as f:
        data = f.read()
    out = {"errors": [], "tables": 0, "tables_without_headers": 0, "duplicate_ids": [],
           "valid_utf8": True}
    try:
        data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as e:
        out["valid_utf8"] = False
        out["errors"].append(f"not UTF-8: {e}")
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    try:
        doc = parser.parse(data, transport_encoding="utf-8")
    except html5lib.html5parser.ParseError as e:
        out["errors"].append(str(e))
        # Parse again leniently to report the rest.
        parser = html5lib.HTMLParser(strict=False)
        doc = parser.parse(data, transport_encoding="utf-8")
        out["errors"] += [f"{pos}: {code}" for pos, code, _ in parser.errors]
    ids = {}
    for el in doc.iter():
        i = el.get("id")
        if i:
            ids[i] = ids.get(i, 0) + 1
        if el.tag == NS + "table":
            out["tables"] += 1
            if not any(c.tag == NS + "th" for c in el.iter()):
                out["tables_without_headers"] += 1
    out["duplicate_ids"] = sorted(i for i, n in ids.items() if n > 1)
    body = doc.find(f"{NS}body")
    out["text"] = "".join(body.itertext()) if body is not None else ""
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
