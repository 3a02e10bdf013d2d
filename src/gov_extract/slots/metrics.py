"""Metric records: quantified statements about an indicator.

For every sentence the quantities (``quantities.find_quantities``) that can be
metrics are kept (not durations, ordinals, old values of 「由X增至Y」, nor numbers
that modify a noun such as 「10亿元以上企业5家」). Quantities separated only by
「、」「和」 form one *group* (「分别增长29.5%、41.3%」). The text between the previous
group (or the clause start) and a group is read from the right:

    [time][region] indicator [basis] [change verb] [分别/达/突破…] quantity

- a change verb (``data/metric_change.tsv``) makes the group a ``change``; followed
  by 到/至/为 (``metric_level_links.tsv``) it is a ``level`` again (降至0.72%);
- 同比/比上年/较前三年均值 (``metric_basis.tsv``) goes to ``basis``;
- 分别/各/均 (``metric_trail_words.tsv``, flag ``dist``) make the names before
  share out the values (「A、B分别增长X、Y」, 「A、B、C各1家」, 城乡 -> 城镇/农村);
- a change with no indicator of its own (「835.5亿元、增长6.3%」) completes the
  metric(s) just before it;
- a count with no indicator before it takes the noun after it
  (「42个改革事项入选省厅级以上试点」); a noun + predicate (``metric_subject.tsv``) turns
  round: 「36个县(市)上榜」 -> 上榜县(市);
- the subject of the sentence carries (``metric_subject.tsv``): a generic indicator
  (总投资, 年度投资) takes the subject of an earlier figure (「产业发展类项目7个，总投资…」
  -> 产业发展类项目总投资); a bare predicate (实到) the subject of an earlier one
  (参加此次党代会的代表应到… -> 党代会代表实到), or no metric when there is none; a share
  (占全市…的) names what it is a share of (规上工业总产值占全市比重), and a change after a
  share goes to the amount before it;
- places listed with 分别/各/均 (「云南、贵州两省…均超过10席」) give one metric per place;
- remarks in parentheses (（扣除…外）) and method notes (按可比价计算) are dropped;
- a headline figure that the body repeats is dropped (the body has the full indicator).

Period: written in the clause, else opening an earlier clause of the sentence, else
opening an earlier sentence of the same paragraph (「上半年，…」).

Modality: the last trigger (``metric_modality.tsv``) before the quantity in its
sentence, else ``target`` inside a plan section, else ``actual``. Year: the
sentence's scoped year unless the clause names another one. Region: a place or
self-reference (我市) opening the sentence or clause, else the home region.

>>> from gov_extract import extract
>>> m = extract("2024年，我市地区生产总值835.5亿元、增长6.3%。", published=2025, region="永康市").metrics[0]
>>> (m.indicator, m.level.text, m.change.value, m.year, m.region)
('地区生产总值', '835.5亿元', 6.3, 2024, '永康市')
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

from bisect import bisect_right

import regex

from ..quantities import QuantitySpan, find_quantities
from ..records import Metric, Quantity
from ..regions import gazetteer, located_children, region_stopwords, self_references
from ..text import char_overlap, growth_rate_name
from ..tables import alternation, load_table
from . import register

# Clause cuts: a colon between digits is a ratio (8.3:41.4), not a cut.
# 「开复工36项(续建29项,新建7项)」: a count's breakdown in brackets is a clause of its own
_CLAUSE_CUT = regex.compile(r"[，,；;。！？!?：]|(?<!\d):|:(?!\d)|(?<=\d\s?[项个家座条所批])[（(](?=\p{Han}{1,8}\d)")
# Gap between two values of one group: 「、」「和」「及」「与」, ratio colons, spaces.
_CONNECTOR_GAP = regex.compile(r"[\s、和及与:∶]{0,3}")
_CJK = regex.compile(r"[\p{Han}“「\"A-Za-z（(]")
_YEAR = regex.compile(r"(?<![\d.])((?:19|20)\d{2})\s?年(?:度)?(?!同期|相比|的?水平)")
_BASIS_BEFORE_YEAR = "与较比同从由"
_MONTH_RANGE = regex.compile(
    r"(?:元|\d{1,2}|[一二三四五六七八九十]{1,2})\s?(?:-|—|–|~|～|至)\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?月份?"
    r"|\d{1,2}月(?:底|末)前?|截至\d{1,2}月底?")
_SENT_PREFILTER = regex.compile(r"[0-9０-９]|[一二两三四五六七八九十百千万亿]{1,4}[成个家项亿万]|持平|翻")
_MAX_NAME = 40


# --------------------------------------------------------------------------- tables

@dataclass(frozen=True)
class _Tables:
    change_sign: Dict[str, int]
    compare_verbs: frozenset
    change_end: "regex.Pattern[str]"      # a change verb ending the text
    level_link_end: "regex.Pattern[str]"  # change verb + 到/至/为 ending the text
    level_link_start: "regex.Pattern[str]"  # (change verb)? + 到/至 starting a text
    compare_end: "regex.Pattern[str]"     # 高于全市平均水平 ending the text
    after_basis_end: "regex.Pattern[str]"  # 新增 / 多 right after a basis: 比上年新增
    basis_end: "regex.Pattern[str]"
    trail_end: "regex.Pattern[str]"
    dist_words: frozenset
    lead_start: "regex.Pattern[str]"
    period_start: "regex.Pattern[str]"
    periods: "regex.Pattern[str]"
    modality: "regex.Pattern[str]"
    modality_of: Dict[str, str]
    verbs: Dict[str, str]
    verb_start: "regex.Pattern[str]"
    heads: Dict[str, str]
    head_end: "regex.Pattern[str]"
    exclude_before: "regex.Pattern[str]"
    exclude_before_time: "regex.Pattern[str]"
    exclude_after: "regex.Pattern[str]"
    exclude_units: frozenset
    from_words: "regex.Pattern[str]"
    synthetic: "regex.Pattern[str]"
    synthetic_of: Dict[str, Tuple[float, str]]
    idioms: "regex.Pattern[str]"
    skip_sentence: "regex.Pattern[str]"
    no_year: frozenset
    self_refs: "regex.Pattern[str]"
    generic: frozenset                   # indicators that need a subject: 总投资, 年度投资
    generic_end: "regex.Pattern[str]"
    count_units: frozenset
    predicate_end: "regex.Pattern[str]"  # 应到 / 上榜 ending an indicator
    cause_start: "regex.Pattern[str]"
    attend_start: "regex.Pattern[str]"
    demonstratives: "regex.Pattern[str]"
    share_start: "regex.Pattern[str]"
    remark_paren: "regex.Pattern[str]"


def _alt(words) -> str:
    return alternation([w for w in words if w]) or "(?!)"


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    change_rows = load_table("metric_change")
    change_sign = {r[0]: (-1 if r[1] == "-" else 1) for r in change_rows}
    compare = frozenset(r[0] for r in change_rows if len(r) > 2 and r[2] == "compare")
    after_basis = [r[0] for r in change_rows if len(r) > 2 and r[2] == "after_basis"]
    plain_change = [w for w in change_sign if w not in compare and w not in after_basis]
    links = [r[0] for r in load_table("metric_level_links")]
    trail_rows = load_table("metric_trail_words")
    modality_rows = load_table("metric_modality")
    verbs = {r[0]: (r[1] if len(r) > 1 else "verb") for r in load_table("metric_verbs")}
    heads = {r[0]: (r[1] if len(r) > 1 else "any") for r in load_table("metric_heads")}
    excl = load_table("metric_exclude")
    by_kind: Dict[str, List[str]] = {}
    for row in excl:
        by_kind.setdefault(row[1] if len(row) > 1 else "before", []).append(row[0])
    synth = {r[0]: (float(r[1]), r[2]) for r in load_table("metric_synthetic")}
    periods = [r[0] for r in load_table("metric_periods")]
    leads = [r[0] for r in load_table("metric_lead_words")]
    basis = [r[0] for r in load_table("metric_basis")]
    subj: Dict[str, List[str]] = {}
    for row in load_table("metric_subject"):
        subj.setdefault(row[1] if len(row) > 1 else "generic", []).append(row[0])
    return _Tables(
        change_sign=change_sign,
        compare_verbs=compare,
        change_end=regex.compile(f"(?:{_alt(plain_change)})了?$"),
        level_link_end=regex.compile(f"(?:{_alt(change_sign)})?(?:{_alt(links)})$"),
        level_link_start=regex.compile(f"^\\s?(?:{_alt(plain_change)})?(?:{_alt(links)})"),
        after_basis_end=regex.compile(
            f"(?:{_alt(basis)}|(?:较|比)(?![重例率]|分别)[^，,；;。、较比]{{1,12}}?)(?:{_alt(after_basis)})$"),
        compare_end=regex.compile(f"({_alt(compare)})([^，,；;。、]{{1,16}}?)$"),
        basis_end=regex.compile(
            f"(?:{_alt(basis)}|(?:较|比)(?![重例率]|分别)[^，,；;。、较比]{{1,12}}?|与[^，,；;。、]{{1,12}}?相比)$"),
        trail_end=regex.compile(f"(?:{_alt(r[0] for r in trail_rows)})$"),
        dist_words=frozenset(r[0] for r in trail_rows if len(r) > 1 and r[1] == "dist"),
        lead_start=regex.compile(f"^(?:{_alt(leads)})"),
        period_start=regex.compile(f"^(?:{_alt(periods)}|{_MONTH_RANGE.pattern})"),
        periods=regex.compile(f"{_alt(periods)}|{_MONTH_RANGE.pattern}"),
        modality=regex.compile(_alt(r[0] for r in modality_rows)),
        modality_of={r[0]: r[1] for r in modality_rows},
        verbs=verbs,
        verb_start=regex.compile(f"^(?:{_alt(verbs)})"),
        heads=heads,
        head_end=regex.compile(f"(?:{_alt(heads)})$"),
        exclude_before=regex.compile(f"(?:{_alt(by_kind.get('before', []))})\\s?$"),
        exclude_before_time=regex.compile(f"(?:{_alt(by_kind.get('before_time', []))})\\s?$"),
        exclude_after=regex.compile(f"^\\s?(?:{_alt(by_kind.get('after', []))})"),
        exclude_units=frozenset(by_kind.get("unit", [])),
        from_words=regex.compile(f"(?:{_alt(by_kind.get('from', []))})[^，,；;。、]{{0,8}}$"),
        synthetic=regex.compile(_alt(synth)),
        synthetic_of=synth,
        idioms=regex.compile(_alt(by_kind.get("idiom", []))),
        skip_sentence=regex.compile(_alt(by_kind.get("sentence", []))),
        no_year=frozenset(r[0] for r in modality_rows if len(r) > 2 and r[2] == "no_year"),
        self_refs=regex.compile(f"^(?:{_alt(self_references())})"),
        generic=frozenset(subj.get("generic", [])),
        generic_end=regex.compile(f"(?:{_alt(subj.get('generic', []))})$"),
        count_units=frozenset(subj.get("count_unit", [])),
        predicate_end=regex.compile(f"(?:{_alt(subj.get('predicate', []))})$"),
        cause_start=regex.compile(f"^(?:{_alt(subj.get('cause', []))})"),
        attend_start=regex.compile(f"^(?:{_alt(subj.get('attend', []))})"),
        demonstratives=regex.compile(_alt(subj.get("demonstrative", []))),
        share_start=regex.compile(f"^(?:{_alt(subj.get('share', []))})(?!比|有)"),
        remark_paren=regex.compile(
            f"[（(](?:{_alt(subj.get('remark', []))})[^（()）]{{0,40}}[)）]"),
    )


# --------------------------------------------------------------------------- parsing

@dataclass
class _Pre:
    """What the text before a group says about it."""

    name: str = ""
    role: str = "level"           # level / change
    sign: int = 1
    basis: Optional[str] = None
    dist: bool = False
    listed: bool = False          # the text opened with 「、」: a list item after another
    period: Optional[str] = None
    region_word: Optional[str] = None
    year_word: Optional[str] = None
    places: List[str] = field(default_factory=list)  # 「云南、贵州两省…」: the places listed


@dataclass
class _Rec:
    name: str
    level: Optional[Quantity] = None
    change: Optional[Quantity] = None
    basis: Optional[str] = None
    start: int = 0
    end: int = 0
    pos: int = 0                  # start of its (first) quantity, for modality and year
    period: Optional[str] = None
    region_word: Optional[str] = None
    year_word: Optional[str] = None
    clause_start: int = 0
    no_region: bool = False       # a statement about several places together: region unclear


def _place_straddles(t: str, start: int, end: int) -> bool:
    """A place name runs across ``start`` and ends inside ``t[start:end]`` (成都|共: 都 is no word)."""
    lookup = gazetteer().by_name
    for e in range(start + 1, end + 1):
        for length in range(2, 7):
            b = e - length
            if b < 0:
                break
            if b < start and t[b:e] in lookup:
                return True
    return False


def _strip_trailing(t: str, tb: _Tables, pre: _Pre) -> str:
    for _ in range(6):
        t = t.rstrip()
        m = tb.trail_end.search(t)
        if not m or m.start() == m.end():
            break
        if m.start() > 0 and _place_straddles(t, m.start(), m.end()):
            # the trail word is the end of a place name: retry with the shorter words inside it
            sub = tb.trail_end.search(t, m.start() + 1)
            if not sub or sub.start() == sub.end() or _place_straddles(t, sub.start(), sub.end()):
                break
            m = sub
        if m.group() in tb.dist_words:
            pre.dist = True
        t = t[: m.start()]
    return t


def _strip_leading(t: str, tb: _Tables, pre: _Pre, region_ok) -> str:
    placed = False  # the step before read a place
    for _ in range(8):
        was_placed, placed = placed and not t.startswith((" ", "\u3000", "、", "，", ",")), False
        t = t.lstrip(" \u3000、，,")
        if not t:
            break
        m = _ENUM_MARK.match(t)
        if m:
            t = t[m.end():]
            continue
        m = tb.period_start.match(t)
        if m and m.end() > 0:
            pre.period = m.group().strip()
            t = t[m.end():].lstrip("份")
            continue
        m = _YEAR.match(t)
        if m:
            pre.year_word = m.group(1)
            t = t[m.end():]
            if t.startswith("以来"):
                t = t[2:]
            continue
        m = tb.self_refs.match(t)
        if m:
            pre.region_word = pre.region_word or m.group()
            t = t[m.end():]
            continue
        m = region_ok(t)
        if m:
            if pre.places and pre.region_word == pre.places[-1] and was_placed \
                    and located_children(pre.places[-1], gazetteer().lookup(m)):
                # 「遵义市习水县」: the city only locates the county written after it
                pre.region_word = pre.places[-1] = m
            else:
                pre.region_word = pre.region_word or m
                pre.places.append(m)
            t = t[len(m):]
            placed = True
            if len(pre.places) >= 2 and not t.startswith(("、", "和", "与", "及")):
                c = _PLACE_COUNT.match(t)  # 「云南、贵州两省」
                if c:
                    t = t[c.end():]
            elif t.startswith(("和", "与", "及")) and region_ok(t[1:]):
                t = t[1:]
            continue
        m = tb.lead_start.match(t)
        if m and m.end() > 0:
            word = m.group()
            if word in ("今年", "去年", "当年", "本年") and not pre.year_word:
                pre.year_word = word
            if word == "全年":
                pre.period = pre.period or word
            t = t[m.end():]
            continue
        break
    return t


_PLACE_COUNT = regex.compile(
    r"[两二三四五六七八九十\d]{1,2}个?(?:省|市|县|区|州|地|盟|旗)(?:[(（][^()（）]{1,8}[)）])?")
_FROM_OLD = regex.compile(r"(?:由|从)[^，,；;。]{0,16}\d[^，,；;。]{0,12}$")
_STREAK = regex.compile(r"连续[\d一二三四五六七八九十两]{1,3}个?(?:年|月|届|次|季度|周)$")


def _parse_pre(text: str, quantity: Quantity, tb: _Tables, region_ok, at_clause_start: bool = True) -> _Pre:
    pre = _Pre()
    t = _COMPARABLE.sub("", text) if "计算" in text else text  # 「按可比价计算增长8.5%」: no basis
    if t.endswith((")", "）")):
        t = tb.remark_paren.sub("", t)  # 「同比增长(以下简称增长)7%」: a remark between verb and figure
    stripped = t.lstrip(" \u3000")
    pre.listed = stripped.startswith(("、", "和", "及"))
    if t.rstrip().endswith(("、", "和", "及")):
        return pre  # 「4个省重点项目、8个市重点项目」: the count's noun comes after it
    t = _strip_trailing(t, tb, pre)
    m = tb.level_link_end.search(t)
    if m and m.start() < m.end() and m.group() not in ("为", "到", "至", "到了"):
        t = t[: m.start()]
        pre.role = "level"
    else:
        m = tb.after_basis_end.search(t) or tb.change_end.search(t)
        if m:
            verb = m.group().rstrip("了")
            pre.role = "change"
            pre.sign = tb.change_sign.get(verb, 1)
            if verb not in tb.change_sign:  # 比上年新增: the basis is part of the match
                for word, sign in sorted(tb.change_sign.items(), key=lambda kv: -len(kv[0])):
                    if verb.endswith(word):
                        pre.sign = sign
                        t = t[: m.end() - len(word)]
                        break
            else:
                t = t[: m.start()]
            for _ in range(2):
                b = tb.basis_end.search(t)
                if b and b.start() < b.end():
                    pre.basis = b.group()
                    t = t[: b.start()]
                    break
                t = _strip_trailing(t, tb, pre)
        else:
            c = tb.compare_end.search(t)
            if c and quantity.unit in ("个百分点", "%"):
                pre.role = "change"
                pre.sign = tb.change_sign.get(c.group(1), 1)
                pre.basis = c.group(2)
                if quantity.unit == "%":
                    pre.basis = c.group(2)
            elif quantity.unit == "个百分点":
                pre.role = "change"
    t = _strip_trailing(t, tb, pre)
    old = _FROM_OLD.search(t)
    if old:
        t = t[: old.start()]  # 「由以往6个月缩至3天」: the name stops before 由
        t = _strip_trailing(t, tb, pre)
    if not at_clause_start:
        t = t.lstrip(" 、和及与")
    t = _strip_leading(t, tb, pre, region_ok)
    pre.name = t.strip()
    return pre


def _head_of(name: str, tb: _Tables) -> Optional[str]:
    m = tb.head_end.search(name)
    return m.group() if m else None


def _split_names(name: str, n_values: int, dist: bool, tb: _Tables) -> List[str]:
    """The names a group's values go to: 「A、B」 with 分别/各, 城乡 -> 城镇/农村."""
    if n_values == 1 and not dist:
        return [name]
    if "分别" in name[1:]:
        name = name[: name.index("分别")]  # 「三次产业增加值分别实现增加值」: the subject is before 分别
    if n_values == 3 and "三次产业" in name and "、" not in name:
        return [name.replace("三次产业", f"第{n}产业", 1) for n in "一二三"]
    want = max(n_values, 2)
    parts = [p for p in name.split("、") if p]
    if len(parts) < want:
        finer = [q for p in parts for q in regex.split(r"和|及|与", p) if q]
        if len(finer) == want or (dist and n_values == 1 and len(finer) > len(parts)):
            parts = finer
    if len(parts) == 1 and n_values == 2 and "城乡" in name:
        return [name.replace("城乡", "城镇", 1), name.replace("城乡", "农村", 1)]
    if len(parts) <= 1:
        return [name]
    last = parts[-1]
    head = _head_of(last, tb)
    shared = []
    for part in parts[:-1]:
        if _head_of(part, tb):
            shared.append(part)
        elif len(part) <= 4 and len(last) > len(part):
            shared.append(part + last[len(part):])
        elif head and not part.endswith(head):
            shared.append(part + head)
        else:
            shared.append(part)
    parts = shared + [last]
    verb = _carry_verb(parts[0], tb)
    if verb:
        parts = [parts[0]] + [p if tb.verb_start.match(p) else verb + p for p in parts[1:]]
    return parts


