"""No catastrophic backtracking in gov_extract's regular expressions (issue 6).

1. A static, conservative check on ``.pattern`` of every compiled pattern reachable from
   the ``gov_extract.*`` modules: module attributes, class attributes, containers and
   objects built by zero-argument ``lru_cache`` functions (the lazily built tables). It
   fails, naming module, attribute and the offending fragment, on

   * nested unbounded quantifiers where one iteration can be just the inner repeat:
     ``(a+)+``, ``(a*)*``, ``(\\d+\\s?)+`` (separated forms such as ``(\\d+,)+`` pass);
   * an unbounded repeat of an ambiguous alternation: identical branches ``(a|a)*``,
     overlapping single-character branches ``(\\d|[0-9])+`` and literal branches that can
     be spelled by other branches ``(万|亿|万亿)+`` / ``(a|aa)*``.

   Possessive quantifiers (``a++``) and atomic groups (``(?>…)``) are exempt.

2. A runtime guard: every pattern is run (``finditer`` to the end, or ``fullmatch`` for
   the few listed in ``ANCHORED_USE``) on pathological 20k-character strings
   ("1"*20000, "万"*20000, "“"*20000, "增长"*10000 …) and must finish within
   ``PER_PATTERN_SECONDS`` per string (SIGALRM stops a runaway match).
"""
from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
import signal
import sys
import time
from typing import Dict, Iterator, List, Optional, Set, Tuple

import pytest

import gov_extract

try:  # the third-party `regex` module, used by most of the library
    import regex as _regex

    _PATTERN_TYPES: Tuple[type, ...] = (re.Pattern, _regex.Pattern)
except ImportError:  # pragma: no cover
    _regex = None
    _PATTERN_TYPES = (re.Pattern,)

# Modules whose zero-argument cached functions must not be called (they load models).
_NO_CALL_MODULES = {"gov_extract.nlp", "gov_extract.spacy_component"}
PER_PATTERN_SECONDS = 1.0


# --------------------------------------------------------------------------- collection


def _module_names() -> List[str]:
    names = ["gov_extract"]
    for info in pkgutil.walk_packages(gov_extract.__path__, prefix="gov_extract."):
        names.append(info.name)
    return sorted(set(names))


MODULES = _module_names()


def _walk(obj, where: str, out: Dict[str, object], seen: Set[int], depth: int = 0) -> None:
    if id(obj) in seen or depth > 4:
        return
    seen.add(id(obj))
    if isinstance(obj, _PATTERN_TYPES):
        out.setdefault(where, obj)
        return
    if isinstance(obj, (str, bytes, int, float, bool, type(None))):
        return
    if isinstance(obj, dict):
        for key, value in list(obj.items())[:5000]:
            _walk(value, f"{where}[{key!r}]", out, seen, depth + 1)
        return
    if isinstance(obj, (list, tuple, set, frozenset)):
        for i, value in enumerate(list(obj)[:5000]):
            _walk(value, f"{where}[{i}]", out, seen, depth + 1)
        return
    module = getattr(type(obj), "__module__", "") or ""
    if module.startswith("gov_extract"):
        attrs = {}
        if hasattr(obj, "__dict__"):
            attrs.update(vars(obj))
        for slot in getattr(type(obj), "__slots__", ()) or ():
            if hasattr(obj, slot):
                attrs[slot] = getattr(obj, slot)
        for name, value in attrs.items():
            _walk(value, f"{where}.{name}", out, seen, depth + 1)


def _zero_arg(func) -> bool:
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):
        return False
    return all(
        p.default is not inspect.Parameter.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        for p in sig.parameters.values()
    )


