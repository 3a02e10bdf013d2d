"""Numbers with units: find and parse the quantities of a normalized text.

    >>> [s.quantity.text for s in find_quantities("地区生产总值835.5亿元、增长6.3%")]
    ['835.5亿元', '6.3%']
    >>> parse_quantity("超50亿元")
    Quantity(value=5000000000.0, unit='元', bound='gt', text='50亿元')

A quantity is a number (Arabic ``835.5``, ``1,234``, or Chinese ``一千二百``,
``两``, ``千万``), optional multipliers (万/亿/千/百 and stacks such as 万亿,
千万), optional 多/余 ("more than"), and a unit word from ``data/units.tsv``.
The value is given in the unit's base unit: 835.5亿元 -> 83550000000.0 元,
55万千瓦 -> 550000.0 千瓦 (千瓦 is a unit, 万 the multiplier: the longest unit
word wins after multipliers are peeled), 七成 -> 70.0 %, 600MW -> 600.0 兆瓦.

Bounds come from ``data/bounds.tsv`` (word, before/after, bound): 超过500亿元,
6%以上, 5.5%左右; 多/余 inside the quantity (2400多亿元) is ``gt``. A bound word
before the number wins over one after it. ``QuantitySpan.start/end`` cover the
number and unit (``== quantity.text``), ``outer_start/outer_end`` also the bound
words.

Choices:

* Ranges (3000万-5000万元, 5%—8%, 10至15个) give ONE quantity: the low end with
  bound ``ge``; its text is the whole range. A unit or multiplier written only
  on the high end applies to the low end too (3-5万元 -> 30000.0 元).
* 两位数/二位数 (增长两位数) -> 10.0 % ``ge``, text "两位数".
* MW/MWp are written 兆瓦 (600MW -> 600.0 兆瓦), GW -> 兆瓦 x 1000, kW -> 千瓦.
* A ratio ``2.27:1`` -> 2.27 倍; a bare number after 倍差 (倍差缩小至1.69) -> 1.69 倍
  (``data/bare_number_contexts.tsv``). A structure ``8.3∶41.4∶50.3`` whose parts
  sum to 100 gives one quantity per part with unit %.
* A number without a unit is returned (unit "") only when it is clearly a
  value: it carries a multiplier (4000亿, 突破千亿) or a bound word (95以上), or
  follows a bare-number context. Chinese numerals without a unit need both a
  magnitude (千亿, 千万) and a bound word before them (突破千亿).
* A lone Chinese digit (一, 两, 三 … without 十/百/千/万/亿) is a quantity only before
  a ``measure`` unit (七成, 两个百分点), never before a classifier (三张清单,
  四套班子, 一个).
* Not quantities: dates and times (2024年, 1月3日, 1-9月, 2024-05-01, 10时30分,
  09:45), years and durations (连续5年 — 年/月 are not units), ordinals (第45位,
  前10), numbers inside quotes and book titles (“2+5”, 「1653」, 《…2016年…》),
  codes (S316, G60, PM2.5, 5G, 3D, 5A级, 2+5, 1·5), numbers before 国道/级/强/号…,
  and idioms of ``data/not_quantity_contexts.tsv`` (千方百计, 一体化, 十四五 …).

The scanner is one linear ``regex`` pass (bounded repeats only) plus constant
work per candidate number.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

import regex

from .records import Quantity
from .tables import alternation, load_mapping, load_table

__all__ = ["QuantitySpan", "find_quantities", "parse_quantity", "cn_numeral_value"]


@dataclass(frozen=True)
class QuantitySpan:
    """A quantity found in a text: ``text[start:end] == quantity.text``."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    quantity: Quantity


# ---------------------------------------------------------------------------
# Chinese numerals

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_CHARS = "".join(_CN_DIGITS) + "十百千万亿"
_MAGNITUDE_CHARS = frozenset("十百千万亿")


