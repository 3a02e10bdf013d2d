"""The spaCy pipeline shipped with gov_extract: pkuseg word segmentation + NER.

Nothing here is imported by ``import gov_extract``: spaCy and spacy_pkuseg are imported,
and the model files read, only when :func:`load`, :func:`segment` or :func:`entities`
is first called; the loaded pipeline is then cached for the process.

>>> from gov_extract import nlp
>>> nlp.segment("市委书记胡勇春在发言时表示")          # doctest: +SKIP
['市委', '书记', '胡', '勇春', '在', '发言', '时', '表示']
>>> nlp.entities(["市委书记胡勇春在发言时表示"])      # doctest: +SKIP
[[(0, 2, 'ORG'), (4, 7, 'PERSON')]]

Model files (inside the installed package, read with ``importlib.resources``; no network,
no home-directory cache):

``models/pkuseg/``
    pkuseg's released "default" model (MIT), pruned by ``scripts/build_segmenter.py``:
    ``features.msgpack`` (spacy_pkuseg's layout: feature_to_idx, unigram, bigram, tag_to_idx)
    and ``weights_f16.npz`` (``sizes``, ``w`` as float16; cast to float64 at load because
    spacy_pkuseg's Viterbi works in double precision).
``models/ner/``
    a spaCy pipeline directory (gov_extract_words + tok2vec + ner, saved without the tokenizer)
    written by ``scripts/train_ner.py``. Tokens are characters (spaCy's zh default "char"
    segmenter); the ``gov_extract_words`` component runs the segmenter above and gives every
    character its word (``token.lemma_``) and position in it (``token.tag_`` = B/I/E/S), which
    the NER uses as features. See docs/model.md for why (alignment loss of word tokens).
``data/user_dict.txt``
    domain words that the segmenter always keeps whole (spacy_pkuseg's user dictionary).
"""
from __future__ import annotations

import threading
from contextlib import ExitStack
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, List, Optional, Sequence, Tuple, Union

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

__all__ = [
    "LABELS",
    "ModelNotFoundError",
    "load",
    "load_segmenter",
    "load_pipeline",
    "register_components",
    "annotate_words",
    "segment",
    "entities",
    "read_user_dict",
]

#: Entity labels produced by :func:`entities`. Places are all LOC: the training data (MSRA LOC,
#: CLUENER address/scene) do not tell GPE from LOC, so no GPE label is produced.
LABELS = ("PERSON", "ORG", "LOC", "TITLE")

PKUSEG_FEATURES = "features.msgpack"
PKUSEG_WEIGHTS = "weights_f16.npz"

_lock = threading.RLock()
_nlp: Optional["Language"] = None
_segmenter = None
_resource_stack = ExitStack()  # keeps extracted resource paths alive (zip imports)


class ModelNotFoundError(FileNotFoundError):
    """The model files are not in the installed package."""


def _package_path(*parts: str) -> Path:
    ref = resources.files("gov_extract")
    for part in parts:
        ref = ref / part
    # as_file is a no-op for a normal install and extracts from a zip otherwise
    return Path(_resource_stack.enter_context(resources.as_file(ref)))


def models_dir() -> Path:
    return _package_path("models")


def read_user_dict(path: Union[str, Path, None] = None) -> List[str]:
    """Words of ``data/user_dict.txt`` (one a line, ``#`` comments, first TAB column)."""
    if path is None:
        ref = resources.files("gov_extract") / "data" / "user_dict.txt"
        if not ref.is_file():
            return []
        text = ref.read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    words = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].split("\t", 1)[0].strip()
        if line:
            words.append(line)
    return words


def _missing(what: str, path: Path, script: str) -> ModelNotFoundError:
    return ModelNotFoundError(
        f"gov_extract: the {what} model is missing (expected it in {path}). "
        f"The package was installed without its model files; rebuild them with "
        f"`python {script}` in a source checkout and reinstall, or install a released wheel."
    )


