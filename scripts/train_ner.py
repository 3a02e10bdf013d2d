#!/usr/bin/env python
"""Rebuild gov_extract's NER model from the datasets, with a fixed seed.

    .venv/bin/python scripts/train_ner.py                       # full rebuild -> src/gov_extract/models/ner
    .venv/bin/python scripts/train_ner.py --convert-only        # corpora + alignment statistics only

Steps
  1. convert: CLUENER2020 train, the MSRA NER train subset and in-domain sentences made from the
     seed articles' gold persons/titles/organizations are tokenized with the shipped pkuseg
     segmenter (src/gov_extract/models/pkuseg + data/user_dict.txt) and written as DocBin
     .spacy files into --work (outside the package). A small random share (--dev-share) is held
     out as the dev set for model selection; MSRA test and CLUENER dev are NOT used here (they are
     for scripts/eval_ner.py only). /work/shared/gold/dev and /work/shared/dev are never read.
     The training part also gets synthetic name rolls (--name-lists, names run together as in
     「委员：王占王克王涛…」) and copies of sentences with their person names swapped for other
     training names (--swap-names); both use training names only.
  2. `spacy train training/config_wide.cfg --code training/components.py` (pre-tokenized corpora,
     gold_preproc = true, 10000 steps). The NER runs on character tokens; the gov_extract_words
     component gives every character its pkuseg word (TAG = B/I/E/S position, LEMMA = the word).
  3. fine-tuning (--finetune-mix, default msra2-cluener0.3): `spacy train
     training/config_finetune.cfg` starting from step 2's model-best, on the training docs
     re-weighted toward MSRA (People's Daily) sentences, learning rate falling from 0.0005 to 0
     over 5000 steps ("none" skips it).
  3b. annealing (--anneal-steps N, default 0 = none): `spacy train training/config_finetune.cfg`
     from step 3's model-best for N more steps, learning rate falling from --anneal-rate to 0, on
     the fine-tuning mix WITHOUT made-up names (with --made-up-in finetune, step 3 is the only
     phase that sees them: they raise recall on unseen names, annealing gives precision back).
     --select msra-person picks model-best in steps 3 and 3b by PERSON F1 on the MSRA sentences
     of the held-out split (dev_msra.spacy) instead of all-label F1 on the whole split.
  4. copy the last phase's model-best into src/gov_extract/models/ner, without the tokenizer
     directory (the segmenter is shipped once, in models/pkuseg, and attached by
     gov_extract.nlp.load()).

Labels: PERSON (CLUENER name, MSRA PER), ORG (CLUENER company/organization/government, MSRA ORG),
LOC (CLUENER address/scene, MSRA LOC; GPE is not told apart from LOC), TITLE (CLUENER position).
CLUENER game/movie/book are left unlabelled (O). MSRA does not annotate titles: occurrences of
known title words in MSRA sentences are marked "missing" (no loss) instead of O.

With --tokens pkuseg (word tokens; not shipped), character-level entities whose edges fall inside
a pkuseg token cannot be represented: they are counted ("misaligned") and marked missing.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

REPO = Path(__file__).resolve().parents[1]
DATASETS = Path("/work/shared/datasets")
SEEDS = Path("/work/shared/seeds")
GOLD_SEEDS = Path("/work/shared/gold/seeds")
DEFAULT_WORK = Path("/tmp/govx_model/ner_work")
CONFIGS = {"words": REPO / "training" / "config_wide.cfg",   # chars + pkuseg word features (shipped)
           "char": REPO / "training" / "config_char.cfg",    # chars only
           "pkuseg": REPO / "training" / "config_char.cfg"}  # pkuseg word tokens (experiment)
FINETUNE_CONFIG = REPO / "training" / "config_finetune.cfg"
COMPONENTS_CODE = REPO / "training" / "components.py"
DEFAULT_MODEL_OUT = REPO / "src" / "gov_extract" / "models" / "ner"

CLUENER_MAP = {
    "name": "PERSON",
    "company": "ORG",
    "organization": "ORG",
    "government": "ORG",
    "address": "LOC",
    "scene": "LOC",
    "position": "TITLE",
}
MSRA_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

Span = Tuple[int, int, str]  # char start, end (exclusive), label


# ---------------------------------------------------------------- readers (char offsets)

def read_cluener(path: Path, limit: int = 0) -> List[Tuple[str, List[Span]]]:
    """CLUENER json lines; offsets are END-INCLUSIVE in the file, exclusive here."""
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            spans = []
            for cat, ents in (row.get("label") or {}).items():
                label = CLUENER_MAP.get(cat)
                if label is None:
                    continue
                for surface, offsets in ents.items():
                    for s, e in offsets:
                        assert row["text"][s:e + 1] == surface, (row["text"], surface, s, e)
                        spans.append((s, e + 1, label))
            out.append((row["text"], spans))
            if limit and len(out) >= limit:
                break
    return out


def read_msra(path: Path, limit: int = 0) -> List[Tuple[str, List[Span]]]:
    """MSRA BIO, one char + TAB + tag a line, blank line between sentences."""
    out = []

    def flush(chars, tags):
        spans, start, label = [], None, None
        for i, tag in enumerate(tags + ["O"]):
            if start is not None and not (tag.startswith("I-") and tag[2:] == label):
                spans.append((start, i, MSRA_MAP[label]))
                start = None
            if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                start, label = i, tag[2:]
        out.append(("".join(chars), spans))

    chars: List[str] = []
    tags: List[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if chars:
                    flush(chars, tags)
                    chars, tags = [], []
                    if limit and len(out) >= limit:
                        return out
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            char, tag = (parts[0], parts[-1]) if len(parts) >= 2 else (" ", parts[-1])
            chars.append(char if char else " ")
            tags.append(tag)
    if chars:
        flush(chars, tags)
    return out


def normalize_seed(text: str) -> str:
    """Seed articles: lines broken mid-sentence are separated by a blank line ("\\n\\n")."""
    try:  # the library's normalizer, once it exists
        from gov_extract.normalize import normalize  # type: ignore

        return normalize(text).text
    except Exception:
        return text.replace("\n\n", "")


_SENT_END = re.compile(r"(?<=[。！？；])")


def read_seed_examples(seeds: Path, gold: Path) -> List[Tuple[str, List[Span]]]:
    """Sentences of the seed articles containing a gold person name, with the gold names
    (PERSON), titles (TITLE, split at 、) and organizations (ORG) found in them."""
    out = []
    for gold_file in sorted(gold.glob("*.json")):
        rec = json.loads(gold_file.read_text(encoding="utf-8"))
        text_file = seeds / (gold_file.stem + ".txt")
        if not text_file.is_file():
            continue
        text = normalize_seed(text_file.read_text(encoding="utf-8"))
        names, titles, orgs = set(), set(), set()
        for p in rec.get("persons", []):
            if p.get("name"):
                names.add(p["name"])
            for t in re.split(r"[、，]", p.get("title") or ""):
                if len(t) >= 2:
                    titles.add(t)
            if p.get("organization"):
                orgs.add(p["organization"])
        for para in text.split("\n"):
            for sent in _SENT_END.split(para):
                sent = sent.strip()
                if not sent or not any(n in sent for n in names):
                    continue
                spans = []
                for words, label in ((names, "PERSON"), (titles, "TITLE"), (orgs, "ORG")):
                    for w in words:
                        for m in re.finditer(re.escape(w), sent):
                            spans.append((m.start(), m.end(), label))
                out.append((sent, drop_overlaps(spans)))
    return out


def drop_overlaps(spans: Iterable[Span]) -> List[Span]:
    """Longest first, then leftmost; overlapping spans are dropped."""
    taken: List[Span] = []
    for s in sorted(set(spans), key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(s[1] <= t[0] or s[0] >= t[1] for t in taken):
            taken.append(s)
    return sorted(taken)


def title_lexicon(cluener_rows, seed_rows, min_count: int = 2) -> List[str]:
    counts: Counter = Counter()
    for text, spans in list(cluener_rows) + list(seed_rows):
        for s, e, label in spans:
            if label == "TITLE" and e - s >= 2:
                counts[text[s:e]] += 1
    return sorted(w for w, c in counts.items() if c >= min_count)


# ---------------------------------------------------------------- tokens

def make_doc(nlp, text: str, spans: List[Span], stats: Counter, source: str,
             extra_missing: Iterable[Tuple[int, int]] = ()):
    """A Doc with pkuseg tokens and entities; misaligned entities -> missing tokens."""
    doc = nlp.make_doc(text)
    ents, missing = [], []
    for s, e, label in drop_overlaps(spans):
        stats[f"{source}/entities"] += 1
        span = doc.char_span(s, e, label=label, alignment_mode="strict")
        if span is None:
            stats[f"{source}/misaligned"] += 1
            stats[f"{source}/misaligned/{label}"] += 1
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                missing.append(span)
        else:
            ents.append(span)
        stats[f"{source}/entities/{label}"] += 1
    ent_tokens = {i for sp in ents for i in range(sp.start, sp.end)}
    for s, e in extra_missing:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            missing.append(span)
    missing = [sp for sp in missing if not any(i in ent_tokens for i in range(sp.start, sp.end))]
    # missing spans may overlap each other: merge into single-token spans
    miss_tokens = sorted({i for sp in missing for i in range(sp.start, sp.end)})
    doc.set_ents(ents, missing=[doc[i:i + 1] for i in miss_tokens], default="outside")
    return doc


# Name lists without separators ("委员：王占王克王涛王海…") are common in People's Daily text
# and in PDF pages whose spaces between names were lost; the corpora have few of them, so
# training adds lists built from the training corpora's own person names.
LIST_PREFIXES = ["", "", "委员：", "出席会议的有", "主席团成员：", "参加会议的还有", "名单如下：",
                 "副主席：", "常务委员：", "陪同会见的有", "领导同志", "出席开幕式的有"]
LIST_NOTES = ["（女）", "（女）", "（回族）", "（藏族）", "（女，苗族）", "（满族）", "（蒙古族）"]
LIST_ENDINGS = ["等。", "。", "", "等出席会议。", "等同志参加。"]
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def synthetic_name_lists(names: List[str], rng: random.Random, n: int) -> List[Tuple[str, List[Span]]]:
    """``n`` list sentences of 4-24 names each, mostly with no separator between the names."""
    pool = sorted({x for x in names if _CJK_NAME.match(x)})
    out = []
    if not pool:
        return out
    for _ in range(n):
        sep = "" if rng.random() < 0.75 else rng.choice(["、", " "])
        text = rng.choice(LIST_PREFIXES)
        spans: List[Span] = []
        for i in range(rng.randint(4, 24)):
            if i and sep:
                text += sep
            name = rng.choice(pool)
            spans.append((len(text), len(text) + len(name), "PERSON"))
            text += name
            if rng.random() < 0.08:
                text += rng.choice(LIST_NOTES)
        text += rng.choice(LIST_ENDINGS)
        out.append((text, spans))
    return out


def _replace_persons(rows: List[Tuple[str, List[Span]]], rng: random.Random, n: int,
                     replace) -> List[Tuple[str, List[Span]]]:
    """``n`` copies of sentences with a PERSON, each PERSON span rewritten by ``replace(name)``
    (the same name back leaves it), the other spans shifted."""
    with_person = [r for r in rows if any(lab == "PERSON" for _, _, lab in r[1])]
    out = []
    if not with_person:
        return out
    for _ in range(n):
        text, spans = rng.choice(with_person)
        new_text, new_spans, pos, shift = "", [], 0, 0
        for s, e, label in sorted(spans):
            name = text[s:e]
            repl = replace(name) if label == "PERSON" else name
            new_text += text[pos:s] + repl
            new_spans.append((s + shift, s + shift + len(repl), label))
            shift += len(repl) - len(name)
            pos = e
        out.append((new_text + text[pos:], new_spans))
    return out


def swap_person_names(rows: List[Tuple[str, List[Span]]], names: List[str], rng: random.Random,
                      n: int) -> List[Tuple[str, List[Span]]]:
    """``n`` copies of sentences with a PERSON, each PERSON replaced by another training name of
    the same kind (2-4 Chinese characters, or a transliteration with ·), other spans shifted:
    the same contexts with more names in them."""
    chinese = sorted({x for x in names if _CJK_NAME.match(x)})
    foreign = sorted({x for x in names if "·" in x})
    if not chinese:
        return []

    def replace(name: str) -> str:
        if _CJK_NAME.match(name):
            return rng.choice(chinese)
        if "·" in name and foreign:
            return rng.choice(foreign)
        return name

    return _replace_persons(rows, rng, n, replace)

class NameModel:
    """Made-up person names drawn from the make-up of the training names, so that the model sees
    names it cannot have memorized: a Chinese name is a surname (first character of a 2-3
    character training name, by frequency) and a given name of 1-2 characters drawn from the
    given-name characters with flattened frequencies (count ** 0.5: rare characters come up);
    a transliteration is a chain of characters from a character bigram model over the parts of
    the training names written with ·."""

    def __init__(self, names: List[str], surnames: Iterable[str] = ()):
        known = set(surnames) or set(read_surnames())
        chinese = [x for x in names if re.match(r"^[\u4e00-\u9fff]{2,3}$", x) and x[0] in known]
        self.surnames = Counter(x[0] for x in chinese)
        self.given_len = Counter(len(x) - 1 for x in chinese)
        given = Counter(ch for x in chinese for ch in x[1:])
        self.given_chars = sorted(given)
        self.given_weights = [given[c] ** 0.5 for c in self.given_chars]
        parts = [p for x in names if "·" in x for p in x.split("·") if p]
        self.next_chars: Dict[str, Counter] = {}
        for p in parts:
            chain = "^" + p + "$"
            for a, b in zip(chain, chain[1:]):
                self.next_chars.setdefault(a, Counter())[b] += 1
        self.part_len = Counter(len(p) for p in parts)

    def chinese(self, rng: random.Random) -> str:
        surname = rng.choices(list(self.surnames), weights=list(self.surnames.values()))[0]
        n = rng.choices(list(self.given_len), weights=list(self.given_len.values()))[0]
        return surname + "".join(rng.choices(self.given_chars, weights=self.given_weights, k=n))

    def transliteration_part(self, rng: random.Random) -> str:
        target = rng.choices(list(self.part_len), weights=list(self.part_len.values()))[0]
        out, ch = "", "^"
        while len(out) < 8:
            nxt = self.next_chars.get(ch)
            if not nxt:
                break
            options = [c for c in nxt if c != "$" or len(out) >= min(target, 2)]
            if len(out) >= target and "$" in nxt:
                break
            if not options:
                break
            ch = rng.choices(options, weights=[nxt[c] for c in options])[0]
            if ch == "$":
                break
            out += ch
        return out

    def transliteration(self, rng: random.Random, n_parts: int) -> str:
        parts = [self.transliteration_part(rng) for _ in range(n_parts)]
        return "·".join(p for p in parts if p)


def read_surnames() -> List[str]:
    """The single-character surnames of the library's person_surnames.txt."""
    path = REPO / "src" / "gov_extract" / "data" / "person_surnames.txt"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("\t")[0].strip()
        if len(word) == 1 and not line.startswith("#"):
            out.append(word)
    return out


