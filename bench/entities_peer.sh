#!/usr/bin/env bash
# Peer benchmark for the text + entities stages, one run, one thread, the
# same text (bench/data/news_paragraphs.txt, ~200 KB of news paragraphs
# written for the project by bench/data/make_news_paragraphs.py):
#   dateline  AnalyzeText + AnalyzeEntities over the whole file as one
#             document: sentences, tokens, dates, entities with roles,
#             actors and coordinates, quotes (entities_bench
#             BM_TextAndEntitiesFile)
#   wink-nlp  readDoc + entities() with wink-eng-lite-web-model, pipeline
#             "ner" only (its lightest configuration that finds entities;
#             PIPE=sbd,pos,ner to change), model load excluded
#             (bench/npm/wink_entities.js)
# and prints tokens/s (each tokenizer's own count, wall clock and CPU) and
# the ratio dateline / wink on the same bytes. wink-nlp is installed from
# npm into bench/npm/node_modules (package-lock.json pins it) on first use.
# Bench only: never run by `make test`.
#
#   bench/entities_peer.sh [TEXT_FILE]    (BUILD=build-x picks a build dir, MIN_TIME seconds per side)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD:-build}
min_time=${MIN_TIME:-3}
pipe=${PIPE:-ner}
text=${1:-bench/data/news_paragraphs.txt}
[ -f "$text" ] || python3 bench/data/make_news_paragraphs.py "$text"
[ -x "$build/bench/entities_bench" ] || { echo "build $build/bench/entities_bench first (cmake --build $build --target entities_bench)" >&2; exit 1; }
command -v node > /dev/null || { echo "node is needed for the wink-nlp side" >&2; exit 1; }
if [ ! -d bench/npm/node_modules/wink-nlp ] || [ ! -d bench/npm/node_modules/wink-eng-lite-web-model ]; then
  echo "installing wink-nlp and wink-eng-lite-web-model into bench/npm (bench only)" >&2
  (cd bench/npm && npm ci --no-audit --no-fund --loglevel=error > /dev/null)
fi
echo "text: $text ($(stat -c %s "$text") bytes)"

json=$(mktemp)
trap 'rm -f "$json" "$json.wink"' EXIT
DATELINE_BENCH_TEXT=$text taskset -c 0 "$build/bench/entities_bench" --benchmark_filter='BM_TextAndEntitiesFile' \
  --benchmark_min_time="$min_time" --benchmark_format=json > "$json" 2>/dev/null ||
  DATELINE_BENCH_TEXT=$text "$build/bench/entities_bench" --benchmark_filter='BM_TextAndEntitiesFile' \
    --benchmark_min_time="$min_time" --benchmark_format=json > "$json" 2>/dev/null
(taskset -c 0 node bench/npm/wink_entities.js "$text" "$min_time" "$pipe" 2>/dev/null ||
  node bench/npm/wink_entities.js "$text" "$min_time" "$pipe") > "$json.wink"

python3 - "$json" "$json.wink" <<'PY'
import json, sys
unit = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
bench = [b for b in json.load(open(sys.argv[1]))["benchmarks"] if b["name"].startswith("BM_TextAndEntitiesFile")][0]
scale = unit[bench.get("time_unit", "ns")]
d_tokens, d_bytes = bench["tokens"], bench["bytes_per_second"] * bench["cpu_time"] * scale
d_wall, d_cpu = bench["real_time"] * scale, bench["cpu_time"] * scale
w = json.loads(open(sys.argv[2]).read().strip().splitlines()[-1])
w_wall, w_cpu = w["seconds"] / w["runs"], w["cpu_seconds"] / w["runs"]
print(f"dateline text+entities: {d_tokens:.0f} tokens, {bench['entities']:.0f} entities per pass; "
      f"{d_tokens / d_wall:,.0f} tokens/s wall, {d_tokens / d_cpu:,.0f} tokens/s CPU, {d_bytes / d_wall / 1e6:.1f} MB/s")
print(f"wink-nlp entities ({w['pipe']}): {w['tokens']} tokens, {w['entities']} entities per pass; "
      f"{w['tokens'] / w_wall:,.0f} tokens/s wall, {w['tokens'] / w_cpu:,.0f} tokens/s CPU, {w['bytes'] / w_wall / 1e6:.1f} MB/s")
print(f"ratio dateline / wink on the same text: {w_wall / d_wall:.2f}x (wall), {w_cpu / d_cpu:.2f}x (CPU)")
PY
