#!/usr/bin/env bash
# Search through the archive's full-text index (issue 15), release build:
#   scripts/bench-search.sh [SOURCE_DIR] [COPIES] [RUNS]
# defaults: ../shared/dev/polnear-train, 10 copies (8,400 articles), 3 runs.
# Copies SOURCE_DIR's *.txt COPIES times under $BENCH_DIR (default /tmp/chronicle-search-bench),
# indexes them into a fresh archive (timed; its size is printed), times `chronicle search` for
# a rare, a common and a very common query, then opens the explorer in a 120x40 tmux RUNS times
# and reports key to frame (CHRONICLE_TRACE_TIMING) for `/` in the Source pane across every
# article (Enter of the search), `n`, `N` and a second search.
set -euo pipefail
source "$(dirname "$0")/bench-corpus.sh"
bench_setup /tmp/chronicle-search-bench "$@"
echo "corpus: $(find "$corpus" -name '*.txt' | wc -l) articles under $corpus"

archive=$work/archive.sqlite
[ -n "${KEEP_ARCHIVE:-}" ] || rm -f "$archive" "$archive-wal" "$archive-shm"
timed() { /usr/bin/time -f '%e s (%U s user, %S s system)' "$@" 2>&1 >/dev/null | tail -1; }
echo "index (first): $(timed "$bin" index --archive "$archive" "$corpus")"
echo "archive: $(( $(stat -c %s "$archive") / 1000000 )) MB"
for query in "lavrov" "foreign minister" "said"; do
  echo "search '$query': $("$bin" search --archive "$archive" "$query" | wc -l) paragraphs," \
    "$(timed "$bin" search --archive "$archive" "$query")"
done

search_keys() {  # one explorer run: prints "first-search-ms n-ms N-ms second-search-ms"
  local log=$work/trace.log socket=chronicle-search-bench-$$
  rm -f "$log"
  tmux -L "$socket" new-session -d -x 120 -y 40 \
    "CHRONICLE_TRACE_TIMING=$log LANG=C.UTF-8 $bin --archive $archive $corpus"
  for _ in $(seq 1 600); do grep -q corpus-loaded "$log" 2>/dev/null && break; sleep 0.05; done
  sleep 0.3
  tmux -L "$socket" send-keys 4
  tmux -L "$socket" send-keys -l "/foreign minister"
  for keys in Enter n N; do
    tmux -L "$socket" send-keys "$keys"
    sleep 0.5
  done
  tmux -L "$socket" send-keys -l "/lavrov"
  tmux -L "$socket" send-keys Enter
  sleep 0.5
  tmux -L "$socket" send-keys q
  sleep 0.3
  tmux -L "$socket" kill-server 2>/dev/null || true
  echo "$(awk '/^key Enter/ {print $3}' "$log" | head -1)" \
    "$(awk '/^key n / {print $3}' "$log" | tail -1)" "$(awk '/^key N / {print $3}' "$log" | tail -1)" \
    "$(awk '/^key Enter/ {print $3}' "$log" | tail -1)"
}

echo "explorer, '/foreign minister', n, N, then '/lavrov' in the Source pane (key to frame):"
for run in $(seq 1 "$runs"); do
  read -r search next previous again < <(search_keys)
  echo "  run $run: first search $search ms, n $next ms, N $previous ms, second search $again ms"
done
