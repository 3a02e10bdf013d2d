"""Meeting records: meetings held or reported as events.

A meeting is found by the ending of its name (``meeting_suffixes.tsv``: 会议, 推进会,
座谈会, 开工仪式 …, also 「（扩大）会议」), when what follows ends the name
(``meeting_name_follow.txt``: 召开, 在, 上, 以 …, or punctuation) and the sentence
reports an event (``meeting_triggers.txt``: 召开, 举行, 出席, 会上 …). The name starts
after the nearest punctuation mark or stop word (``meeting_name_stops.txt``: 召开, 的,
在 …) at bracket depth 0, so names may hold quotes and brackets:
「金华市一季度深入学习推广义乌发展经验奋进“港”“廊”“链”项目推进会」.

A combined meeting 「A、B暨C」 gives one Meeting per part, all with the same date;
「经济工作暨干部集训大会」 gives 经济工作大会 and 干部集训大会. Not meetings: names followed by
精神 in their clause (a policy reference), inside 《》, or followed by 中心/室/堂 (a place); nor a
person of a name list (「…吴奇凌、王全会、赵飞等出席」: a name that starts inside a person
mention, or with one character before its ending: 王大会). A place at the start of a name
(``meeting_venue_words.txt``: 「彰教工业园区长山米业…现场会」) is split off as a venue.

Fields: ``term``/``session`` from 届/次 (十五届七次 -> 15, 7; 第66次 -> session 66, by cn2an);
``date`` from the sentence (「1月3日下午」 with the year of ``doc.published_year`` ->
"2025-01-03"; no year -> "--01-03"; 「昨日」 from the publication date); ``organizer``
from the name (市委, 市政府, 县统计局 (``meeting_organizer_bodies.txt``), 中国共产党X县… -> 中共X县委,
a region, a zone, 全县 -> the home region) or the subject of 召开/举行 (我县 resolved; 「…,并举行…」
keeps the subject of the clause before); ``format`` from
``meeting_formats.tsv``; ``venues`` (…主会场, …分会场, 在X举行); ``attendees``: the names
of :mod:`persons` said to attend in the meeting's paragraph.

>>> from gov_extract import extract
>>> m = extract("1月3日下午，市委十五届七次全体（扩大）会议召开。", published=2025).meetings[0]
>>> (m.name, m.organizer, m.term, m.session, m.date, m.date_text)
('市委十五届七次全体（扩大）会议', '市委', 15, 7, '2025-01-03', '1月3日下午')
"""
from __future__ import annotations

import datetime as _dt
from collections import Counter
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Tuple

import regex

from ..records import Meeting
from ..regions import gazetteer
from ..tables import load_mapping, load_table, load_words, trie_pattern
from . import register
from .persons import find_persons

_NAME_MAX = 50
_HAN = regex.compile(r"\p{Han}")
_NAME_CHAR = regex.compile(r"[\p{Han}\d\"'·\-—]")
_CLAUSE_END = regex.compile(r"[，。；;,！？]")
_AT_MEETING = regex.compile(r"会议?上")
_NUMBERED = regex.compile(r"[\d届次]")
_SHARED_PART_MAX = 10
_VERB_MEETINGS = ("分析", "调度", "推进", "部署", "动员", "总结", "表彰", "观摩")  # + 会 = a meeting
_DATELINE_CHARS = 300  # the article's dateline (「3月10日，…」) sits in its opening lines  # 「经济工作暨干部集训大会」: a part before 暨 sharing the ending is short


@lru_cache(maxsize=1)
def _suffixes() -> Dict[str, Optional[str]]:
    return {row[0]: (row[1] if len(row) > 1 and row[1] else None) for row in load_table("meeting_suffixes")}


@lru_cache(maxsize=1)
def _suffix_pattern():
    return regex.compile(r"(?:[（(]扩大[)）]会议?|" + trie_pattern(_suffixes()) + ")")


@lru_cache(maxsize=1)
def _words(name: str) -> FrozenSet[str]:
    return frozenset(load_words(name))


