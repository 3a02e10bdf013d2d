"""Character helpers shared by the stages and the evaluator.

>>> char_overlap("地区生产总值", "生产总值")
1.0
>>> is_cjk("永"), is_cjk("A")
(True, False)
"""
from __future__ import annotations

from collections import Counter
from typing import Optional


def is_cjk(c: str) -> bool:
    """A CJK ideograph (the basic and extension-A blocks and compatibility ideographs)."""
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


def char_overlap(a: Optional[str], b: Optional[str]) -> float:
    """Size of the character-multiset intersection of *a* and *b* / length of the shorter.

    0.0 when either is empty or None. The evaluator matches records with it (RECORDS.md) and
    the fillers use it to tell a repeated mention from a new one.

    >>> char_overlap("aab", "abb")
    0.6666666666666666
    """
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return common / min(len(a), len(b))


RATE_ENDINGS = ("增速", "增幅", "率", "速度")


def growth_rate_name(name: str) -> str:
    """The name of the growth rate of an indicator: 地区生产总值 → 地区生产总值增速; 地区生产总值总量
    → 地区生产总值增速 (a level's 总量 is not part of the rate's name); a rate stays as it is.

    >>> growth_rate_name("地区生产总值总量"), growth_rate_name("城镇化率")
    ('地区生产总值增速', '城镇化率')
    """
    if name.endswith(RATE_ENDINGS):
        return name
    if name.endswith("总量") and len(name) > 4:
        name = name[:-2]
    return name + "增速"
