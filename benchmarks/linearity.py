"""Is ``gov_extract.extract`` linear in the input length, with bounded memory? (issue 6)

For each input shape and size (default 1, 2, 4, 8 "MB" = million characters) a fresh
subprocess imports gov_extract, warms up on 20k chars of the seeds, builds the input and times one
``extract`` call; it reports wall and CPU time (ratios use CPU time, which other jobs on a
shared machine disturb less) and peak RSS (``ru_maxrss``), also relative to the
RSS before the call. The parent prints, per shape, time, chars/s, t(2n)/t(n) (≈ 2 means
linear, ≈ 4 quadratic) and memory.

Shapes:
  seeds        the seed articles (/work/shared/seeds) repeated, separated by blank lines
  adversarial  long runs of digits / 万 / 亿 / quotes / brackets with no punctuation and
               no line break (one "sentence" per 100k-char chunk)

    .venv/bin/python benchmarks/linearity.py                   # 1,2,4,8 MB, both shapes
    .venv/bin/python benchmarks/linearity.py --sizes 0.125,0.25,0.5,1 --max-seconds 120

A point that exceeds --max-seconds is killed and the larger sizes of that shape skipped.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import subprocess
import sys
import time
from pathlib import Path

from _common import ROOT, commit  # noqa: E402  (the scripts run from benchmarks/)
SEEDS_DIR = Path(os.environ.get("GOV_EXTRACT_SEEDS", "/work/shared/seeds"))
MB = 1_000_000  # characters


def seed_text(n_chars: int) -> str:
    article = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt")))
    reps = n_chars // (len(article) + 2) + 1
    return ((article + "\n\n") * reps)[:n_chars]


def adversarial_text(n_chars: int) -> str:
    rng = random.Random(6)
    pieces = ["1234567890", "8", "万", "亿", "万亿", "“", "”", "（", "）", "「", "」", "(", "增长", "8亿万",
              "12.5%", "0.", "千", "一二三", "下降", "以上"]
    out, size = [], 0
    while size < n_chars:
        piece = rng.choice(pieces) * rng.randint(1, 40)
        out.append(piece)
        size += len(piece)
    return "".join(out)[:n_chars]


SHAPES = {"seeds": seed_text, "adversarial": adversarial_text}


def child(shape: str, n_chars: int) -> None:
    import resource

    import gov_extract

    # warm up on a real article so lazily loaded tables and models are in place
    gov_extract.extract(seed_text(20_000), published=2025)
    text = SHAPES[shape](n_chars)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started, cpu_started = time.perf_counter(), time.process_time()
    result = gov_extract.extract(text, published=2025)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak, "before_mb": before,
                      "records": sum(1 for _ in result.records())}))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1,2,4,8", help="sizes in million characters")
    parser.add_argument("--shapes", default="seeds,adversarial")
    parser.add_argument("--max-seconds", type=float, default=600.0, help="kill a point after this")
    parser.add_argument("--child", nargs=2, metavar=("SHAPE", "CHARS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], int(args.child[1]))
        return 0
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"# linearity of gov_extract.extract  date={datetime.datetime.now().isoformat(timespec='seconds')} "
          f"commit={commit()} python={platform.python_version()} cpus={os.cpu_count()} "
          f"load={os.getloadavg()[0]:.1f}")
    print("# MB = 1,000,000 characters; one fresh process per point; RSS = ru_maxrss")
    print(f"{'shape':<12} {'chars':>10} {'wall s':>8} {'CPU s':>8} {'CPU chars/s':>11} {'t(2n)/t(n)':>10} "
          f"{'peak RSS MB':>11} {'+during call':>12} {'records':>8}")
    for shape in args.shapes.split(","):
        previous = None
        for size in sizes:
            n = int(size * MB)
            started = time.perf_counter()
            try:
                proc = subprocess.run([sys.executable, __file__, "--child", shape, str(n)],
                                      capture_output=True, text=True, timeout=args.max_seconds)
            except subprocess.TimeoutExpired:
                print(f"{shape:<12} {n:>10} {'>' + str(int(args.max_seconds)):>9}  killed; larger sizes skipped")
                break
            if proc.returncode != 0:
                print(f"{shape:<12} {n:>10}  FAILED (exit {proc.returncode}): {proc.stderr.strip()[-500:]}")
                break
            point = json.loads(proc.stdout.strip().splitlines()[-1])
            t = point["cpu"]  # CPU time: robust to other jobs on a shared machine
            ratio = f"{t / previous:.2f}" if previous and size == 2 * prev_size else ""
            print(f"{shape:<12} {n:>10} {point['seconds']:>8.2f} {t:>8.2f} {n / t:>11.0f} {ratio:>10} "
                  f"{point['peak_mb']:>11.0f} "
                  f"{point['peak_mb'] - point['before_mb']:>12.0f} {point['records']:>8}", flush=True)
            previous, prev_size = t, size
            del started
    return 0


if __name__ == "__main__":
    sys.exit(main())