def synthetic_person_names(rows: List[Tuple[str, List[Span]]], names: List[str], rng: random.Random,
                           n: int) -> List[Tuple[str, List[Span]]]:
    """``n`` copies of sentences with a PERSON, each Chinese name replaced by a made-up one of
    the NameModel, each name written with · by a made-up transliteration with as many parts."""
    model = NameModel(names)
    if not model.surnames:
        return []

    def replace(name: str) -> str:
        if re.match(r"^[\u4e00-\u9fff]{2,3}$", name):
            return model.chinese(rng)
        if "·" in name and model.next_chars:
            return model.transliteration(rng, name.count("·") + 1) or name
        return name

    return _replace_persons(rows, rng, n, replace)

def title_hits(text: str, titles_re, spans: List[Span]) -> List[Tuple[int, int]]:
    if titles_re is None:
        return []
    hits = []
    for m in titles_re.finditer(text):
        if all(m.end() <= s or m.start() >= e for s, e, _ in spans):
            hits.append((m.start(), m.end()))
    return hits


def blank_pipeline(seg_dir: Optional[Path] = None, tokens: str = "char"):
    """spacy.blank("zh") with character tokens, or with the shipped pkuseg segmenter."""
    import spacy

    if tokens in ("char", "words"):
        return spacy.blank("zh")
    from gov_extract.nlp import load_segmenter

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    nlp.tokenizer.pkuseg_seg = load_segmenter(seg_dir)
    return nlp


