#!/usr/bin/env bash
# Benchmark (not a test) of the Word output: whole-process `draft --format docx` of the bundled 2024 fixture
# (fresh JVMs, the first run after a build excluded: it makes the class-data archive), against `draft` as
# Markdown in the same runs; then `batch --format docx` over a generated country (bench generate: 311 regions)
# against `batch` as Markdown over the same data. Medians with min–max.
# Targets (issue 16): one region ≤ 1,5 s cold; 311 regions ≤ 30 s.
# Usage: scripts/bench-docx.sh [RUNS] [BATCH_RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
batch_runs="${2:-3}"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./bedomning --version >/dev/null   # builds the jar first if needed, outside the measurement
./bedomning draft >/dev/null       # and the class-data archive

stats() {   # median (min–max) of the numbers on stdin
  local sorted=($(sort -n)) n m
  n=${#sorted[@]}
  if (( n % 2 )); then m=${sorted[n/2]}; else m=$(( (sorted[n/2-1] + sorted[n/2]) / 2 )); fi
  echo "${m} ms median (${sorted[0]}–${sorted[n-1]}, ${n} runs)"
}

time_ms() {   # runs "$@" once; prints its wall time in ms
  local s e
  s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
}

md=() docx=()
for _ in $(seq "$runs"); do
  md+=($(time_ms ./bedomning draft --out "$work/draft.md" --force))
  docx+=($(time_ms ./bedomning draft --format docx --out "$work/draft.docx" --force))
done
echo "draft 2024, Markdown:   $(printf '%s\n' "${md[@]}" | stats)"
echo "draft 2024, Word:       $(printf '%s\n' "${docx[@]}" | stats)   ($(stat -c %s "$work/draft.docx") bytes)"

./bedomning bench generate --out-dir "$work/country" >/dev/null 2>&1
n=$(ls "$work/country" | wc -l)
bmd=() bdocx=()
for _ in $(seq "$batch_runs"); do
  bmd+=($(time_ms ./bedomning batch --data-dir "$work/country" --out-dir "$work/out-md" --force))
  bdocx+=($(time_ms ./bedomning batch --data-dir "$work/country" --out-dir "$work/out-docx" --format docx --force))
done
echo "batch $n regions, Markdown: $(printf '%s\n' "${bmd[@]}" | stats)"
echo "batch $n regions, Word:     $(printf '%s\n' "${bdocx[@]}" | stats)   ($(du -sm "$work/out-docx" | cut -f1) MB)"

# The Word writer alone, in one JVM, over 20 of the regions (drafted first, not timed): wall and CPU time per
# document, so the writer's cost shows apart from the rules' (and, on a shared machine, from the neighbours').
mkdir -p "$work/twenty"
ls "$work/country" | head -20 | while read -r f; do cp "$work/country/$f" "$work/twenty/"; done
java -cp target/bedomning.jar -Dfile.encoding=UTF-8 scripts/DocxWriteBench.java rules "$work/twenty" 3
