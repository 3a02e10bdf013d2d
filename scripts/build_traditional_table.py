#!/usr/bin/env python
"""Build ``src/gov_extract/data/traditional_chars.tsv``: traditional → simplified characters.

Source: ``opencc/dictionary/TSCharacters.txt`` of the ``opencc-python-reimplemented`` 0.1.7
wheel on PyPI (the character table of OpenCC, Apache License 2.0, Copyright (c) Carbo Kuo
and contributors). Only the derived table is committed, not the wheel.

    python scripts/build_traditional_table.py      # downloads the wheel with pip into a temp dir

Only one-to-one pairs of single characters are kept (the first simplified candidate of each
traditional character), so that converting a text keeps every offset. Characters of the
gazetteer's place names are left out (乾 of 乾安县 would become 干). A character that is also
written in simplified text (於, 藉) is marked ``shared``: the normalizer converts a text only
when its traditional-only characters show it is written in traditional script, and then
converts every character of the table.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "gov_extract" / "data" / "traditional_chars.tsv"
WHEEL = "opencc-python-reimplemented==0.1.7"
MEMBER = "opencc/dictionary/TSCharacters.txt"

HEADER = """\
# Traditional → simplified characters, one to one (offsets are kept). Built by
# scripts/build_traditional_table.py from OpenCC's TSCharacters.txt (Apache License 2.0,
# via the opencc-python-reimplemented 0.1.7 wheel). Column 3 'shared': the traditional form is
# also a simplified character (乾 in 乾安县): it is no sign that a text is traditional.
# traditional	simplified	shared
"""


def read_pairs(text: str, keep: set):
    """{traditional: simplified} and the traditional characters that are simplified ones too
    (OpenCC lists the character itself among its candidates: 於 → 于 於)."""
    pairs, shared = {}, set()
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) != 2:
            continue
        candidates = parts[1].split(" ")
        trad, simp = parts[0], candidates[0]
        if trad in keep:
            continue  # 乾 of 乾安县: a place name decides, not OpenCC's first candidate (干)
        if len(trad) == 1 and len(simp) == 1 and trad != simp and ord(trad) < 0x10000 and ord(simp) < 0x10000:
            pairs[trad] = simp
            if trad in candidates[1:]:
                shared.add(trad)
    return pairs, shared


def place_characters() -> set:
    """The characters of the gazetteer's full place names (column 3 of data/regions.tsv)."""
    from gov_extract.tables import load_table

    return {ch for row in load_table("regions") for ch in row[2]}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, WHEEL], check=True)
        wheel = next(Path(tmp).glob("*.whl"))
        with zipfile.ZipFile(wheel) as zf:
            text = zf.read(MEMBER).decode("utf-8")
    pairs, shared = read_pairs(text, place_characters())
    shared |= set(pairs) & set(pairs.values())
    lines = [f"{t}\t{s}" + ("\tshared" if t in shared else "") for t, s in sorted(pairs.items())]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(lines)} pairs, {len(shared)} shared)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
