#!/usr/bin/env python
"""How many MSRA-test persons the library itself returns: ``extract(sentence).persons`` against
the gold PER names, on the MSRA NER test sentences with 1-7 persons (name rolls left out),
names of two or more characters (MSRA also labels a lone surname: 王 in 王老).

    .venv/bin/python scripts/eval_persons_msra.py                 # with the shipped NER
    GOV_EXTRACT_NER=0 .venv/bin/python scripts/eval_persons_msra.py  # rules only

This is a proxy for unseen general news: the person filler reads titles, bylines, lists and
speech/attendance verbs, and asks the NER only in windows around those verbs, so most MSRA
persons (writers, foreign leaders in passing, historical figures) are out of its reach.
Evaluation only; the sentences are never training data for the rules' tables.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_ner import DATASETS, read_msra  # noqa: E402


def main() -> int:
    import gov_extract

    rows = read_msra(DATASETS / "msra_ner" / "test.bio.gz", 0)
    rows = [(t, g) for t, g in rows if 0 < sum(1 for s in g if s[2] == "PERSON") < 8]
    tp = fp = fn = 0
    t0 = time.process_time()
    for text, gold in rows:
        names = {text[s:e] for s, e, label in gold if label == "PERSON" and e - s >= 2}
        got = {p.name for p in gov_extract.extract(text, published=1998).persons}
        tp += len(names & got)
        fp += len(got - names)
        fn += len(names - got)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(json.dumps({"ner": os.environ.get("GOV_EXTRACT_NER", "1") not in ("0", "false", "no"),
                      "sentences": len(rows), "tp": tp, "fp": fp, "fn": fn,
                      "P": round(p, 3), "R": round(r, 3), "F1": round(f, 3),
                      "cpu_s": round(time.process_time() - t0, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