def _carry_verb(name: str, tb: _Tables) -> Optional[str]:
    m = tb.verb_start.match(name)
    if m and m.end() > 0 and tb.verbs.get(m.group()) == "carry" and len(name) > m.end():
        return m.group()
    return None


def _verb_only(name: str, tb: _Tables) -> bool:
    if not name:
        return True
    if name in tb.verbs:
        return True
    return len(name) == 1


# 「正在推进23个百亿级重点项目」「丁蜀镇5个重点项目集中奠基」: words before a count that say who
# does what, not what is counted («安排的151个…» stays: a relative clause before a count often
# is the indicator, 「纳入考核的80个县市区」)
_WEAK_LEAD = regex.compile(r"(?:正在|已经|已|共|累计|先后|陆续|今年|全年|年内)+")
_TOWN_ONLY = regex.compile(r"\p{Han}{1,4}(?:镇|乡|街道)")


def _count_noun_after(name: str, unit: str, tb: _Tables) -> str:
    """The words before a count that the noun after it completes: none when they name no
    indicator (a town: 丁蜀镇), the verb the noun follows (正在推进 → 推进 + 百亿级重点项目), else
    ``name`` as it is."""
    if unit not in tb.count_units:
        return name
    lead = _WEAK_LEAD.match(name)
    core = name[lead.end():] if lead else name
    if _TOWN_ONLY.fullmatch(core):
        return ""
    if core != name and core in tb.verbs:
        return core
    return name


