"""The gold matcher and scorer of ``gov_extract.evaluate`` on small synthetic cases."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from gov_extract.evaluate import _assign, char_overlap, evaluate, format_report, match_records, score_document
from gov_extract.records import Evidence, Extraction, Meeting, Metric, Person, Quantity, Ranking

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EV = Evidence(start=0, end=1, text="原文")


def q(value, unit, text=None):
    return Quantity(value=value, unit=unit, text=text or f"{value:g}{unit}")


def qd(value, unit):
    return {"value": value, "unit": unit, "bound": "eq", "text": f"{value:g}{unit}"}


def gold_metric(indicator, level=None, change=None, **kw):
    rec = {"indicator": indicator, "level": level, "change": change, "basis": None, "modality": "actual",
           "year": 2024, "period": None, "region": "永康市", "evidence": "原文"}
    rec.update(kw)
    return rec


def out_metric(indicator, level=None, change=None, **kw):
    kw.setdefault("year", 2024)
    kw.setdefault("region", "永康市")
    return Metric(indicator=indicator, level=level, change=change, evidence=EV, **kw)


def gold(**lists):
    doc = {"doc": "t", "published": 2025, "region": "永康市",
           "metrics": [], "rankings": [], "projects": [], "persons": [], "meetings": []}
    doc.update(lists)
    return doc


def scores(gold_doc, **outputs):
    return score_document(gold_doc, Extraction(text="原文", **outputs)).types


# ---------------------------------------------------------------- char_overlap

def test_char_overlap_is_multiset_intersection_over_shorter():
    assert char_overlap("地区生产总值", "生产总值") == 1.0
    assert char_overlap("aab", "ab") == 1.0
    assert char_overlap("aab", "abb") == pytest.approx(2 / 3)
    assert char_overlap("", "abc") == 0.0
    assert char_overlap(None, "abc") == 0.0


# ---------------------------------------------------------------- metrics

def test_exact_metric_match_and_all_fields_right():
    g = gold(metrics=[gold_metric("地区生产总值", qd(83550000000.0, "元"), qd(6.3, "%"))])
    s = scores(g, metrics=[out_metric("地区生产总值", q(83550000000.0, "元"), q(6.3, "%"))])["metrics"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    assert all(f.accuracy == 1.0 and f.total == 1 for f in s.fields.values())


@pytest.mark.parametrize("value, hit", [(100.5, True), (99.5, True), (100.51, False), (99.49, False)])
def test_level_tolerance_is_half_a_percent(value, hit):
    g = gold(metrics=[gold_metric("新增企业", qd(100.0, "家"))])
    s = scores(g, metrics=[out_metric("新增企业", q(value, "家"))])["metrics"]
    assert s.tp == int(hit)


def test_level_needs_same_unit():
    g = gold(metrics=[gold_metric("新增企业", qd(100.0, "家"))])
    assert scores(g, metrics=[out_metric("新增企业", q(100.0, "个"))])["metrics"].tp == 0


def test_gold_with_level_is_not_matched_by_change_alone():
    g = gold(metrics=[gold_metric("地区生产总值", qd(835.0, "元"), qd(6.3, "%"))])
    assert scores(g, metrics=[out_metric("地区生产总值", change=q(6.3, "%"))])["metrics"].tp == 0


@pytest.mark.parametrize("value, hit", [(6.35, True), (6.25, True), (6.36, False), (-6.3, False)])
def test_change_only_metric_matches_on_change_within_005(value, hit):
    g = gold(metrics=[gold_metric("规上工业增加值", change=qd(6.3, "%"))])
    s = scores(g, metrics=[out_metric("规上工业增加值", change=q(value, "%"))])["metrics"]
    assert s.tp == int(hit)


def test_change_field_accuracy_on_level_matched_pair():
    g = gold(metrics=[gold_metric("地区生产总值", qd(835.0, "元"), qd(6.3, "%"))])
    s = scores(g, metrics=[out_metric("地区生产总值", q(835.0, "元"), q(6.4, "%"))])["metrics"]
    assert s.tp == 1
    assert (s.fields["change"].correct, s.fields["change"].total) == (0, 1)
    assert s.mismatches[0]["field"] == "change"


def test_indicator_overlap_threshold_is_half_of_shorter():
    g = gold(metrics=[gold_metric("甲乙丙丁", qd(5.0, "家"))])
    assert scores(g, metrics=[out_metric("甲乙戊己", q(5.0, "家"))])["metrics"].tp == 1   # 2/4
    assert scores(g, metrics=[out_metric("甲戊己庚", q(5.0, "家"))])["metrics"].tp == 0   # 1/4


def test_modality_year_region_accuracy():
    g = gold(metrics=[gold_metric("新增企业", qd(5.0, "家"), modality="target", year=2025, region="金华市")])
    s = scores(g, metrics=[out_metric("新增企业", q(5.0, "家"), modality="actual", year=2025, region=None)])["metrics"]
    assert s.tp == 1
    acc = {n: f.correct for n, f in s.fields.items()}
    assert acc == {"change": 1, "modality": 0, "year": 1, "region": 0}


# ---------------------------------------------------------------- optional records and one-to-one matching

def test_optional_gold_hit_counts_and_miss_does_not():
    g = gold(metrics=[gold_metric("新增企业", qd(5.0, "家")),
                      gold_metric("新增项目", qd(7.0, "个"), optional=True),
                      gold_metric("新增人口", qd(9.0, "人"), optional=True)])
    s = scores(g, metrics=[out_metric("新增企业", q(5.0, "家")), out_metric("新增项目", q(7.0, "个"))])["metrics"]
    assert (s.tp, s.fp, s.fn, s.optional_tp) == (2, 0, 0, 1)
    assert s.recall == 1.0


def test_required_gold_is_matched_before_optional():
    g = gold(metrics=[gold_metric("新增企业数", qd(5.0, "家"), optional=True),
                      gold_metric("新增企业", qd(5.0, "家"))])
    s = scores(g, metrics=[out_metric("新增企业数", q(5.0, "家"))])["metrics"]
    assert (s.tp, s.fp, s.fn, s.optional_tp) == (1, 0, 0, 0)


def test_one_to_one_matching():
    g = gold(metrics=[gold_metric("新增企业", qd(5.0, "家"))])
    s = scores(g, metrics=[out_metric("新增企业", q(5.0, "家")), out_metric("新增企业", q(5.0, "家"))])["metrics"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    g2 = gold(metrics=[gold_metric("新增企业", qd(5.0, "家")), gold_metric("新增企业", qd(5.0, "家"))])
    s2 = scores(g2, metrics=[out_metric("新增企业", q(5.0, "家"))])["metrics"]
    assert (s2.tp, s2.fp, s2.fn) == (1, 0, 1)


def test_matching_maximises_pairs_then_agreement():
    # output 0 fits both gold records and agrees best with gold 0; output 1 fits only gold 0:
    # a greedy pairing (gold 0, output 0) would leave gold 1 and output 1 unmatched
    g = [gold_metric("工业投资", qd(5.0, "家"), year=2024), gold_metric("工业投资", qd(5.01, "家"), year=2025)]
    o = [out_metric("工业投资", q(5.0, "家"), year=2024).model_dump(),
         out_metric("工业投资", q(4.98, "家"), year=2023).model_dump()]
    assert match_records("metrics", g, o) == [(0, 1), (1, 0)]
    # two equally valid outputs: the one whose year agrees is chosen
    o2 = [out_metric("工业投资", q(5.0, "家"), year=2023).model_dump(),
          out_metric("工业投资", q(5.0, "家"), year=2024).model_dump()]
    assert match_records("metrics", g[:1], o2) == [(0, 1)]


def test_assign_handles_rectangular_and_forbidden_cells():
    assert sorted(_assign([[1.0, None, 0.0]])) == [(0, 0)]
    assert sorted(_assign([[1.0], [2.0], [None]])) == [(1, 0)]
    assert sorted(_assign([[None, 1.0], [1.0, 5.0]])) == [(0, 1), (1, 0)]


# ---------------------------------------------------------------- rankings, persons, meetings

def gold_ranking(**kw):
    rec = {"subject": "永康市", "criterion": "金华市综合考核", "scope": "金华", "rank": None, "top": None,
           "tier": None, "year": 2024, "publisher": None, "modality": "actual", "evidence": "原文"}
    rec.update(kw)
    return rec


def test_ranking_by_tier_uses_char_overlap():
    g = gold(rankings=[gold_ranking(tier="第一等次")])
    hit = Ranking(subject="永康市", criterion="综合考核", tier="第一等次", scope="金华", year=2024, evidence=EV)
    near = hit.model_copy(update={"tier": "一等"})
    miss = hit.model_copy(update={"tier": "优秀"})
    assert scores(g, rankings=[hit])["rankings"].tp == 1
    assert scores(g, rankings=[near])["rankings"].tp == 1
    assert scores(g, rankings=[miss])["rankings"].tp == 0


def test_ranking_rank_takes_precedence_and_fields_scored():
    g = gold(rankings=[gold_ranking(rank=1, tier="首位")])
    out = Ranking(subject="我市", criterion="金华市综合考核", rank=1, scope="全省", year=2024, evidence=EV)
    s = scores(g, rankings=[out])["rankings"]
    assert s.tp == 1
    assert {n: f.correct for n, f in s.fields.items()} == {"scope": 0, "subject": 0, "year": 1}
    assert scores(g, rankings=[out.model_copy(update={"rank": 2, "tier": "首位"})])["rankings"].tp == 0


def test_person_same_name_and_title_accuracy():
    g = gold(persons=[{"name": "胡勇春", "title": "市委书记", "organization": None, "role": "official",
                       "evidence": "原文"}])
    s = scores(g, persons=[Person(name="胡勇春", title="书记", role="official", evidence=EV),
                           Person(name="胡勇", title="市委书记", role="official", evidence=EV)])["persons"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    assert (s.fields["title"].correct, s.fields["role"].correct) == (0, 1)


def test_meeting_name_overlap_and_date_accuracy():
    g = gold(meetings=[{"name": "市委十五届七次全体（扩大）会议", "organizer": "市委", "term": 15, "session": 7,
                        "date": "2025-01-03", "date_text": "1月3日", "format": None, "venues": [],
                        "attendees": [], "evidence": "原文"}])
    out = Meeting(name="市委十五届七次全体会议", term=15, session=7, date="--01-03", evidence=EV)
    s = scores(g, meetings=[out])["meetings"]
    assert s.tp == 1
    assert {n: f.correct for n, f in s.fields.items()} == {"date": 0, "term": 1, "session": 1}
    s2 = scores(g, meetings=[out.model_copy(update={"date": "2025-01-03"})])["meetings"]
    assert s2.fields["date"].accuracy == 1.0
    assert scores(g, meetings=[Meeting(name="市政府常务会议", evidence=EV)])["meetings"].tp == 0


# ---------------------------------------------------------------- evaluate() and the CLI

def test_evaluate_skips_missing_text_and_reports(tmp_path):
    gold_dir, texts = tmp_path / "gold", tmp_path / "texts"
    gold_dir.mkdir()
    texts.mkdir()
    (gold_dir / "a.json").write_text(json.dumps(gold(doc="a", persons=[
        {"name": "张三", "title": None, "organization": None, "role": "reporter", "evidence": "记者 张三"}])),
        encoding="utf-8")
    (gold_dir / "b.json").write_text(json.dumps(gold(doc="b")), encoding="utf-8")
    (texts / "a.txt").write_text("本报讯（记者 张三）", encoding="utf-8")
    report = evaluate(gold_dir, texts)
    assert [d.doc for d in report.documents] == ["a"]
    assert len(report.errors) == 1 and "b" in report.errors[0]
    assert report.types["persons"].tp + report.types["persons"].fn == 1
    lines = format_report(report, title="t").splitlines()
    assert lines[-8].startswith("gov_extract.evaluate t: 1 docs")
    assert [ln.split()[0] for ln in lines[-6:]] == ["metrics", "rankings", "projects", "persons", "meetings", "all"]
    with pytest.raises(FileNotFoundError):
        evaluate(tmp_path / "nope", texts)


@pytest.mark.skipif(not (SHARED / "gold" / "seeds").is_dir(), reason="shared/ gold seeds not present")
def test_cli_on_seeds(tmp_path):
    out_json = tmp_path / "figures.json"
    proc = subprocess.run(
        [sys.executable, "-m", "gov_extract.evaluate", "--gold", str(SHARED / "gold" / "seeds"),
         "--texts", str(SHARED / "seeds"), "--json", str(out_json), "--show", "persons,meetings"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    tail = proc.stdout.splitlines()[-8:]
    for record_type in ("metrics", "rankings", "projects", "persons", "meetings"):
        assert any(line.startswith(record_type) for line in tail), record_type
    figures = json.loads(out_json.read_text(encoding="utf-8"))
    assert set(figures["types"]) == {"metrics", "rankings", "projects", "persons", "meetings"}
    assert figures["docs"] == len(list((SHARED / "gold" / "seeds").glob("*.json")))


def test_script_is_no_error():
    """A gold file may keep a traditional-script text's spelling (榆中縣); the library writes
    simplified characters (榆中县). Both sides are compared in simplified characters."""
    g = gold(metrics=[gold_metric("地區生產總值", change=qd(8.1, "%"), region="榆中縣")])
    s = scores(g, metrics=[out_metric("地区生产总值", change=q(8.1, "%"), region="榆中县")])["metrics"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    assert s.fields["region"].accuracy == 1.0