@lru_cache(maxsize=1)
def _trigger_pattern():
    return regex.compile(trie_pattern(load_words("meeting_triggers")))


@lru_cache(maxsize=1)
def _formats() -> Dict[str, str]:
    return load_mapping("meeting_formats")


@lru_cache(maxsize=1)
def _format_pattern():
    return regex.compile(trie_pattern(_formats()))


@lru_cache(maxsize=1)
def _stop_words() -> Tuple[str, ...]:
    return tuple(sorted(load_words("meeting_name_stops"), key=len, reverse=True))


_DATE = regex.compile(
    r"(?:(?<!\d)((?:19|20)\d{2})年)?(?<!\d)(\d{1,2})月(\d{1,2})日(上午|下午|晚上|晚间|早上|中午|晚)?"
    r"|(?<![\d月])(\d{1,2})日(上午|下午|晚上|晚间|早上|中午|晚)"
    r"|(昨日|昨天|今日|今天|前日|前天)(上午|下午|晚上|晚间|早上|中午|晚)?"
)
_CN_NUM = r"[\d零〇一二两三四五六七八九十百]{1,5}"
_TERM = regex.compile(r"第?(" + _CN_NUM + r")届")
_SESSION = regex.compile(r"第?(" + _CN_NUM + r")次")
_CONGRESS_BETWEEN = regex.compile(r"(?:党员)?(?:代表大会|党代会)第?")
_BODY_PREFIX = regex.compile(
    r"^(?:中共)?(?:[\p{Han}]{0,6}?)?(?:省|市|县|区|州|旗|盟|镇|乡)(?:[一二三四五六七八九十]{1,3}届)?"
    r"(?:委|政府|人民政府|人大常委会|政协)")
_TERM_IN_BODY = regex.compile(r"[一二三四五六七八九十]{1,3}届")
_LEADING_DATE = regex.compile(r"^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|早上|中午|晚)?")
_VENUE_HALL = regex.compile(r"(\p{Han}{2,8}?)(?:主会场|分会场)")
_NOT_A_PLACE = regex.compile(r"完成|议程|后|声中|气氛|之际|期间|胜利|圆满|顺利")
_VENUE_AT = regex.compile(r"在([\p{Han}（）()]{2,20}?)(?:隆重|胜利)?(?:举行|开幕|召开|举办|闭幕)")
# 「在全县大会上」 is a meeting, 「在县人民会堂」「在县委第一会议室」 are halls
_MEETING_NOT_HALL = regex.compile(r"会(?!堂|议室|议中心|议厅|展中心|馆|所|场)")
_ATTEND = regex.compile(r"出席|参加|主持|讲话|致辞|宣布|强调|指出|就座|参会|与会|作.{0,8}报告|总结|点评|汇报")
_SESSION_ONLY = regex.compile(r"^第?[一二三四五六七八九十百零〇两\d]{1,4}次")
_BARE_NUMBERED_NAME = regex.compile(r"第?[一二三四五六七八九十百零〇两\d]{1,4}次(?:全体)?(?:会议|全会)")
_SUBJECT_BEFORE_VERB = regex.compile(r"(\p{Han}{2,10}?)(?:召开|举行|举办)$")
# the subject opening the clause: 「寿光在2月11日召开…」「延长县举行…」
_CLAUSE_SUBJECT = regex.compile(r"(\p{Han}{2,8}?)(?:在|于|召开|举行|举办|主持召开|同步举行)")


_PARTY_CONGRESS = regex.compile(r"^(?:中国共产党|中共)(\p{Han}{2,12}?)(?=第|[一二三四五六七八九十\d]{1,4}[届次])")
_WHOLE_SCOPE = regex.compile(r"^(?:全省|全市|全县|全区|全州|全旗|全盟)")
_SELF_REFERENCE = regex.compile(r"(?:我|全|本)(?:省|市|县|区|州|旗|盟)")
# a clause that goes on with the same subject: 「寿光在2月11日召开…,并举行…誓师动员大会」
_SAME_SUBJECT = regex.compile(r"^(?:又|并|还|再|同时|随后)?(?:马不停蹄)?(?:举行|召开|举办|启动)了?$")