# --------------------------------------------------------------------------- filtering

def _clause_bounds(text: str) -> List[Tuple[int, int]]:
    bounds = []
    pos = 0
    for m in _CLAUSE_CUT.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    return bounds


def _clause_index(bounds: Sequence[Tuple[int, int]], pos: int) -> int:
    for i, (s, e) in enumerate(bounds):
        if pos < e or i == len(bounds) - 1:
            if pos >= s or i == 0:
                return i
    return len(bounds) - 1


def _excluded(text: str, span: QuantitySpan, tb: _Tables) -> bool:
    q = span.quantity
    if q.unit in tb.exclude_units:
        return True
    before = text[max(0, span.outer_start - 4): span.outer_start]
    if tb.exclude_before.search(before):
        return True
    if tb.exclude_before_time.search(before) and q.unit in ("年", "个月", "天"):
        return True
    if tb.exclude_after.match(text[span.outer_end: span.outer_end + 4]):
        return True
    if q.unit == "个" and _GROUP_RANKED.match(text, span.outer_end):
        return True  # 「居全省34个类区县第1位」「在16个县市区…综合排名中」: the field of a ranking
    if q.unit == "元" and text.startswith(("项目", "级"), span.outer_end) and not regex.search(r"[0-9]", q.text):
        return True  # 「签约过亿元项目101个」: a class of projects, its count is the figure
    if (q.unit != "元" and q.unit not in tb.count_units and _INSIDE_PROJECT_NAME.match(text, span.outer_end)
            and not _INVEST_BEFORE.search(text, max(0, span.outer_start - 6), span.outer_start)):
        return True  # 「华润100兆瓦风电项目」「年产5万吨…生产线项目」: a number inside a project's name
    if q.unit == "元" and q.bound in ("ge", "gt") and _PROJECT_CLASS.match(text, span.outer_end):
        return True  # 「10个5000万元以上大项目」「投资超10亿元的重大项目」: a class of projects
    if q.unit in ("位", "名", "个位次") and before.rstrip().endswith(("排", "排名", "居", "列", "进位", "上升", "提升", "前移",
                                                                 "下滑", "下降", "后退", "跃升")):
        return True  # 「神木居21位」「进位6位」: a rank or its move (slots/rankings.py)
    if q.bound in ("gt", "ge") and _MARK_OF_PLACE.match(text, span.outer_end):
        return True  # 「是全省首个突破千亿的县,」: the mark describes the place, the figure is said apart
    if _BASIS_FIGURE.search(text, max(0, span.outer_start - 14), span.outer_start) \
            and text.startswith((")", "）"), span.outer_end):
        return True  # 「较一季度(-10.8%)回升2.1个百分点」: the figure of the comparison base
    return False


