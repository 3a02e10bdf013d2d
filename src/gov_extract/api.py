"""The entry point: :func:`extract`."""
from __future__ import annotations

from typing import Dict, Iterator, List, Optional, Tuple

from .document import Document, Published, parse_published
from .normalize import normalize
from .records import RECORD_TYPES, Extraction
from .regions import infer_home_region
from .slots import fillers

# Articles longer than this are cut at paragraph ends and processed piece by piece, so
# memory stays bounded on megabytes of input; offsets stay global.
CHUNK_CHARS = 100_000


def extract(text: str, *, published: Published = None, region: Optional[str] = None) -> Extraction:
    """Extract metrics, rankings, projects, persons and meetings from one article.

    ``published`` (a date, ``"2025-02-12"`` or a year ``2025``) dates relative phrases
    such as 「去年」「2月11日下午」; ``region`` is the paper's home region, used for
    「我市」「全市」 (inferred from the text when ``None`` and reported in
    ``Extraction.region``). Every record's ``evidence.start/end`` index ``text``.

    >>> from gov_extract import extract
    >>> result = extract("2024年，我市地区生产总值835.5亿元、增长6.3%。", published=2025, region="永康市")
    >>> m = result.metrics[0]
    >>> (m.indicator, m.level.value, m.level.unit, m.change.value, m.year, m.region)
    ('地区生产总值', 83550000000.0, '元', 6.3, 2024, '永康市')
    """
    if not isinstance(text, str):
        raise TypeError(
            f"gov_extract.extract() takes the article text as str, got {type(text).__name__}"
            + ("; decode bytes first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else "")
        )
    if region is not None and not isinstance(region, str):
        raise TypeError(f"region must be a str such as '永康市' or None, got {type(region).__name__}")
    parse_published(published)  # fail early with a clear message on a bad date
    # Lone surrogates cannot be encoded by any caller downstream (JSON, CSV); the offsets
    # must stay those of the caller's string, so they are left in place and never matched.
    if not text.strip():
        return Extraction(text=text, region=region or None)
    home = region
    if home is None and len(text) > CHUNK_CHARS:
        # read on normalized text: a PDF column can break a place name (「永\n\n康」)
        home = infer_home_region(normalize(text[:CHUNK_CHARS]).text)
    records: Dict[str, List] = {t: [] for t in RECORD_TYPES}
    for offset, chunk in _chunks(text):
        doc = Document(chunk, published=published, region=home)
        home = doc.region  # a one-chunk article infers it inside Document, from normalized text
        for record_type, fill in fillers().items():
            for record in fill(doc):
                if offset:
                    record.evidence.start += offset
                    record.evidence.end += offset
                records[record_type].append(record)
    records["persons"] = _one_person_each(records["persons"])
    return Extraction(text=text, region=home, **records)


def _chunks(text: str) -> Iterator[Tuple[int, str]]:
    """(offset, piece) pieces of at most ~CHUNK_CHARS, cut after a line break when possible."""
    if len(text) <= CHUNK_CHARS:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n\n", start + CHUNK_CHARS // 2, end)
            if cut < 0:
                cut = text.rfind("\n", start + CHUNK_CHARS // 2, end)
            if cut >= 0:
                end = cut + 1
        yield start, text[start:end]
        start = end


def _one_person_each(persons: List) -> List:
    """One Person per name: the first mention, with the most specific title seen."""
    by_name: Dict[str, object] = {}
    for person in persons:
        kept = by_name.get(person.name)
        if kept is None:
            by_name[person.name] = person
            continue
        if person.title and (not kept.title or len(person.title) > len(kept.title)):
            kept.title = person.title
            kept.organization = person.organization or kept.organization
            if kept.role == "other":
                kept.role = person.role
    return list(by_name.values())
