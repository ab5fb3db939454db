#!/bin/sh
# Checks that no input takes more than linear time: for each adversarial shape, times
# `chronicle extract` (release build) on an input of SIZE and of 2×SIZE bytes and prints the
# ratio. A linear pipeline gives about 2; a quadratic one about 4.
#
#   scripts/bench-linear.sh [SIZE]      # default SIZE = 2000000 bytes
set -eu
cd "$(dirname "$0")/.."
size="${1:-2000000}"
swift build -c release --product chronicle >/dev/null
binary="$(swift build -c release --show-bin-path)/chronicle"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

seconds() {  # best of three runs, in seconds
  best=""
  for _ in 1 2 3; do
    start=$(date +%s.%N)
    "$binary" extract --date 2025-05-09 "$1" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

printf '%-18s %10s %10s %10s %6s\n' shape bytes "t(N) s" "t(2N) s" ratio
for shape in long-line many-quotes capitalised short-paragraphs nested-quotes quoted-speech \
  said-chain; do
  python3 scripts/bench/adversarial.py "$shape" "$size" "$work/one.txt"
  python3 scripts/bench/adversarial.py "$shape" $((size * 2)) "$work/two.txt"
  one=$(seconds "$work/one.txt")
  two=$(seconds "$work/two.txt")
  printf '%-18s %10s %10.3f %10.3f %6.2f\n' "$shape" "$size" "$one" "$two" \
    "$(echo "$two / $one" | bc -l)"
done
