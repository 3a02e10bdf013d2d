"""``gov_extract.normalize``: case table, the five seeds, and the offset-mapping property."""
from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cases.normalize import BUGS, DEV, FEATURES, SEEDS
from gov_extract.normalize import NormalizedText, traditional_tables, normalize

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED_DIR = SHARED / "seeds"


def _ids(cases):
    return [c[2] for c in cases]


def _check_case(inp: str, expected: str) -> None:
    norm = normalize(inp)
    assert norm.text == expected
    assert norm.original is inp
    _check_mapping(norm)


# --------------------------------------------------------------------------- #
# case table
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize("inp,expected,note", SEEDS, ids=_ids(SEEDS))
def test_seed_cases(inp, expected, note):
    _check_case(inp, expected)


@pytest.mark.parametrize("inp,expected,note", DEV, ids=_ids(DEV))
def test_dev_cases(inp, expected, note):
    _check_case(inp, expected)


@pytest.mark.parametrize("inp,expected,note", FEATURES, ids=_ids(FEATURES))
def test_feature_cases(inp, expected, note):
    _check_case(inp, expected)


@pytest.mark.parametrize("inp,expected,note", BUGS, ids=_ids(BUGS))
def test_bug_cases(inp, expected, note):
    _check_case(inp, expected)


# --------------------------------------------------------------------------- #
# API details
# --------------------------------------------------------------------------- #

def test_api_mapping_details():
    src = "态 势 。 预 计"
    norm = normalize(src)
    assert isinstance(norm, NormalizedText)
    assert norm.text == "态势。预计"
    assert norm.original_index(1) == 2
    assert norm.to_original(0, 2) == (0, 3)
    assert norm.to_original(0, len(norm.text)) == (0, len(src))
    assert norm.to_original(2, 2) == (4, 4)  # zero-width: position of char 2
    assert norm.to_original(5, 5) == (len(src), len(src))
    with pytest.raises(IndexError):
        norm.to_original(3, 2)
    with pytest.raises(IndexError):
        norm.original_index(len(norm.text))
    with pytest.raises(AttributeError):
        norm.text = "x"  # frozen


def test_empty():
    norm = normalize("")
    assert norm.text == "" and norm.to_original(0, 0) == (0, 0)


def test_joined_name_maps_to_both_lines():
    src = SEEDS[0][0]  # seed 000, broken 「郑云\n\n涛」
    norm = normalize(src)
    i = norm.text.index("郑云涛")
    s, e = norm.to_original(i, i + 3)
    assert src[s:e] == "郑云\n\n涛"


# --------------------------------------------------------------------------- #
# the five seeds
# --------------------------------------------------------------------------- #

def _seed_texts():
    if not SEED_DIR.is_dir():
        pytest.skip(f"seed texts not found under {SEED_DIR}")
    files = sorted(SEED_DIR.glob("*.txt"))
    if not files:
        pytest.skip("no seed texts")
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in files}


# (seed, text that the PDF broke across lines and that must come out whole)
WHOLE = [
    ("000", "郑云涛"),
    ("000", "我市再获第一等次"),
    ("000", "2月11日下午，金华市一季度深入学习推广义乌发展经验"),
    ("000", "迭代完善浙中科创走廊“1653”工作体系，引导更多链上重大项目"),
    ("001", "2月19日，记者从相关部门获悉"),
    ("001", "我市在全国工业县（市）百强榜单上位列第45位。"),
    ("001", "“2+5”重点产业链规上总产值达943亿元"),
    ("002", "2024年“成绩单”亮点几何？2025年“施工图”规划如何？"),
    ("002", "态势。预计全年地区生产总值增长6%、规上工业增加值增长8.7%"),
    ("002", "居民人均可支配收入与经济增长同步……报告中"),
    ("003", "加力推动国家一揽子政策和省“8+4”政策落地见效"),
    ("003", "开展“人工智能+”行动"),
    ("003", "招引10亿元以上制造业项目8个"),
    ("003", "5个“保交房”项目实现100%交付"),
    ("004", "9月21日下午召开的市委十五届二次全体（扩大）会议暨市政府十八届一次全体会议，全面总结了今年以来的工作。"),
    ("004", "累计整治低效工业用地6269亩"),
]

