"""Metric records: the case table of tests/cases/metrics.py run through extract()."""
import pytest

from gov_extract import extract

from cases import metrics as cases

_GROUPS = ("SEEDS", "DEV", "BUGS", "FEATURES")
_CASES = [
    pytest.param(case, id=f"{group}-{i}-{case['text'][:14]}")
    for group in _GROUPS
    for i, case in enumerate(getattr(cases, group))
]


def _quantity(q, expected):
    """A quantity as the case writes it: its text, or a (value, unit) pair."""
    if q is None:
        return None
    if isinstance(expected, tuple):
        return (round(q.value, 6), q.unit)
    return q.text


def _field(metric, key, expected):
    if key in ("level", "change"):
        return _quantity(getattr(metric, key), expected)
    if key == "bound":
        return (metric.level or metric.change).bound
    return getattr(metric, key)


def _short(m):
    return (m.indicator, m.level and m.level.text, m.change and (m.change.value, m.change.unit),
            m.modality, m.year, m.region)


@pytest.mark.parametrize("case", _CASES)
def test_metrics(case):
    result = extract(case["text"], published=case.get("published", 2025), region=case.get("region", "永康市"))
    got = result.metrics
    expected = case["metrics"]
    assert len(got) == len(expected), f"{len(got)} metrics, expected {len(expected)}: {[_short(m) for m in got]}"
    for metric, want in zip(got, expected):
        for key, value in want.items():
            if isinstance(value, tuple):
                value = (round(value[0], 6), value[1])
            assert _field(metric, key, value) == value, (
                f"{metric.indicator}: {key}={_field(metric, key, value)!r}, expected {value!r}")
        # evidence points into the caller's text and covers the figure
        assert case["text"][metric.evidence.start:metric.evidence.end]
        figure = metric.level or metric.change
        assert figure.text in metric.evidence.text or figure.text in ("持平", "翻番")


def test_case_table_size():
    """The issue asks for at least 40 sentence cases."""
    assert sum(len(getattr(cases, g)) for g in _GROUPS) >= 40


def test_change_table_signs():
    """Every change verb has a sign; the kind column is compare / after_basis or empty."""
    from gov_extract.tables import load_table

    for row in load_table("metric_change"):
        assert row[1] in ("+", "-"), row
        assert len(row) < 3 or row[2] in ("compare", "after_basis"), row


def test_modality_table_values():
    from gov_extract.tables import load_table

    for row in load_table("metric_modality"):
        assert row[1] in ("actual", "estimate", "target", "none"), row
