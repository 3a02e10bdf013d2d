"""The output contract: pydantic models of ``shared/spec/RECORDS.md``.

Field names and enum values are public API. Every record carries an
:class:`Evidence` whose offsets point into the caller's *original* string.

>>> from gov_extract.records import Quantity
>>> Quantity(value=83550000000.0, unit="元", text="835.5亿元").bound
'eq'
"""
from __future__ import annotations

from typing import List, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

Bound = Literal["eq", "ge", "gt", "le", "lt", "approx"]
Modality = Literal["actual", "estimate", "target"]
ProjectStatus = Literal["planned", "approved", "started", "in_progress", "completed", "operational"]
PersonRole = Literal["official", "reporter", "photographer", "editor", "other"]

RECORD_TYPES = ("metrics", "rankings", "projects", "persons", "meetings")


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Record):
    """Where a record came from: ``original_text[start:end]`` is its source."""

    start: int = Field(ge=0, description="offset into the original input (Python str index)")
    end: int = Field(ge=0, description="exclusive end offset into the original input")
    text: str = Field(description="the normalized sentence or clause the record came from")


class Quantity(_Record):
    """A number with its unit, in base units (835.5亿元 -> 83550000000.0 元)."""

    value: float
    unit: str
    bound: Bound = "eq"
    text: str = Field(description="the source text of the number with its unit, e.g. '835.5亿元'")


class Metric(_Record):
    """A quantified statement about an indicator (level and/or change)."""

    indicator: str
    level: Optional[Quantity] = None
    change: Optional[Quantity] = None
    basis: Optional[str] = None
    modality: Modality = "actual"
    year: Optional[int] = None
    period: Optional[str] = None
    region: Optional[str] = None
    evidence: Evidence


class Ranking(_Record):
    """A place in a list or assessment: a rank, a top-N membership or a tier."""

    subject: str
    criterion: str
    scope: Optional[str] = None
    rank: Optional[int] = None
    top: Optional[int] = None
    tier: Optional[str] = None
    year: Optional[int] = None
    publisher: Optional[str] = None
    modality: Modality = "actual"
    evidence: Evidence


class Project(_Record):
    """A named construction, platform or programme with its status."""

    name: str
    status: Optional[ProjectStatus] = None
    status_text: Optional[str] = None
    investment: Optional[Quantity] = None
    modality: Modality = "actual"
    year: Optional[int] = None
    evidence: Evidence


class Person(_Record):
    """A person named in the article, once per article, with the most specific title seen."""

    name: str
    title: Optional[str] = None
    organization: Optional[str] = None
    role: PersonRole = "other"
    evidence: Evidence


class Meeting(_Record):
    """A meeting held or reported as an event."""

    name: str
    organizer: Optional[str] = None
    term: Optional[int] = None
    session: Optional[int] = None
    date: Optional[str] = None
    date_text: Optional[str] = None
    format: Optional[str] = None
    venues: List[str] = Field(default_factory=list)
    attendees: List[str] = Field(default_factory=list)
    evidence: Evidence


class Extraction(_Record):
    """Everything extracted from one article.

    ``Extraction.model_dump(mode="json")`` is the JSON form.
    """

    text: str
    region: Optional[str] = None
    metrics: List[Metric] = Field(default_factory=list)
    rankings: List[Ranking] = Field(default_factory=list)
    projects: List[Project] = Field(default_factory=list)
    persons: List[Person] = Field(default_factory=list)
    meetings: List[Meeting] = Field(default_factory=list)

    def records(self):
        """Yield ``(record_type, record)`` pairs over all record lists, in type order."""
        for record_type in RECORD_TYPES:
            for record in getattr(self, record_type):
                yield record_type, record

    def to_frames(self):
        """One pandas DataFrame per record type (see :func:`gov_extract.export.to_frames`)."""
        from .export import to_frames

        return to_frames([self])

    def _repr_html_(self):
        """Notebook view: the text with evidence highlighted, and the records as tables."""
        from .html import render

        return render(self)
