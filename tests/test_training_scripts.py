"""Smoke tests that keep scripts/build_segmenter.py and scripts/train_ner.py working, on tiny
generated data (no download, a few training steps, everything under tmp_path)."""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import average_ner  # noqa: E402
import build_segmenter  # noqa: E402
import eval_segmenter  # noqa: E402
import train_ner  # noqa: E402


def test_prune_and_load_tiny_segmenter(tmp_path):
    from gov_extract.nlp import load_segmenter

    # a tiny pkuseg-like model: bias, unigram char features and two word features
    names = ["$$", "c.我", "c.们", "c.好", "c-1.我", "w1.我们", "w-1.我们", "c.的"]
    feats = {"unigram": {"我们", "你们"}, "bigram": {"我们*好"},
             "feature_to_idx": {n: i for i, n in enumerate(names)},
             "tag_to_idx": {"B": 0, "B_single": 1, "I": 2, "I_end": 3, "I_first": 4}}
    n_tag, n_feature = 5, len(names)
    rng = np.random.default_rng(0)
    w = rng.normal(size=n_tag * (n_feature + n_tag))
    w[-1 * n_tag * n_tag - n_tag:-n_tag * n_tag] = 0.0  # "c.的" has zero weights: pruned first
    features, new_w = build_segmenter.prune(feats, n_tag, n_feature, w, keep=6, unigram_mode="used")
    assert len(features["feature_to_idx"]) == 6
    assert features["feature_to_idx"]["$$"] == 0
    assert "c.的" not in features["feature_to_idx"]
    assert features["unigram"] == ["我们"] and features["bigram"] == []
    assert new_w.shape == (n_tag * (6 + n_tag),)
    out = tmp_path / "seg"
    build_segmenter.write(out, features, n_tag, new_w, tmp_path, keep=6)
    seg = load_segmenter(out, user_dict=["你好"])
    assert seg.model.w.dtype == np.float64
    words = seg.cut("我们你好的")
    assert "".join(words) == "我们你好的" and "你好" in words


def test_eval_segmenter_spans():
    s, n = eval_segmenter.spans(["我们", "是", "学生"])
    assert s == {(0, 2), (2, 3), (3, 5)} and n == 5


