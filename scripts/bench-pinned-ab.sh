#!/usr/bin/env bash
# Paired A/B of two builds or two rule folders, for a host whose speed drifts by a third between minutes.
# Each round runs A and B at the same time, each as a single-threaded `batch` pinned to a core of its own
# (taskset), and swaps the cores every round; the drift then hits both alike and the ratio B/A of each round
# is the figure, not the times. On this 2-core machine two such runs agreed within 0,90–1,01 when A and B
# were the same (A/A, 4 rounds), so a difference under about 3 % needs more rounds than the default.
# Usage: scripts/bench-pinned-ab.sh CHECKOUT_A CHECKOUT_B [ROUNDS] [DATA_DIR] [RULES_A] [RULES_B]
#   CHECKOUT_*: a built checkout (its target/bedomning.jar); RULES_* default to each checkout's rules/;
#   DATA_DIR defaults to 100 regions of a freshly generated country. Needs 2 free cores and taskset.
set -euo pipefail
a="$(cd "${1:?checkout A}" && pwd)"; b="$(cd "${2:?checkout B}" && pwd)"
rounds="${3:-8}"; data="${4:-}"; rules_a="${5:-$a/rules}"; rules_b="${6:-$b/rules}"
command -v taskset >/dev/null || { echo "taskset is missing (util-linux)" >&2; exit 2; }
[ "$(nproc)" -ge 2 ] || { echo "needs two cores" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for c in "$a" "$b"; do "$c/bedomning" --version >/dev/null; done   # builds jars and class-data archives first
if [ -z "$data" ]; then
  "$a/bedomning" bench generate --out-dir "$work/all" >/dev/null
  mkdir "$work/data"
  find "$work/all" -name '*.json' | sort | head -100 | xargs -I{} mv {} "$work/data/"
  data="$work/data"
fi
# The launcher's batch settings (C1 only, serial collector, its class-data archives), one drafting thread.
run() { # core checkout rules out
  local home="$2"
  /usr/bin/time -f "%e" -o "$work/time-$1" taskset -c "$1" java -Dbedomning.home="$home" -Dfile.encoding=UTF-8 \
    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn600m -Xlog:disable -Xlog:all=error:stderr \
    -XX:SharedArchiveFile="$home/target/bedomning-base.jsa:$home/target/bedomning.jsa" \
    -jar "$home/target/bedomning.jar" batch --threads 1 --rules "$3" --data-dir "$data" --out-dir "$4" --force \
    >/dev/null 2>"$work/err-$1" || { cat "$work/err-$1" >&2; exit 1; }
}
# One unmeasured pair: each rule folder's compiled rules are cached and the files are in the page cache.
run 0 "$a" "$rules_a" "$work/out-a" & run 1 "$b" "$rules_b" "$work/out-b" & wait
ratios=()
for r in $(seq "$rounds"); do
  if (( r % 2 )); then ca=0; cb=1; else ca=1; cb=0; fi
  run "$ca" "$a" "$rules_a" "$work/out-a" & run "$cb" "$b" "$rules_b" "$work/out-b" & wait
  ta=$(cat "$work/time-$ca"); tb=$(cat "$work/time-$cb")
  ratio=$(awk -v x="$tb" -v y="$ta" 'BEGIN {printf "%.4f", x / y}')
  ratios+=("$ratio")
  echo "round $r: A ${ta} s (core $ca)  B ${tb} s (core $cb)  B/A $ratio"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2;
  printf "B/A median %.3f (%.3f–%.3f, %d rounds)\n", m, v[1], v[NR], NR}'
