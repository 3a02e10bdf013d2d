"""Score :func:`gov_extract.extract` against hand-annotated gold files.

Implements "How output is scored against gold" of ``shared/spec/RECORDS.md``::

    python -m gov_extract.evaluate --gold ../shared/gold/seeds --texts ../shared/seeds
    python -m gov_extract.evaluate --gold ../shared/gold/dev --texts ../shared/dev --show metrics

For every record type, gold and output records are paired one-to-one: a pair is
possible when the type's match rule holds (see :data:`MATCH_RULES`); among the
possible pairs the matcher takes as many as it can and, among those, the ones
whose fields agree most (a maximum-weight bipartite matching), so the field
accuracies are not spoiled by an arbitrary pairing. Required gold records are
matched first, then optional ones with the outputs that are left. A matched
optional record is a true positive; an unmatched one is no miss.

>>> char_overlap("地区生产总值", "生产总值")
1.0
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from .records import RECORD_TYPES
from .normalize import traditional_tables
from .text import char_overlap  # noqa: F401  (public here too: the scoring rule)

Record = Dict[str, Any]

LEVEL_REL_TOL = 0.005   # level values agree within 0.5% (relative)
CHANGE_ABS_TOL = 0.05   # change values agree within 0.05 (absolute)
_EPS = 1e-9             # float slack so that the stated edges are inclusive


# --------------------------------------------------------------------------- comparisons

def _value(q: Optional[Mapping[str, Any]]) -> Optional[float]:
    return None if q is None else q.get("value")


def same_level(gold: Optional[Mapping[str, Any]], out: Optional[Mapping[str, Any]]) -> bool:
    """Both quantities present, same unit, values within 0.5% of the gold value."""
    if gold is None or out is None or gold.get("unit") != out.get("unit"):
        return False
    g, o = _value(gold), _value(out)
    if g is None or o is None:
        return False
    return abs(o - g) <= LEVEL_REL_TOL * abs(g) + _EPS * max(1.0, abs(g))


def same_change(gold: Optional[Mapping[str, Any]], out: Optional[Mapping[str, Any]]) -> bool:
    """Both quantities present, same unit, values within 0.05 (absolute)."""
    if gold is None or out is None or gold.get("unit") != out.get("unit"):
        return False
    g, o = _value(gold), _value(out)
    if g is None or o is None:
        return False
    return abs(o - g) <= CHANGE_ABS_TOL + _EPS


def _same_optional_change(gold: Any, out: Any) -> bool:
    """Field accuracy of ``change``: both absent, or the same change."""
    if gold is None and out is None:
        return True
    return same_change(gold, out)


def _same(gold: Any, out: Any) -> bool:
    if isinstance(gold, str) and isinstance(out, str):
        return gold.strip() == out.strip()
    return gold == out


def _metric_match(g: Record, o: Record) -> bool:
    if g.get("level") is not None:
        same = same_level(g["level"], o.get("level"))
    else:
        same = same_change(g.get("change"), o.get("change"))
    return same and char_overlap(g.get("indicator"), o.get("indicator")) >= 0.5


def _ranking_match(g: Record, o: Record) -> bool:
    if g.get("rank") is not None:
        same = o.get("rank") == g["rank"]
    elif g.get("top") is not None:
        same = o.get("top") == g["top"]
    elif g.get("tier"):
        same = char_overlap(g["tier"], o.get("tier")) >= 0.5
    else:
        same = False
    return same and char_overlap(g.get("criterion"), o.get("criterion")) >= 0.5


def _project_match(g: Record, o: Record) -> bool:
    return char_overlap(g.get("name"), o.get("name")) >= 0.7


def _person_match(g: Record, o: Record) -> bool:
    return bool(g.get("name")) and _same(g.get("name"), o.get("name"))


def _meeting_match(g: Record, o: Record) -> bool:
    return char_overlap(g.get("name"), o.get("name")) >= 0.7


#: record type -> predicate(gold, output) deciding whether the pair may be matched
MATCH_RULES: Dict[str, Callable[[Record, Record], bool]] = {
    "metrics": _metric_match,
    "rankings": _ranking_match,
    "projects": _project_match,
    "persons": _person_match,
    "meetings": _meeting_match,
}

#: record type -> (field, comparator) whose accuracy is reported over matched pairs
FIELDS: Dict[str, Tuple[Tuple[str, Callable[[Any, Any], bool]], ...]] = {
    "metrics": (("change", _same_optional_change), ("modality", _same), ("year", _same), ("region", _same)),
    "rankings": (("scope", _same), ("subject", _same), ("year", _same)),
    "projects": (("status", _same),),
    "persons": (("title", _same), ("role", _same)),
    "meetings": (("date", _same), ("term", _same), ("session", _same)),
}

#: the text field the match rule compares, used as a tie-breaker between candidate pairs
_KEY = {"metrics": "indicator", "rankings": "criterion", "projects": "name", "persons": "name", "meetings": "name"}


def _similarity(record_type: str, g: Record, o: Record) -> float:
    """How well a possible pair agrees: agreeing fields, then key and evidence overlap."""
    agree = sum(cmp(g.get(name), o.get(name)) for name, cmp in FIELDS[record_type])
    key = _KEY[record_type]
    return agree + 0.5 * char_overlap(g.get(key), o.get(key)) + 0.25 * char_overlap(
        g.get("evidence"), o.get("evidence")
    )


# --------------------------------------------------------------------------- matching

def _assign(weights: List[List[Optional[float]]]) -> List[Tuple[int, int]]:
    """Maximum-cardinality, then maximum-weight, matching of a small dense bipartite graph.

    ``weights[i][j]`` is None where row i and column j may not be paired.
    Hungarian algorithm (shortest augmenting paths, O(n^2 m)) for n <= m rows.
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    if n == 0 or m == 0:
        return []
    if n > m:
        return [(i, j) for j, i in _assign([list(col) for col in zip(*weights)])]
    top = max(w for row in weights for w in row if w is not None)
    big = (top + 1.0) * (n + 1)  # one more pair always outweighs any gain in agreement
    cost = [[0.0 if w is None else -(big + w) for w in row] for row in weights]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)      # p[j]: row (1-based) assigned to column j
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            row = cost[i0 - 1]
            ui0 = u[i0]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - ui0 - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return [(p[j] - 1, j - 1) for j in range(1, m + 1) if p[j] and weights[p[j] - 1][j - 1] is not None]


