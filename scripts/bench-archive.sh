#!/usr/bin/env bash
# Reopening a big corpus through the archive (issue 15), release build:
#   scripts/bench-archive.sh [SOURCE_DIR] [COPIES] [RUNS]
# defaults: ../shared/dev/polnear-train, 10 copies (8,400 articles), 3 runs.
# Copies SOURCE_DIR's *.txt COPIES times under $BENCH_DIR (default /tmp/chronicle-archive-bench),
# indexes them into a fresh archive with `chronicle index` (timed), indexes the unchanged folder
# again (timed), then reopens the explorer in a 120x40 tmux RUNS times and reports: articles on
# screen (CHRONICLE_TRACE_TIMING's corpus-shown: a preview of the first articles, or the whole
# corpus when it is small), the whole corpus in (corpus-loaded), explorer peak RSS against the
# text size, and key to frame for a filter (Enter on the first actor), clear (x) and G on the
# timeline.
set -euo pipefail
source "$(dirname "$0")/bench-corpus.sh"
bench_setup /tmp/chronicle-archive-bench "$@"
files=$(find "$corpus" -name '*.txt' | wc -l)
bytes=$(find "$corpus" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
echo "corpus: $files articles, $((bytes / 1000000)) MB of text under $corpus"

archive=$work/archive.sqlite
[ -n "${KEEP_ARCHIVE:-}" ] || rm -f "$archive" "$archive-wal" "$archive-shm"
timed() { /usr/bin/time -f '%e s, peak RSS %M KB' "$@" 2>&1 >/dev/null | tail -1; }
echo "index (first):     $(timed "$bin" index --archive "$archive" "$corpus")"
echo "index (unchanged): $(timed "$bin" index --archive "$archive" "$corpus")"
echo "archive: $(( $(stat -c %s "$archive") / 1000000 )) MB"

reopen() {  # one explorer run: prints "shown-ms loaded-ms rss-kb filter-ms clear-ms G-ms"
  local log=$work/trace.log rss=$work/rss.txt socket=chronicle-archive-bench-$$
  rm -f "$log" "$rss"
  tmux -L "$socket" new-session -d -x 120 -y 40 \
    "CHRONICLE_TRACE_TIMING=$log LANG=C.UTF-8 /usr/bin/time -f %M -o $rss $bin --archive $archive $corpus"
  for _ in $(seq 1 600); do grep -q corpus-loaded "$log" 2>/dev/null && break; sleep 0.05; done
  sleep 0.3
  for keys in 2 Enter x 1 G; do
    tmux -L "$socket" send-keys "$keys"
    sleep 0.3
  done
  tmux -L "$socket" send-keys q
  for _ in $(seq 1 100); do [ -s "$rss" ] && break; sleep 0.05; done
  tmux -L "$socket" kill-server 2>/dev/null || true
  sleep 0.2
  local shown loaded filter clear bottom
  shown=$(awk '/corpus-shown/ {print $2}' "$log")
  loaded=$(awk '/corpus-loaded/ {print $2}' "$log")
  filter=$(awk '/^key Enter/ {print $3}' "$log" | tail -1)
  clear=$(awk '/^key x/ {print $3}' "$log" | tail -1)
  bottom=$(awk '/^key G/ {print $3}' "$log" | tail -1)
  echo "${shown:-$loaded} $loaded $(cat "$rss") $filter $clear $bottom"
}

echo "reopen (articles on screen, whole corpus in, peak RSS, key to frame in ms):"
for run in $(seq 1 "$runs"); do
  read -r shown loaded rss filter clear bottom < <(reopen)
  python3 - "$run" "$shown" "$loaded" "$rss" "$bytes" "$filter" "$clear" "$bottom" <<'PY'
import sys
run, shown, loaded = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
rss, size = int(sys.argv[4]), int(sys.argv[5])
keys = sys.argv[6:]
print(f"  run {run}: on screen {shown/1000:.2f} s, whole corpus {loaded/1000:.2f} s,"
      f" peak RSS {rss/1024:.0f} MB"
      f" ({rss*1024/size:.1f}x the text); filter {keys[0]} ms, clear {keys[1]} ms, G {keys[2]} ms")
PY
done