_MARK_OF_PLACE = regex.compile(r"(?:大关)?的(?:县|市|区|旗|县市|县区|城市|地区|省份)(?=[，,。；;！])")
_INSIDE_PROJECT_NAME = regex.compile(r"[^，,。；;、：:（()）]{1,20}?(?:项目|生产线|工程|电站|基地)")
_INVEST_BEFORE = regex.compile(r"投资|总投资|产值|营收|收入|税收")
_CLASS_LEAD = regex.compile(r"[0-9.]{1,8}[万亿]{0,2}元(?:及?以上)(?=\p{Han})")  # 「10个|5000万元以上大项目」
_PROJECT_CLASS = regex.compile(r"的?(?:大|重点|重大|产业|工业|招商)?(?:项目|工程)")
_BASIS_FIGURE = regex.compile(r"(?:较|比)[^，,；;。、()（）]{1,10}[（(]$")


def _synthetic_spans(text: str, tb: _Tables) -> List[QuantitySpan]:
    """持平 / 翻番: changes written as words (not inside 保持平稳, not 「六个翻番」)."""
    out = []
    hidden = [(m.start(), m.end()) for m in tb.idioms.finditer(text)]
    for m in tb.synthetic.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in hidden):
            continue
        if m.start() > 0 and regex.match(r"[个项\d一二两三四五六七八九十]", text[m.start() - 1]):
            continue
        value, unit = tb.synthetic_of[m.group()]
        out.append(QuantitySpan(m.start(), m.end(), m.start(), m.end(),
                                Quantity(value=value, unit=unit, text=m.group())))
    return out


# --------------------------------------------------------------------------- the filler

@register("metrics")
def fill(doc) -> List[Metric]:
    """All metrics of a document, sentence by sentence (a fact repeated in a headline once)."""
    tb = _tables()
    out: List[Tuple[int, Metric]] = []
    region_ok = _region_matcher(doc, tb)
    sentences = doc.sentences
    run: List[int] = []
    block, block_period = -1, None  # 「上半年，…」 opening a paragraph holds for its later sentences
    block_place: Optional[str] = None  # 「民勤县积极融入…。2022年,生产总值…」: the paragraph's place
    series_modality: Optional[str] = None  # 「预计全年:A…;B…;C…。」 the 预计 holds for every item
    same_below = False  # 「预计(下同)」: for the rest of the paragraph
    for k, sent in enumerate(sentences):
        if sent.block != block:
            block, block_period, series_modality, same_below = sent.block, None, None, False
            block_place = doc.paragraph_place(block)
        if _ESTIMATE_SERIES.match(sent.text):
            series_modality = "estimate"
        same_below = same_below or ("下同" in sent.text and bool(_SAME_BELOW.search(sent.text)))
        sentence_series = "estimate" if same_below else series_modality
        if not _SERIES_GOES_ON.search(sent.text):
            series_modality = None
        if sent.text.count("|") >= 2:
            run.append(k)
            continue
        if run:
            out.extend((run[0], m) for m in _table_metrics(doc, sentences, run, tb))
            run = []
        if not _SENT_PREFILTER.search(sent.text):
            if "季" in sent.text or "半年" in sent.text or "月" in sent.text:
                periods = _clause_periods(sent.text, _clause_bounds(sent.text), tb)
                if periods:
                    block_period = periods[-1][1]  # 「上半年，全县经济稳中向好。」
            continue
        if tb.skip_sentence.search(sent.text):
            continue
        stated: List[str] = []
        out.extend((sent.index, m) for m in _sentence_metrics(doc, sent, tb, region_ok, block_period, stated,
                                                              block_place, doc.section_topic(sent),
                                                              sentence_series))
        if stated:
            block_period = stated[-1]
        elif sent.year_stated:
            block_period = None
    if run:
        out.extend((run[0], m) for m in _table_metrics(doc, sentences, run, tb))
    return _dedupe(_drop_heading_repeats(out, {s.index for s in sentences if s.is_heading}))


_ANAPHORS = ("这一", "该")
_OVER_TARGET = ("超额完成", "超出", "超过年度", "超年度")  # a figure measured against the year's target
# 「预计全年:地区生产总值…;固定资产投资…;…。」「预计2025年,A…;B…」: 预计 heading a 「；」 series covers
# every item (a 预计 inside the first item, 「…预计完成4725亿元,增长7.5%;一般公共预算…」, only that one)
_ESTIMATE_SERIES = regex.compile(r"\s?预计(?:全年|今年|到年底|到年末|(?:19|20)\d{2}\s?年(?:全年)?)?[:：,，]")
# 「预计(下同)全年实现…」「…(预计数,下同)」: every figure of the rest of the paragraph
_SAME_BELOW = regex.compile(r"预计[（(]下同[)）]|[（(]预计数?[，,、]?下同[)）]")
_COMPARABLE = regex.compile(r"[（(]?按[^，,。；;（()）]{0,12}?计算[)）]?")  # 「按可比价计算」「按2018年平均汇率计算」
_SERIES_GOES_ON = regex.compile(r"[；;]\s*$")


def _figure_key(m: Metric, count_units: frozenset) -> Optional[Tuple[float, str]]:
    q = m.level or m.change
    if q is None:
        return None
    return (q.value, "count" if q.unit in count_units else q.unit)


def _drop_heading_repeats(metrics: List[Tuple[int, Metric]], headings: set) -> List[Tuple[int, Metric]]:
    """A headline figure that the body repeats (成都占据7席 / 成都共7个区(市)县登榜) is one fact:
    keep the body's, which has the full indicator."""
    if not headings or not any(i in headings for i, _ in metrics):
        return metrics
    units = _tables().count_units
    body = {}
    for i, m in metrics:
        if i not in headings:
            key = _figure_key(m, units)
            if key:
                body.setdefault(key, []).append(m.year)
    kept = []
    for i, m in metrics:
        if i in headings:
            key = _figure_key(m, units)
            if key and any(y == m.year or y is None or m.year is None for y in body.get(key, ())):
                continue
        kept.append((i, m))
    return kept


def _dedupe(metrics: List[Tuple[int, Metric]]) -> List[Metric]:
    """Drop a metric repeating one of an earlier sentence (a headline and its paragraph):
    same figures, same year, near-same indicator."""
    kept: List[Metric] = []
    # figures -> {indicator: sentence index}: comparing against distinct indicators only keeps
    # a text that repeats one figure thousands of times linear
    seen: Dict[tuple, Dict[str, int]] = {}
    for index, m in metrics:
        key = (m.level.value if m.level else None, m.level.unit if m.level else None,
               m.change.value if m.change else None, m.change.unit if m.change else None, m.year)
        earlier = seen.setdefault(key, {})
        if m.indicator in earlier and earlier[m.indicator] != index:
            continue
        if any(i != index and char_overlap(name, m.indicator) >= 0.8 for name, i in earlier.items()
               if name != m.indicator):
            continue
        earlier.setdefault(m.indicator, index)
        kept.append(m)
    return kept


_ZONE_AFTER_PLACE = ("高新区", "开发区", "经开区", "新区", "园区", "市级", "县级", "区级", "省级")


def _region_matcher(doc, tb: _Tables):
    """A function: the place name opening a text (苏州, 金华市), or None."""
    gaz = gazetteer()

    stop = region_stopwords()

    def match(t: str) -> Optional[str]:
        word = gaz.longest_at(t)
        if word is None or word in stop or tb.verb_start.match(word):
            return None
        rest = t[len(word):]
        if rest.startswith(_ZONE_AFTER_PLACE) or rest[:1] in ("级", "属", "域", "委", "政", "直", "籍"):
            return None
        if rest.startswith(("路", "街", "大道", "大街", "大桥", "隧道", "公园", "广场")):
            return None  # 「滨湖路」「新河大道」: a road named after a place
        if ("公司" in rest[:22] or "集团" in rest[:20]) and _COMPANY_AFTER_PLACE.match(rest):
            return None  # 「无锡源源金属制品有限公司总投资1.3亿元」: a company's name, not the figure's place
        if rest[:1] in ("市", "县", "区") and not gaz.lookup(word + rest[0]) and not word.endswith(("市", "县", "区")):
            return word + rest[0]  # 「长垣市突破了500亿元」: a county become a city, with its new suffix
        return word

    return match


_INVESTED_PROJECT_AFTER = regex.compile(r"的([^，,；;。、的\d]{2,40}?(?:项目|工程))(?=[，,；;。、]|$)")
_COMPANY_AFTER_PLACE = regex.compile(r"[^，,。；;、：:\s\d]{1,16}?(?:有限公司|有限责任公司|股份公司|集团|公司)")
_ENUM_MARK = regex.compile(r"^(?:[一二三四五六七八九十]{1,2}[、是]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）])")