def match_records(record_type: str, gold: Sequence[Record], output: Sequence[Record]) -> List[Tuple[int, int]]:
    """Pair gold with output records one-to-one; returns (gold index, output index) pairs.

    The possible pairs are split into connected components (usually tiny) and
    each is solved exactly by :func:`_assign`.
    """
    rule = MATCH_RULES[record_type]
    edges: Dict[int, Dict[int, float]] = {}
    for gi, g in enumerate(gold):
        for oi, o in enumerate(output):
            if rule(g, o):
                edges.setdefault(gi, {})[oi] = _similarity(record_type, g, o)
    by_out: Dict[int, List[int]] = {}
    for gi, outs in edges.items():
        for oi in outs:
            by_out.setdefault(oi, []).append(gi)
    pairs: List[Tuple[int, int]] = []
    seen: set = set()
    for start in edges:
        if start in seen:
            continue
        rows, cols, stack = [], set(), [start]
        seen.add(start)
        while stack:
            gi = stack.pop()
            rows.append(gi)
            for oi in edges[gi]:
                if oi not in cols:
                    cols.add(oi)
                    for gj in by_out[oi]:
                        if gj not in seen:
                            seen.add(gj)
                            stack.append(gj)
        col_list = sorted(cols)
        if len(rows) == 1 and len(col_list) == 1:
            pairs.append((rows[0], col_list[0]))
            continue
        weights = [[edges[gi].get(oi) for oi in col_list] for gi in rows]
        pairs.extend((rows[r], col_list[c]) for r, c in _assign(weights))
    return sorted(pairs)


# --------------------------------------------------------------------------- figures

