"""spaCy pipeline component ``"gov_extract"``.

>>> import spacy
>>> nlp = spacy.blank("zh")
>>> _ = nlp.add_pipe("gov_extract", config={"region": "永康市", "published": "2025-02-12"})
>>> doc = nlp("2024年，我市地区生产总值835.5亿元、增长6.3%。")
>>> type(doc._.extraction).__name__
'Extraction'

The factory is registered when this module is imported, and spaCy also finds it through
the ``spacy_factories`` entry point of the installed package, so ``nlp.add_pipe("gov_extract")``
works without importing anything. This is the only module of gov_extract that imports spaCy.

The component sets ``doc._.extraction`` (a :class:`gov_extract.Extraction` of ``doc.text``;
evidence offsets are character offsets into ``doc.text``) and, unless ``spans_key`` is
``None``, a span group ``doc.spans["gov_extract"]`` with one span per record, labelled
``METRIC``, ``RANKING``, ``PROJECT``, ``PERSON``, ``MEETING`` (expanded to token boundaries),
which ``displacy.render(doc, style="span", options={"spans_key": "gov_extract"})`` can show.
"""
from __future__ import annotations

from typing import Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from .api import extract
from .records import RECORD_TYPES

__all__ = ["GovExtractComponent", "make_gov_extract"]

EXTENSION = "extraction"
SPAN_LABELS = {
    "metrics": "METRIC",
    "rankings": "RANKING",
    "projects": "PROJECT",
    "persons": "PERSON",
    "meetings": "MEETING",
}


def _register_extension() -> None:
    # Registered once; importing this module again (reload, entry point + import) is harmless
    # and never clobbers an extension of the same name a user set with other options.
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


_register_extension()


class GovExtractComponent:
    """Calls :func:`gov_extract.extract` on ``doc.text`` with the configured ``published``/``region``."""

    def __init__(self, nlp: Language, name: str = "gov_extract", *, published=None, region=None,
                 spans_key: Optional[str] = "gov_extract"):
        self.name = name
        self.published = published
        self.region = region
        self.spans_key = spans_key
        _register_extension()

    def __call__(self, doc: Doc) -> Doc:
        extraction = extract(doc.text, published=self.published, region=self.region)
        doc._.set(EXTENSION, extraction)
        if self.spans_key:
            spans = []
            for record_type in RECORD_TYPES:
                for record in getattr(extraction, record_type):
                    span = doc.char_span(record.evidence.start, record.evidence.end,
                                         label=SPAN_LABELS[record_type], alignment_mode="expand")
                    if span is not None:
                        spans.append(span)
            doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "gov_extract",
    default_config={"published": None, "region": None, "spans_key": "gov_extract"},
)
def make_gov_extract(nlp: Language, name: str, published: Optional[Union[str, int]],
                     region: Optional[str], spans_key: Optional[str]) -> GovExtractComponent:
    """Factory of the ``"gov_extract"`` component.

    Config: ``published`` (ISO date string or year, default None), ``region`` (home region
    for 我市, default None = inferred), ``spans_key`` (span group name, None to skip spans).
    """
    return GovExtractComponent(nlp, name, published=published, region=region, spans_key=spans_key)
