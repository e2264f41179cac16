#!/usr/bin/env bash
# Benchmark (not a test) of the analyst's workbook: a generated region with 300 series (bench generate), written
# as a workbook, then read back — in one JVM (the first read, POI's class loading included, then warm reads),
# and as whole-process `draft` from the workbook against the same data as JSON (fresh JVMs). Medians with min–max.
# Usage: scripts/bench-workbook.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./bedomning --version >/dev/null   # builds the jar first if needed, outside the measurement
./bedomning bench generate --out-dir "$work/data" --regions 1 --series 300 --years 6 >/dev/null 2>&1
json="$work/data/region-0000.json"
./bedomning workbook --data "$json" --year "$(grep -o '"year":[0-9]*' "$json" | head -1 | cut -d: -f2)" \
  --out "$work/region.xlsx" 2>/dev/null
echo "workbook: $(stat -c %s "$work/region.xlsx") bytes"
java -cp target/bedomning.jar -Dfile.encoding=UTF-8 scripts/WorkbookReadBench.java rules "$work/region.xlsx" "$runs"

whole() {   # median (min–max) ms of ./bedomning draft --data $1 over $runs fresh JVMs
  local times=() s e
  ./bedomning draft --data "$1" >/dev/null
  for _ in $(seq "$runs"); do
    s=$(date +%s%N); ./bedomning draft --data "$1" >/dev/null; e=$(date +%s%N)
    times+=($(( (e - s) / 1000000 )))
  done
  local sorted=($(printf '%s\n' "${times[@]}" | sort -n)) n=${#times[@]} m
  if (( n % 2 )); then m=${sorted[n/2]}; else m=$(( (sorted[n/2-1] + sorted[n/2]) / 2 )); fi
  echo "${m} ms median (${sorted[0]}–${sorted[n-1]}, ${n} runs)"
}
echo "whole-process draft, 300 series as JSON:     $(whole "$json")"
echo "whole-process draft, 300 series as workbook: $(whole "$work/region.xlsx")"
