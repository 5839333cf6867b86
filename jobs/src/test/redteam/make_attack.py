#!/usr/bin/env python3
"""Hostile deliveries for the red team: planted CPR numbers (the tests' made-up ones) and names."""
import csv, io, os, sys, zipfile, shutil

HEADER = "municipality_code,case_id,cpr,name,target_group,case_closed,closed_date,closing_reason,registration_date,registration_kind,initiator,service,provider_name,provider_type,daily_price,hours_individual,hours_group,vum_score,goals_set,goal_type,vum_target,expected_goal_date,previous_goal_fulfilled,concurrent_service,concurrent_daily_price,funding_basis,employment_measure,months_since_previous".split(",")
CIT = [("Bo Ærbø Kjærsgaard", "150372-1234"), ("Ib Qvistgaard", "230787-3917"),
       ("Xenia Ulfkjær-Wibroe", "040555-2846"), ("Åse Lykkegaard Ømann", "311263-1428"),
       ("Ea Vindeløv", "070707-4321"), ("Henrik Tøstrup", "120280-1111"),  # valid mod11? irrelevant
       ("Sigrid Nørgaard", "290261-3578")]

def spellings(cpr):
    d = cpr.replace("-", "")
    D, M, Y, S = d[0:2], d[2:4], d[4:6], d[6:]
    fw = lambda s: "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)
    return {
        "plain": d, "dash": f"{D}{M}{Y}-{S}", "spaces": f"{D} {M} {Y} {S}", "dots": f"{D}.{M}.{Y}-{S}",
        "endash": f"{D}{M}{Y}\u2013{S}", "emdash": f"{D}{M}{Y}\u2014{S}", "minus": f"{D}{M}{Y}\u2212{S}",
        "nbsp": f"{D}{M}{Y}\u00a0{S}", "nnbsp": f"{D}{M}{Y}\u202f{S}", "fullwidth": fw(f"{D}{M}{Y}-{S}"),
        "zwsp": f"{D}{M}{Y}\u200b-\u200b{S}", "zwsp4": f"{D}{M}{Y}\u200b\u200b-\u200b\u200b{S}",
        "softhyph": f"{D}{M}{Y}\u00ad{S}", "quote": f"'{d}", "eq": f"={D}{M}{Y}-{S}",
        "eqconcat": f'="{D}{M}{Y}"&"-{S}"', "thousands_dk": f"{int(d):,}".replace(",", "."),
        "thousands_en": f"{int(d):,}", "sci": f"{int(d):.9E}".replace("E+0", "E"),
        "sci_dk": f"{int(d):.9E}".replace("E+0", "E").replace(".", ","),
        "inside_longer": f"99{d}77", "phone": f"+45{d}", "decimal": f"{d},5",
        "slash": f"{D}{M}{Y}/{S}", "pairs_dash": f"{D}-{M}-{Y}-{S}", "under": f"{D}{M}{Y}_{S}",
        "arabic": "".join(chr(0x0660 + int(c)) for c in d), "devanagari": "".join(chr(0x0966 + int(c)) for c in d),
        "wide_gap": f"{D}{M}{Y}  -  {S}", "tab": f"{D}{M}{Y}\t{S}", "dd_mm_yyyy": f"{D}-{M}-19{Y}-{S}",
        "combining": d[0] + "\u0301" + d[1:],
        # twelfth session: the birth date and serial inside a longer, split number
        "date_serial_longer": f"{D}{M}{Y}-{S}77", "longer_date_serial": f"99{D}{M}{Y}-{S}",
        "inside_longer_11": f"9{d}",
    }

def row(c, case, **kw):
    name, cpr = CIT[c]
    r = dict(municipality_code="147", case_id=case, cpr=cpr, name=name, target_group="mental_illness",
             registration_date="2015-03-01", registration_kind="visitation", service="SEL85",
             hours_individual="12", vum_score="2", goals_set="yes", goal_type="improvement")
    r.update(kw)
    return r

def write_csv(path, rows, header=HEADER, delim=";", enc="utf-8", bom=False, lineterm="\n"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator=lineterm)
    w.writerow(header)
    for r in rows:
        w.writerow([r.get(h, "") for h in header] if isinstance(r, dict) else r)
    data = buf.getvalue().encode(enc)
    if bom:
        data = b"\xef\xbb\xbf" + data
    open(path, "wb").write(data)

