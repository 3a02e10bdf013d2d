"""The article as the slot fillers see it: normalized text cut into sentences, each
with the context that decides its records' fields — the year in scope, whether it
sits in a plan section (targets), and the home region that 「我市」 means.

>>> doc = Document("2024年，我市地区生产总值835.5亿元。\\n2025年工作安排\\n力争增长6%。", published=2025)
>>> [(s.text, s.year, s.in_plan) for s in doc.sentences]
[('2024年，我市地区生产总值835.5亿元。', 2024, False), ('2025年工作安排', 2025, True), ('力争增长6%。', 2025, True)]
"""
from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, Iterator, List, Optional, Tuple, Union

import regex

from .normalize import NormalizedText, normalize
from .records import Evidence
from .regions import gazetteer, infer_home_region, region_stopwords, resolve_scope_name, self_references
from .tables import load_table, trie_pattern

Published = Union[_dt.date, _dt.datetime, str, int, None]

# Sentence ends: 。！？；!?; optionally followed by closing quotes/brackets.
_SENTENCE_END = regex.compile(r"[。！？；!?;…]+[”’」』）)]{0,3}")
# A year that opens a sentence or paragraph: 「2024年，」「2024年以来」「2025年,永康将」.
# A year after 较/比/与/同… is a comparison base (「较2019年同期」), and one opening a title
# (《2015年中国工业发展报告》) names a document: neither is the scope.
_LEADING_YEAR = regex.compile(
    r"(?:^|[，,：:])[^，,。]{0,6}?(?<![\d.较比与同至到从于和按《“＂])((?:19|20)\d{2})\s?年(?!\d{1,2}月\d|以来)"
)
# characters right before a year that make it a comparison base (较2019年, 由去年同期)
BASIS_CHARS = "较比与同至到从于和由"
_ANY_YEAR = regex.compile(r"(?<![\d.])((?:19|20)\d{2})\s?年(?:度)?")
_OPENING_YEAR = regex.compile(r"(?:19|20)\d{2}\s?年(?:度)?[，,]")  # 「2024年,该县将…」
# 「…提出意见。一、2022年工作回顾2022年,是…」: a numbered section heading run into the text
# (a report stored without line breaks) opens a section like a heading line does
_INLINE_SECTION = regex.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])\s*((?:19|20)\d{2})\s?年")
# Clause cuts inside a sentence.
_CLAUSE_END = regex.compile(r"[，,；;：:]")
_HEADING_MAX = 30
_FINAL_PUNCT = "。！？；!?;：:…”’"


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a heading) of the normalized text with its scope."""

    index: int
    start: int  # offset into the normalized text
    end: int
    text: str
    block: int  # index of the block (paragraph, headline, caption) it belongs to
    is_heading: bool  # a short block without final punctuation
    year: Optional[int]  # year in scope: stated here, or inherited from the paragraph/section
    year_stated: bool  # the year is written in this sentence itself
    in_plan: bool  # inside a plan section: statements are targets even without a trigger word
    in_review: bool = False  # inside a review section (「2022年工作回顾」): its plans are past plans

    def clauses(self) -> Iterator[Tuple[int, int]]:
        """(start, end) offsets in the normalized text of the comma-separated clauses."""
        pos = 0
        for match in _CLAUSE_END.finditer(self.text):
            if match.start() > pos:
                yield self.start + pos, self.start + match.start()
            pos = match.end()
        if pos < len(self.text):
            yield self.start + pos, self.end


def parse_published(published: Published) -> Tuple[Optional[_dt.date], Optional[int]]:
    """(date or None, year or None) from a date, an ISO string, a bare year or None.

    >>> parse_published("2025-02-12")
    (datetime.date(2025, 2, 12), 2025)
    >>> parse_published(2025)
    (None, 2025)
    """
    if published is None:
        return None, None
    if isinstance(published, _dt.datetime):
        return published.date(), published.year
    if isinstance(published, _dt.date):
        return published, published.year
    if isinstance(published, bool):
        raise TypeError("published must be a date, an ISO date string or a year, not bool")
    if isinstance(published, int):
        if not 1000 <= published <= 9999:
            raise ValueError(f"published year {published} is not a four-digit year")
        return None, published
    if isinstance(published, str):
        text = published.strip()
        match = regex.fullmatch(r"(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?", text)
        if not match:
            raise ValueError(f"published={published!r} is not an ISO date (2025-02-12) or a year (2025)")
        year = int(match.group(1))
        if match.group(2) and match.group(3):
            try:
                return _dt.date(year, int(match.group(2)), int(match.group(3))), year
            except ValueError as exc:
                raise ValueError(f"published={published!r} is not a valid date: {exc}") from None
        return None, year
    raise TypeError(f"published must be a date, an ISO date string or a year, got {type(published).__name__}")


@lru_cache(maxsize=1)
def _relative_years() -> Dict[str, int]:
    return {row[0]: int(row[1]) for row in load_table("relative_years")}


@lru_cache(maxsize=1)
def _relative_year_pattern():
    return regex.compile(trie_pattern(_relative_years()))


@lru_cache(maxsize=1)
def _plan_markers() -> Tuple[Tuple[str, str, str], ...]:
    return tuple((row[0], row[1], row[2] if len(row) > 2 else "any") for row in load_table("plan_markers"))


def _plan_marker(text: str, is_heading: bool) -> Optional[str]:
    """'plan' or 'review' when the text opens such a section, else None."""
    for word, kind, where in _plan_markers():
        if where == "heading" and not is_heading:
            continue
        if word in text:
            return kind
    return None


_OPENING_TIME = regex.compile(r"(?:(?:19|20)\d{2}\s?年(?:度)?|今年|去年|上半年|前三季度|一季度)[，,]?")


_TOPIC_LEAD = regex.compile(
    r"\s?(?:[一二三四五六七八九十]{1,2}[、是]\s?)?(?:(?:从|就)?(?P<topic>[\p{Han}A-Za-z]{2,14}?)(?:来看|看|方面|而言|来说)"
    r"|再看(?P<again>[\p{Han}A-Za-z]{2,14}))[，,：:]")


_RATE_END = ("增速", "增幅", "增长", "速度")


@lru_cache(maxsize=1)
def _indicator_heads() -> Tuple[str, ...]:
    return tuple(row[0] for row in load_table("metric_heads")) + _RATE_END


def _indicator_like(topic: str) -> bool:
    """「GDP增速」「规模以上工业增加值」 name an indicator; 「整体分布」「总体」 do not."""
    return topic.endswith(_indicator_heads())


def _place_inside(text: str, home: str) -> Optional[str]:
    """The place name ``text`` opens with, if it is a region inside ``home``."""
    gaz = gazetteer()
    place = gaz.longest_at(text)
    if place is None or place in region_stopwords() or place in self_references():
        return None
    homes = [h for h in gaz.lookup(home) if h.level != "county"]
    for region in gaz.lookup(place):
        if region.name == home or region.adcode in {h.adcode for h in homes}:
            return None
        if any(region.city_adcode == h.adcode or region.province_adcode == h.adcode for h in homes):
            return place
    return None


class Document:
    """An article ready for the slot fillers.

    ``doc.norm`` is the :class:`~gov_extract.normalize.NormalizedText`; ``doc.sentences``
    the sentences with their scope; ``doc.region`` the home region (given or inferred);
    ``doc.evidence(start, end)`` turns a span of the normalized text into an
    :class:`~gov_extract.records.Evidence` with offsets into the original string.
    """

    def __init__(self, text: str, *, published: Published = None, region: Optional[str] = None):
        self.original = text
        self.published_date, self.published_year = parse_published(published)
        self.norm: NormalizedText = normalize(text)
        self.text = self.norm.text
        self.region = region if region else infer_home_region(self.text)
        self.region_given = bool(region)
        self.sentences: List[Sentence] = list(self._scoped_sentences())
        self._paragraph_places: Dict[int, Optional[str]] = {}
        self._topics: Optional[List[Optional[str]]] = None
        self._block_first: Optional[Dict[int, "Sentence"]] = None
        self._sentence_starts: Optional[List[int]] = None

    # -- offsets ---------------------------------------------------------------------
    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for the normalized span [start, end): original offsets, normalized text."""
        o_start, o_end = self.norm.to_original(start, end)
        return Evidence(start=o_start, end=o_end, text=self.text[start:end])

    # -- regions ---------------------------------------------------------------------
    def resolve_region(self, word: Optional[str]) -> Optional[str]:
        """「我市」 → the home region; 「金华」 → 金华市; 「全省」 → the home province."""
        if not word:
            return self.region
        return resolve_scope_name(word, self.region)

    def sentence_at(self, pos: int) -> "Sentence":
        """The sentence that holds position ``pos`` of the normalized text."""
        if self._sentence_starts is None:
            self._sentence_starts = [s.start for s in self.sentences]
        return self.sentences[max(0, bisect_right(self._sentence_starts, pos) - 1)]

    def paragraph_place(self, block: int) -> Optional[str]:
        """The place a paragraph opens with as its subject, when it lies inside the home region
        (「民勤县积极融入…。2022年,生产总值达到107.85亿元…」 in a paper of 武威市): the figures and
        ranks of the paragraph that name no place are that place's. None otherwise — a province
        or an outlet opening a page (「湖北日报客户端讯…」) is no paragraph subject."""
        if block in self._paragraph_places:
            return self._paragraph_places[block]
        place = None
        if self._block_first is None:
            self._block_first = {}
            for s in self.sentences:
                self._block_first.setdefault(s.block, s)
        first = self._block_first.get(block)
        if self.region and first is not None and not first.is_heading:
            opening = _OPENING_TIME.match(first.text)
            place = _place_inside(first.text[opening.end() if opening else 0:], self.region)
        self._paragraph_places[block] = place
        return place

    def section_topic(self, sent: "Sentence") -> Optional[str]:
        """The indicator a lead in the paragraph named, at or before ``sent`` (「从GDP增速看,」
        「规模以上工业增加值方面,」「再看固定资产投资,」): the topic of figures that name none."""
        if self._topics is None:
            self._topics = []
            topic, block = None, None
            for other in self.sentences:
                if other.block != block:
                    topic, block = None, other.block
                lead = _TOPIC_LEAD.match(other.text)
                if lead:  # a new lead ends the topic before it, also one that names no indicator
                    named = lead.group("topic") or lead.group("again")
                    topic = named if _indicator_like(named) else None
                self._topics.append(topic)
        return self._topics[sent.index]

    # -- years -----------------------------------------------------------------------
    def relative_year(self, word: str) -> Optional[int]:
        """「去年」 → published year - 1, when the publication year is known."""
        offset = _relative_years().get(word)
        if offset is None or self.published_year is None:
            return None
        return self.published_year + offset

    def stated_year(self, text: str) -> Optional[int]:
        """The year a sentence opens with: 「2024年，」 → 2024; 「去年以来」 → published - 1."""
        match = _LEADING_YEAR.search(text[:40])
        if match:
            return int(match.group(1))
        head = text[:12]
        for rel in _relative_year_pattern().finditer(head):
            if rel.start() > 0 and head[rel.start() - 1] in BASIS_CHARS and text.startswith("同期", rel.end()):
                continue  # 「…比由去年同期的7.2:39.5:53.3变化为…」: the same period a year ago is a base
            return self.relative_year(rel.group())
        return None

    def _scoped_sentences(self) -> Iterator[Sentence]:
        text = self.text
        index = 0
        section_year: Optional[int] = None  # set by headings and paragraph-opening years
        section_plan = False  # set by plan/review headings, lasts until the next one
        section_review = False
        block_start = 0
        for block_index, block in enumerate(text.split("\n")):
            block_end = block_start + len(block)
            if not block.strip():
                block_start = block_end + 1
                continue
            is_heading = len(block) <= _HEADING_MAX and block.rstrip()[-1:] not in _FINAL_PUNCT
            paragraph_year: Optional[int] = None
            paragraph_plan = False  # 「2025年，永康将…」: intent for a later year, this paragraph only
            first_in_block = True
            for start, end in _split_sentences(block):
                sent_text = block[start:end]
                g_start, g_end = block_start + start, block_start + end
                inline_section = None if is_heading or first_in_block else _INLINE_SECTION.match(sent_text)
                marker = _plan_marker(sent_text[:24] if inline_section else sent_text, is_heading or bool(inline_section)) \
                    if (is_heading or first_in_block or inline_section) else None
                stated = self.stated_year(sent_text)
                if marker == "plan":
                    section_plan, section_review = True, False
                elif marker == "review":
                    section_plan, section_review = False, True
                if stated is not None and self.published_year is not None and first_in_block and not is_heading:
                    if stated >= self.published_year and _states_intent(sent_text):
                        paragraph_plan = True
                if is_heading:
                    heading_year = _ANY_YEAR.search(sent_text)
                    if heading_year:
                        section_year = int(heading_year.group(1))
                    elif marker == "review" and self.published_year:
                        # a review in an annual report (published early in the year) looks back
                        # on the year before; a mid-year news review is about the current year
                        early = self.published_date is None or self.published_date.month <= 3
                        section_year = self.published_year - 1 if early else self.published_year
                    elif marker == "plan" and self.published_year:
                        # a plan section without a year plans the year of publication
                        section_year = self.published_year
                elif inline_section is not None:
                    paragraph_year = section_year = int(inline_section.group(1))
                    paragraph_plan = False
                elif stated is not None:
                    if first_in_block:
                        paragraph_year = stated
                        section_year = stated
                    elif _OPENING_YEAR.match(sent_text):
                        # 「2023年,…获评…。2024年,该县将…。力争实现…」: a sentence opening with its
                        # year sets the scope (and the plan context) for the sentences after it
                        paragraph_year = stated
                        if self.published_year is not None:
                            paragraph_plan = stated >= self.published_year and _states_intent(sent_text)
                    else:
                        paragraph_year = paragraph_year if paragraph_year is not None else stated
                year = stated if stated is not None else (
                    paragraph_year if paragraph_year is not None else (
                        section_year if section_year is not None else self.published_year))
                yield Sentence(
                    index=index,
                    start=g_start,
                    end=g_end,
                    text=sent_text,
                    block=block_index,
                    is_heading=is_heading,
                    year=year,
                    year_stated=stated is not None,
                    in_plan=section_plan or paragraph_plan,
                    in_review=section_review and not paragraph_plan,
                )
                index += 1
                first_in_block = False
            block_start = block_end + 1