# lines that must stay blocks of their own
OWN_BLOCK = [
    ("000", "本报讯（融媒首席记者 陈晓苏）"),
    ("000", "（下转2版）"),
    ("000", "——2024年我市推动工业经济高质量发展综述"),
    ("001", "打好“五战双强”行动组合拳"),
    ("001", "请您关注今日头条"),
    ("001", "本报讯（融媒记者 程明星）"),
    ("001", "融媒记者 杨成栋 摄"),
    ("002", "融媒记者 李梦楚"),
    ("003", "重点做了十方面工作"),
    ("003", "重点抓好八方面工作"),
    ("003", "全力抢抓政策机遇"),
    ("003", "在激活动能上发力争先"),
    ("003", "聚力产业提档，转型升级打开新空间"),
    ("003", "融媒记者 李梦楚 颜元滔"),
    ("004", "拼搏实干 奋勇先行"),
    ("004", "我市经济社会发展实现稳中求进"),
    ("004", "融媒记者 吕晓婷 王佳涵 整理"),
    ("004", "关键词"),
    ("004", "稳进提质"),
]


@pytest.fixture(scope="module")
def seeds():
    texts = _seed_texts()
    return {k: (v, normalize(v)) for k, v in texts.items()}


@pytest.mark.parametrize("seed,phrase", WHOLE)
def test_seed_broken_words_whole(seeds, seed, phrase):
    _, norm = seeds[seed]
    assert phrase in norm.text


@pytest.mark.parametrize("seed,block", OWN_BLOCK)
def test_seed_headlines_stay_blocks(seeds, seed, block):
    _, norm = seeds[seed]
    assert block in norm.text.split("\n")


# full-width seed lines without final punctuation that are headlines, not broken text
FULL_WIDTH_HEADLINES = {"蓄势聚力向新而行 迎春起航续写华章", "我市位列中国工业百强县（市）第45位"}


def test_seed_full_column_lines_are_joined(seeds):
    """Every full column line (length = the seed's typical line length ±1) that does not
    end with final punctuation is joined with its successor: it never ends a block."""
    checked = 0
    for key, (src, norm) in seeds.items():
        lines = [ln.strip() for ln in src.split("\n") if ln.strip()]
        typical = Counter(len(ln) for ln in lines).most_common(1)[0][0]
        block_ends = {b[-6:] for b in norm.text.split("\n")}
        for prev, nxt in zip(lines, lines[1:]):
            if abs(len(prev) - typical) <= 1 and prev[-1] not in "。！？；：”）…":
                if prev in FULL_WIDTH_HEADLINES:
                    continue
                checked += 1
                assert prev.replace(" ", "")[-6:] not in block_ends, (key, prev, nxt)
    assert checked > 400


def test_seed_blocks_clean(seeds):
    for _, (src, norm) in seeds.items():
        assert "\n\n" not in norm.text
        for block in norm.text.split("\n"):
            assert block and block == block.strip()
        _check_mapping(norm)


# --------------------------------------------------------------------------- #
# mapping property
# --------------------------------------------------------------------------- #

def _fold(s: str) -> str:
    s = s.replace("\u22ef", "\u2026")
    s = unicodedata.normalize("NFKC", s)
    only, shared, _ = traditional_tables()
    s = s.translate(only).translate(shared)  # 縣 in the source is 县 in the text: one for one
    return "".join(c for c in s if not c.isspace())


def _check_mapping(norm: NormalizedText) -> None:
    orig, text = norm.original, norm.text
    n = len(orig)
    prev_s = prev_e = 0
    for i, ch in enumerate(text):
        s, e = norm.to_original(i, i + 1)
        assert 0 <= s <= e <= n
        assert s >= prev_s and e >= prev_e, "spans must be monotone"
        assert norm.original_index(i) == s
        prev_s, prev_e = s, e
        piece = orig[s:e]
        if ch.isspace():
            assert piece == "" or piece.isspace() or piece == "\r\n", (i, ch, piece)
        else:
            assert _fold(piece) == _fold(ch), (i, ch, piece)
    s, e = norm.to_original(0, len(text))
    assert 0 <= s <= e <= n


_ALPHABET = st.one_of(
    st.sampled_from(list("我市再获第一等次，。、“”（）：；！？…⋯ \n\n\n\t\r\u3000\u00a0\u200b\ufeff１２３ＡＢ％＋．⼯")),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40),
    st.characters(),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=_ALPHABET, max_size=200))
def test_mapping_property(s):
    norm = normalize(s)
    assert norm.original == s
    assert "\n\n" not in norm.text
    assert norm.text == norm.text.strip()
    _check_mapping(norm)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("我市再获第一等次工业发展，。、 1２")), min_size=1, max_size=20),
                max_size=30))
def test_mapping_property_column_like(parts):
    s = "\n\n".join(parts)
    _check_mapping(normalize(s))