@lru_cache(maxsize=1)
def _venue_prefix_pattern():
    return regex.compile(r"^[\p{Han}]{1,10}?(?:" + trie_pattern(load_words("meeting_venue_words")) + ")")


@lru_cache(maxsize=1)
def _department_pattern():
    return regex.compile(
        r"^(?:省|市|县|区|州|旗|盟|镇|乡)[\p{Han}]{1,6}?(?:" + trie_pattern(load_words("meeting_organizer_bodies")) + ")"
    )


@lru_cache(maxsize=1)
def _zone_pattern():
    return regex.compile(r"^[\p{Han}]{0,6}?(?:" + trie_pattern(load_words("region_zones")) + ")")


@dataclass
class _Found:
    name: str
    start: int  # offsets into doc.text
    end: int
    sentence: object
    suffix: str
    organizer_hint: Optional[str] = None
    attendees: List[str] = field(default_factory=list)
    venue: Optional[str] = None  # a place split off the start of the name
    shared_term: Optional[int] = None  # 「县政协十届二次会议预备会议暨五次常委会议」: 十届 holds for both
    refers_back: bool = False  # 「此次召开政府常务会」: a meeting named before, said again


# --------------------------------------------------------------------------- names


def _name_start(text: str, end: int) -> int:
    """Where a meeting name ending at ``end`` starts (bracket-aware backward scan)."""
    depth = 0
    pos = end
    limit = max(0, end - _NAME_MAX)
    stops = _stop_words()
    while pos > limit:
        ch = text[pos - 1]
        if ch in "）)”’":
            depth += 1
        elif ch in "（(“‘":
            if depth == 0:
                return pos
            depth -= 1
        elif depth == 0:
            if not _NAME_CHAR.match(ch):
                return pos
            if ch in "》《":
                return pos
            for word in stops:
                if text.endswith(word, 0, pos):
                    return pos
        pos -= 1
    return pos


def _ends_name(text: str, pos: int) -> bool:
    """Does a meeting name end at ``pos``? (punctuation or a follow word after it)"""
    if pos >= len(text):
        return True
    if not _HAN.match(text[pos]):
        return True
    for word in _words("meeting_not_follow"):
        if text.startswith(word, pos):
            return False
    follow = _words("meeting_name_follow")
    for length in (4, 3, 2, 1):
        if text[pos:pos + length] in follow:
            return True
    return False


def _clean(name: str) -> str:
    name = _LEADING_DATE.sub("", name)
    for word in load_words("meeting_demonstratives"):
        if name.startswith(word):
            name = name[len(word):]
    return name


def _refers_back(part: str, words_before: str) -> bool:
    """The name, or the words just before it, open with 此次/本次/今天… (「此次召开政府常务会」):
    a meeting named before is said again."""
    # 本届 names a term (「本届人大常委会第二次会议」 is a meeting of its own), not the meeting reported
    demonstratives = tuple(w for w in load_words("meeting_demonstratives") if w != "本届")
    return _LEADING_DATE.sub("", part).startswith(demonstratives) or any(
        w in words_before for w in demonstratives)


def _is_policy_reference(text: str, end: int) -> bool:
    """「…会议精神」: the meeting is named as the source of a policy, not reported as held."""
    clause_end = _CLAUSE_END.search(text, end)
    clause = text[end:clause_end.start() if clause_end else len(text)]
    for word in _words("meeting_policy_words"):
        idx = clause.find(word)
        # the policy word belongs to the nearest meeting before it
        if idx >= 0 and (not _suffix_pattern().search(clause[:idx]) or clause[:1] in "、和及与"):
            return True
    return False


def _in_book_title(text: str, start: int) -> bool:
    before = text[:start]
    return before.rfind("《") > before.rfind("》")