def export_spacy_pkuseg(seg, dest: Path, user_words: List[str]) -> Tuple[Path, Path]:
    """The segmenter in spacy_pkuseg's own float64 layout (for [initialize.tokenizer])."""
    dest.mkdir(parents=True, exist_ok=True)
    seg.feature_extractor.save(str(dest))
    seg.model.save(str(dest))
    user_dict = dest / "user_dict.txt"
    user_dict.write_text("".join(w + "\n" for w in user_words), encoding="utf-8")
    return dest, user_dict


FINETUNE_MIXES = ("msra2", "msra2-cluener0.3", "none")


def finetune_mix(train, msra_texts, cluener_texts, mix: str, seed: int):
    """The training docs re-weighted for the fine-tuning phase, toward People's Daily text
    (MSRA: government and party news, the closest of the corpora to county news).

    msra2: every doc, plus a second copy of each MSRA sentence.
    msra2-cluener0.3: MSRA sentences twice; sentences in CLUENER's style (a CLUENER sentence, or
    any sentence with a TITLE label) kept with probability 0.3; the rest (name lists, swapped
    names) once."""
    rng = random.Random(seed)
    if mix == "msra2":
        out = list(train) + [d for d in train if d.text in msra_texts]
    elif mix == "msra2-cluener0.3":
        out = []
        for d in train:
            if d.text in msra_texts:
                out += [d, d]
            elif d.text in cluener_texts or any(e.label_ == "TITLE" for e in d.ents):
                if rng.random() < 0.3:
                    out.append(d)
            else:
                out.append(d)
    else:
        raise ValueError(f"unknown fine-tuning mix {mix!r}; one of {FINETUNE_MIXES}")
    rng.shuffle(out)
    return out


