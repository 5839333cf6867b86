#!/usr/bin/env python3
"""A generated delivery's CSV files as the TSV FalsePositives.java reads: name, closing reason,
provider, concurrent service, case id (column codes or Danish labels, ';' or ',')."""
import csv, glob, os, sys
ALIAS = {"navn": "name", "årsag til afslutning": "closing_reason", "leverandør": "provider_name",
         "samtidig ydelse": "concurrent_service", "sagsnummer": "case_id"}
COLS = ["name", "closing_reason", "provider_name", "concurrent_service", "case_id"]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.csv"))):
        with open(f, encoding="utf-8-sig", newline="") as fh:
            first = fh.readline(); fh.seek(0)
            rows = csv.reader(fh, delimiter=";" if first.count(";") > first.count(",") else ",")
            head = [ALIAS.get(h.strip().lower(), h.strip().lower()) for h in next(rows)]
            for row in rows:
                d = dict(zip(head, row))
                out.write("\t".join((d.get(c) or "").replace("\t", " ").replace("\r", " ").replace("\n", " ") for c in COLS) + "\n")
