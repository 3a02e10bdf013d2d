"""The shipped spaCy pipeline (gov_extract.nlp): loads from the installed package, offline."""
from __future__ import annotations

import socket
import subprocess
import sys
from importlib import resources

import pytest

from gov_extract import nlp as gx_nlp

SENTENCE = "市委书记胡勇春在发言时表示"


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def fresh(monkeypatch):
    """Forget any pipeline cached by other tests so that this one really loads it."""
    monkeypatch.setattr(gx_nlp, "_nlp", None)
    monkeypatch.setattr(gx_nlp, "_segmenter", None)


def test_model_files_are_in_the_package():
    models = resources.files("gov_extract") / "models"
    assert (models / "pkuseg" / "features.msgpack").is_file()
    assert (models / "pkuseg" / "weights_f16.npz").is_file()
    assert (models / "ner" / "config.cfg").is_file()
    assert (models / "ner" / "ner" / "model").is_file()
    assert (resources.files("gov_extract") / "data" / "user_dict.txt").is_file()


def test_importing_nlp_does_not_import_spacy():
    code = "import gov_extract.nlp, sys; print('spacy' in sys.modules, 'spacy_pkuseg' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_segment_offline(no_network, fresh):
    words = gx_nlp.segment(SENTENCE)
    assert "".join(words) == SENTENCE
    assert words[:2] == ["市委", "书记"]
    assert "胡" in words or "胡勇春" in words
    assert gx_nlp.segment("") == []


def test_user_dict_keeps_domain_words_whole(fresh):
    words = gx_nlp.segment("全市规上工业增加值增长8.2%，专精特新企业建成投用")
    for w in ("规上工业增加值", "专精特新", "建成投用"):
        assert w in words, words


def test_entities_offline(no_network, fresh):
    (ents,) = gx_nlp.entities([SENTENCE])
    assert (4, 7, "PERSON") in ents, ents
    assert all(label in gx_nlp.LABELS for _, _, label in ents)
    assert gx_nlp.entities([]) == []


def test_entities_batch_offsets(fresh):
    texts = [SENTENCE, "", "本报讯（融媒首席记者 陈晓苏）", "王海涛在市委政法工作会议上强调"]
    out = gx_nlp.entities(texts)
    assert len(out) == len(texts)
    assert out[1] == []
    for text, ents in zip(texts, out):
        for start, end, label in ents:
            assert 0 <= start < end <= len(text)
    assert any(text_span == "王海涛" for text_span in (texts[3][s:e] for s, e, _ in out[3]))


def test_load_is_cached(fresh):
    assert gx_nlp.load() is gx_nlp.load()


def test_missing_model_raises_clear_error(tmp_path):
    with pytest.raises(gx_nlp.ModelNotFoundError, match="missing"):
        gx_nlp.load_pipeline(ner_dir=tmp_path)
    with pytest.raises(gx_nlp.ModelNotFoundError, match="missing"):
        gx_nlp.load_segmenter(tmp_path)
