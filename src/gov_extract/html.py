"""A readable HTML view of an :class:`Extraction`: highlighted source text plus record tables.

Self-contained (inline CSS, no scripts, no external assets); every piece of input text is
escaped, so an article containing ``<script>`` stays inert.

>>> from gov_extract.records import Extraction
>>> "<script" in render(Extraction(text="<script>alert(1)</script>"))
False
"""
from __future__ import annotations

import html as _html
import itertools
import re
from typing import Any, Iterable, List, Optional, Sequence, Tuple

from .records import RECORD_TYPES, Extraction, Quantity

__all__ = ["render", "render_page", "page_head", "page_tail", "summarize", "table_columns", "TYPE_LABELS"]

_counter = itertools.count()

#: record type -> (Chinese label, English label, short tag, colour)
TYPE_STYLE = {
    "metrics": ("指标", "Metrics", "M", "#2f6fde"),
    "rankings": ("排名", "Rankings", "R", "#e07b00"),
    "projects": ("项目", "Projects", "P", "#1f9d55"),
    "persons": ("人物", "Persons", "H", "#8e44ad"),
    "meetings": ("会议", "Meetings", "C", "#d63a5a"),
}
TYPE_LABELS = {rt: f"{TYPE_STYLE[rt][0]} {TYPE_STYLE[rt][1]}" for rt in RECORD_TYPES}

_BOUND_SIGN = {"eq": "", "ge": "≥", "gt": ">", "le": "≤", "lt": "<", "approx": "≈"}


def esc(value: Any) -> str:
    return _html.escape("" if value is None else str(value), quote=True)


def fmt_quantity(q: Optional[Quantity], signed: bool = False) -> str:
    """``>50亿元``, ``+6.3%``, ``-25%``; '' for None."""
    if q is None:
        return ""
    sign = ""
    if signed and q.value > 0 and not q.text.lstrip().startswith(("+", "-", "−")):
        sign = "+"
    if signed and q.value < 0 and not q.text.lstrip().startswith(("-", "−")):
        sign = "-"
    return f"{_BOUND_SIGN.get(q.bound, '')}{sign}{q.text}"


def _join(values: Iterable[Any]) -> str:
    return "、".join(str(v) for v in values if v)


#: record type -> the fields shown as table columns (HTML and CLI), in order
_TABLES = {
    "metrics": ["indicator", "level", "change", "basis", "modality", "year", "period", "region"],
    "rankings": ["subject", "criterion", "scope", "rank", "top", "tier", "year", "publisher", "modality"],
    "projects": ["name", "status", "status_text", "investment", "modality", "year"],
    "persons": ["name", "title", "organization", "role"],
    "meetings": ["name", "organizer", "term", "session", "date", "format", "venues", "attendees"],
}


def _cell(record, field: str):
    value = getattr(record, field)
    if isinstance(value, Quantity):
        return fmt_quantity(value, signed=field == "change")
    if isinstance(value, list):
        return _join(value)
    if field == "date":
        return value or record.date_text
    return value


def table_columns(record_type: str) -> List[str]:
    """The headers of the display table of ``record_type`` (without '#' and evidence)."""
    return list(_TABLES[record_type])


def table_cells(record_type: str, record) -> List[str]:
    """The display cells of one record (strings, '' for missing), matching :func:`table_columns`."""
    return ["" if (v := _cell(record, f)) is None else str(v) for f in _TABLES[record_type]]


def summarize(record_type: str, record) -> str:
    """A one-line summary of a record, e.g. ``指标 规上工业增加值: +9.5% · 2024 · actual``."""
    label = TYPE_STYLE[record_type][0]
    if record_type == "metrics":
        head = record.indicator
        body = [fmt_quantity(record.level), fmt_quantity(record.change, signed=True), record.basis,
                record.period, record.year, record.region, record.modality]
    elif record_type == "rankings":
        head = f"{record.subject} · {record.criterion}"
        place = f"第{record.rank}" if record.rank is not None else (f"前{record.top}" if record.top else None)
        body = [record.scope, place, record.tier, record.year, record.publisher, record.modality]
    elif record_type == "projects":
        head = record.name
        body = [record.status_text or record.status, fmt_quantity(record.investment), record.year,
                record.modality]
    elif record_type == "persons":
        head = record.name
        body = [record.organization, record.title, record.role]
    else:
        head = record.name
        body = [record.date or record.date_text, record.format, _join(record.venues)]
    rest = " · ".join(str(b) for b in body if b not in (None, ""))
    return f"{label} {head}: {rest}" if rest else f"{label} {head}"


