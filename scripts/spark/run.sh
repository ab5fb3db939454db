#!/usr/bin/env bash
# One command: build, generate a small deterministic corpus, extract it on Spark in local mode
# (PySpark from PyPI, Java from the machine), merge, and check the result against a plain
# `chronicle extract` of the same files.
#   scripts/spark/run.sh [MEGABYTES]     default 2
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${SPARK_WORK:-/tmp/chronicle-spark}
mb=${1:-2}
python3 -c 'import pyspark' 2>/dev/null || pip install -q pyspark
command -v java >/dev/null || { echo "Spark needs Java (apt-get install default-jre-headless)" >&2; exit 1; }
swift build -c release --package-path "$root" >/dev/null
bin=$root/.build/release/chronicle
rm -rf "$work" && mkdir -p "$work"
python3 "$root/Benchmarks/generate_corpus.py" "$work/articles" "$mb"
start=$(date +%s.%N)
python3 "$root/scripts/spark/chronicle_spark.py" --chronicle "$bin" --input "$work/articles" \
  --output "$work/out"
end=$(date +%s.%N)
"$bin" extract "$work/articles" -o "$work/direct.json"
python3 - "$work/out/corpus.json" "$work/direct.json" "$start" "$end" <<'PY'
import json, sys
spark, direct = (json.load(open(p)) for p in sys.argv[1:3])
keys = ["documents", "actors", "countries", "times", "quotes", "events"]
counts = {k: (len(spark[k]), len(direct[k])) for k in keys}
print("spark vs direct:", ", ".join(f"{k} {a}/{b}" for k, (a, b) in counts.items()))
print(f"spark job: {float(sys.argv[4]) - float(sys.argv[3]):.1f} s")
same = all(a == b for a, b in counts.values())
print("same totals" if same else "DIFFERENT totals")
sys.exit(0 if same else 1)
PY
