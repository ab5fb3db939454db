# Shared set-up of the explorer benchmarks (sourced, not run): reads the arguments
# [SOURCE_DIR] [COPIES] [RUNS] and $BENCH_DIR (default given as $1 to `bench_setup`), checks the
# release binary and tmux, and copies SOURCE_DIR's *.txt COPIES times under $work/corpus once.
# Sets root, source, copies, runs, work, bin and corpus.
bench_setup() {
  local default_work=$1
  shift
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  source=${1:-$root/../shared/dev/polnear-train}
  copies=${2:-10}
  runs=${3:-3}
  work=${BENCH_DIR:-$default_work}
  bin=$root/.build/release/chronicle
  [ -d "$source" ] || { echo "no corpus at $source" >&2; exit 1; }
  [ -x "$bin" ] || { echo "build first: swift build -c release --product chronicle" >&2; exit 1; }
  command -v tmux >/dev/null || { echo "tmux is needed for the explorer figures" >&2; exit 1; }
  corpus=$work/corpus
  if [ ! -f "$corpus/.done" ]; then
    rm -rf "$corpus"
    for copy in $(seq 1 "$copies"); do
      mkdir -p "$corpus/copy-$copy"
      cp "$source"/*.txt "$corpus/copy-$copy/"
    done
    touch "$corpus/.done"
  fi
}
