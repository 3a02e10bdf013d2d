"""Region resolution: the gazetteer, mentions of places, and the article's home region.

The gazetteer (``data/regions.tsv``) holds China's provinces, prefecture-level
cities and counties with their short names (永康市 → 永康; 大理白族自治州 → 大理州, 大理).
Self-references (「我市」「全县」「本区」) are data too (``data/self_references.tsv``).

>>> infer_home_region("2024年，永康全市上下……我市地区生产总值增长6.3%，永康位列第一。")
'永康市'
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, Iterable, List, Optional, Tuple

import regex

from .tables import load_table, trie_pattern


@dataclass(frozen=True)
class Region:
    adcode: str
    level: str  # province / city / county
    name: str  # full official name
    short_names: Tuple[str, ...]
    city_adcode: str
    province_adcode: str

    @property
    def stem(self) -> str:
        """The name without its administrative suffix: 永康市 → 永康, 大理白族自治州 → 大理."""
        return min((self.name,) + self.short_names, key=len)


@dataclass(frozen=True)
class Gazetteer:
    regions: Tuple[Region, ...]
    by_name: Dict[str, Tuple[Region, ...]]
    by_adcode: Dict[str, Region]
    lengths_by_first_char: Dict[str, Tuple[int, ...]]  # name lengths to try, longest first
    # words with a place name inside (长治久安, 价值连城): data/region_not_names.txt
    not_names: frozenset = frozenset()
    not_name_lengths: Dict[str, Tuple[int, ...]] = field(default_factory=dict)

    def lookup(self, name: str) -> Tuple[Region, ...]:
        return self.by_name.get(name, ())

    def longest_at(self, text: str, pos: int = 0) -> Optional[str]:
        """The longest place name starting at ``text[pos]``, or None."""
        room = len(text) - pos
        for length in self.lengths_by_first_char.get(text[pos:pos + 1], ()):
            if length <= room and text[pos:pos + length] in self.by_name:
                return text[pos:pos + length]
        return None

    def mentions(self, text: str) -> Iterable[Tuple[int, int, str]]:
        """Places named in ``text`` as (start, end, name as written), longest match first.

        A dictionary walk, not a regex: with thousands of names a regex alternation
        costs ~15x more per character.
        """
        names = self.by_name
        first = self.lengths_by_first_char
        i, size = 0, len(text)
        skip_lengths = self.not_name_lengths
        not_names = self.not_names
        while i < size:
            ch = text[i]
            if ch in skip_lengths:
                skip = 0
                for n in skip_lengths[ch]:
                    if text[i:i + n] in not_names:
                        skip = n
                        break
                if skip:
                    i += skip
                    continue
            lengths = first.get(ch)
            if lengths:
                for length in lengths:
                    if length <= size - i and text[i:i + length] in names:
                        if length == 2 and text[i + 1] in "县区市旗" and (
                                (i > 0 and not _may_precede_short_name(text[i - 1]))
                                or text[i + 2:i + 3] == "长"):  # 代县长 is an acting 县长
                            # 示范县 is not 范县, 现代县域 not 代县: a two-character county
                            # name glued to a word before it is part of that word
                            continue
                        yield i, i + length, text[i:i + length]
                        i += length - 1
                        break
            i += 1

    def province_of(self, region: Region) -> Optional[Region]:
        return self.by_adcode.get(region.province_adcode)

    def city_of(self, region: Region) -> Optional[Region]:
        return self.by_adcode.get(region.city_adcode)


# Characters that may stand right before a two-character place name such as 房县 or 沛县.
_BEFORE_SHORT_NAME = frozenset("在于和与及、，,。；;：:（(“\"《 \n到至赴从向对是为省市州区县盟旗的党共"
                               # a province's one-character name: 「川高县」 is 四川 + 高县
                               "川渝黔滇湘鄂豫皖赣闽粤桂琼冀晋辽苏浙鲁陕甘蒙藏沪京津")


def _may_precede_short_name(ch: str) -> bool:
    return ch in _BEFORE_SHORT_NAME or not ("\u3400" <= ch <= "\u9fff")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    regions = []
    by_name: Dict[str, List[Region]] = {}
    aliases: Dict[str, List[str]] = {}
    for row in load_table("region_aliases"):
        if len(row) > 1 and row[0] != row[1]:
            aliases.setdefault(row[1], []).append(row[0])
    for row in load_table("regions"):
        adcode, level, name = row[0], row[1], row[2]
        shorts = tuple(s for s in (row[3].split(",") if len(row) > 3 and row[3] else ()) if s)
        shorts += tuple(a for a in aliases.get(name, ()) if a not in shorts)
        region = Region(adcode, level, name, shorts, row[4] if len(row) > 4 else adcode,
                        row[5] if len(row) > 5 else adcode)
        regions.append(region)
        for key in (name,) + shorts:
            by_name.setdefault(key, []).append(region)
    frozen = {k: tuple(v) for k, v in by_name.items()}
    lengths: Dict[str, set] = {}
    for name in frozen:
        lengths.setdefault(name[0], set()).add(len(name))
    not_names = frozenset(row[0] for row in load_table("region_not_names"))
    not_name_lengths: Dict[str, set] = {}
    for word in not_names:
        not_name_lengths.setdefault(word[0], set()).add(len(word))
    return Gazetteer(
        not_names=not_names,
        not_name_lengths={ch: tuple(sorted(ls, reverse=True)) for ch, ls in not_name_lengths.items()},
        regions=tuple(regions),
        by_name=frozen,
        by_adcode={r.adcode: r for r in regions},
        lengths_by_first_char={ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()},
    )


@lru_cache(maxsize=1)
def self_references() -> Dict[str, str]:
    """{「我市」: "市", 「全县」: "县", …}: words meaning "our own region", with the suffix they imply."""
    return {row[0]: row[1] for row in load_table("self_references")}


@lru_cache(maxsize=1)
def _self_reference_pattern() -> "regex.Pattern[str]":
    return regex.compile(trie_pattern(self_references()))


def _suffix_of(name: str) -> str:
    for suffix in ("自治州", "自治区", "自治县", "自治旗", "地区", "特别行政区"):
        if name.endswith(suffix):
            return {"自治州": "州", "自治区": "区", "自治县": "县", "自治旗": "旗", "地区": "区",
                    "特别行政区": "区"}[suffix]
    return name[-1:]


def written_form(region: Region, suffix: str, text: str) -> str:
    """The name the article itself would use for ``region`` when it says 「我<suffix>」.

    大理白族自治州 with 「全州」 and 「大理州」 in the text → 大理州; 永康市 → 永康市.
    """
    if suffix and _suffix_of(region.name) == suffix:
        for short in region.short_names:
            if short.endswith(suffix) and short in text and region.name not in text:
                return short
    return region.name


def infer_home_region(text: str, *, limit: int = 50_000) -> Optional[str]:
    """The region that 「我市」「全县」… refer to, or None when the article gives no clue.

    Every place named in the article is a candidate, scored by how often it is named;
    places of the kind the article calls its own (「我市」 → a 市, 「全县」 → a 县) score
    up to four times more, in proportion to how often each kind is said. Ties go to the county over its city over its province, since
    a county paper names its prefecture and province too. Short names that are everyday
    words (``data/region_stopwords.txt``) are no evidence. Only the first ``limit``
    characters are read: the home region shows early.
    """
    text = text[:limit]
    kind_votes: Counter = Counter()
    own_kinds: Counter = Counter()  # 「我市」「本县」 only: the paper's own place, never quoted speech
    for match in _self_reference_pattern().finditer(text):
        # 「我市」「本市」 name the paper's own place; 「全市」 also appears in quoted higher-level speech
        kind = self_references()[match.group()]
        kind_votes[kind] += 1 if match.group().startswith("全") else 3
        if not match.group().startswith("全"):
            own_kinds[kind] += 1
    total_votes = sum(kind_votes.values())
    gaz = gazetteer()
    stopwords = region_stopwords()
    counts: Counter = Counter()
    first_seen: Dict[str, int] = {}
    unambiguous: set = set()  # regions named at least once by a name no other region has
    mentions = list(gaz.mentions(text))
    # Development zones named after a place (苏州高新区, 常山开发区) are regions of their own;
    # such a mention is no evidence for the county of that name.
    zone_counts: Counter = Counter()
    zone_mentions = set()
    for index, (start, end, name) in enumerate(mentions):
        for head in _zone_heads():
            if text.startswith(head, end):
                zone_counts[name + head] += 1
                zone_mentions.add(index)
                break
    located = _located_parents(mentions, gaz)
    headline_start, headline_end = _headline_span(text)
    visitors = _visiting_places(text, mentions, gaz)
    for index, (start, end, name) in enumerate(mentions):
        if name in stopwords or index in zone_mentions:
            continue
        regions = gaz.lookup(name)
        if visitors and any(region.adcode in visitors for region in regions):
            continue  # 「东阳党政代表团来我市考察」: the guests' city is not the paper's
        if _named_after_place(text, start, end, name, regions):
            continue
        if index in located:
            # 「山东省菏泽市巨野县」: the province and city only locate the county after them
            regions = located[index]
        for region in regions:
            # a place in the headline is what the article is about: it counts twice
            counts[region.adcode] += 2 if headline_start <= start < headline_end else 1
            first_seen.setdefault(region.adcode, start)
        if len(regions) == 1:
            unambiguous.add(regions[0].adcode)
    # A prefecture whose counties are named one after another (吉首市、泸溪县、凤凰县…)
    # is what the article is about even when it never names itself.
    children: Dict[str, set] = {}
    for adcode in counts:
        region = gaz.by_adcode[adcode]
        if region.level == "county" and adcode in unambiguous:
            children.setdefault(region.city_adcode, set()).add(adcode)
    for city_code, kids in children.items():
        if len(kids) >= 2 and city_code in gaz.by_adcode:
            counts[city_code] += len(kids)
            first_seen.setdefault(city_code, min(first_seen[k] for k in kids))
    if not counts and not zone_counts:
        return None

    kinds_cache: Dict[str, List[str]] = {}

    def kinds(adcode: str) -> List[str]:
        """The region's own suffix, and any other one the text writes after its stem: a county
        that became a city (玉环县 → 「玉环市2019年…统计公报」) is written with its new one."""
        cached = kinds_cache.get(adcode)
        if cached is not None:
            return cached
        region = gaz.by_adcode[adcode]
        out = [_suffix_of(region.name)]
        for suffix in ("市", "县", "区"):
            if suffix not in out and region.stem + suffix in text and not gaz.lookup(region.stem + suffix):
                out.append(suffix)
        kinds_cache[adcode] = out
        return out

    def weight(adcode: str) -> float:
        if not total_votes:
            return float(counts[adcode])
        share = max(kind_votes[kind] for kind in kinds(adcode)) / total_votes
        return counts[adcode] * (0.25 + 0.75 * share)

    def rank(adcode: str):
        level_rank = {"county": 0, "city": 1, "province": 2}.get(gaz.by_adcode[adcode].level, 3)
        return (-weight(adcode), adcode not in unambiguous, level_rank, first_seen[adcode])

    best_code = min(counts, key=rank) if counts else None
    if best_code is not None and gaz.by_adcode[best_code].level == "province":
        # a county paper names its province (重庆, 全市 of 重庆市) but is about the county it
        # names at least as often: 「忠县坚持…」 ×4 against 「重庆」 ×3
        inside = [c for c in counts if gaz.by_adcode[c].level == "county"
                  and gaz.by_adcode[c].province_adcode == best_code and c in unambiguous
                  and counts[c] >= max(2, counts[best_code])]
        if not inside and own_kinds["省"] and (own_kinds["市"] or own_kinds["县"]):
            # 「我省…考核办法」 and 「我市划为二类县市」: the paper is the city's, in its province
            inside = [c for c in counts if gaz.by_adcode[c].level in ("county", "city")
                      and gaz.by_adcode[c].province_adcode == best_code and c in unambiguous
                      and _suffix_of(gaz.by_adcode[c].name) in own_kinds]
        if inside:
            best_code = max(inside, key=lambda c: (counts[c], -first_seen[c]))
    if zone_counts:
        zone, zone_count = zone_counts.most_common(1)[0]
        zone_weight = zone_count * (0.25 + 0.75 * kind_votes["区"] / total_votes if total_votes else 1.0)
        if best_code is None or zone_weight > weight(best_code):
            return zone if zone_count >= 2 else None
    if best_code is None or counts[best_code] < (1 if total_votes else 2):
        return None
    best = gaz.by_adcode[best_code]
    if total_votes:
        suffix = max(kinds(best_code), key=lambda kind: kind_votes[kind])
    else:  # no 「我市」: the suffix the text writes (平果县 → 「平果市再上榜单」)
        written = kinds(best_code)
        suffix = written[-1] if len(written) > 1 and best.name not in text else _suffix_of(best.name)
    in_headline = headline_start <= first_seen[best_code] < headline_end
    if total_votes >= 2 and not kind_votes[suffix] and not in_headline:
        # the article speaks of 「我县」 but names no county: the city it names is not home,
        # and no region is better than a wrong one in a panel (one 「全市」, a higher level
        # quoted, is no claim). A headline naming the place (「2025年湟源县政府工作报告」) is one.
        return None
    if (best.level == "province" and own_kinds and not in_headline
            and not any(own_kinds[kind] for kind in kinds(best_code))):
        # 「我县」 but only the province is named (「…省委、省政府授予我县…」): the province is not home
        return None
    if (best.level == "province" and not in_headline and not own_kinds["省"]
            and (kind_votes["县"] or kind_votes["旗"])):
        # a county bulletin that says only 「全县」 and names its province (「视察江西」「全省首个」):
        # the figures are the county's, not the province's
        return None
    if suffix != _suffix_of(best.name):
        return best.stem + suffix
    return written_form(best, suffix, text)


# 「东阳市委书记…率党政代表团一行来我市考察」: a delegation that comes to 我市 is from elsewhere
_VISIT_TO_US = regex.compile(r"(?:代表团|考察团|调研组|客人)(?:一行)?(?:\d{1,3}人)?(?:来|到|莅临|赴)(?:我|本)[市县区旗州]")
_VISIT_LOOKBACK = 80
_SENTENCE_END = regex.compile(r"[。！？\n]")


def _visiting_places(text: str, mentions, gaz: Gazetteer) -> frozenset:
    """Adcodes of the places whose delegations visit 我市/我县: the first place named in the
    clause before 「…代表团来我市」 (in the headline 「东阳党政代表团来我市考察」 or the lead)."""
    out = set()
    for visit in _VISIT_TO_US.finditer(text):
        floor = max(0, visit.start() - _VISIT_LOOKBACK)
        sentence_end = None
        for sentence_end in _SENTENCE_END.finditer(text, floor, visit.start()):
            pass
        if sentence_end is not None:
            floor = sentence_end.end()
        before = [m for m in mentions if floor <= m[0] < visit.start()]
        if before:
            out.update(region.adcode for region in gaz.lookup(before[0][2]))
    return frozenset(out)


_HEADLINE_MAX = 60
_NAVIGATION = regex.compile(r"[>＞»|｜]|^\s*(?:来源|发布时间|时间|作者|编辑)[:：]|^\s*[\d\-: ]+$")


def _headline_span(text: str) -> Tuple[int, int]:
    """(start, end) of the headline: the first short line that is not a breadcrumb
    (「香港商报官网 > 四川 > 经济动态」), a source line or a date; (0, 0) when none."""
    pos = 0
    for _ in range(4):
        end = text.find("\n", pos)
        if end < 0:
            return 0, 0
        line = text[pos:end]
        if line.strip():
            if _NAVIGATION.search(line):
                pos = end + 1
                continue
            short = end - pos <= _HEADLINE_MAX and not line.rstrip().endswith(("。", "！", "？"))
            return (pos, end) if short else (0, 0)  # a sentence is no headline
        pos = end + 1
    return 0, 0


_TOWN_AFTER = ("镇", "乡", "街道", "村", "社区")
_OUTLET_AFTER = ("商报", "日报", "晚报", "新闻网", "电视台", "广播电视台", "卫视", "网讯")
_THING_AFTER = ("大道", "大街", "大桥", "路", "街", "隧道")
_TITLE_BEFORE = ("区长", "县长", "市长", "旗长", "州长", "书记", "主任", "主席", "委员", "常委", "部长")


def _named_after_place(text: str, start: int, end: int, name: str, regions: Tuple[Region, ...]) -> bool:
    """A place name (``regions``: what it names) that is part of another name: a road (新河大道 is
    no evidence of 新河县), a person after a title (「常务副区长金山中」 is no evidence of 金山区) or
    a provincial outlet."""
    if text.startswith(_OUTLET_AFTER, end) and regions and all(r.level == "province" for r in regions):
        return True  # 「【香港商报讯】」「四川日报」: a provincial paper reporting on a county
    if any(r.name == name for r in regions):
        return False  # written with its suffix: 永康市大道 still names 永康市
    # 「常务副区长金山中」, and with the surname between: 「县长王永昌」
    return (text.startswith(_THING_AFTER, end) or text.endswith(_TITLE_BEFORE, 0, start)
            or text.startswith(_TOWN_AFTER, end)  # 「清河镇」 is a town, not 清河县
            or text.endswith(_TITLE_BEFORE, 0, max(0, start - 1)))


def _located_parents(mentions, gaz: Gazetteer) -> Dict[int, Tuple[Region, ...]]:
    """Mentions of a province or city written right before one of its own counties or cities
    (「山东省菏泽市巨野县」「山东巨野县」): index → the child region(s) they locate."""
    out: Dict[int, Tuple[Region, ...]] = {}
    for index in range(len(mentions) - 1, -1, -1):
        start, end, name = mentions[index]
        if index + 1 >= len(mentions) or mentions[index + 1][0] != end:
            continue
        next_index = index + 1
        children = out.get(next_index) or gaz.lookup(mentions[next_index][2])
        located = located_children(name, children)
        if located:
            out[index] = located
    return out


def located_children(outer: str, children: Iterable[Region]) -> Tuple[Region, ...]:
    """The regions among ``children`` that lie inside a province or city named ``outer``
    (山东 + 巨野县 → 巨野县; 内蒙古 + 准格尔旗 → 准格尔旗)."""
    parents = {r.adcode for r in gazetteer().lookup(outer)}
    return tuple(c for c in children
                 if c.adcode not in parents and (c.city_adcode in parents or c.province_adcode in parents))


@lru_cache(maxsize=1)
def _zone_heads() -> Tuple[str, ...]:
    return tuple(sorted((row[0] for row in load_table("region_zones")), key=len, reverse=True))


@lru_cache(maxsize=1)
def region_stopwords() -> frozenset:
    """Short place names that are everyday words (富裕, 振兴 …): no evidence of a place alone.

    Two tables: ``region_stopwords.txt`` is kept by hand, ``region_common_words.tsv`` is
    counted from annotated news by ``scripts/build_region_common_words.py`` (延长, 合作, 大关 …)."""
    return frozenset(row[0] for name in ("region_stopwords", "region_common_words")
                     for row in load_table(name))


def resolve_scope_name(word: str, home: Optional[str]) -> Optional[str]:
    """A region word in a clause (「金华」「全省」「我市」) → region name, relative to ``home``."""
    refs = self_references()
    if word in refs:
        suffix = refs[word]
        if home is None:
            return None
        if home.endswith(suffix) or suffix in ("市", "县", "区", "旗", "州", "盟") and _suffix_of(home) == suffix:
            return home
        gaz = gazetteer()
        for region in gaz.lookup(home):
            for parent in (gaz.city_of(region), gaz.province_of(region)):
                if parent is not None and parent is not region and _suffix_of(parent.name) == suffix:
                    return parent.name
        return home
    regions = gazetteer().lookup(word)
    if not regions and len(word) >= 3 and word[-1] in "市县区" and gazetteer().lookup(word[:-1]):
        return word  # 「长垣市」: a county that became a city, written with its new suffix
    if not regions:
        return None
    if len(regions) > 1 and home:
        # prefer the candidate in the home region's province: 兴安 in 内蒙古 is 兴安盟
        home_regions = gazetteer().lookup(home)
        provinces = {r.province_adcode for r in home_regions}
        for region in regions:
            if region.province_adcode in provinces:
                return region.name if word not in region.short_names or not word.endswith(_suffix_of(region.name)) else word
    region = regions[0]
    return word if word.endswith(_suffix_of(region.name)) and len(word) >= 3 else region.name
