#!/usr/bin/env python3
"""Entity-level precision, recall and F1 of `dateline analyze` on CoNLL-style data.

The data is token TAB tag per line (IOB1 or IOB2), a blank line between
sentences and "-DOCSTART-" between documents. Three sets of wire news in the
style of Reuters 1996, written for the project: bench/data/ner_dev.conll
(24 documents, the one the rules were tuned on), ner_heldout.conll (9,
scored before it informed a few fixes) and ner_test.conll (8, written last;
its first score is in the commit that added it). Each document's tokens are joined with spaces
(--join newline puts each sentence on its own line), given to
`dateline analyze` as JSON Lines {"id", "text"}, and every entity of the
output is mapped back to the tokens its bytes cover. The output text may differ
from the input (the extract stage reflows lines and may drop a byline), so the
two are aligned on their non-space characters. PERSON -> PER, PLACE -> LOC,
ORG -> ORG; other types are not scored. A predicted entity counts when its
token span and type equal a gold entity's (CoNLL's rule).

  python3 bench/ner_eval.py [--bin build/dateline] [--join space|newline]
                            [--errors N] [FILE.conll]
"""
import argparse
import collections
import difflib
import json
import os
import subprocess
import sys
import tempfile

TYPES = ("PER", "LOC", "ORG")
MAP = {"PERSON": "PER", "PLACE": "LOC", "ORG": "ORG"}


def read_conll(path):
    """Documents as lists of sentences, each a list of (token, tag)."""
    docs, sent = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            if sent:
                docs[-1].append(sent)
                sent = []
            docs.append([])
            continue
        if not line.strip():
            if sent:
                docs[-1].append(sent)
                sent = []
            continue
        tok, tag = line.split("\t")[:2] if "\t" in line else (line.split()[0], line.split()[-1])
        if not docs:
            docs.append([])
        sent.append((tok, tag))
    if sent:
        docs[-1].append(sent)
    return [d for d in docs if d]


def chunks(tags):
    """(type, begin, end) token spans from IOB1 or IOB2 tags."""
    out, cur = [], None
    for i, tag in enumerate(tags + ["O"]):
        kind = tag[2:] if tag != "O" else None
        starts = tag.startswith("B-") or (kind and (cur is None or cur[0] != kind))
        if cur and (kind is None or starts):
            out.append((cur[0], cur[1], i))
            cur = None
        if kind and cur is None:
            cur = [kind, i]
    return out


def build_text(doc, join):
    """The document text and each token's [start, end) character offsets."""
    parts, offsets, pos = [], [], 0
    for s, sent in enumerate(doc):
        for t, (tok, _) in enumerate(sent):
            if parts:
                sep = "\n" if (t == 0 and join == "newline") else " "
                parts.append(sep)
                pos += 1
            offsets.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
    return "".join(parts), offsets


def char_map(src, out):
    """For each character index of `out`, the index in `src` it came from (or None)."""
    s_idx = [i for i, c in enumerate(src) if not c.isspace()]
    o_idx = [i for i, c in enumerate(out) if not c.isspace()]
    sm = difflib.SequenceMatcher(None, "".join(src[i] for i in s_idx), "".join(out[i] for i in o_idx), autojunk=False)
    mapping = [None] * (len(out) + 1)
    for a, b, n in sm.get_matching_blocks():
        for k in range(n):
            mapping[o_idx[b + k]] = s_idx[a + k]
    return mapping


def predicted_spans(result, src, offsets):
    text = result.get("text") or ""
    raw = text.encode("utf-8")
    mapping = char_map(src, text)
    spans = set()
    for e in result.get("entities", []):
        kind = MAP.get(e.get("type"))
        if not kind:
            continue
        cs = len(raw[: e["start"]].decode("utf-8", "replace"))
        ce = len(raw[: e["end"]].decode("utf-8", "replace"))
        src_chars = [mapping[i] for i in range(cs, ce) if mapping[i] is not None]
        if not src_chars:
            continue
        lo, hi = min(src_chars), max(src_chars)
        toks = [k for k, (a, b) in enumerate(offsets) if a <= hi and b > lo]
        if toks:
            spans.add((kind, toks[0], toks[-1] + 1))
    return spans


def run_dateline(binary, texts):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": str(i), "text": t}) + "\n")
        path = f.name
    try:
        proc = subprocess.run([binary, "analyze", "--no-progress", "--input-format", "jsonl", "-j", "1", path],
                              capture_output=True, text=True, check=False)
    finally:
        os.unlink(path)
    results = {}
    for line in proc.stdout.splitlines():
        r = json.loads(line)
        results[r["id"]] = r
    return results


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("conll", nargs="?", default=os.path.join(here, "data", "ner_dev.conll"))
    ap.add_argument("--bin", default=os.path.join(here, "..", "build", "dateline"))
    ap.add_argument("--join", choices=("space", "newline"), default="space")
    ap.add_argument("--errors", type=int, default=1000, help="print at most N errors (0: none)")
    args = ap.parse_args()

    docs = read_conll(args.conll)
    built = [build_text(d, args.join) for d in docs]
    results = run_dateline(args.bin, [t for t, _ in built])
    counts = collections.defaultdict(lambda: [0, 0, 0])  # type -> tp, fp, fn
    errors = []
    for i, (doc, (text, offsets)) in enumerate(zip(docs, built)):
        tokens = [tok for sent in doc for tok, _ in sent]
        tags = [tag for sent in doc for _, tag in sent]
        gold = {c for c in chunks(tags) if c[0] in TYPES}
        pred = predicted_spans(results.get(str(i), {}), text, offsets)
        words = lambda s: " ".join(tokens[s[1]:s[2]])
        for kind in TYPES:
            g = {s for s in gold if s[0] == kind}
            p = {s for s in pred if s[0] == kind}
            counts[kind][0] += len(g & p)
            counts[kind][1] += len(p - g)
            counts[kind][2] += len(g - p)
        gold_by_span = {(b, e): k for k, b, e in gold}
        for s in sorted(pred - gold, key=lambda s: s[1]):
            g = gold_by_span.get((s[1], s[2]))
            what = f"type   gold {g} got {s[0]}" if g else f"extra  {s[0]}"
            errors.append(f"doc {i:2d} {what}: {words(s)}")
        pred_spans = {(b, e) for _, b, e in pred}
        for s in sorted(gold - pred, key=lambda s: s[1]):
            if (s[1], s[2]) not in pred_spans:
                overlap = [p for p in pred if p[1] < s[2] and p[2] > s[1]]
                what = "span  " if overlap else "missed"
                extra = f" (got {', '.join(p[0] + ' ' + repr(words(p)) for p in overlap)})" if overlap else ""
                errors.append(f"doc {i:2d} {what} {s[0]}: {words(s)}{extra}")
    if args.errors:
        for line in errors[: args.errors]:
            print(line)
        print()
    total = [sum(counts[k][j] for k in TYPES) for j in range(3)]
    print(f"{'type':5} {'prec':>6} {'rec':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for kind, c in [(k, counts[k]) for k in TYPES] + [("all", total)]:
        p, r, f = prf(*c)
        print(f"{kind:5} {p:6.3f} {r:6.3f} {f:6.3f} {c[0]:5d} {c[1]:5d} {c[2]:5d}")


if __name__ == "__main__":
    sys.exit(main())