# ---------------------------------------------------------------- steps

def convert(args) -> Dict[str, object]:
    from spacy.tokens import DocBin

    from gov_extract.nlp import read_user_dict

    t0 = time.time()
    rng = random.Random(args.seed)
    nlp = blank_pipeline(args.segmenter, args.tokens)
    ds = args.datasets
    cluener = read_cluener(ds / "cluener2020" / "train.json.gz", args.cluener_limit)
    msra = read_msra(ds / "msra_ner" / "train.bio.gz", args.msra_limit)
    seeds = read_seed_examples(args.seeds, args.gold_seeds) if args.gold_seeds.is_dir() else []
    titles = title_lexicon(cluener, seeds)
    titles_re = re.compile("|".join(map(re.escape, sorted(titles, key=len, reverse=True)))) if titles else None

    stats: Counter = Counter()
    docs = []
    for text, spans in cluener:
        docs.append(make_doc(nlp, text, spans, stats, "cluener"))
    for text, spans in msra:
        hits = title_hits(text, titles_re, spans)
        stats["msra/title_words_masked"] += len(hits)
        docs.append(make_doc(nlp, text, spans, stats, "msra", extra_missing=hits))
    seed_docs = [make_doc(nlp, text, spans, stats, "seeds") for text, spans in seeds]
    rng.shuffle(docs)
    n_dev = max(1, int(len(docs) * args.dev_share))
    dev, train = docs[:n_dev], docs[n_dev:]
    train += seed_docs * args.seed_repeat
    # names from the training part only, so that no dev name is memorized through a list or swap
    train_names = [e.text for d in train for e in d.ents if e.label_ == "PERSON"]
    if args.name_lists:
        for text, spans in synthetic_name_lists(train_names, rng, args.name_lists):
            train.append(make_doc(nlp, text, spans, stats, "name_lists"))
    if args.swap_names:
        rows = [(d.text, [(e.start_char, e.end_char, e.label_) for e in d.ents]) for d in train]
        for text, spans in swap_person_names(rows, train_names, rng, args.swap_names):
            train.append(make_doc(nlp, text, spans, stats, "swapped_names",
                                  extra_missing=title_hits(text, titles_re, spans)))
    def made_up(docs):
        rows = [(d.text, [(e.start_char, e.end_char, e.label_) for e in d.ents]) for d in docs]
        return [make_doc(nlp, text, spans, stats, "made_up_names",
                         extra_missing=title_hits(text, titles_re, spans))
                for text, spans in synthetic_person_names(rows, train_names, rng, args.made_up_names)]

    if args.made_up_names and args.made_up_in == "all":
        train += made_up(train)
    rng.shuffle(train)
    # "finetune": drawn after the shuffle, so train.spacy stays byte-identical to a run without them
    finetune_extra = made_up(train) if args.made_up_names and args.made_up_in == "finetune" else []

    args.work.mkdir(parents=True, exist_ok=True)
    DocBin(docs=train, store_user_data=False).to_disk(args.work / "train.spacy")
    DocBin(docs=dev, store_user_data=False).to_disk(args.work / "dev.spacy")
    msra_texts = {text for text, _ in msra}
    dev_msra = [d for d in dev if d.text in msra_texts]
    DocBin(docs=dev_msra, store_user_data=False).to_disk(args.work / "dev_msra.spacy")
    stats["dev_msra_docs"] = len(dev_msra)
    stats["dev_msra_persons"] = sum(e.label_ == "PERSON" for d in dev_msra for e in d.ents)
    if args.finetune_mix != "none":
        cluener_texts = {text for text, _ in cluener}
        tuned = finetune_mix(train + finetune_extra, msra_texts, cluener_texts, args.finetune_mix,
                             args.seed)
        DocBin(docs=tuned, store_user_data=False).to_disk(args.work / "finetune.spacy")
        stats["finetune_docs"] = len(tuned)
        if args.anneal_steps:
            annealing = finetune_mix(train, msra_texts, cluener_texts, args.finetune_mix, args.seed)
            DocBin(docs=annealing, store_user_data=False).to_disk(args.work / "anneal.spacy")
            stats["anneal_docs"] = len(annealing)
    if args.tokens == "pkuseg":
        seg_dir, user_dict = export_spacy_pkuseg(nlp.tokenizer.pkuseg_seg, args.work / "pkuseg_f64",
                                                 read_user_dict())
    else:
        seg_dir = user_dict = None
    summary = {
        "cluener_sentences": len(cluener),
        "msra_sentences": len(msra),
        "seed_sentences": len(seeds),
        "seed_repeat": args.seed_repeat,
        "name_lists": args.name_lists,
        "swap_names": args.swap_names,
        "made_up_names": args.made_up_names,
        "made_up_in": args.made_up_in,
        "anneal_steps": args.anneal_steps,
        "select": args.select,
        "train_docs": len(train),
        "dev_docs": len(dev),
        "train_tokens": sum(len(d) for d in train),
        "title_lexicon": len(titles),
        "stats": dict(sorted(stats.items())),
        "seconds": round(time.time() - t0, 1),
    }
    for src in ("cluener", "msra", "seeds"):
        n = stats[f"{src}/entities"]
        if n:
            summary[f"{src}_misaligned_share"] = round(stats[f"{src}/misaligned"] / n, 4)
    (args.work / "convert_stats.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1),
                                                  encoding="utf-8")
    print(json.dumps(summary, ensure_ascii=False, indent=1), file=sys.stderr)
    summary["tokens"] = args.tokens
    summary["pkuseg_dir"] = str(seg_dir) if seg_dir else None
    summary["user_dict"] = str(user_dict) if user_dict else None
    return summary


