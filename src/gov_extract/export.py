"""Flat tables of records: :func:`to_rows` (no pandas), :func:`to_frames`, :func:`write_csv`.

One table per record type (``metrics``, ``rankings``, ``projects``, ``persons``,
``meetings``); one row per record. Nested fields are flattened:

* a :class:`~gov_extract.records.Quantity` field ``level`` becomes ``level_value``,
  ``level_unit``, ``level_bound``, ``level_text`` (all ``None`` when the field is ``None``);
* the :class:`~gov_extract.records.Evidence` becomes ``evidence_start``, ``evidence_end``,
  ``evidence_text``;
* list fields (``venues``, ``attendees``) are joined with ``"、"`` (CSV-friendly; pass
  ``join_lists=False`` to keep Python lists).

Every table starts with ``article_id``. Column order is fixed by :data:`COLUMNS` and is
the same whether a table is empty or not.

>>> from gov_extract.export import COLUMNS
>>> COLUMNS["metrics"][:5]
['article_id', 'indicator', 'level_value', 'level_unit', 'level_bound']
"""
from __future__ import annotations

import csv
import os
import typing
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple, Union

from .records import RECORD_TYPES, Evidence, Extraction, Meeting, Metric, Person, Project, Quantity, Ranking

__all__ = ["COLUMNS", "DTYPES", "LIST_SEPARATOR", "to_rows", "to_frames", "write_csv", "CSV_ENCODING"]

#: record type -> record model
MODELS = {"metrics": Metric, "rankings": Ranking, "projects": Project, "persons": Person, "meetings": Meeting}

#: separator used to join list fields (venues, attendees) into one cell
LIST_SEPARATOR = "、"

#: encoding of the CSV files written by :func:`write_csv` (BOM, so that Excel shows Chinese correctly;
#: ``pandas.read_csv`` and Python's csv module with ``encoding="utf-8-sig"`` read it transparently)
CSV_ENCODING = "utf-8-sig"

_QUANTITY_PARTS = (("value", "float"), ("unit", "str"), ("bound", "str"), ("text", "str"))
_EVIDENCE_PARTS = (("start", "int"), ("end", "int"), ("text", "str"))


def _strip_optional(annotation: Any) -> Any:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) is Union and len(args) == 1:
        return args[0]
    return annotation


def _kind(annotation: Any) -> str:
    """'quantity' | 'evidence' | 'list' | 'int' | 'float' | 'str' (scalars incl. Literal)."""
    ann = _strip_optional(annotation)
    if ann is Quantity:
        return "quantity"
    if ann is Evidence:
        return "evidence"
    if typing.get_origin(ann) in (list, List):
        return "list"
    if ann is int:
        return "int"
    if ann is float:
        return "float"
    return "str"


def _layout(model) -> List[Tuple[str, str]]:
    """[(field name, kind)] in model order."""
    return [(name, _kind(field.annotation)) for name, field in model.model_fields.items()]


def _columns_and_dtypes(model) -> Tuple[List[str], Dict[str, str]]:
    columns, dtypes = ["article_id"], {}
    for name, kind in _layout(model):
        if kind in ("quantity", "evidence"):
            parts = _QUANTITY_PARTS if kind == "quantity" else _EVIDENCE_PARTS
            for part, part_kind in parts:
                columns.append(f"{name}_{part}")
                dtypes[f"{name}_{part}"] = part_kind
        else:
            columns.append(name)
            dtypes[name] = kind
    return columns, dtypes


_LAYOUTS = {rt: _layout(MODELS[rt]) for rt in RECORD_TYPES}
_CD = {rt: _columns_and_dtypes(MODELS[rt]) for rt in RECORD_TYPES}

#: record type -> column names, in order (``article_id`` first, evidence columns last)
COLUMNS: Dict[str, List[str]] = {rt: cd[0] for rt, cd in _CD.items()}
#: record type -> column -> "int" | "float" | "str" | "list" (``article_id`` is not listed: it is the caller's)
DTYPES: Dict[str, Dict[str, str]] = {rt: cd[1] for rt, cd in _CD.items()}


def _record_row(record_type: str, record, article_id, join_lists: bool) -> Dict[str, Any]:
    row: Dict[str, Any] = {"article_id": article_id}
    for name, kind in _LAYOUTS[record_type]:
        value = getattr(record, name)
        if kind in ("quantity", "evidence"):
            parts = _QUANTITY_PARTS if kind == "quantity" else _EVIDENCE_PARTS
            for part, _ in parts:
                row[f"{name}_{part}"] = None if value is None else getattr(value, part)
        elif kind == "list":
            value = list(value or [])
            row[name] = LIST_SEPARATOR.join(value) if join_lists else value
        else:
            row[name] = value
    return row


