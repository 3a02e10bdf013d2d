"""Extraction as a PySpark job: :func:`extract_dataframe`.

Optional extra: ``pip install gov_extract[spark]`` (pyspark, pyarrow).

>>> from gov_extract.spark import extract_dataframe        # doctest: +SKIP
>>> frames = extract_dataframe(articles, "text", id_col="id", published_col="date")  # doctest: +SKIP
>>> frames["metrics"].write.parquet("out/metrics")           # doctest: +SKIP

How it runs
-----------
* **One pass.** A single ``mapInArrow`` stage runs :func:`gov_extract.extract` on every
  article and emits one *wide* table: a ``record_type`` column plus the union of the
  columns of every record type (same-named columns have the same type in every table, so
  they share one column) plus the error columns. The per-type DataFrames are filters +
  projections of that table, so writing all six never runs the extractor twice: the wide
  table is ``persist()``-ed (``MEMORY_AND_DISK``) by default; the first action fills the
  cache with every record type, later actions read it. Free it with
  ``frames.unpersist()``. With ``persist=False`` every action on a per-type frame
  re-runs the extraction (fine for a single ``count()``, wasteful for writing six tables).
* **The pipeline is never pickled or broadcast.** The function shipped to the executors
  is a module-level function of this module (pickled by reference) with a few column
  names; each Python worker process imports :mod:`gov_extract` and loads the model
  lazily on its first article, then keeps it while Spark reuses the worker
  (``spark.python.worker.reuse``, on by default). So the package (and its dependencies)
  must be importable by the executors' Python, see ``docs/spark.md``.
* **Nothing lost.** An exception inside :func:`~gov_extract.extract` (a ``NULL`` text, a
  bad ``published`` value, a bug) becomes a row of the ``errors`` table
  (``article_id``, ``error_type``, ``message``); the other articles are complete and
  the job does not fail. (A crash of the worker process itself, e.g. out of memory, is
  retried by Spark like any task failure.)
* **Arrow, no pandas** on the executors: the input arrives as Arrow record batches and
  rows are built with :func:`gov_extract.export.to_rows`, so the values are exactly those
  of :func:`gov_extract.extract` (no pandas dtype round trip).
"""
from __future__ import annotations

from typing import Any, Dict, Iterator, List, Optional, Tuple

try:
    import pyarrow as pa
    from pyspark import StorageLevel
    from pyspark.sql import DataFrame, functions as F
    from pyspark.sql import types as T
except ImportError as _exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "gov_extract.spark needs pyspark and pyarrow, which are an optional extra: "
        "pip install gov_extract[spark]"
    ) from _exc

from .export import COLUMNS, DTYPES
from .records import RECORD_TYPES

__all__ = [
    "extract_dataframe",
    "ExtractedFrames",
    "spark_schema",
    "ERROR_COLUMNS",
    "OUTPUT_NAMES",
]

#: columns of the ``errors`` table (``article_id`` first, as in every table)
ERROR_COLUMNS = ["article_id", "error_type", "message"]
#: keys of the dict returned by :func:`extract_dataframe`, in order
OUTPUT_NAMES = tuple(RECORD_TYPES) + ("errors",)

# Internal column names of the input projection (cannot clash with the caller's names).
_ID, _TEXT, _PUBLISHED, _REGION = "__gx_id", "__gx_text", "__gx_published", "__gx_region"
_RECORD_TYPE = "record_type"

_SPARK_TYPES = {"int": T.LongType(), "float": T.DoubleType(), "str": T.StringType()}
# id column types passed through as they are; any other id type is cast to string.
_ID_ARROW_TYPES = {
    T.StringType: pa.string(),
    T.LongType: pa.int64(),
    T.IntegerType: pa.int32(),
    T.ShortType: pa.int16(),
    T.ByteType: pa.int8(),
}


def _column_type(kind: str, join_lists: bool) -> T.DataType:
    if kind == "list":
        return T.StringType() if join_lists else T.ArrayType(T.StringType(), containsNull=False)
    return _SPARK_TYPES[kind]


