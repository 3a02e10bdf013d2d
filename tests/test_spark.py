"""gov_extract.spark: a real local[2] SparkSession over the seeds and the dev articles.

Skips only when pyspark/pyarrow or Java are missing (CI installs the ``spark`` extra, so
it runs there). One SparkSession and one extraction job for the module; keep it short.
"""
import csv
import hashlib
import importlib.util
import math
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install gov_extract[spark])")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install gov_extract[spark])")


def _java_available() -> bool:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").exists():
        return True
    if not shutil.which("java"):
        return False
    try:
        return subprocess.run(["java", "-version"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


if not _java_available():  # pragma: no cover - depends on the machine
    pytest.skip("Java is not available (pyspark needs a JVM: install Java 17 or set JAVA_HOME)",
                allow_module_level=True)

from gov_extract import extract  # noqa: E402
from gov_extract.export import COLUMNS, to_rows  # noqa: E402
from gov_extract.records import RECORD_TYPES  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
DEV = sorted((SHARED / "dev").glob("*.txt"))
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "spark_job.py"

if not SEEDS or not DEV:  # pragma: no cover - depends on the checkout
    pytest.skip(f"the shared articles are missing ({SHARED}/seeds, {SHARED}/dev)", allow_module_level=True)

BAD_TEXT_ID = "bad-null-text"        # a NULL text: extract() raises TypeError
BAD_PUBLISHED_ID = "bad-published"   # published="yesterday": extract() raises ValueError


def _dev_metadata():
    """file -> (published year, region) from SOURCES.tsv; annotated values ("（推断）") are dropped."""
    meta = {}
    with open(SHARED / "dev" / "SOURCES.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            year = re.match(r"\d{4}", row.get("year") or "")
            region = row.get("region") or ""
            meta[row["file"]] = (str(year.group(0)) if year else None, None if "（" in region else region or None)
    return meta


def _articles():
    """[(id, text, published, region)]: seeds (no metadata), dev (year + region), two bad ones."""
    meta = _dev_metadata()
    rows = [(f"seed/{p.stem}", p.read_text(encoding="utf-8"), None, None) for p in SEEDS]
    for p in DEV:
        published, region = meta.get(p.name, (None, None))
        rows.append((f"dev/{p.stem}", p.read_text(encoding="utf-8"), published, region))
    rows.append((BAD_TEXT_ID, None, None, None))
    rows.append((BAD_PUBLISHED_ID, "2024年，我市地区生产总值835.5亿元、增长6.3%。", "yesterday", "永康市"))
    return rows


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    saved = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers must import this gov_extract
    session = (
        SparkSession.builder.master("local[2]")
        .appName("gov_extract-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.driver.memory", "1g")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if saved is None:
        os.environ.pop("PYSPARK_PYTHON", None)
    else:
        os.environ["PYSPARK_PYTHON"] = saved


@pytest.fixture(scope="module")
def articles():
    return _articles()


@pytest.fixture(scope="module")
def extracted(spark, articles):
    """One extraction job over all articles: {table: [row dict]}, plus the frames."""
    from gov_extract.spark import extract_dataframe

    df = spark.createDataFrame(articles, "id string, body string, published string, region string")
    frames = extract_dataframe(df, "body", id_col="id", published_col="published", region_col="region")
    rows = {table: [r.asDict() for r in frame.collect()] for table, frame in frames.items()}
    yield frames, rows
    frames.unpersist()


def _key(row):
    return (str(row["article_id"]), row.get("evidence_start") or 0, row.get("evidence_end") or 0,
            repr(sorted(row.items(), key=lambda kv: kv[0])))


def _clean(row):
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}


def test_records_equal_extract_row_for_row(extracted, articles):
    _, got = extracted
    expected = {rt: [] for rt in RECORD_TYPES}
    for article_id, text, published, region in articles:
        if article_id in (BAD_TEXT_ID, BAD_PUBLISHED_ID):
            continue
        year = int(published) if published else None
        for rt, rows in to_rows(extract(text, published=year, region=region), article_id).items():
            expected[rt].extend(rows)
    assert sum(map(len, expected.values())) > 100  # the articles do produce records
    for rt in RECORD_TYPES:
        want = sorted((_clean(r) for r in expected[rt]), key=_key)
        have = sorted((_clean(r) for r in got[rt]), key=_key)
        assert len(have) == len(want), rt
        for w, h in zip(want, have):
            assert h == w, rt


def test_bad_articles_are_error_rows_and_the_rest_is_complete(extracted, articles):
    _, got = extracted
    errors = {r["article_id"]: r for r in got["errors"]}
    assert set(errors) == {BAD_TEXT_ID, BAD_PUBLISHED_ID}
    assert errors[BAD_TEXT_ID]["error_type"] == "TypeError"
    assert "NoneType" in errors[BAD_TEXT_ID]["message"]
    assert errors[BAD_PUBLISHED_ID]["error_type"] == "ValueError"
    assert "yesterday" in errors[BAD_PUBLISHED_ID]["message"]
    with_records = {r["article_id"] for rt in RECORD_TYPES for r in got[rt]}
    assert not with_records & set(errors)
    good_ids = {a[0] for a in articles} - set(errors)
    assert len(with_records) >= len(good_ids) - 3  # nearly every article has records; none lost
    assert with_records <= good_ids


def test_columns_and_schema_follow_export(extracted):
    from pyspark.sql import types as T

    from gov_extract.spark import ERROR_COLUMNS, OUTPUT_NAMES, spark_schema

    frames, _ = extracted
    assert tuple(frames) == OUTPUT_NAMES
    for table, frame in frames.items():
        assert frame.columns == (COLUMNS[table] if table != "errors" else ERROR_COLUMNS)
        assert frame.schema == spark_schema(table, T.StringType())
    metrics = dict((f.name, f.dataType) for f in frames["metrics"].schema.fields)
    assert metrics["level_value"] == T.DoubleType() and metrics["evidence_start"] == T.LongType()
    assert dict((f.name, f.dataType) for f in spark_schema("meetings", join_lists=False).fields)["venues"] \
        == T.ArrayType(T.StringType(), containsNull=False)


def test_generated_ids_are_text_hashes_and_lists_can_stay_arrays(spark):
    from gov_extract.spark import extract_dataframe

    texts = ["2024年，我市地区生产总值835.5亿元、增长6.3%。",
             "2月11日下午，金华市项目推进会在永康市召开，市委书记张三出席。", None]
    df = spark.createDataFrame([(t,) for t in texts], "text string")
    frames = extract_dataframe(df, join_lists=False, persist=False)
    ids = {r["article_id"] for r in frames["metrics"].select("article_id").collect()}
    assert ids == {hashlib.sha256(texts[0].encode("utf-8")).hexdigest()[:16]}
    errors = frames["errors"].collect()
    assert len(errors) == 1 and errors[0]["article_id"].startswith("null-")
    meetings = [r.asDict() for r in frames["meetings"].collect()]
    want = to_rows(extract(texts[1]), hashlib.sha256(texts[1].encode("utf-8")).hexdigest()[:16], join_lists=False)
    assert meetings == want["meetings"] and meetings  # venues/attendees as array<string>


def test_non_string_text_column_is_rejected_up_front(spark):
    from gov_extract.spark import extract_dataframe

    df = spark.createDataFrame([(1, 2)], "id long, text long")
    with pytest.raises(TypeError, match="string column"):
        extract_dataframe(df, "text", id_col="id")
    with pytest.raises(ValueError, match="not a column"):
        extract_dataframe(df, "body")


def test_missing_pyspark_message(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.delitem(sys.modules, "gov_extract.spark", raising=False)
    with pytest.raises(ImportError, match=r"pip install gov_extract\[spark\]"):
        importlib.import_module("gov_extract.spark")


def _load_example():
    spec = importlib.util.spec_from_file_location("spark_job_example", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_job_end_to_end(spark, tmp_path):
    import pyarrow.parquet as pq

    src = tmp_path / "articles"
    src.mkdir()
    for p in SEEDS:
        shutil.copy(p, src / p.name)
    (src / "notes.md").write_text("not an article", encoding="utf-8")  # ignored: only *.txt
    out = tmp_path / "out"
    job = _load_example()
    assert job.main([str(src), str(out), "--partitions", "2", "--output-files", "1"], spark=spark) == 0

    expected = {rt: 0 for rt in RECORD_TYPES}
    ids = {rt: set() for rt in RECORD_TYPES}
    for p in SEEDS:
        for rt, rows in to_rows(extract(p.read_text(encoding="utf-8")), p.stem).items():
            expected[rt] += len(rows)
            ids[rt].update(r["article_id"] for r in rows)
    for table in tuple(RECORD_TYPES) + ("errors",):
        data = pq.read_table(out / table)
        assert data.column_names == (COLUMNS[table] if table != "errors" else ["article_id", "error_type", "message"])
        assert data.num_rows == expected.get(table, 0), table
        if table != "errors":
            assert set(data.column("article_id").to_pylist()) == ids[table]


def test_a_row_arrow_rejects_is_an_error_not_a_failed_task(monkeypatch):
    """Executor function alone (no Spark): a record value of the wrong type fails one article only."""
    import pyarrow as pa

    from gov_extract import export
    from gov_extract import spark as gx_spark

    wide, mapping = gx_spark._wide_layout(True)
    schema = pa.schema([pa.field("record_type", pa.string(), nullable=False), pa.field("article_id", pa.string())]
                       + [pa.field(name, gx_spark._arrow_type(dtype)) for name, dtype in wide])
    real_to_rows = export.to_rows

    def to_rows_with_a_bad_value(extraction, article_id, **kwargs):
        rows = real_to_rows(extraction, article_id, **kwargs)
        if article_id == "b":
            for row in rows["metrics"]:
                row["evidence_start"] = "not an int"
        return rows

    monkeypatch.setattr(export, "to_rows", to_rows_with_a_bad_value)
    text = "2024年，我市地区生产总值835.5亿元、增长6.3%。"
    batch = pa.RecordBatch.from_pydict({gx_spark._ID: ["a", "b", "c"], gx_spark._TEXT: [text] * 3})
    out = pa.Table.from_batches(list(gx_spark._extract_batches(iter([batch]), schema, mapping, True)), schema=schema)
    kinds = [(r["article_id"], r["record_type"]) for r in out.select(["article_id", "record_type"]).to_pylist()]
    assert ("b", "errors") in kinds and ("b", "metrics") not in kinds
    assert ("a", "metrics") in kinds and ("c", "metrics") in kinds