def _sentence_meetings(sent) -> List[_Found]:
    text = sent.text
    if not _trigger_pattern().search(text) and not _AT_MEETING.search(text):
        return []
    found: List[_Found] = []
    covered = -1
    for match in _BODY_MEETS.finditer(text):
        # 「市委常委会召开会议」「省委常委会在威海召开会议」: the body names the meeting it holds
        name = match.group("body") + match.group("what")
        found.append(_Found(name, sent.start + match.start(), sent.start + match.end(), sent, "会议",
                            match.group("body")))
        covered = match.end()
    for match in _suffix_pattern().finditer(text, overlapped=True):
        end = match.end()
        if end <= covered or not _ends_name(text, end):
            continue
        if text.startswith("暨", end):
            continue  # part of a combined meeting: the last part carries it
        if _is_policy_reference(text, end) or _in_book_title(text, match.start()):
            continue
        start = _name_start(text, match.start())
        full = text[start:end]
        parts = _split_combined(full, match.group())
        offset = start
        first_term = _numbers(parts[0][0])[0] if len(parts) > 1 else None
        for part_index, (part, p_start) in enumerate(parts):
            name = _clean(part)
            if len(name) < 3 or name in _words("meeting_generic"):
                continue
            if any(name.startswith(w) for w in _words("meeting_not_name_starts")):
                continue
            p_start = start + p_start + (len(part) - len(name))
            hint = None
            subject = _SUBJECT_BEFORE_VERB.search(text[max(0, start - 12):start])
            cut = _clause_start(text, start, 0)
            if subject and not _SAME_SUBJECT.match(subject.group()):
                hint = subject.group(1)
            else:
                subject = _CLAUSE_SUBJECT.match(text, cut, start)
                if subject:
                    hint = subject.group(1)
                elif found and found[-1].organizer_hint and _SAME_SUBJECT.match(text[cut:start]):
                    hint = found[-1].organizer_hint  # the clause goes on with the subject before
            if hint and _BARE_NUMBERED_NAME.fullmatch(name) and _TERM.search(hint):
                name = hint + name  # 「县十七届人大常委会举行第五次会议」: the body numbers the meeting
            venue, name, p_start = _split_venue(name, p_start, match.group())
            n_start, n_end = sent.start + p_start, sent.start + p_start + len(name)
            if name in _suffixes() and hint and _BODY_PREFIX.fullmatch(hint):
                # 「区政府召开全体会」: a bare name takes the body that holds it
                name = hint + name
            shared = first_term if part_index and _SESSION_ONLY.match(name) else None
            found.append(_Found(name, n_start, n_end, sent, match.group(), hint, venue=venue,
                                shared_term=shared,
                                refers_back=_refers_back(part, text[max(cut, start - 6):start])))
            covered = end
        del offset
    return found


def _split_venue(name: str, start: int, suffix: str) -> Tuple[Optional[str], str, int]:
    """「彰教工业园区长山米业有限公司项目开工建设现场会」 -> venue 彰教工业园区 and the rest, when
    at least four characters of topic remain before the meeting ending."""
    match = _venue_prefix_pattern().match(name)
    if not match or len(name) - match.end() - len(suffix) < 4:
        return None, name, start
    return match.group(), name[match.end():], start + match.end()


