"""The spaCy pipeline component "gov_extract"."""
import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy")

TEXT = "2024年，我市地区生产总值835.5亿元、增长6.3%。"


def test_import_gov_extract_does_not_import_spacy():
    code = "import sys, gov_extract; print('spacy' in sys.modules, 'pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]


def test_factory_via_entry_point_in_fresh_process():
    # nothing of gov_extract imported: spaCy must find the factory through the entry point
    code = (
        "import spacy; nlp = spacy.blank('zh'); nlp.add_pipe('gov_extract', config={'region': '永康市'}); "
        f"doc = nlp({TEXT!r}); print(type(doc._.extraction).__name__, doc._.extraction.region)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["Extraction", "永康市"]


def test_component_sets_extraction_and_spans():
    import gov_extract
    import gov_extract.spacy_component  # noqa: F401  (registers the factory)

    nlp = spacy.blank("zh")
    nlp.add_pipe("gov_extract", config={"published": 2025, "region": "永康市"})
    doc = nlp(TEXT)
    expected = gov_extract.extract(TEXT, published=2025, region="永康市")
    assert doc._.extraction == expected
    assert len(doc.spans["gov_extract"]) == sum(1 for _ in expected.records())
    for span in doc.spans["gov_extract"]:
        assert span.label_ in {"METRIC", "RANKING", "PROJECT", "PERSON", "MEETING"}
    assert nlp.config["components"]["gov_extract"]["region"] == "永康市"


def test_spans_from_hand_made_extraction(monkeypatch):
    from gov_extract import spacy_component
    from gov_extract.records import Evidence, Extraction, Metric

    def fake(text, *, published=None, region=None):
        return Extraction(text=text, metrics=[Metric(indicator="地区生产总值", evidence=Evidence(start=5, end=18, text=text[5:18]))])

    monkeypatch.setattr(spacy_component, "extract", fake)
    nlp = spacy.blank("zh")
    nlp.add_pipe("gov_extract", config={"spans_key": "facts"})
    doc = nlp(TEXT)
    (span,) = doc.spans["facts"]
    assert span.label_ == "METRIC" and span.start_char <= 5 and span.end_char >= 18


def test_extension_registration_is_idempotent():
    import importlib

    from gov_extract import spacy_component

    importlib.reload(spacy_component)
    importlib.reload(spacy_component)
    from spacy.tokens import Doc

    assert Doc.has_extension("extraction")
    nlp = spacy.blank("zh")
    nlp.add_pipe("gov_extract", config={"spans_key": None})
    doc = nlp("测试")
    assert doc._.extraction.text == "测试" and "gov_extract" not in doc.spans