def _bare_prefix(text: str, tb: _Tables, region_ok) -> str:
    """The indicator-like words of a text before a number: no time, place, verbs or fillers."""
    pre = _Pre()
    t = _strip_trailing(text, tb, pre)
    t = _strip_leading(t, tb, pre, region_ok)
    return t.strip(" 、的")


def _name_internal(text: str, spans: List[QuantitySpan], i: int, clause_of: List[int], keep: List[int],
                   bounds, tb: _Tables, region_ok) -> bool:
    """A number that belongs to a name or modifies a noun: 「10亿元以上企业5家」, 「1.2亿羽肉鸡…项目」."""
    s = spans[i]
    # spans are sorted, so clause indices never decrease: a later span of this clause is the next one
    later = i + 1 < len(spans) and clause_of[i + 1] == clause_of[i]
    after = text[s.outer_end: s.outer_end + 1]
    if not after or not _CJK.match(after) or s.quantity.unit in ("%", "个百分点"):
        return False
    outer_tail = text[s.end: s.outer_end]
    if later and ("以上" in outer_tail or "以下" in outer_tail):
        return True
    cstart, cend = bounds[clause_of[i]]
    # spans do not overlap and ``keep`` grows left to right: its last entry ends furthest right
    prev_end = cstart
    if keep and clause_of[keep[-1]] == clause_of[i]:
        prev_end = max(cstart, spans[keep[-1]].outer_end)
    raw = text[prev_end: s.outer_start].rstrip()
    if raw.endswith(("、", "和", "及")):
        return False  # 「4个省重点项目、8个市重点项目」: a list of counts
    bare = _bare_prefix(raw, tb, region_ok)
    if (len(regex.findall(r"\p{Han}", bare)) < 2 or bare.endswith(("为", "有", "达", "等"))
            or bare in tb.verbs or tb.change_end.search(bare) or tb.head_end.search(bare)
            or tb.level_link_end.search(bare) or tb.verb_start.match(bare[-4:])):
        return False
    if later:
        return True
    post = text[s.outer_end: cend]
    return bool(regex.search(r"(?:项目|工程|厂)等?$", post))


def _clause_periods(text: str, bounds, tb: _Tables) -> List[Tuple[int, str]]:
    """(clause start, period) for the clauses opening with a period: 「…，上半年，全县…」."""
    out = []
    for cs, ce in bounds:
        m = tb.period_start.match(text[cs: ce].lstrip(" \u3000"))
        if m and m.end() > 0:
            out.append((cs, m.group().strip()))
    return out


