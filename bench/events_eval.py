#!/usr/bin/env python3
"""Coverage and quad-class accuracy of the event coder on labelled sentences.

Runs `dateline analyze` over bench/data/events_dev.tsv (each sentence its own
JSON Lines document, as an evaluation harness would give it) and prints:

  coverage   share of event sentences (label 1-4) with at least one event
  accuracy   quad class of the first event == label, over all event
             sentences (uncoded counts as wrong) and over the covered ones
  empty      share of no-event sentences (label 0) that code to nothing
  a 4x4+none confusion matrix (rows: label, columns: first event's quad)
  events per sentence

Quad classes follow 1 = roots 01-05, 2 = 06-08, 3 = 09-13, 4 = 14-20; the
first event's `quad_class` field is what is scored (`--by-root` scores its
root instead, to see a mismatch between the two).

  python3 bench/events_eval.py [--bin build/dateline] [--split dev|check|fresh|round2|round3|round4|all]
                               [--errors] [--data FILE]
Python 3 standard library only.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def quad_of_root(root):
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def load(path, split):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            rid, sp, quad, root, sentence = line.rstrip("\n").split("\t")
            if split != "all" and sp != split:
                continue
            rows.append({"id": rid, "quad": int(quad), "root": root, "text": sentence})
    return rows


def analyze(binary, rows):
    docs = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows)
    p = subprocess.run([binary, "analyze", "--no-progress", "-j", "1", "--input-format", "jsonl", "-"],
                       input=docs.encode(), capture_output=True, check=False)
    if p.returncode not in (0, 1):
        sys.exit(f"dateline failed ({p.returncode}): {p.stderr.decode()[:500]}")
    out = {}
    for line in p.stdout.decode().splitlines():
        doc = json.loads(line)
        out[doc["id"]] = doc.get("events", [])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "build", "dateline"))
    ap.add_argument("--data", default=os.path.join(HERE, "data", "events_dev.tsv"))
    ap.add_argument("--split", default="all", choices=["dev", "check", "fresh", "round2", "round3", "round4", "all"])
    ap.add_argument("--errors", action="store_true", help="list the sentences scored wrong")
    ap.add_argument("--by-root", action="store_true", help="score the first event's root, not its quad_class")
    a = ap.parse_args()

    rows = load(a.data, a.split)
    events = analyze(a.bin, rows)
    labels = ["1", "2", "3", "4", "none"]
    matrix = {l: {c: 0 for c in labels} for l in labels}
    n_event = covered = right = n_empty = empty_ok = n_events = 0
    errors = []
    for r in rows:
        evs = events.get(r["id"], [])
        n_events += len(evs)
        got = "none"
        if evs:
            got = str(quad_of_root(evs[0]["root"]) if a.by_root else evs[0]["quad_class"])
        want = str(r["quad"]) if r["quad"] else "none"
        matrix[want][got] += 1
        if r["quad"]:
            n_event += 1
            covered += bool(evs)
            right += got == want
        else:
            n_empty += 1
            empty_ok += not evs
        if got != want:
            first = evs[0] if evs else None
            desc = (f'{first["source"]}>{first["target"]}:{first["code"]} "{first["evidence"]}"' if first else "-")
            errors.append(f'{r["id"]} want {want:>4} ({r["root"]}) got {got:>4} {desc} | {r["text"]}')

    def pct(x, n):
        return f"{x / n:.3f} ({x}/{n})" if n else "n/a"

    print(f"sentences          {len(rows)} ({n_event} with an event label, {n_empty} must be empty)")
    print(f"coverage           {pct(covered, n_event)}")
    print(f"accuracy (all)     {pct(right, n_event)}")
    print(f"accuracy (covered) {pct(right, covered)}")
    print(f"empty kept empty   {pct(empty_ok, n_empty)}")
    print(f"events/sentence    {n_events / max(1, len(rows)):.2f}")
    print("confusion (rows: label, columns: first event)")
    print("        " + "".join(f"{c:>6}" for c in labels))
    for l in labels:
        print(f"  {l:>5} " + "".join(f"{matrix[l][c]:>6}" for c in labels))
    if a.errors:
        print("\n".join(["", "errors:"] + errors))


if __name__ == "__main__":
    main()
