"""Rule-based slot fillers, one module per record type, in an explicit registry.

Each filler is a function ``fill(doc: Document) -> list[Record]`` registered under the
name of the record list it fills (``"metrics"``, ``"rankings"`` …)::

    @register("metrics")
    def fill(doc): ...

``fillers()`` imports the built-in modules once and returns the registry in record order.
"""
from __future__ import annotations

import importlib
from typing import Callable, Dict, List

from ..records import RECORD_TYPES

SlotFiller = Callable[..., List]
_REGISTRY: Dict[str, SlotFiller] = {}
_BUILTIN_MODULES = ("metrics", "rankings", "projects", "persons", "meetings")
_loaded = False


def register(record_type: str) -> Callable[[SlotFiller], SlotFiller]:
    """Register ``fill`` as the slot filler of ``record_type`` (one of RECORD_TYPES)."""
    if record_type not in RECORD_TYPES:
        raise ValueError(f"unknown record type {record_type!r}; expected one of {RECORD_TYPES}")

    def decorator(func: SlotFiller) -> SlotFiller:
        _REGISTRY[record_type] = func
        return func

    return decorator


def fillers() -> Dict[str, SlotFiller]:
    """The registered fillers, in RECORD_TYPES order (built-in modules imported on first use)."""
    global _loaded
    if not _loaded:
        for name in _BUILTIN_MODULES:
            try:
                importlib.import_module(f"{__name__}.{name}")
            except ModuleNotFoundError as exc:
                if exc.name != f"{__name__}.{name}":
                    raise
        _loaded = True
    return {t: _REGISTRY[t] for t in RECORD_TYPES if t in _REGISTRY}
