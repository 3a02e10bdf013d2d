"""gov_extract: typed, traceable facts from Chinese local-government news.

>>> import gov_extract
>>> result = gov_extract.extract("2024年，我市地区生产总值835.5亿元、增长6.3%。", region="永康市")
"""
from .api import extract
from .batch import extract_many
from .export import to_frames
from .records import Evidence, Extraction, Meeting, Metric, Person, Project, Quantity, Ranking

__version__ = "0.1.0"
__all__ = [
    "extract",
    "extract_many",
    "to_frames",
    "Extraction",
    "Evidence",
    "Quantity",
    "Metric",
    "Ranking",
    "Project",
    "Person",
    "Meeting",
    "__version__",
]