def main_rows():
    rows = []
    n = 0
    text_cols = ["closing_reason", "provider_name", "concurrent_service"]
    other_cols = ["case_id", "municipality_code", "target_group", "closed_date", "registration_date",
                  "initiator", "provider_type", "daily_price", "hours_individual", "hours_group",
                  "vum_score", "goal_type", "vum_target", "expected_goal_date", "previous_goal_fulfilled",
                  "concurrent_daily_price", "funding_basis", "employment_measure", "months_since_previous",
                  "case_closed", "goals_set", "registration_kind", "service"]
    for ci in range(len(CIT)):
        for sname, sp in spellings(CIT[ci][1]).items():
            for col in text_cols:
                n += 1
                rows.append(row(ci, f"T-{n}", **{col: f"note {sp} end"}))
            for col in other_cols:
                n += 1
                kw = {col: sp}
                if col == "case_id":
                    kw = {col: sp}
                rows.append(row(ci, f"O-{n}" if col != "case_id" else sp, **kw))
            # numeric next to a CPR
            n += 1
            rows.append(row(ci, f"N-{n}", daily_price=f"1.234,5 {sp}", service="SEL107"))
    # names: transliterated, NFD, inflections, in case id, in every column
    import unicodedata
    for ci, (name, cpr) in enumerate(CIT):
        parts = name.split()
        variants = {
            "nfd": unicodedata.normalize("NFD", name),
            "translit": name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa"),
            "upper": name.upper(), "genitive": parts[-1] + "s", "spaced": " ".join(parts[-1]),
            "hyphen_joined": "-".join(parts), "fullwidth": "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in parts[-1]),
            "zwsp": parts[-1][:2] + "\u200b" + parts[-1][2:],
            "softhyph": parts[-1][:3] + "\u00ad" + parts[-1][3:],
            "email": parts[0].lower() + "." + parts[-1].lower() + "@mail.dk",
            "underscore": parts[0] + "_" + parts[-1],
            "camel": parts[0] + parts[-1],
        }
        for vname, v in variants.items():
            for col in ["closing_reason", "provider_name", "concurrent_service", "case_id", "initiator", "daily_price", "registration_date", "municipality_code"]:
                n += 1
                rows.append(row(ci, f"V-{n}" if col != "case_id" else f"{v}-{n}", **{col: f"{v}" if col != "closing_reason" else f"hos {v} i dag"}))
    # another citizen's name in a row (open after the eleventh session, closed in the twelfth)
    for col, text in [("closing_reason", "flyttet sammen med Sigrid Nørgaard"),
                      ("closing_reason", "bor hos Noergaard, Sigrid"),
                      ("provider_name", "SIGRID NØRGAARDS familie"),
                      ("concurrent_service", "støtte fra Ib Qvistgaard"),
                      ("concurrent_service", "Xenia Ulfkjær-Wibroe hjælper"),
                      ("target_group", "Sigrid Nørgaard"),
                      ("initiator", "Henrik Tøstrup (bror)")]:
        n += 1
        rows.append(row(0, f"X-{n}", **{col: text}))
    # thirteenth session: another citizen's parts written together, a street after the name, and
    # another citizen's name in a case id (accepted and rejected rows)
    for col in ["closing_reason", "provider_name", "concurrent_service", "target_group", "initiator"]:
        for text in ["hos SigridNørgaard i dag", "hos NørgaardSigrid", "sigridnoergaard@mail.dk",
                     "SIGRIDNØRGAARDS bror", "bor på Sigrid-Nørgaardsvej 4", "bor på SigridNørgaardsvej 4",
                     "XeniaUlfkjærWibroe hjælper", "qvistgaardib ringede", "Tøstrup-Henrik"]:
            n += 1
            rows.append(row(0, f"J-{n}", **{col: text}))
    for case in ["S-NørgaardSigrid-3", "Sigrid Nørgaard 2015", "Qvistgaard, Ib", "HenrikTøstrup-9"]:
        n += 1
        rows.append(row(0, case))
        n += 1
        rows.append(row(0, case + "-R", target_group="no_such_group"))
    # fourteenth session: a word glued before another citizen's name (or before its parts written
    # together), and the row's own name (Bo Ærbø Kjærsgaard) with a word glued before or after
    for col in ["closing_reason", "provider_name", "concurrent_service", "target_group", "initiator"]:
        for text in ["hosSigrid Nørgaard i dag", "hosSIGRID NØRGAARDS søster", "mødte fruNørgaard, Sigrid",
                     "bor påSigrid Nørgaardsvej 4", "hosSigridNørgaard", "ringtilnoergaardsigrid@mail.dk",
                     "medXeniaUlfkjærWibroe", "hosIb Qvistgaard", "tilHenrikTøstrup ringede",
                     "hosBo Kjærsgaard", "bor på Bo Kjærsgaardsvej 4", "hosBoKjærsgaard i dag",
                     "fruKjærsgaard, Bo", "fraÆrbøs Kjærsgaard"]:
            n += 1
            rows.append(row(0, f"G-{n}", **{col: text}))
    for case in ["S-hosSigridNørgaard-3", "sagHenrik Tøstrup 2015"]:
        n += 1
        rows.append(row(0, case))
        n += 1
        rows.append(row(0, case + "-R", target_group="no_such_group"))
    # fifteenth session: names as a caseworker writes them -- initials, middle names, the last name
    # first, a double last name, o/a/e for ø/å/æ, NFD -- of another citizen (Sigrid Nørgaard, Åse
    # Lykkegaard Ømann) and of the row's own (Bo Ærbø Kjærsgaard)
    import unicodedata
    nfd = lambda t: unicodedata.normalize("NFD", t)
    for col in ["closing_reason", "provider_name", "concurrent_service", "target_group"]:
        for text in ["ringede til S. Nørgaard", "Nørgaard, S. ringede", "S.Nørgaard", "Sigrid M. Nørgaard",
                     "Sigrid Marie Nørgaard", "hos Sigrid Marie Louise Nørgaard", "Sigrid Nørgaard-Jensen",
                     "Norgaard, Sigrid", "sigrid.norgaard@mail.dk", "Sigrid Norgard", "Åse Lykkegard",
                     "Ase Omann", nfd("Åse Lykkegård"), nfd("ÅSE ØMANN"), "Ømann, Åse L.",
                     "Kjarsgaard ringede", "Kjersgaards mor", "Arbo", "fru Kjærsgård", nfd("Bo Kjærsgård")]:
            n += 1
            rows.append(row(0, f"F-{n}", **{col: text}))
    for case in ["S. Nørgaard 2015", "Sigrid M Nørgaard", "Norgaard Sigrid"]:
        n += 1
        rows.append(row(0, case))
        n += 1
        rows.append(row(0, case + "-R", target_group="no_such_group"))
    # too many and too few fields on a line, the extra ones holding a CPR number and a name
    n += 1
    rows.append([row(0, f"W-{n}").get(h, "") for h in HEADER] + ["290261-3578", "Sigrid Nørgaard"])
    n += 1
    rows.append([row(0, f"W-{n}").get(h, "") for h in HEADER][:9] + ["290261-3578 Sigrid Nørgaard"])
    # name column holds CPR, cpr column holds name
    n += 1
    rows.append(row(1, f"X-{n}", name=CIT[1][1], cpr=CIT[1][0]))
    # CPR split across a quoted line break in free text and in a numeric field
    n += 1
    rows.append(row(2, f"X-{n}", closing_reason="cpr 040555\n2846", provider_name="x 040555\r\n2846"))
    # cpr cell variants (valid/invalid check digits, odd spellings) in the cpr column itself
    for sname, sp in spellings("290261-3578").items():
        n += 1
        rows.append(row(6, f"C-{n}", cpr=sp))
    return rows

