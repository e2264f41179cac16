#!/usr/bin/env bash
# Benchmark (not a test) of the HTML draft: whole-process `draft --format html` of the bundled 2024 fixture
# (one region, fresh JVM each run, as a user runs it; `--format md` beside it for comparison), then
# `batch --format html` over a generated country (311 regions × 300 series × 6 years, bench generate).
# Medians with min–max.
# Usage: scripts/bench-html.sh [RUNS] [BATCH_RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
batch_runs="${2:-3}"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./bedomning --version >/dev/null   # builds the jar (and the class-data archive) first, outside the measurement
./bedomning draft >/dev/null

stats() {   # median (min–max) of the numbers on standard input
  local sorted=($(sort -n)) n m
  n=${#sorted[@]}
  if (( n % 2 )); then m=${sorted[n/2]}; else m=$(( (sorted[n/2-1] + sorted[n/2]) / 2 )); fi
  echo "${m} ms median (${sorted[0]}–${sorted[n-1]}, ${n} runs)"
}

times() {   # $1 runs of the command after it, each in a fresh JVM; prints one ms figure per run
  local n=$1 s e; shift
  for _ in $(seq "$n"); do
    s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done
}

echo "draft --format html, 2024 fixture (cold JVM): $(times "$runs" ./bedomning draft --format html --out "$work/d.html" --force | stats)"
echo "draft --format md,   2024 fixture (cold JVM): $(times "$runs" ./bedomning draft --format md --out "$work/d.md" --force | stats)"
echo "page: $(stat -c %s "$work/d.html") bytes, $(grep -o '<svg' "$work/d.html" | wc -l) charts"

./bedomning bench generate --out-dir "$work/country" >/dev/null 2>&1
regions=$(find "$work/country" -maxdepth 1 -name '*.json' | wc -l)
echo "batch --format html, $regions generated regions: $(times "$batch_runs" ./bedomning batch --data-dir "$work/country" --out-dir "$work/out" --format html --force | stats)"
echo "batch --format md,   $regions generated regions: $(times "$batch_runs" ./bedomning batch --data-dir "$work/country" --out-dir "$work/out-md" --format md --force | stats)"
echo "pages: $(find "$work/out" -name '*.html' | wc -l), $(du -sh "$work/out" | cut -f1) in all"
