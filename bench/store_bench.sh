#!/usr/bin/env bash
# Store benchmark (not part of make test):
#   1. generates a corpus of N articles (default 100,000) with
#      bench/store_make_corpus.py: happenings reported by several sources,
#      a fifth of the reports syndicated copies, a Zipf-like vocabulary;
#   2. ingests it into SQLite (articles/s from dateline's summary);
#   3. measures query latency in-process with store_query_bench (20 typical
#      searches with and without filters, facets, event exports), p50/p95;
#   4. times a few searches through the command line too (process start-up
#      included), p50/p95/max: specific words, then common words;
#   5. checks duplicate links and stories against the generator's truth
#      (bench/store_eval.py: precision and recall);
#   6. with DATELINE_BENCH_POSTGRES=postgresql://..., ingests the first
#      PG_ARTICLES (default 3,000) into that (empty) database for a rate.
#
#   bench/store_bench.sh [BUILD_DIR] [N]      (work files in $BENCH_DIR, default /tmp/dateline-store-bench)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
n=${2:-100000}
dir=${BENCH_DIR:-/tmp/dateline-store-bench}
dateline=$build/dateline
mkdir -p "$dir"
cmake --build "$build" --target dateline store_query_bench -j"${JOBS:-2}" >/dev/null

corpus=$dir/corpus-$n.jsonl
[ -s "$corpus" ] || python3 "$here/store_make_corpus.py" -n "$n" >"$corpus"
db=$dir/bench-$n.db
if [ ! -s "$db" ]; then
  "$dateline" ingest --db "$db" -j"${JOBS:-2}" --no-progress "$corpus" 2>"$dir/ingest-sqlite.log"
fi
echo "# SQLite ingest ($n articles)"
tail -1 "$dir/ingest-sqlite.log"
ls -l "$db" | awk '{printf "store size: %.0f MB\n", $5 / 1e6}'
"$dateline" stats --db "$db" | tr -d ' \n'
echo

echo "# Query latency, in-process (ms)"
"$build/bench/store_query_bench" --db "$db" --repeat "${REPEAT:-20}"

echo "# Query latency through the command line, process start-up included (ms)"
times=()
for q in ceasefire "\"prisoner exchange\"" Lavrov "sanctions relief" "Zelensky OR Putin"; do
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$dateline" search --db "$db" --json "$q" >/dev/null
    "$dateline" search --db "$db" --json --actor RUS --from 2025-02-01 "$q" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 2000 )))
  done
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "{\"workload\":\"cli search\",\"p50_ms\":%.1f,\"p95_ms\":%.1f,\"max_ms\":%.1f}\n", a[int(NR*0.5+0.5)]/1000, a[int(NR*0.95+0.5)]/1000, a[NR]/1000}'
# Words found in a quarter to a half of the store (ranked among the most recent matches).
times=()
for q in officials minister talks "energy -gas" "pipel*"; do
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$dateline" search --db "$db" --json "$q" >/dev/null 2>&1
    "$dateline" search --db "$db" --json --event 04 "$q" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 2000 )))
  done
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "{\"workload\":\"cli search, common words\",\"p50_ms\":%.1f,\"p95_ms\":%.1f,\"max_ms\":%.1f}\n", a[int(NR*0.5+0.5)]/1000, a[int(NR*0.95+0.5)]/1000, a[NR]/1000}'
start=$(date +%s%N)
"$dateline" export events --db "$db" --actor RUS --from 2025-02-01 --to 2025-02-07 --format gdelt | wc -l | sed 's/^/gdelt rows (RUS, one week): /'
echo "export events --format gdelt (RUS, one week): $(( ($(date +%s%N) - start) / 1000000 )) ms"

echo "# Duplicates and stories against the truth"
"$dateline" export articles --db "$db" | python3 "$here/store_eval.py" "$corpus"

if [ -n "${DATELINE_BENCH_POSTGRES:-}" ]; then
  m=${PG_ARTICLES:-3000}
  head -n "$m" "$corpus" >"$dir/corpus-pg.jsonl"
  head -n "$m" "$corpus" >"$dir/corpus-sqlite-small.jsonl"
  rm -f "$dir/small.db"*
  echo "# Ingest rates on $m articles"
  "$dateline" ingest --db "$dir/small.db" -j"${JOBS:-2}" --no-progress "$dir/corpus-sqlite-small.jsonl" 2>&1 | tail -1
  "$dateline" ingest --db "$DATELINE_BENCH_POSTGRES" -j"${JOBS:-2}" --no-progress "$dir/corpus-pg.jsonl" 2>&1 | tail -1
fi
