#!/usr/bin/env python3
"""Scan files (text, and a Parquet dump) for planted CPR numbers and names; prints masked hits only."""
import os, re, sys, unicodedata
CIT = [("Bo Ærbø Kjærsgaard", "150372-1234"), ("Ib Qvistgaard", "230787-3917"),
       ("Xenia Ulfkjær-Wibroe", "040555-2846"), ("Åse Lykkegaard Ømann", "311263-1428"),
       ("Ea Vindeløv", "070707-4321"), ("Henrik Tøstrup", "120280-1111"), ("Sigrid Nørgaard", "290261-3578")]
CPRS = []
for i, (_, c) in enumerate(CIT):
    d = c.replace("-", "")
    CPRS.append((i, d))
    if d.startswith("0"):
        CPRS.append((i, d[1:]))
def fold(s):
    s = unicodedata.normalize("NFKC", s)
    s = "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) not in ("Mn", "Cf"))
    return s
def translit(s):
    return s.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
PARTS = []
for i, (n, _) in enumerate(CIT):
    for p in re.split(r"[^\w]+", n):
        if len(p) >= 3:
            # fifteenth session: also ø, å, æ typed as o, a, e (Norgard, Kjersgaard)
            coarse = translit(p).replace("aa", "a").replace("oe", "o")
            for v in {fold(p).lower(), fold(translit(p)), fold(p.lower().replace("ø", "o").replace("æ", "a")),
                      fold(coarse.replace("ae", "a")), fold(coarse.replace("ae", "e"))}:
                PARTS.append((i, p[:1] + "*" * (len(p) - 1), re.compile(r"(?<![^\W\d_])" + re.escape(v))))
        elif len(p) == 2:
            PARTS.append((i, p[:1] + "*", re.compile(r"(?<![^\W_])" + re.escape(fold(p).lower()) + r"(s|'s|es|en|e)?(?![^\W_])")))
# fourteenth session: a word glued before a part hides it from the word-start rule above, so the
# parts of five letters or more (too long to be a plain word's piece here) are looked for anywhere
GLUED = []
for i, (n, _) in enumerate(CIT):
    for p in re.split(r"[^\w]+", n):
        if len(p) >= 5:
            for v in {fold(p).lower(), fold(translit(p))}:
                GLUED.append((i, p[:1] + "*" * (len(p) - 1), re.compile(r"(?<=[^\W\d_])" + re.escape(v))))
def digits_ascii(s):
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and unicodedata.category(ch) == "Nd" else ch for ch in s)
def scan_text(where, text, hits, names=True):
    f = fold(text)
    sq = digits_ascii(re.sub(r"[^\w]|_", "", f))
    for i, d in CPRS:
        for m in re.finditer(d, sq):
            hits.append((where, f"CPR#{i}" + ("(9)" if len(d) == 9 else ""), sq[max(0, m.start()-12):m.start()] + "<CPR>" + sq[m.end():m.end()+12]))
    if names:
        low = f.lower()
        for i, mask, rx in PARTS:
            for m in rx.finditer(low):
                hits.append((where, f"name#{i}:{mask}", low[max(0, m.start()-25):m.start()] + "<N>" + low[m.end():m.end()+25]))
        for i, mask, rx in GLUED:
            for m in rx.finditer(low):
                hits.append((where, f"glued#{i}:{mask}", low[max(0, m.start()-25):m.start()] + "<N>" + low[m.end():m.end()+25]))
def read_any(p):
    b = open(p, "rb").read()
    if b.startswith(b"\xff\xfe") or b.startswith(b"\xfe\xff"):
        return b.decode("utf-16", "replace")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("latin-1")
def main():
    hits = []
    for root in sys.argv[1:]:
        if os.path.isfile(root):
            files = [root]
        else:
            files = [os.path.join(dp, f) for dp, _, fs in os.walk(root) for f in fs]
        for p in files:
            if p.endswith(".parquet") or p.endswith(".crc"):
                continue
            scan_text(p, p, hits)  # the path itself
            if p.endswith(".tsv.dump"):
                for line in open(p, encoding="utf-8", errors="replace"):
                    file, _, val = line.rstrip("\n").partition("\t")
                    scan_text(file, val, hits)
            else:
                scan_text(p, read_any(p), hits)
    seen = {}
    for w, k, ctx in hits:
        seen.setdefault((w, k), ctx)
    for (w, k), ctx in sorted(seen.items()):
        print(f"{k}\t{w}\t{ctx!r}")
    print(f"# {len(seen)} (file, secret) hits", file=sys.stderr)
main()