@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> Optional[float]:
        return self.correct / self.total if self.total else None


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@dataclass
class TypeScore:
    """Figures for one record type (one document, or summed over documents).

    ``tp`` counts matched pairs (required and optional gold), ``fp`` unmatched
    outputs, ``fn`` unmatched *required* gold. P/R/F1 are 0.0 when undefined.
    """

    record_type: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional_tp: int = 0
    fields: Dict[str, FieldScore] = field(default_factory=dict)
    misses: List[Dict[str, Any]] = field(default_factory=list)           # {doc, gold}
    false_positives: List[Dict[str, Any]] = field(default_factory=list)  # {doc, output}
    mismatches: List[Dict[str, Any]] = field(default_factory=list)       # {doc, field, gold, output}

    def __post_init__(self) -> None:
        for name, _ in FIELDS.get(self.record_type, ()):
            self.fields.setdefault(name, FieldScore())

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "TypeScore") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.optional_tp += other.optional_tp
        for name, fs in other.fields.items():
            mine = self.fields.setdefault(name, FieldScore())
            mine.correct += fs.correct
            mine.total += fs.total
        self.misses.extend(other.misses)
        self.false_positives.extend(other.false_positives)
        self.mismatches.extend(other.mismatches)

    def figures(self) -> Dict[str, Any]:
        return {
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "optional_tp": self.optional_tp,
            "fields": {n: {"accuracy": f.accuracy, "correct": f.correct, "n": f.total} for n, f in self.fields.items()},
        }


@dataclass
class DocumentScore:
    doc: str
    types: Dict[str, TypeScore]
    seconds: float = 0.0
    error: Optional[str] = None


@dataclass
class Report:
    """Result of :func:`evaluate`: per-type totals, per-document scores, errors."""

    types: Dict[str, TypeScore]
    documents: List[DocumentScore] = field(default_factory=list)
    errors: List[str] = field(default_factory=list)
    given_region: bool = False
    seconds: float = 0.0

    @property
    def overall(self) -> TypeScore:
        """Micro-average over all record types (counts only; no field accuracies)."""
        total = TypeScore("all")
        for ts in self.types.values():
            total.tp += ts.tp
            total.fp += ts.fp
            total.fn += ts.fn
            total.optional_tp += ts.optional_tp
        return total

    def to_dict(self) -> Dict[str, Any]:
        overall = self.overall.figures()
        del overall["fields"]
        return {
            "docs": len(self.documents),
            "given_region": self.given_region,
            "seconds": round(self.seconds, 3),
            "errors": list(self.errors),
            "types": {t: s.figures() for t, s in self.types.items()},
            "overall": overall,
            "documents": {
                d.doc: {
                    "seconds": round(d.seconds, 3),
                    "error": d.error,
                    **{t: {"tp": s.tp, "fp": s.fp, "fn": s.fn} for t, s in d.types.items()},
                }
                for d in self.documents
            },
        }


# --------------------------------------------------------------------------- scoring

def _as_dict(record: Any) -> Record:
    """A gold or output record as a plain dict whose ``evidence`` is a string, its strings in
    simplified characters: a gold file may write a text in traditional script as it stands
    (榆中縣), the library writes it in simplified (榆中县); the script is no error."""
    data = record.model_dump(mode="json") if hasattr(record, "model_dump") else dict(record)
    ev = data.get("evidence")
    if isinstance(ev, Mapping):
        data["evidence"] = ev.get("text", "")
    return {k: _simplified_strings(v) for k, v in data.items()}


def _simplified_strings(value: Any) -> Any:
    if isinstance(value, str):
        only, shared, _ = traditional_tables()
        return value.translate(only).translate(shared)
    if isinstance(value, list):
        return [_simplified_strings(v) for v in value]
    if isinstance(value, dict):
        return {k: _simplified_strings(v) for k, v in value.items()}
    return value


def _output_lists(extraction: Any) -> Dict[str, List[Record]]:
    get = extraction.get if isinstance(extraction, Mapping) else (lambda k, d: getattr(extraction, k, d))
    return {t: [_as_dict(r) for r in (get(t, None) or [])] for t in RECORD_TYPES}


