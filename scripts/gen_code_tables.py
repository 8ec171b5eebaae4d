#!/usr/bin/env python3
"""Regenerate lib/codes/data/cms-codes.tsv from a copy of the CMS reference data.

Usage: scripts/gen_code_tables.py REFERENCE_DIR [OUTPUT]

REFERENCE_DIR holds `cms-codebooks/*.xml` (the CCW codebooks of the Blue Button v2 variables)
and `cms-codesystems-v3/*.json` (the CodeSystems of the v3 API), both public domain (CC0 1.0)
from CMSgov/bluebutton-site-static. The output is a tab-separated text that lib/codes reads
lazily from a compressed Qt resource:

    V <id> <label> <description>            a codebook variable (id as in the codebook)
    S <id> <title> <description>            a v3 CodeSystem (id as in its URL)
    G <field> <codes>                       the values after it apply when another field of the
                                            same resource has one of <codes> (comma-separated);
                                            an empty <field> means always
    C <code> <meaning>                      one coded value

A code listed twice with different meanings under the same condition is ambiguous: lib/codes
shows no meaning for it rather than guess.

Never written out: CPT descriptions (AMA) and CDT descriptions (ADA). The codebooks carry
neither as values; the guard below drops anything that looks like one all the same.
"""
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

# Value groups whose meaning depends on another field of the claim, by the codebook's own
# group descriptions. The pseudo-field "claim_type" is the claim's eob type (CARRIER, DME, ...).
CONDITIONS = {
    "CLM_SRVC_CLSFCTN_TYPE_CD": [
        ("clm_fac_type_cd", "1,2,3,4,5,6,9"),  # "For facility type code 1 thru 6, and 9"
        ("clm_fac_type_cd", "7"),  # "For facility type code 7 (clinics)"
        ("clm_fac_type_cd", "8"),  # "For facility type code 8 (special facility)"
    ],
    "CLM_SRC_IP_ADMSN_CD": [
        ("clm_ip_admsn_type_cd", "0,1,2,3,5,6,7,8,9"),  # "For Inpatient/SNF Claims"
        ("clm_ip_admsn_type_cd", "4"),  # "For Newborn Type of Admission" (type 4: newborn)
    ],
    "CARR_LINE_PRVDR_TYPE_CD": [
        ("claim_type", "CARRIER"),  # "For Physician/Supplier Claims"
        ("claim_type", "-"),  # DME before version H: not told apart from today's claims
    ],
}

# Not bundled: APC/HIPPS payment groups are long, rarely shown, and not sent by the API as codes.
SKIP_VARIABLES = {"REV_CNTR_APC_HIPPS_CD"}

CPT_LIKE = re.compile(r"^[0-9]{4}[0-9FTU]$")
CDT_LIKE = re.compile(r"^D[0-9]{4}$")


def clean(text, limit=None):
    text = re.sub(r"\s+", " ", text or "").strip()
    if limit and len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[: cut if cut > 0 else limit].rstrip(",;:") + "…"
    return text


def first_paragraph(element):
    if element is None:
        return ""
    p = element.find("p")
    return clean("".join((p if p is not None else element).itertext()), 400)


def guarded(variable, code):
    if "HCPCS" in variable or "CPT" in variable:
        if CPT_LIKE.match(code) or CDT_LIKE.match(code):
            return False
    return not CDT_LIKE.match(code) or "DGNS" in variable


def codebook_lines(path):
    lines = []
    for v in ET.parse(path).getroot().iter("variable"):
        vid = v.get("id")
        if vid in SKIP_VARIABLES:
            continue
        lines.append(["V", vid, clean(v.get("label")), first_paragraph(v.find("description"))])
        conditions = CONDITIONS.get(vid)
        for index, group in enumerate(v.iter("valueGroup")):
            if conditions:
                lines.append(["G", *conditions[index]])
            elif index > 0:
                lines.append(["G", "", ""])
            for value in group.iter("value"):
                code = (value.get("code") or "").strip()
                if code and guarded(vid, code):
                    lines.append(["C", code, clean("".join(value.itertext()))])
    return lines


def codesystem_lines(path):
    d = json.load(open(path, encoding="utf-8"))
    lines = [["S", d["id"], clean(d.get("title") or d.get("name")), clean(d.get("description"), 400)]]
    for c in d.get("concept", []):
        code = str(c.get("code", "")).strip()
        if code and guarded(d["id"].replace("-", "_"), code):
            lines.append(["C", code, clean(c.get("display"))])
    return lines


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    ref = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(__file__), "..", "lib", "codes", "data", "cms-codes.tsv")
    books = sorted(glob.glob(os.path.join(ref, "cms-codebooks", "*.xml")))
    systems = sorted(glob.glob(os.path.join(ref, "cms-codesystems-v3", "*.json")))
    if not books:
        sys.exit(f"no codebooks under {ref}/cms-codebooks")
    # The same variable appears in more than one codebook (mbsf-abd and mbsf-abcd): the first
    # one read gives its label, description and values; a later one adds only the codes the
    # first does not list (mbsf-abcd's dual status has no "**", mbsf-abd's has).
    tables = {}
    order = []
    for b in books:
        current = None
        for line in codebook_lines(b):
            if line[0] == "V":
                if line[1] in tables:
                    current = tables[line[1]]
                    current["extra"] = True
                else:
                    current = {"head": line, "lines": [], "codes": set(), "extra": False}
                    tables[line[1]] = current
                    order.append(line[1])
                continue
            if current["extra"]:
                if line[0] == "C" and line[1] not in current["codes"] and not any(
                        l[0] == "G" for l in current["lines"]):
                    current["lines"].append(line)
                    current["codes"].add(line[1])
                continue
            current["lines"].append(line)
            if line[0] == "C":
                current["codes"].add(line[1])
    rows = []
    for vid in order:
        rows.append(tables[vid]["head"])
        rows.extend(tables[vid]["lines"])
    for s in systems:
        rows.extend(codesystem_lines(s))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# CMS Blue Button code tables, public domain (CC0 1.0); see lib/codes/data/SOURCES.md\n")
        for r in rows:
            f.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in r) + "\n")
    print(f"{out}: {sum(1 for r in rows if r[0] in 'VS')} tables, {sum(1 for r in rows if r[0] == 'C')} values")


if __name__ == "__main__":
    main()
