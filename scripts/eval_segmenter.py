#!/usr/bin/env python
"""Word segmentation P/R/F1 on the whole SIGHAN 2005 PKU and MSR gold test sets, plus model
size, load time and speed. Evaluation only: nothing here trains on these sets.

    .venv/bin/python scripts/eval_segmenter.py                      # the shipped model + user dict
    .venv/bin/python scripts/eval_segmenter.py --no-user-dict
    .venv/bin/python scripts/eval_segmenter.py --model /tmp/govx_model/pkuseg-default   # original

Scores are over word boundaries: a predicted word counts when its character span equals a
gold word's span (whitespace removed on both sides).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

SIGHAN = Path("/work/shared/datasets/sighan2005")


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def spans(words):
    out, pos = set(), 0
    for w in words:
        w = "".join(w.split())
        if not w:
            continue
        out.add((pos, pos + len(w)))
        pos += len(w)
    return out, pos


def read_gold(name: str):
    with gzip.open(SIGHAN / f"{name}_test_gold.utf8.gz", "rt", encoding="utf-8") as fh:
        return [line.split() for line in fh if line.strip()]


def evaluate(seg, gold_sents):
    tp = n_pred = n_gold = chars = 0
    t0 = time.perf_counter()
    for words in gold_sents:
        text = "".join(words)
        pred = seg.cut(text)
        p, plen = spans(pred)
        g, glen = spans(words)
        assert plen == glen, (text, pred)
        tp += len(p & g)
        n_pred += len(p)
        n_gold += len(g)
        chars += glen
    dt = time.perf_counter() - t0
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"P": round(prec, 4), "R": round(rec, 4), "F1": round(f1, 4),
            "sentences": len(gold_sents), "gold_words": n_gold, "chars": chars,
            "chars_per_s": round(chars / dt)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=None, help="model dir (default: the packaged one)")
    ap.add_argument("--no-user-dict", action="store_true")
    ap.add_argument("--sets", nargs="+", default=["pku", "msr"])
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)

    from gov_extract.nlp import load_segmenter, models_dir

    model_dir = args.model or models_dir() / "pkuseg"
    t0 = time.perf_counter()
    seg = load_segmenter(args.model, user_dict=not args.no_user_dict)
    load_s = time.perf_counter() - t0
    res = {"model": str(model_dir), "size_mb": round(dir_size(Path(model_dir)) / 1e6, 1),
           "features": seg.n_feature, "user_dict": not args.no_user_dict,
           "load_s": round(load_s, 2)}
    for name in args.sets:
        res[name] = evaluate(seg, read_gold(name))
    print(json.dumps(res, ensure_ascii=False, indent=1))
    if args.json:
        args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
