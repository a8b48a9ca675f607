#!/usr/bin/env python3
"""Converts shared/reference/imf-dots/vietnam_pairs.csv (IMF DOTS, Vietnam and nine partners) into the
project's long-form CSV: examples/datasets/imf-dots-vietnam/.

Vietnam's own records of its trade with Laos use the standard ids (exports, imports, and trade_total
as their derived sum), so `tradechart report --dataset examples/datasets/imf-dots-vietnam` draws the
trade charts; Laos' mirror records and the eight other partners get their own ids.
Usage: scripts/imf-dots-to-long.py SOURCE.csv OUT_FOLDER
"""
import csv, re, sys
from collections import defaultdict

src, out = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(src, encoding="utf-8")))
slug = lambda name: re.sub(r"[^a-z]+", "_", name.lower().replace(" pdr", "")).strip("_")
key = lambda source: "DOTS_" + re.search(r"DOTS_(\d+)", source).group(1)
fmt = lambda v: ("%.2f" % v).rstrip("0").rstrip(".")

laos, others = [], []
pairs = defaultdict(dict)
for r in rows:
    year, value, status = r["year"], float(r["value_usd_mn"]), "estimate" if r["estimated_flag"] == "e" else "final"
    flow = "exports" if r["flow"] == "export_fob" else "imports"
    if r["reporter"] == "Vietnam":
        if r["partner"] == "Lao PDR":
            laos.append((flow, year, value, status, key(r["source"]), ""))
            pairs[year][flow] = (value, status)
        else:
            others.append((f"{flow}_{slug(r['partner'])}", year, value, status, key(r["source"]), ""))
    else:
        # The partner's record of trade with Vietnam: its exports are Vietnam's imports.
        mirror = "imports" if flow == "exports" else "exports"
        sid = f"{mirror}_{slug(r['reporter'])}_reported" if r["reporter"] == "Lao PDR" else f"{mirror}_{slug(r['reporter'])}_mirror"
        (laos if r["reporter"] == "Lao PDR" else others).append(
            (sid, year, value, status, key(r["source"]), f"{r['reporter']}'s record of its {flow} with Vietnam"))
for year, flows in sorted(pairs.items()):
    if "exports" in flows and "imports" in flows:
        status = "derived"
        laos.append(("trade_total", year, flows["exports"][0] + flows["imports"][0], status, "DOTS_213",
                     "sum of Vietnam's reported exports and imports"))

def write(name, data):
    with open(f"{out}/{name}", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["series", "period", "value", "unit", "status", "source", "preferred", "note"])
        for sid, year, value, status, source, note in sorted(data, key=lambda r: (r[0], r[1])):
            w.writerow([sid, year, fmt(value), "million USD", status, source, "", note])

write("vietnam-laos.csv", laos)
write("other-partners.csv", others)
