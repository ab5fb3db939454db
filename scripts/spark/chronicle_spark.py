#!/usr/bin/env python3
"""Runs `chronicle extract` as the mapper of an Apache Spark job, then merges the results.

  python3 scripts/spark/chronicle_spark.py --chronicle BIN --input DIR --output OUT_DIR
      [--master local[2]] [--partitions N]

Each article becomes one JSON line {"path", "text", "published"}; every partition is piped
through `chronicle extract --input jsonl --format jsonl -` (RDD.pipe), which prints one
chronicle/1 object per document; the lines are saved as text part files, and
`chronicle merge` joins them into OUT_DIR/corpus.json with actors merged across documents.
On a cluster, use --master yarn (or spark://…) and ship the binary with --files; see README.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

from pyspark.sql import SparkSession

FRONT_DATE = re.compile(r"^---\n(?:.*\n)*?date:\s*(\d{4}-\d{2}-\d{2})", re.MULTILINE)


def article_line(item):
    path, text = item
    match = FRONT_DATE.match(text)
    record = {"path": os.path.basename(path), "text": text}
    if match:
        record["published"] = match.group(1)
    return json.dumps(record, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chronicle", required=True, help="path to the chronicle binary")
    parser.add_argument("--input", required=True, help="directory of .txt/.md articles")
    parser.add_argument("--output", required=True, help="directory for part files and corpus.json")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args()

    chronicle = os.path.abspath(args.chronicle)
    spark = (SparkSession.builder.master(args.master).appName("chronicle-extract")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    files = os.path.join(os.path.abspath(args.input), "**", "*.txt")
    articles = spark.sparkContext.wholeTextFiles(files, minPartitions=args.partitions)
    lines = articles.map(article_line)
    extracted = lines.pipe(f"{chronicle} extract --input jsonl --format jsonl -").cache()
    parts = os.path.join(os.path.abspath(args.output), "parts")
    extracted.saveAsTextFile(parts)
    documents = extracted.count()
    spark.stop()

    part_files = sorted(glob.glob(os.path.join(parts, "part-*")))
    corpus = os.path.join(os.path.abspath(args.output), "corpus.json")
    subprocess.run([chronicle, "merge", *part_files, "-o", corpus], check=True)
    print(f"{documents} documents extracted in {len(part_files)} partitions; merged into {corpus}")


if __name__ == "__main__":
    sys.exit(main())