def cn_numeral_value(s: str) -> int:
    """Value of a Chinese numeral: 一千二百 -> 1200, 两 -> 2, 十五 -> 15, 千万 -> 10**7, 万亿 -> 10**12."""
    total = 0
    section = 0
    number = 0
    prev_digit = False
    for ch in s:
        if ch in _CN_DIGITS:
            d = _CN_DIGITS[ch]
            number = number * 10 + d if prev_digit else d
            prev_digit = True
            continue
        if ch in _CN_SMALL:
            section += (number if (number or prev_digit) else 1) * _CN_SMALL[ch]
        elif ch == "万":
            val = section + number
            if not val and not prev_digit:
                val = 1  # 万 alone, 万亿
            total += val * 10_000
            section = 0
        elif ch == "亿":
            val = total + section + number
            total = (val if val or prev_digit else 1) * 100_000_000
            section = 0
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
        number = 0
        prev_digit = False
    return total + section + number


# ---------------------------------------------------------------------------
# Tables and patterns

_FULLWIDTH = str.maketrans("０１２３４５６７８９％．：，－～", "0123456789%.:,-~")
_SPACE = "[ \u3000\u00a0]"
_MULTIPLIERS = {"万亿": "1e12", "千亿": "1e11", "百亿": "1e10", "十亿": "1e9", "千万": "1e7",
                "百万": "1e6", "十万": "1e5", "万": "1e4", "亿": "1e8", "千": "1e3", "百": "1e2"}
_RANGE_SEPS = "-—–~～至"


class _Tables:
    def __init__(self) -> None:
        units: Dict[str, Tuple[str, Decimal, str]] = {}
        for row in load_table("units"):
            word, base, factor, kind = (list(row) + ["", "1", "classifier"])[:4]
            units[word] = (base, Decimal(factor or "1"), kind or "classifier")
        self.units = units
        self.unit_re = regex.compile(alternation(units))
        self.mult_re = regex.compile(alternation(_MULTIPLIERS))

        before: Dict[str, str] = {}
        after: Dict[str, str] = {}
        for row in load_table("bounds"):
            word, pos, bound = row[0], row[1], row[2]
            (before if pos == "before" else after)[word] = bound
        self.before = before
        self.before_lengths = sorted({len(w) for w in before}, reverse=True)
        after_words = [w for w in after if w not in ("多", "余")]
        self.after = after
        self.after_re = regex.compile(f"{_SPACE}?(?:{alternation(after_words)})")

        kinds: Dict[str, List[str]] = {}
        for row in load_table("not_quantity_contexts"):
            kinds.setdefault(row[1], []).append(row[0])
        self.idioms = kinds.get("idiom", [])
        self.prefixes = set(kinds.get("prefix", []))
        self.prefix_lengths = sorted({len(w) for w in self.prefixes}, reverse=True)
        self.not_prefixes = set(kinds.get("not_prefix", []))
        self.not_prefix_lengths = sorted({len(w) for w in self.not_prefixes}, reverse=True)
        self.suffix_re = regex.compile(alternation(kinds.get("suffix", ["\0"])))
        self.unit_follow_re = regex.compile(alternation(kinds.get("unit_follow", ["\0"])))
        self.bare_contexts = load_mapping("bare_number_contexts")

        num = r"[0-9]{1,15}(?:\.[0-9]{1,10})?"
        sp = _SPACE + "?"
        exclusions = [
            # structure ratios (kept before times: 8.3:41.4:50.3) are decided in code
            rf"(?P<ratio3>{num}(?:{sp}[:∶]{sp}{num}){{2,5}})(?![0-9:∶])",
            # dates and times
            rf"[0-9]{{4}}{sp}[-—–~～至/]{sp}[0-9]{{4}}{sp}年",
            rf"[0-9]{{4}}[-/.][0-9]{{1,2}}[-/.][0-9]{{1,2}}(?![0-9])",
            rf"[0-9]{{1,4}}{sp}年(?:{sp}[0-9]{{1,2}}{sp}月)?(?:{sp}[0-9]{{1,2}}{sp}[日号])?",
            rf"[0-9]{{1,2}}{sp}[-—–~～至]{sp}[0-9]{{1,2}}{sp}月",
            rf"[0-9]{{1,2}}{sp}月(?:{sp}[0-9]{{1,2}}{sp}[日号])?",
            rf"[0-9]{{1,2}}{sp}[日号](?:{sp}[-—–~～至]{sp}[0-9]{{1,2}}{sp}[日号])?",
            rf"[0-9]{{1,2}}{sp}[:：]{sp}[0-9]{{2}}(?:{sp}[:：]{sp}[0-9]{{2}})?(?![0-9])",
            rf"[0-9]{{1,2}}{sp}[时点](?:{sp}[0-9]{{1,2}}{sp}分)?(?!钟)",
            # codes and names
            r"[0-9]{1,4}(?:\s?\+\s?(?:[0-9]{1,4}|[NnXx]))+",
            r"[0-9]{1,4}·[0-9]{1,4}",
            r"(?<![A-Za-z_])(?!" + _INDICATOR_ABBR + r")[A-Za-z_]{1,8}[0-9]{1,8}(?:\.[0-9]{1,4})?",
        ]
        quoted = [r"“[^”\n]{0,24}”", r"「[^」\n]{0,24}」", r"『[^』\n]{0,24}』",
                  r'"[^"\n]{0,24}"', r"《[^》\n]{0,80}》", r"‘[^’\n]{0,24}’"]
        cn_class = regex.escape(_CN_CHARS)
        self.master = regex.compile(
            r"(?P<excl>(?<![0-9.])(?:" + "|".join(exclusions) + r")"
            + "|" + "|".join(quoted)
            + (("|" + alternation(self.idioms)) if self.idioms else "")
            + r")"
            + r"|(?P<two>[两二]位数)"
            + rf"|(?P<ratio>(?<![0-9.]){num}{sp}[:∶]{sp}1(?![0-9.:∶]))"
            + r"|(?P<ar>(?:(?<![0-9.A-Za-z_%）)\]])[-−])?(?:(?<![0-9.A-Za-z_])|(?<=" + _INDICATOR_ABBR + r"))"
            + r"[0-9]{1,15}(?:,[0-9]{3}(?![0-9])){0,5}(?:\.[0-9]{1,10})?)"
            + rf"|(?P<cn>[{cn_class}]{{1,12}})"
        )
        self.ar_re = regex.compile(r"(?:(?<![0-9.A-Za-z_])|(?<=" + _INDICATOR_ABBR + r"))[-−]?[0-9]{1,15}(?:,[0-9]{3}(?![0-9])){0,5}(?:\.[0-9]{1,10})?")
        self.bare_number_re = regex.compile(r"[-−]?[0-9]{1,15}(?:\.[0-9]{1,10})?")


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


