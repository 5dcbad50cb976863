#!/usr/bin/env python3
"""Sort a claimscan lexicon file in place: header lines (starting with '#') stay on top,
entries are sorted by their first field (case-insensitive) and de-duplicated."""
import sys

for path in sys.argv[1:]:
    header, entries, seen = [], [], set()
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    i = 0
    while i < len(lines) and (lines[i].startswith("#") or not lines[i].strip()):
        if lines[i].strip():
            header.append(lines[i])
        i += 1
    for line in lines[i:]:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [p.strip() for p in line.split("|")]
        key = fields[0].lower()
        if key in seen:
            continue
        seen.add(key)
        entries.append(" | ".join(fields))
    entries.sort(key=lambda e: e.split("|")[0].strip().lower())
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(header) + "\n" + "\n".join(entries) + "\n")
