#!/usr/bin/env python
"""Build the shipped pkuseg segmenter: src/gov_extract/models/pkuseg/.

    fetch pkuseg's released "default" model (pkuseg 0.0.25 wheel, MIT)
    -> prune features by weight (keep the --keep features with the largest max_tag |w|)
    -> float16 weights (gov_extract.nlp.load_segmenter casts back to float64)
    -> msgpack features (spacy_pkuseg's layout) -> src/gov_extract/models/pkuseg/

    .venv/bin/python scripts/build_segmenter.py                 # defaults as shipped
    .venv/bin/python scripts/build_segmenter.py --keep 300000 --out /tmp/govx_model/seg300k

The download goes to --work (default /tmp/govx_model/pkuseg-default), never into the repo.
Feature 0 ("$$", the bias feature every character fires) and all tag-transition weights are
always kept. The word list ``unigram`` (used to fire w-1/w1/ww features) is cut to the words
that occur in a kept feature (--unigram used) or kept whole (--unigram all); ``bigram`` is not
used at inference and is dropped.
"""
from __future__ import annotations

import argparse
import os
import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import srsly

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "src" / "gov_extract" / "models" / "pkuseg"
DEFAULT_WORK = Path("/tmp/govx_model/pkuseg-default")
FETCH = Path("/work/shared/datasets/pkuseg-default/fetch.sh")


def fetch(work: Path) -> None:
    if (work / "weights.npz").is_file() and (work / "features.pkl").is_file():
        return
    if REPO in work.resolve().parents:
        sys.exit(f"refusing to download into the repository: {work}")
    print(f"fetching pkuseg default model into {work}", file=sys.stderr)
    subprocess.run(["bash", str(FETCH), str(work)], check=True)


def load_original(work: Path):
    with open(work / "features.pkl", "rb") as fh:
        feats = pickle.load(fh)
    with np.load(work / "weights.npz") as npz:
        sizes = npz["sizes"]
        w = npz["w"]
    return feats, int(sizes[0]), int(sizes[1]), w


def words_of_feature(name: str):
    """The dictionary words a feature name refers to (w-1.X, w1.X, ww.l.X*Y, ww.r.X*Y)."""
    if name.startswith("w-1.") or name.startswith("w1."):
        return [name.split(".", 1)[1]]
    if name.startswith("ww.l.") or name.startswith("ww.r."):
        return [p for p in name[5:].split("*") if p != "**noWord" and p]
    return []


def prune(feats, n_tag: int, n_feature: int, w: np.ndarray, keep: int, unigram_mode: str):
    feature_to_idx = feats["feature_to_idx"]
    assert len(feature_to_idx) == n_feature
    node = w[: n_feature * n_tag].reshape(n_feature, n_tag)
    trans = w[n_feature * n_tag:]
    score = np.abs(node).max(axis=1)
    score[0] = np.inf  # the bias feature stays (and stays at index 0)
    if keep >= n_feature:
        kept = np.arange(n_feature)
    else:
        kept = np.sort(np.argpartition(-score, keep - 1)[:keep])
    idx_to_feature = [None] * n_feature
    for name, idx in feature_to_idx.items():
        idx_to_feature[idx] = name
    new_feature_to_idx = {idx_to_feature[old]: new for new, old in enumerate(kept.tolist())}
    assert new_feature_to_idx[idx_to_feature[0]] == 0
    new_w = np.concatenate([node[kept].reshape(-1), trans])
    if unigram_mode == "all":
        unigram = sorted(feats["unigram"])
    else:
        used = set()
        for name in new_feature_to_idx:
            used.update(words_of_feature(name))
        unigram = sorted(u for u in feats["unigram"] if u in used)
    return {
        "unigram": unigram,
        "bigram": [],
        "feature_to_idx": new_feature_to_idx,
        "tag_to_idx": feats["tag_to_idx"],
    }, new_w


def write(out: Path, features: dict, n_tag: int, w: np.ndarray, work: Path, keep: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for old in ("features.msgpack", "weights_f16.npz", "weights.npz", "features.pkl"):
        if (out / old).exists():
            (out / old).unlink()
    if np.abs(w).max() > 60000:
        raise SystemExit("weights out of float16 range")
    srsly.write_msgpack(out / "features.msgpack", features)
    sizes = np.array([n_tag, len(features["feature_to_idx"])])
    np.savez_compressed(out / "weights_f16.npz", sizes=sizes, w=w.astype(np.float16))
    if (work / "LICENSE").is_file():
        shutil.copyfile(work / "LICENSE", out / "LICENSE")
    (out / "README.md").write_text(
        "pkuseg's released \"default\" (mixed-domain) segmentation model from the pkuseg 0.0.25 wheel\n"
        "(lancopku/pkuseg-python, MIT licence, see LICENSE), pruned by scripts/build_segmenter.py to the\n"
        f"{len(features['feature_to_idx'])} features with the largest weights (--keep {keep}), weights in float16.\n"
        "Load with gov_extract.nlp.load_segmenter(); spacy_pkuseg cannot read weights_f16.npz itself.\n",
        encoding="utf-8",
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK, help="download dir (outside the repo)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--keep", type=int, default=200_000, help="features to keep")
    ap.add_argument("--unigram", choices=["used", "all"], default="used")
    args = ap.parse_args(argv)

    t0 = time.time()
    fetch(args.work)
    feats, n_tag, n_feature, w = load_original(args.work)
    print(f"original: {n_feature} features, {len(feats['unigram'])} unigram, "
          f"{len(feats['bigram'])} bigram, {n_tag} tags", file=sys.stderr)
    features, new_w = prune(feats, n_tag, n_feature, w, args.keep, args.unigram)
    write(args.out, features, n_tag, new_w, args.work, args.keep)
    size = sum(p.stat().st_size for p in args.out.iterdir() if p.is_file())
    print(f"wrote {args.out}: {len(features['feature_to_idx'])} features, "
          f"{len(features['unigram'])} unigram, {size / 1e6:.1f} MB in {time.time() - t0:.1f} s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
