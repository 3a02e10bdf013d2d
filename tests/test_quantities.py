"""Tests for gov_extract.quantities (cases in tests/cases/quantities.py)."""
import time
from pathlib import Path

import pytest

from gov_extract.quantities import QuantitySpan, cn_numeral_value, find_quantities, parse_quantity
from gov_extract.records import Quantity

from cases.quantities import DEV, FEATURES, MULTI, NOT_QUANTITIES, PARSE, PARSE_NONE, SEEDS

POSITIVE = [pytest.param(*c, id=f"seeds-{i}-{c[4]}") for i, c in enumerate(SEEDS)] + \
           [pytest.param(*c, id=f"dev-{i}-{c[4]}") for i, c in enumerate(DEV)] + \
           [pytest.param(*c, id=f"features-{i}-{c[4]}") for i, c in enumerate(FEATURES)]


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


@pytest.mark.parametrize("text,value,unit,bound,qtext", POSITIVE)
def test_positive(text, value, unit, bound, qtext):
    spans = find_quantities(text)
    hits = [s for s in spans if s.quantity.text == qtext]
    assert hits, f"{qtext!r} not found in {[s.quantity.text for s in spans]}"
    span = hits[0]
    q = span.quantity
    assert isinstance(span, QuantitySpan) and isinstance(q, Quantity)
    assert _close(q.value, value), q
    assert q.unit == unit, q
    assert q.bound == bound, q
    assert text[span.start:span.end] == q.text
    assert span.outer_start <= span.start <= span.end <= span.outer_end


@pytest.mark.parametrize("text,expected", MULTI, ids=[m[0][:12] for m in MULTI])
def test_multi(text, expected):
    spans = find_quantities(text)
    assert [s.quantity.text for s in spans] == expected
    starts = [s.start for s in spans]
    assert starts == sorted(starts)
    for a, b in zip(spans, spans[1:]):
        assert a.outer_end <= b.outer_start


@pytest.mark.parametrize("text,name", NOT_QUANTITIES, ids=[n for _, n in NOT_QUANTITIES])
def test_not_quantities(text, name):
    i = text.index(name)
    j = i + len(name)
    overlapping = [s.quantity.text for s in find_quantities(text) if s.start < j and s.end > i]
    assert overlapping == []


@pytest.mark.parametrize("text,value,unit,bound,qtext", PARSE, ids=[p[0] for p in PARSE])
def test_parse_quantity(text, value, unit, bound, qtext):
    q = parse_quantity(text)
    assert q is not None
    assert (q.unit, q.bound, q.text) == (unit, bound, qtext)
    assert _close(q.value, value)


@pytest.mark.parametrize("text", PARSE_NONE)
def test_parse_quantity_none(text):
    assert parse_quantity(text) is None


def test_outer_span_covers_bound_words():
    text = "技术合同成交额增长30%以上，收获意向订单超过50亿元"
    a, b = find_quantities(text)
    assert text[a.start:a.end] == "30%" and text[a.outer_start:a.outer_end] == "30%以上"
    assert text[b.start:b.end] == "50亿元" and text[b.outer_start:b.outer_end] == "超过50亿元"


@pytest.mark.parametrize("numeral,value", [
    ("一千二百", 1200), ("两", 2), ("十五", 15), ("千万", 10**7), ("千亿", 10**11), ("万亿", 10**12),
    ("三亿五千万", 350_000_000), ("一百零五", 105), ("九千九百九十九万", 99_990_000), ("二十", 20),
])
def test_cn_numerals(numeral, value):
    assert cn_numeral_value(numeral) == value


def test_cn_numerals_agree_with_cn2an():
    cn2an = pytest.importorskip("cn2an")
    for s in ["一千二百", "两万", "十五", "三亿五千万", "一百零五", "五十万", "一万亿"]:
        assert cn_numeral_value(s) == cn2an.cn2an(s, "smart")


def test_case_counts():
    assert len(SEEDS) + len(DEV) + len(FEATURES) >= 60
    assert len(NOT_QUANTITIES) >= 15


def test_speed_and_linearity():
    seeds = Path("/work/shared/seeds")
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))) if seeds.is_dir() else ""
    if not text:
        text = "全年实现地区生产总值835.5亿元、增长6.3%，新增国家高新技术企业40家。" * 10
    big = (text * (200_000 // len(text) + 1))[:200_000]
    t0 = time.perf_counter()
    find_quantities(big)
    rate = len(big) / (time.perf_counter() - t0)
    assert rate > 300_000, f"{rate:.0f} chars/s"
    # adversarial inputs stay linear (no catastrophic backtracking)
    for unit in ("1-", "1:", "一", "“1", "1万", "1."):
        t0 = time.perf_counter()
        find_quantities(unit * 50_000)
        assert time.perf_counter() - t0 < 5


def test_every_span_text_matches_source():
    text = "实施重点项目2800多个，完成投资2400多亿元。新增保障性租赁住房2000套（间）以上，增长两位数；超百万"
    for s in find_quantities(text):
        assert text[s.start:s.end] == s.quantity.text


_ALPHABET = "0123456789.,:∶-—至 万亿千百十一二两三五七零多余元个%％成倍以上左右超过近约第年月日“”「」《》+·ASGMW亩人次项家千瓦时美平方米百分点，、。"


def test_random_text_spans_are_well_formed():
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=_ALPHABET, max_size=60))
    def check(text):
        spans = find_quantities(text)
        last = 0
        for s in spans:
            assert text[s.start:s.end] == s.quantity.text
            assert last <= s.outer_start <= s.start < s.end <= s.outer_end <= len(text)
            last = s.outer_end

    check()


def test_digits_of_other_scripts_are_not_numbers():
    # found by the fuzz suite: U+116D0 is a decimal digit to `\d`, and Decimal() rejected it
    text = "0\U000116d0增长१२%"
    spans = find_quantities(text)
    assert all(s.quantity.text.isascii() or "%" in s.quantity.text for s in spans)
    assert [s.quantity.value for s in find_quantities("增长१२%")] == []
