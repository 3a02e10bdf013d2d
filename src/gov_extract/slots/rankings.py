"""Rankings: a place in a list or assessment (第45位, 首位, 前10, 百强, 第一等次, 前列 …).

The filler works sentence by sentence (headings are skipped: they repeat the body):

1. *Atoms*: positions found by one pattern — a rank (第N位/第N名/第N/首位/榜首/冠军),
   a top-N (前N/前N名/N强/百强/十佳) or a grade from ``data/ranking_tiers.tsv``. A
   position stands only when something anchors it: a trigger verb before it
   (``data/ranking_triggers.tsv``: 居/位列/跃升至/获评 …), a scope right before it
   (全省第5, 金华第1: ``data/ranking_scopes.tsv`` and every place of the gazetteer),
   a parenthesis after a name (晋江(第5位)) or 排名 before it. 第一次/第二批/第3版/
   第一书记/第二季度 never qualify: a rank must be followed by 位/名, punctuation or a
   conjunction.
2. *Groups*: positions joined by 、/和/与 (「金华第1、全省第5」「第67位和第23位」) are one
   group and share the text before them.
3. *Head*: the text of the clause before the group, split at the last trigger verb into
   LEFT (subject and/or criteria) and MID (scope, then maybe the list's name:
   「位列全省同级医院前4」). LEFT is split into items at 、/和; items that are places or
   organisations are subjects, the rest criteria. An empty LEFT borrows from earlier
   clauses: the indicators of 「完成A 9.1亿元，促成B 58.42亿元，分别居金华第1、第2」, the
   list named in 「会议宣布了2024年度金华市综合考核结果，我市再获第一等次」 or a list title
   (“县域经济100强”榜单, 《…报告》, 发布2022赛迪西部百强县榜单) in the sentence or the two before it.
   *Items of a list*: after a membership tally (「成都共7个区(市)县登榜」「7县(市)入围西部百强县」),
   each following clause 「其中简阳排名第7」「崇州第32」「彭州第8、金堂第16」 ranks its place (or
   organisation) in the list the tally names, or else the list title named before — any number of
   items. The tally itself (「四川省共有36个县(市)上榜西部百强」: a count of members) is no ranking,
   and never an indicator to borrow.
4. *Distribution*: items and positions pair one to one when their numbers agree
   (「分别」), else every item gets the one position, or one criterion every position.

Grade words of ``ranking_tiers.tsv`` marked ``verb`` (优秀, 良好, 先进) are adjectives, not tiers, after a
weak verb (为) or right before a noun (「营造良好环境」) unless an assessment word (考核/评定/等次 …,
``ranking_words.tsv`` class assess) stands in their clause.

Fields: scope as written before the position (全国, 全省, 金华, 联动县（市）), else implied by the
list's name (a region of the country as written: 赛迪西部百强县 → 西部, 中国西部百强县 → 中国西部;
全国…/中国… → 全国, 省… → 全省, a 百强 list → 全国); top also from the name (百强 →
100); publisher from ``data/ranking_publishers.tsv`` in the sentence or the two before it;
modality target after 争创/力争/锚定/目标…; year the sentence's, or the year in a report's title
(《…报告（2024年）》) when the sentence states none; an aim without a written year has none.

Ranking tables flattened into text are read too: a header 「排名 地区 地级市 县(市)」 and
rows 「1 江苏 无锡市 江阴市 2 …」 with consecutive numbers, and numbered list blocks
(「1.江苏昆山市」) under a heading that names a list (「全国工业百强县(市)前十:」).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

import regex

from ..document import BASIS_CHARS, Document, Sentence
from ..quantities import cn_numeral_value, find_quantities
from ..records import Ranking
from ..regions import gazetteer, located_children, region_stopwords, self_references
from ..text import char_overlap, growth_rate_name, is_cjk
from ..tables import WordSet, load_table, load_words, trie_pattern
from . import register

_NUM = r"(?:[0-9]{1,4}|[一二三四五六七八九十百两]{1,4})"
# What may follow a rank 「第N」; anything else (第一次/第二批/第3版/第一书记/第二季度) is no rank.
_RANK_FOLLOW = r"(?=[，。；、）)\]】和与及,;:：\s”！!？?（(…⋯]|$|的|之|位次)"
# What may not follow a top-N 「前N」: 前三年/前两月/前三季度 are periods.
_TOP_FOLLOW = r"(?![年月日天周期季夕批次届个轮])"
_CLAUSE_CUT = regex.compile(r"[，,；;：:。！？!?]")
_YEAR_PREFIX = regex.compile(
    r"^(?:(?:19|20)\d{2}\s?年度?|(?:今|去|上|本|明)年度?|[一二三四]季度|上半年|下半年|前三季度|1-\d{1,2}月|全年)")
_YEAR_IN = regex.compile(r"[（(]?(?:19|20)\d{2}\s?年度?[）)]?")
_DURATION = regex.compile(
    r"(?:已?连续|连续第|(?<!第))(?:[0-9]{1,2}|[一二三四五六七八九十多]{1,2})(?:年|个月|个季度|季度|届)(?:来|以来)?$")
_N_ITEMS = regex.compile(r"(?:等)?\s?(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})\s?项(?:主要)?(?:经济)?指标")
_N_STRONG = regex.compile(r"(?:[0-9]{2,4}|十|百|千|五十|二十|三十)(?:强|佳)")
_TITLE_QUOTED = regex.compile(r"“([^“”，,。；;]{2,30}?)”?\s?(?:榜单|排行榜|排名|名单)")
_TITLE_BOOK = regex.compile(r"《([^《》]{2,40})》")
# an unquoted list name: 「发布2022赛迪西部百强县榜单」「发布了2023中部百强县」
_TITLE_PLAIN = regex.compile(
    r"([^，,。；;：:“”《》、]{2,40}?)(?:榜单|排行榜|名单)"
    r"|(?:发布|公布|揭晓|推出)了?\s?([^，,。；;：:“”《》、]{0,20}?(?:[0-9]{2,4}|十|百|千|五十|二十|三十)强"
    r"[县市区镇]{0,2})(?=[，,。；;：:]|$)"
    r"|([^，,。；;：:“”《》、]{0,20}?(?:[0-9]{2,4}|十|百|千|五十|二十|三十)强[县市区镇]{0,2})"
    r"(?:榜单)?(?:揭晓|发布|出炉|公布)")
_TITLE_PLAIN_CUT = regex.compile(r"发布|公布|揭晓|推出|出炉|根据|据|在|了|显示")
_ASSESSMENT = regex.compile(r"(考核|评估|评价|考评|测评)(?:结果|通报|情况)")
_ASSESS_CUT = regex.compile(r"年度|年|了|据|的|在|公布|宣布|发布|显示|根据|通报")
_TARGET_WORDS = regex.compile(r"力争|争创|争取|确保|目标|锚定|冲刺|努力|奋力|计划|(?<![主重需必只概纲摘首])要(?![求素点件闻案])|将")
_TARGET_MET = regex.compile(r"(?:实现|完成|达成|超额完成)[^，,。；;]{0,20}目标")
_IN_X = regex.compile(r"在(.{2,40}?)(?:上|中|里)$")
_GROUP_WORDS = r"(?:县市区|县\(市、区\)|县（市、区）|县区|区县|县市|县\(市\)|县（市）|省份|省区市|城市|地市)"
_GROUP_SCOPE = regex.compile(r"^(?:[0-9]{1,3}个|[一二三四五六七八九十两]{1,3}个?)" + _GROUP_WORDS)
_GROUP_SCOPE_END = regex.compile(r"(?:[0-9]{1,3}个|[一二三四五六七八九十两]{1,3}个?)" + _GROUP_WORDS + r"(?:中)?$")
_ASSESS_END = regex.compile(r"(?:考核|评价|考评|评估|评定|测评)$")
_AFTER_POSITION = regex.compile(r"^[、，,]?(?:以及|和|与|及|并)")
_TITLE_YEAR = regex.compile(r"《[^《》]{0,40}?((?:19|20)\d{2})\s?年?[^《》]{0,20}》")
_FROM_PLACE = regex.compile(r"(?:由|从)[^，,、]{1,14}$")
_ENUMERATOR = regex.compile(r"^(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}是|[0-9]{1,2}[.．])\s?")
_IN_LIST = regex.compile(r"^(?:在|其中)?(?:该|这份|此)?(?:名单|榜单|排行榜|排名)(?:中|里|上)[，,]?")
_YEAR_BEFORE = regex.compile(r"(?<![\d.])((?:19|20)\d{2})\s?年(?!\d{1,2}月)")
_BACK_ON_LIST = regex.compile(r"(?:再次|再|又|成功|连续|继续)?(?:上榜|入榜|登榜|上)(?:榜单|名单)?")
_AWARD_AFTER = regex.compile(r"颁发|颁奖|授予|授牌|发放|表彰")
_TOWN = regex.compile(r"\p{Han}{1,6}(?:镇|乡|街道)")
_CRITERION_YEAR = regex.compile(r"^((?:19|20)\d{2})\s?年度?")
_BARE_RANK_WORDS = frozenset({"位次", "排名", "排位", "名次", "增速", "增幅"})
_GENERIC_SCOPE_END = regex.compile(r"(?:全国|全省|全市|全州|全盟|全区)$")
# 「排首位的是江苏昆山市」「排名前三的是南昌、赣州、九江」「位居全省前三的设区市是南昌、新余和景德镇」
_NAMED_AFTER = regex.compile(
    r"(?:位)?的(?:设区市|市州|" + _GROUP_WORDS + r")?(?:分别)?(?:是|为)[:：]?([^，,。；;]{2,60})")
_WORDY = regex.compile(r"[\p{Han}A-Za-z]")
# 「卫滨区(含高新区)增速」: the place's remark; 「以18.4%的增速夺冠」: the figure it won with
_LEADING_REMARK = regex.compile(r"^(?:[（(][^（()）]{1,12}[)）]|以[0-9.]{1,6}%?的?)")
_RACED_ON = regex.compile(r"增速|增幅|增长|总量|指标|收入|投资|产值|考核|排名")  # 「增速夺冠」, not 「中国队夺冠」
_TIME_LEAD = regex.compile(r"^在?(?:第?[一二三四]季度|上半年|下半年|前三季度|(?:19|20)\d{2}\s?年度?|今年|去年)(?:以来)?")
_SCORE_WORDS = frozenset({"总分", "得分", "总得分", "综合得分", "积分", "分数", "评分"})
_RANK_RANGE_END = regex.compile(r"第(" + _NUM + r")位?(?:至|到|—|－|-)$")
_RANK_WORD_END = regex.compile(r"(?:排名|排位|位次)$")


@dataclass
class _Atom:
    start: int
    end: int
    kind: str  # rank / top / tier
    rank: Optional[int] = None
    top: Optional[int] = None
    tier: Optional[str] = None
    scope: Optional[str] = None  # a scope written right before this position in a group
    named: bool = False  # inside a list name: 全国高质量发展百强园区, “县BA”冠军
    name_start: Optional[int] = None
    name_end: Optional[int] = None


@dataclass
class _Tables:
    atom: "regex.Pattern[str]"
    verbs: Dict[str, str]
    verb_pattern: "regex.Pattern[str]"
    scope_words: WordSet  # scope words and place names: .match at a start, .match_end at an end
    scope_norm: Dict[str, str]
    generic_scope_start: "regex.Pattern[str]"
    tiers: Dict[str, str]
    publishers: "regex.Pattern[str]"
    adverbs: Tuple[str, ...]
    leads: Tuple[str, ...]
    growth: Tuple[str, ...]
    links: Tuple[str, ...]
    heads: Tuple[str, ...]
    subject_suffixes: Tuple[str, ...]
    scope_tails: Tuple[str, ...]
    self_refs: "regex.Pattern[str]"
    places: WordSet
    prefilter: "regex.Pattern[str]"
    macro_region: "regex.Pattern[str]"  # 「(中国|全国)?西部」 at the start of a list name
    tally: "regex.Pattern[str]"  # 「共有36个县(市)」: a count of members
    assess: "regex.Pattern[str]"  # 考核/评定/等次 …: a grade word is an assessment
    weak_verbs: Tuple[str, ...]
    negation: "regex.Pattern[str]"  # 退出/跌出/无缘: the place is not on the list
    publisher_start: "regex.Pattern[str]"


def _by_length(words) -> Tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    tiers = {row[0]: (row[1] if len(row) > 1 else "any") for row in load_table("ranking_tiers")}
    verbs = {row[0]: (row[1] if len(row) > 1 else "place") for row in load_table("ranking_triggers")}
    scopes = {row[0]: (row[1] if len(row) > 1 and row[1] else row[0]) for row in load_table("ranking_scopes")}
    words: Dict[str, List[str]] = {}
    for row in load_table("ranking_words"):
        words.setdefault(row[1] if len(row) > 1 else "", []).append(row[0])
    gaz = gazetteer()
    stop = region_stopwords()
    place_names = [n for n in gaz.by_name if len(n) >= 2 and n not in stop]
    scope_words = list(scopes) + place_names
    tier_alt = trie_pattern(tiers)
    atom = (
        r"(?P<awards>[一二三](?:、[一二三]){1,2}等奖)"
        rf"|(?P<tier>{tier_alt})"
        rf"|(?P<rank>第\s?(?P<rn>{_NUM})\s?(?:位|名)?){_RANK_FOLLOW}"
        # 「神木居21位」「府谷排89位」: a verb and 位/名 make a rank without 第
        r"|(?P<rank>(?<=[排居列])\s?(?P<rn>[0-9]{1,3})\s?(?:位|名))"
        # 「醴陵市排名88位」「长沙县排名13」: 排名 and a number make a rank without 第
        r"|(?P<rank>(?<=排名)\s?(?P<rn>[0-9]{1,3})(?:\s?(?:位|名))?(?![0-9.%％]))"
        r"|(?P<first>首位|榜首|头名|第一名|[“\"]?(?:头把|第一把)交椅[”\"]?|夺冠)"
        r"|(?P<champion>冠军)"
        rf"|(?P<top>前\s?(?P<tn>{_NUM})\s?(?:位|名|强)?){_TOP_FOLLOW}"
        r"|(?P<strong>(?P<sn>[0-9]{2,4}|十|百|千|五十|二十|三十|[三五八](?=强[县区市镇]))(?:强|佳))"
    )
    return _Tables(
        atom=regex.compile(atom),
        verbs=verbs,
        verb_pattern=regex.compile(trie_pattern(verbs)),
        scope_words=WordSet(scope_words),
        scope_norm=scopes,
        generic_scope_start=regex.compile(rf"^(?:{trie_pattern(scopes)})"),
        tiers=tiers,
        publishers=regex.compile(trie_pattern(load_words("ranking_publishers"))),
        adverbs=_by_length(words.get("adverb", ())),
        leads=_by_length(words.get("lead", ())),
        growth=_by_length(words.get("growth", ())),
        links=_by_length(words.get("link", ())),
        heads=_by_length(words.get("head", ())),
        subject_suffixes=tuple(words.get("subject", ())),
        scope_tails=_by_length(words.get("scope_tail", ())),
        self_refs=regex.compile(rf"^(?:{trie_pattern(self_references())})"),
        places=WordSet(place_names),
        prefilter=regex.compile(
            r"第\s?" + _NUM + r"|[排居列]\s?[0-9]{1,3}\s?[位名]|排名\s?[0-9]|首位|榜首|冠军|头名|交椅|夺冠|前\s?" + _NUM
            + r"|[0-9十百千三五八]强|[十百]佳|等奖|" + tier_alt),
        macro_region=regex.compile(rf"^(?:中国|全国)?(?:{trie_pattern(words.get('macro_region', ('西部',)))})(?:地区)?"),
        tally=regex.compile(
            r"(?<!等\s?)(?:共有|共计|共|有|计)?\s?(?:[0-9]{1,4}|[一二三四五六七八九十两]{1,3})\s?"
            rf"(?:{trie_pattern(words.get('count_unit', ('个',)))})(?!季度|月|年|星期|小时|工作日|百分点|轮|批)"),
        assess=regex.compile(trie_pattern(words.get("assess", ("考核",)))),
        weak_verbs=tuple(words.get("weak_verb", ())),
        negation=regex.compile(trie_pattern(words.get("negation", ("跌出",)))),
        publisher_start=regex.compile(rf"^(?:{trie_pattern(load_words('ranking_publishers'))})"),
    )


# --------------------------------------------------------------------------- small helpers

def _num(text: str) -> Optional[int]:
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    try:
        return cn_numeral_value(text)
    except ValueError:
        return None


def _strong_value(text: str) -> Optional[int]:
    """百强 → 100, 100强 → 100, 十佳 → 10, in a list name."""
    m = _N_STRONG.search(text)
    return _num(m.group()[:-1]) if m else None


def _last_verb(text: str):
    last = None
    for m in _tables().verb_pattern.finditer(text):
        if m.group() == "获" and text.startswith("奖", m.end()):
            continue  # 「获奖数全省第一」: 获奖 is a noun here
        last = m
    return last


def _strip_end(text: str, words: Sequence[str]) -> str:
    """Strip trailing ``words``, durations (连续5年) and punctuation, repeatedly."""
    changed = True
    while changed and text:
        changed = False
        text = _strip_balanced(text)
        for w in words:
            if text.endswith(w) and len(text) > len(w) - 1:
                pm = _tables().places.match_end(text)
                if pm is not None and pm.end() - pm.start() > len(w):
                    break  # 「宜都」「成都」 end in 都 but are places
                text = text[: -len(w)]
                changed = True
                break
        m = _DURATION.search(text)
        if m and m.end() > m.start():
            text = text[: m.start()]
            changed = True
    return _strip_balanced(text)


def _strip_start(text: str, words: Sequence[str]) -> str:
    """Strip leading ``words``, years and periods (2024年, 全年, 前三季度) and punctuation."""
    changed = True
    while changed and text:
        changed = False
        text = _strip_balanced(text)
        m = _YEAR_PREFIX.match(text)
        if m and m.end():
            text = text[m.end():]
            changed = True
            continue
        for w in words:
            if text.startswith(w):
                text = text[len(w):]
                changed = True
                break
    return _strip_balanced(text)


def _strip_balanced(text: str) -> str:
    """Strip punctuation at both ends, but keep a closing bracket or quote whose opener is inside:
    「联动县（市）」「“治决会”改革」 stay whole."""
    edge = " 、，,；;：:。的之\"'"
    changed = True
    while changed and text:
        changed = False
        text = text.strip(edge)
        if text and text[-1] in "“（(《":
            text, changed = text[:-1], True
        elif text and text[0] in "”）)》":
            text, changed = text[1:], True
        elif text and text[-1] in "”）)》" and (
                text.count({"”": "“", "）": "（", ")": "(", "》": "《"}[text[-1]]) < text.count(text[-1])):
            text, changed = text[:-1], True
        elif text and text[0] in "“（(《" and (
                text.count({"“": "”", "（": "）", "(": ")", "《": "》"}[text[0]]) < text.count(text[0])):
            text, changed = text[1:], True
    return text


def _split_items(text: str, conjunctions: bool = True) -> List[str]:
    """Split a list 「A、B和C」 at top level (not inside quotes or brackets); at 和/与/及 only
    when ``conjunctions`` (「信息化和工业化融合发展水平」 is one indicator)."""
    items: List[str] = []
    depth, cur = 0, []
    for i, ch in enumerate(text):
        if ch in "“（(《「":
            depth += 1
        elif ch in "”）)》」":
            depth = max(0, depth - 1)
        if depth == 0 and (ch == "、" or (conjunctions and ch in "和与及" and len(cur) >= 2 and len(text) - i > 2)):
            items.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    items.append("".join(cur))
    return [x for x in (_strip_balanced(y) for y in items) if x]


_RATE_ENDS = ("率", "增速", "增幅", "速度", "指数")


def _share_heads(items: List[str]) -> List[str]:
    """「A、B、C建设考核」 → A建设考核, B建设考核, C建设考核; 「一产、二产、三产增加值」 too."""
    if len(items) < 2:
        return items
    last = items[-1]
    for head in _tables().heads:
        if last.endswith(head) and len(last) > len(head):
            return [x if x.endswith(head) or x.endswith(_RATE_ENDS) else x + head for x in items[:-1]] + [last]
    lens = {len(x) for x in items[:-1]}
    if len(lens) == 1:
        n = lens.pop()
        if n <= 3 and len(last) > n + 1:
            return [x + last[n:] for x in items[:-1]] + [last]
    return items


def _scope_of(word: Optional[str]) -> Optional[str]:
    return _tables().scope_norm.get(word, word) if word else None


_LIST_YEAR = regex.compile(r"^(?:19|20)\d{2}\s?(?:年度?)?")


def _bare_list_name(criterion: str) -> str:
    """The list's own name, after its year and publisher: 「2022赛迪西部百强县」 → 西部百强县."""
    bare = _LIST_YEAR.sub("", criterion, count=1)
    return _tables().publisher_start.sub("", bare, count=1)


