"""Reliability of ``gov_extract.extract`` under bad input (issue 6).

Property tests (hypothesis) over arbitrary Unicode, mixed CJK/ASCII, number chains with
万/亿, unbalanced brackets and quotes, control characters and splices of the real seed
articles, plus deterministic big/odd inputs. For every input ``extract`` must:

* not raise, and return an :class:`~gov_extract.Extraction` whose ``text`` is the input;
* give every record an evidence span inside the input: ``0 <= start < end <= len(text)``
  and ``text[start:end] != ""``;
* survive a JSON round trip (``model_dump_json`` -> ``model_validate_json``), which also
  requires every quantity value to be a finite float.

The strategies (``ANY_INPUT`` and its parts) are also used by the long fuzz runner
``fuzz/fuzz_extract.py``. Whole file: well under 60 s (``pytest tests/test_fuzz.py``).
Set ``GOV_EXTRACT_FUZZ_EXAMPLES`` to run more examples per property.
"""
from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import List

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import gov_extract
from gov_extract import Extraction, extract

# --------------------------------------------------------------------------- inputs

_SEED_DIRS = [
    Path(os.environ.get("GOV_EXTRACT_SEEDS", "/work/shared/seeds")),
    Path(__file__).resolve().parent.parent / "src" / "gov_extract" / "fixtures",
]


def _load_seeds() -> List[str]:
    for directory in _SEED_DIRS:
        if directory.is_dir():
            texts = [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]
            if texts:
                return texts
    return []


SEEDS: List[str] = _load_seeds()

# Hand-picked fragments: the shapes the rules key on, and their broken variants.
FRAGMENTS: List[str] = [
    # quantities, bounds, changes
    "835.5亿元", "增长6.3%", "同比增长", "下降0.5个百分点", "超50亿元", "1.2万亿元", "3万余人",
    "亿亿", "万万", "1万2千", "一千二百三十四万", "百分之六", "12.5%", "0.0", "1,234,567", "-3.2%",
    "１２３４５", "２０２４年", "翻一番", "持平", "以上", "左右", "超过", "近", "约", "达", "突破",
    # years, periods, plans
    "2024年", "2025年工作安排", "去年", "今年", "上年", "“十四五”", "1—11月", "一季度", "力争", "预计",
    # region and self references
    "我市", "全市", "永康市", "金华市", "浙江省", "全省第3", "位列全省第一", "前十", "百强县",
    # projects, persons, meetings
    "项目开工", "竣工投产", "总投资12亿元", "市委书记胡勇春", "本报讯（记者 张三）", "通讯员 李四",
    "（下转第2版）", "第十届人民代表大会第三次会议", "2月11日下午", "以视频会议形式召开",
    # punctuation and brackets, balanced and not
    "（", "）", "(", ")", "「", "」", "『", "』", "“", "”", "‘", "’", "\"", "'", "《", "》", "【", "】",
    "，", "。", "；", "：", "、", "！", "？", "…", "——", ",", ".", ";", ":", "%", "％", "‰",
    # spacing, line breaks, invisible and control characters
    " ", "  ", "\u3000", "\n", "\n\n", "\r\n", "\r", "\t", "\x00", "\x0b", "\x0c", "\x1b", "\x7f",
    "\u200b", "\u200d", "\ufeff", "\u2028", "\u2029", "\u00a0", "\ufffd",
    # names with digits that are not quantities; ASCII noise
    "S316", "PM2.5", "5A级", "「2+5」", "G20", "COVID-19", "http://example.com/a?b=1", "A股",
    # combining marks, emoji, other scripts
    "e\u0301", "\U0001F600", "\U0001F1E8\U0001F1F3", "ア", "한", "ㄅ", "\u0627", "\U00020000",
]

_DIGITS = "0123456789０１２３４５６７８９一二两三四五六七八九十百千零〇"
_NUMBER_PARTS = list(_DIGITS) + ["万", "亿", "千", "百", "十", "萬", "点", ".", ",", "%", "元", "亿元", "万元",
                                  "个百分点", "倍", "以上", "多", "余", "-", "—", "~", "／", "/", " "]
_BRACKETS = list("（）()「」『』“”‘’\"'《》【】[]{}<>〈〉")
_CJK_ASCII = (
    "的是在了和有为市区县镇年月日亿万元增长下降同比全省第一项目会议书记记者本报讯"
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-_/\\+=()\n"
)


def _splice(fragments: List[str]) -> str:
    return "".join(fragments)


