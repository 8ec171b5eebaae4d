#!/usr/bin/env python3
"""Fill unfinished entries of a Qt Linguist .ts file from a JSON dictionary.

Usage: scripts/ts_apply.py translations/bbviewer_es.ts strings.json
       scripts/ts_apply.py translations/bbviewer_es.ts --from OLD.ts

The JSON maps a source text (exactly as written in tr(), with real newlines) to its
translation; a key "Context|source" targets one context only. Numerus entries take a list
of forms. With --from, the table is every finished translation of another catalogue (for
example `git show HEAD:translations/bbviewer_es.ts`): a string that moved to another class
keeps its translation. Prints the sources that are still unfinished, and exits 1 if any are.
"""
import json
import sys
import xml.etree.ElementTree as ET


def finished_translations(ts_path: str) -> dict:
    """Source text -> translation (a list of forms for numerus entries), from a catalogue."""
    table = {}
    for msg in ET.parse(ts_path).getroot().iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        source = msg.findtext("source")
        if msg.get("numerus") == "yes":
            table[source] = [form.text or "" for form in tr.iter("numerusform")]
        elif tr.text:
            table[source] = tr.text
    return table


def main() -> int:
    ts_path = sys.argv[1]
    if sys.argv[2] == "--from":
        table = finished_translations(sys.argv[3])
    else:
        with open(sys.argv[2], encoding="utf-8") as f:
            table = json.load(f)
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        cname = context.findtext("name")
        for msg in context.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if tr.get("type") != "unfinished":
                continue
            value = table.get(f"{cname}|{source}", table.get(source))
            if value is None:
                missing.append(f"{cname}|{source}")
                continue
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                forms = value if isinstance(value, list) else [value, value]
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            del tr.attrib["type"]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    for m in missing:
        print("unfinished:", m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
