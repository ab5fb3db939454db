#!/bin/sh
# Runs the whole test suite under a sanitizer, in its own build folder (.build-asan or
# .build-tsan): the tests then also run the sanitized `chronicle` binary.
#
#   scripts/sanitize.sh address|thread
set -eu
cd "$(dirname "$0")/.."
case "${1:-}" in
  address) scratch=.build-asan ;;
  thread) scratch=.build-tsan ;;
  *) echo "usage: scripts/sanitize.sh address|thread" >&2; exit 2 ;;
esac
LSAN_OPTIONS="suppressions=$PWD/scripts/sanitizers/lsan.supp:print_suppressions=0"
export LSAN_OPTIONS
exec swift test --sanitize="$1" --scratch-path "$scratch"