def load_segmenter(
    model_dir: Union[str, Path, None] = None,
    user_dict: Union[bool, Sequence[str], str, Path] = True,
):
    """A ``spacy_pkuseg.pkuseg`` segmenter built from a pruned float16 model directory.

    ``model_dir`` defaults to the packaged ``models/pkuseg``. ``user_dict``: True = the
    packaged ``data/user_dict.txt``, False/None = none, a list of words, or a file path.
    A directory holding spacy_pkuseg's own layout (``weights.npz`` in float64, features.pkl
    or features.msgpack) is loaded by spacy_pkuseg itself.
    """
    import numpy as np
    import spacy_pkuseg
    import srsly
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.model import Model

    path = Path(model_dir) if model_dir is not None else _package_path("models", "pkuseg")
    if user_dict is True:
        words: Optional[List[str]] = read_user_dict()
    elif user_dict is False or user_dict is None:
        words = None
    elif isinstance(user_dict, (str, Path)):
        words = read_user_dict(user_dict)
    else:
        words = list(user_dict)

    if not (path / PKUSEG_WEIGHTS).is_file():
        if (path / "weights.npz").is_file():  # an unpruned spacy_pkuseg model directory
            seg = spacy_pkuseg.pkuseg(model_name=str(path))
            if words:
                seg.preprocesser = spacy_pkuseg.Preprocesser(words)
            return seg
        raise _missing("segmenter", path, "scripts/build_segmenter.py")

    data = srsly.read_msgpack(path / PKUSEG_FEATURES)
    fe = FeatureExtractor.__new__(FeatureExtractor)
    fe.unigram = set(data["unigram"])
    fe.bigram = set(data.get("bigram", ()))
    fe.feature_to_idx = data["feature_to_idx"]
    fe.tag_to_idx = data["tag_to_idx"]

    with np.load(path / PKUSEG_WEIGHTS) as npz:
        sizes = npz["sizes"]
        w = npz["w"].astype(np.float64)
    model = Model.__new__(Model)
    model.n_tag = int(sizes[0])
    model.n_feature = int(sizes[1])
    model.n_transition_feature = model.n_tag * (model.n_feature + model.n_tag)
    model.w = w
    if w.shape[0] != model.n_transition_feature or len(fe.feature_to_idx) != model.n_feature:
        raise ValueError(f"gov_extract: inconsistent segmenter model files in {path}")

    seg = spacy_pkuseg.pkuseg.__new__(spacy_pkuseg.pkuseg)
    seg.postag = False
    seg.preprocesser = spacy_pkuseg.Preprocesser(words)
    # the post-processing dictionary shipped inside spacy_pkuseg (identical to pkuseg's
    # default.pkl), as spacy_pkuseg.pkuseg(model_name=...) uses by default
    default_dict = Path(spacy_pkuseg.__file__).parent / "dicts" / "default.pkl"
    seg.postprocesser = spacy_pkuseg.Postprocesser(None, [str(default_dict)])
    seg.feature_extractor = fe
    seg.model = model
    seg.idx_to_tag = {idx: tag for tag, idx in fe.tag_to_idx.items()}
    seg.n_feature = len(fe.feature_to_idx)
    seg.n_tag = len(fe.tag_to_idx)
    return seg


def _get_segmenter():
    global _segmenter
    if _segmenter is None:
        with _lock:
            if _segmenter is None:
                if _nlp is not None and getattr(_nlp.tokenizer, "pkuseg_seg", None) is not None:
                    _segmenter = _nlp.tokenizer.pkuseg_seg
                else:
                    _segmenter = load_segmenter()
    return _segmenter


WORDS_COMPONENT = "gov_extract_words"


def annotate_words(doc, seg=None):
    """Give each (character) token of ``doc`` its pkuseg word: ``token.tag_`` = the character's
    position in its word (B, I, E, S; "_" for whitespace) and ``token.lemma_`` = the word.

    This is how the segmenter feeds the character-level NER: the tok2vec embeds TAG and LEMMA
    next to the character itself (see training/config.cfg).
    """
    seg = seg if seg is not None else _get_segmenter()
    text = doc.text
    n = len(text)
    pos_tag = ["_"] * n
    word_at: List[Optional[str]] = [None] * n
    pos = 0
    for w in (seg.cut(text) if text.strip() else ()):
        start = text.find(w, pos)
        if start < 0:  # cannot happen: pkuseg returns substrings in order
            break
        end = start + len(w)
        if end - start == 1:
            pos_tag[start] = "S"
        else:
            pos_tag[start] = "B"
            pos_tag[end - 1] = "E"
            for i in range(start + 1, end - 1):
                pos_tag[i] = "I"
        for i in range(start, end):
            word_at[i] = w
        pos = end
    for tok in doc:
        i = tok.idx
        if i < n and word_at[i] is not None:
            tok.tag_ = pos_tag[i]
            tok.lemma_ = word_at[i]
        else:
            tok.tag_ = "_"
            tok.lemma_ = tok.text
    return doc