def _split_combined(full: str, suffix: str) -> List[Tuple[str, int]]:
    """「A暨B」 -> [(A, 0), (B, i)]; a part without a meeting ending takes the last part's ending."""
    pieces = []
    depth = 0
    last = 0
    for i, ch in enumerate(full):
        if ch in "（(“":
            depth += 1
        elif ch in "）)”":
            depth = max(0, depth - 1)
        elif ch == "暨" and depth == 0:
            pieces.append((full[last:i], last))
            last = i + 1
    pieces.append((full[last:], last))
    if len(pieces) == 1:
        return pieces
    out = []
    for text, pos in pieces:
        tail = text[-8:]
        if not any(m.end() == len(tail) for m in _suffix_pattern().finditer(tail, overlapped=True)):
            if text.endswith(_VERB_MEETINGS) and (text + "会").endswith(tuple(_suffixes())):
                out.append((text + "会", pos))  # 「…三季度经济形势分析暨…推进会」: 分析 + 会
                continue
            if len(text) > _SHARED_PART_MAX:
                continue  # not a meeting name part: 「…贡献政法力量暨…博览会」 joined headlines
            if text.endswith(("活动", "典礼")):
                out.append((text, pos))  # 「集中开工活动暨…开工仪式」: an event named in full
                continue
            text = text + suffix  # 经济工作暨干部集训大会 -> 经济工作大会
        out.append((text, pos))
    return out


# --------------------------------------------------------------------------- fields


def _numbers(name: str) -> Tuple[Optional[int], Optional[int]]:
    term = session = None
    t = _TERM.search(name)
    if t:
        term = _cn_int(t.group(1))
    s = _SESSION.search(name)
    if s:
        session = _cn_int(s.group(1))
        later = _SESSION.search(name, s.end())
        if term is None and later and _CONGRESS_BETWEEN.match(name, s.end()):
            # 「第十三次代表大会第五次会议」: the Nth congress is the term, its Mth meeting the session
            term, session = session, _cn_int(later.group(1))
    return term, session


def _cn_int(text: str) -> Optional[int]:
    if text.isdigit():
        return int(text)
    try:
        import cn2an

        return int(cn2an.cn2an(text, "smart"))
    except Exception:
        return None


def _date(doc, sent, name_start: int) -> Tuple[Optional[str], Optional[str]]:
    """(ISO date, date as written): the nearest date before the name in its sentence, else
    the last date of the earlier sentences of its paragraph."""
    best = None
    for match in _DATE.finditer(sent.text):
        if sent.start + match.start() >= name_start and best is not None:
            break
        best = match
        if sent.start + match.start() >= name_start:
            break
    if best is None:
        # bounded: a page that is one long block must not make this quadratic
        for k in range(sent.index - 1, max(-1, sent.index - 1 - _DATELINE_LOOKBACK), -1):
            other = doc.sentences[k]
            if other.block != sent.block:
                break
            dates = list(_DATE.finditer(other.text))
            if dates:
                best = dates[-1]
                break
    if best is None:
        best = _dateline(doc, sent)
    if best is None:
        return None, None
    return _iso_date(doc, best)


_BYLINE_MARK = regex.compile(r"^.{0,20}?讯|^[（(]?[^，。]{0,12}记者")
_DATELINE_LOOKBACK = 40  # sentences


def _dateline(doc, sent):
    """The date an article opens with (「1月2日，…」 right after 本报讯…), which dates the
    events it reports when a paragraph names none; a byline starts a new article on a page."""
    opening = None
    for other in reversed(doc.sentences[max(0, sent.index - _DATELINE_LOOKBACK):sent.index]):
        if _BYLINE_MARK.search(other.text):
            break
        if not other.is_heading:
            opening = other
    else:
        if sent.index > _DATELINE_LOOKBACK:
            return None  # too far from the article's start to tell
    if opening is None:
        return None
    match = _DATE.search(opening.text[:12])
    return match if match is not None and match.start() <= 2 else None


def _iso_date(doc, best) -> Tuple[Optional[str], Optional[str]]:
    written = best.group()
    pub = doc.published_date
    if best.group(7):  # 昨日/今天
        if pub is None:
            return None, written
        delta = {"昨日": 1, "昨天": 1, "前日": 2, "前天": 2}.get(best.group(7), 0)
        return (pub - _dt.timedelta(days=delta)).isoformat(), written
    if best.group(2):
        month, day = int(best.group(2)), int(best.group(3))
        year = int(best.group(1)) if best.group(1) else None
        if year is None and doc.published_year is not None:
            year = doc.published_year
            if pub is not None and (month, day) > (pub.month, pub.day) and month - pub.month > 1:
                year -= 1
    else:
        if pub is None:
            return None, written
        day = int(best.group(5))
        month, year = pub.month, pub.year
        if day > pub.day:
            month -= 1
            if month == 0:
                month, year = 12, year - 1
    try:
        if year is None:
            _dt.date(2000, month, day)
            return f"--{month:02d}-{day:02d}", written
        return _dt.date(year, month, day).isoformat(), written
    except ValueError:
        return None, written