# ---------------------------------------------------------------------------
# Scanning


@dataclass
class _Num:
    start: int
    end: int            # end of the whole quantity (number, 多/余, multiplier, unit)
    value: Decimal      # number x multiplier (x unit factor once the unit is known)
    unit: Optional[str]  # base unit, "" for none
    kind: str           # unit kind, "" for none
    more: bool          # 多/余 inside
    has_mult: bool
    cn: bool            # written in Chinese numerals
    magnitude: bool     # Chinese numeral with 十/百/千/万/亿


def _skip_space(t: str, i: int) -> int:
    if i < len(t) and t[i] in " \u3000\u00a0":
        return i + 1
    return i


def _tail(tb: _Tables, t: str, i: int, value: Decimal, allow_mult: bool):
    """Parse 多/余, multiplier and unit after a number ending at ``i``.

    Returns ``(end, value, unit, kind, more, has_mult, blocked)``.
    """
    n = len(t)
    end = i
    more = False
    has_mult = False
    j = i
    if j < n and t[j] in "多余":
        more = True
        j += 1
        end = j
    j = _skip_space(t, j)
    if tb.suffix_re.match(t, j):
        return end, value, "", "", more, has_mult, True
    m = None if tb.unit_follow_re.match(t, j) else tb.unit_re.match(t, j)
    if m is None and allow_mult:
        mm = tb.mult_re.match(t, j)
        if mm is not None:
            has_mult = True
            value = value * Decimal(_MULTIPLIERS[mm.group()])
            j = end = mm.end()
            if j < n and t[j] in "多余" and not more:
                more = True
                j = end = j + 1
            j = _skip_space(t, j)
            if tb.suffix_re.match(t, j):
                return end, value, "", "", more, has_mult, True
            m = None if tb.unit_follow_re.match(t, j) else tb.unit_re.match(t, j)
    if m is not None:
        base, factor, kind = tb.units[m.group()]
        return m.end(), value * factor, base, kind, more, has_mult, False
    return end, value, "", "", more, has_mult, False


