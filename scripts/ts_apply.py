#!/usr/bin/env python3
"""Fill unfinished entries of a Qt Linguist .ts file from a JSON dictionary.

Usage: scripts/ts_apply.py translations/bbviewer_es.ts strings.json

The JSON maps a source text (exactly as written in tr(), with real newlines) to its
translation; a key "Context|source" targets one context only. Numerus entries take a list
of forms. Prints the sources that are still unfinished, and exits 1 if any are.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    ts_path, json_path = sys.argv[1], sys.argv[2]
    with open(json_path, encoding="utf-8") as f:
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
