"""Many articles at once: :func:`extract_many`.

>>> from gov_extract import extract_many
>>> texts = ["2024年，我市地区生产总值835.5亿元。", "本报讯（记者 张三）"]
>>> [type(x).__name__ for x in extract_many(texts, region="永康市")]
['Extraction', 'Extraction']
"""
from __future__ import annotations

import collections
import itertools
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Iterable, Iterator, List, Optional, Tuple, Union

from . import api
from .records import Extraction

__all__ = ["extract_many"]

logger = logging.getLogger("gov_extract")

_ERRORS = ("raise", "skip")
# Keys a dict context may carry to override the call's published/region for one article.
_OVERRIDES = ("published", "region")


# --------------------------------------------------------------------------- workers
def _init_worker() -> None:
    """Runs once in each worker process: load the pipeline (tables, models) before the first item."""
    try:
        api.extract("2024年，我市地区生产总值835.5亿元。", published=2025)
    except Exception:  # pragma: no cover - a broken pipeline shows up on the real items
        pass


def _extract_one(index: int, text: Any, published, region, errors: str) -> Tuple[str, Any]:
    """-> ("ok", Extraction) | ("error", (exception type name, message)).

    Never raises, so that the parent decides what an error means (it knows the index and
    the ``errors`` policy) and a pool is never poisoned by an unpicklable exception.
    """
    if not isinstance(text, str):
        return "error", ("TypeError", f"item {index} is {type(text).__name__}, not str")
    try:
        return "ok", api.extract(text, published=published, region=region)
    except Exception as exc:  # noqa: BLE001 - reported to the parent with the index
        return "error", (type(exc).__name__, f"item {index}: {type(exc).__name__}: {exc}")


def _extract_chunk(chunk: List[Tuple[int, Any, Any, Any]], errors: str) -> List[Tuple[str, Any]]:
    return [_extract_one(i, text, published, region, errors) for i, text, published, region in chunk]


# --------------------------------------------------------------------------- parent side
def _settle(index: int, status: str, payload: Any, text: Any, errors: str) -> Extraction:
    if status == "ok":
        return payload
    exc_name, message = payload
    if errors == "raise":
        if exc_name == "TypeError":
            raise TypeError(f"extract_many(): {message}")
        raise RuntimeError(f"extract_many(): {message}")
    logger.warning("gov_extract.extract_many: skipped %s", message,
                   extra={"gov_extract_index": index, "gov_extract_error": message})
    return Extraction(text=text if isinstance(text, str) else "")


def _resolve_n_process(n_process: int) -> int:
    if n_process is None or n_process == 0:
        return 1
    if n_process < 0:
        return max(1, (os.cpu_count() or 1) + 1 + n_process)  # -1: all CPUs, -2: all but one ...
    return n_process


def _unpack(items: Iterable, as_tuples: bool, published, region) -> Iterator[Tuple[int, Any, Any, Any, Any]]:
    """-> (index, text, published, region, context) per input item."""
    for index, item in enumerate(items):
        context = None
        if as_tuples:
            if not (isinstance(item, tuple) and len(item) == 2):
                raise TypeError(
                    f"extract_many(as_tuples=True): item {index} must be a (text, context) tuple, "
                    f"got {type(item).__name__}"
                )
            text, context = item
        else:
            text = item
        item_published, item_region = published, region
        if isinstance(context, dict):
            if context.get("published") is not None:
                item_published = context["published"]
            if context.get("region") is not None:
                item_region = context["region"]
        yield index, text, item_published, item_region, context


def _sequential(units, errors):
    for index, text, published, region, context in units:
        status, payload = _extract_one(index, text, published, region, errors)
        yield _settle(index, status, payload, text, errors), context