def _arabic(tb: _Tables, t: str, s: int, e: int) -> _Num:
    raw = t[s:e].replace(",", "").replace("−", "-")
    end, value, unit, kind, more, has_mult, blocked = _tail(tb, t, e, Decimal(raw), True)
    if blocked:
        unit = None
    return _Num(s, end, value, unit, kind, more, has_mult, False, False)


def _chinese(tb: _Tables, t: str, s: int, e: int) -> Optional[_Num]:
    """The longest reading of the Chinese-numeral run ``t[s:e]`` followed by a unit; else the bare run."""
    for k in range(e, s, -1):
        run = t[s:k]
        if len(run) == 1 and run in "万亿" and _before_bound(tb, t, s)[0] is None:
            break  # 亿元以上项目 is a class of projects; 超亿元 is a quantity
        try:
            value = Decimal(cn_numeral_value(run))
        except ValueError:
            continue
        end, val, unit, kind, more, has_mult, blocked = _tail(tb, t, k, value, True)
        if blocked:
            return None
        if unit:
            return _Num(s, end, val, unit, kind, more, has_mult, True,
                        any(c in _MAGNITUDE_CHARS for c in run))
    run = t[s:e]
    if not any(c in _MAGNITUDE_CHARS for c in run):
        return None
    try:
        value = Decimal(cn_numeral_value(run))
    except ValueError:
        return None
    end, val, unit, kind, more, has_mult, blocked = _tail(tb, t, e, value, False)
    if blocked:
        return None
    return _Num(s, end, val, "", "", more, has_mult, True, True)


def _before_bound(tb: _Tables, t: str, s: int) -> Tuple[Optional[str], int]:
    i = s
    if i > 0 and t[i - 1] in " \u3000":
        i -= 1
    for length in tb.before_lengths:
        if length <= i:
            w = t[i - length:i]
            if w in tb.before:
                bound = tb.before[w]
                if bound == "none":
                    return None, s
                return bound, i - length
    return None, s


def _after_bound(tb: _Tables, t: str, e: int) -> Tuple[Optional[str], int]:
    m = tb.after_re.match(t, e)
    if m is None:
        return None, e
    word = m.group().strip(" \u3000\u00a0")
    return tb.after[word], m.end()


def _has_prefix(tb: _Tables, t: str, s: int) -> bool:
    i = s
    if i > 0 and t[i - 1] in " \u3000":
        i -= 1
    if any(length <= i and t[i - length:i] in tb.not_prefixes for length in tb.not_prefix_lengths):
        return False
    return any(length <= i and t[i - length:i] in tb.prefixes for length in tb.prefix_lengths)


def _bare_context_unit(tb: _Tables, t: str, s: int) -> Optional[str]:
    window = t[max(0, s - 10):s]
    for word, unit in tb.bare_contexts.items():
        if word in window:
            return unit
    return None


# 「5个亿元项目」: five projects of the 亿元 class, not 5亿元
_AMOUNT_CLASS = regex.compile(r"[亿万]元?(?:以上)?(?:项目|级|企业|元以上)")
# Indicator abbreviations written right before their figure (「GDP212.3亿元」): not a code like S316
_INDICATOR_ABBR = r"(?:GDP|CPI|PPI|PMI)"
_LIST_JOINERS = "和、与及"
_SHARED_UNITS = frozenset({"%", "个百分点", "百分点", "倍"})


