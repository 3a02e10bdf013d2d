"""Project records: the case table of tests/cases/projects.py run through extract()."""
import pytest

from gov_extract import extract

from cases import projects as cases

_GROUPS = ("SEEDS", "DEV", "BUGS", "FEATURES")
_CASES = [
    pytest.param(case, id=f"{group}-{i}-{case['text'][:14]}")
    for group in _GROUPS
    for i, case in enumerate(getattr(cases, group))
]


def _field(project, key):
    if key == "investment":
        q = project.investment
        return None if q is None else (q.value, q.unit)
    return getattr(project, key)


@pytest.mark.parametrize("case", _CASES)
def test_projects(case):
    result = extract(case["text"], published=case.get("published", 2025), region=case.get("region", "永康市"))
    got = result.projects
    assert [p.name for p in got] == [e["name"] for e in case["projects"]], (
        "names differ: " + repr([(p.name, p.status, p.status_text) for p in got]))
    for project, expected in zip(got, case["projects"]):
        for key, value in expected.items():
            assert _field(project, key) == value, f"{project.name}: {key}={_field(project, key)!r}, expected {value!r}"
        # evidence points into the caller's text
        assert case["text"][project.evidence.start:project.evidence.end]


def test_status_table_is_complete():
    """Every status of the verb table is one of the enum values (or none/noun)."""
    from gov_extract.tables import load_table

    allowed = {"planned", "approved", "started", "in_progress", "completed", "operational", "none", "noun"}
    for row in load_table("project_status"):
        assert row[1] in allowed, row
        if len(row) > 2 and row[2]:
            assert row[2] in ("both", "before", "after"), row
