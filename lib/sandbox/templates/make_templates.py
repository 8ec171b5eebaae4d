#!/usr/bin/env python3
"""Regenerates the resource templates of the local sandbox from the recorded BFD responses.

The generator keeps every structural detail of a template (extensions, codings, profiles)
and replaces only identities, dates, codes and amounts, so the templates must come from
real responses. Source: CMSgov/beneficiary-fhir-data v2 endpoint responses (CC0 1.0),
as normalized in tests/data/bfd-v2-normalized (tests/data/SOURCES.md).

Usage: make_templates.py <test data dir> <output dir>
   e.g. make_templates.py tests/data lib/sandbox/templates
"""
import json
import sys

src, out = sys.argv[1], sys.argv[2]


def load(name):
    with open(f"{src}/bfd-v2-normalized/{name}") as f:
        return json.load(f)


def save(name, obj):
    with open(f"{out}/{name}", "w") as f:
        json.dump(obj, f, separators=(",", ":"), ensure_ascii=False)
        f.write("\n")


for t in ["Carrier", "Dme", "Hha", "Hospice", "Inpatient", "Outpatient", "Pde", "Snf"]:
    eob = load(f"eobRead{t}.json")
    # One prototype per repeated element is enough: the generator clones it.
    for key in ("item",):
        eob[key] = eob[key][:1]
    save(f"eob-{t.lower()}.json", eob)

save("patient.json", load("patientRead.json"))
for entry in load("coverageSearchByPatientId.json")["entry"]:
    res = entry["resource"]
    save(f"coverage-{res['id'].split('-')[1]}.json", res)

# BB2 keeps only the three resources a v2 client may call, with read + search-type.
meta = load("metadata.json")
rest = meta["rest"][0]
rest["resource"] = [r for r in rest["resource"]
                    if r["type"] in ("Patient", "Coverage", "ExplanationOfBenefit")]
for r in rest["resource"]:
    r["interaction"] = [{"code": "read"}, {"code": "search-type"}]
meta["format"] = ["application/json", "application/fhir+json"]
save("metadata.json", meta)
