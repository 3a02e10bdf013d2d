#!/usr/bin/env python
"""Generate docs/records.md from the pydantic models in gov_extract.records.

    python scripts/gen_records_doc.py          # rewrite docs/records.md
    python scripts/gen_records_doc.py --check  # exit 1 if docs/records.md is out of date

Field types, defaults and the enum values come from the models. A field's description
is its pydantic ``Field(description=...)`` when it has one, else the note in ``NOTES``
below (taken from shared/spec/RECORDS.md). tests/test_records_doc.py fails when the file
is stale or when a model field has no description at all.
"""
from __future__ import annotations

import sys
import typing
from pathlib import Path
from typing import Any, Dict, List, Tuple, Union

from pydantic_core import PydanticUndefined

from gov_extract import records
from gov_extract.export import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "docs" / "records.md"

MODELS = [records.Extraction, records.Evidence, records.Quantity, records.Metric, records.Ranking,
          records.Project, records.Person, records.Meeting]

# (model, field) -> description, for fields whose model has no Field(description=...)
NOTES: Dict[Tuple[str, str], str] = {
    ("Extraction", "text"): "the input, unchanged",
    ("Extraction", "region"): "home region used for 我市/全市/本市 (given, or inferred from the text)",
    ("Extraction", "metrics"): "quantified statements about indicators",
    ("Extraction", "rankings"): "places in lists or assessments",
    ("Extraction", "projects"): "named constructions, platforms or programmes with a status",
    ("Extraction", "persons"): "people named in the article, once each",
    ("Extraction", "meetings"): "meetings held or reported as events",
    ("Quantity", "value"): "in the base unit: 835.5亿元 -> 83550000000.0, 1.1万人 -> 11000.0; 七成 -> 70.0 %",
    ("Quantity", "unit"): "base unit without 万/亿 multipliers: 元 人 家 个 亩 平方米 公里 千瓦时 兆瓦 标箱 人次 % 个百分点 倍 ...",
    ("Quantity", "bound"): "以上/不低于 -> ge; 超/超过/突破/逾/多/余 -> gt; 以下/以内/不超过 -> le; 不足/近 -> lt; "
                           "左右/约/大约 -> approx; otherwise eq",
    ("Metric", "indicator"): "what is measured, as short as stays unambiguous: 地区生产总值, 规上工业增加值",
    ("Metric", "level"): "the amount or level: 835.5亿元, 40家, 优良率92.9% (a percentage that is a level is level, not change)",
    ("Metric", "change"): "the change, signed: 增长6.3% -> 6.3 %; 下降25% -> -25.0 %; 提高2个百分点 -> 2.0 个百分点; 翻番 -> 2.0 倍",
    ("Metric", "basis"): "what the change is against, if stated: 同比, 较前三年均值",
    ("Metric", "modality"): "actual: reported as done; estimate: 预计; target: 力争/确保/目标/计划/要/预期目标/争创",
    ("Metric", "year"): "the year the figure is for, when the text makes it clear",
    ("Metric", "period"): "a sub-year period as written: 一季度, 1-9月, 全年",
    ("Metric", "region"): "whose indicator: 永康市 for 我市/全市; 金华市; None if unclear",
    ("Metric", "evidence"): "where the record came from",
    ("Ranking", "subject"): "who is ranked: 永康市 (for 我市), a company, a hospital",
    ("Ranking", "criterion"): "the list or indicator: 全国工业百强县（市）, 赛迪县域综合实力, 金华市综合考核",
    ("Ranking", "scope"): "the field compared in: 全国 全省 金华 浙江",
    ("Ranking", "rank"): "第45位 -> 45; 首位/第一 -> 1",
    ("Ranking", "top"): "membership of a top-N: 前10 -> 10; 百强 -> 100",
    ("Ranking", "tier"): "a grade instead of a place: 第一等次, 第一方阵, 优秀, 中上游",
    ("Ranking", "year"): "the year of the list or assessment",
    ("Ranking", "publisher"): "who published the list: 中国信息通信研究院",
    ("Ranking", "modality"): "actual, estimate or target (as for Metric)",
    ("Ranking", "evidence"): "where the record came from",
    ("Project", "name"): "石柱高新科技产业园一期, 义龙庆高速永康段, 航空产业园",
    ("Project", "status"): "planned: 谋划/储备/前期/争创; approved: 通过审查/获批/立项; started: 开工/启动建设; "
                           "in_progress: 推进/加快建设/在建/主体结顶; completed: 建成/竣工/完工; "
                           "operational: 投用/建成投用/建成通车/运营/通车",
    ("Project", "status_text"): "the status verb as written: 建成投用",
    ("Project", "investment"): "总投资/投资 amount when stated",
    ("Project", "modality"): "actual, estimate or target (as for Metric)",
    ("Project", "year"): "the year of the status",
    ("Project", "evidence"): "where the record came from",
    ("Person", "name"): "胡勇春 (names split by a broken line are one name)",
    ("Person", "title"): "as written next to the name: 市委书记, 党委书记、局长, 融媒首席记者, 董事长",
    ("Person", "organization"): "the body the title belongs to, as written: 市经信局, 市城投集团, 芝英镇",
    ("Person", "role"): "reporter: 记者 in a byline; photographer: … 摄; editor: … 整理; official: holds a public office",
    ("Person", "evidence"): "the first mention",
    ("Meeting", "name"): "as written: 市委十五届七次全体（扩大）会议",
    ("Meeting", "organizer"): "市委, 市政府, 金华市",
    ("Meeting", "term"): "届: 十五届 -> 15",
    ("Meeting", "session"): "次: 七次 -> 7",
    ("Meeting", "date"): "ISO 2025-01-03 when the year is known, else --01-03",
    ("Meeting", "date_text"): "as written: 1月3日下午",
    ("Meeting", "format"): "视频会议, 现场会 ...",
    ("Meeting", "venues"): "金华主会场, 永康分会场",
    ("Meeting", "attendees"): "names of people said to attend",
    ("Meeting", "evidence"): "where the record came from",
}

