#!/usr/bin/env python3
"""Writes a small hand-made PDF to stdout, for the limits and hostile tests.

rawpdf.py pages N     N pages, each with one line of text
rawpdf.py glyphs N    one page with N letters (rows of 1,000 in Courier 5)
rawpdf.py garbage N   three pages: random bytes as a content stream (seed N),
                      a page of text, an undefined font and broken operators
"""
import sys
def pdf(pages, box="0 0 612 792"):  # pages: list of content strings
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    n = len(pages)
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(n))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>")
    for i, c in enumerate(pages):
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [%s] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (box, 5 + 2 * i)).encode())
        data = c.encode()
        objs.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)
kind, n = sys.argv[1], int(sys.argv[2])
if kind == "pages":
    page = "BT /F1 12 Tf 72 700 Td (INT. HOUSE - DAY) Tj ET"
    sys.stdout.buffer.write(pdf([page] * n))
elif kind == "glyphs":
    # n characters on one page, rows of 100 letters
    rows = []
    left = n
    y = 1300
    while left > 0:
        k = min(1000, left)
        rows.append("BT /F1 5 Tf 10 %d Td (%s) Tj ET" % (y, "a" * k))
        left -= k
        y -= 6
    sys.stdout.buffer.write(pdf(["\n".join(rows)], "0 0 3100 1320"))
elif kind == "garbage":
    import random
    random.seed(n)
    sys.stdout.buffer.write(pdf(["".join(chr(random.randrange(32,127)) for _ in range(5000)), "BT /F1 12 Tf 72 700 Td (INT. HOUSE - DAY) Tj ET", "q 1 0 0 1 0 0 cm BT /F9 12 Tf (x) Tj ET Q (((( [[[[ <<<<"]))