def _macro_scope(criterion: str) -> Optional[str]:
    """A region of the country qualifying a list's name, as written: 西部, 中国西部, 长三角."""
    if not criterion:
        return None
    m = _tables().macro_region.match(_bare_list_name(criterion))
    return regex.sub(r"地区$", "", m.group()) if m else None


def _scope_from_criterion(criterion: str) -> Optional[str]:
    """A scope implied by the list's name: a region of the country as written (赛迪西部百强县 → 西部,
    中国西部百强县 → 中国西部); 全国…/中国…/国家… → 全国; 省… → 全省; 金华市… → 金华;
    a 百强/100强 list without one is national."""
    if not criterion:
        return None
    tb = _tables()
    macro = _macro_scope(criterion)
    if macro:
        return macro
    bare = _bare_list_name(criterion)
    if bare != criterion and bare:
        m = tb.generic_scope_start.match(bare)
        if m:
            return _scope_of(m.group())
    if criterion.startswith(("全国", "中国", "国家")):
        return "全国"
    if criterion.startswith(("全省", "省")):
        return "全省"
    m = tb.generic_scope_start.match(criterion)
    if m:
        return _scope_of(m.group())
    m = tb.places.search(criterion)
    if m and m.start() <= 4:
        regions = gazetteer().lookup(m.group())
        if regions:
            return "全省" if regions[0].level == "province" else regions[0].stem
    value = _strong_value(criterion)
    if value and value >= 50 and "强" in criterion:
        return "全国"
    return None


