#!/usr/bin/env python3
"""Scores HTML article extraction against expected body texts, the way the
public article-extraction benchmarks do: token-level precision, recall and F1
of the extracted `text` against the gold body, tokens compared as a bag with
multiplicity (a word extracted twice but written once counts once right and
once wrong). Tokens are runs of word characters (\\w+, Unicode), case kept.
Reports each page and the mean over pages of P, R and F1.

  bench/extract_score.py [--dateline BIN] [--json] [DIR ...]

DIR holds NAME.html pages beside NAME.txt gold bodies (default:
tests/data/extraction). BIN is the dateline program (default build/dateline),
run once per page as `dateline analyze --no-progress -j 1 PAGE`.
Standard library only; exit status 0 whatever the score.
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys

TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text):
    return collections.Counter(TOKEN.findall(text or ""))


def prf(extracted, gold):
    got, want = tokens(extracted), tokens(gold)
    hit = sum((got & want).values())
    p = hit / sum(got.values()) if got else (1.0 if not want else 0.0)
    r = hit / sum(want.values()) if want else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def extract(binary, page):
    out = subprocess.run([binary, "analyze", "--no-progress", "-j", "1", page],
                         capture_output=True, text=True, check=False).stdout
    for line in out.splitlines():
        if line.strip():
            return json.loads(line).get("text") or ""
    return ""


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dateline", default=os.path.join(root, "build", "dateline"))
    ap.add_argument("--json", action="store_true", help="one JSON object per page, then the mean")
    ap.add_argument("dirs", nargs="*", default=[os.path.join(root, "tests", "data", "extraction")])
    a = ap.parse_args()
    rows = []
    for d in a.dirs:
        for page in sorted(glob.glob(os.path.join(d, "*.html"))):
            gold_path = page[:-5] + ".txt"
            if not os.path.exists(gold_path):
                continue
            gold = open(gold_path, encoding="utf-8").read()
            p, r, f = prf(extract(a.dateline, page), gold)
            rows.append((os.path.basename(page)[:-5], p, r, f))
    if not rows:
        sys.exit("no NAME.html + NAME.txt pairs found")
    n = len(rows)
    mean = [sum(row[k] for row in rows) / n for k in (1, 2, 3)]
    if a.json:
        for name, p, r, f in rows:
            print(json.dumps({"page": name, "precision": p, "recall": r, "f1": f}))
        print(json.dumps({"pages": n, "precision": mean[0], "recall": mean[1], "f1": mean[2]}))
        return
    print(f"{'page':<32} {'P':>6} {'R':>6} {'F1':>6}")
    for name, p, r, f in sorted(rows, key=lambda row: row[3]):
        print(f"{name:<32} {p:6.3f} {r:6.3f} {f:6.3f}")
    print(f"{'mean of ' + str(n) + ' pages':<32} {mean[0]:6.3f} {mean[1]:6.3f} {mean[2]:6.3f}")


if __name__ == "__main__":
    main()
