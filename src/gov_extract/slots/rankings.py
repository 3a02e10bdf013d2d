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
   list named in 「会议宣布了2024年度金华市综合考核结果，我市再获第一等次」 or a quoted
   list title (“县域经济100强”榜单, 《…报告》) in the sentence or the two before it.
4. *Distribution*: items and positions pair one to one when their numbers agree
   (「分别」), else every item gets the one position, or one criterion every position.

Ranking tables flattened into text are read too: a header 「排名 地区 地级市 县(市)」 and
rows 「1 江苏 无锡市 江阴市 2 …」 with consecutive numbers, and numbered list blocks
(「1.江苏昆山市」) under a heading that names a list (「全国工业百强县(市)前十:」).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

import regex

from ..document import Document, Sentence
from ..quantities import cn_numeral_value, find_quantities
from ..records import Ranking
from ..regions import gazetteer, self_references
from ..tables import load_table, load_words, trie_pattern
from . import register

_NUM = r"(?:[0-9]{1,4}|[一二三四五六七八九十百两]{1,4})"
# What may follow a rank 「第N」 (otherwise it is 第一次/第二批/第3版/第一书记 …).
_RANK_FOLLOW = r"(?=[，。；、）)\]】和与及,;:：\s”！!？?（(…⋯]|$|的|之|位次)"
_TOP_FOLLOW = r"(?![年月日天周期季夕批次届个轮])"
_CONNECTOR = regex.compile(r"[、和与及]|和第|、第")
_CLAUSE_CUT = regex.compile(r"[，,；;：:。！？!?]")
_PUNCT_STRIP = " 、，,；;：:。的之“”\"'（）()"
_YEAR_PREFIX = regex.compile(r"^(?:(?:19|20)\d{2}\s?年度?|(?:今|去|上|本|明)年度?|[一二三四]季度|上半年|下半年|前三季度|1-\d{1,2}月|全年)")
_YEAR_IN = regex.compile(r"[（(]?(?:19|20)\d{2}\s?年度?[）)]?")
_DURATION = regex.compile(r"(?:连续|已连续|连续第)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})(?:年|个月|个季度|季度|届)(?:来)?$")
_N_ITEMS = regex.compile(r"(?:等)?\s?(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})\s?项(?:主要)?(?:经济)?指标")
_N_STRONG = regex.compile(r"(?:[0-9]{2,4}|十|百|千|五十|二十|三十)强")
_TITLE_QUOTED = regex.compile(r"“([^“”，,。；;]{2,30}?)”?\s?(?:榜单|排行榜|排名|名单)")
_TITLE_BOOK = regex.compile(r"《([^《》]{2,40})》")
_ASSESSMENT = regex.compile(r"(考核|评估|评价|考评|测评|排名|排行)(?:结果|通报|情况|榜单|中)")
_ASSESS_CUT = regex.compile(r"(?:年度|年|了|据|的|在|公布|宣布|发布|显示|根据|通报)")
_TARGET_WORDS = regex.compile(r"力争|争创|争取|确保|目标|锚定|冲刺|努力|奋力|计划|要|将")
_IN_X = regex.compile(r"在(.{2,40}?)(?:上|中|里)$")
_SEP_ITEMS = regex.compile(r"[、]|(?<=[^\s]{2})(?:和|与|及)(?=[^\s]{2})")


@dataclass
class _Atom:
    start: int
    end: int
    kind: str  # rank / top / tier
    rank: Optional[int] = None
    top: Optional[int] = None
    tier: Optional[str] = None
    scope: Optional[str] = None
    scope_start: Optional[int] = None
    named: bool = False  # 百强/十佳 inside a list name: 全国高质量发展百强园区