def _clean_criterion(text: str) -> str:
    tb = _tables()
    text = _N_ITEMS.sub("", text)
    text = _strip_start(text, tb.leads)
    text = _strip_end(text, tb.adverbs)
    m = _RANK_WORD_END.search(text)
    if m and m.start() > 1 and not text.endswith("综合排名"):
        text = text[: m.start()]
    if len(text) > 6:
        text = _YEAR_IN.sub("", text)
    return _strip_balanced(text)


def _clause_bounds(text: str) -> List[Tuple[int, int]]:
    """(start, end) of the clauses of a sentence, not cut inside brackets or quotes
    (an opening quote never closed, 「“县域经济100强(2018年)榜单,」, opens nothing)."""
    out, pos, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "（(“":
            closer = {"（": "）", "(": ")", "“": "”"}[ch]
            if text.find(closer, i + 1, i + 40) < 0:
                continue
            depth += 1
        elif ch in "）)”":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "，,；;：:。！？!?":
            if i > pos:
                out.append((pos, i))
            pos = i + 1
    if pos < len(text):
        out.append((pos, len(text)))
    return out


# --------------------------------------------------------------------------- subjects

def _place_subject(name: str, doc: Document) -> str:
    """A place as the subject: the home region's own name when it is the home region, else as written."""
    if doc.region:
        if name == doc.region:
            return doc.region
        for r in gazetteer().lookup(name):
            if r.name == doc.region or doc.region in r.short_names:
                return doc.region
    return name


def _subject_prefix(text: str, doc: Document) -> Tuple[Optional[str], str]:
    """A subject at the front of a phrase: 「我市」「全区」「乐清」「鄂尔多斯市的」 → (subject, rest)."""
    tb = _tables()
    text = _ENUMERATOR.sub("", text)  # 「(一)全县规模以上工业增加值…」
    m = tb.self_refs.match(text)
    if m:
        return doc.resolve_region(m.group()) or doc.region, text[m.end():]
    if _TOWN.fullmatch(text) and not tb.generic_scope_start.match(text):
        return text, ""  # 「黄花镇入列中国百强镇」: a town the gazetteer does not list
    m = tb.places.match(text)
    while m:  # 「内蒙古准格尔旗、陕西神木市…」: a province locating the place after it
        inner = tb.places.match(text, m.end())
        if inner is None or not located_children(m.group(), gazetteer().lookup(inner.group())):
            break
        m = inner
    if m:
        rest = text[m.end():]
        body = _GOVERNMENT_BODY.match(rest)
        if body and body.end() == len(rest):
            return _place_subject(m.group(), doc), ""  # 「枝江市政府荣获…第一」: the place is ranked
        if rest.startswith("的"):
            rest = rest[1:]
        elif rest.startswith(("、", "和", "与", "及")):  # 「简阳、彭州、金堂分别…」: a list of subjects
            return None, text
        if not rest or (len(rest) >= 2 and not rest.startswith(("市", "县", "区", "省"))):
            return _place_subject(m.group(), doc), rest
    return None, text


def _last_place(item: str):
    last = None
    for m in _tables().places.finditer(item):
        last = m
    return last


def _is_subject_item(item: str) -> bool:
    """An item that names who is ranked: a place (大连瓦房店市) or an organisation (中医院)."""
    if not item:
        return False
    m = _last_place(item)
    if m is not None and _ends_place(item, m):
        prefix = item[: m.start()]
        if not prefix or (len(prefix) <= 4 and _tables().places.fullmatch(prefix)):
            return True
    return item.endswith(_tables().subject_suffixes)


def _ends_place(item: str, m) -> bool:
    """The place ends the item, or a suffix the gazetteer lacks does (神木县 became 「神木市」)."""
    return m.end() == len(item) or (m.end() == len(item) - 1 and item[-1] in "市县区旗")


def _subject_of_item(item: str, doc: Document) -> str:
    if item.endswith("等") and len(item) > 2:
        item = item[:-1]  # 「蓝田县、石泉县、宁强县等被评为…」
    m = _last_place(item)
    if m is not None and _ends_place(item, m):
        # 「大连瓦房店市」 → 瓦房店市 (the last place named), 「江苏昆山市」 → 昆山市, 「陕西神木市」 → 神木市
        return _place_subject(item[m.start():], doc)
    return item


# --------------------------------------------------------------------------- positions

