#!/usr/bin/env python3
"""Generates realistic news pages for benchmarks when the development pages
(../shared/eval/extraction/html) are absent: a page shell like a news site's
(navigation, inline scripts and JSON-LD, share bars, related lists, comments,
footer) around an article of varied paragraphs, about 40-120 KB each.
Deterministic for a given seed. Standard library only."""
import argparse, os, random

SUBJECTS = ["The foreign minister", "Officials in the capital", "The central bank", "Rebel commanders",
            "The prime minister", "Union leaders", "The health ministry", "Prosecutors", "The defence secretary",
            "Opposition lawmakers", "The United Nations envoy", "Police in the northern province"]
VERBS = ["said on Tuesday that", "warned that", "announced that", "told reporters that", "denied reports that",
         "confirmed that", "argued in a statement that", "insisted that"]
CLAUSES = ["talks with neighbouring countries would resume next week", "the ceasefire had largely held overnight",
           "inflation was expected to ease later in the year", "more than 3,000 people had been evacuated",
           "the agreement would be signed in Geneva", "aid convoys had been blocked at the border",
           "the investigation into the $1.5 million theft was continuing", "new sanctions were under consideration",
           "the election would go ahead as planned despite the violence", "both sides had made real progress"]

def paragraph(r):
    return " ".join("%s %s %s." % (r.choice(SUBJECTS), r.choice(VERBS), r.choice(CLAUSES)) for _ in range(r.randint(2, 4)))

def page(r, n):
    nav = "".join('<li><a href="/section/%d">Section %d</a></li>' % (i, i) for i in range(r.randint(40, 120)))
    script = "var config = {%s};" % ",".join('"k%d": "%s"' % (i, "x" * r.randint(10, 80)) for i in range(r.randint(100, 600)))
    paras = "".join("<p>%s</p>\n" % paragraph(r) for _ in range(r.randint(6, 18)))
    related = "".join('<li><a href="/story/%d">%s</a></li>' % (i, paragraph(r)[:80]) for i in range(12))
    comments = "".join('<div class="comment"><p>%s</p></div>' % paragraph(r) for _ in range(r.randint(0, 10)))
    title = "%s %s" % (r.choice(SUBJECTS), r.choice(CLAUSES))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example"><meta property="article:published_time" content="2026-02-{1 + n % 27:02d}T10:00:00Z">
<script>{script}</script>
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{title}","author":{{"@type":"Person","name":"Reporter {n}"}}}}</script>
<style>body{{font-family:serif}} .nav li{{display:inline}}</style></head>
<body><header><nav class="nav"><ul>{nav}</ul></nav></header>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<main><article><h1>{title}</h1><p class="byline">By Reporter {n}</p>
<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>
{paras}</article>
<aside class="related"><h3>Related</h3><ul>{related}</ul></aside>
<section class="comments">{comments}</section></main>
<footer><p>&copy; 2026 The Daily Example. All rights reserved.</p></footer></body></html>
"""

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    r = random.Random(a.seed)
    for n in range(a.pages):
        with open(os.path.join(a.outdir, "page%04d.html" % n), "w") as f:
            f.write(page(r, n))

main()