def patterns_of(module_name: str) -> Dict[str, object]:
    """``{"module.attr…": compiled pattern}`` reachable from one module."""
    module = importlib.import_module(module_name)
    out: Dict[str, object] = {}
    seen: Set[int] = set()
    for name, value in sorted(vars(module).items()):
        if name.startswith("__"):
            continue
        where = f"{module_name}.{name}"
        if inspect.ismodule(value):
            continue
        if inspect.isclass(value):
            if getattr(value, "__module__", None) == module_name:
                for cname, cvalue in vars(value).items():
                    if not cname.startswith("__"):
                        _walk(cvalue, f"{where}.{cname}", out, seen)
            continue
        cached = hasattr(value, "cache_info") and hasattr(value, "__wrapped__")
        if cached and getattr(value, "__module__", None) == module_name:
            if module_name not in _NO_CALL_MODULES and _zero_arg(value):
                try:
                    result = value()
                except Exception:  # noqa: BLE001 - a table that fails to build is another test's job
                    continue
                _walk(result, f"{where}()", out, seen)
            continue
        if callable(value) and not isinstance(value, _PATTERN_TYPES):
            continue
        _walk(value, where, out, seen)
    return out


def all_patterns() -> Dict[str, object]:
    found: Dict[str, object] = {}
    for name in MODULES:
        found.update(patterns_of(name))
    return found


# --------------------------------------------------------------------------- a small regex parser


class _Node:
    """A group: ``alts`` is a list of alternatives, each a list of ``_Item``."""

    __slots__ = ("alts", "atomic", "start", "end")

    def __init__(self, start: int, atomic: bool = False):
        self.alts: List[List["_Item"]] = [[]]
        self.atomic = atomic
        self.start = start
        self.end = start


class _Item:
    __slots__ = ("kind", "value", "lo", "hi", "possessive", "start", "end")

    def __init__(self, kind: str, value, start: int, end: int):
        self.kind = kind  # "char" (value: frozenset or None = unknown set), "group", "empty"
        self.value = value
        self.lo, self.hi = 1, 1  # hi None = unbounded
        self.possessive = False
        self.start, self.end = start, end


_ZERO_WIDTH_ESCAPES = set("bBAZzG")
_DIGITS = frozenset("0123456789")
_SPACE = frozenset(" \t\n\r\f\v\u3000\u00a0")
_WORDISH = None  # unknown set


def _escape_set(ch: str) -> Optional[frozenset]:
    if ch == "d":
        return _DIGITS
    if ch == "s":
        return _SPACE
    if ch in "wWDSpPX.hH":
        return None
    return frozenset(ch)


