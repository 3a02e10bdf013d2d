"""Meeting records: the case table of tests/cases/meetings.py run through extract()."""
import pytest

from gov_extract import extract
from gov_extract.slots import meetings as filler

from cases import meetings as cases

_GROUPS = ("SEEDS", "DEV", "BUGS", "FEATURES")
_CASES = [
    pytest.param(case, id=f"{group}-{i}-{case['text'][:14]}")
    for group in _GROUPS
    for i, case in enumerate(getattr(cases, group))
]


@pytest.mark.parametrize("case", _CASES)
def test_meetings(case):
    result = extract(case["text"], published=case.get("published", 2025), region=case.get("region", "永康市"))
    got = result.meetings
    expected = case["meetings"]
    assert [m.name for m in got] == [m["name"] for m in expected], [m.model_dump(exclude={"evidence"}) for m in got]
    for meeting, want in zip(got, expected):
        for key, value in want.items():
            assert getattr(meeting, key) == value, f"{meeting.name}: {key}={getattr(meeting, key)!r}, expected {value!r}"
        assert case["text"][meeting.evidence.start:meeting.evidence.end]


def test_case_table_size():
    """The issue asks for at least 20 cases."""
    assert sum(len(getattr(cases, g)) for g in _GROUPS) >= 20


def test_chinese_numbers():
    assert filler._numbers("市委十五届七次全体（扩大）会议") == (15, 7)
    assert filler._numbers("第十三届人民代表大会第四次会议") == (13, 4)
    assert filler._numbers("县政府第66次常务会议") == (None, 66)


def test_data_tables_load():
    assert "会议" in filler._suffixes()
    assert filler._suffixes()["现场会"] == "现场会"
    assert filler._formats()["视频形式"] == "视频会议"