# 1. arbitrary Unicode (hypothesis excludes lone surrogates by default)
any_unicode = st.text(max_size=400)
# 2. mixed CJK / ASCII
mixed_cjk_ascii = st.text(
    alphabet=st.one_of(
        st.sampled_from(_CJK_ASCII),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    ),
    max_size=400,
)
# 3. digits with 万/亿 chains, and in sentences
number_chains = st.lists(st.sampled_from(_NUMBER_PARTS), max_size=80).map(_splice)
numbers_in_context = st.lists(
    st.one_of(number_chains, st.sampled_from(FRAGMENTS)), max_size=30
).map(_splice)
# 4. unbalanced brackets and quotes around real phrases
brackets = st.lists(
    st.one_of(st.sampled_from(_BRACKETS), st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=60
).map(_splice)
# 5. control / format / separator characters mixed with text
controls = st.text(
    alphabet=st.one_of(
        st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Co"]),
        st.sampled_from("增长亿万元。，“”（）0123456789"),
    ),
    max_size=300,
)
# 6. fragments of the real seed articles spliced with random line breaks / spaces
_SEED_JOINERS = ["", "", "", "\n", "\n\n", " ", "\u3000", "\r\n", "\t", "。", "，"]


@st.composite
def seed_splices(draw) -> str:
    pieces = []
    for _ in range(draw(st.integers(1, 8))):
        if SEEDS and draw(st.booleans()):
            seed = draw(st.sampled_from(SEEDS))
            start = draw(st.integers(0, max(0, len(seed) - 1)))
            length = draw(st.integers(0, 600))
            pieces.append(seed[start : start + length])
        else:
            pieces.append(draw(st.sampled_from(FRAGMENTS)))
        pieces.append(draw(st.sampled_from(_SEED_JOINERS)))
    return "".join(pieces)


# 7. repetitions of one fragment (e.g. 「增长」 many times) with an optional tail
repeats = st.builds(
    lambda frag, n, tail: frag * n + tail,
    st.sampled_from(["增长", "「增长」", "万", "亿", "1", "“", "（", "2024年", "增长6.3%", "，", "。\n"]),
    st.integers(1, 2_000),
    st.sampled_from(FRAGMENTS),
)

ANY_INPUT = st.one_of(
    any_unicode, mixed_cjk_ascii, number_chains, numbers_in_context, brackets, controls,
    seed_splices(), repeats,
)

# --------------------------------------------------------------------------- checks


def check_extraction(text: str, result: Extraction, *, json_round_trip: bool = True) -> None:
    """The invariants every result must satisfy (also used by fuzz/fuzz_extract.py)."""
    assert isinstance(result, Extraction), type(result)
    assert result.text is text or result.text == text
    n = len(text)
    for record_type, record in result.records():
        ev = record.evidence
        assert 0 <= ev.start < ev.end <= n, (record_type, ev.start, ev.end, n, record)
        assert text[ev.start : ev.end] != "", (record_type, record)
        assert isinstance(ev.text, str)
    if json_round_trip:
        dumped = result.model_dump_json()
        json.loads(dumped)  # valid JSON
        again = Extraction.model_validate_json(dumped)
        assert again.model_dump() == result.model_dump()
        for _, record in result.records():
            for name in ("level", "change", "investment"):
                quantity = getattr(record, name, None)
                if quantity is not None:
                    assert math.isfinite(quantity.value), (name, quantity)


def run(text: str, **kwargs) -> Extraction:
    result = extract(text, **kwargs)
    check_extraction(text, result)
    return result


_EXAMPLES = int(os.environ.get("GOV_EXTRACT_FUZZ_EXAMPLES", "60"))
_FUZZ = settings(
    max_examples=_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --------------------------------------------------------------------------- properties


@_FUZZ
@given(any_unicode)
def test_arbitrary_unicode(text):
    run(text)


@_FUZZ
@given(mixed_cjk_ascii)
def test_mixed_cjk_ascii(text):
    run(text)


@_FUZZ
@given(number_chains)
def test_number_chains(text):
    run(text)


@_FUZZ
@given(numbers_in_context)
def test_numbers_in_context(text):
    run(text, published=2025, region="永康市")


@_FUZZ
@given(brackets)
def test_unbalanced_brackets_and_quotes(text):
    run(text)


@_FUZZ
@given(controls)
def test_control_characters(text):
    run(text)


@pytest.mark.skipif(not SEEDS, reason="no seed articles found")
@_FUZZ
@given(seed_splices())
def test_seed_splices(text):
    run(text, published="2025-02-12")


@settings(max_examples=max(10, _EXAMPLES // 4), deadline=None, suppress_health_check=list(HealthCheck))
@given(repeats)
def test_repeated_fragments(text):
    run(text)


@_FUZZ
@given(ANY_INPUT, st.one_of(st.none(), st.text(max_size=12)), st.sampled_from([None, 2025, "2024-12-31"]))
def test_any_input_with_region_and_date(text, region, published):
    run(text, region=region, published=published)


# --------------------------------------------------------------------------- deterministic inputs


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n", "\n\n\n", "\u3000\u3000", " \t\r\n\u3000\u00a0\u200b", "\ufeff"],
    ids=["empty", "space", "newline", "newlines", "ideographic-spaces", "mixed-whitespace", "bom"],
)
def test_empty_and_whitespace(text):
    result = run(text)
    assert list(result.records()) == [] or text.strip()


def test_pure_english():
    text = (
        "The city's GDP grew 6.3% to 83.55 billion yuan in 2024, according to the mayor.\n"
        "Investment rose by 12 percent (up from 10%); population: 1,234,567."
    )
    run(text, published=2025)


def test_repeated_zengzhang_10000():
    run("「增长」" * 10_000)
    run("增长" * 10_000)


def test_one_megabyte_of_zengzhang():
    text = "增长" * 500_000
    run(text, published=2025)


def test_megabyte_of_digits():
    run("1" * 10**6)


def test_hundred_thousand_wan():
    run("万" * 10**5)
    run("1" + "亿" * 10**5)


@pytest.mark.parametrize(
    "text",
    ["“增长" * 5_000, "（8亿万" * 2_500, "1234567890万亿" * 1_000, "增长8%，" * 2_500, "（“【《" * 2_500],
    ids=["quotes", "brackets-numbers", "number-chain", "clauses", "open-brackets"],
)
def test_long_runs_without_sentence_end(text):
    # one 10k-character "sentence": per-sentence work must not blow up (see
    # benchmarks/linearity.py for the scaling of these shapes)
    run(text)


@pytest.mark.skipif(not SEEDS, reason="no seed articles found")
def test_two_megabyte_article_completes():
    article = "\n\n".join(SEEDS)
    text = (article + "\n\n") * (2_000_000 // (len(article) + 2) + 1)
    result = run(text, published=2025)
    # the same records come out of every copy: chunking keeps offsets global
    assert max((r.evidence.end for _, r in result.records()), default=0) <= len(text)


@pytest.mark.skipif(not SEEDS, reason="no seed articles found")
def test_chunked_offsets_point_at_the_same_text():
    """Past CHUNK_CHARS the api cuts the input: evidence of each copy of an article must
    point at an identical substring."""
    article = SEEDS[0]
    single = extract(article, published=2025)
    copies = (article + "\n\n") * (250_000 // (len(article) + 2) + 1)
    result = run(copies, published=2025)
    singles = {copies[r.evidence.start : r.evidence.end] for _, r in single.records()}
    for _, record in result.records():
        assert copies[record.evidence.start : record.evidence.end] in singles or not singles


# --------------------------------------------------------------------------- lone surrogates, bad types


@pytest.mark.parametrize(
    "text",
    ["\ud800", "增长\udc00", "2024年，我市地区生产总值835.5亿元\ud83d、增长6.3%。", "\udfff" * 1000 + "1亿元"],
)
def test_lone_surrogate_does_not_crash(text):
    """The caller is expected to remove lone surrogates, but they must not crash extract:
    either a result with valid offsets, or a clear ValueError/UnicodeError."""
    try:
        result = extract(text)
    except (ValueError, UnicodeError) as exc:
        assert "surrogate" in str(exc).lower(), exc
        return
    check_extraction(text, result, json_round_trip=False)


@pytest.mark.parametrize(
    "value",
    [None, b"2024\xe5\xb9\xb4", bytearray(b"abc"), 42, 3.5, ["2024年"], {"text": "x"}],
    ids=["None", "bytes", "bytearray", "int", "float", "list", "dict"],
)
def test_non_str_raises_type_error_with_message(value):
    with pytest.raises(TypeError) as info:
        extract(value)
    message = str(info.value)
    assert "str" in message and type(value).__name__ in message
    if isinstance(value, (bytes, bytearray)):
        assert "decode" in message


def test_bad_region_and_published_are_clear_errors():
    with pytest.raises(TypeError, match="region"):
        extract("增长6%", region=123)
    with pytest.raises((TypeError, ValueError), match="published"):
        extract("增长6%", published="yesterday")
    with pytest.raises((TypeError, ValueError), match="published"):
        extract("增长6%", published=True)


def test_str_subclass_is_accepted():
    class Article(str):
        pass

    text = Article("2024年，我市地区生产总值835.5亿元、增长6.3%。")
    result = extract(text, published=2025, region="永康市")
    check_extraction(text, result)


def test_public_entry_point_is_the_same_function():
    assert gov_extract.extract is extract


# Sentence shapes that once made a filler scan the whole document per sentence (quadratic on a
# page that is one long block): a meeting held by a body, numbered project lists, counted classes.
_REPEATED_STRUCTURES = {
    "body-meeting": "市委常委会在县委第一会议室召开会议。",
    "numbered-projects": "3个项目:1.某某项目;2.某某项目。",
    "class-items": "工业类项目3个,分别为:A项目、B项目、C项目。",
}


@pytest.mark.parametrize("name", sorted(_REPEATED_STRUCTURES))
def test_repeated_structures_stay_linear(name):
    import time

    unit = _REPEATED_STRUCTURES[name]

    def seconds(times: int) -> float:
        started = time.process_time()
        run(unit * times)
        return time.process_time() - started

    small, large = seconds(1000), seconds(4000)
    # four times the text may take at most ~6x the time (linear plus noise), never 16x
    assert large < max(0.5, 6 * small), f"{name}: {small:.2f}s for 1000 repeats, {large:.2f}s for 4000"
