"""HTML view: every evidence span highlighted, everything escaped, overlaps handled."""
import html
import re
from pathlib import Path

import gov_extract
from gov_extract.html import render, render_page
from gov_extract.records import Evidence, Extraction, Meeting, Metric, Person, Project, Quantity, Ranking

DEMO = (Path(gov_extract.__file__).parent / "fixtures" / "demo_yongkang.txt").read_text(encoding="utf-8")


def locate(text, clause):
    """Offsets of ``clause`` in ``text``, ignoring line breaks and spaces in ``text``."""
    idx = [i for i, c in enumerate(text) if not c.isspace()]
    stripped = "".join(text[i] for i in idx)
    key = "".join(c for c in clause if not c.isspace())
    k = stripped.index(key)
    return Evidence(start=idx[k], end=idx[k + len(key) - 1] + 1, text=clause)


def demo_extraction():
    t = DEMO
    return Extraction(
        text=t,
        region="永康市",
        metrics=[
            Metric(indicator="规上工业增加值", change=Quantity(value=9.5, unit="%", text="9.5%"), year=2024,
                   region="永康市", evidence=locate(t, "2024年，我市规上工业增加值增长9.5%")),
            Metric(indicator="意向订单", level=Quantity(value=5e9, unit="元", bound="gt", text="50亿元"), year=2024,
                   evidence=locate(t, "收获意向订单超50亿元")),
        ],
        rankings=[
            Ranking(subject="永康市", criterion="金华市综合考核", scope="金华", tier="第一等次", year=2024,
                    evidence=locate(t, "会议宣布了2024年度金华市综合考核结果，我市再获第一等次")),
            # overlaps the previous one
            Ranking(subject="永康市", criterion="领导班子年度考核", tier="优秀等次", year=2024,
                    evidence=locate(t, "我市再获第一等次，并被评定为领导班子年度考核优秀等次和综合考核先进单位")),
        ],
        projects=[Project(name="石柱高新科技产业园一期", status="operational", status_text="建成投用", year=2024,
                          evidence=locate(t, "2024年，石柱高新科技产业园一期、产投新材料产业园建成投用"))],
        persons=[Person(name="陈晓苏", title="融媒首席记者", role="reporter", evidence=locate(t, "本报讯（融媒首席记者 陈晓苏）"))],
        meetings=[Meeting(name="金华市一季度深入学习推广义乌发展经验奋进“港”“廊”“链”项目推进会", organizer="金华市",
                          date="2025-02-11", date_text="2月11日下午", format="视频会议", venues=["金华主会场", "永康分会场"],
                          evidence=locate(t, "2月11日下午，金华市一季度深入学习推广义乌发展经验奋进“港”“廊”“链”项目推进会以视频会议形式召开"))],
    )


def visible_text(fragment):
    """The text of the <pre> body with tags removed and entities unescaped."""
    pre = re.search(r'<pre class="gx-text">(.*?)</pre>', fragment, re.S).group(1)
    pre = re.sub(r'<a class="gx-tag"[^>]*>.*?</a>', "", pre)
    return html.unescape(re.sub(r"<[^>]+>", "", pre))


def marked_text(fragment):
    pre = re.search(r'<pre class="gx-text">(.*?)</pre>', fragment, re.S).group(1)
    return "".join(html.unescape(m) for m in re.findall(r"<mark [^>]*>(.*?)</mark>", pre, re.S))


def squash(s):
    return "".join(s.split())


def test_every_evidence_span_is_highlighted():
    x = demo_extraction()
    out = render(x)
    marked = squash(marked_text(out))
    for _, record in x.records():
        span = squash(x.text[record.evidence.start:record.evidence.end])
        assert span in marked, span
        assert html.escape(record.evidence.text) in out  # evidence column
    # tags linking text to table rows, one per record
    assert out.count('class="gx-tag"') == sum(1 for _ in x.records())
    assert "M1" in out and "R2" in out and "C1" in out


def test_text_preserved_apart_from_blank_lines():
    x = demo_extraction()
    assert squash(visible_text(render(x))) == squash(x.text)


def test_script_stays_inert():
    text = "<script>alert(1)</script>我市地区生产总值835.5亿元。\"引号\" & <b>粗</b>"
    start = text.index("我市")
    x = Extraction(text=text, metrics=[Metric(indicator="<script>x</script>", level=Quantity(
        value=83550000000.0, unit="元", text="835.5亿元"), evidence=Evidence(start=0, end=start + 10, text=text[: start + 10]))])
    for out in (render(x), x._repr_html_(), render_page([("<script>id</script>", x)])):
        assert "<script" not in out.lower()
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
        assert "<b>" not in out
    assert visible_text(render(x)) == text


def test_overlapping_and_out_of_range_spans():
    text = "甲乙丙丁戊己庚"
    x = Extraction(text=text, persons=[
        Person(name="甲", evidence=Evidence(start=0, end=4, text="甲乙丙丁")),
        Person(name="乙", evidence=Evidence(start=2, end=6, text="丙丁戊己")),
        Person(name="丙", evidence=Evidence(start=5, end=99, text="x")),  # beyond the text: clipped
        Person(name="丁", evidence=Evidence(start=3, end=3, text="")),    # empty: no highlight
    ])
    out = render(x)
    assert visible_text(out) == text
    # the overlap 丙丁 is one segment carrying both records in its title
    marks = dict((html.unescape(body), html.unescape(title))
                 for title, body in re.findall(r'<mark [^>]*title="([^"]*)">(.*?)</mark>', out))
    assert marks["丙丁"].startswith("H") and "甲" in marks["丙丁"] and "乙" in marks["丙丁"]
    assert "乙" not in marks["甲乙"]
    assert out.count("<mark ") == 5  # 甲乙 | 丙丁 | 戊 | 己 | 庚


def test_empty_extraction_and_page():
    page = render_page([Extraction(text=""), ("b.txt", Extraction(text="无记录"))])
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "b.txt" in page and "无记录" in page
    assert "http://" not in page and "https://" not in page and "<link" not in page  # self-contained
