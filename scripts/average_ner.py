"""Average the weights of NER pipelines fine-tuned from the same model ("model soup").

    .venv/bin/python scripts/average_ner.py MODEL_A MODEL_B --out DIR [--weights 0.5 0.5]

Every parameter of the ``tok2vec`` and ``ner`` components becomes the weighted mean of the
inputs'. This only makes sense for pipelines with the same config that started from one
trained model (here: D3 and run F, both fine-tuned from run C), because then their weights
lie in one basin; averaging independently trained models gives noise. The output is a
pipeline directory that ``scripts/eval_ner.py --model DIR`` scores; the packaged model is
not touched (copy it in by hand after the evaluation, without ``tokenizer/``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from gov_extract.nlp import load_pipeline  # noqa: E402

AVERAGED_COMPONENTS = ("tok2vec", "ner")


def average_pipelines(paths: list[Path], weights: list[float]):
    """Load the pipelines and return the first with its weights replaced by the weighted mean."""
    if len(paths) != len(weights):
        raise ValueError(f"{len(paths)} models but {len(weights)} weights")
    if abs(sum(weights) - 1.0) > 1e-9:
        raise ValueError(f"weights must sum to 1, got {sum(weights)}")
    pipelines = [load_pipeline(p) for p in paths]
    base = pipelines[0]
    averaged = 0
    for component in AVERAGED_COMPONENTS:
        walks = [list(nlp.get_pipe(component).model.walk()) for nlp in pipelines]
        if len({len(w) for w in walks}) != 1:
            raise ValueError(f"{component}: the models differ in structure")
        for layers in zip(*walks):
            if len({layer.name for layer in layers}) != 1:
                raise ValueError(f"{component}: layer names differ: {[l.name for l in layers]}")
            for name in layers[0].param_names:
                if not all(layer.has_param(name) for layer in layers):
                    continue
                values = [layer.get_param(name) for layer in layers]
                if len({v.shape for v in values}) != 1:
                    raise ValueError(f"{component}.{layers[0].name}.{name}: shapes differ")
                layers[0].set_param(name, sum(w * v for w, v in zip(weights, values)))
                averaged += 1
    return base, averaged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("models", nargs="+", type=Path, help="pipeline directories (same config)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--weights", nargs="+", type=float, help="one per model (default: equal)")
    args = parser.parse_args(argv)
    weights = args.weights or [1.0 / len(args.models)] * len(args.models)
    nlp, averaged = average_pipelines(args.models, weights)
    nlp.to_disk(args.out)
    print(f"averaged {averaged} parameter arrays of {len(args.models)} models -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