def _parse_class(p: str, i: int) -> Tuple[Optional[frozenset], int]:
    """Parse ``[...]`` starting at p[i] == "["; return (char set or None if unknown, end)."""
    j = i + 1
    negate = j < len(p) and p[j] == "^"
    if negate:
        j += 1
    chars: Set[str] = set()
    unknown = negate
    first = True
    depth = 0
    while j < len(p):
        c = p[j]
        if c == "]" and not first:
            if depth == 0:
                break
            depth -= 1
            j += 1
            continue
        first = False
        if c == "\\" and j + 1 < len(p):
            e = p[j + 1]
            if e in "pPNx" and j + 2 < len(p) and p[j + 2] == "{":
                k = p.index("}", j + 2)
                unknown = unknown or e in "pP"
                j = k + 1
                continue
            if e in "dswDSWpPhH":
                s = _escape_set(e)
                if s is None:
                    unknown = True
                else:
                    chars |= s
                j += 2
                continue
            if e in "xuU":
                width = {"x": 2, "u": 4, "U": 8}[e]
                chars.add(chr(int(p[j + 2 : j + 2 + width], 16)))
                j += 2 + width
                continue
            chars.add({"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}.get(e, e))
            j += 2
            continue
        if c == "[" and j + 1 < len(p) and p[j + 1] == ":":
            k = p.index(":]", j + 2)
            unknown = True
            j = k + 2
            continue
        if c == "-" and chars and j + 1 < len(p) and p[j + 1] != "]":
            lo_ch = max(chars) if len(chars) == 1 else None
            hi_ch = p[j + 1]
            if hi_ch == "\\":
                unknown = True
                j += 3
                continue
            last = p[j - 1]
            if ord(hi_ch) - ord(last) < 70000:
                chars |= {chr(c2) for c2 in range(ord(last), ord(hi_ch) + 1)}
            else:
                unknown = True
            del lo_ch
            j += 2
            continue
        chars.add(c)
        j += 1
    return (None if unknown else frozenset(chars)), j


def parse(p: str) -> _Node:
    """Parse a pattern into nested groups (iteratively: trie patterns nest deeply)."""
    root = _Node(0)
    stack = [root]
    i = 0
    n = len(p)
    while i < n:
        c = p[i]
        node = stack[-1]
        start = i
        if c == "\\":
            e = p[i + 1] if i + 1 < n else ""
            if e in _ZERO_WIDTH_ESCAPES:
                node.alts[-1].append(_Item("empty", None, i, i + 2))
                i += 2
            elif e in "pPNxg" and i + 2 < n and p[i + 2] in "{<":
                k = p.index("}" if p[i + 2] == "{" else ">", i + 2)
                node.alts[-1].append(_Item("char", None, i, k + 1))
                i = k + 1
            elif e in "xuU":
                width = {"x": 2, "u": 4, "U": 8}[e]
                node.alts[-1].append(_Item("char", frozenset(chr(int(p[i + 2 : i + 2 + width], 16))), i, i + 2 + width))
                i += 2 + width
            elif e.isdigit():  # back reference: unknown width
                node.alts[-1].append(_Item("char", None, i, i + 2))
                i += 2
            else:
                s = _escape_set(e) if e not in "ntrfv" else frozenset({"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}[e])
                node.alts[-1].append(_Item("char", s, i, i + 2))
                i += 2
        elif c == "[":
            s, j = _parse_class(p, i)
            node.alts[-1].append(_Item("char", s, i, j + 1))
            i = j + 1
        elif c == "(":
            atomic = False
            j = i + 1
            if p.startswith("?#", j):
                i = p.index(")", j) + 1
                continue
            if p.startswith("?", j):
                m = re.match(r"\?(?:P?<[A-Za-z_]\w*>|P=\w+\)|[:=!>|]|<[=!]|[aiLmsuxV0-9\-]*[:)]|\(\w+\))", p[j:])
                head = m.group(0) if m else "?"
                if head.endswith(")") and not head.startswith("?("):  # (?i) flags / (?P=name)
                    node.alts[-1].append(_Item("empty", None, i, j + len(head)))
                    i = j + len(head)
                    continue
                atomic = head == "?>"
                j += len(head)
            group = _Node(i, atomic=atomic)
            stack.append(group)
            i = j
        elif c == ")":
            group = stack.pop()
            group.end = i + 1
            stack[-1].alts[-1].append(_Item("group", group, group.start, i + 1))
            i += 1
        elif c == "|":
            node.alts.append([])
            i += 1
        elif c in "*+?{":
            q = re.match(r"\{(\d*)(?:(,)(\d*))?\}", p[i:]) if c == "{" else None
            if c == "{" and not q:
                node.alts[-1].append(_Item("char", frozenset("{"), i, i + 1))
                i += 1
                continue
            if not node.alts[-1]:
                i += 1
                continue
            item = node.alts[-1][-1]
            if c == "*":
                lo, hi, i = 0, None, i + 1
            elif c == "+":
                lo, hi, i = 1, None, i + 1
            elif c == "?":
                lo, hi, i = 0, 1, i + 1
            else:
                lo = int(q.group(1) or 0)
                hi = (None if not q.group(3) else int(q.group(3))) if q.group(2) else lo
                i += len(q.group(0))
            item.lo, item.hi = lo * item.lo, (None if hi is None or item.hi is None else hi * item.hi)
            item.end = i
            if i < n and p[i] == "?":
                i += 1
                item.end = i
            elif i < n and p[i] == "+":
                item.possessive = True
                i += 1
                item.end = i
        elif c in "^$":
            node.alts[-1].append(_Item("empty", None, i, i + 1))
            i += 1
        else:
            node.alts[-1].append(_Item("char", None if c == "." else frozenset(c), i, i + 1))
            i += 1
        del start
    return root


def _can_be_empty(items: List[_Item]) -> bool:
    return all(_item_can_be_empty(it) for it in items)


def _item_can_be_empty(it: _Item) -> bool:
    if it.kind == "empty" or it.lo == 0:
        return True
    if it.kind == "group":
        return any(_can_be_empty(alt) for alt in it.value.alts)
    return False


def _has_unbounded(node: _Node) -> bool:
    for alt in node.alts:
        for it in alt:
            if it.hi is None and not it.possessive and it.kind != "empty":
                return True
            if it.kind == "group" and not it.value.atomic and _has_unbounded(it.value):
                return True
    return False


def _literal(items: List[_Item]) -> Optional[str]:
    out = []
    for it in items:
        if it.kind != "char" or it.lo != 1 or it.hi != 1 or it.value is None or len(it.value) != 1:
            return None
        out.append(next(iter(it.value)))
    return "".join(out)


def _spelled_by_others(word: str, words: Set[str]) -> bool:
    """Can ``word`` be cut into >= 2 pieces that are all in ``words``? (word break)"""
    n = len(word)
    reach = [False] * (n + 1)
    reach[0] = True
    for i in range(n):
        if not reach[i]:
            continue
        for w in words:
            if w and word.startswith(w, i) and not (i == 0 and len(w) == n):
                reach[i + len(w)] = True
    return reach[n]


def problems(pattern: str) -> List[str]:
    """Descriptions of the risky constructs in ``pattern`` (empty list: looks safe)."""
    try:
        root = parse(pattern)
    except (ValueError, IndexError) as exc:  # a construct the small parser does not know
        return [f"could not parse the pattern for the safety check ({exc}); simplify or extend the checker"]
    found: List[str] = []
    todo: List[_Node] = [root]
    while todo:
        node = todo.pop()
        for alt in node.alts:
            for it in alt:
                if it.kind != "group":
                    continue
                todo.append(it.value)
                if it.hi is not None or it.possessive or it.value.atomic:
                    continue
                body = it.value
                snippet = pattern[it.start : it.end]
                snippet = snippet if len(snippet) <= 120 else snippet[:100] + "…" + snippet[-15:]
                # (x+)+ / (x{1,3})+ : an alternative is one variable-width repeat plus optional items
                for b_alt in body.alts:
                    for k, inner in enumerate(b_alt):
                        variable = inner.hi is None or (inner.hi >= 2 and inner.hi > inner.lo)
                        inner_unbounded = (variable and not inner.possessive and inner.kind != "empty") or (
                            inner.kind == "group" and not inner.value.atomic and _has_unbounded(inner.value)
                        )
                        if inner_unbounded and _can_be_empty(b_alt[:k] + b_alt[k + 1 :]):
                            found.append(f"nested unbounded quantifier: {snippet}")
                            break
                    else:
                        continue
                    break
                # ambiguous alternation under an unbounded repeat
                branches = [b for b in body.alts]
                literals = [_literal(b) for b in branches]
                texts = [pattern[b[0].start : b[-1].end] if b else "" for b in branches]
                if len(set(t for t in texts if t)) < len([t for t in texts if t]):
                    found.append(f"identical alternatives under a repeat: {snippet}")
                    continue
                singles = [b[0].value for b in branches if len(b) == 1 and b[0].kind == "char" and b[0].hi == 1]
                overlap = False
                for a_i in range(len(singles)):
                    for b_i in range(a_i + 1, len(singles)):
                        sa, sb = singles[a_i], singles[b_i]
                        if sa is not None and sb is not None and sa & sb:
                            overlap = True
                if overlap:
                    found.append(f"overlapping single-character alternatives under a repeat: {snippet}")
                    continue
                words = {w for w in literals if w}
                if len(words) > 1 and len(words) <= 400:
                    spelled = [w for w in words if len(w) > 1 and _spelled_by_others(w, words)]
                    if spelled:
                        found.append(
                            f"alternatives spelled by other alternatives ({spelled[0]!r}) under a repeat: {snippet}"
                        )
    return found


# --------------------------------------------------------------------------- the checker checks itself


@pytest.mark.parametrize(
    "pattern",
    [r"(a+)+", r"(a*)*", r"(?:\d+\s?)+", r"(a|a)*", r"(?:\d|[0-9])+", r"(?:万|亿|万亿)+", r"(a|aa)*b",
     r"x(?:(?:ab)+c?)*", r"(?:[一二三]+)+", r"(?:\d{1,15}(?:\.\d{1,10})?)+x"],
)
def test_checker_flags_known_bad_patterns(pattern):
    assert problems(pattern), pattern


@pytest.mark.parametrize(
    "pattern",
    [r"\d+(?:,\d{3})*", r"(?:\d+,)+", r"(?:万|亿)+", r"(?:[一二三]{1,3}[万亿])+", r"(a++)+", r"(?>a+)+",
     r"[(+*)]+", r"\{\d+\}", r"(?:a|b|c)*", r"(?<![\d.])((?:19|20)\d{2})\s?年", r"(?:ab|cd)+", r"\p{Han}+",
     r"(?:\d{1,15}\.)+x", r"(?:,\d{3})*"],
)
def test_checker_accepts_safe_patterns(pattern):
    assert not problems(pattern), problems(pattern)


# --------------------------------------------------------------------------- the library


@pytest.mark.parametrize("module_name", MODULES)
def test_no_nested_unbounded_quantifiers(module_name):
    offenders = []
    for where, compiled in patterns_of(module_name).items():
        for problem in problems(compiled.pattern):
            offenders.append(f"{where}: {problem}")
    assert not offenders, "risky regular expressions:\n" + "\n".join(offenders)


def test_patterns_were_found():
    """The collector must see the library's regexes (guards against a silent no-op)."""
    found = all_patterns()
    assert len(found) >= 10, sorted(found)


PATHOLOGICAL = {
    "digits": "1" * 20_000,
    "wan": "万" * 20_000,
    "yi": "亿" * 20_000,
    "wanyi": "万亿" * 10_000,
    "digit-wan": "1万" * 10_000,
    "left-quote": "“" * 20_000,
    "bracket": "（" * 20_000,
    "zengzhang": "增长" * 10_000,
    "decimal": "1." * 10_000,
    "comma-number": "1," * 10_000,
    "cn-digits": "一二三四五六七八九十" * 2_000,
    "spaces": " " * 20_000,
    "year": "2024年" * 4_000,
    "percent": "6.3%" * 5_000,
}


# Patterns the library only ever applies anchored (``fullmatch``/``match`` on a short,
# stripped string). They are checked the way they are used; finditer over a 20k run
# would be quadratic for them. Keep this list short and say why.
ANCHORED_USE: dict = {
    # (none left: quantities' bare_number_re lost its leading and trailing \s*, which made it
    # quadratic under finditer on long runs of spaces)
}


class _Timeout(Exception):
    pass


def _alarm(signum, frame):  # pragma: no cover - only on a runaway regex
    raise _Timeout()


def _run(compiled, how: str, text: str) -> None:
    if how == "fullmatch":
        compiled.fullmatch(text)
        compiled.match(text)
    else:  # every start position, to the end: covers search() and failing tails
        for _ in compiled.finditer(text):
            pass


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM")
@pytest.mark.parametrize("module_name", MODULES)
def test_patterns_are_fast_on_pathological_strings(module_name):
    patterns = patterns_of(module_name)
    if not patterns:
        pytest.skip("no compiled patterns")
    slow = []
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for where, compiled in patterns.items():
            how = ANCHORED_USE.get(where, "finditer")
            for name, text in PATHOLOGICAL.items():
                started = time.perf_counter()
                signal.setitimer(signal.ITIMER_REAL, PER_PATTERN_SECONDS)
                try:
                    _run(compiled, how, text)
                except _Timeout:
                    slow.append(f"{where} ({how}) on {name}: > {PER_PATTERN_SECONDS:.1f} s (stopped)")
                    continue
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                elapsed = time.perf_counter() - started
                if elapsed > PER_PATTERN_SECONDS:
                    slow.append(f"{where} ({how}) on {name}: {elapsed:.2f} s")
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert not slow, "slow regular expressions (catastrophic backtracking?):\n" + "\n".join(slow)


def test_anchored_use_entries_exist():
    found = all_patterns()
    missing = [where for where in ANCHORED_USE if where not in found]
    assert not missing, f"ANCHORED_USE names patterns that no longer exist: {missing}"
