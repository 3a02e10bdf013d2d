"""Ranking records: the case table of tests/cases/rankings.py run through extract()."""
import pytest

from gov_extract import extract

from cases import rankings as cases

_GROUPS = ("SEEDS", "DEV", "BUGS", "FEATURES")
_CASES = [
    pytest.param(case, id=f"{group}-{i}-{case['text'][:14]}")
    for group in _GROUPS
    for i, case in enumerate(getattr(cases, group))
]


def _show(rankings):
    return [(r.subject, r.criterion, r.scope, r.rank, r.top, r.tier, r.year, r.modality) for r in rankings]


@pytest.mark.parametrize("case", _CASES)
def test_rankings(case):
    text = case["text"]
    result = extract(text, published=case.get("published", 2025), region=case.get("region", "永康市"))
    got = result.rankings
    expected = case["rankings"]
    assert len(got) == len(expected), f"expected {len(expected)} rankings, got {_show(got)}"
    for ranking, want in zip(got, expected):
        for key, value in want.items():
            assert getattr(ranking, key) == value, (
                f"{key}={getattr(ranking, key)!r}, expected {value!r} in {_show([ranking])}")
        assert ranking.rank is not None or ranking.top is not None or ranking.tier, "no position"
        # evidence points into the caller's text and covers the position
        assert 0 <= ranking.evidence.start < ranking.evidence.end <= len(text)
        assert text[ranking.evidence.start:ranking.evidence.end].strip()


def test_case_table_is_large_enough():
    """The issue asks for at least 20 ranking cases, many from the seeds."""
    n = sum(len(case["rankings"]) for group in _GROUPS for case in getattr(cases, group))
    assert n >= 20
    assert len(cases.SEEDS) >= 15


@pytest.mark.parametrize("name", ["ranking_triggers", "ranking_tiers", "ranking_scopes",
                                  "ranking_publishers", "ranking_words"])
def test_tables_load(name):
    from gov_extract.tables import load_table

    rows = load_table(name)
    assert rows, name
    if name == "ranking_triggers":
        assert {row[1] for row in rows} <= {"place", "member", "target"}
    if name == "ranking_tiers":
        assert {row[1] for row in rows} <= {"any", "verb", "scope"}


def test_not_rankings_in_a_long_text_are_fast():
    """A prefilter keeps ranking-free text cheap: 200 sentences in well under a second."""
    import time

    text = "会议强调，要坚持稳中求进，第一时间落实第二批项目，第十五届大会第3版报道。" * 200
    t0 = time.perf_counter()
    result = extract(text, published=2025, region="永康市")
    assert result.rankings == []
    assert time.perf_counter() - t0 < 5.0