def _sentence_metrics(doc, sent, tb: _Tables, region_ok, default_period: Optional[str] = None,
                      stated: Optional[List[str]] = None, default_place: Optional[str] = None,
                      topic: Optional[str] = None, series_modality: Optional[str] = None) -> List[Metric]:
    """The metrics of one sentence; ``stated`` collects the periods the sentence states itself;
    ``topic`` is the indicator a section lead named (「从GDP增速看,」), for figures without one;
    ``series_modality`` the modality a 「预计全年:A;B;C」 series opened with."""
    text = sent.text
    spans = [s for s in find_quantities(text) if not _excluded(text, s, tb)]
    synthetic = _synthetic_spans(text, tb)
    spans += synthetic
    if not spans:
        return []
    synthetic_ids = {id(s) for s in synthetic}
    spans.sort(key=lambda s: s.start)
    bounds = _clause_bounds(text)
    clause_of = [_clause_index(bounds, s.start) for s in spans]

    keep: List[int] = []
    qualifier_starts: List[Tuple[int, int]] = []
    for i in range(len(spans)):
        if _qualifies_count(text, spans, i, clause_of, tb):
            # 「经济总量超过百亿元的有91个」: the threshold says which places are counted
            qualifier_starts.append((clause_of[i], spans[i].outer_start))
            continue
        if id(spans[i]) in synthetic_ids or not _name_internal(text, spans, i, clause_of, keep, bounds, tb,
                                                                region_ok):
            keep.append(i)
    spans = [spans[i] for i in keep]
    clause_of = [clause_of[i] for i in keep]
    if not spans:
        return []

    # -- groups of values joined by 、/和
    groups: List[List[int]] = []
    for i, s in enumerate(spans):
        if groups:
            j = groups[-1][-1]
            gap = text[spans[j].outer_end: s.outer_start]
            if (clause_of[j] == clause_of[i] and _CONNECTOR_GAP.fullmatch(gap)
                    and id(s) not in synthetic_ids and id(spans[j]) not in synthetic_ids):
                groups[-1].append(i)
                continue
        groups.append([i])

    sent_pre = _Pre()
    _strip_leading(text[: bounds[0][1]], tb, sent_pre, region_ok)
    clause_periods = _clause_periods(text, bounds, tb)
    if stated is not None:
        stated.extend(p for _, p in clause_periods)
    recs: List[_Rec] = []
    last_group_recs: List[_Rec] = []
    carry: Optional[str] = None
    subject: Optional[_Rec] = None       # what 「总投资」「年度投资」 are about: 产业发展类项目7个
    pred_subject: Optional[_Rec] = None  # who 「实到」 are: 参加此次党代会的代表应到330人
    prev_clause = -1
    prev_end = 0
    from_name: Optional[Tuple[int, str]] = None  # (clause, indicator) of an old value 「由X…」
    for gi, group in enumerate(groups):
        first, last = spans[group[0]], spans[group[-1]]
        is_synthetic = id(first) in synthetic_ids
        ci = clause_of[group[0]]
        cstart, cend = bounds[ci]
        if ci != prev_clause:
            prev_end = cstart
            carry = None
        pre_text = text[prev_end: first.outer_start]
        prev_end_here = prev_end
        prev_end = last.outer_end
        prev_clause = ci
        # 「由X增至Y」: X is the old value; Y takes X's indicator when it has none of its own
        if tb.from_words.search(pre_text) and tb.level_link_start.match(text[last.outer_end: last.outer_end + 6]):
            old_pre = _parse_pre(tb.from_words.sub("", pre_text), first.quantity, tb, region_ok)
            from_name = (ci, old_pre.name)
            continue
        if _STREAK.search(pre_text.rstrip()):
            continue  # 「连续三年超百亿」 is a streak
        pre = _parse_pre(pre_text, first.quantity, tb, region_ok, at_clause_start=(first.outer_start <= cstart
                                                                                   or prev_end_here == cstart))
        if pre.role == "change" and pre_text.rstrip(" 为是达").endswith(_RATE_LEVELS):
            # 「人口自然增长率-0.59‰」: the rate is the indicator, its figure a level
            pre.name, pre.role, pre.sign = pre.name + "增长率", "level", 1
        synthetic_of_last = False
        if is_synthetic:
            pre.role = "change"
            m = _SYNTHETIC_BASIS.search(pre.name)
            if m and pre.basis is None:
                # 「超过500亿元达到11个,与上年持平」「入围13个,数量与去年持平」: no change of the count
                pre.basis = m.group()
                pre.name = pre.name[: m.start()]
                if pre.name in _SAME_FIGURE:
                    pre.name = ""
                synthetic_of_last = not pre.name
        if first.quantity.text.endswith("位数") and pre.role != "change":
            continue  # 「保持两位数增长」 says how fast, not a level
        name = pre.name
        if name.endswith("等"):
            name = ""  # 「A、B等7个项目」: the examples are not the indicator
        if (not name or name in _RESTATE_VERBS) and from_name is not None and from_name[0] in (ci, ci - 1) \
                and pre.role != "change":
            name = from_name[1]  # 「三次产业结构比由7.2:39.5:53.3变化为8.5:37.0:54.5」
        if stated is not None and pre.period:
            stated.append(pre.period)
        exact_of = _threshold_passed(recs, first.quantity, pre, name, group, bounds, ci, tb)
        if exact_of is not None:
            # 「财政总收入突破亿元大关,实现11338万元」: the figure itself, not the mark it passed
            exact_of.level, exact_of.pos, exact_of.end = first.quantity, first.start, cend
            last_group_recs = [exact_of]
            continue
        own_names: Optional[List[str]] = None  # one name per value, when they differ
        if pre.role == "change" and not name:
            if is_synthetic and not synthetic_of_last:
                continue
            # 「835.5亿元、增长6.3%」: the change completes the metric(s) just before it
            targets = last_group_recs[-len(group):] if len(last_group_recs) >= len(group) else []
            if not targets and pre.dist and len(group) > 1 and len(recs) >= len(group):
                # 「一般预算收入完成7309万元,累计支出64338万元,同比分别增长43.6%和32.4%」
                targets = recs[-len(group):]
            if (len(targets) == 1 and targets[0].name.startswith(_OVER_TARGET) and targets[0].change is None
                    and len(recs) >= 2 and recs[-2].change is None and not recs[-2].name.startswith(_OVER_TARGET)):
                # 「固定资产投资完成17亿元,超额完成年度任务2.1亿元,增长20.6%」: the growth is the total's
                targets = [recs[-2]]
            if len(targets) == 1 and _is_share(targets[0]) and first.quantity.unit == "%":
                # 「总产值X亿元，占全市比重为69.3%，同比增长5.4%」: the growth is the amount's
                earlier = [r for r in recs if r.change is None and not _is_share(r)]
                if earlier and earlier[-1].clause_start >= targets[0].clause_start - 80:
                    targets = [earlier[-1]]
            if targets and all(r.change is None for r in targets):
                for rec, idx in zip(targets, group):
                    rec.change = _signed(spans[idx].quantity, pre.sign)
                    if is_synthetic and rec.level is not None and rec.level.unit in tb.count_units:
                        rec.change = rec.change.model_copy(update={"unit": rec.level.unit})  # 持平: 0个
                    rec.basis = rec.basis or pre.basis
                    rec.end = max(rec.end, cend)
                continue
            if not (targets and pre.basis):
                continue
            name = targets[-1].name  # 「增长7.8%，较2019年同期下降4.6%」: same indicator, other basis
            rate_moved = (first.quantity.unit.endswith("百分点") and targets[-1].change is not None
                          and targets[-1].change.unit == "%")
            if rate_moved:
                # 「同比增长4.0%，比去年同期加快2.2个百分点」: the growth rate itself moved
                name = growth_rate_name(name)
            if len(group) > 1 and len(targets) == len(group):
                # 「增长2.9%、6.4%、7.2%,增速比全省高0.1个、1.0个、1.4个百分点」: one each
                own_names = [growth_rate_name(r.name) if rate_moved else r.name for r in targets]
        from_post = False
        name = _count_noun_after(name, first.quantity.unit, tb)
        if _verb_only(name, tb):
            post_end = cend
            nxt = [spans[g[0]].outer_start for g in groups[gi + 1:] if clause_of[g[0]] == ci]
            nxt += [q for c, q in qualifier_starts if c == ci and q >= last.outer_end]
            if nxt:
                post_end = min(nxt)
            post = text[last.outer_end: post_end].lstrip(" 的")
            post = _strip_trailing(post.rstrip(" 、和及与"), tb, _Pre())
            m = tb.change_end.search(post)
            if m and m.start() > 0:
                post = _strip_trailing(post[: m.start()], tb, _Pre())
            post = post.strip(" 、")
            if post and (_CJK.match(post[:1]) or _CLASS_LEAD.match(post)) and not tb.level_link_start.match(post):
                name = name + post
                from_post = True
        if not name or not _WORDY.search(name) or name in tb.verbs and is_synthetic:
            continue
        if pre.listed and carry and not tb.verb_start.match(name):
            name = carry + name
        name = _strip_money_verb(name, tb)
        name = _clean_name(name, tb)
        anaphor = next((a for a in _ANAPHORS if name.startswith(a)), None)
        if topic and (not name or anaphor):
            # 「从GDP增速看,…卫滨区增速为9.3%」「再看固定资产投资,全市这一增速为12.1%」
            name = topic + name[len(anaphor):] if anaphor else topic
        invested = _INVESTED_PROJECT_AFTER.match(text, last.outer_end) if name.endswith("投资") else None
        if invested:
            # 「A有限公司总投资5亿元的茶文化体验中心项目」: the amount is the project's
            name = invested.group(1) + ("总投资" if name.endswith("总投资") else "投资")
        contribution = _contribution(name, first.quantity, tb)
        if contribution and recs:
            # 「第一产业投资下降19.3%,拉低投资增速2.8百分点」: the figure before pulls the total
            name = _contributor(recs[-1].name, tb) + name
            pre.sign = contribution
        if recs and (name in _RATE_WORDS or (pre.role == "change" and name.startswith(tuple(tb.compare_verbs)))):
            # 「制造业增长3.4%,增速较一季度回升14.1个百分点,高于全县规上工业增速2.1个百分点」:
            # the rate of the figure just before
            rate_of = _rate_base if name in _RATE_WORDS else growth_rate_name
            if 1 < len(group) == len(last_group_recs):
                # 「增长2.9%、6.4%、7.2%,增速比全省高0.1个、1.0个、1.4个百分点」: one each
                own_names = [rate_of(r.name) + name for r in last_group_recs]
            name = rate_of(recs[-1].name) + name
        # -- the subject of the sentence: 「产业发展类项目7个，总投资…，年度投资…」
        source: Optional[_Rec] = None
        pred = tb.predicate_end.search(name)
        share = tb.share_start.match(name)
        if from_post and pred and pred.start() > 0:
            name = pred.group() + name[: pred.start()]  # 「36个县(市)上榜」 -> 上榜县(市)
        elif share and pre.role == "level" and first.quantity.unit == "%" and len(name) > share.end():
            source = last_group_recs[-1] if last_group_recs and not _is_share(last_group_recs[-1]) else None
            name = _share_name(name[share.end():], source.name if source else "")
        elif name in tb.generic and len(group) == 1:
            if subject is not None:
                source = subject
                name = subject.name + name
        elif pred:
            head = name[: pred.start()]
            cause = tb.cause_start.match(head)
            if cause and cause.end() > 0:
                head = head[cause.end():]
            if not head:
                if pred_subject is None:
                    continue  # 「实到326人」 with no one named: whose figure is unclear
                source = pred_subject
                name = pred_subject.name + pred.group()
            else:
                name = _clean_subject(head, tb) + pred.group()
        if len(name) > _MAX_NAME:
            name = name[-_MAX_NAME:]
        names = own_names or _split_names(name, len(group), pre.dist, tb)
        if len(group) == 3 and _is_structure(text, [spans[i] for i in group]):
            base = _STRUCTURE_END.sub("", name)
            if "产业" in base:  # 「三次产业结构为8.5:37.0:54.5」: the share of each sector
                names = [f"{base}中第{n}产业比重" for n in "一二三"]
        places = pre.places if len(pre.places) >= 2 else []
        if places and not pre.dist and text[last.outer_end: last.outer_end + 2] == "之间":
            continue  # 「A、B、C五省上榜数量在5-10个之间」: a range over several places
        new: List[_Rec] = []
        for k, idx in enumerate(group):
            s = spans[idx]
            q = _with_unit(s.quantity, names[min(k, len(names) - 1)], tb)
            targets = names if (len(group) == 1 and len(names) > 1) else [names[min(k, len(names) - 1)]]
            # 「云南、贵州两省…均超过10席」: one metric per place
            # 「北湖区、资兴市、桂阳县地区生产总值过100亿元」: a threshold every place passes
            each = pre.dist or q.bound in ("gt", "ge")
            where = places if (places and each and len(group) == 1 and len(targets) == 1) else [None]
            for nm in targets:
                for place in where:
                    rec = _Rec(name=nm, basis=pre.basis, start=cstart, end=cend, pos=s.start,
                               period=pre.period or _period_at(clause_periods, cstart) or sent_pre.period
                               or (source.period if source else None) or default_period,
                               region_word=place or pre.region_word or sent_pre.region_word or default_place
                               or (source.region_word if source else None),
                               year_word=pre.year_word, clause_start=cstart,
                               no_region=bool(places) and place is None and not source)
                    if pre.role == "change":
                        rec.change = _signed(q, pre.sign)
                    else:
                        rec.level = q
                    new.append(rec)
        recs.extend(new)
        last_group_recs = new
        carry = _carry_verb(name, tb) or carry
        if len(new) == 1:
            rec = new[0]
            g = tb.generic_end.search(rec.name)
            if rec.level is not None and rec.level.unit in tb.count_units and rec.name not in tb.generic:
                subject = _Rec(name=rec.name, period=rec.period, region_word=rec.region_word)
            elif g and g.start() > 0:
                subject = _Rec(name=rec.name[: g.start()], period=rec.period, region_word=rec.region_word)
            p = tb.predicate_end.search(rec.name)
            if p and p.start() > 0:
                pred_subject = _Rec(name=rec.name[: p.start()], period=rec.period, region_word=rec.region_word)
    triggers = _modality_triggers(sent.text, tb) if recs else []
    return [_metric(doc, sent, rec, tb, triggers, series_modality) for rec in recs]