# --------------------------------------------------------------------------- CSS
_CSS = """
.gx{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;
  color:#1d2330;line-height:1.6;font-size:14px;margin:0 0 28px 0}
.gx *{box-sizing:border-box}
.gx h2{font-size:17px;margin:0 0 6px 0}
.gx .gx-meta{color:#5b6475;font-size:12.5px;margin-bottom:8px}
.gx .gx-legend{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 10px 0}
.gx .gx-key{font-size:12.5px;padding:1px 8px;border-radius:10px;border:1px solid;white-space:nowrap}
.gx .gx-body{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}
.gx .gx-text{font-family:inherit;flex:1 1 420px;max-width:680px;white-space:pre-wrap;word-break:break-all;font-size:15px;
  line-height:1.9;background:#fbfbfd;border:1px solid #e3e6ee;border-radius:6px;padding:12px 14px;margin:0}
.gx .gx-text mark{color:inherit;border-radius:2px;padding:1px 0}
.gx .gx-tag{font-size:10px;vertical-align:super;line-height:0;margin:0 1px;text-decoration:none;
  font-weight:600;white-space:nowrap}
.gx .gx-tables{flex:1 1 520px;min-width:0}
.gx table{border-collapse:collapse;margin:0 0 14px 0;font-size:12.5px;width:100%}
.gx caption{text-align:left;font-weight:600;font-size:13.5px;padding:4px 0}
.gx th,.gx td{border:1px solid #e3e6ee;padding:3px 6px;text-align:left;vertical-align:top}
.gx th{background:#f2f4f8;font-weight:600;white-space:nowrap}
.gx td.gx-ev{color:#5b6475;font-size:11.5px;max-width:260px}
.gx td.gx-id{white-space:nowrap;font-weight:600}
.gx .gx-none{color:#8a93a5;font-size:12.5px;margin:0 0 10px 0}
"""


def _tint(colour: str, alpha: str) -> str:
    return colour + alpha  # #rrggbb + aa


def _style_tag() -> str:
    return f"<style>{_CSS}</style>"


# --------------------------------------------------------------------------- text with highlights
def _spans(extraction: Extraction) -> List[Tuple[int, int, str, int, Any]]:
    """(start, end, record type, index within type, record), clipped to the text; empty spans dropped."""
    n = len(extraction.text)
    out = []
    for rt in RECORD_TYPES:
        for i, record in enumerate(getattr(extraction, rt)):
            start, end = max(0, min(record.evidence.start, n)), max(0, min(record.evidence.end, n))
            if end > start:
                out.append((start, end, rt, i, record))
    return out


_BLANK_LINES = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*)+")


def _compact(text: str) -> str:
    """Display only: runs of blank lines shown as one line break (newspaper text often has a
    blank line after every hard-wrapped line). Offsets are unaffected: they are never shown."""
    return _BLANK_LINES.sub("\n", text)


def _anchor(uid: str, rt: str, i: int) -> str:
    return f"{uid}-{rt}-{i + 1}"


def _highlighted_text(extraction: Extraction, uid: str) -> str:
    text = extraction.text
    spans = _spans(extraction)
    # Split at every span boundary; each segment is covered by a set of spans (overlaps layer).
    cuts = sorted({0, len(text)} | {s for s, *_ in spans} | {e for _, e, *_ in spans})
    ends_at = {}
    for span in spans:
        ends_at.setdefault(span[1], []).append(span)
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        chunk = esc(_compact(text[a:b]))
        if covering:
            # innermost (shortest) span gives the background; every covering type adds an underline bar
            covering.sort(key=lambda sp: (sp[1] - sp[0], RECORD_TYPES.index(sp[2])))
            colours = []
            for sp in covering:
                c = TYPE_STYLE[sp[2]][3]
                if c not in colours:
                    colours.append(c)
            shadows = ",".join(f"inset 0 -{2 * (k + 1)}px 0 {c}" for k, c in enumerate(colours))
            style = f"background:{_tint(colours[0], '22')};box-shadow:{shadows}"
            title = "\n".join(
                f"{TYPE_STYLE[sp[2]][2]}{sp[3] + 1} {summarize(sp[2], sp[4])}" for sp in covering
            )
            chunk = f'<mark style="{style}" title="{esc(title)}">{chunk}</mark>'
        parts.append(chunk)
        for sp in sorted(ends_at.get(b, []), key=lambda sp: (RECORD_TYPES.index(sp[2]), sp[3])):
            rt, i = sp[2], sp[3]
            tag, colour = TYPE_STYLE[rt][2], TYPE_STYLE[rt][3]
            parts.append(
                f'<a class="gx-tag" href="#{_anchor(uid, rt, i)}" style="color:{colour}" '
                f'title="{esc(summarize(rt, sp[4]))}">{tag}{i + 1}</a>'
            )
    return "".join(parts)