@dataclass
class _Tables:
    atom: "regex.Pattern[str]"
    verbs: Dict[str, str]
    verb_end: "regex.Pattern[str]"
    scope_end: "regex.Pattern[str]"
    scope_start: "regex.Pattern[str]"
    scope_norm: Dict[str, str]
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
    places: "regex.Pattern[str]"
    prefilter: "regex.Pattern[str]"


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    tiers = {row[0]: (row[1] if len(row) > 1 else "any") for row in load_table("ranking_tiers")}
    verbs = {row[0]: (row[1] if len(row) > 1 else "place") for row in load_table("ranking_triggers")}
    scopes = {row[0]: (row[1] if len(row) > 1 and row[1] else row[0]) for row in load_table("ranking_scopes")}
    words: Dict[str, List[str]] = {}
    for row in load_table("ranking_words"):
        words.setdefault(row[1] if len(row) > 1 else "", []).append(row[0])
    gaz = gazetteer()
    stop = set(load_words("region_stopwords"))
    place_names = [n for n in gaz.by_name if len(n) >= 2 and n not in stop]
    scope_words = list(scopes) + place_names
    tier_alt = trie_pattern(tiers)
    atom = (
        rf"(?P<tier>{tier_alt})"
        rf"|(?P<rank>第\s?(?P<rn>{_NUM})\s?(?P<rs>位|名)?){_RANK_FOLLOW}"
        r"|(?P<first>首位|榜首|头名|第一名|冠军)"
        rf"|(?P<top>前\s?(?P<tn>{_NUM})\s?(?:位|名|强)?){_TOP_FOLLOW}"
        r"|(?P<strong>(?P<sn>[0-9]{2,4}|十|百|千|五十|二十|三十)(?:强|佳))"
    )
    return _Tables(
        atom=regex.compile(atom),
        verbs=verbs,
        verb_end=regex.compile(rf"(?:{trie_pattern(verbs)})"),
        scope_end=regex.compile(rf"(?:{trie_pattern(scope_words)})$"),
        scope_start=regex.compile(rf"^(?:{trie_pattern(scope_words)})"),
        scope_norm=scopes,
        tiers=tiers,
        publishers=regex.compile(trie_pattern(load_words("ranking_publishers"))),
        adverbs=tuple(sorted(words.get("adverb", ()), key=len, reverse=True)),
        leads=tuple(sorted(words.get("lead", ()), key=len, reverse=True)),
        growth=tuple(sorted(words.get("growth", ()), key=len, reverse=True)),
        links=tuple(sorted(words.get("link", ()), key=len, reverse=True)),
        heads=tuple(sorted(words.get("head", ()), key=len, reverse=True)),
        subject_suffixes=tuple(words.get("subject", ())),
        scope_tails=tuple(sorted(words.get("scope_tail", ()), key=len, reverse=True)),
        self_refs=regex.compile(rf"^(?:{trie_pattern(self_references())})"),
        places=regex.compile(trie_pattern(place_names)),
        prefilter=regex.compile(
            r"第\s?" + _NUM + r"|首位|榜首|冠军|前\s?" + _NUM + r"|[0-9十百千]强|十佳|" + tier_alt
        ),
    )


# --------------------------------------------------------------------------- helpers

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
    m = _N_STRONG.search(text)
    if not m:
        if "十佳" in text:
            return 10
        if "百佳" in text:
            return 100
        return None
    return _num(m.group()[:-1])


def _strip_end(text: str, words: Sequence[str]) -> str:
    changed = True
    while changed and text:
        changed = False
        text = text.rstrip(_PUNCT_STRIP)
        for w in words:
            if text.endswith(w):
                text = text[: -len(w)]
                changed = True
                break
        m = _DURATION.search(text)
        if m and m.start() < len(text):
            text = text[: m.start()]
            changed = True
    return text.rstrip(_PUNCT_STRIP)


def _strip_start(text: str, words: Sequence[str]) -> str:
    changed = True
    while changed and text:
        changed = False
        text = text.lstrip(_PUNCT_STRIP)
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
    return text.lstrip(_PUNCT_STRIP)


def _split_items(text: str) -> List[str]:
    """Split a list 「A、B和C」 at top level (not inside quotes or brackets)."""
    items, depth, cur = [], 0, []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "“（(《「":
            depth += 1
        elif ch in "”）)》」":
            depth = max(0, depth - 1)
        if depth == 0 and ch == "、":
            items.append("".join(cur))
            cur = []
        elif depth == 0 and ch in "和与及" and len(cur) >= 2 and len(text) - i > 2:
            items.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    items.append("".join(cur))
    return [x.strip(_PUNCT_STRIP) for x in items if x.strip(_PUNCT_STRIP)]


def _share_heads(items: List[str]) -> List[str]:
    """「A、B、C建设考核」 → A建设考核, B建设考核, C建设考核; 「一产、二产、三产增加值」 too."""
    if len(items) < 2:
        return items
    last = items[-1]
    tb = _tables()
    for head in tb.heads:
        if last.endswith(head) and len(last) > len(head):
            return [x if x.endswith(head) else x + head for x in items[:-1]] + [last]
    lens = {len(x) for x in items[:-1]}
    if len(lens) == 1:
        n = lens.pop()
        if n <= 3 and len(last) > n + 1:
            tail = last[n:]
            return [x + tail for x in items[:-1]] + [last]
    return items


