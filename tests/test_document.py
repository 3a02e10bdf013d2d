import datetime as dt

import pytest

from cases.document import BUGS, DEV, SEEDS
from gov_extract.document import Document, parse_published


@pytest.mark.parametrize("text,published,expected", SEEDS + DEV + BUGS)
def test_scope(text, published, expected):
    doc = Document(text, published=published)
    for prefix, year, in_plan in expected:
        matches = [s for s in doc.sentences if s.text.startswith(prefix)]
        assert matches, f"no sentence starts with {prefix!r}: {[s.text for s in doc.sentences]}"
        sentence = matches[0]
        assert (sentence.year, sentence.in_plan) == (year, in_plan), sentence.text


def test_evidence_maps_back_to_the_original():
    text = "本报讯（融媒首席记者 陈晓苏）\n\n2月11日下午，金华市召开推\n\n进会。我市再获第一等次。"
    doc = Document(text, published=2025)
    for sentence in doc.sentences:
        ev = doc.evidence(sentence.start, sentence.end)
        assert ev.text == sentence.text
        original = text[ev.start:ev.end]
        assert original.replace("\n", "").replace(" ", "") == sentence.text.replace(" ", "")


@pytest.mark.parametrize("value,expected", [
    (None, (None, None)),
    (2025, (None, 2025)),
    ("2025", (None, 2025)),
    ("2025-02-12", (dt.date(2025, 2, 12), 2025)),
    ("2025年2月12日", (dt.date(2025, 2, 12), 2025)),
    (dt.date(2025, 2, 12), (dt.date(2025, 2, 12), 2025)),
    (dt.datetime(2025, 2, 12, 9, 30), (dt.date(2025, 2, 12), 2025)),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value,error", [
    ("yesterday", ValueError), ("2025-02-30", ValueError), (12, ValueError), (True, TypeError), (2.5, TypeError),
])
def test_parse_published_errors(value, error):
    with pytest.raises(error):
        parse_published(value)
