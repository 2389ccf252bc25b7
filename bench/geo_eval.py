#!/usr/bin/env python3
"""Scores place recognition and geocoding the way GeoVirus-style benchmarks
do: of the gold place occurrences, how many Dateline finds as a PLACE
(recall), and of those, how many it puts within 161 km of the gold point
(accuracy@161km). Also reports that accuracy without countries (gold sets
put a country at its capital or its centre, a convention, not an error),
precision (PLACE entities that cover no gold place) and the median error.
Dateline places, which Dateline reads out of the text, are scored from the
article's "dateline" field.

  bench/geo_eval.py [--bin BIN] [--errors N] FILE.jsonl

FILE holds one article a line: {"id", "text", "places": [{"name", "start",
"lat", "lon"}]}, "start" a character offset into "text". Each article is
run through `dateline analyze` as a JSON Lines document. Offsets are matched
by surface form and occurrence order, so a reader that trims the text
(a dateline, a footer) does not shift them. Standard library only.
"""
import argparse
import json
import math
import os
import subprocess
import sys


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def occurrence(text, name, start):
    """Which occurrence (0-based) of `name` in `text` starts at `start`."""
    k, i = 0, text.find(name)
    while i != -1 and i < start:
        k, i = k + 1, text.find(name, i + 1)
    return k


def nth(text, name, k):
    i = text.find(name)
    while i != -1 and k > 0:
        k, i = k - 1, text.find(name, i + 1)
    return i


def dropped_prefix(src, out):
    """How many leading characters of the input Dateline read out of the
    text (a wire dateline: "TBILISI, Georgia (Reuters) - "): where the output
    text starts in the input, 0 when it starts at the top or is not found."""
    probe = out[:80]
    i = src.find(probe) if probe else -1
    return i if i > 0 else 0


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=os.path.join(root, "build", "dateline"))
    ap.add_argument("--errors", type=int, default=20, help="print up to N misses and far-off places")
    ap.add_argument("file")
    a = ap.parse_args()
    docs = [json.loads(l) for l in open(a.file, encoding="utf-8") if l.strip()]
    expanded = {}  # a dateline's abbreviation -> the name Dateline gives it (data/dateline_regions.tsv)
    with open(os.path.join(root, "data", "dateline_regions.tsv"), encoding="utf-8") as f:
        for row in f:
            cols = row.rstrip("\n").split("\t")
            if not row.startswith("#") and len(cols) >= 3:
                expanded[cols[0].lower()] = cols[2].lower()
    feed = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)
    out = subprocess.run([a.bin, "analyze", "--no-progress", "-j", "1", "--input-format", "jsonl", "-"],
                         input=feed, capture_output=True, text=True, check=False).stdout
    got = {}
    for line in out.splitlines():
        if line.strip():
            r = json.loads(line)
            got[r.get("id")] = r
    gold_n = found = close = town_found = town_close = 0
    errors, predicted, spurious, dists = [], 0, 0, []
    for d in docs:
        r = got.get(d["id"]) or {}
        text = r.get("text") or ""
        raw = text.encode("utf-8")
        places = [e for e in r.get("entities") or [] if e.get("type") == "PLACE"]
        covered = set()
        cut = dropped_prefix(d["text"], text)
        for g in d["places"]:
            gold_n += 1
            # Occurrences inside the dateline read out of the text are not in
            # the output text: count the later ones from after it.
            k = occurrence(d["text"], g["name"], g["start"]) - occurrence(d["text"], g["name"], cut)
            i = nth(text, g["name"], k) if g["start"] >= cut else -1
            if i < 0:  # a dateline is read out of the text into its own field ("Calif." as "California")
                wanted = {g["name"].lower(), expanded.get(g["name"].lower(), "")}
                line = [p for p in r.get("dateline") or [] if (p.get("name") or "").lower() in wanted]
                if not line:
                    errors.append(f"{d['id']}: {g['name']!r} not in the output text")
                    continue
                found += 1
                p = line[0]
                if p.get("lat") is None:
                    town_found += 1
                    errors.append(f"{d['id']}: dateline {g['name']!r} without coordinates")
                    continue
                dist = km(p["lat"], p["lon"], g["lat"], g["lon"])
                dists.append(dist)
                close += dist <= 161
                town_found += 1
                town_close += dist <= 161
                if dist > 161:
                    errors.append(f"{d['id']}: dateline {g['name']!r} placed {dist:.0f} km off")
                continue
            b = len(text[:i].encode("utf-8"))
            e = b + len(g["name"].encode("utf-8"))
            hit = [p for p in places if p["start"] < e and p["end"] > b]
            if not hit:
                errors.append(f"{d['id']}: missed {g['name']!r} ({raw[max(0, b - 30):e + 30].decode('utf-8', 'replace')!r})")
                continue
            found += 1
            p = hit[0]
            covered.add(id(p))
            if p.get("lat") is None:
                town_found += 1  # counted wrong
                errors.append(f"{d['id']}: {g['name']!r} found without coordinates")
                continue
            dist = km(p["lat"], p["lon"], g["lat"], g["lon"])
            dists.append(dist)
            country = p.get("actor") is not None and p.get("actor") == p.get("country")
            if not country:
                town_found += 1
                town_close += dist <= 161
            if dist <= 161:
                close += 1
            else:
                errors.append(f"{d['id']}: {g['name']!r} placed {dist:.0f} km off ({p.get('canonical')}, {p.get('country')})")
        predicted += len(places)
        spurious += sum(1 for p in places if id(p) not in covered)
    recall = found / gold_n if gold_n else 0
    acc = close / found if found else 0
    dists.sort()
    print(f"articles           {len(docs)}")
    print(f"gold places        {gold_n}")
    print(f"recall             {recall:.3f} ({found}/{gold_n})")
    print(f"accuracy@161km     {acc:.3f} ({close}/{found}, of the places found)")
    print(f"both               {close / gold_n if gold_n else 0:.3f} (of all gold places)")
    print(f"accuracy, no countries {town_close / town_found if town_found else 0:.3f} ({town_close}/{town_found}: "
          "towns, regions and datelines; a country's point is a convention the gold may not share)")
    print(f"precision          {1 - spurious / predicted if predicted else 0:.3f} ({predicted - spurious}/{predicted} PLACE entities on a gold place)")
    if dists:
        print(f"median error       {dists[len(dists) // 2]:.1f} km")
    if a.errors:
        print("\nerrors:")
        for e in errors[: a.errors]:
            print("  " + e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