def to_rows(extraction: Extraction, article_id: Any = None, *, join_lists: bool = True) -> Dict[str, List[Dict[str, Any]]]:
    """Flatten one :class:`Extraction` into plain rows: ``{record_type: [row dict, ...]}``.

    Every record type is present (possibly with an empty list); every row has exactly
    the keys of :data:`COLUMNS` for its type, in that order. No pandas needed.

    >>> from gov_extract.records import Extraction, Person, Evidence
    >>> x = Extraction(text="记者 张三", persons=[Person(name="张三", role="reporter",
    ...     evidence=Evidence(start=3, end=5, text="记者 张三"))])
    >>> to_rows(x, "a1")["persons"][0]["evidence_start"]
    3
    """
    if not isinstance(extraction, Extraction):
        raise TypeError(f"to_rows() needs an Extraction, got {type(extraction).__name__}")
    return {
        rt: [_record_row(rt, record, article_id, join_lists) for record in getattr(extraction, rt)]
        for rt in RECORD_TYPES
    }


def _import_pandas():
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - exercised only without pandas
        raise ImportError(
            "gov_extract.to_frames() needs pandas, which is an optional extra: "
            "pip install gov_extract[pandas]"
        ) from exc
    return pd


_PANDAS_DTYPES = {"int": "Int64", "float": "float64", "str": "object", "list": "object"}


def to_frames(
    extractions: Union[Extraction, Iterable[Extraction]],
    ids: Optional[Iterable[Any]] = None,
    *,
    join_lists: bool = True,
) -> Dict[str, "pandas.DataFrame"]:  # noqa: F821
    """One pandas DataFrame per record type, over many articles.

    ``extractions``: an :class:`Extraction` or an iterable of them (e.g. the output of
    :func:`gov_extract.extract_many`). ``ids``: one id per extraction, written to the
    ``article_id`` column; default 0, 1, 2, ... Returns ``{"metrics": df, "rankings": df,
    "projects": df, "persons": df, "meetings": df}``; each frame has the columns of
    :data:`COLUMNS` in that order, even when empty, and stable dtypes (integers as
    pandas' nullable ``Int64``, ``*_value`` as ``float64``).
    """
    pd = _import_pandas()
    if isinstance(extractions, Extraction):
        extractions = [extractions]
    extractions = list(extractions)
    if ids is None:
        id_list: Sequence[Any] = list(range(len(extractions)))
    else:
        id_list = list(ids)
        if len(id_list) != len(extractions):
            raise ValueError(f"to_frames(): got {len(extractions)} extractions but {len(id_list)} ids")
    rows: Dict[str, List[Dict[str, Any]]] = {rt: [] for rt in RECORD_TYPES}
    for extraction, article_id in zip(extractions, id_list):
        for rt, rt_rows in to_rows(extraction, article_id, join_lists=join_lists).items():
            rows[rt].extend(rt_rows)
    frames = {}
    for rt in RECORD_TYPES:
        df = pd.DataFrame(rows[rt], columns=COLUMNS[rt])
        frames[rt] = df.astype({col: _PANDAS_DTYPES[kind] for col, kind in DTYPES[rt].items()})
    return frames


class CsvWriter:
    """Streaming CSV export: one file per record type in ``out_dir`` (``metrics.csv`` ...).

    >>> # with CsvWriter("out") as w:
    >>> #     for id, x in results: w.write(x, id)
    """

    def __init__(self, out_dir: Union[str, os.PathLike], *, encoding: str = CSV_ENCODING):
        os.makedirs(out_dir, exist_ok=True)
        self.out_dir = os.fspath(out_dir)
        self.paths = {rt: os.path.join(self.out_dir, f"{rt}.csv") for rt in RECORD_TYPES}
        self._files = {}
        self._writers = {}
        try:
            for rt in RECORD_TYPES:
                f = open(self.paths[rt], "w", encoding=encoding, newline="")
                self._files[rt] = f
                w = csv.DictWriter(f, fieldnames=COLUMNS[rt])
                w.writeheader()
                self._writers[rt] = w
        except BaseException:
            self.close()
            raise
        self.counts = {rt: 0 for rt in RECORD_TYPES}

    def write(self, extraction: Extraction, article_id: Any = None) -> None:
        for rt, rt_rows in to_rows(extraction, article_id).items():
            self._writers[rt].writerows(rt_rows)
            self.counts[rt] += len(rt_rows)

    def close(self) -> None:
        for f in self._files.values():
            f.close()
        self._files = {}

    def __enter__(self) -> "CsvWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def write_csv(
    extractions: Union[Extraction, Iterable[Extraction]],
    out_dir: Union[str, os.PathLike],
    ids: Optional[Iterable[Any]] = None,
) -> Dict[str, str]:
    """Write ``metrics.csv``, ``rankings.csv``, ... into ``out_dir`` (created); no pandas needed.

    Streams: ``extractions`` may be a generator. Returns ``{record_type: path}``.
    """
    if isinstance(extractions, Extraction):
        extractions = [extractions]
    id_iter = iter(ids) if ids is not None else None
    with CsvWriter(out_dir) as writer:
        for i, extraction in enumerate(extractions):
            if id_iter is None:
                article_id = i
            else:
                try:
                    article_id = next(id_iter)
                except StopIteration:
                    raise ValueError(f"write_csv(): fewer ids than extractions (ran out at {i})") from None
            writer.write(extraction, article_id)
    return dict(writer.paths)
