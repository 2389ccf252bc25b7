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
# generated in /tmp from tests/data/html and examples/*.html, replicated.
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
    for copy in $(seq 1 "${COPIES:-20}"); do
      for f in tests/data/html/*.html examples/*.html; do
        [ -f "$f" ] && cp "$f" "$pages/$copy-$(basename "$f")"
      done
    done
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