def _legend(extraction: Extraction) -> str:
    keys = []
    for rt in RECORD_TYPES:
        colour = TYPE_STYLE[rt][3]
        n = len(getattr(extraction, rt))
        keys.append(
            f'<span class="gx-key" style="border-color:{colour};background:{_tint(colour, "22")}">'
            f'<b style="color:{colour}">{TYPE_STYLE[rt][2]}</b> {esc(TYPE_LABELS[rt])} · {n}</span>'
        )
    return f'<div class="gx-legend">{"".join(keys)}</div>'


def _tables(extraction: Extraction, uid: str) -> str:
    out = []
    for rt in RECORD_TYPES:
        records = getattr(extraction, rt)
        colour = TYPE_STYLE[rt][3]
        if not records:
            out.append(f'<p class="gx-none">{esc(TYPE_LABELS[rt])}: none</p>')
            continue
        head = "".join(f"<th>{esc(h)}</th>" for h in ["#", *table_columns(rt), "evidence"])
        rows = []
        for i, record in enumerate(records):
            cells = "".join(f"<td>{esc(c)}</td>" for c in table_cells(rt, record))
            ev = record.evidence
            rows.append(
                f'<tr id="{_anchor(uid, rt, i)}"><td class="gx-id" style="color:{colour}">'
                f"{TYPE_STYLE[rt][2]}{i + 1}</td>{cells}"
                f'<td class="gx-ev" title="[{ev.start}:{ev.end}]">{esc(ev.text)}</td></tr>'
            )
        out.append(
            f'<table><caption style="color:{colour}">{esc(TYPE_LABELS[rt])} ({len(records)})</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
    return "".join(out)


def render(extraction: Extraction, *, title: Optional[str] = None, style: bool = True) -> str:
    """An HTML fragment (one ``<div>``, with its ``<style>`` unless ``style=False``) for one article.

    This is what ``Extraction._repr_html_()`` shows in a notebook.
    """
    if not isinstance(extraction, Extraction):
        raise TypeError(f"render() needs an Extraction, got {type(extraction).__name__}")
    uid = f"gx{next(_counter)}"
    n = sum(len(getattr(extraction, rt)) for rt in RECORD_TYPES)
    meta = f"{len(extraction.text)} characters · {n} records"
    if extraction.region:
        meta += f" · region {extraction.region}"
    heading = f"<h2>{esc(title)}</h2>" if title else ""
    return (
        (_style_tag() if style else "")
        + f'<div class="gx" id="{uid}">{heading}<div class="gx-meta">{esc(meta)}</div>{_legend(extraction)}'
        f'<div class="gx-body"><pre class="gx-text">{_highlighted_text(extraction, uid)}</pre>'
        f'<div class="gx-tables">{_tables(extraction, uid)}</div></div></div>'
    )


def page_head(title: str = "gov_extract") -> str:
    """Start of a standalone page; follow with :func:`render` (``style=False``) parts and :func:`page_tail`."""
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title>{_style_tag()}"
        "<style>body{margin:20px 24px;background:#fff}hr.gx-sep{border:0;border-top:2px solid #e3e6ee;"
        "margin:8px 0 24px 0}</style></head><body>\n"
    )


def page_tail() -> str:
    return "</body></html>\n"


def render_page(items: Iterable[Any], title: str = "gov_extract") -> str:
    """A standalone HTML page of many articles: ``items`` are Extractions or ``(id, Extraction)`` pairs."""
    parts = [page_head(title)]
    for k, item in enumerate(items):
        article_id, extraction = item if isinstance(item, tuple) else (None, item)
        if k:
            parts.append('<hr class="gx-sep">\n')
        parts.append(render(extraction, title=None if article_id is None else str(article_id), style=False))
        parts.append("\n")
    parts.append(page_tail())
    return "".join(parts)
