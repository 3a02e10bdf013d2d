import pytest

from cases.regions import HOME_BUGS, HOME_DEV, HOME_SEEDS, MENTIONS, SCOPE
from gov_extract.regions import gazetteer, infer_home_region, resolve_scope_name
from gov_extract.tables import WordSet


@pytest.mark.parametrize("text,expected", HOME_SEEDS + HOME_DEV + HOME_BUGS)
def test_home_region(text, expected):
    assert infer_home_region(text) == expected


@pytest.mark.parametrize("word,home,expected", SCOPE)
def test_resolve_scope_name(word, home, expected):
    assert resolve_scope_name(word, home) == expected


def test_gazetteer_short_names_and_hierarchy():
    gaz = gazetteer()
    (yongkang,) = gaz.lookup("永康")
    assert yongkang.name == "永康市" and yongkang.level == "county"
    assert gaz.city_of(yongkang).name == "金华市"
    assert gaz.province_of(yongkang).name == "浙江省"
    assert {r.name for r in gaz.lookup("大理")} == {"大理白族自治州", "大理市"}


@pytest.mark.parametrize("text,expected", MENTIONS)
def test_mentions_are_longest_and_inside_text(text, expected):
    found = list(gazetteer().mentions(text))
    assert [n for _, _, n in found] == expected
    assert all(text[s:e] == n for s, e, n in found)


def test_wordset_never_matches_past_the_end():
    words = WordSet(["金华", "金华市", "全省"])
    assert words.match("金华").end() == 2
    assert words.match("金") is None
    assert words.match_end("（金华").group() == "金华"
    assert [m.group() for m in words.finditer("金华市和全省")] == ["金华市", "全省"]
    assert words.fullmatch("金华市") and not words.fullmatch("金华市区")