def _find_atoms(text: str) -> List[_Atom]:
    atoms: List[_Atom] = []
    for m in _tables().atom.finditer(text):
        s, e = m.span()
        if m.group("awards"):
            for ch in m.group("awards")[:-2].split("、"):
                atoms.append(_Atom(s, e, "tier", tier=ch + "等奖"))
        elif m.group("tier"):
            atoms.append(_Atom(s, e, "tier", tier=m.group("tier")))
        elif m.group("rank"):
            n = _num(m.group("rn"))
            if n and n <= 5000:
                atoms.append(_Atom(s, e, "rank", rank=n))
        elif m.group("first"):
            atoms.append(_Atom(s, e, "rank", rank=1))
        elif m.group("champion"):
            if not text[max(0, s - 2):s].endswith(("单项", "隐形")):
                atoms.append(_Atom(s, e, "rank", rank=1, named=True))
        elif m.group("top"):
            n = _num(m.group("tn"))
            if n and n <= 5000:
                atoms.append(_Atom(s, e, "top", top=n))
        elif m.group("strong"):
            n = _num(m.group("sn"))
            if n and text[max(0, s - 1):s] == "第":
                atoms.append(_Atom(s - 1, e, "rank", rank=n, named=True))  # 「标杆城区第14强」: 14th
            elif n:
                atoms.append(_Atom(s, e, "top", top=n, named=True))
    merged: List[_Atom] = []
    for a in atoms:
        if merged:
            prev = merged[-1]
            gap = text[prev.end:a.start]
            # 「优秀单位的首位」: a grade followed by a place is one position
            if prev.kind == "tier" and a.kind == "rank" and not a.named and gap in ("的", ""):
                merged[-1] = _Atom(prev.start, a.end, "rank", rank=a.rank, tier=prev.tier)
                continue
            # 「位列中国百强县第一位」: a place in a named list
            # 「位居全国百强县投资潜力第3」: the list's field may stand between them
            if (prev.named and prev.kind == "top" and a.kind == "rank" and not a.named and len(gap) <= 8
                    and not regex.search(r"[，,。；;、]", gap) and not _tables().verb_pattern.search(gap)):
                merged[-1] = _Atom(prev.start, a.end, "rank", rank=a.rank, top=prev.top, named=True,
                                   name_end=a.start)
                continue
        merged.append(a)
    return merged


def _group(text: str, atoms: List[_Atom]) -> List[List[_Atom]]:
    """Positions joined by 、/和 share one head: 「金华第1、全省第5」「第67位和第23位」「一、二等奖」."""
    tb = _tables()
    groups: List[List[_Atom]] = []
    for a in atoms:
        if groups:
            prev = groups[-1][-1]
            if a.start < prev.end:  # 「一、二等奖」
                groups[-1].append(a)
                continue
            gap = text[prev.end:a.start]
            if a.named == prev.named and a.kind == prev.kind:
                if a.named:
                    if regex.search(r"[、和与及]", gap) and len(gap) <= 20 and not _CLAUSE_CUT.search(gap):
                        groups[-1].append(a)
                        continue
                elif gap[:1] in ("、", "和", "与", "及"):
                    core = gap[1:]
                    sc = tb.scope_words.match(core) if core else None
                    if not core or (sc and sc.end() == len(core)):
                        if sc:
                            a.scope = sc.group()
                        groups[-1].append(a)
                        continue
        groups.append([a])
    return groups


def _named_phrase(text: str, atom: _Atom, floor: int) -> str:
    """The list name around 百强/十佳/冠军: 「获评全国高质量发展百强园区」 → 全国高质量发展百强园区."""
    tb = _tables()
    s = atom.start
    lo = max(floor, s - 18)
    left = text[lo:s]
    cut = 0
    for m in regex.finditer(r"[，,；;：:。、（）()《》]|和|与|及", left):
        cut = m.end()
    vm = _last_verb(left)
    if vm and vm.end() > cut:
        cut = vm.end()
    left = _strip_start(left[cut:], tb.leads + tb.adverbs)
    if atom.kind == "rank" and atom.name_end is None:  # 冠军: the contest is the name
        return _strip_balanced(_strip_end(left, ("首届",)))
    if atom.name_end is not None:
        return _strip_balanced(left + text[s:atom.name_end])
    right = regex.match(r"[^，,；;：:。、“”（）()《》和与及等第…⋯!！?？]{0,8}", text[atom.end:]).group()
    right = regex.sub(r"(?:榜单|名单)$", "", right)
    return _strip_balanced(left + text[s:atom.end] + right)


def _specific_list(name: str) -> bool:
    """A list name, not a bare re-mention: 「全国高质量发展百强园区」 yes, 「百强县」「多个百强榜单」 no."""
    m = _N_STRONG.search(name)
    if not m:
        return len(name) >= 2
    before = name[: m.start()]
    before = regex.sub(r"^(?:多个|这|此|该|各)", "", before)
    return len(before) >= 2 and not before.endswith(("多个", "等", "个"))


# --------------------------------------------------------------------------- the head of a group

@dataclass
class _Head:
    left: str = ""
    verb: str = ""
    mid: str = ""
    scope: Optional[str] = None


def _split_head(head: str) -> _Head:
    """LEFT [verb] MID — the verb is the last trigger verb of the head; MID opens with the scope."""
    tb = _tables()
    h = _Head()
    last = _last_verb(head)
    if last is None or len(head) - last.end() > 24:
        h.left = head
        sc = tb.scope_words.match_end(head)
        if sc:
            h.scope = sc.group()
            h.left = head[: sc.start()]
        return h
    h.left, h.verb, mid = head[: last.start()], last.group(), head[last.end():]
    if h.verb == "分居" and h.left.endswith(("总", "得", "积", "评")):  # 「总分居前3位」: 总分 + 居
        h.left, h.verb = h.left + "分", "居"
    if h.verb in ("排名", "排位") and h.left.endswith("综合"):  # 「A、B综合排名全市第四」: a noun
        h.left, h.verb = h.left + h.verb, ""
        sc = tb.scope_words.match(mid)
        if sc:
            h.scope, mid = sc.group(), mid[sc.end():]
        h.left += mid if not h.scope else ""
        return h
    sc = tb.scope_words.match(mid)
    if sc:
        h.scope = sc.group()
        mid = mid[sc.end():]
    h.mid = _strip_balanced(mid)
    if h.scope is None:
        g = _GROUP_SCOPE_END.search(h.left)
        if g:  # 「六县市排名第五」: the group ranked in stands before the verb
            h.scope = g.group().removesuffix("中")
            h.left = h.left[: g.start()]
            return h
    if h.scope is None:
        # 「经济总量在东北走在前列」: the scope stands before the verb
        m = regex.search(r"在([^，,、]{2,10})$", h.left)
        if m:
            where = m.group(1)
            sc2 = tb.scope_words.match(where)
            tail = where[sc2.end():] if sc2 else ""
            if sc2 and tail in ("", "地区", "范围内", "范围"):  # 「在中部地区排名第一」「在全国范围内位列第四」
                h.scope = sc2.group() + ("地区" if tail == "地区" else "")
                h.left = h.left[: m.start()]
    return h


_TIER_FOLLOW_OK = "和与及并等的"


def _anchored(atom: _Atom, head: _Head, raw_head: str, after_name: bool,
              follow: str = "", context: str = "", word: str = "") -> bool:
    """Whether a position is a ranking at all: a verb, a scope, 排名 or 「晋江(第5位)」 must anchor it.
    A grade word that is an adjective of ordinary prose (「为党代会召开营造良好环境」: after a weak
    verb, or right before a noun) needs an assessment word (考核/评定/等次 …) in its clause."""
    if after_name or (word == "夺冠" and _RACED_ON.search(context)):
        return True  # 「增速夺冠」: the word is verb and position at once
    if atom.kind == "tier":
        tb = _tables()
        need = tb.tiers.get(atom.tier or "", "any")
        if need == "scope":
            return bool(head.scope or atom.scope)
        if need == "verb":
            adjective = head.verb in tb.weak_verbs or (
                bool(follow) and is_cjk(follow) and follow not in _TIER_FOLLOW_OK)
            if adjective and not tb.assess.search(context):
                return False
            return bool(head.verb) or bool(_ASSESS_END.search(raw_head))
        return bool(head.verb or head.scope or _ASSESS_END.search(raw_head) or raw_head.endswith("获"))
    if atom.named:
        return bool(head.verb)
    if head.verb or head.scope or atom.scope:
        return True
    return bool(_RANK_WORD_END.search(raw_head))


def _indicator(text: str) -> Tuple[str, bool]:
    """The indicator of 「完成科创强基项目投资9.1亿元」 → (科创强基项目投资, False);
    of 「固定资产投资增长19.7%」 → (固定资产投资, True: the ranked figure is a growth rate)."""
    tb = _tables()
    lead_end, cut = 0, len(text)
    for q in find_quantities(text):
        if not text[lead_end:q.outer_start].strip():
            lead_end = q.outer_end  # 「476户规模以上工业增加值」: a count opening the phrase
            continue
        after = text[q.outer_end:q.outer_end + 1]
        before = text[:q.outer_start]
        if after and is_cjk(after) and not before.endswith(tb.links + tb.growth):
            continue  # 「5000万元以上项目投资」: a number inside the indicator's name
        cut = q.outer_start
        break
    body = _strip_balanced(text[lead_end:cut])
    growth = False
    changed = True
    while changed and body:
        changed = False
        for w in tb.growth:
            if body.endswith(w) and len(body) > len(w) and body[-len(w) - 1] not in "和与及、":
                body, growth, changed = body[: -len(w)], True, True
                break
        for w in tb.links:
            if body.endswith(w) and len(body) > len(w):
                body, changed = body[: -len(w)], True
                break
        body = _strip_balanced(body)
    return body, growth