def score_type(record_type: str, gold: Sequence[Any], output: Sequence[Any], doc: str = "") -> TypeScore:
    """Score one record type of one document (gold dicts or records vs output records)."""
    gold_recs = [_as_dict(g) for g in gold]
    out_recs = [_as_dict(o) for o in output]
    required = [i for i, g in enumerate(gold_recs) if not g.get("optional")]
    optional = [i for i, g in enumerate(gold_recs) if g.get("optional")]
    score = TypeScore(record_type)

    pairs = [(required[g], o) for g, o in match_records(record_type, [gold_recs[i] for i in required], out_recs)]
    taken = {o for _, o in pairs}
    left = [o for o in range(len(out_recs)) if o not in taken]
    opt_pairs = [
        (optional[g], left[o])
        for g, o in match_records(record_type, [gold_recs[i] for i in optional], [out_recs[i] for i in left])
    ]
    matched_gold = {g for g, _ in pairs} | {g for g, _ in opt_pairs}
    matched_out = taken | {o for _, o in opt_pairs}

    score.tp = len(pairs) + len(opt_pairs)
    score.optional_tp = len(opt_pairs)
    score.fn = sum(1 for i in required if i not in matched_gold)
    score.fp = len(out_recs) - len(matched_out)
    score.misses = [{"doc": doc, "gold": gold_recs[i]} for i in required if i not in matched_gold]
    score.false_positives = [{"doc": doc, "output": o} for i, o in enumerate(out_recs) if i not in matched_out]
    for gi, oi in sorted(pairs + opt_pairs):
        g, o = gold_recs[gi], out_recs[oi]
        for name, cmp in FIELDS[record_type]:
            fs = score.fields[name]
            fs.total += 1
            if cmp(g.get(name), o.get(name)):
                fs.correct += 1
            else:
                score.mismatches.append({"doc": doc, "field": name, "gold": g, "output": o})
    return score


def score_document(gold: Mapping[str, Any], extraction: Any) -> DocumentScore:
    """Score one :class:`~gov_extract.records.Extraction` (or its JSON dict) against one gold dict."""
    doc = str(gold.get("doc", ""))
    outputs = _output_lists(extraction)
    types = {t: score_type(t, gold.get(t) or [], outputs[t], doc) for t in RECORD_TYPES}
    return DocumentScore(doc=doc, types=types)


def evaluate(
    gold_dir: "str | Path",
    texts_dir: "str | Path",
    *,
    given_region: bool = False,
    docs: Optional[Iterable[str]] = None,
    on_error: Optional[Callable[[str], None]] = None,
) -> Report:
    """Run :func:`gov_extract.extract` on every ``<texts_dir>/<doc>.txt`` that has a
    ``<gold_dir>/<doc>.json`` and score it.

    ``region`` is None (inferred by the library) unless *given_region*, then the
    gold region is passed. *docs* restricts to those document ids. A missing text
    file, unreadable gold file or an exception inside ``extract`` is recorded in
    ``Report.errors`` (and passed to *on_error*); a document whose extraction
    failed is scored as if nothing was extracted. Raises ``FileNotFoundError``
    when a directory is missing.
    """
    from .api import extract

    gold_dir, texts_dir = Path(gold_dir), Path(texts_dir)
    for label, d in (("gold", gold_dir), ("texts", texts_dir)):
        if not d.is_dir():
            raise FileNotFoundError(f"{label} directory not found: {d}")
    wanted = None if docs is None else set(docs)
    report = Report(types={t: TypeScore(t) for t in RECORD_TYPES}, given_region=given_region)

    def error(msg: str) -> None:
        report.errors.append(msg)
        if on_error:
            on_error(msg)

    started = time.perf_counter()
    gold_files = sorted(gold_dir.glob("*.json"))
    if wanted is not None:
        gold_files = [p for p in gold_files if p.stem in wanted]
        for doc in sorted(wanted - {p.stem for p in gold_files}):
            error(f"error: no gold file for --doc {doc} in {gold_dir}")
    for gold_path in gold_files:
        doc = gold_path.stem
        text_path = texts_dir / f"{doc}.txt"
        if not text_path.is_file():
            error(f"error: {doc}: no text file {text_path}; skipped")
            continue
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = text_path.read_text(encoding="utf-8")
        except (OSError, ValueError) as exc:
            error(f"error: {doc}: cannot read: {exc}; skipped")
            continue
        gold.setdefault("doc", doc)
        region = gold.get("region") if given_region else None
        t0 = time.perf_counter()
        failure = None
        try:
            extraction: Any = extract(text, published=gold.get("published"), region=region)
        except Exception as exc:  # noqa: BLE001 - one failing document must not stop the evaluation
            tb = exc.__traceback__
            while tb is not None and tb.tb_next is not None:
                tb = tb.tb_next
            where = f" at {Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}" if tb else ""
            failure = f"{type(exc).__name__}: {exc}{where}"
            error(f"error: {doc}: extract() raised {failure}; scored as empty")
            extraction = {}
        doc_score = score_document(gold, extraction)
        doc_score.seconds = time.perf_counter() - t0
        doc_score.error = failure
        report.documents.append(doc_score)
        for t, s in doc_score.types.items():
            report.types[t].add(s)
    report.seconds = time.perf_counter() - started
    return report