def main():
    out = sys.argv[1]
    shutil.rmtree(out, ignore_errors=True)
    # run A: everything that should not abort the run
    a = os.path.join(out, "A")
    write_csv(os.path.join(a, "147 Kjærsgaard 150372-1234.csv"), main_rows())
    # file in a sub-directory named after a citizen
    write_csv(os.path.join(a, "Ib Qvistgaard 230787-3917", "levering.csv"), [row(1, "SUB-1")])
    # dotted / sci-notated file names
    write_csv(os.path.join(a, "x 23.07.87-3917 Qvistgaards.csv"), [row(1, "FN-1")])
    write_csv(os.path.join(a, "1.503.721.234 file.csv"), [row(0, "FN-2")])
    # BOM + comma
    write_csv(os.path.join(a, "bom.csv"), [row(4, "BOM-1", closing_reason="Ea Vindeløv 0707074321")], delim=",", bom=True)
    # windows line endings
    write_csv(os.path.join(a, "crlf.csv"), [row(3, "CR-1", closing_reason="Ømann 31.12.63-1428")], lineterm="\r\n")
    # thirteenth session: files that are not deliveries, named after citizens
    open(os.path.join(a, "Sigrid Nørgaard noter 290261-3578.txt"), "w").write("x")
    os.makedirs(os.path.join(a, "Henrik Tøstrup bilag"))
    open(os.path.join(a, "Henrik Tøstrup bilag", "Xenia Ulfkjær-Wibroe.pdf"), "w").write("x")
    # fifteenth session: the same citizen under two municipalities (Sigrid Nørgaard in 147 and 157)
    write_csv(os.path.join(a, "157 levering.csv"), [row(6, "TWO-1", municipality_code="157"),
                                                   row(1, "TWO-2", municipality_code="157",
                                                       closing_reason="S. Nørgaard og Sigrid M. Nørgaard")])
    # quoting tricks: a quoted field with the delimiter and a line break (line numbers must stay exact)
    q = os.path.join(a, "quoted.csv")
    body = ";".join(HEADER) + "\n"
    for i in range(3):
        r = row(5, f"Q-{i}")
        r["closing_reason"] = 'a;b\n"c" 120280-1111\nTøstrup, Henrik' if i == 1 else "ok"
        r["target_group"] = "no_such_group" if i == 2 else r["target_group"]
        body += ";".join('"' + v.replace('"', '""') + '"' if any(c in v for c in ';\n"') else v
                         for v in (r.get(h, "") for h in HEADER)) + "\n"
    open(q, "w").write(body)
    # a giant single line: very long free text
    pass  # write_csv(os.path.join(a, "giant.csv"), [row(5, "G-1", closing_reason=("fyld " * 200000) + " 120280-1111 Tøstrup")])
    # refused deliveries, each in its own run
    refused = {
        "dup_header": (HEADER[:3] + ["cpr"] + HEADER[3:], [[*(lambda r: [r.get(h, "") for h in HEADER[:3]] + [CIT[0][1]] + [r.get(h, "") for h in HEADER[3:]])(row(0, "D-1"))]]),
        "alias_dup": (HEADER + ["cpr-nummer"], [[row(0, "D-2").get(h, "") for h in HEADER] + [CIT[0][1]]]),
        "name_header": (HEADER + ["Bo Kjærsgaard 150372-1234"], [[row(0, "D-3").get(h, "") for h in HEADER] + ["x"]]),
        "wrong_delim": None, "latin1": None, "utf16": None, "one_giant_line": None, "header_only_cpr": None,
    }
    for k, v in refused.items():
        d = os.path.join(out, "R_" + k)
        p = os.path.join(d, f"{k} Kjærsgaard 150372-1234.csv")
        if v is not None:
            write_csv(p, v[1], header=v[0])
        elif k == "wrong_delim":
            os.makedirs(d); open(p, "w").write("\t".join(HEADER) + "\n" + "\t".join(row(0, "W-1").get(h, "") for h in HEADER) + "\n")
        elif k == "latin1":
            write_csv(p, [row(0, "L-1", closing_reason="Kjærsgaard 150372-1234")], enc="latin-1")
        elif k == "utf16":
            write_csv(p, [row(0, "U-1", closing_reason="Kjærsgaard 150372-1234")], enc="utf-16")
        elif k == "one_giant_line":
            os.makedirs(d); open(p, "w").write(";".join(HEADER) + "\n" + ";".join(["150372-1234 Kjærsgaard"] * 200000))
        elif k == "header_only_cpr":
            os.makedirs(d); open(p, "w").write("150372-1234;Bo Kjærsgaard;" + ";".join(HEADER[4:]) + "\n" + ";".join(row(0, "H-1").get(h, "") for h in HEADER) + "\n")
    # fifteenth session: an unbalanced quote that would swallow the following lines
    d = os.path.join(out, "R_unbalanced")
    os.makedirs(d)
    lines = [";".join(HEADER)] + [";".join(row(6, f"UQ-{i}").get(h, "") for h in HEADER) for i in range(4)]
    lines[2] = lines[2].replace("mental_illness", '"mental_illness 290261-3578 Sigrid Nørgaard')
    open(os.path.join(d, "Nørgaard 290261-3578.csv"), "w").write("\n".join(lines) + "\n")
    # thirteenth session: a directory link loop whose path names citizens
    d = os.path.join(out, "R_loop")
    write_csv(os.path.join(d, "ok.csv"), [row(0, "LP-1")])
    os.makedirs(os.path.join(d, "Ib Qvistgaard 230787-3917"))
    os.symlink("..", os.path.join(d, "Ib Qvistgaard 230787-3917", "Sigrid Nørgaard"))

main()