def _scope_of(word: Optional[str]) -> Optional[str]:
    if not word:
        return None
    return _tables().scope_norm.get(word, word)


def _scope_from_criterion(criterion: str) -> Optional[str]:
    """A scope implied by the list's name: 全国…/中国…/国家… → 全国; 省… → 全省; 金华市… → 金华."""
    if not criterion:
        return None
    if criterion.startswith(("全国", "中国", "国家")):
        return "全国"
    if criterion.startswith(("全省", "省")):
        return "全省"
    m = _tables().places.search(criterion)
    if m and m.start() <= 4:
        regions = gazetteer().lookup(m.group())
        if regions:
            r = regions[0]
            if r.level == "province":
                return "全省"
            return r.stem
    return None


# --------------------------------------------------------------------------- atoms

def _find_atoms(text: str) -> List[_Atom]:
    tb = _tables()
    atoms: List[_Atom] = []
    for m in tb.atom.finditer(text):
        s, e = m.span()
        if m.group("tier"):
            word = m.group("tier")
            atoms.append(_Atom(s, e, "tier", tier=word))
        elif m.group("rank"):
            n = _num(m.group("rn"))
            if n is None or n == 0 or n > 5000:
                continue
            atoms.append(_Atom(s, e, "rank", rank=n))
        elif m.group("first"):
            if m.group("first") == "冠军" and text[max(0, s - 2):s] in ("单项", "项冠"):
                continue
            atoms.append(_Atom(s, e, "rank", rank=1))
        elif m.group("top"):
            n = _num(m.group("tn"))
            if n is None or n == 0 or n > 5000:
                continue
            atoms.append(_Atom(s, e, "top", top=n))
        elif m.group("strong"):
            n = _num(m.group("sn"))
            if n is None:
                continue
            atoms.append(_Atom(s, e, "top", top=n, named=True))
    # 「优秀单位的首位」: a grade followed by a place is one position
    merged: List[_Atom] = []
    for a in atoms:
        if merged and merged[-1].kind == "tier" and a.kind == "rank" and text[merged[-1].end:a.start] in ("的", ""):
            prev = merged[-1]
            merged[-1] = _Atom(prev.start, a.end, "rank", rank=a.rank, tier=prev.tier)
            continue
        merged.append(a)
    return merged


def _group(text: str, atoms: List[_Atom]) -> List[List[_Atom]]:
    groups: List[List[_Atom]] = []
    tb = _tables()
    for a in atoms:
        if groups:
            prev = groups[-1][-1]
            gap = text[prev.end:a.start]
            if a.named == prev.named and a.kind == prev.kind:
                # the gap may hold a scope of its own: 「金华第1、全省第5」
                core = gap
                if core[:1] in "、和与及" or core[:2] in ("以及",):
                    core = core[1:]
                    sc = tb.scope_end.search(core) if core else None
                    if not core or (sc and sc.start() == 0) or (a.named and len(core) <= 16
                                                                 and not _CLAUSE_CUT.search(core)):
                        if sc and sc.start() == 0:
                            a.scope, a.scope_start = sc.group(), a.start - len(core)
                        groups[-1].append(a)
                        continue
        groups.append([a])
    return groups


# --------------------------------------------------------------------------- the head

@dataclass
class _Head:
    left: str = ""
    left_start: int = 0
    verb: str = ""
    mid: str = ""
    scope: Optional[str] = None


def _split_head(head: str, head_start: int) -> _Head:
    """LEFT [verb] MID — the verb is the last trigger verb of the head."""
    tb = _tables()
    last = None
    for m in tb.verb_end.finditer(head):
        last = m
    h = _Head(left_start=head_start)
    if last is not None and (len(head) - last.end()) <= 24:
        h.left, h.verb, mid = head[: last.start()], last.group(), head[last.end():]
    else:
        h.left, mid = head, ""
        # no verb: a scope (or 排名) right before the position
        sc = tb.scope_end.search(head)
        if sc:
            h.scope = sc.group()
            h.left = head[: sc.start()]
            return h
        return h
    sc = tb.scope_start.search(mid)
    if sc:
        h.scope = sc.group()
        mid = mid[sc.end():]
    h.mid = mid.strip(_PUNCT_STRIP)
    if h.scope is None:
        # 「在东北走在前列」: the scope stands before the verb
        m = regex.search(r"在(.{2,8})$", h.left)
        if m and tb.scope_start.fullmatch(m.group(1)) if False else False:
            pass
        m2 = regex.search(r"在([^，,、]{2,8})$", h.left)
        if m2:
            sc2 = tb.scope_start.match(m2.group(1))
            if sc2 and sc2.end() == len(m2.group(1)):
                h.scope = sc2.group()
                h.left = h.left[: m2.start()]
    return h


