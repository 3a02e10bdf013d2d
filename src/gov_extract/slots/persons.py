"""Person records: bylines, officials with their titles, and lists of leaders.

Where names are found (each a pure rule; the word lists are data files):

* bylines — 「本报讯（融媒首席记者 陈晓苏）」「融媒记者 李梦楚 颜元滔」「宁夏日报记者 王鼎 摄」
  「（记者 刘卓 通讯员 王靖博）」「[编辑:金灵]」「（袁松柳 杨涛）」 (``person_byline_*.tsv``), also
  「本报讯 记者 王艳8月23日上午,…」 (the dateline ends the byline) and 「(王猛廖娅)」 (two names
  run together where a PDF line break lost the space);
* a title right before the name — 「市经信局党委书记、局长陈磊表示」 (``person_titles.tsv`` holds
  the head words 书记/局长…; the organization is split off the title when it ends with an
  ``person_org_suffixes.txt`` word: organization 市经信局, title 党委书记、局长; 市委书记 stays whole);
* a title right after the name — 「习近平总书记」「省委于伟国书记」;
* 「选举李逸为…主任」;
* name lists — 「胡勇春、郑云涛、胡积合等我市四套班子领导…参加会议」「县领导李莉丽、周明…出席」;
  a title before the whole list is every name's (「大会执行主席A、B、C」), a group word
  (``person_titles.tsv`` column 3 ``group``: 县领导, 市领导) gives no title; a whole list item
  such as 王全会 (会 is rarely in a name) counts as a name when the list vouches for it;
* a bare name opening a clause before a speech/attendance verb — 「王海涛在…会议上强调」.

A name is a surname (``person_surnames.txt``, single and compound) plus one or two
characters (a compound surname plus one or two), never a word of
``person_not_names.txt``, never a place of the gazetteer, and never holding a
character of ``person_not_name_chars.txt``. Where the name ends is decided by what
follows it (``person_after_words.txt``: 表示, 在, 等 …) or by the punctuation.

When ``gov_extract.nlp`` and its NER model are installed, :func:`_ner_persons` adds the
PERSON entities found in short windows around titles and attendance or speech verbs of the
sentences the rules read (one batched call); without the model it returns [] and the rules
work alone.

>>> from gov_extract import extract
>>> [(p.name, p.title, p.organization, p.role) for p in extract("市经信局党委书记、局长陈磊表示，要加快发展。").persons]
[('陈磊', '党委书记、局长', '市经信局', 'official')]
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from bisect import bisect_left
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

import regex

from ..normalize import traditional_tables
from ..records import Person
from ..regions import gazetteer
from ..tables import load_table, load_words, trie_pattern
from . import register

# --------------------------------------------------------------------------- data


@lru_cache(maxsize=1)
def _surnames() -> Tuple[FrozenSet[str], FrozenSet[str], FrozenSet[str]]:
    """(strong single surnames, weak single surnames, compound surnames)."""
    strong, weak, compound = set(), set(), set()
    for row in load_table("person_surnames"):
        word = row[0]
        if len(word) == 2:
            compound.add(word)
        elif len(row) > 1 and row[1] == "weak":
            weak.add(word)
        else:
            strong.add(word)
    return frozenset(strong), frozenset(weak), frozenset(compound)


@lru_cache(maxsize=1)
def _titles() -> Dict[str, str]:
    return {row[0]: (row[1] if len(row) > 1 else "official") for row in load_table("person_titles")}


@lru_cache(maxsize=1)
def _title_pattern():
    return regex.compile(trie_pattern(_titles()))


@lru_cache(maxsize=1)
def _after_words() -> Tuple[FrozenSet[str], FrozenSet[str], int]:
    words = load_words("person_after_words")
    strong = frozenset(w for w in words if len(w) > 1)
    weak = frozenset(w for w in words if len(w) == 1)
    return strong, weak, max((len(w) for w in strong), default=2)


@lru_cache(maxsize=1)
def _not_names() -> FrozenSet[str]:
    return frozenset(load_words("person_not_names"))


@lru_cache(maxsize=1)
def _ethnic_chars() -> FrozenSet[str]:
    return frozenset(load_words("person_ethnic_chars"))


@lru_cache(maxsize=1)
def _not_name_chars() -> FrozenSet[str]:
    return frozenset(load_words("person_not_name_chars"))


@lru_cache(maxsize=1)
def _left_stops():
    words = load_words("person_left_stops")
    # the last stop word in the window ends the text before a title
    return regex.compile("(?:" + trie_pattern(words) + ")")


@lru_cache(maxsize=1)
def _org_split_pattern():
    """organization (ending with an org suffix) + body/modifiers, the rest of a title prefix."""
    suffixes = trie_pattern(load_words("person_org_suffixes"))
    bodies = trie_pattern(load_words("person_bodies"))
    mods = trie_pattern(load_words("person_title_modifiers"))
    return regex.compile(
        r"(?P<org>[\p{Han}（）()]{1,20}?(?:" + suffixes + r"))(?P<rest>(?:" + bodies + r"){0,2}(?:" + mods + r"){0,3})"
    )


@lru_cache(maxsize=1)
def _byline_roles() -> Dict[str, Tuple[str, bool]]:
    out = {}
    for row in load_table("person_byline_roles"):
        out[row[0]] = (row[1] if len(row) > 1 else "reporter", not (len(row) > 2 and row[2] == "notitle"))
    return out


@lru_cache(maxsize=1)
def _byline_suffixes() -> Dict[str, str]:
    return {row[0]: row[1] for row in load_table("person_byline_suffixes")}


@lru_cache(maxsize=1)
def _byline_role_pattern():
    return regex.compile(r"(?P<pre>[\p{Han}]{0,10}?)(?P<role>" + trie_pattern(_byline_roles()) + r")")


@lru_cache(maxsize=1)
def _byline_word_pattern():
    return regex.compile(trie_pattern(_byline_roles()))


@lru_cache(maxsize=1)
def _byline_modifiers() -> Tuple[str, ...]:
    return tuple(sorted(load_words("person_byline_modifiers"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _subject_verbs() -> FrozenSet[str]:
    return frozenset(load_words("person_subject_verbs"))


@lru_cache(maxsize=1)
def _trigger_pattern():
    """Sentences worth looking at: a title head, a byline role or an attendance verb."""
    words = set(_titles()) | set(_byline_roles()) | _subject_verbs() | {"、", "选举", "任命", "同志"}
    return regex.compile(trie_pattern(words))


_HAN = regex.compile(r"\p{Han}")
_HAN_OR_BRACKET = regex.compile(r"[\p{Han}（）()]")
_COMPANY = regex.compile(r"(?:集团|公司)$")
# list items are separated by 、 or, in PDF pages and name rolls, by one space
_LIST_SEGMENT = regex.compile(r"[^，。；;,！？：:\s]{1,400}+(?:[ \u3000][^，。；;,！？：:\s]{1,400}+){0,60}+")
_LIST_SEPARATOR = regex.compile(r"[、 \u3000]")
_OFFICIAL_CONTEXT = regex.compile(r"领导|出席|参加|陪同|主持|会议|调研|就座|参会|讲话|列席|主席|大会")
_CLAUSE_OPENING = regex.compile(r"(?:^|(?<=[，。；;,：:]))\s?(\p{Han}{2,4})")
_IS_HAN = regex.compile(r"^\p{Han}+$")
_SPEECH_AFTER_ZAI = regex.compile(r"在[^，。；;,！？]{1,30}?(?:上|时|中|期间)(?:的)?(?:强调|指出|表示|讲话|说|发言|作|致辞)")
_LIST_CONTEXT = regex.compile(
    r"领导|出席|参加|陪同|主持|会议|调研|活动|就座|考察|视察|参会|慰问|检查|观摩|同志|列席"
    r"|(?:主席|委员|成员|代表)的?(?:是|为|有)[:：]")  # 「担任本次大会执行主席的是:A、B、C」
_OPEN_BRACKETS = "（([【"
_CLOSE_BRACKETS = "）)]】"
_PRONOUN_CHARS = "他她我你它这那其该此本"
_DOTTED_NAME = regex.compile(r"\p{Han}{1,6}·\p{Han}{1,8}(?:·\p{Han}{1,8})?")
_BYLINE_PREFIX = regex.compile(
    r"^(?:.{0,20}?[讯电][】\]]?\s?|[A-Za-z]\s?|来源[:：]\s?\S{1,24}\s|.{0,60}?作者[:：]?\s?|(?:[\p{Han}A-Za-z]{2,8}\s){1,4}|\p{Han}{2,10}·"
    r"|[■◆●▲□★☆]\s?\p{Han}{0,12}?(?:网|报|台|客户端|融媒)?)?$")  # 「■中国江西网记者曹琦/文」
# the dateline right after an unbracketed byline: 「本报讯 记者 王艳8月23日上午,…」
_BYLINE_DATELINE = regex.compile(
    r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}"  # 「编辑:刘翥 2021-03-01 16:43:19」: a web page's time stamp
    r"|(?:(?:19|20)\d{2}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
    r"|\d{1,2}日(?:上午|下午|晚上|晚间|早上|中午|晚|电|讯)|(?:近日|日前|昨日|昨天|今日|今天|前日|日前|当天)"
)
_BARE_BYLINE = regex.compile(r"[（(]\s?(\p{Han}{2,6}?(?:[\s、]\p{Han}{2,6}?){0,4})(\s?摄影?)?\s?[)）]\s*$")
# a photo caption closed by its credit: 「盘州红果新城容貌 易俊 摄」
_CAPTION_CREDIT = regex.compile(r"(?<=\p{Han})\s(\p{Han}{2,4})\s摄影?\s*$")
# 「本站讯(关天云报道) 1月18日…」: a bracketed byline right after the dateline
_DATELINE_BYLINE = regex.compile(
    r"^\s?\p{Han}{0,12}?[讯电]\s?[（(]\s?(\p{Han}{2,6}?(?:[\s、]\p{Han}{2,6}?){0,4})\s?(摄影?)?(报道)?\s?[)）]")
# 「人民网北京7月25日电(李博)」: the reporters of a wire dateline
_WIRE_BYLINE = regex.compile(r"日电\s?[（(](\p{Han}{2,4}(?:[、\s]\p{Han}{2,4}){0,3})[)）]")
_BYLINE_END_WORDS = ("发布时间", "发布日期", "时间", "日期", "来源", "编辑", "责编", "责任编辑")
# 「任命徐加晔、付阳同志为县人民政府副县长」: one title for every name of the list
_ELECT = regex.compile(
    r"(?:选举|任命|推选|决定任命)((?:\p{Han}{2,5}?、){0,8}\p{Han}{2,5}?)(?:同志)?为(\p{Han}{2,30}?)(?=[，。；;,、]|$)")
_COMRADE = regex.compile(r"(?<=\p{Han}{2})同志")
_POSTFIX_TITLE = regex.compile(
    r"(?P<body>(?:省|市|县|区|州|旗|自治区)委)?(?P<name>\p{Han}{2,4}?)(?P<title>总书记|书记|市长|县长|省长|区长|州长|主席|主任)"
    r"(?!处|团|热线|科员|会|信箱|助理|办|令|员|们)"
)


# --------------------------------------------------------------------------- names


@dataclass
class _Hit:
    """A person mention: the name at [start, end) of doc.text, with what was said of it."""

    name: str
    start: int
    end: int
    title: Optional[str]
    organization: Optional[str]
    role: str
    sentence: object  # document.Sentence


def _is_region(word: str) -> bool:
    return bool(gazetteer().lookup(word))


@lru_cache(maxsize=1)
def _medial_name_chars() -> frozenset:
    return frozenset(load_words("person_medial_name_chars"))


def valid_name(cand: str, *, strict: bool = False, ethnic: bool = False, listed: bool = False) -> bool:
    """Is ``cand`` a plausible Chinese personal name?

    ``strict``: the surname must not be a weak one (a common word such as 高 万 安);
    ``ethnic``: 4–5 characters without a listed surname are allowed (布仁其木格);
    ``listed``: ``cand`` is a whole item of a 「、」 list of names (王全会 between 吴奇凌 and 赵飞):
    the list vouches for it, so the given name may hold a character of
    ``person_not_name_chars.txt`` (会 主 年 …) or be a listed word; the whole candidate still may not.
    """
    if not 2 <= len(cand) <= 5 or not _IS_HAN.match(cand):
        return False
    strong, weak, compound = _surnames()
    if cand[:2] in compound and len(cand) in (3, 4):
        given = cand[2:]
    elif cand[0] in strong and len(cand) <= 3:
        given = cand[1:]
    elif cand[0] in weak and len(cand) <= 3 and not strict:
        given = cand[1:]
    elif ethnic and (len(cand) >= 4 or listed) and all(ch in _ethnic_chars() for ch in cand):
        given = ""  # 布仁其木格; after an official's title with a clear end also 希尼 (``listed``)
    else:
        return False
    not_names = _not_names()
    if cand in not_names or given in not_names and not listed or cand in _after_words()[0]:
        return False  # 「郑市长强调」: a word that follows names is none itself
    for i in range(len(cand) - 1):  # a listed word inside: 3+ characters, or any in a long candidate
        for j in range(i + (2 if len(cand) >= 4 else 3), len(cand) + 1):
            if cand[i:j] in not_names:
                return False
    bad = _not_name_chars()
    medial = _medial_name_chars()
    if not listed and any(ch in bad and not (ch in medial and i == 0 and len(given) == 2)
                          for i, ch in enumerate(given)):
        return False
    if _title_pattern().search(cand):  # 董事长, 王局长
        return False
    if _is_region(cand) or _is_region(cand[:2]) and len(cand) == 2:
        return False
    return True


def _boundary(text: str, pos: int) -> int:
    """2 when a name may end before ``pos`` for sure (punctuation, a strong after-word), 1 weak, 0 no."""
    if pos >= len(text):
        return 2
    ch = text[pos]
    if not _HAN.match(ch):
        return 2
    strong, weak, longest = _after_words()
    for length in range(longest, 1, -1):
        if text[pos:pos + length] in strong:
            return 2
    return 1 if ch in weak else 0


def _name_lengths(cand_start_text: str, ethnic: bool) -> List[int]:
    strong, weak, compound = _surnames()
    if cand_start_text[:2] in compound:
        lengths = [3, 4]
    else:
        lengths = [2, 3]
    if ethnic:
        lengths += [4, 5]
    return lengths


def name_after(text: str, pos: int, *, ethnic: bool = False, strict: bool = False,
               segment: bool = False) -> Optional[Tuple[int, int]]:
    """A name starting at ``pos`` (one space allowed first): its (start, end), or None.

    ``segment``: when nothing marks where the name ends, ask the word segmenter (used right
    after a title only, where a name is expected: the segmenter costs ~0.3 ms a call).
    """
    if pos < len(text) and text[pos] == " ":
        pos += 1
    if pos >= len(text) or not _HAN.match(text[pos]):
        return None
    dotted = _DOTTED_NAME.match(text, pos)
    if dotted and ethnic:  # 「市长阿依肯·阿斯拉汗代表…」: a name written with ·, after an official's title
        last_dot = text.rindex("·", pos, dotted.end())
        for end in range(last_dot + 3, dotted.end() + 1):
            if _boundary(text, end) == 2:
                return pos, end
    run = 0
    while pos + run < len(text) and run < 6 and _HAN.match(text[pos + run]):
        run += 1
    lengths = [n for n in _name_lengths(text[pos:pos + 2], ethnic) if n <= run]
    for wanted in (2, 1):
        for length in lengths:
            cand = text[pos:pos + length]
            if _boundary(text, pos + length) != wanted:
                continue
            # after an official's title with a clear end (「县政协主席汤会礼主持」) the title vouches
            # for a given name with a character that is rarely one (会 主 年 …)
            vouched = ethnic and length in (2, 3) and (
                wanted == 2 or _SPEECH_AFTER_ZAI.match(text, pos + length) is not None)  # 县长黄会安在仪式上致辞
            if valid_name(cand, strict=strict, ethnic=ethnic and (length >= 4 or vouched), listed=vouched):
                return pos, pos + length
    # nothing marks the end of the name: ask the word segmenter where the next word starts
    if not segment or not any(valid_name(text[pos:pos + n], strict=strict) for n in lengths if n <= 3):
        return None
    cut = _segment_cut(text, pos, lengths)
    if cut and valid_name(text[pos:pos + cut], strict=strict, ethnic=ethnic and cut >= 4):
        return pos, pos + cut
    return None


_SEGMENTER: Dict[str, object] = {}


def _segment_cut(text: str, pos: int, lengths: Sequence[int]) -> Optional[int]:
    """The name length (among ``lengths``) at which pkuseg puts a word boundary, if any."""
    if "seg" not in _SEGMENTER:
        try:
            from ..nlp import segment

            segment("测试")
            _SEGMENTER["seg"] = segment
        except Exception:  # no segmenter model: rules only
            _SEGMENTER["seg"] = None
    segment = _SEGMENTER["seg"]
    if segment is None:
        return None
    cuts = set()
    acc = 0
    for word in segment(text[pos:pos + 10]):
        acc += len(word)
        cuts.add(acc)
    for length in lengths:
        if length in cuts and length <= 3:
            return length
    return None


# --------------------------------------------------------------------------- titles


def split_title(prefix_and_title: str) -> Tuple[str, Optional[str]]:
    """(title, organization) of a title as written: 市经信局党委书记、局长 -> (党委书记、局长, 市经信局)."""
    first = prefix_and_title.split("、", 1)[0]
    heads = list(_title_pattern().finditer(first))
    if not heads:
        return prefix_and_title, None
    head = heads[-1]
    prefix = first[:head.start()]
    match = _org_split_pattern().fullmatch(prefix)
    if not match:
        return prefix_and_title, None
    org = match.group("org")
    title = prefix_and_title[len(org):]
    if org[0] in "该本此其":
        return title, None
    return title, org


def _role_of(title: str, organization: Optional[str]) -> str:
    roles = {_titles().get(m.group(), "other") for m in _title_pattern().finditer(title)}
    if "official" in roles:
        if organization and _COMPANY.search(organization) and organization[0] not in "省市县区州旗":
            return "other"
        return "official"
    return "other"


def _title_start(text: str, head_start: int, floor: int) -> int:
    """Where the title whose head word starts at ``head_start`` begins (its organization included).

    The scan goes left over Han characters, and over 「、」 when the text before it ends with
    a title head (市经信局党委书记、局长陈磊), at most 20 characters per title unit.
    """
    start = head_start
    while True:
        limit = max(floor, start - 20)
        while start > limit and _HAN_OR_BRACKET.match(text[start - 1]):
            start -= 1
        window = text[start:head_start]
        last_stop = None
        for match in _left_stops().finditer(window):
            last_stop = match
        if last_stop is not None:
            return start + last_stop.end()
        if start - 1 > floor and text[start - 1] == "、" and _title_ends(text[max(floor, start - 12):start - 1]):
            start -= 1
            continue
        return start


_COPULAS = ("是", "为")
_LIST_HEAD_COPULA = regex.compile(r"(?:还有|还包括|包括|有|是|为)[:：]?$")
_SPACED_TITLE_LINE = regex.compile(r"^(\p{Han}) (\p{Han}) {0,2}(\p{Han}{2,4})$")


def _title_hits(text: str) -> Iterable[Tuple[int, int, int, int]]:
    """(title_start, title_end, name_start, name_end) for every 「title + name」 in ``text``."""
    floor = 0
    for head in _title_pattern().finditer(text):
        if head.start() < floor:
            continue
        official = _titles().get(head.group()) == "official" and head.group() != "领导"
        if head.group() == "总书记" and _postfix_name(text, head.start() - 2, head.start()):
            continue  # 「习近平总书记来陕考察」: the title closes the name before it
        if text[head.end():head.end() + 1] in ("和", "与", "及") and head.group() == "领导":
            continue  # 「领导和老同志」: a conjunction, not the surname 和
        span = None
        if text.startswith(_COPULAS, head.end()):  # 「执行主席是林健、陈生」: the copula is no surname
            after = head.end() + 1
            if text[after:after + 1] in (":", "："):  # 「执行主席是:林健、…」
                after += 1
            span = name_after(text, after, ethnic=official, segment=True)
        if span is None:
            span = name_after(text, head.end(), ethnic=official, segment=True)
        if span is not None:
            t_start = _title_start(text, head.start(), floor)
            yield t_start, head.end(), span[0], span[1]
            floor = span[1]


# --------------------------------------------------------------------------- finders


def _sentence_hits(doc, sent) -> List[_Hit]:
    text = sent.text
    hits: List[_Hit] = []
    taken: List[Tuple[int, int]] = []

    def add(s: int, e: int, title: Optional[str], org: Optional[str], role: str) -> None:
        for a, b in taken:
            if s < b and a < e:
                return
        taken.append((s, e))
        name = text[s:e].replace(" ", "")  # 「通讯员:杨 鑫」「记 者:…」: letter-spaced words
        title = title.replace(" ", "") if title else title
        hits.append(_Hit(name, sent.start + s, sent.start + e, title or None, org or None, role, sent))

    # bylines first: 记者 is a title word of bylines only
    following = doc.sentences[sent.index + 1] if sent.index + 1 < len(doc.sentences) else None
    closing = following is None or following.block != sent.block
    for s, e, title, org, role in _byline_names(text, closing):
        add(s, e, title, org, role)
    spaced = _SPACED_TITLE_LINE.match(text)
    if spaced and spaced.group(1) + spaced.group(2) in _titles() and valid_name(spaced.group(3)):
        # 「县 长 周永根」 under a report's title: a letter-spaced title, then the speaker
        title = spaced.group(1) + spaced.group(2)
        add(spaced.start(3), spaced.end(3), title, None, _role_of(title, None))
    for match in _ELECT.finditer(text):
        names = match.group(1).split("、")
        if all(valid_name(name) for name in names):
            title, org = split_title(match.group(2))
            pos = match.start(1)
            for name in names:
                add(pos, pos + len(name), title, org, _role_of(title, org))
                pos += len(name) + 1
    for t_start, t_end, n_start, n_end in _title_hits(text):
        written = text[t_start:t_end]
        if written in _byline_roles():
            continue
        title, org = split_title(written)
        role = _role_of(title, org)
        if _is_group(written):  # 县领导李莉丽: a group word, no title
            title = org = None
        add(n_start, n_end, title, org, role)
    for match in _POSTFIX_TITLE.finditer(text):
        name_span = _postfix_name(text, match.start("name"), match.start("title"))
        if name_span is None:
            continue
        body = match.group("body") or ""
        title = body + match.group("title")
        add(name_span[0], name_span[1], title, None, "official")
    for match in _COMRADE.finditer(text):
        # 「邓小平同志」「以江泽民同志为核心」: the honorific marks the name before it
        if text[match.start() - 1] == "老":
            continue  # 「领导和老同志」: 老同志 is a group
        name_span = _postfix_name(text, match.start() - 2, match.start())
        if name_span is not None:
            add(name_span[0], name_span[1], None, None,
                "official" if _OFFICIAL_CONTEXT.search(text) else "other")
    for spans, head, role in _list_names(text):
        # a title before the whole list is everybody's (大会执行主席A、B、C); a group word
        # (县领导A、B) is no title
        title = org = None
        if head and not _is_group(head) and _title_heads_end(head) < len(head):
            title, org = split_title(head[_title_start(head, _title_heads_end(head), 0):])
            role = _role_of(title, org)
        for s, e in spans:
            add(s, e, title, org, role)
    for s, e, verb in _subject_names(text):
        official = verb not in _neutral_verbs() or _OFFICIAL_CONTEXT.search(text)
        add(s, e, None, None, "official" if official else "other")
    return hits


def _postfix_name(text: str, start: int, title_start: int) -> Optional[Tuple[int, int]]:
    """The name right before a title word (习近平总书记, 赵革书记, 王斌副主任)."""
    if title_start > 0 and text[title_start - 1] == "副":
        title_start -= 1
    for length in (3, 2, 4):
        s = title_start - length
        if s < start - 2 or s < 0:
            continue
        cand = text[s:title_start]
        if cand.endswith("副") or not valid_name(cand, strict=True):
            continue  # 「王斌副主任」: 副 belongs to the title
        if length == 4 and cand[:2] not in _surnames()[2]:
            continue
        if length == 3 and s >= 1 and text[s - 1:s + 1] in _run_in_verbs():
            continue
        return s, title_start
    return None


@lru_cache(maxsize=1)
def _run_in_verbs() -> FrozenSet[str]:
    return frozenset(load_words("person_run_in_verbs"))


def _byline_names(text: str, closing: bool = True) -> Iterable[Tuple[int, int, Optional[str], Optional[str], str]]:
    """Names of the bylines in ``text``; ``closing``: the text ends its paragraph (where a bare
    bracketed byline 「(王猛 廖娅)」 may have lost the space between its names)."""
    roles = _byline_roles()
    suffixes = _byline_suffixes()
    if not _byline_word_pattern().search(text):
        matches = ()
    else:
        matches = _byline_role_pattern().finditer(text)
    for match in matches:
        role_word = match.group("role")
        pre = match.group("pre")
        start = match.start()
        # a dateline run into the role word (本报北京9月4日讯记者…, …电记者…) is no outlet prefix
        cut = max(pre.rfind("讯"), pre.rfind("电"))
        if cut >= 0:
            start += cut + 1
            pre = pre[cut + 1:]
        # a byline sits in brackets, or opens the sentence (after 本报讯 / 作者:)
        before = text[:start]
        bracket = max(before.rfind(ch) for ch in _OPEN_BRACKETS)
        in_brackets = bracket >= 0 and not any(ch in before[bracket:] for ch in _CLOSE_BRACKETS) and (
            start - bracket <= 30)
        if not in_brackets and not _BYLINE_PREFIX.match(before):
            continue
        base_role, titled = roles[role_word]
        # parse the names that follow (and further role words: 记者 刘卓 通讯员 王靖博)
        pos = match.end()
        group: List[Tuple[int, int]] = []
        found = []
        title_word, org = _byline_title(pre, role_word) if titled else (None, None)
        while pos < len(text):
            while pos < len(text) and (text[pos] in " :：|｜丨" or text[pos] == "、" and group):
                pos += 1
            nxt = _byline_role_pattern().match(text, pos)
            if (nxt and nxt.group("pre") and not group and not found and len(nxt.group("pre")) <= 10
                    and any(c in text[match.end():pos] for c in ":：|｜")):
                # 「摄影:南都记者吴进」: the outlet and role of the name after the first role word
                kept_role = base_role
                title_word, org = _byline_title(nxt.group("pre"), nxt.group("role"))
                base_role = kept_role if kept_role == "photographer" else roles[nxt.group("role")][0]
                pos = nxt.end()
                continue
            if nxt and group and (nxt.group("pre") == "" or nxt.group("pre") in _byline_modifiers()):
                found.append((group, title_word, org, base_role, None))
                role_word = nxt.group("role")
                base_role, titled = roles[role_word]
                # 「记者 张治中 见习记者 周美娇」: a modifier before the next role word stays with it
                title_word, org = (nxt.group("pre") + role_word, None) if titled else (None, None)
                group = []
                pos = nxt.end()
                continue
            suffix = _suffix_at(text, pos, suffixes)
            if suffix and group:
                found.append((group, title_word, org, base_role, suffixes[suffix]))
                group = []
                pos += len(suffix)
                break
            colon = text[match.end():pos].strip() in (":", "：", "|", "｜") and not group and not found
            span = _byline_name_at(text, pos, roles, suffixes, after_colon=colon)
            if span is None:
                break
            group.append(span)
            pos = span[1]
        if group:
            found.append((group, title_word, org, base_role, None))
        # the byline must end: bracket, end of sentence, or a colon (记者陈绍鹏报道:)
        rest = text[pos:].lstrip(" ")
        if found and not (not rest or rest[0] in _CLOSE_BRACKETS or rest[0] in ":：。，," or in_brackets
                          or rest.startswith(_BYLINE_END_WORDS)
                          or _BYLINE_PREFIX.match(before) and (len(text) <= 40 or _BYLINE_DATELINE.match(rest))):
            continue
        for names, title_word, org, base_role, suffix_role in found:
            for s, e in names:
                yield s, e, title_word, org, suffix_role or base_role
    for wire in _WIRE_BYLINE.finditer(text):
        pos = wire.start(1)
        for token in regex.split(r"[、\s]", wire.group(1)):
            if valid_name(token, strict=True):
                yield pos, pos + len(token), None, None, "reporter"
            pos += len(token) + 1
    caption = _CAPTION_CREDIT.search(text) if "摄" in text else None
    if caption and valid_name(caption.group(1)):
        yield caption.start(1), caption.end(1), None, None, "photographer"  # 「盘州丹霞山 姚祥林 摄」
    bare = _DATELINE_BYLINE.match(text) or _BARE_BYLINE.search(text)
    if bare and not _byline_role_pattern().search(bare.group(1)):
        tokens = regex.split(r"[、 ]", bare.group(1))
        bare_role = "photographer" if bare.group(2) else "reporter"  # 「(李武华 摄)」
        # 「本站讯(关天云报道)」: a dateline and 报道 vouch for a name with a weak surname (关)
        vouched = bare.re is _DATELINE_BYLINE and bool(bare.group(2) or bare.group(3))
        spans = []
        pos = bare.start(1)
        for token in tokens:
            if valid_name(token, strict=not vouched):
                spans.append((pos, pos + len(token)))
            else:  # 「(王猛廖娅)」: a PDF line break between two names lost the space
                cut = _two_names(token) if closing else None
                if cut is None:
                    spans = []
                    break
                spans.extend([(pos, pos + cut), (pos + cut, pos + len(token))])
            pos += len(token) + 1
        if spans and (len(spans) > 1 or bare.start() > 0 or bare_role == "photographer" or closing):
            for s, e in spans:
                yield s, e, None, None, bare_role


def _two_names(token: str) -> Optional[int]:
    """Where ``token`` (4–6 characters) splits into exactly two strict names, if only one cut does."""
    if not 4 <= len(token) <= 6:
        return None
    cuts = [cut for cut in (2, 3, 4) if 2 <= len(token) - cut <= 4
            and valid_name(token[:cut], strict=True) and valid_name(token[cut:], strict=True)]
    return cuts[0] if len(cuts) == 1 else None


def _suffix_at(text: str, pos: int, suffixes: Dict[str, str]) -> Optional[str]:
    """摄/整理/报道 closing a byline: followed by a non-Han character, or set off by a space
    (「王鼎 摄各位代表」 where a caption line was joined to the next paragraph)."""
    spaced = pos > 0 and text[pos - 1] == " "
    if text.startswith(("/", "／"), pos):  # 「记者 吴丹/摄」「记者曹琦/文」
        pos, spaced = pos + 1, True
    for word in sorted(suffixes, key=len, reverse=True):
        if text.startswith(word, pos):
            end = pos + len(word)
            if not spaced and len(word) == 1 and _byline_role_pattern().match(text, _skip_spaces(text, end)):
                continue  # 「记者:赵倩文 通讯员:…」: 文 ends the name, the next role follows
            if end >= len(text) or not _HAN.match(text[end]) or spaced:
                return word
    return None


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _byline_name_at(text: str, pos: int, roles, suffixes, after_colon: bool = False) -> Optional[Tuple[int, int]]:
    """A name in a byline: ends at a space, a bracket, a role word or a suffix (摄 整理 报道);
    or a two-character name letter-spaced at the end of the byline (「通讯员:杨 鑫」)."""
    spaced = text[pos:pos + 3]
    if (len(spaced) == 3 and spaced[1] == " " and _IS_HAN.match(spaced[0] + spaced[2])
            and (pos + 3 >= len(text) or not _HAN.match(text[pos + 3]))
            and valid_name(spaced[0] + spaced[2], strict=True)):
        return pos, pos + 3
    for length in (2, 3, 4):
        end = pos + length
        cand = text[pos:end]
        if len(cand) < length or not _IS_HAN.match(cand):
            return None
        ok = end >= len(text) or not _HAN.match(text[end])
        if not ok:
            ok = bool(_byline_role_pattern().match(text, end) and _byline_role_pattern().match(text, end).group("pre") == "")
        if not ok:
            ok = _suffix_at(text, end, suffixes) is not None
        if not ok and length <= 3:  # 「记者 王艳近日,…」: the dateline follows the name
            ok = bool(_BYLINE_DATELINE.match(text, end))
        if ok and valid_name(cand, ethnic=length >= 4, listed=length <= 3):  # the role word vouches
            return pos, end
        if (ok and after_colon and length <= 3 and (end >= len(text) or text[end] in " \n)）】")
                and cand[0] not in _PRONOUN_CHARS and cand not in _not_names()
                and not _byline_role_pattern().match(cand)):
            return pos, end  # 「摄影:果珍」: a role, a colon and a short name closing the line
    return None


def _byline_title(pre: str, role_word: str) -> Tuple[str, Optional[str]]:
    """融媒首席 + 记者 -> (融媒首席记者, None); 宁夏日报 + 记者 -> (记者, 宁夏日报);
    潍坊日报社全媒体 + 记者 -> (潍坊日报社全媒体记者, None) (``person_byline_outlets.txt``)."""
    mods = ""
    rest = pre
    changed = True
    while rest and changed:
        changed = False
        for mod in _byline_modifiers():
            if rest.endswith(mod):
                mods = mod + mods
                rest = rest[: -len(mod)]
                changed = True
                break
    if rest and (mods or _outlet_inside(rest)):
        return pre + role_word, None  # 潍坊日报社全媒体记者, 成都日报锦观新闻记者: as written
    return mods + role_word, (rest or None)


@lru_cache(maxsize=1)
def _outlet_pattern():
    return regex.compile(trie_pattern(load_words("person_byline_outlets")))


def _outlet_inside(rest: str) -> bool:
    """Does an outlet word end before the end of ``rest`` (成都日报 + 锦观新闻)?"""
    return any(m.end() < len(rest) for m in _outlet_pattern().finditer(rest))


def _list_names(text: str) -> Iterable[Tuple[List[Tuple[int, int]], Optional[str], str]]:
    """Runs of names in 「A、B、C等」 lists (or 「A B C」 with single spaces, as name rolls
    come out of PDF pages): (spans, head, role); ``head`` is the text before the
    first name when it ends with a title or a group word (县领导, 大会执行主席), else None.

    An item that is a whole list item but fails the plain name test only for its given name
    (王全会: 会 is rarely part of a name) is a name when the run holds two plain names (one
    after a title or group word: 县领导李明、王大会等) and the item sits between two names or
    closes the list before 等/出席/参加 (``listed``)."""
    if not _LIST_SEPARATOR.search(text):
        return
    for seg in _LIST_SEGMENT.finditer(text):
        seg_text = seg.group()
        if len(seg_text) < 2 or not _LIST_SEPARATOR.search(seg_text):
            continue
        parts = _LIST_SEPARATOR.split(seg_text)
        if len(parts) >= 3 and parts[1] and len({part[:1] for part in parts[1:]}) == 1 \
                and parts[1][0] in parts[0][-4:]:
            continue  # 「战疫情、战高温、战旱情」: parallel slogans, not people all named 战
        offsets = []
        pos = seg.start()
        for part in parts:
            offsets.append(pos)
            pos += len(part) + 1  # every separator is one character
        roll = _vouched_roll(text, parts, offsets)
        if roll:
            yield roll, None, "official"
            continue
        colon_head = _colon_title(text, seg.start())
        runs: List[Tuple[List[Tuple[int, int, bool]], Optional[str]]] = []
        head_of_run: Optional[str] = None
        run: List[Tuple[int, int, bool]] = []

        def close() -> None:
            plain = sum(1 for r in run if r[2])
            if len(run) >= 2 and (plain >= 2 or plain and head_of_run):
                runs.append((list(run), head_of_run))

        for k, part in enumerate(parts):
            p_start = offsets[k]
            if k == 0 and "以及" in part[:-2]:
                # 「县人大常委会主任张波以及李四清、彭俊卿…」: the list starts after 以及
                cut = part.rindex("以及") + 2
                p_start, part = p_start + cut, part[cut:]
            span = None
            plain = True
            head = None
            if k == 0 or (not run and _title_pattern().search(part)):
                # the first item of a run may carry a title: 县领导李莉丽; 「大会执行主席、主席团常务主席
                # 孙斌、孙良才…」 (the run starts at the second item)
                for length in (3, 2, 4):
                    if len(part) < length:
                        continue
                    cand = part[-length:]
                    head = _LIST_HEAD_COPULA.sub("", part[:-length])  # 「县领导还有孙战宇、…」
                    if valid_name(cand) and (not head or head.endswith(("领导", "同志")) or _title_ends(head)):
                        span = (p_start + len(part) - length, p_start + len(part))
                        break
                    head = None
                if span is None and len(parts) > 2 and valid_name(parts[1]):
                    # 「执行主席拉科、晁世海…」: a title, then a name without a Han surname
                    for length in (2, 3, 4, 5):
                        head = part[:-length]
                        if len(part) > length and _title_ends(head) and _IS_HAN.match(part[-length:]):
                            span = (p_start + len(part) - length, p_start + len(part))
                            plain = False
                            break
                        head = None
            elif valid_name(part):
                span = (p_start, p_start + len(part))
            elif k < len(parts) - 1 and 2 <= len(part) <= 3 and valid_name(part, listed=True):
                span = (p_start, p_start + len(part))  # 王全会 between two names
                plain = False
            elif k < len(parts) - 1 and run and head_of_run and _unsurnamed_name(part):
                # 「执行主席拉科、晁世海、切加、尕玛才旦、科才·洛桑索巴尖措」: a titled roll vouches
                # for names without a Han surname (Tibetan, Mongolian, Uyghur names)
                span = (p_start, p_start + len(part))
                plain = False
            else:
                # the last name of the list: 王海涛等我市四套班子领导
                span = name_after(text, p_start)
                if span is None and k == len(parts) - 1:
                    span = _listed_last(text, p_start)
                    plain = False
                if span is not None:
                    run.append((span[0], span[1], plain))
                    span = None
            if span is None:
                close()
                run = []
                head_of_run = None
                continue
            if not run:
                head_of_run = head or (colon_head if k == 0 else None)
                if head and k > 0 and _title_ends(parts[k - 1]) and not valid_name(parts[k - 1][-3:]):
                    head_of_run = parts[k - 1] + "、" + head  # the title before it is everybody's too
            run.append((span[0], span[1], plain))
        close()
        if not runs:
            continue
        has_head = any(head for _, head in runs)
        if not (has_head or _LIST_CONTEXT.search(text)):
            continue
        role = "official" if (has_head or _OFFICIAL_CONTEXT.search(text)) else "other"
        for spans, head in runs:
            yield [(s, e) for s, e, _ in spans], head or None, role


_CLAUSE_START = regex.compile(r"[^，。；;,！？：:\s]{1,40}$")


def _colon_title(text: str, start: int) -> Optional[str]:
    """The title a list after a colon is introduced by: 「大会的执行主席是:A、B、C」 → 大会的执行主席
    (the copula dropped); None when the clause before the colon does not end with a title or
    is a byline role (记者:A、B)."""
    if start < 2 or text[start - 1] not in ":：":
        return None
    clause = _CLAUSE_START.search(text, max(0, start - 41), start - 1)
    if clause is None:
        return None
    head = _LIST_HEAD_COPULA.sub("", clause.group())
    if not head or not _title_ends(head) or head[_title_heads_end(head):] in _byline_roles():
        return None
    return head


def _unsurnamed_name(part: str) -> bool:
    """A list item that may be a name without a Han surname when its list vouches for it
    (拉科, 尕玛才旦, 科才·洛桑索巴尖措): a ·-name, or 2–5 Han characters that are no known word."""
    return bool(_DOTTED_NAME.fullmatch(part)) or (
        2 <= len(part) <= 5 and bool(_IS_HAN.match(part)) and part not in _not_names())


_ROLL_CLOSE = regex.compile(
    r"(\p{Han}{2,5}?)(?:以及|等|和)[^，。；;,]{0,24}?(?:领导|成员|同志|委员|代表)[^，。；;,]{0,12}?"
    r"(?:就座|出席|参加|列席)")


def _vouched_roll(text: str, parts: Sequence[str], offsets: Sequence[int]) -> List[Tuple[int, int]]:
    """An untitled roll of officials that names its group at the end (「旦巴、于国强、扎西多吉、…、
    普布次旦以及大会主席团成员和市级领导在主席团就座」): the group word vouches for every item,
    names without a Han surname (Tibetan, Mongolian, Uyghur names) included. Most items must
    pass the plain name test, and none may be a word the library knows is no name."""
    if len(parts) < 4:
        return []
    close = _ROLL_CLOSE.match(text, offsets[-1])
    if close is None:
        return []
    spans: List[Tuple[int, int]] = []
    plain = 0
    for part, start in zip(parts[:-1], offsets[:-1]):
        if valid_name(part):
            plain += 1
        elif not (_unsurnamed_name(part) and (_DOTTED_NAME.fullmatch(part) or (
                not _is_region(part) and not _title_pattern().search(part)
                and not any(ch in _not_name_chars() for ch in part)))):
            return []  # with no title to vouch, an item must not look like a place, title or word
        spans.append((start, start + len(part)))
    spans.append((close.start(1), close.end(1)))
    if plain < 2 or plain < 0.4 * len(spans):
        return []
    return spans


def _listed_last(text: str, pos: int) -> Optional[Tuple[int, int]]:
    """The last item of a name list that fails the plain test (…、王全会等出席): a whole name
    followed by a boundary word (等, 出席, punctuation)."""
    for length in (3, 2):
        cand = text[pos:pos + length]
        if len(cand) == length and _boundary(text, pos + length) and valid_name(cand, listed=True):
            return pos, pos + length
    return None


def _title_ends(head: str) -> bool:
    return any(m.end() == len(head) for m in _title_pattern().finditer(head))


def _title_heads_end(head: str) -> int:
    """Where the title word closing ``head`` starts (len(head) when none does)."""
    for m in _title_pattern().finditer(head):
        if m.end() == len(head):
            return m.start()
    return len(head)


@lru_cache(maxsize=1)
def _group_heads() -> Tuple[str, ...]:
    """Title words that name a group, not an office (领导): 「县领导李莉丽」 gives no title."""
    return tuple(row[0] for row in load_table("person_titles") if len(row) > 2 and row[2] == "group")


def _is_group(written: str) -> bool:
    return written.endswith(_group_heads())


def _subject_names(text: str) -> Iterable[Tuple[int, int, str]]:
    """(start, end, verb) of a bare name opening a clause before 主持/强调/说/在…上强调 …"""
    for clause in _CLAUSE_OPENING.finditer(text):
        pos = clause.start(1)
        span = name_after(text, pos, strict=True)
        if span is None:
            continue
        after = text[span[1]:span[1] + 4]
        verb = max((v for v in _subject_verbs() if after.startswith(v)), key=len, default=None)
        if verb is not None:
            yield span[0], span[1], verb
        elif after.startswith("在") and _SPEECH_AFTER_ZAI.match(text, span[1]):
            yield span[0], span[1], "在"


@lru_cache(maxsize=1)
def _neutral_verbs() -> FrozenSet[str]:
    return frozenset(load_words("person_neutral_verbs"))


# --------------------------------------------------------------------------- NER (optional)

_NER_STATE: Dict[str, bool] = {}


def _ner_available() -> bool:
    if "ok" in _NER_STATE:
        return _NER_STATE["ok"]
    ok = False
    if os.environ.get("GOV_EXTRACT_NER", "1") not in ("0", "false", "no"):
        try:
            from importlib import resources

            ok = (resources.files("gov_extract") / "models" / "ner" / "config.cfg").is_file()
            if ok:
                from .. import nlp  # noqa: F401
        except Exception:  # pragma: no cover - any import problem means no NER
            ok = False
    _NER_STATE["ok"] = ok
    return ok


@lru_cache(maxsize=1)
def _ner_blockers() -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    rows = load_table("person_ner_blockers")
    after = tuple(sorted((r[0] for r in rows if r[1] == "after"), key=len, reverse=True))
    before = tuple(sorted((r[0] for r in rows if r[1] == "before"), key=len, reverse=True))
    return after, before


# What may stand right before a name the NER found without a title: a boundary, not the
# end of another word (「吴忠金积工业园」 is a place, 「男子马拉松」 a race).
_BEFORE_BARE_NAME = frozenset("、，,。：:；;（(“\" 和与及同由对向给在是为据经让请派被将把")


def _ner_context_ok(text: str, start: int, end: int) -> bool:
    """An NER PERSON without a title is kept only at word boundaries and outside names of
    places, facilities and slogans (data/person_ner_blockers.tsv)."""
    after, before = _ner_blockers()
    # the blocker may follow at once or after one more character of the same name
    # (「吴忠金积工业园」), or close the list the name stands in (「义甬舟、金丽温等开放大通道」)
    if text.startswith(after, end) or text.startswith(after, end + 1) or text[:start].endswith(before):
        return False
    if text.startswith("等", end) and any(w in text[end + 1:end + 8] for w in after if len(w) > 1):
        return False
    if start == 0:
        return True
    prev = text[start - 1]
    return prev in _BEFORE_BARE_NAME or not ("\u3400" <= prev <= "\u9fff")


# The NER reads only windows around an attendance or speech verb where the rules found no
# name, which is where an untitled name is likely (「…、郑云涛出席」「胡勇春表示」): about 4% of
# the text, since the model runs at ~10-15k chars/s and the library aims at 200k.
_NER_BEFORE, _NER_AFTER = 16, 12


@lru_cache(maxsize=1)
def _ner_window_pattern():
    # titles are left to the rules (title + name is their strongest pattern); the verbs are
    # where names stand alone (「…郑云涛出席」「王海涛强调」)
    return regex.compile(trie_pattern(_subject_verbs() | {"同志", "会见", "出席", "参加", "陪同"}))


def _ner_windows(sentences: Sequence, covered: Sequence[Tuple[int, int]] = ()) -> List[Tuple[object, int, int]]:
    """(sentence, start, end) windows of sentence text around person triggers, merged; a
    window holding a name the rules already found (``covered``, offsets of doc.text) is
    left out: the rules have read that trigger."""
    pattern = _ner_window_pattern()
    windows: List[Tuple[object, int, int]] = []
    covered = sorted(covered)
    for sent in sentences:
        spans: List[List[int]] = []
        for m in pattern.finditer(sent.text):
            a, b = max(0, m.start() - _NER_BEFORE), min(len(sent.text), m.end() + _NER_AFTER)
            if spans and a <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], b)
            else:
                spans.append([a, b])
        strong, _weak, compound = _surnames()
        for a, b in spans:
            window = sent.text[a:b]
            # no surname in the window (「会议强调」「要求」): nothing for the model to find
            if not any(ch in strong for ch in window) and not any(c in window for c in compound):
                continue
            g_a, g_b = sent.start + a, sent.start + b
            k = bisect_left(covered, (g_b,))
            if any(c_start < g_b and g_a < c_end for c_start, c_end in covered[max(0, k - 8):k]):
                continue
            windows.append((sent, a, b))
    return windows


# A name roll without separators (「出席会议的有：胡勇春郑云涛胡积合等」, as name lists come out of
# web pages and PDF pages that lost their spaces) continues right after a name the rules found.
_ROLL_TAIL = regex.compile(r"\p{Han}{2,60}")


def _roll_windows(hits: Sequence["_Hit"]) -> List[Tuple[object, int, int]]:
    """(sentence, start, end) windows from a rule-found name over the Han characters that follow
    it at once, when they start with a surname: the NER splits the roll."""
    strong, _weak, compound = _surnames()
    windows: List[Tuple[object, int, int]] = []
    for hit in hits:
        sent = hit.sentence
        a, b = hit.start - sent.start, hit.end - sent.start
        tail = _ROLL_TAIL.match(sent.text, b)
        if tail is None or not (sent.text[b] in strong or sent.text[b:b + 2] in compound):
            continue
        if windows and windows[-1][0] is sent and windows[-1][2] > a:
            continue
        windows.append((sent, a, tail.end()))
    return windows


def _window_entities(windows: Sequence[Tuple[object, int, int]]) -> List[List[Tuple[int, int, str]]]:
    """NER entities of each (sentence, start, end) window in one batched call; [] for every
    window when the model cannot run (and the model is not tried again in this process)."""
    if not windows:
        return []
    try:
        from .. import nlp

        return nlp.entities([sent.text[a:b] for sent, a, b in windows])
    except Exception:  # ImportError, ModelNotFoundError, a broken model: rules only
        _NER_STATE["ok"] = False
        return []


def _roll_persons(hits: Sequence["_Hit"]) -> List[_Hit]:
    """Names of unseparated rolls that open with a found name (one batched NER call over
    ``_roll_windows``); [] without the model."""
    windows = _roll_windows(hits) if hits and _ner_available() else []
    ents = _window_entities(windows)
    return [hit for (sent, a, _b), spans in zip(windows, ents) for hit in _roll_names(sent, a, spans)]


def _ner_persons(doc, sentences: Sequence, covered: Sequence[Tuple[int, int]] = ()) -> List[_Hit]:
    """PERSON entities in windows of ``sentences`` (one batched NER call); [] without the model."""
    windows = _ner_windows(sentences, covered) if sentences and _ner_available() else []
    ents = _window_entities(windows)
    hits: List[_Hit] = []
    for (sent, a, b), spans in zip(windows, ents):
        text = sent.text
        previous = None
        for w_start, w_end, label in spans:
            start, end = a + w_start, a + w_end
            # an entity touching a cut edge of the window may be part of a longer name
            cut = (w_start == 0 and a > 0) or (end == b and b < len(text))
            if label == "PERSON" and not cut:
                cand = text[start:end].replace(" ", "")
                after_title = previous is not None and previous[2] == "TITLE" and start - previous[1] <= 1
                if valid_name(cand, ethnic=True) and (after_title or _ner_context_ok(text, start, end)):
                    title = org = None
                    if after_title:
                        title, org = split_title(text[previous[0]:previous[1]])
                    role = _role_of(title, org) if title else (
                        "official" if _OFFICIAL_CONTEXT.search(text) else "other")
                    hits.append(_Hit(cand, sent.start + start, sent.start + end, title, org, role, sent))
            previous = (start, end, label)
    return hits


def _roll_names(sent, a: int, spans: Sequence[Tuple[int, int, str]]) -> List[_Hit]:
    """The names of a roll window that opens with a rule-found name: PERSON entities each
    starting where the one before ends (or after one 「、」 or space)."""
    hits: List[_Hit] = []
    text = sent.text
    chain_end = None
    role = "official" if _OFFICIAL_CONTEXT.search(text) else "other"
    for w_start, w_end, label in spans:
        if label != "PERSON":
            break
        if chain_end is None:
            if w_start != 0:
                break
            chain_end = w_end
            continue  # the rules' own name
        if w_start - chain_end > 1 or (w_start > chain_end and text[a + chain_end] not in "、 \u3000"):
            break
        cand = text[a + w_start:a + w_end]
        if not valid_name(cand, ethnic=True):
            break
        hits.append(_Hit(cand, sent.start + a + w_start, sent.start + a + w_end, None, None, role, sent))
        chain_end = w_end
    return hits


# --------------------------------------------------------------------------- the filler


def find_persons(doc) -> List[_Hit]:
    """Every person mention of the document, in text order (cached on the document)."""
    cached = getattr(doc, "_gov_person_hits", None)
    if cached is not None:
        return cached
    hits: List[_Hit] = []
    trigger = _trigger_pattern()
    ner_sentences = []
    for sent in doc.sentences:
        if (not trigger.search(sent.text) and "(" not in sent.text and "（" not in sent.text
                and not _SPACED_TITLE_LINE.match(sent.text)):
            continue
        found = _sentence_hits(doc, sent)
        hits.extend(found)
        ner_sentences.append(sent)
    known = {h.name for h in hits}
    spans = [(h.start, h.end) for h in hits]
    for hit in _ner_persons(doc, ner_sentences, covered=spans):
        if hit.name in known or any(hit.start < e and s < hit.end for s, e in spans):
            continue
        if any(hit.name in k or k in hit.name for k in known):
            continue
        known.add(hit.name)
        hits.append(hit)
    hits.sort(key=lambda h: h.start)
    spans = [(h.start, h.end) for h in hits]
    for hit in _roll_persons(hits):
        if hit.name in known or any(hit.start < e and s < hit.end for s, e in spans):
            continue
        known.add(hit.name)
        hits.append(hit)
    hits.sort(key=lambda h: h.start)
    try:
        doc._gov_person_hits = hits
    except AttributeError:  # pragma: no cover
        pass
    return hits


def _as_written(doc, hit: _Hit) -> str:
    """A name as the source writes it: in a text in traditional script the normalizer reads
    薛硯 as 薛砚, but a person's name is not translated."""
    o_start, o_end = doc.norm.to_original(hit.start, hit.end)
    written = "".join(doc.norm.original[o_start:o_end].split())
    if len(written) != len(hit.name) or written == hit.name:
        return hit.name
    only, shared, _ = traditional_tables()
    same = all(w == n or only.get(ord(w)) == n or shared.get(ord(w)) == n for w, n in zip(written, hit.name))
    return written if same else hit.name


@register("persons")
def fill(doc) -> List[Person]:
    by_name: Dict[str, Person] = {}
    for hit in find_persons(doc):
        kept = by_name.get(hit.name)
        if kept is None:
            sent = hit.sentence
            by_name[hit.name] = Person(
                name=_as_written(doc, hit),
                title=hit.title,
                organization=hit.organization,
                role=hit.role,
                evidence=doc.evidence(sent.start, sent.end),
            )
            continue
        if hit.title and (not kept.title or len(hit.title) > len(kept.title)):
            kept.title = hit.title
            kept.organization = hit.organization or kept.organization
        if kept.role == "other" and hit.role != "other":
            kept.role = hit.role
    return list(by_name.values())