def spark_schema(record_type: str, id_type: T.DataType = T.StringType(), *, join_lists: bool = True) -> T.StructType:
    """The Spark schema of one output table, derived from :data:`gov_extract.export.COLUMNS` / ``DTYPES``.

    ``record_type``: one of ``metrics``, ``rankings``, ``projects``, ``persons``, ``meetings``
    or ``errors``. ``id_type``: the type of ``article_id`` (the type of your id column;
    ``StringType`` for generated ids). Integers are ``LongType``, ``*_value`` columns
    ``DoubleType``, text ``StringType``; ``venues``/``attendees`` are ``StringType``
    joined with 「、」, or ``ArrayType(StringType)`` with ``join_lists=False``. Every
    column is nullable (Spark cannot check the records' own guarantees).
    """
    if record_type == "errors":
        return T.StructType([
            T.StructField("article_id", id_type, True),
            T.StructField("error_type", T.StringType(), True),
            T.StructField("message", T.StringType(), True),
        ])
    if record_type not in COLUMNS:
        raise ValueError(f"spark_schema(): unknown record type {record_type!r}; expected one of {OUTPUT_NAMES}")
    fields = [T.StructField("article_id", id_type, True)]
    for col in COLUMNS[record_type][1:]:
        fields.append(T.StructField(col, _column_type(DTYPES[record_type][col], join_lists), True))
    return T.StructType(fields)


def _wide_layout(join_lists: bool) -> Tuple[List[Tuple[str, T.DataType]], Dict[Tuple[str, str], str]]:
    """Union of all tables' columns -> ([(wide column, type)], {(table, column): wide column}).

    Columns with the same name and type share a wide column; a same-named column with a
    different type (none today), or one named like a reserved column, gets its own
    ``<table>__<column>`` column.
    """
    wide: List[Tuple[str, T.DataType]] = []
    types: Dict[str, Optional[T.DataType]] = {_RECORD_TYPE: None, "article_id": None}  # reserved
    mapping: Dict[Tuple[str, str], str] = {}
    for table in OUTPUT_NAMES:
        for field in spark_schema(table, join_lists=join_lists).fields[1:]:
            name = field.name
            if name in types and types[name] != field.dataType:
                name = f"{table}__{field.name}"
            if name not in types:
                types[name] = field.dataType
                wide.append((name, field.dataType))
            mapping[(table, field.name)] = name
    return wide, mapping


def _arrow_type(dtype: T.DataType) -> "pa.DataType":
    if isinstance(dtype, T.ArrayType):
        return pa.list_(_arrow_type(dtype.elementType))
    for spark_cls, arrow_type in _ID_ARROW_TYPES.items():
        if isinstance(dtype, spark_cls):
            return arrow_type
    if isinstance(dtype, T.DoubleType):
        return pa.float64()
    raise TypeError(f"no Arrow type for {dtype}")  # pragma: no cover - layout only uses the types above


class ExtractedFrames(dict):
    """``{"metrics": DataFrame, ..., "errors": DataFrame}``, plus the persisted wide table.

    ``.wide``: the single extraction output all tables are filtered from (one row per
    record or error, ``record_type`` says which); ``.unpersist()`` frees its cache.
    """

    wide: DataFrame

    def unpersist(self, blocking: bool = False) -> None:
        self.wide.unpersist(blocking)


# --------------------------------------------------------------------------- executor side
def _py_value(value: Any) -> Any:
    """Arrow scalars come as Python values already; only normalize NaN floats to None."""
    if isinstance(value, float) and value != value:
        return None
    return value