def _indicator(text: str) -> Tuple[str, bool]:
    """The indicator of a clause 「完成科创强基项目投资9.1亿元」 → (科创强基项目投资, growth?)."""
    tb = _tables()
    growth = False
    qs = [q for q in find_quantities(text)]
    # leading quantities (「476户规模以上工业增加值」) are part of the subject phrase
    cut = len(text)
    pos = 0
    for q in qs:
        if q.outer_start <= pos + 1 and cut == len(text):
            pos = q.outer_end
            continue
        cut = q.outer_start
        break
    body = text[:cut]
    tail = text[cut:]
    if any(g in tail[:0] for g in tb.growth):
        growth = True
    stripped = body.rstrip(_PUNCT_STRIP)
    changed = True
    while changed:
        changed = False
        for w in tb.growth:
            if stripped.endswith(w):
                stripped = stripped[: -len(w)]
                growth = True
                changed = True
        for w in tb.links:
            if stripped.endswith(w):
                stripped = stripped[: -len(w)]
                changed = True
        stripped = stripped.rstrip(_PUNCT_STRIP)
    if pos and pos < len(stripped):
        stripped = stripped[pos:] if not stripped[:pos].strip() else stripped
    return stripped, growth


def _subject_prefix(text: str, doc: Document) -> Tuple[Optional[str], str]:
    """A subject at the front of a criterion phrase: 「我市」「全区」「乐清」「鄂尔多斯市的」."""
    tb = _tables()
    m = tb.self_refs.match(text)
    if m:
        return doc.resolve_region(m.group()) or doc.region, text[m.end():]
    m = tb.places.match(text)
    if m:
        rest = text[m.end():]
        if rest.startswith("的"):
            rest = rest[1:]
        if len(rest) >= 2 or not rest:
            return _place_subject(m.group(), doc), rest
    return None, text


def _place_subject(name: str, doc: Document) -> str:
    if doc.region:
        if name == doc.region:
            return doc.region
        for r in gazetteer().lookup(name):
            if r.name == doc.region or doc.region in r.short_names:
                return doc.region
    return name


def _is_subject_item(item: str) -> bool:
    tb = _tables()
    if not item:
        return False
    m = tb.places.search(item)
    if m and m.end() == len(item) and len(item) - len(m.group()) <= 4:
        return True
    return item.endswith(tb.subject_suffixes)


def _subject_of_item(item: str, doc: Document) -> str:
    tb = _tables()
    last = None
    for m in tb.places.finditer(item):
        last = m
    if last is not None and last.end() == len(item):
        # 「大连瓦房店市」 → 瓦房店市 (the last place named), 「江苏昆山市」 → 昆山市
        return _place_subject(last.group(), doc)
    return item


def _clean_criterion(text: str) -> str:
    tb = _tables()
    text = _N_ITEMS.sub("", text)
    text = _strip_start(text, tb.leads)
    text = _strip_end(text, tb.adverbs + ("排名", "排位", "位次", "综合排名") if False else tb.adverbs)
    for w in ("排名", "排位", "位次"):
        if text.endswith(w) and len(text) > len(w) + 1:
            text = text[: -len(w)]
    text = _YEAR_IN.sub("", text) if len(text) > 6 else text
    return text.strip(_PUNCT_STRIP)


# --------------------------------------------------------------------------- lookback

def _title_before(doc: Document, sent: Sentence, upto: int, prev: Sequence[Sentence]) -> Optional[Tuple[str, str]]:
    """The nearest list name before ``upto`` in this sentence or the two before it: (name, text it came from)."""
    texts = [sent.text[:upto]] + [s.text for s in reversed(prev)]
    for text in texts:
        best = None
        for m in _TITLE_QUOTED.finditer(text):
            best = (m.end(), _clean_title(m.group(1)))
        for m in _TITLE_BOOK.finditer(text):
            name = m.group(1)
            if regex.search(r"榜|强|排名|排行|报告|研究|评价", name) and (best is None or m.end() > best[0]):
                best = (m.end(), _clean_title(name))
        for m in _ASSESSMENT.finditer(text):
            start = max(0, m.start() - 20)
            chunk = text[start:m.end(1)]
            cut = 0
            for c in _ASSESS_CUT.finditer(chunk):
                if c.end() < len(chunk) - 2:
                    cut = c.end()
            for c in _CLAUSE_CUT.finditer(chunk):
                cut = max(cut, c.end())
            name = chunk[cut:].strip(_PUNCT_STRIP)
            if len(name) >= 4 and (best is None or m.end() > best[0]):
                best = (m.end(), name)
        if best and best[1]:
            return best[1], text
    return None