def _make(text: str, s: int, e: int, os_: int, oe: int, value, unit: str, bound: str) -> QuantitySpan:
    q = Quantity(value=float(value), unit=unit, bound=bound, text=text[s:e])
    return QuantitySpan(s, e, os_, oe, q)


def _number_at(tb: _Tables, t: str, i: int) -> Optional[_Num]:
    """A second (range) number starting at ``i``."""
    m = tb.ar_re.match(t, i)
    if m is not None:
        return _arabic(tb, t, m.start(), m.end())
    j = i
    while j < len(t) and j - i < 12 and t[j] in _CN_CHARS:
        j += 1
    if j > i:
        return _chinese(tb, t, i, j)
    return None


def find_quantities(text: str) -> List[QuantitySpan]:
    """All quantities of a (normalized) text, left to right, non-overlapping."""
    tb = _tables()
    t = text.translate(_FULLWIDTH)
    out: List[QuantitySpan] = []
    pos = 0
    n = len(t)
    while pos < n:
        m = tb.master.search(t, pos)
        if m is None:
            break
        group = m.lastgroup
        pos = m.end()
        if group == "excl" or group == "ratio3":
            if m.group("ratio3"):
                out.extend(_structure(t, text, m.start("ratio3"), m.end("ratio3")))
            continue
        s = m.start()
        if group == "two":
            _, oe = _after_bound(tb, t, m.end())
            out.append(_make(text, s, m.end(), s, oe, 10.0, "%", "ge"))
            pos = oe
            continue
        if group == "ratio":
            if _has_prefix(tb, t, s):
                continue
            num = regex.match(r"[0-9.]+", t[s:]).group()
            bound, os_ = _before_bound(tb, t, s)
            out.append(_make(text, s, m.end(), os_, m.end(), Decimal(num), "倍", bound or "eq"))
            continue
        if _has_prefix(tb, t, s):
            continue
        if group == "ar":
            q = _arabic(tb, t, s, m.end())
        else:
            q = _chinese(tb, t, s, m.end())
            if q is None:
                continue
        if q.unit is None:  # blocked by a suffix (330国道, 百亿级)
            pos = max(pos, q.end)
            continue
        # ranges: 3000万-5000万元, 5%—8%, 10至15个 -> the low end, bound ge
        is_range = False
        j = _skip_space(t, q.end)
        if j < n and t[j] in _RANGE_SEPS and (q.cn or not q.more):
            j = _skip_space(t, j + 1)
            q2 = _number_at(tb, t, j) if j < n else None
            if q2 is not None and q2.unit and q2.cn == q.cn and (not q.unit or q.unit == q2.unit):
                if not q.unit:
                    scale = _range_scale(tb, t, q2) if (q2.has_mult and not q.has_mult) else Decimal(1)
                    q.value = q.value * scale * _unit_factor(tb, t, q2)
                    q.unit, q.kind = q2.unit, q2.kind
                q.end = q2.end
                is_range = True
        if not q.unit and not q.cn and not q.has_mult and q.end < n and t[q.end] in _LIST_JOINERS:
            # 「分别提高15.5和2.2个百分点」: one unit written for two numbers
            q2 = _number_at(tb, t, _skip_space(t, q.end + 1))
            if q2 is not None and q2.unit in _SHARED_UNITS and not q2.cn and not q2.has_mult:
                q.unit, q.kind = q2.unit, q2.kind
        if (q.unit == "个" and q.end < n and t[q.end] in "亿万" and not q.has_mult
                and not _AMOUNT_CLASS.match(t, q.end)):
            # 「总投资3.1个亿」: spoken for 3.1亿元
            scale = Decimal(100000000) if t[q.end] == "亿" else Decimal(10000)
            q.value = q.value * scale
            q.unit, q.kind = "元", "measure"
            q.end += 2 if t[q.end + 1:q.end + 2] == "元" else 1
        if q.unit == "个" and not q.cn and q.end < n and t[q.end] in _LIST_JOINERS:
            # 「高0.1个、1.0个、1.4个百分点」: 个 is the start of the unit written in full at the end
            q2, j = None, q.end
            for _ in range(12):
                if j >= n or t[j] not in _LIST_JOINERS:
                    break
                q2 = _number_at(tb, t, _skip_space(t, j + 1))
                if q2 is None or q2.unit != "个" or q2.cn:
                    break
                j = q2.end
            if q2 is not None and q2.unit == "个百分点" and not q2.cn:
                q.unit, q.kind = q2.unit, q2.kind
        # filters
        if not q.unit:
            if q.end < n and regex.match(r"[A-Za-z]", t[q.end]):
                pos = max(pos, q.end)
                continue  # 5G, 3D, 5A级
            ctx_unit = None if (q.has_mult or q.cn) else _bare_context_unit(tb, t, s)
            if ctx_unit:
                q.unit = ctx_unit
        if q.cn and not q.magnitude and q.kind != "measure":
            continue  # 三张清单, 一个
        if q.cn and q.kind == "arabic":
            continue  # 十五届七次
        before, os_ = _before_bound(tb, t, s)
        after, oe = _after_bound(tb, t, q.end)
        if is_range:
            bound = "ge"
        else:
            bound = before or ("gt" if q.more else None) or after or "eq"
        if not q.unit:
            if q.cn:  # 突破千亿: a magnitude (checked in _chinese) and a bound word before it
                clearly_value = before is not None
            else:  # 4000亿, 95以上, 2000多
                clearly_value = q.has_mult or before is not None or after is not None or q.more
            if not clearly_value:
                pos = max(pos, q.end)
                continue
        out.append(_make(text, s, q.end, os_, oe if (after and not is_range) else q.end,
                         q.value, q.unit, bound))
        pos = max(pos, oe if after else q.end)
    return out


