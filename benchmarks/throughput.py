"""Throughput, cold start and memory of ``gov_extract.extract``, and of the peers (issue 6).

Measured in one run, single process, on the seed articles (/work/shared/seeds):

* gov_extract, article by article: the seeds repeated to ~1M characters, one
  ``extract`` call per article, after a warm-up pass;
* gov_extract, one big call on the same ~1M characters (chunked internally);
* cold start, in a fresh subprocess: ``import gov_extract`` + the first ``extract`` on a
  seed article (measured inside the subprocess), plus the interpreter's wall time;
  ``gov_extract.nlp.load()`` in another fresh subprocess if the NER model is installed;
* peak RSS of a subprocess that runs all articles and the big call (``ru_maxrss``);
* peers on the same articles — JioNLP (``jio.ner.extract_money`` with parsing, i.e.
  ``parse_money`` on each hit, and ``jio.ner.extract_time``) and Microsoft
  Recognizers-Text for Culture.Chinese (number, percentage, currency, dimension models,
  each built once) — timed on a ~100k-character sample of whole articles, reported as
  chars/s (the sample time scaled to 1M characters in the "est. s / 1M" column).

Goals: >= 200k chars/s per core end to end, cold start < 1.5 s, peak RSS < 400 MB.

    .venv/bin/python benchmarks/throughput.py                 # everything
    .venv/bin/python benchmarks/throughput.py --no-peers      # only gov_extract
    .venv/bin/python benchmarks/throughput.py --profile       # + pyinstrument hot spots

Peers need the ``bench`` extra: jionlp, recognizers-text-suite (with emoji<1.0), psutil.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from _common import ROOT, commit  # noqa: E402  (the scripts run from benchmarks/)
SEEDS_DIR = Path(os.environ.get("GOV_EXTRACT_SEEDS", "/work/shared/seeds"))
PUBLISHED = "2025-02-12"
GOALS = {"chars_per_s": 200_000, "cold_start_s": 1.5, "peak_rss_mb": 400}


def seed_articles() -> List[str]:
    articles = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    if not articles:
        sys.exit(f"no seed articles in {SEEDS_DIR} (set GOV_EXTRACT_SEEDS)")
    return articles


def corpus(n_chars: int) -> List[str]:
    """Whole seed articles, cycled until the total reaches n_chars."""
    seeds = seed_articles()
    out, size, i = [], 0, 0
    while size < n_chars:
        article = seeds[i % len(seeds)]
        out.append(article)
        size += len(article)
        i += 1
    return out


def timed(func: Callable[[str], object], articles: List[str], repeat: int = 1) -> Tuple[float, float]:
    """(wall seconds, CPU seconds of this process), best of ``repeat``.

    CPU time is the "per core" figure: other jobs on a shared machine inflate wall time."""
    best = (float("inf"), float("inf"))
    for _ in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        for article in articles:
            func(article)
        best = min(best, (time.perf_counter() - started, time.process_time() - cpu_started), key=lambda t: t[1])
    return best


# --------------------------------------------------------------------------- subprocess probes

COLD = r"""
import json, time, sys
t0 = time.perf_counter()
import gov_extract
t1 = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
t2 = time.perf_counter()
gov_extract.extract(text, published="2025-02-12")
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "first_extract_s": t3 - t2, "total_s": (t1 - t0) + (t3 - t2)}))
"""

NLP_LOAD = r"""
import json, time
t0 = time.perf_counter()
from gov_extract import nlp
try:
    nlp.load()
except Exception as exc:  # ModelNotFoundError or a broken model
    print(json.dumps({"error": f"{type(exc).__name__}: {exc}"[:200]}))
else:
    print(json.dumps({"load_s": time.perf_counter() - t0}))
"""

RSS = r"""
import json, resource, sys
import gov_extract
sys.path.insert(0, sys.argv[1])
from throughput import corpus
articles = corpus(int(sys.argv[2]))
for a in articles:
    gov_extract.extract(a, published="2025-02-12")