def _parallel(units, errors, n_process, batch_size, mp_context):
    # concurrent.futures rather than multiprocessing.Pool: when the consumer stops early (an
    # error raised here, a break in the caller's loop), Pool.terminate() can hang on a task
    # queue it is still writing to (seen in CI: two defunct workers, pytest idle); shutting an
    # executor down cancels the queued chunks and waits only for the running ones.
    ctx = multiprocessing.get_context(mp_context)
    max_in_flight = 2 * n_process  # chunks submitted but not yet yielded: bounds memory
    executor = ProcessPoolExecutor(max_workers=n_process, mp_context=ctx, initializer=_init_worker)
    try:
        pending: "collections.deque" = collections.deque()
        units = iter(units)
        exhausted = False
        while True:
            while not exhausted and len(pending) < max_in_flight:
                chunk = list(itertools.islice(units, batch_size))
                if not chunk:
                    exhausted = True
                    break
                job = [(i, text, pub, reg) for i, text, pub, reg, _ in chunk]
                contexts = [(i, text, context) for i, text, _, _, context in chunk]
                pending.append((executor.submit(_extract_chunk, job, errors), contexts))
            if not pending:
                break
            future, contexts = pending.popleft()
            for (status, payload), (i, text, context) in zip(future.result(), contexts):
                yield _settle(i, status, payload, text, errors), context
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def extract_many(
    texts: Iterable[Union[str, Tuple[str, Any]]],
    *,
    published: api.Published = None,
    region: Optional[str] = None,
    n_process: int = 1,
    batch_size: int = 16,
    progress: bool = False,
    as_tuples: bool = False,
    errors: str = "raise",
    mp_context: str = "spawn",
) -> Iterator[Union[Extraction, Tuple[Extraction, Any]]]:
    """Extract from many articles; yields one :class:`Extraction` per input, in input order.

    - ``texts``: any iterable of ``str`` (a list, a generator over files, a DB cursor...).
      It is consumed lazily; at most ``2 * n_process * batch_size`` articles are in flight,
      so memory stays bounded on any number of articles.
    - ``published`` / ``region``: as for :func:`gov_extract.extract`, for every article.
    - ``as_tuples=True``: ``texts`` yields ``(text, context)`` pairs and the result is
      ``(Extraction, context)`` pairs, so your ids travel with the results (like spaCy's
      ``nlp.pipe(as_tuples=True)``). A context that is a ``dict`` may carry per-article
      ``"published"`` and ``"region"`` keys, which override the call's values for that
      article (``None`` values do not override). The context itself never leaves this
      process (it need not be picklable).
    - ``n_process``: worker processes (``-1``: one per CPU). Workers are started with the
      ``mp_context`` start method (default ``"spawn"``: safe with threads and on all
      platforms, so call it under ``if __name__ == "__main__":`` in a script); each worker
      loads the pipeline once, then handles chunks of ``batch_size`` articles.
    - ``progress=True``: a tqdm progress bar on stderr.
    - ``errors``: what a bad item does. ``"raise"`` (default): an item that is not a ``str``
      raises ``TypeError`` naming its index (``"item 3 is NoneType, not str"``), and an
      exception inside the extractor raises ``RuntimeError`` naming the index; results
      before it have already been yielded. ``"skip"``: the bad item yields an empty
      ``Extraction`` (``text=""`` for a non-str item) so positions stay aligned with your
      input, and a warning goes to the ``"gov_extract"`` logger.
    """
    if errors not in _ERRORS:
        raise ValueError(f"extract_many(): errors must be one of {_ERRORS}, got {errors!r}")
    if batch_size < 1:
        raise ValueError(f"extract_many(): batch_size must be >= 1, got {batch_size}")
    if isinstance(texts, (str, bytes)):
        raise TypeError("extract_many() needs an iterable of texts; for one article use gov_extract.extract()")
    n_process = _resolve_n_process(n_process)

    total = None
    if hasattr(texts, "__len__"):
        total = len(texts)  # type: ignore[arg-type]
    units = _unpack(texts, as_tuples, published, region)
    if n_process == 1:
        results = _sequential(units, errors)
    else:
        results = _parallel(units, errors, n_process, batch_size, mp_context)

    if progress:
        from tqdm.auto import tqdm  # lazy: tqdm ships with spaCy

        results = tqdm(results, total=total, unit="article", desc="gov_extract")

    for extraction, context in results:
        yield (extraction, context) if as_tuples else extraction
