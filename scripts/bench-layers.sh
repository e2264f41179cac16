#!/usr/bin/env bash
# What each rule layer costs against the plain-Java baseline: `bench firing` in a warm JVM over a
# generated country (311 regions × 300 series × 6 years), first with the classifying DRL files only,
# then adding valence.drl, then every file. The baseline mirrors the findings only, so every run
# compares findings; `bench firing` itself also times the classification layer beside all rules.
# Usage: scripts/bench-layers.sh [RUNS] [DATA_DIR]   (default: 10 runs, freshly generated data)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
data="${2:-}"
if [ -z "$data" ]; then
  data="$work/data"
  ./bedomning bench generate --out-dir "$data" >/dev/null
fi
layer() {
  local name="$1"; shift
  local rules="$work/rules-$name"
  cp -r "$root/rules" "$rules"
  for f in "$@"; do rm "$rules/$f"; done
  echo "== $name (left out: ${*:-nothing})"
  ./bedomning bench firing --data-dir "$data" --runs "$runs" --rules "$rules" | sed 's/^/   /' || true
}
layer classification valence.drl development.drl
layer with-valence development.drl
layer all
