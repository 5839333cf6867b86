#!/usr/bin/env python3
import zipfile, sys, os
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(__file__))
HEADER = "municipality_code,case_id,cpr,name,target_group,case_closed,closed_date,closing_reason,registration_date,registration_kind,initiator,service,provider_name,provider_type,daily_price,hours_individual,hours_group,vum_score,goals_set,goal_type,vum_target,expected_goal_date,previous_goal_fulfilled,concurrent_service,concurrent_daily_price,funding_basis,employment_measure,months_since_previous".split(",")

def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def base(c, case):
    names = ["Bo Ærbø Kjærsgaard", "Ib Qvistgaard", "Xenia Ulfkjær-Wibroe", "Åse Lykkegaard Ømann", "Ea Vindeløv"]
    cprs = ["150372-1234", "230787-3917", "040555-2846", "311263-1428", "070707-4321"]
    return dict(municipality_code=("s", "147"), case_id=("s", case), cpr=("s", cprs[c]), name=("s", names[c]),
                target_group=("s", "mental_illness"), registration_date=("s", "2015-03-01"),
                registration_kind=("s", "visitation"), service=("s", "SEL85"), hours_individual=("n", "12"),
                vum_score=("n", "2"), goals_set=("s", "yes"), goal_type=("s", "improvement"))

def cell(ref, spec):
    kind = spec[0]
    if kind == "s":
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(spec[1])}</t></is></c>'
    if kind == "n":
        style = f' s="{spec[2]}"' if len(spec) > 2 else ""
        return f'<c r="{ref}"{style}><v>{escape(spec[1])}</v></c>'
    if kind == "fs":  # formula, cached string
        return f'<c r="{ref}" t="str"><f>{escape(spec[1])}</f><v>{escape(spec[2])}</v></c>'
    if kind == "fn":
        return f'<c r="{ref}"><f>{escape(spec[1])}</f><v>{escape(spec[2])}</v></c>'
    if kind == "raw":
        return spec[1].replace("REF", ref)
    raise ValueError(kind)