def _organizer(doc, found: _Found) -> Optional[str]:
    """The body at the start of the name (市委, 县政府, 县统计局, 中国共产党X县… -> 中共X县委,
    a region, 高新区, 全市 -> the home region), else the subject of 召开/举行."""
    name = found.name
    congress = _PARTY_CONGRESS.match(name)
    if congress and gazetteer().lookup(congress.group(1)):
        return "中共" + congress.group(1) + "委"
    body = _BODY_PREFIX.match(name)
    if body:
        return _TERM_IN_BODY.sub("", body.group())  # 县十七届人大常委会 → 县人大常委会
    department = _department_pattern().match(name)
    if department and len(name) > department.end():
        return department.group()
    whole = _WHOLE_SCOPE.match(name)
    if whole:
        return doc.resolve_region(whole.group())
    _chain_end, place = _place_chain(name)
    if place is not None:  # 「山东省菏泽市巨野县第十九届…」: the last place of the chain
        return doc.resolve_region(place) or place
    zone = _zone_pattern().match(name)
    if zone and len(name) > zone.end():
        return zone.group()
    hint = found.organizer_hint
    if hint:
        body = _BODY_PREFIX.fullmatch(hint) or _department_pattern().fullmatch(hint)
        if body:
            return hint
        if gazetteer().lookup(hint):
            return doc.resolve_region(hint) or hint
        if _SELF_REFERENCE.fullmatch(hint):  # 「我县召开…」
            return doc.resolve_region(hint)
    return None


def _format(sent_text: str, suffix: str) -> Optional[str]:
    match = _format_pattern().search(sent_text)
    if match:
        return _formats()[match.group()]
    return _suffixes().get(suffix)


def _venues(sent_text: str) -> List[str]:
    venues = []
    for match in _VENUE_HALL.finditer(sent_text):
        word = match.group()
        for stop in ("分别在", "在", "和", "与", "及", "、", "设立"):
            idx = word.rfind(stop)
            if idx >= 0:
                word = word[idx + len(stop):]
        if len(word) >= 3 and word not in venues:
            venues.append(word)
    for match in _VENUE_AT.finditer(sent_text):
        place = match.group(1)
        if _NOT_A_PLACE.search(place):
            continue  # 「在圆满完成各项议程后胜利闭幕」「在热烈的掌声中闭幕」: when and how, not where
        if not _MEETING_NOT_HALL.search(place) and place not in venues and place not in _PLACE_DEICTICS:
            venues.append(place)
    return venues


_BODY_MEETS = regex.compile(
    r"(?P<body>(?:[省市县区州旗盟]委|[省市县区州旗盟](?:人民)?政府|(?<![届次])[省市县区州旗盟]人大|[省市县区州旗盟]政协)"
    r"(?:常委会|党组|党委|党工委|管委会))(?:在[^，,。；;]{1,12}?)?(?:召开|举行)了?"
    r"(?P<what>(?:第[一二三四五六七八九十0-9]{1,4}次)?(?:全体|扩大|专题)?会议)(?![室厅中])")
_CITED = regex.compile(r"\s?(?:认真|深入)?(?:传达|学习|贯彻|传达学习|学习贯彻|传达贯彻)")


def _clause_start(text: str, pos: int, floor: int) -> int:
    cut = max(text.rfind(ch, floor, pos) for ch in "，。；;,：:")
    return cut + 1 if cut >= 0 else floor


_PLACE_DEICTICS = frozenset({"这里", "那里", "此", "此地", "此处", "本地", "当地", "该地", "这", "那"})