def _clean_title(name: str) -> str:
    name = _YEAR_IN.sub("", name)
    name = regex.sub(r"^(?:19|20)\d{2}", "", name)
    for suffix in ("发展报告", "研究报告", "报告", "榜单", "排行榜"):
        if name.endswith(suffix) and len(name) > len(suffix) + 3:
            name = name[: -len(suffix)]
            break
    return name.strip(_PUNCT_STRIP)


def _clause_bounds(text: str) -> List[Tuple[int, int]]:
    out, pos = [], 0
    depth = 0
    for i, ch in enumerate(text):
        if ch in "（(“":
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


def _indicators_before(text: str, clauses: List[Tuple[int, int]], idx: int, want: int) -> List[Tuple[str, bool, int]]:
    """Indicators of the clauses before clause ``idx``: a list in one clause, or one per clause."""
    tb = _tables()
    found: List[Tuple[str, bool, int]] = []
    growth_seen = False
    j = idx - 1
    while j >= 0 and len(found) < want and idx - j <= max(4, want + 2):
        cs, ce = clauses[j]
        clause = text[cs:ce]
        j -= 1
        if regex.match(r"^(?:较|比|同比|增速高于|高于|低于|两年平均|其中|占|按)", clause) and not regex.match(
                r"^其中.{2,}", clause):
            if "增" in clause:
                growth_seen = True
            continue
        if regex.match(r"^(?:增速|增幅)", clause):
            growth_seen = True
            continue
        if not find_quantities(clause):
            if found:
                break
            continue
        body = _strip_start(clause, tb.leads)
        _, body = _subject_prefix(body, _DOC_STUB) if False else (None, body)
        ind, growth = _indicator(body)
        ind = _clean_criterion(ind)
        items = _share_heads(_split_items(ind))
        if len(items) == want and not found:
            return [(x, growth or growth_seen, cs) for x in items]
        if not ind:
            continue
        found.insert(0, (ind, growth or growth_seen, cs))
    return found


_DOC_STUB = None


# --------------------------------------------------------------------------- the filler

def _modality(sent: Sentence, verb: str, atom: _Atom, clause: str) -> str:
    if _tables().verbs.get(verb) == "target" or _TARGET_WORDS.search(clause):
        return "target"
    if sent.in_plan and atom.kind == "tier" and atom.tier in ("前列", "第一方阵", "第一梯队"):
        return "target"
    return "actual"


def _year(doc: Document, sent: Sentence, modality: str) -> Optional[int]:
    """The sentence's year; a position reported as reached inside a plan section (a review
    paragraph the layout mixed into the plan) is last year's when no year is written."""
    year = sent.year
    if (modality == "actual" and sent.in_plan and not sent.year_stated and year is not None
            and doc.published_year is not None and year >= doc.published_year):
        return doc.published_year - 1
    return year


def _publisher(doc: Document, sent: Sentence, prev: Sequence[Sentence], criterion: str) -> Optional[str]:
    tb = _tables()
    for text in [sent.text] + [s.text for s in reversed(prev)] + [criterion]:
        best = None
        for m in tb.publishers.finditer(text):
            if best is None or len(m.group()) >= len(best):
                best = m.group()
        if best:
            return best
    return None


def _anchored(atom: _Atom, head: _Head, raw_head: str, in_paren_after_name: bool) -> bool:
    tb = _tables()
    if in_paren_after_name:
        return True
    if atom.kind == "tier":
        need = tb.tiers.get(atom.tier or "", "any")
        if need == "scope":
            return bool(head.scope or atom.scope)
        if need == "verb":
            return bool(head.verb) or bool(regex.search(r"(?:考核|评价|考评|评估|评定|测评)$", raw_head))
        return bool(head.verb or head.scope or regex.search(r"(?:考核|评价|考评|评估|评定|测评|获|再获)$", raw_head))
    if atom.named:
        return bool(head.verb)
    if head.verb or head.scope or atom.scope:
        return True
    return bool(regex.search(r"(?:排名|排位|位次)$", raw_head))


