"""The ``gov-extract`` command.

    gov-extract FILE|DIR|- ... [--format jsonl|csv|html|table] [--published 2025-02-12]
                               [--region 永康市] [-o OUT] [--progress] [-j N]
    gov-extract demo [--format table|jsonl|csv|html] [-o OUT]

Inputs: files, folders (every ``*.txt`` below them, recursively, in sorted order) and ``-``
(standard input). Text is read as UTF-8 (a BOM is fine); a file that is not valid UTF-8 is
read as GB18030 (a superset of GBK/GB2312) with a note on stderr. A file that cannot be
read, decoded, or is empty is reported on stderr in one line and skipped; the others are
still processed and written.

Outputs (``-o``; default standard output):
  jsonl  one JSON object per article: {"id": <path>, ...Extraction JSON...}
  csv    one file per record type in the folder OUT (metrics.csv, rankings.csv, projects.csv,
         persons.csv, meetings.csv; UTF-8 with BOM; ``article_id`` = path). Needs -o.
  html   one self-contained page (text with highlighted evidence + record tables)
  table  aligned plain-text tables (what ``gov-extract demo`` prints)

Exit status: 0 when every input was processed; 1 when any input failed (the rest were
still processed and written); 2 for a usage error (bad option, csv without -o).
"""
from __future__ import annotations

import argparse
import codecs
import datetime as _dt
import io
import json
import logging
import os
import re
import sys
import unicodedata
from typing import IO, Iterator, List, Optional, Sequence, Tuple

from . import __version__
from .batch import extract_many
from .records import RECORD_TYPES, Extraction

PROG = "gov-extract"
FORMATS = ("jsonl", "csv", "html", "table")
DEMO_FILE = "demo_yongkang.txt"
DEMO_PUBLISHED = "2025-02-12"
DEMO_REGION = "永康市"


class InputError(Exception):
    """One input could not be read; the message is the one line shown on stderr."""


