#!/usr/bin/env bash
# Golden files: each input in examples/ and tests/golden/cases/ is analysed by
# the real command line and compared with tests/golden/expected/<name>.jsonl.
#   tests/golden.sh DATELINE            compare (ctest runs this)
#   tests/golden.sh DATELINE --update   rewrite the expected files; review the diff
set -uo pipefail
bin=$(realpath "$1")
update=${2:-}
cd "$(dirname "$0")/.."
fail=0
count=0
for input in examples/* tests/golden/cases/*; do
  [ -f "$input" ] || continue
  expected="tests/golden/expected/$(basename "$input").jsonl"
  actual=$("$bin" analyze --no-progress -j 1 "$input" 2>/dev/null)
  count=$((count + 1))
  if [ "$update" = "--update" ]; then
    printf '%s\n' "$actual" > "$expected"
    continue
  fi
  if [ ! -f "$expected" ]; then
    echo "golden: no expected output for $input (run tests/golden.sh build/dateline --update)"
    fail=1
  elif ! diff <(printf '%s\n' "$actual") "$expected" > /tmp/golden.$$.diff; then
    echo "golden: $input differs from $expected:"
    head -c 4000 /tmp/golden.$$.diff
    fail=1
  fi
done
rm -f /tmp/golden.$$.diff
echo "golden: $count cases checked"
exit $fail
