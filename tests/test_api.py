"""The entry point end to end: the README example, evidence on the seeds, scoping by
``published`` and ``region``."""
import unicodedata
from pathlib import Path

import pytest

import gov_extract

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


def test_readme_example():
    result = gov_extract.extract(
        "2024年，我市地区生产总值835.5亿元、增长6.3%，固定资产投资增长19.7%（金华第1、全省第5）。",
        published=2025, region="永康市",
    )
    m = result.metrics[0]
    assert (m.indicator, m.level.value, m.level.unit, m.change.value, m.year, m.region) == (
        "地区生产总值", 83550000000.0, "元", 6.3, 2024, "永康市")
    assert [(r.scope, r.rank) for r in result.rankings] == [("金华", 1), ("全省", 5)]
    assert all("固定资产投资" in r.criterion for r in result.rankings)


@pytest.mark.skipif(not SEEDS, reason="shared/seeds not present")
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_seed_evidence_points_into_the_original(path):
    text = path.read_text(encoding="utf-8")
    result = gov_extract.extract(text, published=2025)
    assert result.text is text
    assert result.region == "永康市"  # inferred: the seeds never say 永康市 with 我市 next to it
    assert len(result.metrics) > 0 or len(result.persons) > 0
    for _, record in result.records():
        ev = record.evidence
        assert 0 <= ev.start < ev.end <= len(text)
        source = text[ev.start:ev.end]
        # the original differs from the normalized clause only by line breaks, spaces and width
        squeeze = lambda s: unicodedata.normalize("NFKC", "".join(s.split()).replace("⋯", "…"))
        assert squeeze(source) == squeeze(ev.text), (source, ev.text)


def test_region_argument_overrides_inference():
    text = "2024年，我市地区生产总值835.5亿元。永康、金华、永康。"
    assert gov_extract.extract(text).region == "永康市"
    given = gov_extract.extract(text, region="金华市")
    assert given.region == "金华市"
    assert given.metrics[0].region == "金华市"


def test_relative_year_needs_published():
    text = "去年，我市地区生产总值835.5亿元。"
    assert gov_extract.extract(text, published="2025-02-12", region="永康市").metrics[0].year == 2024
    assert gov_extract.extract(text, region="永康市").metrics[0].year is None


def test_json_form_uses_the_public_field_names():
    data = gov_extract.extract("2024年，我市地区生产总值835.5亿元。", region="永康市").model_dump(mode="json")
    assert set(data) == {"text", "region", "metrics", "rankings", "projects", "persons", "meetings"}
    assert set(data["metrics"][0]) == {"indicator", "level", "change", "basis", "modality", "year", "period",
                                       "region", "evidence"}
