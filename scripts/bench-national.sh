#!/usr/bin/env bash
# National batch benchmark: generates a country-sized data set (311 regions × 300 series × 6 years) and
# 4× and 16× that, drafts every region with `bedomning batch`, and prints whole-process wall time
# and CPU time (user + sys) as median (min–max) of RUNS (the budget for 1× is 10 s wall, all rule layers
# included), rule firing time and peak heap;
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
# Median and range of a list of numbers: "M (MIN–MAX)".
median_range() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
    printf "%.2f (%.2f–%.2f)", m, a[1], a[NR]}'
}
for scale in "${scales[@]}"; do
  regions=$((311 * scale))
  ./bedomning bench generate --out-dir "$work/data-$scale" --regions "$regions" 2>/dev/null
  walls=(); cpus=()
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    # Whole process, JVM start included; CPU is user + sys of the launcher and the JVM, which on a shared
    # machine says more than the wall time.
    TIMEFORMAT='%R %U %S'
    { time ./bedomning batch --data-dir "$work/data-$scale" --out-dir "$work/out" 2>"$work/log"; } 2>"$work/time"
    read -r real user sys <"$work/time"
    walls+=("$real"); cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')")
  done
  echo "${scale}× (${regions} regions, ${runs} runs): wall $(median_range "${walls[@]}") s, CPU $(median_range "${cpus[@]}") s median (min–max); load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?)"
  sed 's/^/    last run: /' "$work/log"
  if [ "$scale" = 1 ]; then
    echo "  rules against plain Java in a warm JVM (bench firing, 1×):"
    ./bedomning bench firing --data-dir "$work/data-$scale" | sed 's/^/    /'
  fi
  rm -rf "$work/data-$scale"
done