def _range_scale(tb: _Tables, t: str, q2: _Num) -> Decimal:
    """The multiplier written on the high end of a range (5000万元 -> 1e4)."""
    m = tb.ar_re.match(t, q2.start)
    if m is None:
        return Decimal(1)
    j = m.end()
    if j < len(t) and t[j] in "多余":
        j += 1
    j = _skip_space(t, j)
    mm = tb.mult_re.match(t, j)
    return Decimal(_MULTIPLIERS[mm.group()]) if mm and q2.has_mult else Decimal(1)


def _unit_factor(tb: _Tables, t: str, q2: _Num) -> Decimal:
    """The factor of the unit word written on the high end of a range (七成 -> 10)."""
    i = q2.end
    for length in range(min(6, i - q2.start), 0, -1):
        w = t[i - length:i]
        if w in tb.units:
            return tb.units[w][1]
    return Decimal(1)


def _structure(t: str, text: str, s: int, e: int) -> List[QuantitySpan]:
    """8.3∶41.4∶50.3 (parts summing to 100) -> one % quantity per part; anything else (times) -> none."""
    parts = list(regex.finditer(r"[0-9]{1,15}(?:\.[0-9]{1,10})?", t, pos=s, endpos=e))
    values = [Decimal(p.group()) for p in parts]
    if abs(sum(values) - 100) > Decimal("0.5"):
        return []
    if all(len(p.group()) == 2 for p in parts):
        return []  # 10:40:50 is a time
    return [_make(text, p.start(), p.end(), p.start(), p.end(), v, "%", "eq") for p, v in zip(parts, values)]


def parse_quantity(text: str) -> Optional[Quantity]:
    """One quantity written alone ("835.5亿元", "超50亿元", "5.5%左右", "两位数"); None otherwise.

    The quantity with its bound words must cover the whole (stripped) text. A bare
    number ("95", "1.69") is read as a unit-less quantity.
    """
    stripped = text.strip()
    if not stripped:
        return None
    spans = find_quantities(stripped)
    if len(spans) == 1 and spans[0].outer_start == 0 and spans[0].outer_end == len(stripped):
        return spans[0].quantity
    tb = _tables()
    m = tb.bare_number_re.fullmatch(stripped.translate(_FULLWIDTH))
    if m is not None:
        raw = stripped.translate(_FULLWIDTH).replace("−", "-")
        return Quantity(value=float(Decimal(raw)), unit="", bound="eq", text=stripped)
    return None