def _make(doc, sent, start, end, subject, criterion, atom, scope, year, publisher, modality) -> Ranking:
    top = atom.top
    if top is None and criterion:
        top = _strong_value(criterion)
    return Ranking(
        subject=subject or doc.region or "",
        criterion=criterion,
        scope=scope,
        rank=atom.rank,
        top=top,
        tier=atom.tier if atom.kind != "top" else None,
        year=year,
        publisher=publisher,
        modality=modality,
        evidence=doc.evidence(sent.start + start, sent.start + end),
    )


def _sentence_rankings(doc: Document, sent: Sentence, prev: Sequence[Sentence]) -> List[Ranking]:
    tb = _tables()
    text = sent.text
    atoms = _find_atoms(text)
    if not atoms:
        return []
    clauses = _clause_bounds(text)
    out: List[Ranking] = []
    last_end = 0
    for group in _group(text, atoms):
        first = group[0]
        ci = next((i for i, (cs, ce) in enumerate(clauses) if cs <= first.start < ce or first.start == ce), None)
        if ci is None:
            continue
        cs, ce = clauses[ci]
        head_start = max(cs, last_end if last_end > cs else cs)
        # a parenthesis: 「固定资产投资增长19.7%（金华第1、全省第5）」「晋江(第5位)」
        paren = None
        k = text.rfind("（", head_start, first.start)
        k2 = text.rfind("(", head_start, first.start)
        k = max(k, k2)
        in_paren_after_name = False
        if k >= 0 and not regex.search(r"[）)]", text[k:first.start]):
            paren = k
        raw_head = text[head_start:first.start]
        if paren is not None:
            inside = text[paren + 1:first.start]
            raw_head = text[head_start:paren]
            head = _Head(left=raw_head, left_start=head_start)
            sc = tb.scope_end.search(inside)
            if sc:
                head.scope = sc.group()
            if not inside.strip():
                in_paren_after_name = True
        else:
            head = _split_head(raw_head, head_start)
        if not _anchored(first, head, raw_head, in_paren_after_name):
            continue
        left_raw = head.left
        # 「在全国工业县（市）百强榜单上位列第45位」: the list named in 在…上
        in_x = None
        lstripped = _strip_end(left_raw, tb.adverbs)
        mx = _IN_X.search(lstripped)
        if mx:
            in_x = mx.group(1)
            lstripped = lstripped[: mx.start()]
        subject, rest = _subject_prefix(_strip_start(lstripped, tb.leads), doc)
        # a subject may open the clause before a previous group: 「我县由二季度的第12位上升到第6位」
        if subject is None and head_start > cs:
            subject, _ = _subject_prefix(_strip_start(text[cs:head_start], tb.leads), doc)
        left_items: List[str] = []
        growth = False
        if rest:
            ind, growth = _indicator(rest)
            ind = _clean_criterion(ind)
            left_items = _share_heads(_split_items(ind)) if ind else []
        subjects: List[str] = []
        criteria: List[str] = []
        if left_items and all(_is_subject_item(x) for x in left_items):
            subjects = [_subject_of_item(x, doc) for x in left_items]
        else:
            criteria = left_items
        mid = head.mid
        scope = head.scope
        if mid and not first.named:
            mid_c = mid
            for tail in tb.scope_tails:
                if mid_c.endswith(tail) and (scope or len(mid_c) <= 8):
                    if scope is None:
                        scope = mid_c
                    mid_c = ""
                    break
            if mid_c:
                mid_c = _clean_criterion(mid_c)
                if mid_c and (not criteria or subjects or len(group) == 1):
                    if criteria and len(criteria) == 1:
                        pass
                    else:
                        criteria = [mid_c] if not criteria else criteria
                    if not left_items or subjects:
                        criteria = [mid_c]
                    if not left_items and scope is None and tb.scope_start.match(mid_c) is None:
                        pass
        if first.named:
            criteria = []
            for a in group:
                phrase = _named_phrase(text, a, head_start)
                criteria.append(phrase)
        if in_x and not criteria:
            criteria = [_clean_criterion(in_x)]
        if in_x and scope is None:
            sc = tb.scope_start.match(in_x)
            if sc:
                scope = sc.group()
        if not criteria and first.tier and first.kind == "tier" and head.verb and raw_head.endswith(head.verb):
            pass
        evidence_start = head_start
        if not criteria:
            # borrow from earlier clauses: indicators (distributive) or a list name
            if len(group) > 1 or not subjects:
                inds = _indicators_before(text, clauses, ci, len(group))
                if inds and (len(inds) == len(group) or len(group) == 1):
                    criteria = [x[0] + ("增速" if x[1] and not x[0].endswith(("增速", "增幅", "率")) else "")
                                for x in inds]
                    evidence_start = min(x[2] for x in inds)
            if not criteria:
                # subjects named in the clause before: 「宜都市、大冶市…上榜,分别为第80名…」
                if not subjects and ci > 0 and len(group) > 1:
                    ps, pe = clauses[ci - 1]
                    prev_clause = text[ps:pe]
                    vm = None
                    for m in tb.verb_end.finditer(prev_clause):
                        vm = m
                    body = prev_clause[: vm.start()] if vm else prev_clause
                    body = regex.sub(r"^(?:我省|我市|我区|全省|其中|此外)", "", body)
                    items = _split_items(body)
                    if len(items) == len(group) and all(_is_subject_item(x) for x in items):
                        subjects = [_subject_of_item(x, doc) for x in items]
                        evidence_start = ps
                title = _title_before(doc, sent, first.start, prev)
                if title:
                    criteria = [title[0]]
        if not criteria:
            last_end = group[-1].end
            continue
        # 「排首位的是江苏昆山市」
        if not subjects:
            after = text[group[-1].end:group[-1].end + 16]
            ma = regex.match(r"的是(.{2,12}?)(?:[，,。；;]|$)", after)
            if ma and _is_subject_item(ma.group(1)):
                subjects = [_subject_of_item(ma.group(1), doc)]
        if not subjects:
            subjects = [subject or doc.region or ""]
        year = sent.year
        verb = head.verb
        clause_text = text[cs:ce]
        publisher = None
        end = group[-1].end
        pairs: List[Tuple[str, str, _Atom]] = []
        n_atoms = len(group)
        if n_atoms == 1:
            pairs = [(s, c, group[0]) for s in subjects for c in criteria]
        elif len(subjects) > 1 and len(subjects) == n_atoms:
            pairs = [(subjects[i], criteria[0] if len(criteria) == 1 else criteria[min(i, len(criteria) - 1)], group[i])
                     for i in range(n_atoms)]
        elif len(criteria) == n_atoms:
            pairs = [(subjects[0], criteria[i], group[i]) for i in range(n_atoms)]
        elif len(criteria) == 1:
            pairs = [(s, criteria[0], a) for s in subjects for a in group]
        else:
            pairs = [(subjects[0], criteria[min(i, len(criteria) - 1)], group[i]) for i in range(n_atoms)]
        for subj, crit, atom in pairs:
            crit = crit.strip(_PUNCT_STRIP)
            if len(crit) < 2:
                continue
            if atom.named and not _specific_list(crit):
                continue
            a_scope = atom.scope or scope
            sc = _scope_of(a_scope) if a_scope else _scope_from_criterion(crit)
            if publisher is None:
                publisher = _publisher(doc, sent, prev, crit)
            modality = _modality(sent, verb, atom, clause_text)
            out.append(_make(doc, sent, evidence_start, end, subj, crit, atom, sc,
                             _year(doc, sent, modality), publisher, modality))
        last_end = group[-1].end
    return out


