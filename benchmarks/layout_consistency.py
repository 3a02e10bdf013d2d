"""Does the library read an article the same in web layout and in newspaper PDF layout?

Every dev article (web text, one paragraph per line) is re-rendered the way the
user's PDF pages come out of 永康日报 — a line break every 17 characters and a blank
line after each line — and scored against the same gold as the original:

    python benchmarks/layout_consistency.py [--gold ../shared/gold/dev --texts ../shared/dev] [--width 17]

It prints the evaluator's summary for both layouts. A drop in the PDF column shows
rules that lean on line structure instead of the text.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from gov_extract.evaluate import evaluate, format_report

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def to_pdf_columns(text: str, width: int = 17) -> str:
    """Cut every paragraph into ``width``-character lines, each followed by a blank line."""
    lines = []
    for paragraph in text.splitlines():
        paragraph = paragraph.strip()
        for i in range(0, len(paragraph), width):
            lines.append(paragraph[i:i + width])
    return "\n\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=SHARED / "gold" / "dev")
    parser.add_argument("--texts", type=Path, default=SHARED / "dev")
    parser.add_argument("--width", type=int, default=17)
    args = parser.parse_args()
    web = evaluate(args.gold, args.texts)
    with tempfile.TemporaryDirectory() as tmp:
        pdf_dir = Path(tmp)
        for path in sorted(args.texts.glob("*.txt")):
            pdf_dir.joinpath(path.name).write_text(
                to_pdf_columns(path.read_text(encoding="utf-8"), args.width), encoding="utf-8")
        pdf = evaluate(args.gold, pdf_dir)
    print(format_report(web, title="web layout").splitlines()[-8:] and "\n".join(
        format_report(web, title="web layout").splitlines()[-8:]))
    print()
    print("\n".join(format_report(pdf, title=f"PDF layout ({args.width} chars a line)").splitlines()[-8:]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
