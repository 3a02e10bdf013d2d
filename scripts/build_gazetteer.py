"""Build ``src/gov_extract/data/regions.tsv``, the gazetteer used to resolve regions.

Source: the adcode table inside the ``cpca`` 0.5.5 wheel on PyPI (MIT licence,
Copyright (c) 2018 QinYuan Du). Only the derived table is committed, not the wheel.

    python scripts/build_gazetteer.py            # downloads cpca with pip into a temp dir

Columns of the output: adcode, level (province/city/county), full name, short names
(comma separated), parent city adcode, province adcode.
"""
from __future__ import annotations

import csv
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "gov_extract" / "data" / "regions.tsv"

# Longest suffixes first: an ethnic autonomous suffix leaves the place name, e.g.
# 大理白族自治州 -> 大理 (and 大理州), 湘西土家族苗族自治州 -> 湘西 (and 湘西州).
SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
            "地区", "省", "市", "县", "区", "旗", "盟", "州")
ETHNIC_TAIL = "族"


def short_names(name: str) -> list[str]:
    shorts = []
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            if suffix.startswith("自治") or suffix.endswith("自治区"):
                # strip the ethnic names: 大理白族 -> 大理, 湘西土家族苗族 -> 湘西
                while ETHNIC_TAIL in stem:
                    cut = stem.find(ETHNIC_TAIL)
                    head = stem[:cut]
                    # ethnic names are 1-3 chars before 族; keep the place part before them
                    stem = head[: max(2, len(head) - 3)] if len(head) > 2 else head
                    if len(head) <= 4:
                        # e.g. 大理白 -> 大理, 湘西土家 -> 湘西
                        stem = head[:2]
                        break
                short_suffix = {"自治州": "州", "自治县": "县", "自治旗": "旗"}.get(suffix)
                if short_suffix:
                    shorts.append(stem + short_suffix)
            shorts.append(stem)
            break
    return [s for s in dict.fromkeys(shorts) if s != name and len(s) >= 2]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "cpca==0.5.5", "-d", tmp],
                       check=True)
        wheel = next(Path(tmp).glob("cpca-0.5.5-*.whl"))
        with zipfile.ZipFile(wheel) as zf:
            raw = zf.read("cpca/resources/adcodes.csv").decode("utf-8")
    rows = []
    for rec in csv.DictReader(io.StringIO(raw)):
        code = rec["adcode"][:6]
        name = rec["name"].strip()
        if code.endswith("0000"):
            level = "province"
        elif code.endswith("00"):
            level = "city"
        else:
            level = "county"
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        rows.append((code, level, name, ",".join(short_names(name)), code[:4] + "00", code[:2] + "0000"))
    rows.sort()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Chinese administrative divisions, built by scripts/build_gazetteer.py from cpca 0.5.5 (MIT)\n")
        fh.write("# adcode\tlevel\tname\tshort_names\tcity_adcode\tprovince_adcode\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} regions to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