def _growth_name(name: str, growth: bool) -> str:
    return growth_rate_name(name) if growth else name


def _criteria_of(text: str, distributive: bool = True) -> Tuple[List[str], bool]:
    """Indicators of a phrase 「新增市场主体增速、社会消费品零售总额增速」, heads shared;
    split at 和/与 only for several positions (``distributive``: 「经济总量和增速分别居…」)."""
    ind, growth = _indicator(text)
    ind = _clean_criterion(ind)
    if not ind:
        return [], growth
    items = [ind] if ind.endswith("综合排名") else _share_heads(_split_items(ind, distributive))
    return [_growth_name(x, growth) for x in items], growth


# --------------------------------------------------------------------------- lookback

def _title_before(sent_text: str, upto: int, prev: Sequence[Sentence]) -> Optional[str]:
    """The nearest list name before ``upto`` in this sentence or the sentences before it:
    “县域经济100强(2018年)”榜单, 《2016年中国工业百强县(市)发展报告》, 金华市综合考核结果."""
    for text in [sent_text[:upto]] + [s.text for s in reversed(prev)]:
        best: Optional[Tuple[int, str]] = None
        for m in _TITLE_QUOTED.finditer(text):
            best = (m.end(), _clean_title(m.group(1)))
        for m in _TITLE_BOOK.finditer(text):
            name = m.group(1)
            if regex.search(r"榜|强|排名|排行|报告|研究|评价", name) and (best is None or m.end() > best[0]):
                best = (m.end(), _clean_title(name))
        if "榜" in text or "强" in text:
            for m in _TITLE_PLAIN.finditer(text):
                name = m.group(1) or m.group(2) or m.group(3)
                cut = 0
                for c in _TITLE_PLAIN_CUT.finditer(name):
                    if c.end() < len(name) - 2:
                        cut = max(cut, c.end())
                name = _clean_title(name[cut:])
                if name.endswith(("上", "入", "登", "进")):
                    continue  # 「平果市再上榜单」: a place put on a list, not the list's name
                if len(name) >= 3 and (best is None or m.end() > best[0]):
                    best = (m.end(), name)
        for m in _ASSESSMENT.finditer(text):
            chunk = text[max(0, m.start() - 20):m.end(1)]
            cut = 0
            for c in _ASSESS_CUT.finditer(chunk):
                if c.end() < len(chunk) - 2:
                    cut = max(cut, c.end())
            for c in _CLAUSE_CUT.finditer(chunk):
                cut = max(cut, c.end())
            name = _strip_balanced(chunk[cut:])
            if len(name) >= 4 and (best is None or m.end() > best[0]):
                best = (m.end(), name)
        if best and best[1]:
            return best[1]
    return None


def _clean_title(name: str) -> str:
    name = _YEAR_IN.sub("", name)
    name = regex.sub(r"^(?:19|20)\d{2}(?!\d)", "", name) if not regex.match(r"^(?:19|20)\d{2}[^\d年]{0,3}(?:赛迪|百强)", name) else name
    for suffix in ("发展报告", "研究报告", "报告", "榜单", "排行榜"):
        if name.endswith(suffix) and len(name) > len(suffix) + 3:
            name = name[: -len(suffix)]
            break
    return _strip_balanced(name)


@dataclass
class _Borrowed:
    name: str
    start: int
    subject: Optional[str]


def _indicators_before(doc: Document, text: str, clauses, idx: int, want: int) -> List[_Borrowed]:
    """Indicators of the clauses before clause ``idx``: a list of ``want`` in one clause
    (「一产、二产、三产增加值分别增长…」), or one per clause (「完成A 9.1亿元，促成B 58.42亿元」)."""
    tb = _tables()
    found: List[_Borrowed] = []
    growth_seen = False
    j = idx - 1
    while j >= 0 and len(found) < want and idx - j <= max(4, want + 2):
        cs, ce = clauses[j]
        clause = text[cs:ce]
        j -= 1
        if regex.match(r"^(?:较|比|同比|高于|低于|两年平均|占|按|增速高于|增幅高于)", clause):
            growth_seen = growth_seen or "增" in clause
            continue
        if regex.match(r"^(?:增速|增幅|增长|同比增长|下降|同比下降)", clause):
            growth_seen = True  # 「…利润44.6亿元,增长1.2%,居全省第18位」: the growth of the figure before
            continue
        if _tally_list(clause) is not None:
            break  # 「成都共7个区(市)县登榜」: a count of a list's members, no indicator
        if not find_quantities(clause):
            if found:
                break
            continue
        subject, body = _subject_prefix(_strip_start(clause, tb.leads), doc)
        body = _strip_start(body, tb.leads)
        items, growth = _criteria_of(body)
        growth = growth or growth_seen
        if not items:
            continue
        items = [_growth_name(x, growth) for x in items]
        if len(items) == want and not found:
            return [_Borrowed(x, cs, subject) for x in items]
        if len(items) == 1:
            found.insert(0, _Borrowed(items[0], cs, subject))
    return found


def _subjects_before(doc: Document, text: str, clauses, idx: int, want: int) -> Tuple[List[str], int]:
    """Places listed in the clause before: 「宜都市、大冶市、仙桃市、潜江市上榜,分别为第80名…」."""
    if idx == 0:
        return [], 0
    ps, pe = clauses[idx - 1]
    clause = text[ps:pe]
    vm = _last_verb(clause)
    body = clause[: vm.start()] if vm else clause
    body = regex.sub(r"^(?:我省|我市|我区|全省|其中|此外|另外)", "", body)
    items = _split_items(body)
    if len(items) == want and all(_is_subject_item(x) for x in items):
        return [_subject_of_item(x, doc) for x in items], ps
    return [], 0


# --------------------------------------------------------------------------- items of a list named before

_COUNTED_PLACES = regex.compile(r"(?<![0-9])(?:[0-9]{1,3}|[一二三四五六七八九十两]{1,3})\s?(?:县|市|区|地)")
_LIST_NAME_END = regex.compile(r"(?:的)?(?:榜单|名单|排行榜|排名)$")


def _tally_list(clause: str) -> Optional[str]:
    """A membership tally 「成都共7个区(市)县登榜」「7县(市)入围西部百强县」: None when ``clause`` is
    none, else the list it names after the verb ("" when it names none)."""
    tb = _tables()
    vm = None
    for m in tb.verb_pattern.finditer(clause):
        if tb.verbs.get(m.group()) == "member":
            vm = m
    if vm is None:
        return None
    # 「共7个区(市)县」「36家企业」, or a count straight before the places: 「福建7县(市)」
    if not tb.tally.search(clause, 0, vm.start()) and not _COUNTED_PLACES.search(clause, 0, vm.start()):
        return None
    name = _strip_balanced(clause[vm.end():])
    name = _LIST_NAME_END.sub("", name)
    name = _strip_balanced(name)
    return _clean_criterion(name) if len(name) >= 2 else ""


def _list_items(doc: Document, text: str, clauses, ci: int, group: List[_Atom], subject: Optional[str],
                head: "_Head", left: str, prev: Sequence[Sentence], atoms: List[_Atom]):
    """Places ranked in a list a tally named before: 「成都共7个区(市)县登榜，其中简阳排名第7，
    彭州第8……」 → ([简阳], [the list], start of the tally), or None. The clauses between the tally
    and this one must be items too (each holds a position)."""
    tb = _tables()
    subjects: List[str] = []
    scope_place = head.scope if head.scope and head.scope not in tb.scope_norm else None
    item = _strip_start(left, tb.leads)
    own = tb.self_refs.match(item) if item else None
    if subject is not None and (tb.places.fullmatch(item or "-") or (own and own.end() == len(item))):
        subjects = [subject]
    elif item and len(item) <= 20 and _is_subject_item(item) and not tb.tally.search(item):
        subjects = [_subject_of_item(item, doc)]  # 「其中万向集团排名第12」
    elif scope_place and not _strip_start(left, tb.leads) and tb.places.fullmatch(scope_place):
        subjects = [_place_subject(scope_place, doc)]  # 「崇州第32」: the place is the item
    if not subjects:
        return None
    for a in group[1:]:  # 「简阳第7、崇州第32」
        if a.scope and a.scope not in tb.scope_norm:
            subjects.append(_place_subject(a.scope, doc))
    if len(subjects) != 1 and len(subjects) != len(group):
        return None
    j = ci - 1
    while j >= 0:
        cs, ce = clauses[j]
        name = _tally_list(text[cs:ce])
        if name is not None:
            name = name or _title_before(text, cs, prev)
            if not name:
                return None
            for a in group:
                a.scope = None
            return subjects, [name], cs
        if not any(cs <= a.start < ce for a in atoms):
            return None
        j -= 1
    if prev and regex.match(r"^(?:其中|分别是|分别为|依次是|依次为)", text):
        last = prev[-1].text.rstrip("。；;！!")
        name = _tally_list(last[max(last.rfind("，"), last.rfind(","), -1) + 1:])
        if name is not None:
            name = name or _title_before(last, len(last), prev[:-1])
            if name:
                for a in group:
                    a.scope = None
                return subjects, [name], 0
    return None


# --------------------------------------------------------------------------- fields