def _named_phrase(text: str, atom: _Atom, floor: int) -> str:
    """The list name around 百强/十佳: 「获评全国高质量发展百强园区」 → 全国高质量发展百强园区."""
    tb = _tables()
    s = atom.start
    lo = max(floor, s - 16)
    left = text[lo:s]
    cut = 0
    for m in regex.finditer(r"[，,；;：:。、“”（）()《》]|和|与|及", left):
        cut = m.end()
    vm = None
    for m in tb.verb_end.finditer(left):
        vm = m
    if vm and vm.end() > cut:
        cut = vm.end()
    left = left[cut:]
    right = regex.match(r"[^，,；;：:。、“”（）()《》和与及等]{0,8}", text[atom.end:]).group()
    right = regex.sub(r"(?:榜单|名单)$", "", right) or right
    phrase = _strip_start(left, tb.leads + tb.adverbs) + text[atom.start:atom.end] + right
    return phrase.strip(_PUNCT_STRIP)


def _specific_list(name: str) -> bool:
    """A list name, not a bare re-mention: 「全国高质量发展百强园区」 yes, 「百强县」「多个百强榜单」 no."""
    m = _N_STRONG.search(name) or regex.search(r"十佳|百佳", name)
    if not m:
        return True
    before = name[: m.start()]
    before = regex.sub(r"^(?:多个|等|这|此|该)", "", before)
    return len(before) >= 2 and not before.endswith(("多个", "等", "个"))


