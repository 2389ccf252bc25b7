#!/usr/bin/env bash
# Peer benchmark for HTML extraction, one run, one thread, the same pages:
#   dateline         ExtractArticle on every page (extract_bench BM_ExtractHtmlDir)
#   libxml2 parse    htmlReadMemory alone (BM_ParseHtmlOnly): the parse bound
#   readability-lxml Document(html).summary() and .short_title() on every page
#                    (Debian package python3-readability, installed if missing)
# and prints pages/s, MB/s and the ratio dateline / readability-lxml.
# Whole-page work only: pages are read into memory first, start-up excluded.
#
#   bench/extract_peer.sh [DIR_OF_HTML]    (BUILD=build-x to pick a build dir)
# Default pages: ../shared/eval/extraction/html when present, else a corpus
# generated in /tmp from tests/data/html and examples/*.html, replicated with
# typical page furniture added (see below).
# Never run by `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD:-build}
min_time=${MIN_TIME:-2}
pages=${1:-}
if [ -z "$pages" ]; then
  if [ -d ../shared/eval/extraction/html ]; then
    pages=../shared/eval/extraction/html
  else
    pages=${TMPDIR:-/tmp}/dateline-peer-pages
    rm -rf "$pages" && mkdir -p "$pages"
    # Real news pages are mostly furniture: each copy of a bundled page gets
    # the usual weight of it (inline script config, a mega-menu, a related
    # rail, a footer of links; ~60 KB), different in every copy.
    /usr/bin/python3 - "$pages" "${COPIES:-20}" tests/data/html/*.html examples/*.html <<'PY'
import os, random, re, sys
out, copies, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
words = ("the of and to in a is that for it as was with be by on not he this are or his from at which but have "
         "an they you were her she there been one all we their has would when if so what up out about who get "
         "them me market police minister election talks city court report week government said year people").split()
def phrase(r, n): return " ".join(r.choice(words) for _ in range(n)).capitalize()
for c in range(copies):
    r = random.Random(c)
    for f in files:
        page = open(f, encoding="utf-8").read()
        cfg = ",".join(f'"{phrase(r, 1)}_{i}": "{phrase(r, 6)}"' for i in range(700))
        head = (f"<script>window.__CONFIG__ = {{{cfg}}};</script>"
                "<style>" + "".join(f".c{i}{{margin:{i % 9}px;color:#{i:03x}}}" for i in range(400)) + "</style>")
        menu = ('<header class="site-header"><nav class="mega-menu"><ul>' +
                "".join(f'<li class="menu-item"><a href="/s/{i}">{phrase(r, 2)}</a><ul class="sub-menu">' +
                        "".join(f'<li><a href="/s/{i}/{j}">{phrase(r, 2)}</a></li>' for j in range(8)) + "</ul></li>"
                        for i in range(25)) + "</ul></nav></header>")
        rail = ('<aside class="related-rail"><h3>Most read</h3><ol>' +
                "".join(f'<li><a href="/story/{c}-{i}"><img src="/i/{i}.jpg" alt=""><span>{phrase(r, 9)}</span></a>'
                        f'<span class="date">Feb {i % 28 + 1}, 2025</span></li>' for i in range(30)) + "</ol></aside>")
        foot = ('<footer class="site-footer"><div class="footer-links">' +
                "".join(f'<a href="/f/{i}">{phrase(r, 2)}</a> ' for i in range(150)) + "</div></footer>")
        page = page.replace("</head>", head + "</head>", 1)
        page = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + menu, page, count=1)
        page = page.replace("</body>", rail + foot + "</body>", 1)
        open(os.path.join(out, f"{c}-{os.path.basename(f)}"), "w", encoding="utf-8").write(page)
PY
  fi
fi
count=$(find "$pages" -name '*.html' | wc -l)
bytes=$(find "$pages" -name '*.html' -printf '%s\n' | awk '{s += $1} END {print s}')
echo "pages: $pages ($count pages, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB)"

py=/usr/bin/python3
if ! "$py" -c 'import readability' 2>/dev/null; then
  echo "installing python3-readability (bench only)" >&2
  apt-get install -y python3-readability >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y python3-readability >/dev/null; }
fi

[ -x "$build/bench/extract_bench" ] || { echo "build $build/bench/extract_bench first (-DDATELINE_BENCH=ON)" >&2; exit 1; }
json=$(mktemp)
DATELINE_BENCH_HTML=$pages "$build/bench/extract_bench" --benchmark_filter='BM_ExtractHtmlDir|BM_ParseHtmlOnly' \
  --benchmark_min_time="$min_time" --benchmark_format=json > "$json" 2>/dev/null

"$py" - "$pages" "$min_time" > "$json.py" <<'PY'
import glob, os, sys, time, logging
logging.disable(logging.CRITICAL)
from readability import Document
files = sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.html"), recursive=True))
pages = [open(f, "rb").read() for f in files]
size = sum(len(p) for p in pages)
done, start = 0, time.perf_counter()
while True:
    for p in pages:
        try:
            d = Document(p)
            d.summary()
            d.short_title()
        except Exception:
            pass
    done += 1
    elapsed = time.perf_counter() - start
    if elapsed >= float(sys.argv[2]):
        break
print(f"{done * len(pages) / elapsed} {done * size / elapsed / 1e6}")
PY

"$py" - "$json" "$json.py" <<'PY'
import json, sys
bench = {b["name"]: b for b in json.load(open(sys.argv[1]))["benchmarks"]}
rl_pages, rl_mb = map(float, open(sys.argv[2]).read().split())
def row(name, pages, mb):
    print(f"{name:<18} {pages:10.1f} pages/s {mb:9.1f} MB/s")
d = bench["BM_ExtractHtmlDir"]
p = bench["BM_ParseHtmlOnly"]
row("dateline", d["items_per_second"], d["bytes_per_second"] / 1e6)
row("libxml2 parse", p["items_per_second"], p["bytes_per_second"] / 1e6)
row("readability-lxml", rl_pages, rl_mb)
print(f"ratio dateline / readability-lxml: {d['items_per_second'] / rl_pages:.1f}x pages/s")
print(f"dateline's own cost beyond the parse: {1e3 / d['items_per_second'] - 1e3 / p['items_per_second']:.3f} ms/page")
PY
rm -f "$json" "$json.py"