_GROUP_RANKED = regex.compile(
    r"[^，,。；;]{0,3}?(?:县市区|区县|县区|县市|县（市、区）|县\(市、区\)|县（市）|县\(市\)|省份|省区市|城市|地市)"
    r"[^，,。；;]{0,30}?(?:第[0-9一二三四五六七八九十]{1,3}位?|排名|排位|位次|前列|首位"
    r"|前[0-9一二三四五六七八九十]{1,3}|被评为|荣获|获评|获“)")
_RATE_WORDS = frozenset({"增速", "增幅", "降幅", "增长率", "增长速度"})


def _threshold_passed(recs: List[_Rec], q: Quantity, pre: _Pre, name: str, group, bounds, ci: int,
                      tb: _Tables) -> Optional[_Rec]:
    """The record of the clause before, when it only says which mark a figure passed
    (「突破亿元大关」) and this nameless clause gives the figure (「实现11338万元」)."""
    if not recs or len(group) != 1 or pre.role == "change" or (name and name not in tb.verbs
                                                               and name not in _RUNNING_TOTAL_WORDS):
        return None
    rec = recs[-1]
    level = rec.level
    # 「突破千亿大关,实现1027.8亿元」: a mark written without its unit is in the figure's
    if (level is None or level.bound not in ("gt", "ge") or rec.change is not None or ci == 0
            or rec.clause_start != bounds[ci - 1][0] or q.bound != "eq"
            or level.unit not in (q.unit, "") or level.value is None or q.value is None or q.value < level.value):
        return None
    return rec


_RUNNING_TOTAL_WORDS = frozenset({"累计", "共", "共计", "合计"})  # 「跨越130亿元,累计完成136.6亿元」
_RATE_LEVELS = ("自然增长率",)
_WORDY = regex.compile(r"\p{Han}|[A-Za-z]")
_COUNT_LINK = regex.compile(r"的(?:有|共有|为|达到?)|达到?|共有|有")


def _qualifies_count(text: str, spans, i: int, clause_of: List[int], tb: _Tables) -> bool:
    """``spans[i]`` is a threshold (超过百亿元) right before a count of what passes it
    (「超过百亿元的有91个」「超过500亿元达到11个」)."""
    q = spans[i].quantity
    if q.bound not in ("gt", "ge") or q.unit in tb.count_units or i + 1 >= len(spans):
        return False
    nxt = spans[i + 1]
    if clause_of[i + 1] != clause_of[i] or nxt.quantity.unit not in tb.count_units:
        return False
    link = _COUNT_LINK.match(text, spans[i].outer_end)
    return link is not None and link.end() == nxt.outer_start


def _contribution(name: str, q: Quantity, tb: _Tables) -> int:
    """+1/-1 when ``name`` opens with a contribution verb (拉动/拉低) and ``q`` is in 百分点."""
    m = tb.verb_start.match(name)
    kind = tb.verbs.get(m.group()) if m else None
    if kind not in ("contribution", "contribution_down") or not q.unit.endswith("百分点"):
        return 0
    return -1 if kind == "contribution_down" else 1


def _contributor(name: str, tb: _Tables) -> str:
    """The figure a contribution is credited to: 「制造业增速高于全县规上工业」 → 制造业."""
    cut = len(name)
    for word in (*_RATE_WORDS, *tb.compare_verbs):
        i = name.find(word)
        if 0 < i < cut:
            cut = i
    return name[:cut]


def _rate_base(name: str) -> str:
    for end in (*_RATE_WORDS, "总量"):
        if name.endswith(end) and len(name) > len(end) + 1:
            return name[: -len(end)]
    return name


_RESTATE_VERBS = frozenset({"变化", "调整", "优化", "变为", "转变", "进一步优化", "进一步调整", "逐步优化"})
_SYNTHETIC_BASIS = regex.compile(r"(?:与|同|和)(?:上年|去年|上年同期|去年同期|同期|上一年|往年)$")
_SAME_FIGURE = frozenset({"数量", "个数", "总数", "数目", "规模", "总量"})
_STRUCTURE_END = regex.compile(r"(?:比例|比重|之比|比)$")


def _is_structure(text: str, parts: Sequence[QuantitySpan]) -> bool:
    """Shares written as a:b:c (percent parts joined by ratio colons)."""
    return all(p.quantity.unit == "%" for p in parts) and all(
        text[a.outer_end:b.outer_start].strip() in (":", "∶") for a, b in zip(parts, parts[1:]))


def _period_at(clause_periods: List[Tuple[int, str]], pos: int) -> Optional[str]:
    found = None
    for start, period in clause_periods:
        if start <= pos:
            found = period
    return found


def _is_share(rec: _Rec) -> bool:
    """A level that is a share of something: 占全市比重为69.3%."""
    return (rec.level is not None and rec.level.unit == "%"
            and ("占" in rec.name or rec.name.endswith(("比重", "占比", "比例"))))


_SHARE_TAIL = regex.compile(r"的?(?:比重|比例|份额|占比)?的?$")
_COUNT_WORD = regex.compile(r"^(?:个数|数量|总数|总量|数)?$")


def _share_name(rest: str, subject: str) -> str:
    """「占」 + what: 占全市规上工业总产值的 after 规上工业总产值 -> 规上工业总产值占全市比重."""
    rest = _SHARE_TAIL.sub("", rest)
    if subject:
        at = rest.rfind(subject)
        if at >= 0 and _COUNT_WORD.match(rest[at + len(subject):]):
            rest = rest[:at].rstrip("的")  # 占遵义市集中开工项目个数的 -> 占遵义市
    return f"{subject}占{rest}比重"


_MID_VERB = regex.compile(r"^(.{2,16}?)(实现|完成)(.{3,20})$")


def _clean_name(name: str, tb: _Tables) -> str:
    """Drop remarks in parentheses and a verb inside: 「规上工业企业实现利润总额」 -> 规上工业企业利润总额."""
    if "(" in name or "（" in name:
        name = tb.remark_paren.sub("", name)
    m = _MID_VERB.match(name)
    if m and _head_of(m.group(3), tb) and not tb.verb_start.match(m.group(1)):
        name = m.group(1) + m.group(3)
    return name


def _clean_subject(head: str, tb: _Tables) -> str:
    """参加此次党代会的代表 -> 党代会代表."""
    m = tb.attend_start.match(head)
    if m and m.end() > 0:
        head = head[m.end():].replace("的", "")
    head = tb.demonstratives.sub("", head)
    return head


def _strip_money_verb(name: str, tb: _Tables) -> str:
    m = tb.verb_start.match(name)
    if m and m.end() > 0 and tb.verbs.get(m.group()) == "strip_money":
        rest = name[m.end():]
        head = _head_of(rest, tb)
        if rest and head and (tb.heads.get(head) == "money" or len(rest) > len(head)):
            return rest  # 实现城市更新投资 -> 城市更新投资; 实现GDP总量 -> GDP总量
    return name


def _with_unit(q: Quantity, name: str, tb: _Tables) -> Quantity:
    """A bare amount (突破千亿, 4000亿) of a money indicator is in 元."""
    if q.unit == "" and q.value >= 1e4:
        head = _head_of(name, tb)
        if head and tb.heads.get(head) == "money" or name.endswith(("余额", "总值")):
            return q.model_copy(update={"unit": "元"})
    return q


def _signed(q: Quantity, sign: int) -> Quantity:
    if sign < 0 and q.value > 0:
        return q.model_copy(update={"value": -q.value})
    return q


