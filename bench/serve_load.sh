#!/usr/bin/env bash
# Load check of `dateline serve` with wrk, on loopback only, bounded in time
# and connections: ingests examples/ into a temp store, serves it on a free
# port, and reports requests/s, p99 latency and errors for a search and an
# article request. Not part of `make test`.
#
# Usage: bench/serve_load.sh [BUILD_DIR] [DURATION] [CONNECTIONS]   (defaults: build 5s 8)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
duration=${2:-5s}
connections=${3:-8}
command -v wrk >/dev/null || { echo "serve_load: wrk is missing (apt-get install wrk)" >&2; exit 2; }
dateline="$build/dateline"
[ -x "$dateline" ] || { echo "serve_load: $dateline not built (make build)" >&2; exit 2; }

work=$(mktemp -d)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
"$dateline" ingest --db "$work/load.db" --no-progress examples/ >/dev/null 2>&1 || true
"$dateline" serve --db "$work/load.db" --host 127.0.0.1 --port 0 2>"$work/serve.log" &
server=$!
for _ in $(seq 100); do
  port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.log")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "${port:-}" ] || { cat "$work/serve.log" >&2; exit 1; }
base="http://127.0.0.1:$port"
id=$("$dateline" search --db "$work/load.db" --json talks | head -1 | sed 's/^{"id":"\([^"]*\)".*/\1/')

run() {
  local name=$1 path=$2 out
  out=$(wrk -t2 -c"$connections" -d"$duration" --latency "$base$path")
  local rps p99 errors
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses:/ {print $5} /Socket errors:/ {print "socket:" $0}' <<<"$out")
  printf '%-10s %-45s %10s req/s   p99 %8s   errors: %s\n' "$name" "$path" "$rps" "$p99" "${errors:-0}"
}
echo "wrk -t2 -c$connections -d$duration on $base ($(nproc) cores)"
run search "/api/search?q=talks"
run search "/api/search?q=port%20OR%20strike&limit=10"
run article "/api/articles/$id"
run stats "/api/stats"