def _modality(sent: Sentence, verb: str, atom: _Atom, clause: str) -> str:
    if _TARGET_MET.search(clause):  # 「普通高中升学率实现3年跨进全国前列目标」: an aim reached
        return "actual"
    if _tables().verbs.get(verb) == "target" or _TARGET_WORDS.search(clause):
        return "target"
    if sent.in_plan and atom.kind == "tier" and atom.tier in ("前列", "第一方阵", "第一梯队", "前茅"):
        return "target"
    return "actual"


def _year(doc: Document, sent: Sentence, modality: str, criterion: str = "",
          pos: Optional[int] = None) -> Optional[int]:
    """The sentence's year, or the last year written before the position in it (「继2009年跻身
    全国百强,名列第94位…之后,2010年…跃升至全国第90位」). A position reported as reached inside a
    plan section (a review paragraph the layout mixed into the plan) is last year's when no year
    is written; an aim without a written year has none."""
    year = sent.year
    if pos is not None:
        written = [m for m in _YEAR_BEFORE.finditer(sent.text, 0, pos)
                   if not (m.start() > 0 and sent.text[m.start() - 1] in BASIS_CHARS + "《“")
                   and "《" not in sent.text[max(0, m.start() - 20):m.start()]]
        if written:
            return int(written[-1].group(1))
    if not sent.year_stated:  # 「发布了《县域工业经济发展报告（2024年）》，我市…位列第45位」
        m = _TITLE_YEAR.search(sent.text)
        if m:
            return int(m.group(1))
        m = _CRITERION_YEAR.match(criterion)
        if m:  # a list named with its year (「2021年全省县域经济发展十强县」), borrowed from before
            return int(m.group(1))
    if modality == "target" and not sent.year_stated and not sent.in_plan:
        return None
    if (modality == "actual" and sent.in_plan and not sent.year_stated and year is not None
            and doc.published_year is not None and year >= doc.published_year):
        return doc.published_year - 1
    return year


def _publisher(sent: Sentence, prev: Sequence[Sentence], criterion: str) -> Optional[str]:
    tb = _tables()
    for text in [sent.text] + [s.text for s in reversed(prev)] + [criterion]:
        best = None
        for m in tb.publishers.finditer(text):
            if best is None or len(m.group()) >= len(best):
                best = m.group()
        if best:
            return best
    return None


# --------------------------------------------------------------------------- sentences

@dataclass(frozen=True)
class _Carried:
    clause: int
    verb: str
    scope: Optional[str]
    subjects: Tuple[str, ...]
    criteria: Tuple[str, ...] = ()


_CONTINUED_ITEM = regex.compile(r"^[、和及与][\p{Han}A-Za-z0-9]{2,14}$")


def _continued(raw_head: str, anchor: Optional[_Carried], clause: int) -> Optional[_Carried]:
    """「位居全国投资潜力第3、新型城镇化质量第4」: a position after 、 in the clause of a ranking
    with no verb of its own is another field of the same list: it takes that verb, scope and
    subject."""
    if anchor is None or anchor.clause != clause or not anchor.verb:
        return None
    if not _CONTINUED_ITEM.match(raw_head) or _tables().verb_pattern.search(raw_head[1:]):
        return None
    return anchor