RECORD_TYPE_OF = {"Metric": "metrics", "Ranking": "rankings", "Project": "projects", "Person": "persons",
                  "Meeting": "meetings"}


def type_name(annotation: Any) -> str:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is Union:
        return " \\| ".join(type_name(a) for a in args)
    if origin is typing.Literal:
        return " \\| ".join(f"`{a!r}`".replace("'", '"') for a in args)
    if origin in (list, List):
        return f"list[{type_name(args[0])}]"
    if annotation is type(None):
        return "None"
    name = getattr(annotation, "__name__", str(annotation))
    if isinstance(annotation, type) and issubclass(annotation, records.BaseModel):
        return f"[{name}](#{name.lower()})"
    return name


def default_text(field) -> str:
    if field.is_required():
        return "required"
    if field.default_factory is not None:
        return f"`{field.default_factory()!r}`"
    if field.default is PydanticUndefined:
        return ""
    return "`None`" if field.default is None else f"`{field.default!r}`".replace("'", '"')


def description(model_name: str, name: str, field) -> str:
    return field.description or NOTES.get((model_name, name), "")


def render() -> str:
    out = [
        "# Record reference",
        "",
        "<!-- Generated by scripts/gen_records_doc.py from src/gov_extract/records.py. Do not edit by hand. -->",
        "",
        "`gov_extract.extract()` returns an `Extraction`; its lists hold the records below "
        "(pydantic v2 models, `gov_extract.records`). Field names and enum values are public API. "
        "`Extraction.model_dump(mode=\"json\")` is the JSON form. The flat table columns "
        "(`to_frames()`, CSV) are listed under each record type.",
        "",
    ]
    for model in MODELS:
        name = model.__name__
        doc = " ".join((model.__doc__ or "").strip().split("\n\n")[0].split())
        out += [f"## {name}", "", doc, "", "| field | type | default | description |", "|---|---|---|---|"]
        for fname, field in model.model_fields.items():
            desc = description(name, fname, field).replace("|", "\\|")
            out.append(f"| `{fname}` | {type_name(field.annotation)} | {default_text(field)} | {desc} |")
        if name in RECORD_TYPE_OF:
            rt = RECORD_TYPE_OF[name]
            out += ["", f"Table `{rt}` (`to_frames()[\"{rt}\"]`, `{rt}.csv`) columns: "
                    + ", ".join(f"`{c}`" for c in COLUMNS[rt]) + "."]
        out.append("")
    return "\n".join(out)


def missing_descriptions() -> List[str]:
    return [f"{m.__name__}.{f}" for m in MODELS for f, field in m.model_fields.items()
            if not description(m.__name__, f, field)]


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    text = render()
    if "--check" in argv:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run python scripts/gen_records_doc.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