# --------------------------------------------------------------------------- text output

_ORDER = {t: i for i, t in enumerate(RECORD_TYPES)}


def _q(q: Optional[Mapping[str, Any]]) -> str:
    if not q:
        return "-"
    text = q.get("text") or f"{q.get('value'):g}{q.get('unit')}"
    bound = q.get("bound", "eq")
    return text if bound in (None, "eq") else f"{text}({bound})"


def describe(record_type: str, r: Mapping[str, Any]) -> str:
    """One-line summary of a record's identifying fields."""
    if record_type == "metrics":
        return (f"{r.get('indicator')} level={_q(r.get('level'))} change={_q(r.get('change'))} "
                f"{r.get('modality')} year={r.get('year')} region={r.get('region')}")
    if record_type == "rankings":
        place = "/".join(f"{k}={r.get(k)}" for k in ("rank", "top", "tier") if r.get(k) is not None) or "-"
        return (f"{r.get('subject')} | {r.get('criterion')} {place} scope={r.get('scope')} year={r.get('year')}")
    if record_type == "projects":
        return f"{r.get('name')} status={r.get('status')}"
    if record_type == "persons":
        return f"{r.get('name')} title={r.get('title')} role={r.get('role')}"
    return f"{r.get('name')} date={r.get('date')} term={r.get('term')} session={r.get('session')}"


def _fmt(x: Optional[float]) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def _compact_fields(ts: TypeScore) -> str:
    if not ts.fields:
        return ""
    n = max(f.total for f in ts.fields.values())
    parts = " ".join(f"{name} {'-' if f.accuracy is None else f'{f.accuracy:.2f}'}" for name, f in ts.fields.items())
    return f"| {parts} (n={n})"


def _row(label: str, ts: TypeScore) -> str:
    return (f"{label:<9} {_fmt(ts.precision)} {_fmt(ts.recall)} {_fmt(ts.f1)} "
            f"{ts.tp:5d} {ts.fp:5d} {ts.fn:5d} {_compact_fields(ts)}").rstrip()


