#!/usr/bin/env python
"""NER P/R/F1 per label on the MSRA NER test set and the CLUENER2020 dev set (labels mapped as
in scripts/train_ner.py), plus model size, load time and speed. Evaluation only.

    .venv/bin/python scripts/eval_ner.py                     # the packaged model
    .venv/bin/python scripts/eval_ner.py --model /tmp/govx_model/ner_char/output/model-best

Scoring is on character spans (start, end, label), exact match, so any entity the tokens
cannot represent counts as an error. MSRA annotates PER/ORG/LOC only: TITLE predictions are
ignored there. CLUENER: PERSON, ORG, LOC, TITLE. ``--pkuseg-alignment`` also reports how many
gold entities of each set cannot be aligned to pkuseg word tokens.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_ner import DATASETS, read_cluener, read_msra  # noqa: E402


LIST_MIN_PERSONS = 8


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(f, 4), "gold": n_gold, "pred": n_pred}


def score(nlp, rows, labels, batch_size=128):
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    texts = [t for t, _ in rows]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    dt = time.perf_counter() - t0
    by_kind = {"name_lists": Counter(), "other": Counter()}
    for doc, (_, gold) in zip(docs, rows):
        g = {s for s in gold if s[2] in labels}
        p = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in labels}
        # PERSON apart in sentences that are name rolls (>= 8 persons: 委员：王占王克王涛…)
        g_per = {s for s in g if s[2] == "PERSON"}
        p_per = {s for s in p if s[2] == "PERSON"}
        kind = by_kind["name_lists" if len(g_per) >= LIST_MIN_PERSONS else "other"]
        kind["tp"] += len(g_per & p_per)
        kind["pred"] += len(p_per)
        kind["gold"] += len(g_per)
        for s in g:
            n_gold[s[2]] += 1
        for s in p:
            n_pred[s[2]] += 1
        for s in g & p:
            tp[s[2]] += 1
    res = {lab: prf(tp[lab], n_pred[lab], n_gold[lab]) for lab in labels}
    res["ALL"] = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    if "PERSON" in labels:
        res["PERSON_in"] = {k: prf(c["tp"], c["pred"], c["gold"]) | {"sentences_rule": (
            f">= {LIST_MIN_PERSONS} persons" if k == "name_lists" else f"< {LIST_MIN_PERSONS} persons")}
            for k, c in by_kind.items()}
    chars = sum(len(t) for t in texts)
    tokens = sum(len(d) for d in docs)
    res["speed"] = {"texts": len(texts), "chars_per_s": round(chars / dt), "tokens_per_s": round(tokens / dt)}
    return res


def read_docbin(path: Path):
    """(text, gold spans) of a DocBin written by train_ner.py."""
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank("zh").vocab
    return [(d.text, [(e.start_char, e.end_char, e.label_) for e in d.ents])
            for d in DocBin().from_disk(path).get_docs(vocab)]


def pkuseg_alignment(rows):
    import spacy

    from gov_extract.nlp import load_segmenter

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    nlp.tokenizer.pkuseg_seg = load_segmenter()
    total, bad = Counter(), Counter()
    for text, spans in rows:
        doc = nlp.make_doc(text)
        for s, e, lab in spans:
            total[lab] += 1
            if doc.char_span(s, e) is None:
                bad[lab] += 1
    return {lab: {"entities": total[lab], "misaligned": bad[lab],
                  "share": round(bad[lab] / total[lab], 4)} for lab in sorted(total)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=None, help="NER dir (default: the packaged one)")
    ap.add_argument("--datasets", type=Path, default=DATASETS)
    ap.add_argument("--sets", nargs="*", default=["msra", "cluener"],
                    help="public test sets to score (none: only --heldout)")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--heldout", type=Path, default=None,
                    help="a dev.spacy written by train_ner.py: also score the held-out training "
                         "sentences (the set models are selected on), split by source")
    ap.add_argument("--pkuseg-alignment", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)

    from gov_extract.nlp import load_pipeline, models_dir

    model_dir = args.model or models_dir() / "ner"
    t0 = time.perf_counter()
    nlp = load_pipeline(args.model)
    load_s = time.perf_counter() - t0
    nlp("预热")
    res = {"model": str(model_dir), "size_mb": round(dir_size(Path(model_dir)) / 1e6, 2),
           "load_s": round(load_s, 2), "tokenizer": getattr(nlp.tokenizer, "segmenter", "?")}
    sets = {
        "msra": (lambda: read_msra(args.datasets / "msra_ner" / "test.bio.gz", args.limit),
                 ["PERSON", "ORG", "LOC"]),
        "cluener": (lambda: read_cluener(args.datasets / "cluener2020" / "dev.json.gz", args.limit),
                    ["PERSON", "ORG", "LOC", "TITLE"]),
    }
    if args.heldout:
        sets["heldout"] = (lambda: read_docbin(args.heldout), ["PERSON", "ORG", "LOC", "TITLE"])
        args.sets = list(args.sets) + ["heldout"]
    for name in args.sets:
        reader, labels = sets[name]
        rows = reader()
        res[name] = score(nlp, rows, labels)
        if args.pkuseg_alignment:
            res[name]["pkuseg_alignment"] = pkuseg_alignment(rows)
        print(name, json.dumps(res[name], ensure_ascii=False), file=sys.stderr)
    print(json.dumps(res, ensure_ascii=False, indent=1))
    if args.json:
        args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
