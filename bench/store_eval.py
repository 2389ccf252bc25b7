#!/usr/bin/env python3
"""Precision and recall of the store's duplicate links and stories against
the truth store_make_corpus.py writes into each record ("truth": the
happening an article reports, and the report a wire copy was made from).

    dateline export articles --db corpus.db | bench/store_eval.py corpus.jsonl

Duplicates: a link is right when it points at the report the copy was made
from. Stories: pairwise, the usual clustering measure: of the pairs of
articles put in one story, the share reporting one happening (precision),
and of the pairs reporting one happening, the share put in one story
(recall)."""
import collections, json, sys


def pairs(groups):
    return sum(n * (n - 1) // 2 for n in groups.values())


def main():
    truth = {}
    with open(sys.argv[1]) as f:
        for line in f:
            r = json.loads(line)
            truth[r["id"]] = r["truth"]
    stored = {}
    for line in sys.stdin:
        a = json.loads(line)
        stored[a["id"]] = (a.get("duplicate_of"), a.get("story"))
    ids = [i for i in stored if i in truth]
    links = [(i, stored[i][0]) for i in ids if stored[i][0]]
    right = sum(1 for i, d in links if truth[i]["copy_of"] == d)
    copies = sum(1 for i in ids if truth[i]["copy_of"])
    both = collections.Counter((truth[i]["happening"], stored[i][1]) for i in ids)
    by_story = collections.Counter(stored[i][1] for i in ids)
    by_happening = collections.Counter(truth[i]["happening"] for i in ids)
    tp = pairs(both)
    out = {"articles": len(ids),
           "duplicates": {"links": len(links), "copies": copies,
                          "precision": round(right / len(links), 4) if links else None,
                          "recall": round(right / copies, 4) if copies else None},
           "stories": {"stories": len(by_story), "happenings": len(by_happening),
                       "precision": round(tp / pairs(by_story), 4) if pairs(by_story) else None,
                       "recall": round(tp / pairs(by_happening), 4) if pairs(by_happening) else None}}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
