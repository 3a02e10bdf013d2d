"""gov_extract as a Spark job: articles in, one Parquet dataset per record type out.

Input: a folder of UTF-8 ``.txt`` files (one article per file; ``article_id`` = the file
name without ``.txt``) or a Parquet table with a text column (``--text-col``, and
optionally ``--id-col``, ``--published-col``, ``--region-col``). Output:
``OUT/metrics``, ``OUT/rankings``, ``OUT/projects``, ``OUT/persons``, ``OUT/meetings`` and
``OUT/errors`` (articles whose extraction raised: ``article_id, error_type, message``),
each a Parquet dataset. The extraction runs once (the wide result is persisted), the six
writes read it back.

Locally (the executors use this Python; ``PYSPARK_PYTHON`` is set to it for ``local`` masters)::

    python examples/spark_job.py /work/shared/dev out/ --master 'local[2]'
    python examples/spark_job.py articles.parquet out/ --text-col body --id-col id --published-col date

On a cluster the executors' Python must be able to import gov_extract *and its
dependencies* (spaCy, spacy-pkuseg, pydantic, regex, cn2an); the wheel carries the model
and the data tables, so nothing else is needed. Either

1. the nodes already have the dependencies (in the image, or the same requirements):
   ship just the package, as its wheel under a ``.zip`` name (a wheel is a zip file;
   Spark puts only ``.zip``/``.egg``/``.py`` files of ``--py-files`` on the executors'
   ``PYTHONPATH``, a ``.whl`` is shipped but not importable there)::

       pip wheel --no-deps -w dist . && cp dist/gov_extract-0.1.0-py3-none-any.whl dist/gov_extract.zip
       spark-submit --master yarn --py-files dist/gov_extract.zip \\
           examples/spark_job.py hdfs:///news/txt hdfs:///news/gov_extract --partitions 200

2. or ship a packed virtualenv with everything (works on bare nodes of the same OS/arch)::

       python -m venv env && env/bin/pip install 'gov_extract[spark]' venv-pack
       env/bin/venv-pack -o env.tar.gz
       PYSPARK_PYTHON=./environment/bin/python spark-submit --master yarn \\
           --conf spark.archives=env.tar.gz#environment \\
           examples/spark_job.py hdfs:///news/txt hdfs:///news/gov_extract --partitions 200

See docs/spark.md.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Dict, List, Optional


def parse_args(argv: Optional[List[str]] = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("input", help="a folder of .txt files, or a Parquet file/folder with a text column")
    p.add_argument("output", help="output folder: one Parquet dataset per record type (+ errors)")
    p.add_argument("--format", choices=("auto", "text", "parquet"), default="auto",
                   help="input format (auto: parquet if INPUT ends in .parquet or holds .parquet files)")
    p.add_argument("--text-col", default="text", help="Parquet input: the text column (default: text)")
    p.add_argument("--id-col", default=None,
                   help="Parquet input: the id column (default: a hash of the text, see gov_extract.spark)")
    p.add_argument("--published-col", default=None, help="Parquet input: per-article date / year column")
    p.add_argument("--region-col", default=None, help="Parquet input: per-article home region column")
    p.add_argument("--published", default=None, help="one publication date/year for every article (e.g. 2025-02-12)")
    p.add_argument("--region", default=None, help="one home region for every article (e.g. 永康市)")
    p.add_argument("--partitions", type=int, default=None,
                   help="repartition the articles (a few per executor core) before extraction")
    p.add_argument("--output-files", type=int, default=None,
                   help="coalesce each output table to at most this many files")
    p.add_argument("--master", default=None,
                   help="Spark master, e.g. 'local[2]' (default: spark-submit's, or local[*] when run with python)")
    return p.parse_args(argv)


def _is_parquet(spark, path: str) -> bool:
    if path.rstrip("/").endswith(".parquet"):
        return True
    if os.path.isdir(path):
        return any(name.endswith(".parquet") for name in os.listdir(path))
    return False


def read_articles(spark, args):
    """-> (DataFrame, id_col, published_col, region_col) for extract_dataframe."""
    from pyspark.sql import functions as F

    fmt = args.format
    if fmt == "auto":
        fmt = "parquet" if _is_parquet(spark, args.input) else "text"
    if fmt == "parquet":
        df = spark.read.parquet(args.input)
        text_col, id_col = args.text_col, args.id_col
        published_col, region_col = args.published_col, args.region_col
    else:
        df = (spark.read.option("pathGlobFilter", "*.txt").text(args.input, wholetext=True)
              .select(F.regexp_replace(F.col("_metadata.file_name"), r"\.txt$", "").alias("article_id"),
                      F.col("value").alias("text")))
        text_col, id_col, published_col, region_col = "text", "article_id", None, None
    # One value for every article: a constant column (a per-article column wins).
    if args.published is not None and published_col is None:
        df, published_col = df.withColumn("__published", F.lit(args.published)), "__published"
    if args.region is not None and region_col is None:
        df, region_col = df.withColumn("__region", F.lit(args.region)), "__region"
    return df, text_col, id_col, published_col, region_col


def run(spark, args) -> Dict[str, int]:
    """Extract and write; returns {table: row count}."""
    from gov_extract.spark import extract_dataframe

    df, text_col, id_col, published_col, region_col = read_articles(spark, args)
    frames = extract_dataframe(df, text_col, id_col=id_col, published_col=published_col,
                               region_col=region_col, num_partitions=args.partitions)
    counts = {}
    try:
        for table, frame in frames.items():  # the first write runs the extraction, the rest read the cache
            if args.output_files:
                frame = frame.coalesce(args.output_files)
            frame.write.mode("overwrite").parquet(os.path.join(args.output, table))
        counts = {table: frame.count() for table, frame in frames.items()}
    finally:
        frames.unpersist()
    return counts


def main(argv: Optional[List[str]] = None, spark=None) -> int:
    """Run the job; ``spark``: an existing session (kept open), else one is created and stopped."""
    args = parse_args(argv)
    own_session = spark is None
    if own_session:
        from pyspark.sql import SparkSession

        builder = SparkSession.builder.appName("gov_extract")
        under_spark_submit = "PYSPARK_GATEWAY_PORT" in os.environ
        master = args.master or (None if under_spark_submit else "local[*]")
        if master:
            builder = builder.master(master)
        if master and master.startswith("local"):
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # local workers: this interpreter
        spark = builder.getOrCreate()
    started = time.perf_counter()
    try:
        counts = run(spark, args)
    finally:
        if own_session:
            spark.stop()
    seconds = time.perf_counter() - started
    print(f"gov_extract: wrote {args.output} in {seconds:.1f}s: "
          + ", ".join(f"{table} {n}" for table, n in counts.items()), file=sys.stderr)
    if counts.get("errors"):
        print(f"gov_extract: {counts['errors']} article(s) failed, see {os.path.join(args.output, 'errors')}",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