NER_SCORER = "gov_extract.ner_scorer.v1"


def score_entities(examples, **kwargs):
    """spaCy's NER scores plus one flat ``ents_<LABEL>_f`` per label, so that a training config
    can select its best model on one label (``[training.score_weights] ents_PERSON_f = 1.0``):
    spaCy's own ``ents_per_type`` is a dict, which score weights cannot address."""
    from spacy.scorer import get_ner_prf

    scores = get_ner_prf(examples, **kwargs)
    for label, prf in (scores.get("ents_per_type") or {}).items():
        scores[f"ents_{label}_f"] = prf["f"]
    return scores


def register_components() -> None:
    """Register the ``gov_extract_words`` pipeline component and the ``gov_extract.ner_scorer.v1``
    scorer with spaCy (idempotent). Both are named in the shipped model's config."""
    from spacy.language import Language
    from spacy.util import registry

    if NER_SCORER not in registry.scorers:
        registry.scorers.register(NER_SCORER, func=lambda: score_entities)
    if Language.has_factory(WORDS_COMPONENT):
        return

    @Language.component(WORDS_COMPONENT)
    def gov_extract_words(doc):
        return annotate_words(doc)


def load_pipeline(
    ner_dir: Union[str, Path, None] = None,
    segmenter_dir: Union[str, Path, None] = None,
    user_dict: Union[bool, Sequence[str], str, Path] = True,
) -> "Language":
    """Build (uncached) the pipeline from a NER directory and a segmenter directory."""
    import spacy

    ner_path = Path(ner_dir) if ner_dir is not None else _package_path("models", "ner")
    if not (ner_path / "config.cfg").is_file():
        raise _missing("NER", ner_path, "scripts/train_ner.py")
    # the NER directory is saved without its tokenizer; with word tokens (segmenter "pkuseg")
    # the segmenter is attached from models/pkuseg, with character tokens none is needed
    register_components()
    nlp = spacy.load(ner_path, exclude=["tokenizer"])
    if getattr(nlp.tokenizer, "segmenter", None) == "pkuseg":
        if segmenter_dir is None and _segmenter is not None and user_dict is True:
            seg = _segmenter
        else:
            seg = load_segmenter(segmenter_dir, user_dict=user_dict)
        nlp.tokenizer.pkuseg_seg = seg
    return nlp


def load() -> "Language":
    """The shipped pipeline (pkuseg tokenizer, tok2vec, ner), loaded once per process."""
    global _nlp, _segmenter
    if _nlp is None:
        with _lock:
            if _nlp is None:
                nlp = load_pipeline()
                if getattr(nlp.tokenizer, "pkuseg_seg", None) is not None:
                    _segmenter = nlp.tokenizer.pkuseg_seg
                _nlp = nlp
    return _nlp


def segment(text: str) -> List[str]:
    """Words of ``text`` by the shipped pkuseg segmenter (whitespace is dropped).

    Loads only the segmenter (not the NER) if the pipeline is not loaded yet.
    """
    if not text or not text.strip():
        return []
    return list(_get_segmenter().cut(text))


def entities(
    texts: Iterable[str], batch_size: int = 64
) -> List[List[Tuple[int, int, str]]]:
    """Named entities of each text as ``(start, end, label)`` character offsets (end exclusive).

    Labels: PERSON, ORG, LOC (places, GPE included), TITLE. Texts are processed in batches with
    ``nlp.pipe``. Offsets index the given strings; empty strings give ``[]``.
    """
    texts = list(texts)
    if not texts:
        return []
    nlp = load()
    out: List[List[Tuple[int, int, str]]] = []
    for doc in nlp.pipe(texts, batch_size=batch_size):
        out.append([(e.start_char, e.end_char, e.label_) for e in doc.ents])
    return out
