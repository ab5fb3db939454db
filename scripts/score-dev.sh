#!/usr/bin/env bash
# Scores a release build on the development set in ../shared/dev (evaluation only; the texts
# are never copied here). Prints the scorer's table for quotes (polnear) and times (timebank).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dev=${DEV:-$here/../shared/dev}
[ -d "$dev" ] || { echo "no development set at $dev" >&2; exit 1; }
swift build -c release --package-path "$here" >/dev/null
bin=$here/.build/release/chronicle
out=$(mktemp -d)
for set in polnear timebank; do
  "$bin" extract "$dev/$set"/*.txt > "$out/$set.json"
  echo "== $set"
  if [ "$set" = polnear ]; then rows='quotes|speaker'; else rows='times|DATE'; fi
  python3 "$dev/score.py" "$dev/$set" "$out/$set.json" | grep -E "$rows|documents"
done
rm -rf "$out"