SELECTIONS = {
    # name: (dev file, score-weight overrides) for the phases after the first
    "all": ("dev.spacy", []),
    "msra-person": ("dev_msra.spacy", ["training.score_weights.ents_f=0.0",
                                       "training.score_weights.ents_PERSON_f=1.0"]),
}


def train(args, summary, config: Optional[Path] = None, train_file: str = "train.spacy",
          output: str = "output", source: Optional[Path] = None,
          overrides: Iterable[str] = (), dev_file: str = "dev.spacy") -> Path:
    out = args.work / output
    if out.exists():
        shutil.rmtree(out)
    config = config or args.config or CONFIGS[summary["tokens"]]
    cmd = [
        sys.executable, "-m", "spacy", "train", str(config), "--code", str(COMPONENTS_CODE),
        "--output", str(out),
        "--paths.train", str(args.work / train_file),
        "--paths.dev", str(args.work / dev_file),
        "--system.seed", str(args.seed),
    ]
    if summary["tokens"] == "pkuseg":
        cmd += ["--nlp.tokenizer.segmenter", "pkuseg",
                "--paths.pkuseg_model", summary["pkuseg_dir"],
                "--paths.pkuseg_user_dict", summary["user_dict"]]
    if source:
        cmd += ["--paths.source", str(source)]
    for ov in overrides:
        key, _, value = ov.partition("=")
        cmd += [f"--{key.lstrip('-')}", value]
    print(" ".join(cmd), file=sys.stderr)
    t0 = time.time()
    subprocess.run(cmd, check=True)
    print(f"trained in {time.time() - t0:.0f} s", file=sys.stderr)
    return out / "model-best"


