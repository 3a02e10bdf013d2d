"""Project records: named constructions, platforms and programmes with their status.

A project statement is a status verb next to one or more project names, in either order::

    开工建设航空产业园                        verb before the name  -> 航空产业园 started
    石柱高新科技产业园一期、产投新材料产业园建成投用  verb after a list -> two projects, operational
    建成总部动感新天地、新永康宾馆等项目          a list closed by 等 + a generic head

A *name* is a specific modifier (a place or a proper word) + a head noun from
``data/project_suffixes.txt`` (产业园, 科创中心, 高速, 变电站 …), optionally followed by a
phase or section (``data/project_tails.txt``: 一期, 永康段, 改扩建 …). Generic phrases
(重大项目, 一批产业项目, 该项目) and slogans (“千万工程”, “五战双强”行动) are not names
(``data/project_not_names.txt``). Items of a list closed by 「等…项目/工程/断头路」 are names
even without a head of their own (紫微北路延伸, 中石化特种纤维).

Status verbs and their enum values are data (``data/project_status.tsv``), with the
adverbs that may precede them (``data/project_adverbs.txt``). A clause that lists names
without a verb of its own (「本次集中开工的22个重大项目，包括：A、B、C等」) takes the status
of the nearest verb before it in the same sentence.

A name without a stage of its own may take one from context (``data/project_context.tsv``): the
event of the article (a paragraph opening 「国家电投…光伏发电项目，是…」 or a counted list
「A、B、C等7个外资项目，…」 in a 集中开工 article is started), the site of a ceremony
(「开工仪式主现场设立在A项目」), progress words after a visit (「先后到A、B等地，察看项目建设进度」),
or the next sentence about it (「…来到A项目现场。该项目主体已封顶」).

>>> from gov_extract import extract
>>> [(p.name, p.status) for p in extract("2024年，石柱高新科技产业园一期、产投新材料产业园建成投用，永武科创中心开工建设。", published=2025).projects]
[('石柱高新科技产业园一期', 'operational'), ('产投新材料产业园', 'operational'), ('永武科创中心', 'started')]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

import regex

from ..quantities import parse_quantity
from ..records import Project, Quantity
from ..regions import gazetteer
from ..tables import load_table, load_words, trie_pattern
from ..text import char_overlap
from . import register

_STATUSES = {"planned", "approved", "started", "in_progress", "completed", "operational"}
_MAX_NAME = 40
_MAX_HEAD = 8


# --------------------------------------------------------------------------- tables

@dataclass(frozen=True)
class _Verb:
    status: Optional[str]  # None: mentions the project without a stage (落户)
    position: str  # both / before / after
    actual_status: Optional[str]  # status when the sentence reports a fact


@dataclass(frozen=True)
class _Tables:
    verbs: Dict[str, _Verb]
    nouns: FrozenSet[str]  # words of the verb table that are nouns (改扩建)
    verb_re: "regex.Pattern[str]"
    heads: FrozenSet[str]
    head_re: "regex.Pattern[str]"  # prefilter: any head in a sentence
    list_heads: FrozenSet[str]
    tail_re: "regex.Pattern[str]"  # a phase/section at the end of a name
    code_re: "regex.Pattern[str]"  # road codes S316 …
    prefix_re: "regex.Pattern[str]"  # junk at the start of a candidate
    generic_re: "regex.Pattern[str]"
    slogan_heads: Tuple[str, ...]
    stop_re: "regex.Pattern[str]"
    count_re: "regex.Pattern[str]"  # 「4个」 right before a candidate: a category
    modality_re: "regex.Pattern[str]"
    modality: Dict[str, str]
    intro_re: "regex.Pattern[str]"  # 「包括」 at the end of a clause: a list follows
    pre_verb_re: "regex.Pattern[str]"  # 「年内」「将」 between a name and its verb
    intro_start_re: "regex.Pattern[str]"  # 「包括A、B」 at the start of a clause
    designation_re: "regex.Pattern[str]"  # 「…获批国家级标准化试点」: a title, not an approval


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    verbs: Dict[str, _Verb] = {}
    nouns = set()
    for row in load_table("project_status"):
        status = row[1] if len(row) > 1 else "none"
        if status == "noun":
            nouns.add(row[0])
        elif status != "none" and status not in _STATUSES:
            raise ValueError(f"project_status.tsv: unknown status {status!r} for {row[0]!r}")
        position = row[2] if len(row) > 2 and row[2] else "both"
        actual = row[3] if len(row) > 3 and row[3] else None
        verbs[row[0]] = _Verb(None if status in ("none", "noun") else status, position, actual)
    adverbs = load_words("project_adverbs")
    heads = frozenset(load_words("project_suffixes"))
    list_heads = frozenset(load_words("project_list_heads")) | heads
    not_names = load_table("project_not_names")
    generic = [r[1] for r in not_names if r[0] == "generic"]
    slogans = tuple(r[1] for r in not_names if r[0] == "slogan")
    stops = [r[1] for r in not_names if r[0] == "stop"]
    counts = [r[1] for r in not_names if r[0] == "count"]
    tails = load_words("project_tails")
    codes = load_words("project_code_names")
    prefixes = load_words("project_prefixes")
    modality = {row[0]: row[1] for row in load_table("project_modality")}
    adverb = trie_pattern(adverbs)
    return _Tables(
        verbs=verbs,
        nouns=frozenset(nouns),
        verb_re=regex.compile(f"(?:{adverb}){{0,3}}(?P<verb>{trie_pattern(verbs)})"),
        heads=heads,
        head_re=regex.compile(trie_pattern(heads) + r"|[GSXY]\d{1,4}"),
        list_heads=list_heads,
        tail_re=regex.compile("(?:" + "|".join(f"(?:{t})" for t in tails) + "){1,3}"),
        code_re=regex.compile("(?:" + "|".join(f"(?:{c})" for c in codes) + ")"),
        prefix_re=regex.compile("(?:" + "|".join(f"(?:{p})" for p in prefixes) + ")"),
        generic_re=regex.compile(trie_pattern(generic)),
        slogan_heads=slogans,
        stop_re=regex.compile(trie_pattern(stops)),
        count_re=regex.compile(r"(?:[\d.]{1,8}|[一二两三四五六七八九十百千万]{1,6})[多余]?(?:" + trie_pattern(counts) + ")$"),
        modality_re=regex.compile(trie_pattern(modality)),
        modality=modality,
        pre_verb_re=regex.compile("(?:" + "|".join(f"(?:{w})" for w in load_words("project_pre_verb")) + "){1,3}$"),
        intro_re=regex.compile("(?:" + trie_pattern(load_words("project_list_intros")) + ")$"),
        intro_start_re=regex.compile("(?:" + trie_pattern([w for w in load_words("project_list_intros") if len(w) > 1]) + ")"),
        designation_re=regex.compile("(?:" + trie_pattern(load_words("project_designations")) + r")\s?$"),
    )


# --------------------------------------------------------------------------- names

_QUOTED_END = regex.compile(r"[“\"「『‘](?P<q>[^”\"」』’“「『‘]{1,12})[”\"」』’](?P<rest>\p{Han}{0,2})$")
_NUMERAL_CHARS = frozenset("一二两三四五六七八九十百千万亿0123456789")
_CUT_CHARS = "是为在把对从于将要让的了"
_LIST_SPLIT = regex.compile(r"[、/]")
_CONJ = regex.compile(r"和|及|与|以及")
# 「建成海外品牌基地5个」「新增省级未来工厂1家」: a counted category, not a named project
_TRAIL_COUNT = regex.compile(r"(?:[\d.]{1,6}|[一二两三四五六七八九十百千万]{1,4})[多余]?[个座条家项所宗处批套]$")
_COUNT_END = regex.compile(r"(?:[\d.]{1,6}|[一二两三四五六七八九十百千万]{1,4})[多余]?[个项批]$")
_VISIT_CUT = regex.compile(r"(?:深入到|深入|来到|走进|前往)(?![实推开贯落学研])")
_OFFICIAL_TITLE_END = regex.compile(r"(?:书记|县长|市长|区长|旗长|局长|主任|主席|委员)$")
_LEAD_COUNT = regex.compile(r"(?:[\d.]{1,6}|[一二两三四五六七八九十百千万]{1,4})[多余]?[个座条家项所宗处批套大]")
_TAIL_NOISE = regex.compile(
    r"(?:的)?(?:建设|规划建设)?(?:情况|现场|工地)?(?:的)?(?:汇报|介绍)?(?:正在?|正积极|积极)?(?:进行|开展)?"
    r"(?:集中|实地|现场)?(?:实现|已经?|均已|正在?|正积极|积极|力争尽?早?|尽早)?$")
_DENG_TAIL = regex.compile(r"等(?P<tail>[^、]{0,18})$")
# 「恒康药业生产基地和研发总部项目」「城西幼儿园和相如二小建设项目」: one project of two parts
_SHARED_HEAD = regex.compile(r"\p{Han}{2,20}(?<!项目|工程)(?:和|及|与)\p{Han}{2,20}(?<!项目|工程)(?:建设)?(?:项目|工程)$")
_PLACES_TAIL = regex.compile(r"[地处](?:进行|开展)?(?:集中|实地|现场|参观)?")
_HAN = regex.compile(r"\p{Han}")
_RANKED_PLACE = regex.compile(r"第[\d一二三四五六七八九十百]{1,4}[位名]")
_BRACKETED = regex.compile(r"[（(][^（()）]{0,12}[)）]")
_KINDS_OF_WORK = regex.compile(r"[一二两三四五六七八九十\d]{1,3}大")
_COUNT_HEAD = regex.compile(r"^(?:[\d.]{1,6}|[一二两三四五六七八九十百千]{1,4})[多余]?[个项批家座条所]")
_OPEN_CLOSE = {"（": "）", "(": ")", "“": "”", "「": "」", "《": "》"}


def _head_of(name: str, tb: _Tables) -> Optional[Tuple[str, str]]:
    """(modifier, head) when ``name`` ends with a head noun, possibly followed by phase/section
    tails (「义龙庆高速永康段」 → 义龙庆 + 高速; 「中医院改扩建」 → 中 + 医院)."""
    heads = _ends(name, tb)
    if heads:
        return name[: -len(heads[0])], heads[0]
    # the shortest tail after which a head noun stands
    for i in range(len(name) - 1, 0, -1):
        if tb.tail_re.fullmatch(name, i):
            heads = _ends(name[:i], tb)
            if heads:
                return name[: i - len(heads[0])], heads[0]
    return None


def _ends(text: str, tb: _Tables) -> List[str]:
    return [text[-k:] for k in range(min(_MAX_HEAD, len(text)), 0, -1) if text[-k:] in tb.heads]


_DEMONSTRATIVES = frozenset("该此这那")
_PUNCT_DIGITS = regex.compile(r"[\d.、，,“”\"（）()\s]")
# 「干龙潭水库等11个…工程」「(二)2个企业投资项目」: a counted list or class, not one name
_COUNTED_INSIDE = regex.compile(r"(?:等|^[（(][一二三四五六七八九十]{1,3}[)）]\s?)[0-9一二三四五六七八九十]{1,3}[个项座条处家]")
# 「重点工程和重点项目」: generic words joined by a conjunction are still generic
_GENERIC_GLUE = regex.compile(r"项目|工程|和|及|与")


def _is_generic(modifier: str, tb: _Tables, head: str = "") -> bool:
    """True when the modifier says nothing specific (重大, 一批产业 …) or only names a place
    (郸城县重点项目)."""
    rest = tb.generic_re.sub("", modifier)
    rest = _GENERIC_GLUE.sub("", _PUNCT_DIGITS.sub("", rest))
    return not rest or (head in ("项目", "工程") and bool(gazetteer().lookup(rest)))


def _is_slogan(name: str, tb: _Tables) -> bool:
    """「“千项万亿”工程」「扩大有效投资“千项万亿”工程」「“五战双强”行动」: a quoted slogan full
    of numerals + a programme word, or a quoted slogan alone."""
    match = _QUOTED_END.search(name)
    if not match:
        return False
    rest = match.group("rest")
    if not rest:
        return match.start() == 0
    numerals = sum(1 for ch in match.group("q") if ch in _NUMERAL_CHARS)
    return rest in tb.slogan_heads and numerals >= 2


def _balanced(name: str) -> bool:
    for open_, close in _OPEN_CLOSE.items():
        if name.count(open_) != name.count(close):
            return False
    return True


def _form_ok(name: str, tb: _Tables) -> bool:
    """The shape every name has: length, some Han characters, no phrase words, balanced brackets."""
    if not 2 <= len(name) <= _MAX_NAME or not _HAN.search(name) and not tb.code_re.fullmatch(name):
        return False
    if tb.stop_re.search(name) or not _balanced(name) or "的" in name or _COUNTED_INSIDE.search(name):
        return False  # 「干龙潭水库等11个…工程」: a counted list, not one name
    if name[0] in _DEMONSTRATIVES:
        return False  # 「该中心改造工程」「这些项目」 point back to a name said before
    if _is_slogan(name, tb):
        return False
    return not _is_generic(name, tb)


def _is_name(name: str, tb: _Tables) -> bool:
    """A specific modifier + a head noun (or a road code)."""
    if tb.code_re.fullmatch(name):
        return True
    if not _form_ok(name, tb):
        return False
    split = _head_of(name, tb)
    if split is None:
        return False
    modifier, head = split
    if not modifier:
        return len(head) >= 4 and head not in ("项目", "工程")
    if modifier[-1] in "和及与、":
        return False  # 「招商引资和项目」: a coordination that is not a list of names
    if head in ("项目", "工程") and modifier.endswith(("重点", "重大", "集中开工", "集中签约")):
        return False  # 「新旧动能转换“五年取得突破”重点项目」: a class of projects, not one
    if len(head) == 1 and (len(modifier) < 2 or not _HAN.match(modifier[-1])):
        return False
    rest = tb.generic_re.sub("", modifier)
    if _TRAIL_COUNT.search(rest) or _COUNT_END.search(rest):
        return False  # 「镇原县14个重点项目」: a counted category
    return not _is_generic(modifier, tb, head)


# --------------------------------------------------------------------------- spans

def _strip(text: str, s: int, e: int) -> Tuple[int, int]:
    while s < e and text[s] in " \u3000\t":
        s += 1
    while e > s and text[e - 1] in " \u3000\t":
        e -= 1
    return s, e


def _trim_front(text: str, s: int, e: int, tb: _Tables, cut: bool) -> Tuple[int, int]:
    """Drop junk before a name: 「二是」「2024年」「总投资30亿元的」, and with ``cut`` everything up
    to the last 的/是/在… (the name follows them)."""
    if cut:
        for i in range(e - 1, s - 1, -1):
            if text[i] in _CUT_CHARS and not text.startswith("在建", i):
                s = i + 1
                break
        visit = None
        for visit in _VISIT_CUT.finditer(text, s, e):
            pass
        if visit is not None and e - visit.end() >= 4:
            s = visit.end()  # 「县长陈华深入县电机厂…技改升级、…等项目施工现场」: the visit's object
    for _ in range(4):
        s, e = _strip(text, s, e)
        match = tb.prefix_re.match(text, s, e)
        if not match or match.end() == s or match.end() >= e - 1:
            break
        s = match.end()
    return s, e


_REPORT_TAIL = regex.compile(r"(?:建设|推进)?(?:进展)?情况(?:的)?(?:汇报|介绍|报告)$")


def _trim_back(text: str, s: int, e: int) -> Tuple[int, int]:
    s, e = _strip(text, s, e)
    tail = _REPORT_TAIL.search(text, s, e)
    if tail and tail.start() - s >= 4:
        e = tail.start()  # 「听取了A项目、B项目情况的汇报」: the report on the last item
    if e - s > 4 and text.endswith("建设", s, e) and text[e - 4:e - 2] in ("项目", "工程"):
        e -= 2  # 「铁科高速公路项目建设、…等项目陆续复工」: the item's name ends at its head
    return s, e


def _split_conj(text: str, s: int, e: int, tb: _Tables, loose: bool = False) -> List[Tuple[int, int]]:
    """「A和B」「A及B」 are two names when both sides are names; otherwise one. 「A暨B」 joins
    two names for one event: each side that is a name stands (「四季度重大项目暨小河镇…整治项目」)."""
    ji = text.find("暨", s, e)
    if ji > s:
        sides = [(s, ji), (ji + 1, e)]
        named = [side for side in sides if _is_name(text[side[0]:side[1]], tb)]
        if named:
            return [part for a, b in named for part in _split_conj(text, a, b, tb)]
    if _SHARED_HEAD.search(text, s, e):
        return [(s, e)]
    for match in _CONJ.finditer(text, s, e):
        left, right = (s, match.start()), (match.end(), e)
        left_text, right_text = text[left[0]:left[1]], text[right[0]:right[1]]
        if loose:  # an item of 「A、B以及C等3个项目」: the list vouches for both sides
            ok = _form_ok(left_text, tb) and _form_ok(right_text, tb) and (
                _is_name(left_text, tb) or _is_name(right_text, tb))
        else:
            ok = _is_name(left_text, tb) and _is_name(right_text, tb)
        if ok:
            return [left] + _split_conj(text, right[0], right[1], tb, loose)
    return [(s, e)]


def _parse_list(text: str, s: int, e: int, tb: _Tables, *, first_cut: bool,
                require_list: bool = False, announced: bool = False) -> List[Tuple[int, int]]:
    """The project names in text[s:e]: one name or a list 「A、B、C等…项目」. ``announced``: the
    list follows 「有5个项目竣工,包括」, so its items are names even without a head noun."""
    s, e = _strip(text, s, e)
    if announced:
        intro = tb.intro_start_re.match(text, s, e)
        s = intro.end() if intro else s
    if e - s < 2:
        return []
    deng = _DENG_TAIL.search(text, s, e)
    if not deng and _TRAIL_COUNT.search(text, s, e):
        return []
    listed = False
    strong_tail = False
    if deng:
        tail = deng.group("tail")
        if _KINDS_OF_WORK.match(tail):
            return []  # 「推进城中村改造、土地综合整治…等五大工程」: kinds of work, not projects
        tail = _COUNT_HEAD.sub("", tail)
        tail = _TAIL_NOISE.sub("", tail)
        places = bool(_PLACES_TAIL.fullmatch(tail))  # 「先后到A、B、C等地」: places, some of them projects
        if tail and not places and not any(tail.endswith(h) for h in tb.list_heads):
            return []
        listed = True
        strong_tail = bool(tail) and not places
        e = deng.start()
    parts: List[Tuple[int, int]] = []
    pos = s
    for match in _LIST_SPLIT.finditer(text, s, e):
        parts.append((pos, match.start()))
        pos = match.end()
    parts.append((pos, e))
    if require_list and not listed and len(parts) < 2:
        return []
    items: List[Tuple[int, int]] = []
    named = 0
    after_official = False
    for index, (ps, pe) in enumerate(parts):
        ps, pe = _trim_front(text, ps, pe, tb, cut=first_cut and (index == 0 or after_official))
        after_official = False
        ps, pe = _trim_back(text, ps, pe)
        if index and "的" in text[ps:pe]:
            continue
        if text.endswith(("重点项目", "重大项目"), ps, pe) and _head_of(text[ps:pe - 4], tb):
            pe -= 4  # 「加快X集散基地重点项目建设」: the name is X集散基地, 重点项目 says its class
        if pe - ps < 2:
            continue
        if _LEAD_COUNT.match(text, ps, pe):
            continue
        if _OFFICIAL_TITLE_END.search(text, ps, pe):
            after_official = True  # 「县委副书记、县长陈华深入A、B等项目」: an official, not a project
            continue
        if index == 0:
            # 「10个外资项目」: a count right before the candidate makes it a category
            if tb.count_re.search(text, max(0, ps - 8), ps):
                continue
        for cs, ce in _split_conj(text, ps, pe, tb, loose=listed and strong_tail):
            cs, ce = _strip(text, cs, ce)
            name = text[cs:ce]
            if (announced and _RANKED_PLACE.search(name)) or gazetteer().lookup(_BRACKETED.sub("", name)):
                continue  # 「包括晋江(第5位)、南安(第27位)」「先后到横峰、…」: places, not projects
            if listed or announced and len(parts) > 1:
                # an item without a head noun needs some length: 「电力、管网」 are kinds of work
                ok = _form_ok(name, tb) and (_is_name(name, tb) or _head_of(name, tb) is None and len(name) >= 3
                                             or _head_of(name, tb) is not None
                                             and not _is_generic(_head_of(name, tb)[0], tb))
            elif index < len(parts) - 1 and _head_of(name, tb) is None and len(name) <= 10:
                # 「国网牛首山、华电牛首山东抽水蓄能电站」: the head of the last item is shared
                last = text[parts[-1][0]:parts[-1][1]].strip()
                ok = _form_ok(name, tb) and _is_name(last, tb)
            else:
                ok = _is_name(name, tb)
            if ok:
                items.append((cs, ce))
                named += _is_name(name, tb)
    if listed and not announced and not strong_tail and named * 2 < len(items):
        return []  # 「争取超长期特别国债、专项债等」: a bare 等 list needs names of its own
    return items


# --------------------------------------------------------------------------- verbs

@dataclass
class _Group:
    start: int
    end: int
    verbs: List[str]  # the verbs of the table, in order (「建设提速」「推进」)

    @property
    def key(self) -> str:
        return self.verbs[-1]


_NOMINAL_AFTER = regex.compile(r"仪式|现场|活动|动员|热潮|高潮|工作|进度|内容|规模|步伐|力度|率|后|以来|期间|阶段|模式|机制|要素|成效|会(?!展)|、|和|及|与")


def _groups(text: str, s: int, e: int, tb: _Tables) -> List[_Group]:
    """Status verbs of a clause, adjacent ones merged (「建设提速」+「推进」)."""
    groups: List[_Group] = []
    for match in tb.verb_re.finditer(text, s, e):
        end = match.end()
        if match.group("verb") in tb.nouns:
            continue  # 「改扩建」「开工仪式」: nouns that contain a verb
        # a verb that is part of a name or a noun phrase: 运行中心, 建设项目, 开工仪式
        if _head_starts(text, end, e, tb):
            continue
        if _inside_listed_name(text, match.start(), end, s, e, tb):
            continue  # 「A、河南中原建设新材料科研产业园、B等项目」: 建设 is part of a name
        if _NOMINAL_AFTER.match(text, end, e):
            # 「开工、建设、投产全周期」 is a list of stages; 「…全线贯通、毛乌素…」 is not
            if not text.startswith("、", end) or tb.verb_re.match(text, end + 1, e):
                continue
        verb = match.group("verb")
        # 「加快建设」 is a verb of its own, not 加快 + 建设: the longest entry of the table wins
        for i in range(match.start(), match.start("verb")):
            if text[i:end] in tb.verbs:
                verb = text[i:end]
                break
        prev = tb.verbs[groups[-1].verbs[-1]] if groups else None
        # 「主现场设立在…」: a site noun (现场, 工地) does not merge with the verb after it
        site_noun = prev is not None and prev.status is None and prev.position == "after"
        if groups and groups[-1].end == match.start() and not site_noun:
            groups[-1].end = end
            groups[-1].verbs.append(verb)
        else:
            groups.append(_Group(match.start(), end, [verb]))
    return groups


_ASPECT_NOUN = regex.compile(r"内容|规模|资金|用地|任务|标准|周期")
_INVESTED_NAME = regex.compile(
    r"(?:总)?投资(?:额)?(?:达)?(?P<amount>[0-9.]{1,8}[万亿]{1,2}美?元)的(?P<name>[^，,；;。、的]{4,40}?(?:项目|工程))")
_CLASS_ITEMS = regex.compile(
    r"(?:(?:项目|类)\s?(?:为|有|共有?)?\s?[0-9一二三四五六七八九十]{1,3}\s?[个项只]|[0-9一二三四五六七八九十]{1,3}\s?[个只]\s?项目"
    r"|(?:这些|上述|以上)项目)[,，]?\s?(?:分别|具体)(?:为|是)[:：]?")
_ITEMS_END = regex.compile(r"[；;。]")
_ITEM_SPLIT = regex.compile(r"[^、；;。，,]+")
_THIS_BATCH = ("本次", "此次", "这次", "该", "这些", "上述", "以上")
_NAME_INVESTED = regex.compile(
    r"(?P<name>[^，,；;。、的]{4,40}?项目)(?:计划)?总投资(?:额)?(?:达|为|约)?(?P<amount>[0-9.]{1,8}[万亿]{1,2}元)")
_REPRESENTED = regex.compile(r"以([^，,；;。、以]{4,60}?)为代表的")
_SERIES_END = regex.compile(r"[；;]\s*$")
_NUMBERED_CLASS = regex.compile(
    r"[0-9一二三四五六七八九十]{1,3}个[^，,：:。；;]{0,10}?项目[：:]\s?(?=1\s?[.．、])")
_NUMBERED_ITEM = regex.compile(r"(?<![0-9])[0-9]{1,2}\s?[.．、]\s?([^；;。]{2,60})")
_THESE_PROJECTS = regex.compile(r"(\p{Han}{2,8})的这些(?:重点|重大)?(?:项目|工程)")
_INTEGRATION = regex.compile(r"[集融](?P<parts>[^，,；;。！？]{2,80}?)[于为]一体")
_ITEM_CUT = regex.compile(r"[、，,；;。：:]")


@lru_cache(maxsize=1)
def _name_verbs() -> FrozenSet[str]:
    return frozenset(load_words("project_name_verbs"))


def _inside_listed_name(text: str, start: int, end: int, s: int, e: int, tb: _Tables) -> bool:
    """A verb inside an item of a 「、」 list, with a project head closing the item and words of
    the name before the verb."""
    seg_start = s
    for m in _ITEM_CUT.finditer(text, s, start):
        seg_start = m.end()
    cut = _ITEM_CUT.search(text, end, e)
    seg_end = cut.start() if cut else e
    listed = text[seg_start - 1:seg_start] == "、" or text[seg_end:seg_end + 1] == "、"
    if not listed or start - seg_start < 2 or text[start:end] not in _name_verbs():
        return False
    rest = text[end:seg_end]
    if (not rest and text[seg_end:seg_end + 1] == "、") or rest.startswith("等"):
        return True  # 「实施鹿峰山景区扩建、大水乡村旅游区…」「…、早白尖茶叶科技园建设等」: the verb closes the item
    deng = rest.find("等")
    if deng >= 0:
        rest = rest[:deng]
    return any(rest.endswith(h) for h in tb.heads) and not tb.verb_re.search(rest)


def _head_starts(text: str, pos: int, end: int, tb: _Tables) -> bool:
    for k in range(1, min(_MAX_HEAD, end - pos) + 1):
        if text[pos: pos + k] in tb.heads:
            return True
    return False


def _noun_use(text: str, group: _Group, cs: int, tb: _Tables) -> bool:
    """「以项目建设加速度…」「深化打造…」: a describing verb glued to the word before it is not
    the verb of a statement (建设, 打造 after a noun)."""
    verb = tb.verbs[group.verbs[0]]
    if verb.position != "before" or verb.actual_status is None:
        return False
    if group.end - group.start > len(group.verbs[0]) or group.start <= cs:
        return False  # an adverb stands in front (全力打造), or the clause opens with it
    return bool(_HAN.match(text[group.start - 1]))


def _has_object(text: str, group: _Group, nxt: int, tb: _Tables) -> bool:
    """「第一人民医院启动三甲创建」: a verb that may stand on either side and has words after it
    governs those words; the name before it is not its subject."""
    if tb.verbs[group.verbs[0]].position != "both":
        return False
    rest = _TAIL_NOISE.sub("", text[group.end:nxt]).strip()
    return len(rest) >= 2 and bool(_HAN.match(rest)) and rest[0] not in "并而后的"


def _position_ok(group: _Group, side: str, tb: _Tables) -> bool:
    verb = tb.verbs[group.verbs[0] if side == "before" else group.verbs[-1]]
    return verb.position in ("both", side)


def _status(verbs: Sequence[str], tb: _Tables, actual: bool) -> Optional[str]:
    """The status of verbs: the combined verb when the table has it (启动+建设 → 启动建设); in a
    run of verbs (建设+扎实推进) the last; around an object (启动…建设) the first, unless the
    last one only stands after names (推进…前期 → 前期)."""
    absorbed = "…" in verbs
    verbs = [v for v in verbs if v != "…"]
    joined = "".join(verbs)
    verb = tb.verbs.get(joined)
    if verb is None:
        last = tb.verbs[verbs[-1]]
        first = tb.verbs[verbs[0]]
        if not absorbed or last.position == "after" or first.status is None:
            verb = last
        else:
            verb = first
    if actual and verb.actual_status:
        return verb.actual_status
    return verb.status


# --------------------------------------------------------------------------- filler

@dataclass
class _Found:
    start: int
    end: int
    verbs: Tuple[str, ...]  # the status verbs (inherited ones included); () when none
    status_text: Optional[str]
    verb_pos: int  # offset of the status verb in the sentence (for modality)
    clause: Tuple[int, int]


def _modality(sentence: str, upto: int, in_plan: bool, tb: _Tables) -> str:
    found = None
    for match in tb.modality_re.finditer(sentence, 0, max(0, upto)):
        kind = tb.modality[match.group()]
        if kind != "none":
            found = kind
    if found:
        return found
    return "target" if in_plan else "actual"


_INVEST_WORD = regex.compile(r"投资|总规模")
_INVEST = regex.compile(r"(?:总投资|计划投资|投资总额|总规模|投资)(?:约|达|超过?|近)?$")


def _investment(text: str, clause: Tuple[int, int], items: Sequence[_Found]) -> Dict[int, Quantity]:
    """总投资X亿元 in the clause: for its only project, or for all the names that follow it."""
    from ..quantities import find_quantities

    cs, ce = clause
    out: Dict[int, Quantity] = {}
    if not _INVEST_WORD.search(text, cs, ce):
        return out
    for span in find_quantities(text[cs:ce]):
        if not span.quantity.unit.endswith("元"):
            continue
        if not _INVEST.search(text[max(cs, cs + span.outer_start - 6): cs + span.outer_start]):
            continue
        q_start = cs + span.start
        if len(items) == 1:
            out[0] = span.quantity
        elif all(f.start >= q_start for f in items):
            for i in range(len(items)):
                out[i] = span.quantity
    return out


_CLAUSE_CUT = regex.compile(r"[，,；;：:。！？!?]|—{1,2}")


def _clauses(text: str, s0: int, e0: int) -> List[Tuple[int, int]]:
    out = []
    pos = s0
    for match in _CLAUSE_CUT.finditer(text, s0, e0):
        out.append((pos, match.start()))
        pos = match.end()
    if pos < e0:
        out.append((pos, e0))
    return [(a, b) for a, b in out if b - a >= 2]


def _sentence_projects(text: str, s0: int, e0: int, tb: _Tables) -> List[_Found]:
    """Project names with their status verbs in the sentence text[s0:e0]."""
    found: List[_Found] = []
    last: Optional[Tuple[Tuple[str, ...], str, int]] = None  # the last verb with a status
    intro = False  # the previous clause announces a list (「包括」, 「集中开工的22个项目」)
    for cs, ce in _clauses(text, s0, e0):
        groups = _groups(text, cs, ce, tb)
        announced = intro or bool(tb.intro_start_re.match(text, cs, ce))
        intro = bool(tb.intro_re.search(text, cs, ce))
        if not groups:
            # 「包括：A、B、C等」: a list without a verb takes the status said before it
            if last is not None and announced:
                opens = bool(tb.intro_start_re.match(text, cs, ce))  # the clause opens with 包括
                for a, b in _parse_list(text, cs, ce, tb, first_cut=True, require_list=True, announced=opens):
                    found.append(_Found(a, b, last[0], last[1], last[2], (cs, ce)))
            # 「开工项目共22个」: a verb used as a modifier still says what the list after it is
            for match in tb.verb_re.finditer(text, cs, ce):
                verb = match.group("verb")
                if _ASPECT_NOUN.match(text, match.end(), ce):
                    continue  # 「建设内容涵盖…」: a noun, it says nothing of a list's stage
                if verb not in tb.nouns and tb.verbs[verb].status:
                    last = ((verb,), match.group(), match.start() - s0)
                    intro = True
                    # 「此次集中开工项目包括A、B、C等30个项目」: the list follows in the same clause
                    said = tb.intro_start_re.search(text, match.end(), min(ce, match.end() + 12))
                    if said is not None:
                        for a, b in _parse_list(text, said.end(), ce, tb, first_cut=False, require_list=True):
                            found.append(_Found(a, b, last[0], last[1], last[2], (cs, ce)))
                        break
            continue
        pos = cs
        i = 0
        while i < len(groups):
            group = groups[i]
            nxt = groups[i + 1].start if i + 1 < len(groups) else ce
            verbs = tuple(group.verbs)
            status_text = text[group.start:group.end]
            items: List[Tuple[int, int]] = []
            if text.startswith("的", group.end) and nxt == ce:
                intro = True  # 「本次集中开工的22个重大项目，包括：…」
            if _position_ok(group, "before", tb) and nxt - group.end >= 2 and not _noun_use(text, group, cs, tb):
                items = _parse_list(text, group.end, nxt, tb, first_cut=True)
                # 「启动…建设」「推进…项目前期」: a last verb right after the object completes this one
                if items and i + 2 == len(groups) and not _TAIL_NOISE.sub("", text[groups[i + 1].end:ce]).strip():
                    verbs += ("…",) + tuple(groups[i + 1].verbs)
                    status_text += "…" + text[groups[i + 1].start:groups[i + 1].end]
                    pos = groups[i + 1].end
                    i += 1
            if (not items and _position_ok(group, "after", tb) and group.start - pos >= 2
                    and not _has_object(text, group, nxt, tb)
                    and not tb.designation_re.search(_TAIL_NOISE.sub("", text[group.end:nxt]))):
                # 「白云科技谷年内开工建设」: time words between the name and its verb
                subject_end = group.start
                pre = tb.pre_verb_re.search(text, pos, subject_end)
                if pre and pre.start() > pos + 1:
                    subject_end = pre.start()
                items = _parse_list(text, pos, subject_end, tb, first_cut=True)
            if not items:
                pos = group.end
            describes = text.startswith("的", group.end) and _status(verbs, tb, False) == "in_progress"
            if describes or _status(verbs, tb, False) is None:
                # 「投资建设的…」「落户」: no stage of its own; a verb said before in the sentence gives it
                if last is not None:
                    verbs, status_text = last[0], last[1]
                elif describes:
                    verbs, status_text = (), None
            else:
                last = (verbs, status_text, group.start - s0)
            for a, b in items:
                found.append(_Found(a, b, verbs, status_text, group.start - s0, (cs, ce)))
            if items:
                pos = max(pos, group.end)
            i += 1
    return found


def _final_status(verbs: Tuple[str, ...], tb: _Tables, actual: bool) -> Optional[str]:
    if not verbs:
        return None
    return _status(verbs, tb, actual)


# --------------------------------------------------------------------------- context

@dataclass(frozen=True)
class _Context:
    doc_re: "regex.Pattern[str]"  # the article's event (集中开工)
    doc: Dict[str, Tuple[str, str]]  # word -> (status, status_text)
    site_re: "regex.Pattern[str]"
    site: Dict[str, Tuple[str, str]]
    mark_re: "regex.Pattern[str]"  # 主现场 / 分会场
    progress_re: "regex.Pattern[str]"
    progress: Dict[str, str]
    batch_re: "regex.Pattern[str]"  # 签约 in 「集中签约了6个项目…其中…分别为」
    batch: Dict[str, Tuple[str, str]]
    batch_intro_re: "regex.Pattern[str]"  # 「集中开工的项目包括…」: a batch whose items follow


@lru_cache(maxsize=1)
def _context() -> _Context:
    kinds: Dict[str, Dict[str, Tuple[str, str]]] = {"doc": {}, "site": {}, "sitemark": {}, "progress": {}, "batch": {}}
    for row in load_table("project_context"):
        kind, word = row[0], row[1]
        status = row[2] if len(row) > 2 and row[2] else ""
        if kind not in kinds:
            raise ValueError(f"project_context.tsv: unknown kind {kind!r}")
        if status and status not in _STATUSES:
            raise ValueError(f"project_context.tsv: unknown status {status!r} for {word!r}")
        kinds[kind][word] = (status, row[3] if len(row) > 3 and row[3] else word)
    return _Context(
        doc_re=regex.compile(trie_pattern(kinds["doc"])),
        doc=kinds["doc"],
        site_re=regex.compile(trie_pattern(kinds["site"])),
        site=kinds["site"],
        mark_re=regex.compile(trie_pattern(kinds["sitemark"])),
        progress_re=regex.compile(trie_pattern(kinds["progress"])),
        progress={w: v[0] for w, v in kinds["progress"].items()},
        batch_re=regex.compile(trie_pattern(kinds["batch"])),
        batch=kinds["batch"],
        batch_intro_re=regex.compile(
            r"(?:集中)?(?P<verb>" + trie_pattern(kinds["batch"]) + r")的(?:[0-9一二三四五六七八九十]{1,3}[个大只])?"
            r"(?:重点|重大)?项目(?:包括|有|分别为|分别是)"),
    )


_OPENING = regex.compile(r"[，,：:；;]")


_COUNTED_LIST = regex.compile(r"等(?:[\d]{1,4}|[一二两三四五六七八九十百]{1,4})[多余]?[个项批]")


def _opening_names(text: str, s0: int, e0: int, tb: _Tables, in_series: bool = False) -> List[Tuple[int, int]]:
    """The project names a sentence opens with, without a verb of their own: a paragraph that
    opens with a bare name (「国家电投…光伏发电项目，是…」) or a sentence that opens with a counted
    list (「三菱树脂、横滨轮胎、协鑫光伏二期等7个外资项目，合计总投资…」)."""
    cut = _OPENING.search(text, s0, min(e0, s0 + 4 * _MAX_NAME))
    # a series item may be the name alone (「C项目;总投资1个亿;」)
    if cut is None or cut.end() >= e0 - 2 and not (in_series and text[cut.start()] in "；;"):
        return []
    a, b = _strip(text, s0, cut.start())
    # 「并来到A园区，…」: a statement, not a bare name; in a 「；」 series of named projects
    # (「B景区开发建设项目,总投资1.2个亿;」) a verb inside a name ending in 项目/工程 is part of
    # it, one it opens with is not (「开工建设国际陆港项目，…」)
    named_item = in_series and text[b - 2:b] in ("项目", "工程") and not tb.verb_re.match(text, a, b)
    if b - a < 4 or not tb.head_re.search(text, a, b) or tb.verb_re.search(text, a, b) and not named_item:
        return []
    if _COUNTED_LIST.search(text, a, b):
        return _parse_list(text, a, b, tb, first_cut=False, require_list=True)
    if b - a < 6 or b - a > _MAX_NAME or s0 > 0 and text[s0 - 1] not in "\n\r" and not in_series:
        return []
    return [(a, b)] if _is_name(text[a:b], tb) else []


def _context_status(text: str, f: "_Found", s0: int, e0: int, ctx: _Context) -> Optional[Tuple[str, str]]:
    """The stage of a project named without one: 「…等地，实地察看项目建设进度」 (in progress) or a
    site of a ceremony 「开工仪式主现场设立在A项目」 (started)."""
    match = ctx.progress_re.search(text, f.end, e0)
    if match:
        # 「规划建设情况」 says no stage
        return (ctx.progress[match.group()], match.group()) if ctx.progress[match.group()] else None
    if ctx.mark_re.search(text, s0, e0):
        match = ctx.site_re.search(text, s0, e0)
        if match:
            return ctx.site[match.group()]
    return None


_ANAPHOR = regex.compile(r"(?:目前|当前|现在|如今)?[，,]?该(?:\p{Han}{0,4}?)(?=项目|工程|\p{Han}{0,2}(?:中心|园|馆|厂|校|路|桥))")


def _anaphor_status(text: str, s0: int, e0: int, tb: _Tables) -> Optional[Tuple[str, str]]:
    """「…来到工人文化宫项目建设工地。该项目主体结构已顺利封顶」: the stage of the project named
    in the sentence before, said in a sentence that opens with 该项目/该中心."""
    if not _ANAPHOR.match(text, s0, min(e0, s0 + 12)):
        return None
    return _stage_said(text, s0, e0, tb)


def _stage_said(text: str, s0: int, e0: int, tb: _Tables) -> Optional[Tuple[str, str]]:
    """(status, status_text) of the first status verb in text[s0:e0]."""
    for group in _groups(text, s0, e0, tb):
        status = _status(tuple(group.verbs), tb, False)
        if status is not None:
            return status, text[group.start:group.end]
    return None


_BATCH_LOOKBACK = 300


def _batch_status(doc, sent, upto: int, ctx: _Context) -> Optional[Tuple[str, str]]:
    """The stage of a counted batch said just before its items are listed, in the same
    paragraph: 「集中签约了6个招商引资项目…其中包括工业类项目3个,分别为:」 (approved) or
    「签约的7个项目分别是:」; None when no batch verb stands there."""
    start = max(upto - _BATCH_LOOKBACK, 0)
    k = sent.index  # back to the paragraph's first sentence within the look-back window
    while k > 0 and doc.sentences[k - 1].block == sent.block and doc.sentences[k - 1].end > start:
        k -= 1
    start = max(start, doc.sentences[k].start)
    said = None
    for said in ctx.batch_re.finditer(doc.text, start, upto):
        pass
    return ctx.batch[said.group()] if said is not None else None


def _named_in_context(doc, sent, start: int, end: int,
                      status: Optional[Tuple[Optional[str], Optional[str]]],
                      investment: Optional[Quantity] = None) -> Project:
    """A project named without a verb of its own, reported as a fact; its (status, status_text)
    comes from the context (the article's event, the 「；」 series it stands in) or is unknown."""
    status, status_text = status or (None, None)
    return Project(name=doc.text[start:end], status=status, status_text=status_text, investment=investment,
                   modality="actual", year=sent.year, evidence=doc.evidence(sent.start, sent.end))


@register("projects")
def fill(doc) -> List[Project]:
    tb = _tables()
    ctx = _context()
    text = doc.text
    event = ctx.doc_re.search(text)
    doc_status = ctx.doc[event.group()] if event else None
    projects: List[Project] = []
    invested: List[Project] = []  # 「投资X亿元的A项目」「A项目总投资X亿元」
    class_items: List[Project] = []  # 「工业类项目3个,分别为:A、B、C」 (a verb inside a name is fine)
    pending: Optional[int] = None  # index of the previous sentence's only project without a stage
    # 「首批签约的有A项目,总投资3亿元;B项目,总投资5亿元;…」: items of a 「；」 series take its stage
    series: Optional[Tuple[int, str, Optional[str]]] = None  # (block, status, status_text)
    unstaged: List[int] = []  # projects of the sentence before, listed without a stage
    block, block_batch = -1, None  # 「集中开工的项目包括投资…的A项目,…。投资…的B项目,…」: the paragraph's batch
    for sent in doc.sentences:
        if sent.block != block:
            block, block_batch = sent.block, None
        intro = ctx.batch_intro_re.search(sent.text) if "项目" in sent.text else None
        if intro:
            block_batch = ctx.batch[intro.group("verb")]
        series_status = None
        if series is not None and series[0] == sent.block and not sent.is_heading:
            series_status = series[1:]
            for a, b in _opening_names(text, sent.start, sent.end, tb, in_series=True):
                projects.append(_named_in_context(doc, sent, a, b, series_status))
        if series is not None and (series[0] != sent.block or not _SERIES_END.search(sent.text)):
            series = None
        made = len(projects)
        # 「以A项目为代表的重大工业项目25个」: the example named for a class of projects
        for m in _REPRESENTED.finditer(text, sent.start, sent.end):
            a, b = _trim_front(text, m.start(1), m.end(1), tb, cut=True)
            if b - a >= 4 and _is_name(text[a:b], tb):
                projects.append(_named_in_context(doc, sent, a, b, doc_status))
        # 「工业类项目3个,分别为:A、B、C;」: the items of a counted class of projects
        listed_from: Optional[int] = None  # where the items of a counted batch start
        batch_status = None
        for m in _CLASS_ITEMS.finditer(text, sent.start, sent.end):
            batch_status = _batch_status(doc, sent, m.start(), ctx) or doc_status
            listed_from = m.end() if listed_from is None else listed_from
            for a, b in _class_item_spans(text, m.end(), sent.end):
                class_items.append(_named_in_context(doc, sent, a, b, batch_status))
            if _SERIES_END.search(sent.text) and "、" not in text[m.end():sent.end]:
                # 「签约的7个项目分别是:A,总投资…;B,…;C,…」: the items go on in the next sentences
                series = (sent.block,) + (batch_status or (None, None))
        # 「(一)3个政府投资项目:1.A;2.B;3.C。」: numbered items of a counted class, over 「；」
        for m in _NUMBERED_CLASS.finditer(text, sent.start, sent.end):
            stop = text.find("。", m.end())
            stop = stop if stop >= 0 else len(text)
            status = _batch_status(doc, sent, m.start(), ctx) or doc_status
            for item in _NUMBERED_ITEM.finditer(text, m.end(), stop):
                a, b = _strip(text, item.start(1), item.end(1))
                if 4 <= b - a <= _MAX_NAME and _form_ok(text[a:b], tb):
                    class_items.append(_named_in_context(doc, doc.sentence_at(a), a, b, status))
        # 「特别是投资4.2亿元的蒙古王城文化休闲小镇项目,将成为…」「X项目总投资1.2亿元」: the amount
        # names a project; kept when the sentence's verbs named no project there (see below)
        for pattern in (_INVESTED_NAME, _NAME_INVESTED):
            for m in pattern.finditer(text, sent.start, sent.end):
                a, b = _trim_front(text, m.start("name"), m.end("name"), tb, cut=True)
                if b - a >= 4 and _is_name(text[a:b], tb):
                    # 「这些项目分别为:A公司总投资5亿元的X项目;…」: an item of a batch takes its stage
                    listed = batch_status if listed_from is not None and m.start() >= listed_from else (
                        series_status or block_batch)
                    invested.append(_named_in_context(doc, sent, a, b, listed, parse_quantity(m.group("amount"))))
        if unstaged:
            # 「会议听取了A项目、B项目…情况的汇报。…开工建设的这些重点项目,…」: the list's stage
            these = _THESE_PROJECTS.search(text, sent.start, sent.end)
            said = _stage_said(text, these.start(1), these.end(1), tb) if these else None
            if said is not None:
                for index in unstaged:
                    projects[index] = projects[index].model_copy(update={"status": said[0], "status_text": said[1]})
        if pending is not None:
            said = _anaphor_status(text, sent.start, sent.end, tb)
            if said is not None:
                projects[pending] = projects[pending].model_copy(
                    update={"status": said[0], "status_text": said[1]})
            pending = None
        opening: List[Tuple[int, int]] = []
        if doc_status is not None and not sent.is_heading and not sent.in_plan:
            opening = _opening_names(text, sent.start, sent.end, tb)
            for a, b in opening:
                projects.append(_named_in_context(doc, sent, a, b, doc_status))
        # cheap checks first: a head noun and a status verb somewhere in the sentence
        if not tb.head_re.search(sent.text) or not tb.verb_re.search(sent.text):
            continue
        found = _sentence_projects(text, sent.start, sent.end, tb)
        # 「打造集制造研发、仓储物流…为一体的园区」: what a place combines, not projects
        for m in _INTEGRATION.finditer(text, sent.start, sent.end) if "一体" in sent.text else ():
            found = [f for f in found if not (m.start() <= f.start and f.end <= m.end("parts"))]
        if opening:
            found = [f for f in found if f.start >= opening[-1][1]]
        if not found:
            continue
        by_clause: Dict[Tuple[int, int], List[_Found]] = {}
        for f in found:
            by_clause.setdefault(f.clause, []).append(f)
        sentence_invest = _investment(text, (sent.start, sent.end), found) if len(found) == 1 else {}
        for clause, items in by_clause.items():
            invest = _investment(text, clause, items) or sentence_invest
            for index, f in enumerate(items):
                modality = _modality(sent.text, f.verb_pos, sent.in_plan, tb)
                # 「打造南都路」 reported as done means built; 「全力打造…」 is still an effort
                bare = f.status_text is not None and f.status_text in tb.verbs
                status = _final_status(f.verbs, tb, modality == "actual" and bare)
                status_text = f.status_text if f.verbs else (f.status_text or None)
                if status is None:
                    said = _context_status(text, f, sent.start, sent.end, ctx)
                    if said is not None:
                        status, status_text = said
                if status is None and len(found) == 1:
                    pending = len(projects)
                projects.append(Project(
                    name=text[f.start:f.end],
                    status=status,
                    status_text=status_text,
                    investment=invest.get(index),
                    modality=modality,
                    year=sent.year,
                    evidence=doc.evidence(sent.start, sent.end),
                ))
        unstaged = [i for i in range(made, len(projects)) if projects[i].status is None]
        unstaged = unstaged if len(unstaged) >= 2 else []
        if len(projects) > made and projects[-1].status and _SERIES_END.search(sent.text):
            series = (sent.block, projects[-1].status, projects[-1].status_text)
    # 「本次集中开工项目」「集中开工签约项目」: the batch, not one project
    # (a verb inside a name is fine: 「湖南愿景物流园建设项目」)
    invested = [p for p in invested if not (tb.verb_re.match(p.name) or p.name.startswith(_THIS_BATCH))]
    for extra in invested + class_items:
        # the same project named elsewhere (长山米业有限公司项目 … 长山米业有限公司建设项目)
        same = [p for p in projects if char_overlap(p.name, extra.name) >= 0.7]
        if not same:
            projects.append(extra)
            continue
        update = {}
        if same[0].investment is None and extra.investment is not None:
            update["investment"] = extra.investment
        if same[0].status is None and extra.status is not None:
            update.update(status=extra.status, status_text=extra.status_text)
        if update:
            projects[projects.index(same[0])] = same[0].model_copy(update=update)
    return sorted(_dedupe(projects), key=lambda p: p.evidence.start)  # text order (stable within a sentence)


def _class_item_spans(text: str, start: int, end: int) -> List[Tuple[int, int]]:
    """The names listed after 「…项目N个,分别为:」: 「A、B、C」 up to the clause's end, or a 「；」
    series whose items open with the name (「A,总投资3.1个亿;B,…」)."""
    stop = _ITEMS_END.search(text, start, end)
    first_item_end = stop.start() if stop else end
    if stop is not None and text[stop.start()] in "；;" and "、" not in text[start:first_item_end]:
        # a 「；」 series: a sentence ends at its 「；」, so it holds the first item only (its name is
        # before the first comma); the next items are read as the series goes on (fill)
        first = _ITEM_SPLIT.match(text, start, first_item_end)
        spans = [first.span()] if first else []
    else:
        spans = [m.span() for m in _ITEM_SPLIT.finditer(text, start, first_item_end)]
    out = []
    for a, b in spans:
        a, b = _strip(text, a, b)
        if 4 <= b - a <= 40 and _HAN.match(text, a):
            out.append((a, b))
    return out


def _dedupe(projects: List[Project]) -> List[Project]:
    """One record per name and sentence."""
    seen = set()
    out = []
    for p in projects:
        key = (p.name, p.evidence.start)
        if key in seen:
            continue
        seen.add(key)
        out.append(p)
    return out
