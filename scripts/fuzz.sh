#!/bin/sh
# Builds the libFuzzer harnesses (scripts/fuzz/) and runs each for RUNS executions from the seeds in
# scripts/fuzz/Seeds. A crash leaves its input in .build-fuzz/findings/; keep it as a regression test
# in the suite (an XCTest feeding the bytes) before fixing.
#
#   scripts/fuzz.sh [RUNS] [extract|config]     # default 1000000, both
set -eu
cd "$(dirname "$0")/.."
runs="${1:-1000000}"
only="${2:-}"
export CHRONICLE_FUZZ=1
export SWIFT_BACKTRACE=enable=no  # let libFuzzer catch the crash and save its input
flags="-Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld"  # gold crashes on these links
out=.build-fuzz/findings
mkdir -p "$out"
for fuzzer in extract config; do
  [ -n "$only" ] && [ "$only" != "$fuzzer" ] && continue
  case $fuzzer in
    extract) product=ExtractFuzzer max_len=4096 ;;
    config) product=ConfigFuzzer max_len=1024 ;;
  esac
  # shellcheck disable=SC2086
  swift build -c release --scratch-path .build-fuzz $flags --product "$product"
  corpus=".build-fuzz/corpus-$fuzzer"
  mkdir -p "$corpus"
  ".build-fuzz/release/$product" "$corpus" "scripts/fuzz/Seeds/$fuzzer" -runs="$runs" \
    -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$out/$fuzzer-"
done
