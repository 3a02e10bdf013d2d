"""gov-extract CLI, run as a subprocess (python -m gov_extract.cli and the console script)."""
import csv
import json
import os
import shutil
import subprocess
import sys

import pytest

from gov_extract.cli import display_width, fit, format_table, main
from gov_extract.export import COLUMNS

UTF8 = "2024年，我市地区生产总值835.5亿元、增长6.3%。"
GBK = "本报讯（记者 张三）2月11日下午，永康市召开项目推进会。"


def run(*args, stdin=None, cwd=None):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "gov_extract.cli", *map(str, args)], input=stdin,
                          capture_output=True, cwd=cwd, env=env, timeout=120)


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "articles"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(UTF8, encoding="utf-8")
    (d / "sub" / "b_gbk.txt").write_bytes(GBK.encode("gbk"))
    (d / "c_empty.txt").write_bytes(b"")
    (d / "d_bad.txt").write_bytes(b"\x80\x80\xff\xff")  # neither UTF-8 nor GB18030
    (d / "ignored.md").write_text("不是 txt", encoding="utf-8")
    return d


def jsonl(stdout):
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines() if line.strip()]


def test_single_file_jsonl(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(UTF8, encoding="utf-8")
    r = run(f, "--published", "2025-02-12", "--region", "永康市")
    assert r.returncode == 0, r.stderr.decode()
    (obj,) = jsonl(r.stdout)
    assert obj["id"] == str(f) and obj["text"] == UTF8 and obj["region"] == "永康市"
    for key in ("metrics", "rankings", "projects", "persons", "meetings"):
        assert isinstance(obj[key], list)


def test_gbk_file_decoded_with_note(tmp_path):
    f = tmp_path / "gbk.txt"
    f.write_bytes(GBK.encode("gbk"))
    r = run(f)
    assert r.returncode == 0
    assert jsonl(r.stdout)[0]["text"] == GBK
    err = r.stderr.decode()
    assert "GB18030" in err and "gbk.txt" in err


def test_empty_file_fails(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"  \n")
    r = run(f)
    assert r.returncode == 1 and r.stdout == b""
    assert "empty.txt: empty input" in r.stderr.decode()


def test_missing_file_fails(tmp_path):
    r = run(tmp_path / "nope.txt")
    assert r.returncode == 1
    err = r.stderr.decode().strip().splitlines()
    assert any("nope.txt: no such file" in line for line in err)
    assert "Traceback" not in r.stderr.decode()


def test_folder_with_bad_files_processes_the_rest(corpus):
    r = run(corpus)
    assert r.returncode == 1
    objs = jsonl(r.stdout)
    assert [os.path.relpath(o["id"], corpus) for o in objs] == ["a.txt", os.path.join("sub", "b_gbk.txt")]
    assert [o["text"] for o in objs] == [UTF8, GBK]
    err = r.stderr.decode()
    assert "c_empty.txt: empty input" in err and "d_bad.txt: cannot decode" in err
    assert "2 input(s) failed" in err and "Traceback" not in err


def test_csv_output(corpus, tmp_path):
    out = tmp_path / "csv"
    r = run(corpus / "a.txt", corpus / "sub", "--format", "csv", "-o", out)
    assert r.returncode == 0, r.stderr.decode()
    for rt, cols in COLUMNS.items():
        with open(out / f"{rt}.csv", encoding="utf-8-sig", newline="") as f:
            assert next(csv.reader(f)) == cols


def test_csv_needs_output_dir(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(UTF8, encoding="utf-8")
    r = run(f, "--format", "csv")
    assert r.returncode == 2 and "-o" in r.stderr.decode()


def test_html_output_is_one_page(corpus, tmp_path):
    (corpus / "evil.txt").write_text("<script>alert(1)</script>我市", encoding="utf-8")
    out = tmp_path / "view.html"
    r = run(corpus / "a.txt", corpus / "evil.txt", "--format", "html", "-o", out)
    assert r.returncode == 0, r.stderr.decode()
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count("</html>") == 1
    assert "<script" not in page.lower() and "&lt;script&gt;" in page


def test_stdin_and_table(tmp_path):
    r = run("-", "--format", "table", stdin=UTF8.encode("utf-8"))
    assert r.returncode == 0
    assert "指标 Metrics" in r.stdout.decode("utf-8")


def test_bad_published_is_usage_error(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(UTF8, encoding="utf-8")
    r = run(f, "--published", "2025-13-40")
    assert r.returncode == 2 and "--published" in r.stderr.decode()


def test_demo():
    r = run("demo")
    assert r.returncode == 0, r.stderr.decode()
    out = r.stdout.decode("utf-8")
    assert "demo_yongkang.txt" in out
    for label in ("Metrics", "Rankings", "Projects", "Persons", "Meetings"):
        assert label in out


def test_demo_jsonl_in_process(capsys):
    assert main(["demo", "--format", "jsonl"]) == 0
    (obj,) = jsonl(capsys.readouterr().out.encode("utf-8"))
    assert obj["id"] == "demo_yongkang.txt" and "永康" in obj["text"]


def _console_script():
    beside = os.path.join(os.path.dirname(sys.executable), "gov-extract")
    return beside if os.path.exists(beside) else shutil.which("gov-extract")


@pytest.mark.skipif(_console_script() is None, reason="console script gov-extract not installed")
def test_console_script(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(UTF8, encoding="utf-8")
    r = subprocess.run([_console_script(), str(f)], capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr.decode()
    assert jsonl(r.stdout)[0]["text"] == UTF8


def test_cjk_table_alignment():
    assert display_width("永康市") == 6 and display_width("abc") == 3 and display_width("ＡＢ") == 4
    assert display_width(fit("中欧班列永康五金集结中心", 9)) == 9 and fit("中欧班列永康五金集结中心", 9).endswith("…")
    table = format_table(["名称", "value"], [["永康市", "1"], ["abc", "22"]])
    lines = table.splitlines()
    # the second column starts at the same display column on every line
    starts = {display_width(line[: line.index(cell)]) for line, cell in zip(lines[2:], ["1", "22"])}
    assert len(starts) == 1
