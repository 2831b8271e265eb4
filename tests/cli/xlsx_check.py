#!/usr/bin/env python3
"""Reads an XLSX file with zipfile and the XML parser (no third-party
reader) and checks it: xlsx_check.py FILE SHEET CELL=VALUE ...
SHEET is a worksheet's name; CELL an A1 reference. Also checks that the
first row is frozen and the sheet has an autofilter. Exit 0 when all hold,
1 with the reasons otherwise."""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def main(path, sheet, checks):
    z = zipfile.ZipFile(path)
    bad = z.testzip()
    if bad:
        return [f"damaged member {bad}"]
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    sheets = {s.get("name"): targets[s.get(REL)] for s in wb.find("m:sheets", NS)}
    if sheet not in sheets:
        return [f"no sheet {sheet!r}; sheets: {sorted(sheets)}"]
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        sst = ET.fromstring(z.read("xl/sharedStrings.xml"))
        for si in sst.findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
    ws = ET.fromstring(z.read("xl/" + sheets[sheet]))
    cells = {}
    for c in ws.iter(f"{{{NS['m']}}}c"):
        v = c.find("m:v", NS)
        if v is None:
            continue
        cells[c.get("r")] = shared[int(v.text)] if c.get("t") == "s" else v.text
    errors = []
    pane = ws.find("m:sheetViews/m:sheetView/m:pane", NS)
    if pane is None or pane.get("state") != "frozen" or pane.get("ySplit") != "1":
        errors.append("the header row is not frozen")
    if ws.find("m:autoFilter", NS) is None:
        errors.append("no autofilter")
    for chk in checks:
        ref, want = chk.split("=", 1)
        got = cells.get(ref)
        if got != want:
            errors.append(f"{sheet}!{ref} is {got!r}, expected {want!r}")
    return errors


if __name__ == "__main__":
    errs = main(sys.argv[1], sys.argv[2], sys.argv[3:])
    for e in errs:
        print(f"xlsx_check: {sys.argv[1]}: {e}", file=sys.stderr)
    sys.exit(1 if errs else 0)