def _modality_triggers(text: str, tb: _Tables) -> List[Tuple[int, str, str]]:
    """(end, kind, word) of the modality triggers of a sentence, left to right."""
    out = []
    for m in tb.modality.finditer(text):
        kind = tb.modality_of.get(m.group())
        if kind == "target" and _AIM_REACHED.search(text, max(0, m.start() - 14), m.start()):
            # 「较好地完成了“双过半”目标,上半年实现…」: an aim reached, the figures are facts
            out.append((m.end(), "actual", m.group()))
        elif kind and kind != "none":
            out.append((m.end(), kind, m.group()))
    for m in _AS_OF.finditer(text):  # 「…计划完成投资55.37亿元,至7月底,全县开工项目131个」: a report
        out.append((m.end(), "actual", m.group()))
    out.sort()
    return out


_AS_OF = regex.compile(r"(?:截至|截止|至|到)\s?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|份)")


_AIM_REACHED = regex.compile(r"(?:完成了|实现了|超额完成|如期完成|提前完成|圆满完成)[^，,；;。]{0,10}$")


def _metric(doc, sent, rec: _Rec, tb: _Tables, triggers: List[Tuple[int, str, str]],
            series_modality: Optional[str] = None) -> Metric:
    text = sent.text
    # modality: the last trigger that ends before the quantity in the sentence
    modality = None
    trigger = None
    k = bisect_right(triggers, (rec.pos, "\uffff", "\uffff")) - 1
    if k >= 0:
        modality, trigger = triggers[k][1], triggers[k][2]
    if modality is None:
        modality = series_modality or ("target" if sent.in_plan else "actual")
    # year: stated in the clause, else the sentence's scoped year
    year = sent.year
    if rec.year_word:
        if rec.year_word.isdigit():
            year = int(rec.year_word)
        else:
            rel = doc.relative_year(rec.year_word)
            year = rel if rel is not None else year
    else:
        for m in _YEAR.finditer(text, rec.clause_start, rec.pos):
            if m.start() > 0 and text[m.start() - 1] in _BASIS_BEFORE_YEAR:
                continue
            if "《" in text[rec.clause_start: m.start()]:
                continue
            if text[max(0, m.start() - 1):m.start()] == "按":
                continue  # 「按2018年平均汇率计算为2865美元」: the rate's year, not the figure's
            year = int(m.group(1))
    stated = bool(rec.year_word) or sent.year_stated
    if (modality == "target" and not stated and year is not None and doc.published_year
            and year < doc.published_year and not sent.in_review):
        year = doc.published_year  # a target is for the year of publication or later
    if trigger in tb.no_year:
        year = None
    region = None if rec.no_region else doc.region
    if rec.region_word:
        resolved = doc.resolve_region(rec.region_word)
        if rec.region_word in self_references():
            region = resolved if resolved == doc.region else doc.region
        elif resolved:
            region = resolved
    return Metric(
        indicator=rec.name,
        level=rec.level,
        change=rec.change,
        basis=rec.basis,
        modality=modality,
        year=year,
        period=rec.period,
        region=region,
        evidence=doc.evidence(sent.start + rec.start, sent.start + max(rec.end, rec.start + 1)),
    )


# --------------------------------------------------------------------------- tables

_CELL = regex.compile(r"[^|]+")
_NUMBER_CELL = regex.compile(r"[-+]?\d{1,12}(?:\.\d{1,6})?%?")
_UNIT_LINE = regex.compile(r"单位\s?[:：]\s?([^|。，,；;]{1,20})")
_TABLE_TITLE_TAIL = regex.compile(r"(?:情况)?(?:汇总表|统计表|一览表|情况表|表)$|情况$")
_COUNT_HEADER = regex.compile(r"个数|数量|户数|人数|家数|项数")


def _table_metrics(doc, sentences, run: List[int], tb: _Tables) -> List[Metric]:
    """Metrics of a 「|」 table: a header row of names, then rows of a label and numbers.

    The unit line before it (单位:个、亿元) gives the units of bare numbers: a column
    whose header counts things (项目个数) takes the count unit, the others the amount
    unit. A title before it (1-9月份州重点项目投资完成情况汇总表) gives the period
    and prefixes the indicator; a row label naming a place is the region.
    """
    from ..quantities import parse_quantity

    cells: List[Tuple[str, int, int]] = []
    for k in run:
        s = sentences[k]
        for m in _CELL.finditer(s.text):
            cell = m.group().strip()
            if cell:
                start = s.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
                cells.append((cell, start, start + len(cell)))
    first_num = next((i for i, c in enumerate(cells) if _NUMBER_CELL.fullmatch(c[0])), None)
    if first_num is None or first_num < 3:
        return []
    n_cols = first_num - 1
    header = [regex.sub(r"\s", "", c[0]) for c in cells[:n_cols]]
    before = [sentences[k].text for k in range(max(0, run[0] - 3), run[0])]
    units: List[str] = []
    title = ""
    for text in before:
        m = _UNIT_LINE.search(text)
        if m:
            units = [u for u in regex.split(r"[、,，/\s]", m.group(1)) if u]
        elif _TABLE_TITLE_TAIL.search(text) and len(text) <= 40:
            title = text
    period = None
    if title:
        pm = tb.periods.search(title)
        if pm:
            period = pm.group()
            title = title[: pm.start()] + title[pm.end():]
        title = _TABLE_TITLE_TAIL.sub("", title.lstrip("份"))
        title = regex.sub(r"(?:投资)?完成$", "", title)
    count_unit = next((u for u in units if u in ("个", "家", "项", "户", "人", "所", "座")), "")
    amount_unit = next((u for u in units if u != count_unit), "")
    out: List[Metric] = []
    sent = sentences[run[0]]
    i = n_cols
    while i + n_cols <= len(cells):
        row = cells[i: i + n_cols]
        if _NUMBER_CELL.fullmatch(row[0][0]) or not all(_NUMBER_CELL.fullmatch(c[0]) for c in row[1:]):
            break
        label = _TABLE_LABEL_LEAD.sub("", regex.sub(r"\s", "", row[0][0]))
        region = doc.region
        is_place = bool(gazetteer().lookup(label))
        if is_place:
            region = label if label.endswith(("市", "县", "区", "旗", "州", "盟")) else doc.resolve_region(label)
        row_metric: Optional[Metric] = None
        for head, (cell, start, end) in zip(header[1:], row[1:]):
            head_name, head_unit = head, ""
            hu = _HEADER_UNIT.search(head)
            if hu:  # 「产量(吨)」「比上年增长(%)」: the unit is in the header
                head_name, head_unit = head[: hu.start()], hu.group(1)
            if cell.endswith("%"):
                unit = ""
            else:
                unit = head_unit or (count_unit if _COUNT_HEADER.search(head) else amount_unit)
            q = parse_quantity(cell + unit)
            if q is None:
                continue
            q = q.model_copy(update={"text": cell})  # the source text: the unit is in the header or unit line
            change_column = q.unit == "%" and _CHANGE_HEADER.search(head_name)
            if change_column and row_metric is not None and row_metric.change is None:
                # 「产品名称 | 产量(吨) | 比上年增长(%)」: the growth of the row's figure
                basis = _CHANGE_HEADER_BASIS.search(head_name)
                out[-1] = row_metric = row_metric.model_copy(update={
                    "change": q, "basis": basis.group() if basis else None,
                    "evidence": doc.evidence(row[0][1], end)})
                continue
            if not is_place and not title:
                name = label + head_name  # 「小麦 | 15669」 under 「产量(吨)」 -> 小麦产量
            elif not title or head_name.startswith(title):
                name = head_name
            elif len(title) >= 2 and head_name.startswith(title[-2:]):
                name = title + head_name[2:]  # 州重点项目 + 项目个数 -> 州重点项目个数
            else:
                name = title + head_name
            row_metric = Metric(
                indicator=name, level=None if change_column else q, change=q if change_column else None,
                modality="target" if "计划" in head and "完成" not in head else "actual",
                year=sent.year, period=period, region=region or doc.region,
                evidence=doc.evidence(row[0][1], end))
            out.append(row_metric)
        i += n_cols
    return out


_HEADER_UNIT = regex.compile(r"[(（]([^()（）]{1,6})[)）]$")
_CHANGE_HEADER = regex.compile(r"增长|增速|增幅|同比|比上年|比去年")
_CHANGE_HEADER_BASIS = regex.compile(r"同比|比上年|比去年")
_TABLE_LABEL_LEAD = regex.compile(r"^(?:其中|#)[:：]?")