# Words of intent that make a paragraph about this year or a later one a plan. 要 inside
# 重要/主要/需要 and 计划 in 计划投资 (a reported figure) are not intent.
_INTENT = regex.compile(
    r"将(?![近军])|(?<![重主需必纪摘只提])要(?![求素点闻])|力争|确保|(?<!年度)计划(?!总?投资)|目标(?!管理|责任|考核)|争取"
)


def _states_intent(sentence: str) -> bool:
    return bool(_INTENT.search(sentence[:40]))


def _split_sentences(block: str) -> Iterator[Tuple[int, int]]:
    """(start, end) of each sentence in a block, punctuation included, spaces trimmed."""
    pos = 0
    for match in _SENTENCE_END.finditer(block):
        end = match.end()
        if end > pos:
            yield from _trimmed(block, pos, end)
        pos = end
    if pos < len(block):
        yield from _trimmed(block, pos, len(block))


# A "sentence" longer than this (a table flattened into one line, a run of numbers) is cut
# at its last comma before the limit, or hard at the limit, so no slot filler ever sees an
# unbounded sentence: per-sentence work stays bounded whatever the input.
MAX_SENTENCE = 2000


def _trimmed(block: str, start: int, end: int) -> Iterator[Tuple[int, int]]:
    while start < end and block[start].isspace():
        start += 1
    while end > start and block[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(block.rfind("，", start + MAX_SENTENCE // 2, limit), block.rfind(",", start + MAX_SENTENCE // 2, limit))
        cut = cut + 1 if cut >= 0 else limit
        yield start, cut
        start = cut
        while start < end and block[start].isspace():
            start += 1
    if end > start:
        yield start, end