def _extract_batches(
    batches: Iterator["pa.RecordBatch"],
    arrow_schema: "pa.Schema",
    mapping: Dict[Tuple[str, str], str],
    join_lists: bool,
    rows_per_batch: int = 2048,
) -> Iterator["pa.RecordBatch"]:
    """mapInArrow function: article batches in, wide record/error batches out.

    Runs in the executors' Python workers; imports (and so loads) the pipeline there on
    first use. Rows are converted to Arrow a few thousand at a time; if a conversion
    fails, the articles are converted one by one and the failing one becomes an
    ``errors`` row: one bad article never fails the task.
    """
    from gov_extract import api  # the model is loaded lazily by the first extract() call
    from gov_extract.export import to_rows

    pending: List[Tuple[Any, List[Dict[str, Any]]]] = []  # (article id, wide rows) not yet converted
    pending_rows = 0

    def error_row(article_id: Any, exc: BaseException) -> Dict[str, Any]:
        return {_RECORD_TYPE: "errors", "article_id": article_id,
                mapping[("errors", "error_type")]: type(exc).__name__,
                mapping[("errors", "message")]: f"{type(exc).__name__}: {exc}"}

    def to_batches(articles: List[Tuple[Any, List[Dict[str, Any]]]]) -> List["pa.RecordBatch"]:
        rows = [row for _, article_rows in articles for row in article_rows]
        try:  # the common case: one conversion for many articles
            return pa.Table.from_pylist(rows, schema=arrow_schema).combine_chunks().to_batches()
        except Exception:  # noqa: BLE001 - find the article(s) Arrow rejects; they become errors rows
            batches = []
            for article_id, article_rows in articles:
                try:
                    batches.append(pa.RecordBatch.from_pylist(article_rows, schema=arrow_schema))
                except Exception as exc:  # noqa: BLE001
                    row = error_row(article_id, exc)
                    try:
                        batches.append(pa.RecordBatch.from_pylist([row], schema=arrow_schema))
                    except Exception:  # noqa: BLE001 - an id Arrow cannot hold: keep the error, drop the id
                        row["article_id"] = None
                        batches.append(pa.RecordBatch.from_pylist([row], schema=arrow_schema))
            return batches

    for batch in batches:
        cols = batch.to_pydict()
        n = batch.num_rows
        ids = cols[_ID]
        texts = cols[_TEXT]
        published = cols.get(_PUBLISHED, [None] * n)
        regions = cols.get(_REGION, [None] * n)
        for i in range(n):
            article_id = ids[i]
            try:
                extraction = api.extract(
                    texts[i], published=_py_value(published[i]), region=_py_value(regions[i])
                )
                rows = []
                for record_type, record_rows in to_rows(extraction, article_id, join_lists=join_lists).items():
                    for row in record_rows:
                        wide_row = {mapping[(record_type, col)]: value for col, value in row.items() if col != "article_id"}
                        wide_row[_RECORD_TYPE] = record_type
                        wide_row["article_id"] = article_id
                        rows.append(wide_row)
            except Exception as exc:  # noqa: BLE001 - reported as an errors row
                rows = [error_row(article_id, exc)]
            if not rows:
                continue
            pending.append((article_id, rows))
            pending_rows += len(rows)
            if pending_rows >= rows_per_batch:
                yield from to_batches(pending)
                pending, pending_rows = [], 0
    if pending:
        yield from to_batches(pending)


# --------------------------------------------------------------------------- driver side
def _check_column(df: DataFrame, name: Optional[str], what: str) -> Optional[T.StructField]:
    if name is None:
        return None
    fields = {f.name: f for f in df.schema.fields}
    if name not in fields:
        raise ValueError(f"extract_dataframe(): {what}={name!r} is not a column of the DataFrame; columns: {list(fields)}")
    return fields[name]