def _sentence_rankings(doc: Document, sent: Sentence, prev: Sequence[Sentence]) -> List[Ranking]:
    tb = _tables()
    text = sent.text
    atoms = _find_atoms(text)
    if not atoms:
        return []
    clauses = _clause_bounds(text)
    out: List[Ranking] = []
    last_end = 0  # end of the previous position: later heads start after it
    anchor: Optional[_Carried] = None  # the last ranking's verb, scope and subjects
    named_before: Optional[str] = None  # the last list named in the sentence (全国百强)
    for group in _group(text, atoms):
        first = group[0]
        ci = next((i for i, (cs, ce) in enumerate(clauses) if cs <= first.start < ce), None)
        if ci is None:
            continue
        cs, ce = clauses[ci]
        head_start = max(cs, last_end)
        # a bracket: 「固定资产投资增长19.7%（金华第1、全省第5）」「晋江(第5位)」
        k = max(text.rfind("（", head_start, first.start), text.rfind("(", head_start, first.start))
        after_name = False
        if k >= 0 and not regex.search(r"[）)]", text[k:first.start]):
            inside = text[k + 1:first.start]
            raw_head = text[head_start:k]
            head = _Head(left=raw_head)
            sc = tb.scope_words.match(inside)
            if sc and sc.end() == len(inside):
                head.scope = sc.group()
            elif not inside.strip():
                after_name = True
            else:
                continue
        else:
            raw_head = text[head_start:first.start]
            if head_start > cs:  # 「…优秀等次和综合考核先进单位」: after a position, drop the 和
                raw_head = _AFTER_POSITION.sub("", raw_head)
            head = _split_head(raw_head)
        carried: Optional[_Carried] = None
        if not _anchored(first, head, raw_head, after_name, text[first.end:first.end + 1],
                         text[cs:first.start], text[first.start:first.end]):
            carried = _continued(raw_head, anchor, ci)
            if carried is None:
                if not first.named:
                    last_end = group[-1].end
                continue
            head = _Head(left=raw_head[1:], verb=carried.verb, scope=carried.scope)
        last_end = group[-1].end
        if first.named and first.kind == "top" and _COUNT_OF_MEMBERS.match(text, first.end):
            continue  # 「保持了相同的百强县入选数量」: how many are on the list, not a place on it
        if head.verb == "为" and _AWARD_AFTER.search(text, group[-1].end, ce):
            continue  # 「省政府为十强县颁发了奖牌」: 为 is "for", the sentence hands out awards
        verb_kind = tb.verbs.get(head.verb, "")
        if verb_kind == "member" and tb.tally.search(head.left):
            continue  # 「四川省共有36个县(市)上榜西部百强」: a tally of members (a metric), not a ranking


        # LEFT: subject and/or criteria
        left = _strip_end(head.left, tb.adverbs)
        while True:  # 「锚定“稳步走在…」: verbs and adverbs piled before the last verb
            vm = _last_verb(left)
            if vm is None or vm.end() != len(left) or tb.verbs.get(vm.group()) != "target":
                break
            left = _strip_end(left[: vm.start()], tb.adverbs)
        left = _FROM_PLACE.sub("", left)  # 「由二季度的第12位(上升到第6位)」
        in_x = None
        mx = _IN_X.search(left)
        if mx:
            in_x = mx.group(1)
            left = left[: mx.start()]
        subject, rest = _subject_prefix(_strip_start(left, tb.leads), doc)
        if _BACK_ON_LIST.fullmatch(rest):
            rest = ""  # 「平果市再上榜单,位列第59位」: the list is named elsewhere
        follows = bool(_FOLLOWS.fullmatch(rest))
        if follows:
            rest = ""  # 「仙桃市位列第54名,大冶市紧随其后为第55名」: the same list as before
        if subject is None and head_start > cs:  # 「我县由二季度的第12位上升到第6位」
            subject, _ = _subject_prefix(_strip_start(text[cs:head_start], tb.leads), doc)
        rest = _strip_end(_TIME_LEAD.sub("", _strip_start(rest, tb.leads)), tb.adverbs)  # 「在第一季度依旧」
        left_items, _growth = _criteria_of(rest, len(group) > 1) if rest else ([], False)
        if after_name:
            name = _last_place(raw_head)
            if name is not None and name.end() == len(raw_head.rstrip()):
                left_items, subject = [name.group()], None
            else:
                tail = regex.split(r"[、，,：:是为]", raw_head)[-1].strip()
                left_items = [tail] if tail else []
        subjects: List[str] = []
        criteria: List[str] = []

        # MID: the scope, then maybe the list's name (「位列全省同级医院前4」)
        scope = head.scope
        mid = head.mid
        if mid:
            g = _GROUP_SCOPE.match(mid)
            if g:  # 「位居全区五地市中第1位」: the places ranked among (the scope when none is written)
                scope, mid = scope or g.group(), mid[g.end():].removeprefix("中")
            for tail in tb.scope_tails:
                if mid.endswith(tail) and (scope or len(mid) <= 8):
                    scope = scope or mid
                    mid = ""
                    break
            mid = _clean_criterion(mid) if mid else ""

        left_subjects = bool(left_items) and all(_is_subject_item(x) for x in left_items)
        if after_name:
            subjects = [_subject_of_item(x, doc) for x in left_items]
        elif first.named:
            criteria = [_named_phrase(text, a, head_start) for a in group]
            if left_subjects:
                subjects = [_subject_of_item(x, doc) for x in left_items]
        elif mid and (verb_kind == "member" or not left_items or left_subjects):
            criteria = [mid]
            if left_subjects:
                subjects = [_subject_of_item(x, doc) for x in left_items]
            elif verb_kind == "member" and left_items and all(
                    len(x) <= 12 and not tb.verb_pattern.search(x) for x in left_items):
                subjects = left_items  # 「“治决会”改革获省改革突破提名奖」
        elif left_items:
            if left_subjects:
                subjects = [_subject_of_item(x, doc) for x in left_items]
            else:
                criteria = left_items
        if in_x and not criteria:
            criteria = [_clean_criterion(in_x)]
            if scope is None:
                sc = tb.scope_words.match(in_x)
                scope = sc.group() if sc else None

        evidence_start = head_start
        if criteria and scope is None and len(criteria) == 1:
            # 「规上工业增加值增速全市排名第一位」: the scope stands between the criterion and the verb
            sc = _GENERIC_SCOPE_END.search(criteria[0])
            if sc and sc.start() > 0:
                scope, criteria = sc.group(), [criteria[0][: sc.start()]]
        if criteria and all(c in _BARE_RANK_WORDS for c in criteria):
            criteria = []  # 「规上工业增加值27.3亿元,…,位次由第一位下滑到第六位」: the figure before
        if not criteria and not first.named and not after_name:
            # 「成都共7个区(市)县登榜，其中简阳排名第7，彭州第8……」: items of a list named before
            item = _list_items(doc, text, clauses, ci, group, subject, head, left, prev, atoms)
            if item is not None:
                subjects, criteria, evidence_start = item
                scope = scope if scope in tb.scope_norm else None  # 「崇州第32」: 崇州 was the item
        if not criteria and follows and anchor is not None and anchor.criteria:
            criteria = list(anchor.criteria)
        if not criteria and named_before:
            criteria = [named_before]  # 「跻身全国百强,名列第94位」: a place in the list just named
        if not criteria:
            if not subjects and len(group) > 1:
                subjects, s0 = _subjects_before(doc, text, clauses, ci, len(group))
                if subjects:
                    evidence_start = s0
            if not subjects and not after_name and ci > 0:
                ps, pe = clauses[ci - 1]
                m_in = regex.match(r"^在(.{2,60})(?:中|上)$", text[ps:pe])
                if m_in:  # 「在16个县市区…经济指标综合排名中,我县…上升到第6位」
                    name = regex.sub(r"[（(][^）)]{0,30}[）)]", "", m_in.group(1))
                    g = _GROUP_SCOPE.match(name)
                    if g:
                        scope = scope or g.group()
                        name = name[g.end():]
                    criteria = [_clean_criterion(name)]
                    evidence_start = ps
                else:
                    borrowed = _indicators_before(doc, text, clauses, ci, len(group))
                    in_list = _IN_LIST.match(text)
                    title = _title_before(text, first.start, prev) if in_list else None
                    if title:  # 「名单中,广汉市竞争力指数为81.75,排名第18位」: a place in the list
                        criteria = [title]
                        for k in range(ci - 1, -1, -1):  # the place the clauses before are about
                            ks, ke = clauses[k]
                            subject = subject or _subject_prefix(_strip_start(text[ks:ke], tb.leads), doc)[0]
                        evidence_start = in_list.end()
                    elif borrowed and (len(borrowed) == len(group) or len(group) == 1):
                        criteria = [b.name for b in borrowed[-len(group):]]
                        subject = subject or borrowed[-1].subject
                        evidence_start = min(b.start for b in borrowed)
                        sc = _GENERIC_SCOPE_END.search(left.strip())
                        if scope is None and sc:
                            scope = sc.group()  # 「增长8%,全市排名第2」: the scope before the verb
            if not criteria:
                title = _title_before(text, first.start, prev)
                if title:
                    criteria = [title]
        criteria = [_strip_balanced(_LEADING_REMARK.sub("", c)) for c in criteria]
        criteria = [c for c in criteria if len(c) >= 2 and _WORDY.search(c)]  # 「2022年排名第5」: no 「20」
        if not criteria or all(c in _BARE_RANK_WORDS for c in criteria):
            if doc.section_topic(sent):
                criteria = [doc.section_topic(sent)]  # 「从GDP增速看,…卫滨区(含高新区)增速为9.3%,位居第1位」
            elif criteria and (named_before or (anchor is not None and anchor.criteria)):
                # 「醴陵市排名88位,长沙县排名13」: the list named before
                criteria = [named_before] if named_before else list(anchor.criteria)
        if criteria and all(c in _SCORE_WORDS for c in criteria):
            # 「总分居前3位的县市区分别是…」: ranked by the score of the assessment the text reports
            title = _title_before(text, first.start, prev) or _title_before("", 0, doc.sentences[:8][::-1])
            criteria = [title] if title else criteria
        if not criteria:
            continue
        if first.named and first.kind == "top" and first.rank is None:
            named_before = criteria[-1]
        first_rank: Optional[int] = None  # 「排名前三的是南昌、赣州、九江」: places in order from this rank
        if not subjects:  # 「排首位的是江苏昆山市」
            ma = _NAMED_AFTER.match(text, group[-1].end, min(len(text), group[-1].end + 72))
            named = _split_items(ma.group(1)) if ma else []
            if named and all(_is_subject_item(x) for x in named):
                subjects = [_subject_of_item(x, doc) for x in named]
                span = _RANK_RANGE_END.search(text, max(0, first.start - 8), first.start)
                if len(named) > 1 and len(group) == 1 and first.kind == "top" and first.top == len(named):
                    first_rank = 1
                elif (len(named) > 1 and len(group) == 1 and first.kind == "rank" and span
                        and first.rank - (_num(span.group(1)) or 0) + 1 == len(named)):
                    # 「居第4位至第7位的县市区分别是A、B、C、D」: ranks 4 to 7, the list named before
                    first_rank = _num(span.group(1))
                    if anchor is not None and anchor.criteria:
                        criteria = list(anchor.criteria)
        if (not subjects and subject is None and anchor is not None and anchor.subjects
                and all(_tables().places.fullmatch(x) for x in anchor.subjects)):
            subjects = list(anchor.subjects)  # 「长沙县荣登…榜首，位居…第3」: one subject, several clauses
        if not subjects:  # 「古浪县…。固定资产投资增长21.1%,增速位居武威市第一」: the paragraph's place
            subjects = [subject or doc.paragraph_place(sent.block) or doc.region or ""]
        anchor = _Carried(ci, head.verb, scope, tuple(subjects), tuple(criteria))

        n = len(group)
        if n == 1:
            pairs = [(s, c, group[0]) for s in subjects for c in criteria]
        elif len(subjects) == n:
            pairs = [(subjects[i], criteria[min(i, len(criteria) - 1)], group[i]) for i in range(n)]
        elif len(criteria) == n:
            pairs = [(subjects[0], criteria[i], group[i]) for i in range(n)]
        elif len(criteria) == 1:
            pairs = [(s, criteria[0], a) for s in subjects for a in group]
        else:
            pairs = [(subjects[0], criteria[min(i, len(criteria) - 1)], group[i]) for i in range(n)]
        clause_text = text[cs:ce]
        end = group[-1].end
        publisher = None
        for index, (subj, crit, atom) in enumerate(pairs):
            if atom.named and not _specific_list(crit):
                continue
            if atom.tier and atom.tier.endswith("奖") and crit.endswith("奖"):
                continue  # 「获省科技进步奖一等奖」: a prize of an award scheme, not a place in a contest
            a_scope = atom.scope or scope
            sc = _scope_of(a_scope) if a_scope else _scope_from_criterion(crit)
            if atom.named and len(group) > 1 and atom is not first:  # each list names its own field
                sc = _scope_from_criterion(crit) or sc
            macro = _macro_scope(crit)
            if macro and (sc is None or (a_scope and crit.startswith(a_scope))):
                sc = macro  # 「入选中国西部百强县」: the list's region, not the 中国 of its name
            if publisher is None:
                publisher = _publisher(sent, prev, crit)
            modality = _modality(sent, head.verb, atom, clause_text)
            top = atom.top if atom.top is not None else _strong_value(crit)
            out.append(Ranking(
                subject=subj, criterion=crit, scope=sc,
                rank=first_rank + index if first_rank is not None else atom.rank, top=top,
                tier=atom.tier if atom.kind != "top" else None,
                year=_year(doc, sent, modality, crit, atom.start),
                publisher=publisher, modality=modality,
                evidence=doc.evidence(sent.start + evidence_start, sent.start + end)))
    return out


# --------------------------------------------------------------------------- tables flattened into text

_TABLE_HEADER = regex.compile(r"排名\s(?:[^\s\d]{1,8}\s){1,5}")
_TABLE_ROW = regex.compile(r"(\d{1,3})\s((?:[^\s\d]{1,12}\s){0,3}[^\s\d]{1,12})(?=\s\d{1,3}\s|\s*$|\s*[。\n])")
_LIST_ITEM = regex.compile(r"^(\d{1,3})\s?[.、．]\s?([^\s，,。；;]{2,20})$")
_LIST_HEADING = regex.compile(r"前\s?" + _NUM + r"|强|榜|排名|排行")


