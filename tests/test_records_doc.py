"""docs/records.md is generated from the models by scripts/gen_records_doc.py and kept in sync."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_generator():
    spec = importlib.util.spec_from_file_location("gen_records_doc", ROOT / "scripts" / "gen_records_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_records_doc_is_up_to_date():
    gen = load_generator()
    current = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")
    assert current == gen.render(), "docs/records.md is stale: run python scripts/gen_records_doc.py"


def test_every_field_is_described_and_listed():
    gen = load_generator()
    assert gen.missing_descriptions() == [], "add Field(description=...) or a NOTES entry"
    text = gen.render()
    for model in gen.MODELS:
        assert f"## {model.__name__}" in text
        for name in model.model_fields:
            assert f"| `{name}` |" in text
