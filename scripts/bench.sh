#!/usr/bin/env bash
# Whole-process benchmark: runs `./bedomning draft` on the bundled 2024 fixture N times (a fresh JVM
# each time) and prints the median with min–max, then the in-process figures from `bedomning bench`.
# Usage: scripts/bench.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
cd "$root"
./bedomning --version >/dev/null   # builds the jar first if needed, outside the measurement
./bedomning draft >/dev/null        # one warm-up run (file cache)
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./bedomning draft >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
if (( n % 2 )); then median=${sorted[n/2]}; else median=$(( (sorted[n/2-1] + sorted[n/2]) / 2 )); fi
echo "whole-process draft (2024 fixture): ${median} ms median (${sorted[0]}–${sorted[n-1]}, ${n} runs)"
./bedomning bench --runs "$runs"
