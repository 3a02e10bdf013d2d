"""extract_many: order, contexts, overrides, errors, laziness, worker processes."""
import itertools

import pytest

import gov_extract
from gov_extract import Extraction, extract, extract_many
from gov_extract import api

TEXTS = [
    "2024年，我市地区生产总值835.5亿元、增长6.3%。",
    "本报讯（融媒首席记者 陈晓苏）2月11日下午，金华市项目推进会以视频会议形式召开。",
    "",
    "石柱高新科技产业园一期建成投用。",
    "我市再获金华市综合考核第一等次。",
]


def dumps(xs):
    return [x.model_dump(mode="json") for x in xs]


def test_sequential_equals_extract():
    got = list(extract_many(TEXTS, published=2025, region="永康市"))
    assert all(isinstance(x, Extraction) for x in got)
    assert dumps(got) == dumps(extract(t, published=2025, region="永康市") for t in TEXTS)


def test_two_processes_same_records_in_order():
    expected = dumps(extract(t, published=2025, region="永康市") for t in TEXTS * 2)
    got = list(extract_many(TEXTS * 2, published=2025, region="永康市", n_process=2, batch_size=2))
    assert dumps(got) == expected
    assert [x.text for x in got] == TEXTS * 2


def test_as_tuples_contexts_travel_and_override():
    items = [(TEXTS[0], {"id": "a"}), (TEXTS[1], {"id": "b", "region": "金华市"}), (TEXTS[3], "plain-context")]
    out = list(extract_many(items, region="永康市", as_tuples=True))
    assert [c if isinstance(c, str) else c["id"] for _, c in out] == ["a", "b", "plain-context"]
    assert [x.region for x, _ in out] == ["永康市", "金华市", "永康市"]


def test_dict_context_overrides_published(monkeypatch):
    seen = []

    def fake(text, *, published=None, region=None):
        seen.append((text, published, region))
        return Extraction(text=text, region=region)

    monkeypatch.setattr(api, "extract", fake)
    items = [("a", {"published": "2024-05-01"}), ("b", {"published": None}), ("c", None)]
    list(extract_many(items, published=2025, region="永康市", as_tuples=True))
    assert seen == [("a", "2024-05-01", "永康市"), ("b", 2025, "永康市"), ("c", 2025, "永康市")]


def test_bad_item_raises_type_error_with_index():
    with pytest.raises(TypeError, match=r"item 2 is NoneType"):
        list(extract_many(["甲", "乙", None, "丁"]))


def test_bad_item_raises_in_worker_mode_too():
    with pytest.raises(TypeError, match=r"item 1 is bytes"):
        list(extract_many(["甲", b"bytes", "丙"], n_process=2, batch_size=1))


def test_errors_skip_keeps_alignment(caplog):
    out = list(extract_many(["甲", 42, "丙"], errors="skip"))
    assert [x.text for x in out] == ["甲", "", "丙"]
    assert out[1] == Extraction(text="")
    assert any("item 1" in r.getMessage() for r in caplog.records)


def test_extractor_exception_is_named(monkeypatch):
    def boom(text, *, published=None, region=None):
        if text == "坏":
            raise ValueError("broken")
        return Extraction(text=text)

    monkeypatch.setattr(api, "extract", boom)
    with pytest.raises(RuntimeError, match=r"item 1: ValueError: broken"):
        list(extract_many(["好", "坏"]))
    skipped = list(extract_many(["好", "坏", "好"], errors="skip"))
    assert skipped[1] == Extraction(text="坏")  # the text kept, no records


def test_lazy_on_endless_input():
    pulled = itertools.count()

    def endless():
        for i in itertools.count():
            next(pulled)
            yield f"第{i}篇"

    first = list(itertools.islice(extract_many(endless()), 3))
    assert [x.text for x in first] == ["第0篇", "第1篇", "第2篇"]
    assert next(pulled) <= 4


def test_bad_arguments():
    with pytest.raises(TypeError):
        list(extract_many("一篇文章"))
    with pytest.raises(ValueError):
        list(extract_many(["x"], errors="ignore"))
    with pytest.raises(TypeError, match="item 0"):
        list(extract_many(["not a tuple"], as_tuples=True))


def test_progress_bar(capsys):
    out = list(extract_many(TEXTS[:2], progress=True))
    assert len(out) == 2
    assert "2/2" in capsys.readouterr().err


def test_public_names():
    assert gov_extract.extract_many is extract_many
    assert "extract_many" in gov_extract.__all__ and "to_frames" in gov_extract.__all__


def test_early_stop_in_worker_mode_returns():
    """Leaving the loop early (or an error) shuts the workers down instead of hanging."""
    import threading

    done = []

    def consume():
        gen = extract_many(["甲"] * 200, n_process=2, batch_size=1)
        first = next(gen)
        gen.close()  # what a `break` in the caller's loop does
        done.append(first)

    worker = threading.Thread(target=consume, daemon=True)
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive(), "extract_many did not shut its workers down"
    assert done and done[0].text == "甲"