# --------------------------------------------------------------------------- reading
def decode(data: bytes, name: str, notes: Optional[List[str]] = None) -> str:
    """UTF-8 (BOM stripped), UTF-16 with BOM, else GB18030 with a note; InputError if none fits."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: cannot decode as UTF-16 ({exc.reason} at byte {exc.start})") from None
        if notes is not None:
            notes.append(f"{name}: note: decoded as UTF-16 (byte order mark)")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(
                f"{name}: cannot decode: not UTF-8 (invalid byte 0x{data[utf8_error.start]:02x} at "
                f"offset {utf8_error.start}) and not GB18030/GBK either"
            ) from None
        if notes is not None:
            notes.append(f"{name}: note: not valid UTF-8, decoded as GB18030 (GBK); check the output")
        return text


def read_input(path: str, stdin: Optional[IO[bytes]] = None) -> str:
    """The text of one input (``-`` = stdin); notes go to stderr; InputError on any problem."""
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            data = (stdin or sys.stdin.buffer).read()
        else:
            with open(path, "rb") as f:
                data = f.read()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    notes: List[str] = []
    text = decode(data, name, notes)
    for note in notes:
        print(f"{PROG}: {note}", file=sys.stderr)
    if not text.strip():
        raise InputError(f"{name}: empty input")
    return text


def expand_inputs(inputs: Sequence[str]) -> Iterator[Tuple[str, Optional[str]]]:
    """-> (path, error or None): folders expand to their *.txt files (recursive, sorted)."""
    for item in inputs:
        if item != "-" and os.path.isdir(item):
            found = []
            for root, dirs, files in os.walk(item):
                dirs.sort()
                found.extend(os.path.join(root, f) for f in files if f.lower().endswith(".txt"))
            if not found:
                yield item, f"{item}: folder has no .txt files"
            for path in sorted(found):
                yield path, None
        else:
            yield item, None


def parse_published(value: Optional[str]):
    if value is None:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}", value):
        return int(value)
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--published: expected YYYY or YYYY-MM-DD, got {value!r}") from None


# --------------------------------------------------------------------------- plain-text tables
def display_width(text: str) -> int:
    """Terminal columns: East Asian wide/fullwidth characters count 2, combining marks 0."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def fit(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` columns (ending in '…' when cut) and pad it to exactly ``width``."""
    text = " ".join(str(text).split())
    if display_width(text) > width:
        out, used = [], 0
        for ch in text:
            w = display_width(ch)
            if used + w > width - 1:
                break
            out.append(ch)
            used += w
        text = "".join(out) + "…"
    return text + " " * (width - display_width(text))


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]], max_width: int = 30) -> str:
    """Aligned columns (CJK-aware), each at most ``max_width`` columns wide."""
    widths = [min(max_width, max([display_width(h)] + [display_width(" ".join(str(r[i]).split())) for r in rows]))
              for i, h in enumerate(headers)]
    lines = ["  ".join(fit(h, w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for row in rows:
        lines.append("  ".join(fit(c, w) for c, w in zip(row, widths)).rstrip())
    return "\n".join(lines)


def format_extraction(extraction: Extraction, article_id: Optional[str] = None) -> str:
    from .html import TYPE_LABELS, table_cells, table_columns

    n = sum(len(getattr(extraction, rt)) for rt in RECORD_TYPES)
    head = f"{article_id}: " if article_id else ""
    out = [f"== {head}{len(extraction.text)} characters, {n} records"
           + (f", region {extraction.region}" if extraction.region else "")]
    for rt in RECORD_TYPES:
        records = getattr(extraction, rt)
        out.append("")
        out.append(f"{TYPE_LABELS[rt]} ({len(records)})")
        if records:
            headers = ["#", *table_columns(rt), "evidence"]
            rows = [[str(i + 1), *table_cells(rt, r), r.evidence.text] for i, r in enumerate(records)]
            keep = [k for k in range(len(headers)) if k in (0, len(headers) - 1) or any(row[k] for row in rows)]
            out.append(format_table([headers[k] for k in keep], [[row[k] for k in keep] for row in rows]))
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- writers
class _Output:
    def __init__(self, fmt: str, out: Optional[str]):
        self.fmt, self.out = fmt, out
        self.stream: Optional[IO[str]] = None
        self.csv = None
        self.count = 0

    def __enter__(self):
        if self.fmt == "csv":
            from .export import CsvWriter

            self.csv = CsvWriter(self.out)
        elif self.out and self.out != "-":
            parent = os.path.dirname(os.path.abspath(self.out))
            os.makedirs(parent, exist_ok=True)
            self.stream = open(self.out, "w", encoding="utf-8", newline="\n")
        else:
            self.stream = _utf8_stdout()
        if self.fmt == "html":
            from .html import page_head

            self.stream.write(page_head("gov_extract"))
        return self

    def write(self, article_id: str, extraction: Extraction) -> None:
        if self.count and self.fmt in ("html", "table"):
            self.stream.write('<hr class="gx-sep">\n' if self.fmt == "html" else "\n")
        self.count += 1
        if self.fmt == "jsonl":
            obj = {"id": article_id, **extraction.model_dump(mode="json")}
            self.stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            self.csv.write(extraction, article_id)
        elif self.fmt == "html":
            from .html import render

            self.stream.write(render(extraction, title=article_id, style=False) + "\n")
        else:
            self.stream.write(format_extraction(extraction, article_id))
        if self.stream is not None:
            self.stream.flush()

    def __exit__(self, *exc):
        if self.fmt == "html" and self.stream is not None:
            from .html import page_tail

            self.stream.write(page_tail())
        if self.csv is not None:
            self.csv.close()
        if self.stream is not None:
            if self.out and self.out != "-":
                self.stream.close()
            else:
                self.stream.flush()


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _utf8_stdout() -> IO[str]:
    stream = sys.stdout
    if (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
        try:
            stream.reconfigure(encoding="utf-8")  # type: ignore[attr-defined]
        except (AttributeError, io.UnsupportedOperation):
            pass
    return stream


# --------------------------------------------------------------------------- main
def _add_output_options(p: argparse.ArgumentParser, default_format: str, formats=FORMATS) -> None:
    p.add_argument("--format", "-f", choices=formats, default=default_format,
                   help=f"output format (default {default_format})")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="output file (jsonl, html, table) or folder (csv); default: standard output")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Extract metrics, rankings, projects, persons and meetings from Chinese "
                    "local-government news articles. `gov-extract demo` runs on a bundled article.",
        epilog="Exit status: 0 all inputs processed; 1 some input failed (reported on stderr, "
               "the rest still written); 2 usage error.",
    )
    p.add_argument("inputs", nargs="+", metavar="FILE|DIR|-",
                   help="article files (UTF-8; GBK/GB18030 accepted), folders of *.txt, or - for stdin")
    _add_output_options(p, "jsonl")
    p.add_argument("--published", metavar="DATE", help="publication date of the articles: YYYY-MM-DD or YYYY")
    p.add_argument("--region", metavar="REGION", help="home region for 我市/全市, e.g. 永康市 (default: inferred)")
    p.add_argument("--progress", action="store_true", help="show a progress bar on stderr")
    p.add_argument("-j", "--n-process", type=int, default=1, metavar="N",
                   help="worker processes (default 1; -1 = one per CPU)")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def build_demo_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=f"{PROG} demo",
                                description="Run gov_extract on a bundled 永康日报 article and show the records.")
    _add_output_options(p, "table")
    return p


def _run(pairs: Iterator[Tuple[str, str]], fmt: str, out: Optional[str], published, region,
         progress: bool, n_process: int, failures: List[str]) -> None:
    ids: List[str] = []

    def items():
        for path, text in pairs:
            ids.append(path)
            yield text, {"id": path}

    # An article on which the extractor itself fails is reported and left out of the output
    # (extract_many(errors="skip") logs it with its index), the others go on.
    failed_index = set()

    class _Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            index = getattr(record, "gov_extract_index", None)
            if index is None:
                return
            failed_index.add(index)
            name = ids[index] if index < len(ids) else f"item {index}"
            failures.append(name)
            print(f"{PROG}: error: {name}: extraction failed: {getattr(record, 'gov_extract_error', '')}",
                  file=sys.stderr)

    logger = logging.getLogger("gov_extract")
    handler = _Catch()
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        with _Output(fmt, out) as output:
            results = extract_many(items(), published=published, region=region, as_tuples=True,
                                   progress=progress, n_process=n_process, errors="skip")
            for index, (extraction, context) in enumerate(results):
                if index not in failed_index:
                    output.write(context["id"], extraction)
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _demo(argv: Sequence[str]) -> int:
    args = build_demo_parser().parse_args(argv)
    if args.format == "csv" and not args.output:
        build_demo_parser().error("--format csv needs -o OUT_DIR")
    from importlib import resources

    text = resources.files("gov_extract").joinpath("fixtures", DEMO_FILE).read_text(encoding="utf-8")
    failures: List[str] = []
    print(f"{PROG} demo: {DEMO_FILE} (永康日报), published {DEMO_PUBLISHED}, region {DEMO_REGION}",
          file=sys.stderr)
    try:
        _run(iter([(DEMO_FILE, text)]), args.format, args.output, DEMO_PUBLISHED, DEMO_REGION, False, 1, failures)
    except BrokenPipeError:
        _silence_stdout()
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "demo":
        return _demo(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        published = parse_published(args.published)
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))
    if args.format == "csv" and (not args.output or args.output == "-"):
        parser.error("--format csv writes one file per record type: give a folder with -o OUT_DIR")
    if args.inputs.count("-") > 1:
        parser.error("- (standard input) can be given only once")

    failures: List[str] = []

    def texts() -> Iterator[Tuple[str, str]]:
        for path, error in expand_inputs(args.inputs):
            if error is None:
                try:
                    yield path, read_input(path)
                    continue
                except InputError as exc:
                    error = str(exc)
            failures.append(error)
            print(f"{PROG}: error: {error}", file=sys.stderr)

    try:
        _run(texts(), args.format, args.output, published, args.region, args.progress, args.n_process, failures)
    except BrokenPipeError:  # `gov-extract ... | head`: the reader went away, not an error of ours
        _silence_stdout()
        return 1 if failures else 0
    except OSError as exc:  # output not writable, disk full ...
        print(f"{PROG}: error: cannot write output: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    if failures:
        print(f"{PROG}: {len(failures)} input(s) failed; the others were processed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