gov_extract.extract("\n\n".join(articles), published="2025-02-12")
print(json.dumps({"peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_probe(code: str, *args: str, timeout: float = 600) -> Dict:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=timeout, cwd=str(ROOT))
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        return {"error": proc.stderr.strip()[-400:], "wall_s": wall}
    lines = [line for line in proc.stdout.strip().splitlines() if line.startswith("{")]
    result = json.loads(lines[-1]) if lines else {"error": proc.stdout[-400:]}
    result["wall_s"] = wall
    return result


# --------------------------------------------------------------------------- peers


def peer_functions() -> Dict[str, Callable[[str], object]]:
    """name -> function(article); missing peers are reported and skipped."""
    peers: Dict[str, Callable[[str], object]] = {}
    try:
        import contextlib
        import io

        with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner
            import jionlp as jio
        base = time.mktime(time.strptime(PUBLISHED, "%Y-%m-%d"))
        jio.ner.extract_money("2.6亿港元")  # lazy _prepare
        jio.ner.extract_time("2024年", time_base=base)
        peers["JioNLP extract_money+parse_money"] = lambda t: jio.ner.extract_money(t, with_parsing=True)
        peers["JioNLP extract_time"] = lambda t: jio.ner.extract_time(t, time_base=base, with_parsing=True)
        peers["JioNLP money+time"] = lambda t: (jio.ner.extract_money(t, with_parsing=True),
                                                jio.ner.extract_time(t, time_base=base, with_parsing=True))
    except Exception as exc:  # noqa: BLE001
        print(f"# JioNLP unavailable: {type(exc).__name__}: {exc}")
    try:
        from recognizers_number import Culture, NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer

        numbers = NumberRecognizer(Culture.Chinese)
        units = NumberWithUnitRecognizer(Culture.Chinese)
        models = {
            "number": numbers.get_number_model(),
            "percentage": numbers.get_percentage_model(),
            "currency": units.get_currency_model(),
            "dimension": units.get_dimension_model(),
        }
        for model in models.values():
            model.parse("增长6.3%，835.5亿元，12平方公里")

        def recognizers_all(t: str):
            return [model.parse(t) for model in models.values()]

        for name, model in models.items():
            peers[f"Recognizers-Text {name}"] = model.parse
        peers["Recognizers-Text all four"] = recognizers_all
    except Exception as exc:  # noqa: BLE001
        print(f"# Recognizers-Text unavailable: {type(exc).__name__}: {exc}")
    return peers


# --------------------------------------------------------------------------- main


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=1_000_000, help="gov_extract corpus size")
    parser.add_argument("--peer-chars", type=int, default=100_000, help="peer sample size")
    parser.add_argument("--repeat", type=int, default=1, help="best of N timings")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--profile", action="store_true", help="pyinstrument on the article loop")
    args = parser.parse_args(argv)

    import gov_extract

    articles = corpus(args.chars)
    n_chars = sum(map(len, articles))
    print(f"# gov_extract throughput  date={datetime.datetime.now().isoformat(timespec='seconds')} "
          f"commit={commit()} version={gov_extract.__version__} python={platform.python_version()} "
          f"cpu={platform.processor() or platform.machine()} cpus={os.cpu_count()} "
          f"load={os.getloadavg()[0]:.1f}")
    print(f"# corpus: {len(seed_articles())} seed articles cycled to {len(articles)} articles, "
          f"{n_chars} chars; single process")

    extract = lambda t: gov_extract.extract(t, published=PUBLISHED)  # noqa: E731
    timed(extract, seed_articles())  # warm-up: tables, regexes, segmenter
    rows = []
    t_articles = timed(extract, articles, args.repeat)
    rows.append(("gov_extract (per article)", n_chars, t_articles))
    big = "\n\n".join(articles)
    t_big = timed(extract, [big], args.repeat)
    rows.append(("gov_extract (one 1M call)", len(big), t_big))
    ours = n_chars / t_articles[1]

    peer_rows = []
    if not args.no_peers:
        sample = corpus(args.peer_chars)
        sample_chars = sum(map(len, sample))
        print(f"# peers: timed on {len(sample)} whole articles, {sample_chars} chars, and scaled; "
              f"Recognizers-Text models built once (best case)")
        t_ours_sample = timed(extract, sample, args.repeat)
        peer_rows.append(("gov_extract (same sample)", sample_chars, t_ours_sample))
        import logging

        logging.disable(logging.ERROR)  # jionlp logs a traceback for each time string it cannot parse
        try:
            for name, func in peer_functions().items():
                peer_rows.append((name, sample_chars, timed(func, sample, args.repeat)))
        finally:
            logging.disable(logging.NOTSET)

    print()
    print("# chars/s = characters per CPU second of the benchmark process (per core); wall chars/s "
          "also shown; ours/peer compares CPU chars/s")
    print(f"{'tool':<36} {'chars':>9} {'wall s':>7} {'CPU s':>7} {'chars/s':>10} {'wall ch/s':>10} "
          f"{'est. s / 1M':>11} {'ours/peer':>9}")
    for name, chars, (wall, cpu) in rows + peer_rows:
        speed = chars / cpu
        print(f"{name:<36} {chars:>9} {wall:>7.2f} {cpu:>7.2f} {speed:>10.0f} {chars / wall:>10.0f} "
              f"{1e6 / speed:>11.1f} {ours / speed:>9.2f}")

    print()
    cold_file = ROOT / ".bench_cold_article.txt"
    cold_file.write_text(seed_articles()[0], encoding="utf-8")
    try:
        cold = min((run_probe(COLD, str(cold_file)) for _ in range(3)), key=lambda r: r.get("total_s", 1e9))
    finally:
        cold_file.unlink()
    nlp_load = run_probe(NLP_LOAD)
    rss = run_probe(RSS, str(Path(__file__).resolve().parent), str(args.chars))
    if "error" in cold:
        print(f"cold start: FAILED {cold['error']}")
    else:
        print(f"cold start (best of 3 fresh processes): import {cold['import_s']:.2f} s + first extract "
              f"{cold['first_extract_s']:.2f} s = {cold['total_s']:.2f} s "
              f"(process wall incl. interpreter {cold['wall_s']:.2f} s)")
    if "error" in nlp_load:
        print(f"nlp.load(): not measured ({nlp_load['error'].splitlines()[-1] if nlp_load['error'] else ''})")
    else:
        print(f"nlp.load() in a fresh process: {nlp_load['load_s']:.2f} s")
    print(f"peak RSS (all articles + the 1M call, fresh process): "
          + (f"{rss['peak_rss_mb']:.0f} MB" if "peak_rss_mb" in rss else f"FAILED {rss.get('error')}"))

    print()
    checks = [
        ("throughput per core", f"{ours:,.0f} chars/s (CPU)", ours >= GOALS["chars_per_s"], ">= 200,000 chars/s"),
        ("cold start", f"{cold.get('total_s', float('nan')):.2f} s",
         cold.get("total_s", 1e9) < GOALS["cold_start_s"], "< 1.5 s"),
        ("peak RSS", f"{rss.get('peak_rss_mb', float('nan')):.0f} MB",
         rss.get("peak_rss_mb", 1e9) < GOALS["peak_rss_mb"], "< 400 MB"),
    ]
    for name, value, ok, goal in checks:
        print(f"goal {name:<20} {value:>18}  {goal:<20} {'met' if ok else 'NOT MET'}")

    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
        for article in corpus(min(args.chars, 300_000)):
            extract(article)
        profiler.stop()
        out = Path(os.environ.get("TMPDIR", "/tmp")) / "gov_extract_profile.txt"
        out.write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
        print(f"\n# pyinstrument profile written to {out}; self time by function:")
        for line in _self_time_table(profiler.last_session)[:25]:
            print(line)
        print("\n# time by stage (Document = normalize + sentences + scoping; then each slot filler):")
        for line in _stage_table(corpus(min(args.chars, 300_000))):
            print(line)
    return 0


def _stage_table(articles: List[str]) -> List[str]:
    from gov_extract.document import Document
    from gov_extract.slots import fillers

    stages: Dict[str, float] = {}
    for article in articles:
        started = time.perf_counter()
        doc = Document(article, published=PUBLISHED)
        stages["Document"] = stages.get("Document", 0.0) + time.perf_counter() - started
        for name, fill in fillers().items():
            started = time.perf_counter()
            fill(doc)
            stages[f"slots.{name}"] = stages.get(f"slots.{name}", 0.0) + time.perf_counter() - started
    total = sum(stages.values())
    chars = sum(map(len, articles))
    return [f"  {100 * t / total:5.1f}%  {name:<16} {chars / t:>12,.0f} chars/s alone"
            for name, t in sorted(stages.items(), key=lambda kv: -kv[1])]


def _self_time_table(session) -> List[str]:
    """(function, % of time) by self time from a pyinstrument session; pyinstrument's
    synthetic "[self]"/"[await]" frames are credited to their parent function."""
    root = session.root_frame()
    total = root.time if root else 0.0
    selfs: Dict[str, float] = {}
    stack = [root] if root else []
    while stack:
        frame = stack.pop()
        real = [c for c in frame.children if not (c.function or "").startswith("[")]
        key = f"{frame.function} ({Path(frame.file_path or '?').name}:{frame.line_no})"
        selfs[key] = selfs.get(key, 0.0) + max(0.0, frame.time - sum(c.time for c in real))
        stack.extend(real)
    ranked = sorted(selfs.items(), key=lambda kv: -kv[1])
    return [f"  {pct:5.1f}%  {name}" for name, pct in ((k, 100 * v / total) for k, v in ranked)]


if __name__ == "__main__":
    sys.exit(main())