def sheet_xml(rows):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    out.append('<row r="1">' + "".join(cell(f"{col(i)}1", ("s", h)) for i, h in enumerate(HEADER)) + "</row>")
    for ri, r in enumerate(rows, start=2):
        out.append(f'<row r="{ri}">' + "".join(cell(f"{col(i)}{ri}", r[h]) for i, h in enumerate(HEADER) if h in r) + "</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)

def write(path, rows, sheet_name="Skabelon", sheet_override=None, comment=None, state="visible", extra=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' + ('<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' if extra else '') + '</Types>'
    rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
    core = '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Bo Kjærsgaard 150372-1234</dc:creator><dc:title>Ib Qvistgaard 230787-3917</dc:title></cp:coreProperties>'
    wb = f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{escape(sheet_name)}" sheetId="1" state="{state}" r:id="rId1"/></sheets><definedNames><definedName name="Kjaersgaard_150372_1234">Skabelon!$A$1</definedName></definedNames></workbook>'
    wbrels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
    styles = '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="000000\\-0000"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="3" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="49" applyNumberFormat="1"/></cellXfs></styleSheet>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct); z.writestr("_rels/.rels", rels); z.writestr("docProps/core.xml", core)
        z.writestr("xl/workbook.xml", wb); z.writestr("xl/_rels/workbook.xml.rels", wbrels)
        z.writestr("xl/styles.xml", styles); z.writestr("xl/worksheets/sheet1.xml", sheet_override or sheet_xml(rows))
        for name, data in (extra or {}).items():
            z.writestr(name, data)

out = sys.argv[1]
rows = []
def r(c, case, **kw):
    d = base(c, case); d.update(kw); rows.append(d)
r(0, "XL-1", daily_price=("n", "1503721234", 1), service=("s", "SEL107"))       # thousands format
r(0, "XL-2", hours_group=("n", "1503721234", 2))                                  # 000000-0000 format
r(1, "XL-3", registration_date=("n", "230787", 3))                                # date-formatted 6 digits
r(1, "XL-4", closing_reason=("fs", '"230787"&"-3917"', "230787-3917"))            # formula cached string
r(1, "XL-5", closing_reason=("fs", 'CONCATENATE("Qvist","gaard")', "Qvistgaard flyttet"))
r(2, "XL-6", hours_group=("fn", "40555*100000+2846", "4055502846"))              # formula numeric
r(2, "XL-7", hours_group=("n", "4.055502846E9"))                                  # sci in XML
r(3, "XL-8", provider_name=("raw", '<c r="REF" t="e"><v>#N/A 311263-1428</v></c>'))  # error cell with text
r(3, "XL-9", provider_name=("raw", '<c r="REF" t="b"><v>1</v></c>'))
r(4, "XL-10", concurrent_daily_price=("n", "0.070707432100001"))                   # 
r(4, "XL-11", case_id=("n", "707074321", 4))
write(os.path.join(out, "A", "Kjærsgaard 150372-1234.xlsx"), rows, sheet_name="Bo Kjærsgaard 150372-1234")
# refused: number cell whose text is a CPR number (NumberFormatException inside POI)
rows = []
r(0, "XR-1", hours_individual=("raw", '<c r="REF"><v>150372-1234</v></c>'))
write(os.path.join(out, "R_xlsx_nfe", "Kjærsgaard 150372-1234.xlsx"), rows)
rows = []
r(0, "XR-2", hours_individual=("raw", '<c r="150372-1234" t="inlineStr"><is><t>x</t></is></c>'))
write(os.path.join(out, "R_xlsx_badref", "Kjærsgaard 150372-1234.xlsx"), rows)
rows = []
r(0, "XR-3")
bad = sheet_xml(rows).replace("</sheetData>", "<c>Bo Kjærsgaard 150372-1234</sheetData>")
write(os.path.join(out, "R_xlsx_badxml", "Kjærsgaard 150372-1234.xlsx"), rows, sheet_override=bad)
rows = []
r(0, "XR-4", hours_individual=("raw", '<c r="REF" t="150372-1234"><v>1</v></c>'))
write(os.path.join(out, "R_xlsx_badtype", "Kjærsgaard 150372-1234.xlsx"), rows)
rows = []
r(0, "XR-5", hours_individual=("raw", '<c r="REF" t="s"><v>150372</v></c>'))  # shared string index out of range
write(os.path.join(out, "R_xlsx_sst", "Kjærsgaard 150372-1234.xlsx"), rows)
rows = []
r(0, "XR-6", vum_score=("raw", '<c r="REF" t="d"><v>150372-1234</v></c>'))  # ISO date cell type with garbage
write(os.path.join(out, "R_xlsx_dtype", "Kjærsgaard 150372-1234.xlsx"), rows)
# fourteenth session: more broken workbooks, each to be refused by name and reason, no value
rows = []
r(0, "XR-7", hours_individual=("raw", '<c r="REF" t="s"><v>-1</v></c>'))  # negative shared-string index
write(os.path.join(out, "R_xlsx_sst_neg", "Kjærsgaard 150372-1234.xlsx"), rows)
rows = []
r(0, "XR-8", hours_individual=("raw", '<c r="REF" s="150372"><v>12</v></c>'))  # style index past the styles
write(os.path.join(out, "R_xlsx_style", "Kjærsgaard 150372-1234.xlsx"), rows)
rows = []
r(0, "XR-9", goals_set=("raw", '<c r="REF" t="b"><v>150372</v></c>'))  # true/false cell holding a number
write(os.path.join(out, "R_xlsx_bool", "Kjærsgaard 150372-1234.xlsx"), rows)
# a zip bomb: the sheet padded with 300 MiB of blanks (packs to about 300 KiB)
rows = []
r(0, "XR-10")
bomb = sheet_xml(rows).replace("</sheetData>", "</sheetData>" + " " * (300 << 20))
write(os.path.join(out, "R_xlsx_bomb", "Kjærsgaard 150372-1234.xlsx"), rows, sheet_override=bomb)
# fifteenth session: a workbook whose first sheet is hidden, with a comment, a header and footer
# and document properties naming citizens (only the first sheet's cells are read)
rows = []
r(6 if False else 1, "XH-1")
hf = sheet_xml(rows).replace("</sheetData>", "</sheetData><headerFooter><oddHeader>Sigrid N\u00f8rgaard 290261-3578</oddHeader><oddFooter>Ib Qvistgaard 230787-3917</oddFooter></headerFooter>")
comments = {"xl/worksheets/_rels/sheet1.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>',
            "xl/comments1.xml": '<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Henrik T\u00f8strup 120280-1111</author></authors><commentList><comment ref="H2" authorId="0"><text><t>Sigrid N\u00f8rgaard 290261-3578</t></text></comment></commentList></comments>'}
write(os.path.join(out, "A", "skjult.xlsx"), rows, sheet_name="Sigrid Nørgaard 290261-3578", sheet_override=hf, state="hidden", extra=comments)