def install(model_dir: Path, dest: Path, summary) -> None:
    from spacy.util import load_config

    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(model_dir, dest, ignore=shutil.ignore_patterns("tokenizer"))
    cfg = load_config(dest / "config.cfg", interpolate=False)
    for key in ("train", "dev", "pkuseg_model", "pkuseg_user_dict", "source"):
        if key in cfg["paths"]:
            cfg["paths"][key] = None
    cfg.to_disk(dest / "config.cfg")
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({
        "name": "gov_extract_ner",
        "description": "gov_extract NER (PERSON, ORG, LOC, TITLE); character tokens"
                       + (" with pkuseg word features (gov_extract_words, segmenter in ../pkuseg)"
                          if summary.get("tokens") == "words" else "")
                       + ". Load with gov_extract.nlp.load(). Rebuild: scripts/train_ner.py",
        "sources": ["CLUENER2020 train", "MSRA NER train subset", "gov_extract seed articles"],
        "license": "weights trained on CLUENER2020 and MSRA NER (research data; licence not stated "
                   "by their distributors) and pkuseg word features (MIT); see docs/model.md",
        "gov_extract_training": {k: v for k, v in summary.items() if k not in ("stats",)},
    })
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    size = sum(p.stat().st_size for p in dest.rglob("*") if p.is_file())
    print(f"installed {dest} ({size / 1e6:.1f} MB)", file=sys.stderr)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", type=Path, default=DATASETS)
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--gold-seeds", type=Path, default=GOLD_SEEDS)
    ap.add_argument("--segmenter", type=Path, default=None, help="segmenter dir (default: packaged)")
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK, help="corpora and training output")
    ap.add_argument("--config", type=Path, default=None,
                    help="default: training/config_wide.cfg (--tokens words), training/config_char.cfg otherwise")
    ap.add_argument("--out", type=Path, default=DEFAULT_MODEL_OUT, help="where model-best is installed")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cluener-limit", type=int, default=0, help="0 = all 10748 sentences")
    ap.add_argument("--msra-limit", type=int, default=0, help="0 = all 10976 sentences of the subset")
    ap.add_argument("--seed-repeat", type=int, default=3, help="copies of the in-domain seed sentences")
    ap.add_argument("--name-lists", type=int, default=400,
                    help="synthetic name-list sentences added to the training part (0 = none)")
    ap.add_argument("--swap-names", type=int, default=6000,
                    help="copies of training sentences with their person names swapped for others")
    ap.add_argument("--made-up-names", type=int, default=0,
                    help="copies of training sentences with made-up person names (NameModel)")
    ap.add_argument("--made-up-in", choices=["all", "finetune"], default="all",
                    help="all: made-up-name sentences join the training docs of every phase; "
                         "finetune: only the fine-tuning phase's (see --anneal-steps)")
    ap.add_argument("--anneal-steps", type=int, default=0,
                    help="after fine-tuning, this many steps more on the fine-tuning mix without "
                         "made-up names, learning rate falling from --anneal-rate to 0 (0 = none)")
    ap.add_argument("--anneal-rate", type=float, default=0.0002)
    ap.add_argument("--select", choices=sorted(SELECTIONS), default="all",
                    help="how the phases after the first pick model-best: all = all-label F1 on the "
                         "held-out split; msra-person = PERSON F1 on its MSRA sentences")
    ap.add_argument("--dev-share", type=float, default=0.04)
    ap.add_argument("--override", action="append", default=[],
                    help="config override for spacy train, e.g. training.max_steps=5 (repeatable)")
    ap.add_argument("--tokens", choices=["words", "char", "pkuseg"], default="words",
                    help="words (default, shipped): character tokens + pkuseg word features; "
                         "char: character tokens only; pkuseg: pkuseg word tokens (alignment loss)")
    ap.add_argument("--finetune-mix", choices=FINETUNE_MIXES, default="msra2-cluener0.3",
                    help="after training, fine-tune the best model with training/config_finetune.cfg "
                         "on the training docs re-weighted this way (see finetune_mix)")
    ap.add_argument("--finetune-override", action="append", default=[],
                    help="config override for the fine-tuning phase (repeatable)")
    ap.add_argument("--convert-only", action="store_true")
    ap.add_argument("--no-install", action="store_true")
    args = ap.parse_args(argv)
    if "gold/dev" in str(args.gold_seeds) or str(args.seeds).rstrip("/").endswith("/dev"):
        sys.exit("never train on the dev set")
    if REPO in args.work.resolve().parents or args.work.resolve() == REPO:
        sys.exit(f"--work must be outside the repository: {args.work}")

    summary = convert(args)
    if args.convert_only:
        return 0
    best = train(args, summary, overrides=args.override)
    dev_file, select_overrides = SELECTIONS[args.select]
    if args.finetune_mix != "none":
        # phase 2: from phase 1's best, the re-weighted docs, a learning rate falling to 0
        best = train(args, summary, config=FINETUNE_CONFIG, train_file="finetune.spacy",
                     output="finetuned", source=best, dev_file=dev_file,
                     overrides=select_overrides + args.finetune_override)
        if args.anneal_steps:
            best = train(args, summary, config=FINETUNE_CONFIG, train_file="anneal.spacy",
                         output="annealed", source=best, dev_file=dev_file,
                         overrides=select_overrides + [
                             f"training.max_steps={args.anneal_steps}",
                             f"training.optimizer.learn_rate.initial_rate={args.anneal_rate}"])
    if not args.no_install:
        install(best, args.out, summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
