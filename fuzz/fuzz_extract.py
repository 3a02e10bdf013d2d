"""Long fuzz run of ``gov_extract.extract`` (issue 6).

Two engines:

* ``hypothesis`` (default): the strategies and invariants of ``tests/test_fuzz.py``
  (arbitrary Unicode, CJK/ASCII, 万/亿 chains, brackets, control characters, seed
  splices, repetitions), run in batches with fresh random seeds until the time budget
  is spent. Failures are shrunk by hypothesis and printed.
* ``atheris`` (coverage-guided libFuzzer, ``pip install atheris``): bytes -> Unicode
  (no surrogates) -> ``extract``; same invariants.

In atheris mode libFuzzer prints the count itself ("#N DONE … exec/s"); its growing corpus
lives in fuzz/corpus/ (git-ignored; seeded from 400-char slices of the seed articles).

Every input runs under a watchdog (``--hang-seconds``, default 30 s): an input that takes
longer is saved to ``fuzz/crashes/`` and reported as a hang. Prints the number of inputs
tried, the slowest input and the result.

    .venv/bin/python fuzz/fuzz_extract.py --minutes 5
    .venv/bin/python fuzz/fuzz_extract.py --engine atheris --minutes 5
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import os
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
CRASH_DIR = Path(__file__).resolve().parent / "crashes"

STATS = {"tried": 0, "slowest": (0.0, 0), "failures": 0, "hangs": 0, "chars": 0}


class Hang(Exception):
    pass


def _on_alarm(signum, frame):
    raise Hang()


def _save(text: str, kind: str) -> Path:
    CRASH_DIR.mkdir(exist_ok=True)
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    path = CRASH_DIR / f"{kind}-{digest}.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def one_input(text: str, hang_seconds: float, **kwargs) -> None:
    """Run extract on one input with a watchdog and check the invariants."""
    from gov_extract import extract
    from test_fuzz import check_extraction

    STATS["tried"] += 1
    STATS["chars"] += len(text)
    started = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, hang_seconds)
    try:
        result = extract(text, **kwargs)
    except Hang:
        STATS["hangs"] += 1
        path = _save(text, "hang")
        print(f"HANG > {hang_seconds} s on a {len(text)}-char input, saved to {path}", flush=True)
        raise AssertionError(f"extract took > {hang_seconds} s ({path})") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    elapsed = time.perf_counter() - started
    if elapsed > STATS["slowest"][0]:
        STATS["slowest"] = (elapsed, len(text))
    check_extraction(text, result)


def run_hypothesis(deadline: float, hang_seconds: float, batch: int) -> int:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    import test_fuzz

    strategy = st.tuples(
        test_fuzz.ANY_INPUT,
        st.one_of(st.none(), st.sampled_from(["永康市", "金华市", "浙江省"]), st.text(max_size=8)),
        st.sampled_from([None, 2025, "2024-12-31"]),
    )
    failures = 0
    batches = 0
    while time.time() < deadline:
        batches += 1

        @settings(
            max_examples=batch,
            deadline=None,
            database=None,
            derandomize=False,
            suppress_health_check=list(HealthCheck),
            print_blob=True,
        )
        @given(strategy)
        def fuzz(args):
            text, region, published = args
            one_input(text, hang_seconds, region=region, published=published)

        try:
            fuzz()
        except Exception:  # noqa: BLE001 - report and keep fuzzing
            failures += 1
            STATS["failures"] += 1
            print(f"FAILURE in batch {batches}:", flush=True)
            traceback.print_exc()
        print(f"  batch {batches}: {STATS['tried']} inputs so far, "
              f"{time.time() - (deadline - ARGS.minutes * 60):.0f} s", flush=True)
    return failures


def run_atheris(seconds: int, hang_seconds: float) -> int:
    import atheris

    with atheris.instrument_imports(include=["gov_extract"]):
        import gov_extract  # noqa: F401
        from gov_extract import extract  # noqa: F401

    def test_one_input(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        text = fdp.ConsumeUnicodeNoSurrogates(len(data))
        one_input(text, hang_seconds)

    corpus = ROOT / "fuzz" / "corpus"
    corpus.mkdir(exist_ok=True)
    seeds_dir = Path(os.environ.get("GOV_EXTRACT_SEEDS", "/work/shared/seeds"))
    if seeds_dir.is_dir() and not any(corpus.iterdir()):
        for p in sorted(seeds_dir.glob("*.txt")):
            text = p.read_text(encoding="utf-8")
            for i in range(0, len(text), 400):
                # FuzzedDataProvider's unicode: first byte picks the width; 0x01 -> 2-byte
                (corpus / f"{p.stem}-{i}").write_bytes(b"\x01" + text[i : i + 400].encode("utf-16-le"))
    import atexit

    atexit.register(_summary, "atheris")
    atheris.Setup(
        [sys.argv[0], f"-max_total_time={seconds}", "-max_len=4096", "-rss_limit_mb=2048",
         f"-timeout={int(hang_seconds)}", str(corpus)],
        test_one_input,
    )
    atheris.Fuzz()
    return 0


def _summary(engine: str) -> None:
    slow_t, slow_n = STATS["slowest"]
    print(
        f"\n== fuzz summary ({engine}) ==\n"
        f"inputs tried : {STATS['tried']}\n"
        f"characters   : {STATS['chars']}\n"
        f"failures     : {STATS['failures']}\n"
        f"hangs        : {STATS['hangs']}\n"
        f"slowest input: {slow_t:.3f} s ({slow_n} chars)",
        flush=True,
    )


def _commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv=None) -> int:
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engine", choices=["hypothesis", "atheris"], default="hypothesis")
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--batch", type=int, default=500, help="hypothesis examples per batch")
    parser.add_argument("--hang-seconds", type=float, default=30.0)
    ARGS = parser.parse_args(argv)
    print(f"fuzz_extract: engine={ARGS.engine} minutes={ARGS.minutes} "
          f"date={datetime.datetime.now().isoformat(timespec='seconds')} commit={_commit()} "
          f"(working tree may differ)", flush=True)
    signal.signal(signal.SIGALRM, _on_alarm)
    if ARGS.engine == "atheris":
        return run_atheris(int(ARGS.minutes * 60), ARGS.hang_seconds)
    started = time.time()
    failures = run_hypothesis(started + ARGS.minutes * 60, ARGS.hang_seconds, ARGS.batch)
    _summary("hypothesis")
    print(f"elapsed      : {time.time() - started:.0f} s\nresult       : "
          + ("OK" if not failures else f"{failures} failing batch(es)"), flush=True)
    return 1 if failures else 0


ARGS = None

if __name__ == "__main__":
    sys.exit(main())