def _write_tiny_datasets(root: Path) -> None:
    (root / "cluener2020").mkdir(parents=True)
    (root / "msra_ner").mkdir(parents=True)
    rows = [
        {"text": "浙商银行企业信贷部叶老桂博士则从另一个角度进行了解读。",
         "label": {"name": {"叶老桂": [[9, 11]]}, "company": {"浙商银行": [[0, 3]]},
                   "position": {"博士": [[12, 13]]}}},
        {"text": "北京市海淀区的市长王明来到现场。",
         "label": {"address": {"北京市海淀区": [[0, 5]]}, "position": {"市长": [[7, 8]]},
                   "name": {"王明": [[9, 10]]}}},
    ] * 4
    with gzip.open(root / "cluener2020" / "train.json.gz", "wt", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    msra = [("中国人民银行行长周小川在北京表示", {0: "B-ORG", **{i: "I-ORG" for i in range(1, 6)},
                                       8: "B-PER", 9: "I-PER", 10: "I-PER", 12: "B-LOC", 13: "I-LOC"})] * 4
    with gzip.open(root / "msra_ner" / "train.bio.gz", "wt", encoding="utf-8") as fh:
        for text, tags in msra:
            for i, ch in enumerate(text):
                fh.write(f"{ch}\t{tags.get(i, 'O')}\n")
            fh.write("\n")


def test_train_ner_tiny(tmp_path):
    data = tmp_path / "datasets"
    _write_tiny_datasets(data)
    seeds, gold = tmp_path / "seeds", tmp_path / "gold"
    seeds.mkdir()
    gold.mkdir()
    (seeds / "x.txt").write_text("本报讯（融媒记者 程明星）\n市委书记胡勇春在发\n\n言时表示，要加快建设。\n",
                                 encoding="utf-8")
    (gold / "x.json").write_text(json.dumps({"persons": [
        {"name": "胡勇春", "title": "市委书记", "organization": None},
        {"name": "程明星", "title": "融媒记者", "organization": None}]}, ensure_ascii=False),
        encoding="utf-8")
    out = tmp_path / "ner"
    rc = train_ner.main([
        "--datasets", str(data), "--seeds", str(seeds), "--gold-seeds", str(gold),
        "--work", str(tmp_path / "work"), "--out", str(out), "--dev-share", "0.2",
        "--override", "training.max_steps=5", "--override", "training.eval_frequency=5",
        "--override", "components.tok2vec.model.encode.width=16",
        "--override", "components.tok2vec.model.encode.depth=1",
        "--override", "components.tok2vec.model.embed.rows=[200,20,10,200]",
        "--override", "components.ner.model.hidden_width=16",
        "--name-lists", "10", "--swap-names", "20",
        "--finetune-mix", "msra2", "--finetune-override", "training.max_steps=3",
        "--finetune-override", "training.eval_frequency=3",
    ])
    assert rc == 0
    # phase 2 started from phase 1's best model and is what got installed
    assert (tmp_path / "work" / "finetuned" / "model-best").is_dir()
    stats = json.loads((tmp_path / "work" / "convert_stats.json").read_text(encoding="utf-8"))
    assert stats["seed_sentences"] == 2  # the byline and the sentence naming 胡勇春
    # 胡勇春 is found although the seed text breaks the line inside 发言
    assert stats["stats"]["seeds/entities/PERSON"] == 2
    assert stats["stats"]["seeds/entities/TITLE"] == 2
    assert stats["stats"]["name_lists/entities/PERSON"] >= 40
    assert stats["stats"]["swapped_names/entities"] > 0
    # msra2: every training doc once more for each MSRA sentence
    assert stats["stats"]["finetune_docs"] > stats["train_docs"]
    assert (out / "config.cfg").is_file() and not (out / "tokenizer").exists()

    from gov_extract.nlp import load_pipeline

    nlp = load_pipeline(out)
    doc = nlp("市委书记胡勇春在发言时表示")
    assert len(doc) == len("市委书记胡勇春在发言时表示")  # character tokens
    assert nlp.pipe_names == ["gov_extract_words", "tok2vec", "ner"]
    # pkuseg word features: 市委/书记/胡/勇春/...
    assert [t.tag_ for t in doc[:7]] == ["B", "E", "B", "E", "S", "B", "E"]
    assert doc[5].lemma_ == "勇春"
    assert set(nlp.get_pipe("ner").labels) <= {"PERSON", "ORG", "LOC", "TITLE", "GPE"}


def _tiny_args(tmp_path, work):
    data = tmp_path / "datasets"
    if not data.exists():
        _write_tiny_datasets(data)
    return ["--datasets", str(data), "--seeds", str(tmp_path / "no-seeds"),
            "--gold-seeds", str(tmp_path / "no-gold"), "--work", str(tmp_path / work),
            "--dev-share", "0.3", "--name-lists", "10", "--swap-names", "20"]


TINY_MODEL = ["--override", "components.tok2vec.model.encode.width=16",
              "--override", "components.tok2vec.model.encode.depth=1",
              "--override", "components.tok2vec.model.embed.rows=[200,20,10,200]",
              "--override", "components.ner.model.hidden_width=16"]


def test_train_ner_made_up_names_in_finetuning_then_annealing(tmp_path):
    """The E4 recipe of docs/model.md: made-up names only in the fine-tuning phase, an annealing
    phase without them, model-best picked by PERSON F1 on the held-out MSRA sentences."""
    assert train_ner.main(_tiny_args(tmp_path, "plain") + ["--convert-only"]) == 0
    out = tmp_path / "ner"
    rc = train_ner.main(_tiny_args(tmp_path, "work") + TINY_MODEL + [
        "--out", str(out), "--made-up-names", "30", "--made-up-in", "finetune",
        "--select", "msra-person", "--anneal-steps", "3",
        "--override", "training.max_steps=4", "--override", "training.eval_frequency=2",
        "--finetune-override", "training.max_steps=3", "--finetune-override", "training.eval_frequency=3",
    ])
    assert rc == 0
    work = tmp_path / "work"
    # phase 1 sees exactly the data of a run without made-up names
    assert (work / "train.spacy").read_bytes() == (tmp_path / "plain" / "train.spacy").read_bytes()
    stats = json.loads((work / "convert_stats.json").read_text(encoding="utf-8"))
    assert stats["stats"]["made_up_names/entities/PERSON"] > 0
    assert stats["stats"]["finetune_docs"] > stats["stats"]["anneal_docs"]
    assert stats["stats"]["dev_msra_docs"] >= 1

    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    def texts(name):
        return {d.text for d in DocBin().from_disk(work / name).get_docs(Vocab())}

    made_up_only = texts("finetune.spacy") - texts("anneal.spacy")
    assert made_up_only and not made_up_only & texts("train.spacy")
    assert texts("dev_msra.spacy") <= texts("dev.spacy")
    # the annealed model is the one installed, selected by the per-label score
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert (work / "annealed" / "model-best").is_dir()
    assert "ents_PERSON_f" in meta["performance"]
    assert meta["gov_extract_training"]["select"] == "msra-person"

    # scripts/average_ner.py: the fine-tuned and the annealed model share a start, so their
    # weights can be averaged; every parameter becomes the weighted mean
    finetuned, annealed = work / "finetuned" / "model-best", work / "annealed" / "model-best"
    soup, averaged = average_ner.average_pipelines([finetuned, annealed], [0.25, 0.75])
    assert averaged > 10
    from gov_extract.nlp import load_pipeline

    def first_ner_param(nlp):
        layer = next(l for l in nlp.get_pipe("ner").model.walk() if l.param_names and l.has_param(l.param_names[0]))
        return layer.get_param(layer.param_names[0])

    expected = 0.25 * first_ner_param(load_pipeline(finetuned)) + 0.75 * first_ner_param(load_pipeline(annealed))
    assert np.allclose(first_ner_param(soup), expected)
    with pytest.raises(ValueError, match="sum to 1"):
        average_ner.average_pipelines([finetuned, annealed], [0.5, 0.6])


def test_ner_scorer_flattens_per_label_f():
    import spacy
    from spacy.tokens import Span
    from spacy.training import Example

    from gov_extract.nlp import score_entities

    nlp = spacy.blank("zh")
    gold = nlp("市委书记胡勇春在永康")
    gold.ents = [Span(gold, 4, 7, "PERSON"), Span(gold, 8, 10, "LOC")]
    pred = nlp("市委书记胡勇春在永康")
    pred.ents = [Span(pred, 4, 6, "PERSON"), Span(pred, 8, 10, "LOC")]
    scores = score_entities([Example(pred, gold)])
    assert scores["ents_PERSON_f"] == 0.0 and scores["ents_LOC_f"] == 1.0
    assert scores["ents_f"] == 0.5


def test_synthetic_name_lists_spans_cover_the_names():
    import random

    names = ["王太华", "李鹏", "欧阳修文", "Smith", "约翰·拉贝", "张"]
    rows = train_ner.synthetic_name_lists(names, random.Random(0), 50)
    assert len(rows) == 50
    seen = set()
    for text, spans in rows:
        assert 4 <= len(spans) <= 24
        for s, e, label in spans:
            assert label == "PERSON"
            seen.add(text[s:e])
        # spans are in order and never overlap
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    # only 2-4 character Chinese names are listed
    assert seen == {"王太华", "李鹏", "欧阳修文"}
    # most lists have no separator between two names: that is what they teach
    joined = sum(1 for text, spans in rows if any(a[1] == b[0] for a, b in zip(spans, spans[1:])))
    assert joined >= 30


def test_swap_person_names_keeps_the_other_spans_aligned():
    import random

    rows = [("市委书记胡勇春在永康调研。", [(0, 4, "TITLE"), (4, 7, "PERSON"), (8, 10, "LOC")]),
            ("没有人名的句子。", [])]
    out = train_ner.swap_person_names(rows, ["李鹏", "欧阳明华", "约翰·拉贝"], random.Random(0), 20)
    assert len(out) == 20
    for text, spans in out:
        labels = {label: text[s:e] for s, e, label in spans}
        assert labels["TITLE"] == "市委书记" and labels["LOC"] == "永康"
        assert labels["PERSON"] in {"李鹏", "欧阳明华"}  # a Chinese name for a Chinese name
        assert text.endswith("调研。")


def test_finetune_mix_weights_people_s_daily_text():
    import spacy

    nlp = spacy.blank("zh")
    docs = [nlp.make_doc(t) for t in ("甲", "乙", "丙")]
    tuned = train_ner.finetune_mix(docs, {"甲"}, {"乙"}, "msra2", 0)
    assert sorted(d.text for d in tuned) == ["丙", "乙", "甲", "甲"]
    tuned = train_ner.finetune_mix(docs * 100, {"甲"}, {"乙"}, "msra2-cluener0.3", 0)
    counts = {t: sum(1 for d in tuned if d.text == t) for t in "甲乙丙"}
    assert counts["甲"] == 200 and counts["丙"] == 100 and 15 <= counts["乙"] <= 45
    with pytest.raises(ValueError):
        train_ner.finetune_mix(docs, set(), set(), "msra9", 0)


def test_made_up_names_follow_the_training_names():
    import random

    names = ["王小明", "李红", "张建国", "约翰·史密斯", "玛丽·居里", "毕加索"]
    model = train_ner.NameModel(names, surnames=["王", "李", "张"])
    rng = random.Random(0)
    made = [model.chinese(rng) for _ in range(50)]
    assert all(x[0] in "王李张" and 2 <= len(x) <= 3 for x in made)
    given = set("小明红建国")
    assert all(ch in given for x in made for ch in x[1:])
    foreign = [model.transliteration(rng, 2) for _ in range(20)]
    assert all(set(x) <= set("约翰史密斯玛丽居里·") for x in foreign)
    rows = [("欢迎王小明同志和约翰·史密斯先生", [(2, 5, "PERSON"), (8, 14, "PERSON")])]
    for text, spans in train_ner.synthetic_person_names(rows, names, rng, 5):
        assert text.endswith("先生") and "同志和" in text
        for s, e, label in spans:
            assert label == "PERSON" and text[s:e] and "同志" not in text[s:e]
