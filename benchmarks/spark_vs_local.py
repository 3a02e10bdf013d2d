"""Throughput of gov_extract.spark (local[N]) against single-process extract_many, same run.

    .venv/bin/python benchmarks/spark_vs_local.py                 # seeds + dev, x10 = 420 articles
    .venv/bin/python benchmarks/spark_vs_local.py --repeat 5 --master 'local[2]' --partitions 8

Articles: the five seeds (shared/seeds) and the dev articles (shared/dev), repeated
``--repeat`` times (each copy gets its own id). Measured, in this order, in one process:

1. ``local``: ``list(extract_many(texts))`` in this process (n_process=1), after one warm-up
   ``extract`` (the model load is reported separately as ``local_load_s``);
2. ``spark_cold``: a fresh SparkSession (start-up reported separately as ``session_start_s``);
   ``extract_dataframe`` + writing all six tables to the ``noop`` sink. Includes the
   executors' Python workers starting, importing gov_extract and loading the model;
3. ``spark_warm``: the same again (the Python workers are reused: model already loaded).

Prints a Markdown table and a JSON line. The record counts of the three runs are checked
to be equal. Numbers depend on the machine's load: on a shared 2-core box they are noisy.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_articles(repeat: int):
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "dev").glob("*.txt"))
    base = [(p.stem, p.read_text(encoding="utf-8")) for p in paths]
    return [(f"{k}/{stem}", text) for k in range(repeat) for stem, text in base]


def run_local(articles):
    from gov_extract import extract, extract_many
    from gov_extract.export import to_rows

    t0 = time.perf_counter()
    extract(articles[0][1])  # warm-up on a real article: loads the model (NER, segmenter)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    results = list(extract_many([text for _, text in articles]))
    seconds = time.perf_counter() - t0
    counts = {}
    for (article_id, _), x in zip(articles, results):
        for rt, rows in to_rows(x, article_id).items():
            counts[rt] = counts.get(rt, 0) + len(rows)
    return load_s, seconds, counts


def run_spark(spark, articles, partitions):
    from gov_extract.spark import extract_dataframe

    df = spark.createDataFrame(articles, "id string, text string")
    t0 = time.perf_counter()
    frames = extract_dataframe(df, "text", id_col="id", num_partitions=partitions)
    for frame in frames.values():  # the first one fills the cache, the others read it
        frame.write.format("noop").mode("overwrite").save()
    seconds = time.perf_counter() - t0
    counts = {table: frame.count() for table, frame in frames.items()}
    frames.unpersist(blocking=True)
    return seconds, counts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=4, help="input partitions (default 4: 2 per core of local[2])")
    args = ap.parse_args(argv)

    articles = load_articles(args.repeat)
    n = len(articles)
    chars = sum(len(t) for _, t in articles)
    print(f"{n} articles, {chars} characters; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs",
          file=sys.stderr)

    load_s, local_s, local_counts = run_local(articles)
    print(f"local: {local_s:.1f}s", file=sys.stderr)

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    t0 = time.perf_counter()
    spark = (SparkSession.builder.master(args.master).appName("gov_extract-bench")
             .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    session_s = time.perf_counter() - t0
    try:
        cold_s, cold_counts = run_spark(spark, articles, args.partitions)
        print(f"spark cold: {cold_s:.1f}s", file=sys.stderr)
        warm_s, warm_counts = run_spark(spark, articles, args.partitions)
        print(f"spark warm: {warm_s:.1f}s", file=sys.stderr)
        import pyspark
        spark_version = pyspark.__version__
    finally:
        spark.stop()

    expected = dict(local_counts, errors=0)
    consistent = cold_counts == expected and warm_counts == expected
    if not consistent:  # e.g. the extractor's code changed between the runs (editable install)
        print(f"record counts differ: local {expected}, spark cold {cold_counts}, spark warm {warm_counts}",
              file=sys.stderr)
    result = {
        "articles": n, "chars": chars, "master": args.master, "partitions": args.partitions,
        "cpus": os.cpu_count(), "loadavg_end": round(os.getloadavg()[0], 1),
        "python": platform.python_version(), "pyspark": spark_version,
        "local_load_s": round(load_s, 2), "local_s": round(local_s, 2),
        "session_start_s": round(session_s, 2), "spark_cold_s": round(cold_s, 2), "spark_warm_s": round(warm_s, 2),
        "local_articles_per_s": round(n / local_s, 1),
        "spark_cold_articles_per_s": round(n / cold_s, 1),
        "spark_warm_articles_per_s": round(n / warm_s, 1),
        "ratio_cold": round(local_s / cold_s, 2), "ratio_warm": round(local_s / warm_s, 2),
        "records": local_counts, "same_records": consistent,
    }
    print("| run | seconds | articles/s | speed-up vs local |")
    print("|---|---:|---:|---:|")
    print(f"| extract_many, 1 process (model loaded before: {load_s:.1f}s) | {local_s:.1f} | {n / local_s:.1f} | 1.00 |")
    print(f"| Spark {args.master}, cold workers (session start {session_s:.1f}s not included) "
          f"| {cold_s:.1f} | {n / cold_s:.1f} | {local_s / cold_s:.2f} |")
    print(f"| Spark {args.master}, warm workers | {warm_s:.1f} | {n / warm_s:.1f} | {local_s / warm_s:.2f} |")
    print(json.dumps(result, ensure_ascii=False))
    return 0 if consistent else 1


if __name__ == "__main__":
    sys.exit(main())