# --------------------------------------------------------------------------- tables flattened into text

_TABLE_HEADER = regex.compile(r"排名\s(?:[^\s\d]{1,8}\s){1,5}")
_TABLE_ROW = regex.compile(r"(\d{1,3})\s((?:[^\s\d]{1,12}\s){0,3}[^\s\d]{1,12})(?=\s\d{1,3}\s|\s*$|\s*[。\n])")
_LIST_ITEM = regex.compile(r"^(\d{1,3})\s?[.、．]\s?([^\s，,。；;]{2,20})$")


def _table_rankings(doc: Document) -> List[Ranking]:
    out: List[Ranking] = []
    text = doc.text
    sentences = doc.sentences
    for idx, sent in enumerate(sentences):
        # 「排名 地区 地级市 县(市) 1 江苏 无锡市 江阴市 2 …」
        for hm in _TABLE_HEADER.finditer(sent.text):
            rows = []
            pos = hm.end()
            expect = None
            for rm in _TABLE_ROW.finditer(sent.text, pos):
                if rm.start() != pos:
                    break
                n = int(rm.group(1))
                if expect is not None and n != expect:
                    break
                rows.append(rm)
                expect = n + 1
                pos = rm.end()
                while pos < len(sent.text) and sent.text[pos] == " ":
                    pos += 1
            if len(rows) < 3:
                continue
            prev = sentences[max(0, idx - 3):idx]
            title = _title_before(doc, sent, hm.start(), prev)
            if not title:
                continue
            criterion = title[0]
            publisher = _publisher(doc, sent, prev, criterion)
            scope = _scope_from_criterion(criterion)
            for rm in rows:
                tokens = rm.group(2).split()
                subj = tokens[-1]
                start = sent.start + rm.start()
                end = sent.start + rm.end()
                out.append(Ranking(subject=subj, criterion=criterion, scope=scope, rank=int(rm.group(1)),
                                   top=_strong_value(criterion), year=sent.year, publisher=publisher,
                                   modality="actual", evidence=doc.evidence(start, end)))
        # a heading naming a list, then numbered blocks 「1.江苏昆山市」
        if sent.text.rstrip().endswith((":", "：")) and regex.search(r"前\s?" + _NUM + r"|强|榜|排名|排行", sent.text):
            header = sent.text.rstrip(":： ")
            criterion = regex.sub(r"(?:前\s?" + _NUM + r"(?:名|位|强)?|排名|排行榜?|榜单)$", "", header)
            criterion = criterion.strip(_PUNCT_STRIP)
            if len(criterion) < 3:
                continue
            prev = sentences[max(0, idx - 8):idx]
            publisher = _publisher(doc, sent, prev, criterion)
            scope = _scope_from_criterion(criterion)
            expect = 1
            for item in sentences[idx + 1:idx + 200]:
                m = _LIST_ITEM.match(item.text.strip())
                if not m or int(m.group(1)) != expect:
                    break
                expect += 1
                subj = _subject_of_item(m.group(2), doc)
                out.append(Ranking(subject=subj, criterion=criterion, scope=scope, rank=int(m.group(1)),
                                   top=_strong_value(criterion), year=item.year, publisher=publisher,
                                   modality="actual", evidence=doc.evidence(item.start, item.end)))
    return out


def _dedupe(records: List[Ranking]) -> List[Ranking]:
    from ..evaluate import char_overlap

    kept: List[Ranking] = []
    for r in records:
        dup = False
        for k in kept:
            if (k.subject == r.subject and k.rank == r.rank and k.top == r.top and k.tier == r.tier
                    and k.scope == r.scope and char_overlap(k.criterion, r.criterion) >= 0.5
                    and k.year == r.year):
                dup = True
                break
        if not dup:
            kept.append(r)
    return kept


@register("rankings")
def fill(doc: Document) -> List[Ranking]:
    """Rankings of ``doc``: sentence rules, then ranking tables flattened into text."""
    tb = _tables()
    out: List[Ranking] = []
    sentences = doc.sentences
    for i, sent in enumerate(sentences):
        if sent.is_heading:
            continue
        if not tb.prefilter.search(sent.text):
            continue
        prev = [s for s in sentences[max(0, i - 2):i] if s.block == sent.block or True]
        out.extend(_sentence_rankings(doc, sent, prev))
    if "排名" in doc.text or "：" in doc.text or ":" in doc.text:
        out.extend(_table_rankings(doc))
    return _dedupe(out)