# --------------------------------------------------------------------------- the filler


@register("meetings")
def fill(doc) -> List[Meeting]:
    found: List[_Found] = []
    for sent in doc.sentences:
        if "会" not in sent.text and "仪式" not in sent.text and "论坛" not in sent.text:
            continue
        found.extend(_sentence_meetings(sent))
    if not found:
        return []
    found = _not_persons(doc, found)
    if not found:
        return []
    attendees, later_venues = _attendees(doc, found)
    meetings: Dict[str, Meeting] = {}
    order: List[str] = []
    for item in found:
        sent = item.sentence
        date, date_text = _date(doc, sent, item.start)
        if _CITED.match(doc.text, _clause_start(doc.text, item.start, sent.start), item.start):
            date, date_text = None, None  # 「传达省十二届人大二次会议、…精神」: held before, elsewhere
        term, session = _numbers(item.name)
        term = term if term is not None else item.shared_term
        kept = meetings.get(item.name)
        if kept is None and item.refers_back and order:
            kept = meetings[order[-1]]  # 「此次召开政府常务会」: the meeting reported before
        if kept is not None:
            if kept.date is None and date is not None:
                kept.date, kept.date_text = date, date_text
            for name in attendees.get(id(item), []):
                if name not in kept.attendees:
                    kept.attendees.append(name)
            if not kept.venues:  # a headline first, the venue in the report: 「…在沁州宾馆隆重召开」
                kept.venues = _item_venues(item, later_venues)
            if kept.organizer is None:
                kept.organizer = _organizer(doc, item)
            continue
        meetings[item.name] = Meeting(
            name=item.name,
            organizer=_organizer(doc, item),
            term=term,
            session=session,
            date=date,
            date_text=date_text,
            format=_format(sent.text, item.suffix),
            venues=_item_venues(item, later_venues),
            attendees=list(attendees.get(id(item), [])),
            evidence=doc.evidence(sent.start, sent.end),
        )
        order.append(item.name)
    order = _merge_spellings(meetings, order)
    # a bare later mention (动员大会, 开工仪式) of a meeting named in full is the same meeting
    result = []
    for name in order:
        longer = [other for other in order if other != name and _same_meeting(other, name)]
        if longer:
            target = meetings[longer[0]]
            for person in meetings[name].attendees:
                if person not in target.attendees:
                    target.attendees.append(person)
            continue
        result.append(meetings[name])
    return result


def _canonical(name: str) -> str:
    """One spelling of a numbered meeting: 「中国共产党静乐县第十三次代表大会第五次会议」 and the
    headline's 「静乐县第十三次党代会第五次会议」 both give 静乐县十三次代表大会五次会议."""
    for short, full in _SPELLINGS:
        name = name.replace(short, full)
    name = regex.sub(r"^(?:中国共产党|中共)", "", name)
    chain_end, place = _place_chain(name)
    if place:  # 「山东巨野县…」「山东省菏泽市巨野县…」: the last place of the chain, by its stem
        regions = gazetteer().lookup(place)
        name = (regions[0].stem if regions else place) + name[chain_end:]
    return name.replace("第", "")


def _place_chain(name: str) -> Tuple[int, Optional[str]]:
    """(end, last place) of the places written one after another at the start of ``name``
    (「山东省菏泽市巨野县第十九届…」 → end of 巨野县, 巨野县); (0, None) when it opens with none."""
    chain_end, place = 0, None
    for start, end, mention in gazetteer().mentions(name[:20]):
        if start != chain_end:
            break
        chain_end, place = end, mention
    return chain_end, place


_SPELLINGS = (("党代会", "代表大会"), ("人代会", "人民代表大会"), ("人大", "人民代表大会"),
              ("政协", "政治协商会议"))


