#!/usr/bin/env python
"""Find the short place names that are everyday words, from annotated news text.

A county or city is often named without its suffix (永康, 巨野), so the gazetteer also knows
the short names. Some of them are ordinary words: 延长 (延长县; 延长产业链), 合作 (合作市),
前进 (前进区), 安居 (安居区; 安居工程). Counting by hand misses many, so this script counts:
for every short name, how often People's Daily (MSRA NER train) and CLUENER2020 train use it,
and how often inside a place or organization entity. A name used mostly outside entities is
an everyday word and is written to ``src/gov_extract/data/region_common_words.tsv``; the
library then takes it as no evidence of a place unless it carries its suffix (延长县).
Occurrences inside person names (刘永康) count neither way.

    .venv/bin/python scripts/build_region_common_words.py            # rewrite the data file
    .venv/bin/python scripts/build_region_common_words.py --dry-run  # print the table only

Only a word list leaves this script; the corpora are read, never copied.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_ner import DATASETS, read_cluener, read_msra  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "gov_extract" / "data" / "region_common_words.tsv"

HEADER = """\
# Short place names (without 县/市/区…) that news text uses mostly as everyday words:
# 延长 (延长县; 延长产业链), 合作 (合作市), 安居 (安居区; 安居工程). Written by
# scripts/build_region_common_words.py from MSRA NER train and CLUENER2020 train: a short name
# seen at least {min_count} times, inside a place/organization entity less than {share:.0%} of them.
# Columns: word, times seen, share inside a place/organization entity. Hand-kept words are in
# region_stopwords.txt; edit that file, not this one.
"""


def count_short_names(rows, gaz, short_names):
    seen, in_entity = Counter(), Counter()
    for text, spans in rows:
        for start, end, name in gaz.mentions(text):
            if name not in short_names:
                continue
            labels = {lab for s, e, lab in spans if s <= start and end <= e}
            if "PERSON" in labels:
                continue
            seen[name] += 1
            if labels & {"LOC", "ORG"}:
                in_entity[name] += 1
    return seen, in_entity


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", type=Path, default=DATASETS)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--max-entity-share", type=float, default=0.3)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)

    from gov_extract.regions import gazetteer

    gaz = gazetteer()
    full_names = {r.name for regions in gaz.by_name.values() for r in regions}
    short_names = {name for name in gaz.by_name if name not in full_names}
    rows = read_msra(args.datasets / "msra_ner" / "train.bio.gz")
    rows += read_cluener(args.datasets / "cluener2020" / "train.json.gz")
    seen, in_entity = count_short_names(rows, gaz, short_names)
    common = sorted((name for name, n in seen.items()
                     if n >= args.min_count and in_entity[name] / n < args.max_entity_share),
                    key=lambda name: (-seen[name], name))
    lines = [f"{name}\t{seen[name]}\t{in_entity[name] / seen[name]:.2f}" for name in common]
    print(f"{len(rows)} sentences, {len(short_names)} short names, {len(seen)} seen, "
          f"{len(common)} everyday words", file=sys.stderr)
    if args.dry_run:
        print("\n".join(lines))
        return 0
    OUT.write_text(HEADER.format(min_count=args.min_count, share=args.max_entity_share)
                   + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
