"""Flat export: COLUMNS, to_rows (no pandas), to_frames, CSV."""
import csv

import pytest

from gov_extract import Extraction, to_frames
from gov_extract.export import COLUMNS, DTYPES, write_csv, to_rows
from gov_extract.records import RECORD_TYPES, Evidence, Meeting, Metric, Person, Project, Quantity, Ranking

TEXT = "2024年，我市地区生产总值835.5亿元、增长6.3%。市委书记胡勇春在金华主会场、永康分会场参加会议。"


def ev(start, end):
    return Evidence(start=start, end=end, text=TEXT[start:end])


def sample():
    return Extraction(
        text=TEXT,
        region="永康市",
        metrics=[
            Metric(indicator="地区生产总值", level=Quantity(value=83550000000.0, unit="元", text="835.5亿元"),
                   change=Quantity(value=6.3, unit="%", text="6.3%"), year=2024, region="永康市", evidence=ev(0, 28)),
            Metric(indicator="空指标", evidence=ev(0, 5)),
        ],
        rankings=[Ranking(subject="永康市", criterion="金华市综合考核", tier="第一等次", evidence=ev(0, 5))],
        projects=[Project(name="航空产业园", status="started",
                          investment=Quantity(value=5e9, unit="元", bound="gt", text="50亿元"), evidence=ev(0, 5))],
        persons=[Person(name="胡勇春", title="市委书记", role="official", evidence=ev(29, 38))],
        meetings=[Meeting(name="会议", venues=["金华主会场", "永康分会场"], attendees=["胡勇春"], evidence=ev(29, 55))],
    )


def test_columns_shape():
    assert set(COLUMNS) == set(RECORD_TYPES)
    for rt, cols in COLUMNS.items():
        assert cols[0] == "article_id"
        assert cols[-3:] == ["evidence_start", "evidence_end", "evidence_text"]
        assert len(cols) == len(set(cols))
    m = COLUMNS["metrics"]
    for part in ("value", "unit", "bound", "text"):
        assert f"level_{part}" in m and f"change_{part}" in m
        assert f"investment_{part}" in COLUMNS["projects"]
    assert "venues" in COLUMNS["meetings"] and "attendees" in COLUMNS["meetings"]


def test_to_rows_is_flat_and_ordered():
    rows = to_rows(sample(), "a1")
    assert set(rows) == set(RECORD_TYPES)
    for rt, rt_rows in rows.items():
        for row in rt_rows:
            assert list(row) == COLUMNS[rt]
            assert row["article_id"] == "a1"
    m0, m1 = rows["metrics"]
    assert (m0["level_value"], m0["level_unit"], m0["level_bound"], m0["level_text"]) == (83550000000.0, "元", "eq", "835.5亿元")
    assert m0["change_value"] == 6.3 and m0["evidence_start"] == 0 and m0["evidence_end"] == 28
    assert m1["level_value"] is None and m1["change_text"] is None
    assert rows["projects"][0]["investment_bound"] == "gt"
    assert rows["meetings"][0]["venues"] == "金华主会场、永康分会场"
    assert to_rows(sample(), join_lists=False)["meetings"][0]["venues"] == ["金华主会场", "永康分会场"]


def test_to_rows_rejects_non_extraction():
    with pytest.raises(TypeError):
        to_rows({"text": "x"})


def test_to_frames_columns_and_dtypes():
    pytest.importorskip("pandas")
    frames = to_frames([sample(), Extraction(text="空")], ids=["a", "b"])
    assert list(frames) == list(RECORD_TYPES)
    for rt, df in frames.items():
        assert list(df.columns) == COLUMNS[rt]
    assert len(frames["metrics"]) == 2 and set(frames["metrics"]["article_id"]) == {"a"}
    assert str(frames["metrics"]["year"].dtype) == "Int64"
    assert str(frames["metrics"]["level_value"].dtype) == "float64"
    assert frames["metrics"]["level_value"].isna().tolist() == [False, True]


def test_to_frames_empty_has_all_columns_and_same_dtypes():
    pytest.importorskip("pandas")
    empty = to_frames([])
    full = to_frames([sample()])
    for rt in RECORD_TYPES:
        assert list(empty[rt].columns) == COLUMNS[rt]
        assert len(empty[rt]) == 0
        for col, kind in DTYPES[rt].items():
            assert empty[rt][col].dtype == full[rt][col].dtype, (rt, col)


def test_extraction_to_frames_method_and_ids():
    pytest.importorskip("pandas")
    frames = sample().to_frames()
    assert frames["persons"]["name"].tolist() == ["胡勇春"]
    assert frames["persons"]["article_id"].tolist() == [0]
    with pytest.raises(ValueError):
        to_frames([sample()], ids=["a", "b"])


def test_write_csv_round_trip(tmp_path):
    paths = write_csv([sample(), sample()], tmp_path / "out", ids=["x", "y"])
    assert sorted(p.split("/")[-1] for p in paths.values()) == sorted(f"{rt}.csv" for rt in RECORD_TYPES)
    with open(paths["metrics"], encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["article_id"] for r in rows] == ["x", "x", "y", "y"]
    assert rows[0]["indicator"] == "地区生产总值" and float(rows[0]["level_value"]) == 83550000000.0
    with open(paths["meetings"], encoding="utf-8-sig", newline="") as f:
        assert next(csv.reader(f)) == COLUMNS["meetings"]