def _merge_spellings(meetings: Dict[str, Meeting], order: List[str]) -> List[str]:
    """Numbered meetings written two ways (headline and report) are one: the longer name stays,
    the fields it lacks come from the other."""
    by_key: Dict[str, str] = {}
    kept: List[str] = []
    for name in order:
        if not _NUMBERED.search(name):
            kept.append(name)
            continue
        key = _canonical(name)
        first = by_key.get(key)
        if first is None:
            by_key[key] = name
            kept.append(name)
            continue
        a, b = meetings[first], meetings[name]
        long_, short_ = (b, a) if len(name) > len(first) else (a, b)
        for field in ("organizer", "term", "session", "date", "date_text", "format"):
            if getattr(long_, field) is None and getattr(short_, field) is not None:
                setattr(long_, field, getattr(short_, field))
        long_.venues = _merge(long_.venues, short_.venues)
        long_.attendees = _merge(long_.attendees, short_.attendees)
        if long_ is b:
            by_key[key] = name
            kept[kept.index(first)] = name
    return kept


def _not_persons(doc, found: List[_Found]) -> List[_Found]:
    """Drop 「meetings」 that are person names (…吴奇凌、王全会、赵飞等出席: 王全会 is a name):
    a name that starts inside a person mention, or with a single character of body or topic
    before its ending (王大会, 李全会; a bare ending such as 座谈会 stays)."""
    kept = [item for item in found if len(item.name) - len(item.suffix) != 1 or not _HAN.match(item.name[0])]
    if len(kept) == len(found) and not any(len(item.name) <= 5 for item in found):
        return kept  # only long names: no person name can hold one
    spans = [(hit.start, hit.end) for hit in find_persons(doc)]
    return [item for item in kept if not any(s <= item.start < e for s, e in spans)]


def _same_meeting(full: str, short: str) -> bool:
    """A later short mention (开工仪式, 开工建设动员大会) of a meeting named in full."""
    if len(short) >= len(full):
        return False
    if full.endswith(short):
        return True
    if _NUMBERED.search(short):
        return False
    common = sum((Counter(full) & Counter(short)).values())
    ending = _suffix_pattern().search(short[-6:])
    return common >= 0.7 * len(short) and bool(ending) and full.endswith(ending.group())


def _item_venues(item: _Found, later_venues: Dict[int, List[str]]) -> List[str]:
    first = [item.venue] if item.venue else []
    return _merge(_merge(first, _venues(item.sentence.text)), later_venues.get(id(item), []))


def _merge(first: List[str], second: List[str]) -> List[str]:
    return first + [v for v in second if v not in first]


def _attendees(doc, found: List[_Found]) -> Tuple[Dict[int, List[str]], Dict[int, List[str]]]:
    """Names said to attend, per found meeting: its sentence and the following ones of its
    paragraph up to the next meeting; and the halls (…主会场, …分会场) those sentences name."""
    hits = [h for h in find_persons(doc) if h.role not in ("reporter", "photographer", "editor")]
    by_sentence: Dict[int, List] = {}
    for hit in hits:
        by_sentence.setdefault(hit.sentence.index, []).append(hit)
    meeting_sentences = sorted({item.sentence.index for item in found})
    out: Dict[int, List[str]] = {}
    halls: Dict[int, List[str]] = {}
    for item in found:
        sent = item.sentence
        k = bisect_right(meeting_sentences, sent.index)
        stop = meeting_sentences[k] if k < len(meeting_sentences) else len(doc.sentences)
        names: List[str] = []
        for index in range(sent.index, stop):
            other = doc.sentences[index]
            if other.block != sent.block and index != sent.index:
                # the attendance sentence may open the next paragraph only right after
                if other.block - sent.block > 1:
                    break
            if not _ATTEND.search(other.text) and index != sent.index:
                continue
            for hit in by_sentence.get(index, []):
                if hit.name not in names:
                    names.append(hit.name)
            if index != sent.index:
                halls[id(item)] = _merge(halls.get(id(item), []),
                                         [v for v in _venues(other.text) if v.endswith("会场")])
        out[id(item)] = names
    return out, halls