def extract_dataframe(
    df: DataFrame,
    text_col: str = "text",
    *,
    id_col: Optional[str] = None,
    published_col: Optional[str] = None,
    region_col: Optional[str] = None,
    join_lists: bool = True,
    persist: bool = True,
    num_partitions: Optional[int] = None,
) -> ExtractedFrames:
    """Extract from every row of ``df``; one Spark DataFrame per record type plus ``errors``.

    - ``text_col``: the article text (``StringType``; a ``NULL`` text is an ``errors`` row).
    - ``id_col``: written to every output row as ``article_id`` (string and integer ids
      keep their type, other types are cast to string). ``None``: ``article_id`` is the
      first 16 hex digits of the SHA-256 of the UTF-8 text (``substring(sha2(text, 256), 1, 16)``):
      stable across runs, partitionings and re-computation; identical texts share an id
      (and have identical records). A ``NULL`` text gets ``"null-<monotonically_increasing_id>"``.
    - ``published_col`` / ``region_col``: per-article ``published`` (a date, timestamp,
      ISO date string or integer year) and ``region`` (string) for
      :func:`gov_extract.extract`; ``NULL`` means "not given". A value ``extract`` rejects
      (e.g. ``"yesterday"``) makes that article an ``errors`` row.
    - ``join_lists``: ``venues``/``attendees`` as 「、」-joined strings (default, as in
      :func:`gov_extract.to_frames`) or ``array<string>``.
    - ``persist``: persist the single extraction output (``MEMORY_AND_DISK``) so that the
      six tables are computed in one pass (see the module docstring).
    - ``num_partitions``: repartition the input first (load balance: extraction is CPU
      bound, so aim for a few partitions per core; a handful of input files otherwise
      makes a handful of tasks).

    Returns :class:`ExtractedFrames`, a dict ``{"metrics", "rankings", "projects", "persons",
    "meetings", "errors"}`` -> DataFrame whose columns are those of
    :data:`gov_extract.export.COLUMNS` (schemas: :func:`spark_schema`). Lazy: nothing runs
    until an action (``write``, ``count``...).
    """
    if not isinstance(df, DataFrame):
        raise TypeError(f"extract_dataframe() needs a pyspark.sql.DataFrame, got {type(df).__name__}")
    text_field = _check_column(df, text_col, "text_col")
    if not isinstance(text_field.dataType, T.StringType):
        raise TypeError(
            f"extract_dataframe(): text_col={text_col!r} must be a string column, got {text_field.dataType.simpleString()}"
            + ("; decode it first, e.g. F.decode(col, 'utf-8')" if isinstance(text_field.dataType, T.BinaryType) else "")
        )
    id_field = _check_column(df, id_col, "id_col")
    published_field = _check_column(df, published_col, "published_col")
    region_field = _check_column(df, region_col, "region_col")
    if region_field is not None and not isinstance(region_field.dataType, T.StringType):
        raise TypeError(f"extract_dataframe(): region_col={region_col!r} must be a string column, "
                        f"got {region_field.dataType.simpleString()}")

    text = F.col(text_col)
    if id_field is None:
        id_expr = F.when(text.isNull(), F.concat(F.lit("null-"), F.monotonically_increasing_id().cast("string"))) \
                   .otherwise(F.substring(F.sha2(text, 256), 1, 16))
        id_type: T.DataType = T.StringType()
    elif any(isinstance(id_field.dataType, cls) for cls in _ID_ARROW_TYPES):
        id_expr, id_type = F.col(id_col), id_field.dataType
    else:
        id_expr, id_type = F.col(id_col).cast("string"), T.StringType()

    projection = [id_expr.alias(_ID), text.alias(_TEXT)]
    if published_field is not None:
        published = F.col(published_col)
        if isinstance(published_field.dataType, (T.TimestampType, T.TimestampNTZType)):
            published = F.to_date(published)  # a datetime -> its date (no time zone surprises in Python)
        elif not isinstance(published_field.dataType, (T.DateType, T.StringType, T.IntegralType)):
            published = published.cast("string")
        projection.append(published.alias(_PUBLISHED))
    if region_field is not None:
        projection.append(F.col(region_col).alias(_REGION))
    articles = df.select(*projection)
    if num_partitions:
        articles = articles.repartition(num_partitions)

    wide_columns, mapping = _wide_layout(join_lists)
    wide_schema = T.StructType(
        [T.StructField(_RECORD_TYPE, T.StringType(), False), T.StructField("article_id", id_type, True)]
        + [T.StructField(name, dtype, True) for name, dtype in wide_columns]
    )
    arrow_schema = pa.schema(
        [pa.field(_RECORD_TYPE, pa.string(), nullable=False), pa.field("article_id", _arrow_type(id_type))]
        + [pa.field(name, _arrow_type(dtype)) for name, dtype in wide_columns]
    )

    def run(batches):  # closes over names and schemas only: never the pipeline
        return _extract_batches(batches, arrow_schema, mapping, join_lists)

    wide = articles.mapInArrow(run, wide_schema)
    if persist:
        wide = wide.persist(StorageLevel.MEMORY_AND_DISK)

    frames = ExtractedFrames()
    frames.wide = wide
    for table in OUTPUT_NAMES:
        schema = spark_schema(table, id_type, join_lists=join_lists)
        frames[table] = wide.where(F.col(_RECORD_TYPE) == table).select(
            F.col("article_id"), *[F.col(mapping[(table, f.name)]).alias(f.name) for f in schema.fields[1:]]
        )
    return frames
