#!/usr/bin/env bash
# National batch benchmark: generates a country-sized data set (311 regions × 300 series × 6 years) and
# 4× and 16× that, drafts every region with `bedomning batch`, and prints whole-process wall time
# (median of RUNS; the budget for 1× is 10 s, all rule layers included), rule firing time and peak heap;
# then `bench firing` on the 1× data: the classification rules against the plain-Java baseline in a warm
# JVM, without JVM warm-up and threads sharing the cores, and whether both find the same.
# Usage: scripts/bench-national.sh [RUNS] [SCALES…]   (default: 3 runs, scales 1 4 16)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"; shift || true
scales=("${@:-1 4 16}")
[ $# -eq 0 ] && scales=(1 4 16)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
./bedomning --version >/dev/null
for scale in "${scales[@]}"; do
  regions=$((311 * scale))
  ./bedomning bench generate --out-dir "$work/data-$scale" --regions "$regions" 2>/dev/null
  times=()
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    start=$(date +%s%N)
    ./bedomning batch --data-dir "$work/data-$scale" --out-dir "$work/out" 2>"$work/log"
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n)); n=${#sorted[@]}
  if (( n % 2 )); then median=${sorted[n/2]}; else median=$(( (sorted[n/2-1] + sorted[n/2]) / 2 )); fi
  echo "${scale}× (${regions} regions): ${median} ms median (${sorted[0]}–${sorted[n-1]}, ${n} runs)"
  sed 's/^/    last run: /' "$work/log"
  if [ "$scale" = 1 ]; then
    echo "  rules against plain Java in a warm JVM (bench firing, 1×):"
    ./bedomning bench firing --data-dir "$work/data-$scale" | sed 's/^/    /'
  fi
  rm -rf "$work/data-$scale"
done