def _table_rankings(doc: Document) -> List[Ranking]:
    out: List[Ranking] = []
    sentences = doc.sentences
    for idx, sent in enumerate(sentences):
        # 「排名 地区 地级市 县(市) 1 江苏 无锡市 江阴市 2 …」: rows numbered 1, 2, 3 …
        for hm in _TABLE_HEADER.finditer(sent.text):
            rows = []
            pos, expect = hm.end(), None
            for rm in _TABLE_ROW.finditer(sent.text, pos):
                n = int(rm.group(1))
                if rm.start() != pos or (expect is not None and n != expect):
                    break
                rows.append(rm)
                expect = n + 1
                pos = rm.end()
                while pos < len(sent.text) and sent.text[pos] == " ":
                    pos += 1
            if len(rows) < 3:
                continue
            prev = sentences[max(0, idx - 3):idx]
            criterion = _title_before(sent.text, hm.start(), prev)
            if not criterion:
                continue
            publisher = _publisher(sent, prev, criterion)
            scope = _scope_from_criterion(criterion)
            for rm in rows:
                out.append(Ranking(
                    subject=rm.group(2).split()[-1], criterion=criterion, scope=scope, rank=int(rm.group(1)),
                    top=_strong_value(criterion), year=sent.year, publisher=publisher, modality="actual",
                    evidence=doc.evidence(sent.start + rm.start(), sent.start + rm.end())))
        # a line naming a list (「全国工业百强县(市)前十:」), then numbered blocks 「1.江苏昆山市」
        if sent.text.rstrip().endswith((":", "：")) and _LIST_HEADING.search(sent.text):
            header = sent.text.rstrip(":： ")
            criterion = regex.sub(r"(?:前\s?" + _NUM + r"(?:名|位|强)?|排名|排行榜?|榜单)$", "", header)
            criterion = _strip_balanced(criterion)
            if len(criterion) < 3:
                continue
            prev = sentences[max(0, idx - 8):idx]
            publisher = _publisher(sent, prev, criterion)
            scope = _scope_from_criterion(criterion)
            expect = 1
            for item in sentences[idx + 1:idx + 200]:
                m = _LIST_ITEM.match(item.text.strip())
                if not m or int(m.group(1)) != expect:
                    break
                expect += 1
                out.append(Ranking(
                    subject=_subject_of_item(m.group(2), doc), criterion=criterion, scope=scope,
                    rank=int(m.group(1)), top=_strong_value(criterion), year=item.year, publisher=publisher,
                    modality="actual", evidence=doc.evidence(item.start, item.end)))
        out.extend(_ordered_list(doc, sentences, idx))
        out.extend(_member_list(doc, sentences, idx))
    return out


_FOLLOWS = regex.compile(r"(?:紧随其后|紧跟其后|紧随其后的是|其次)(?:为|是)?")
_COUNT_OF_MEMBERS = regex.compile(r"[县市区镇]{0,2}(?:的)?(?:入选|上榜|入围)?(?:数量|个数|总数|席位|席)")
_GOVERNMENT_BODY = regex.compile(r"(?:人民政府|政府|党委|市委|县委|区委)")
_ORDER_INTRO = regex.compile(r"(?:排名|排序|名次|位次)?依次(?:为|是)[:：]?\s*")
_ORDER_SCORED = regex.compile(r"(\p{Han}{2,12}?)\s?[（(][0-9.]{1,8}分?(?:[）)]|$)[，,、。；;\s]{0,4}")
_ORDER_ITEM_INLINE = regex.compile(r"(\p{Han}{2,12}?)(?:[，,、。；;\s]{1,4}|$)")
_RESULT_END = regex.compile(r"(?:结果|情况|得分)$")


def _ordered_list(doc: Document, sentences: Sequence[Sentence], idx: int) -> List[Ranking]:
    """「2023年二季度县(市)城市综合管理工作评估结果 / 排名依次为 / 枝江市(88.19) / 当阳市(84.82) …」:
    places listed in order after 依次为, one a line or separated by 、 — rank 1, 2, 3 …"""
    sent = sentences[idx]
    intro = _ORDER_INTRO.search(sent.text)
    if intro is None:
        return []
    items: List[Tuple[str, int, int]] = []  # (place, start, end) in doc.text
    rest_of_sentence = sent.text[intro.end():].strip()
    following = [sent] if rest_of_sentence else list(sentences[idx + 1:idx + 60])
    for item in following:
        found, pos, text = [], (intro.end() if item is sent else 0), item.text
        while pos < len(text):  # 「枝江市(88.19)当阳市(84.82)…」: the layout joined the lines
            while pos < len(text) and text[pos] == " ":
                pos += 1
            m = _ORDER_SCORED.match(text, pos) or _ORDER_ITEM_INLINE.match(text, pos)
            if not m or m.end() == pos or not (_is_subject_item(m.group(1)) or _TOWN.fullmatch(m.group(1))
                                               or _PLACE_LIKE.fullmatch(m.group(1))):  # 湾沚区 (new in 2020)
                break
            found.append((m.group(1), item.start + m.start(1), item.start + m.end()))
            pos = m.end()
        if not found and not text.strip(" ，,、。；;)）"):
            continue  # 「(73.23」 + 「)」: a bracket the column broke off
        if not found or text[pos:].strip(" ，,、。；;)）"):
            break
        items.extend(found)
    if len(items) < 3:
        return []
    head = sent.text[: intro.start()].strip(" ，,：:")
    if len(head) < 4 and idx > 0:
        head = sentences[idx - 1].text.strip()
    criterion = _strip_balanced(_RESULT_END.sub("", _CRITERION_YEAR.sub("", head)))
    return _listed_places(doc, sentences, idx, head, criterion, items, top=None)


def _listed_places(doc: Document, sentences: Sequence[Sentence], idx: int, head: str, criterion: str,
                   items: Sequence[Tuple[str, int, int]], top: Optional[int]) -> List[Ranking]:
    """One ranking per place of a list named by ``head``: in order (rank 1, 2, 3 …) when ``top``
    is None, else each a member of the top ``top``. The year is the one the list's name opens
    with, else the sentence's."""
    if len(criterion) < 3:
        return []
    sent = sentences[idx]
    year_m = _CRITERION_YEAR.match(head)
    year = int(year_m.group(1)) if year_m else sent.year
    publisher = _publisher(sent, sentences[max(0, idx - 8):idx], criterion)
    return [Ranking(subject=_subject_of_item(place, doc), criterion=criterion,
                    scope=_scope_from_criterion(criterion), rank=k + 1 if top is None else None, top=top,
                    year=year, publisher=publisher, modality="actual", evidence=doc.evidence(start, end))
            for k, (place, start, end) in enumerate(items)]


_MEMBER_INTRO = regex.compile(r"(?:正式公布|公布|揭晓|出炉|名单)?[:：,，]?(?:分别是|分别为|包括)[:：]?\s*")
_PLACE_LIKE = regex.compile(r"\p{Han}{1,8}(?:市|县|区|旗)")


def _member_list(doc: Document, sentences: Sequence[Sentence], idx: int) -> List[Ranking]:
    """「2016年度陕西省县域经济社会发展十强县正式公布:分别是神木县、韩城市、…」: every place of
    the list after a top-N (十强, 前十) is a member — one ranking each with the same top."""
    sent = sentences[idx]
    intro = _MEMBER_INTRO.search(sent.text)
    if intro is None or "依次" in sent.text[: intro.start()]:
        return []
    head = sent.text[: intro.start()].strip(" ，,：:")
    tops = [a for a in _find_atoms(head) if a.kind == "top"]
    if len(tops) != 1 or not tops[0].named:
        return []  # 「居前3位的县市区分别是A、B、C」 is an order (ranks 1-3), not a list's members
    items: List[Tuple[str, int, int]] = []
    pos, text = intro.end(), sent.text
    while pos < len(text):
        m = _ORDER_ITEM_INLINE.match(text, pos)
        if not m or m.end() == pos:
            break
        place = m.group(1)
        if not (_is_subject_item(place) or _PLACE_LIKE.fullmatch(place)):
            break
        items.append((place, sent.start + m.start(1), sent.start + m.end(1)))
        pos = m.end()
        if text[m.end() - 1: m.end()] in "。；;":
            break
    if len(items) < 3:
        return []
    criterion = _strip_balanced(_CRITERION_YEAR.sub("", head))
    return _listed_places(doc, sentences, idx, head, criterion, items, top=tops[0].top)


def _dedupe(records: List[Ranking]) -> List[Ranking]:
    """One record per (subject, position, scope, year) and similar criterion: the first mention."""
    kept: List[Ranking] = []
    for r in records:
        if not any(k.subject == r.subject and k.rank == r.rank and k.top == r.top and k.tier == r.tier
                   and k.scope == r.scope and k.year == r.year and char_overlap(k.criterion, r.criterion) >= 0.8
                   and k.evidence.start != r.evidence.start
                   for k in kept):
            kept.append(r)
    return kept


@register("rankings")
def fill(doc: Document) -> List[Ranking]:
    """Rankings of ``doc``: sentence rules (headings skipped), then ranking tables flattened into text."""
    tb = _tables()
    out: List[Ranking] = []
    sentences = doc.sentences
    for i, sent in enumerate(sentences):
        if sent.is_heading or not tb.prefilter.search(sent.text):
            continue
        out.extend(_sentence_rankings(doc, sent, sentences[max(0, i - 2):i]))
    if "排名" in doc.text or ":" in doc.text or "：" in doc.text or "依次" in doc.text:
        out.extend(_table_rankings(doc))
    if tb.negation.search(doc.text):
        # 「吴起县退出了“十强县”」: a place that left a list holds no place on it
        out = [r for r in out if not tb.negation.search(r.evidence.text)]
    return _dedupe(out)