def format_report(report: Report, *, title: str = "", show: Sequence[str] = (), per_doc: bool = False) -> str:
    """The CLI's text output. The last 8 lines are the summary."""
    out: List[str] = []
    for t, ts in report.types.items():
        opt = f" (incl. {ts.optional_tp} optional)" if ts.optional_tp else ""
        out.append(f"== {t}: P {ts.precision:.3f}  R {ts.recall:.3f}  F1 {ts.f1:.3f}   "
                   f"TP {ts.tp}{opt}  FP {ts.fp}  FN {ts.fn}")
        for name, f in ts.fields.items():
            acc = "  -  " if f.accuracy is None else f"{f.accuracy:.3f}"
            out.append(f"   {name:<9} {acc}  ({f.correct}/{f.total})")
        if per_doc:
            for d in report.documents:
                s = d.types[t]
                if s.tp or s.fp or s.fn:
                    out.append(f"   {d.doc:<24} P {s.precision:.2f} R {s.recall:.2f} F1 {s.f1:.2f}  "
                               f"TP {s.tp} FP {s.fp} FN {s.fn}")
        if t in show:
            out.append(f"   -- missed ({len(ts.misses)}):")
            out.extend(f"   - [{m['doc']}] {describe(t, m['gold'])}\n       << {m['gold'].get('evidence')}"
                       for m in ts.misses)
            out.append(f"   -- false positives ({len(ts.false_positives)}):")
            out.extend(f"   + [{m['doc']}] {describe(t, m['output'])}\n       << {m['output'].get('evidence')}"
                       for m in ts.false_positives)
            out.append(f"   -- field mismatches ({len(ts.mismatches)}):")
            for m in ts.mismatches:
                gv, ov = m["gold"].get(m["field"]), m["output"].get(m["field"])
                if m["field"] == "change":
                    gv, ov = _q(gv), _q(ov)
                out.append(f"   ~ [{m['doc']}] {m['field']}: gold={gv!r} output={ov!r}  "
                           f"({describe(t, m['gold'])})\n       << {m['gold'].get('evidence')}")
        out.append("")
    region = "gold region given" if report.given_region else "region inferred"
    errors = f", {len(report.errors)} errors" if report.errors else ""
    out.append(f"gov_extract.evaluate {title}: {len(report.documents)} docs, {region}{errors}, "
               f"{report.seconds:.2f} s".replace(" :", ":"))
    out.append(f"{'type':<9} {'P':^5} {'R':^5} {'F1':^5} {'TP':>5} {'FP':>5} {'FN':>5} | field accuracy")
    out.extend(_row(t, ts) for t, ts in report.types.items())
    out.append(_row("all", report.overall))
    return "\n".join(out)


# --------------------------------------------------------------------------- CLI

_ALIASES = {t[:-1]: t for t in RECORD_TYPES}


def _parse_show(values: Sequence[str]) -> List[str]:
    chosen: List[str] = []
    for value in values:
        for part in value.split(","):
            part = part.strip().lower()
            if not part:
                continue
            if part == "all":
                chosen.extend(RECORD_TYPES)
                continue
            part = _ALIASES.get(part, part)
            if part not in RECORD_TYPES:
                raise argparse.ArgumentTypeError(
                    f"--show: unknown record type {part!r} (use {', '.join(RECORD_TYPES)} or all)")
            chosen.append(part)
    return sorted(set(chosen), key=_ORDER.__getitem__)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m gov_extract.evaluate",
        description="Score gov_extract.extract() against gold files (shared/spec/RECORDS.md).")
    parser.add_argument("--gold", required=True, help="directory of <doc>.json gold files")
    parser.add_argument("--texts", required=True, help="directory of <doc>.txt articles")
    parser.add_argument("--given-region", action="store_true",
                        help="pass the gold region to extract() (default: region=None, the library infers it)")
    parser.add_argument("--show", action="append", default=[], metavar="TYPES",
                        help="list misses, false positives and field mismatches for these record types "
                             "(repeatable or comma list; 'all')")
    parser.add_argument("--doc", action="append", default=None, metavar="ID",
                        help="only this document (repeatable or comma list)")
    parser.add_argument("--per-doc", action="store_true", help="add per-document rows to each type's table")
    parser.add_argument("--json", metavar="FILE", help="also write all figures as JSON to FILE ('-' for stdout)")
    args = parser.parse_args(argv)
    try:
        show = _parse_show(args.show)
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))
    docs = None if args.doc is None else [d.strip() for v in args.doc for d in v.split(",") if d.strip()]

    def on_error(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    try:
        report = evaluate(args.gold, args.texts, given_region=args.given_region, docs=docs, on_error=on_error)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    title = Path(args.gold).resolve().name
    if args.json:
        payload = json.dumps(report.to_dict(), ensure_ascii=False, indent=1)
        if args.json == "-":
            print(payload)
        else:
            Path(args.json).write_text(payload + "\n", encoding="utf-8")
    print(format_report(report, title=title, show=show, per_doc=args.per_doc), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
