"""Word lists and trigger tables shipped as data files in ``gov_extract/data``.

Tables are plain UTF-8 text: one entry per line, columns separated by a TAB,
``#`` starts a comment, blank lines are ignored. Adding a status verb such as
「竣工验收」 is a one-line change to ``data/project_status.tsv``.

>>> rows = load_table("example")  # doctest: +SKIP
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Dict, List, Tuple


@lru_cache(maxsize=None)
def load_table(name: str) -> Tuple[Tuple[str, ...], ...]:
    """Rows of ``data/<name>.tsv`` (or ``data/<name>.txt``) as tuples of stripped columns."""
    data_dir = resources.files("gov_extract") / "data"
    for suffix in (".tsv", ".txt"):
        candidate = data_dir / f"{name}{suffix}"
        if candidate.is_file():
            break
    else:
        raise FileNotFoundError(f"gov_extract has no data table named {name!r} (looked in {data_dir})")
    rows = []
    for line in candidate.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        rows.append(tuple(col.strip() for col in line.split("\t")))
    return tuple(rows)


def load_words(name: str) -> Tuple[str, ...]:
    """The first column of a table: a word list."""
    return tuple(row[0] for row in load_table(name))


def load_mapping(name: str) -> Dict[str, str]:
    """A two-column table as ``{first: second}``."""
    return {row[0]: row[1] if len(row) > 1 else "" for row in load_table(name)}


def alternation(words) -> str:
    """A regex alternation of literal words, longest first so the longest match wins."""
    import regex

    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def trie_pattern(words) -> str:
    """A regex matching any of ``words`` (longest first), built as a prefix trie.

    A flat alternation of thousands of literals is tried branch by branch at every
    position; the trie shares prefixes so each position costs one walk down the tree.
    """
    import regex

    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        ends = "" in node
        branches = [regex.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            # children first so the longer word wins; an empty tail ends the word here
            return "(?:" + "|".join(branches) + ")?"
        return body

    return render(trie)


class WordMatch:
    """What :class:`WordSet` finds: the small part of ``regex.Match`` the slot fillers use."""

    __slots__ = ("string", "_start", "_end")

    def __init__(self, string: str, start: int, end: int):
        self.string, self._start, self._end = string, start, end

    def group(self, index: int = 0) -> str:
        if index:
            raise IndexError("a WordMatch has no groups")
        return self.string[self._start:self._end]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> Tuple[int, int]:
        return self._start, self._end


class WordSet:
    """Longest-match lookup of many literal words (thousands of place names) without a regex.

    Compiling a regex of 8,000 names costs about a second at start-up and its alternation
    is tried branch by branch; a dictionary walk costs nothing to build and little to run.
    Methods mirror ``regex.Pattern``: ``match``, ``fullmatch``, ``search``, ``finditer``,
    plus ``match_end`` for "a word that ends the text".
    """

    def __init__(self, words):
        self.words = frozenset(w for w in words if w)
        lengths: Dict[str, set] = {}
        ends: Dict[str, set] = {}
        for word in self.words:
            lengths.setdefault(word[0], set()).add(len(word))
            ends.setdefault(word[-1], set()).add(len(word))
        self._lengths = {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}
        self._end_lengths = {ch: tuple(sorted(ls, reverse=True)) for ch, ls in ends.items()}

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def match(self, text: str, pos: int = 0):
        room = len(text) - pos
        for length in self._lengths.get(text[pos:pos + 1], ()):
            # a slice past the end is shorter than ``length``: check the room first
            if length <= room and text[pos:pos + length] in self.words:
                return WordMatch(text, pos, pos + length)
        return None

    def fullmatch(self, text: str):
        return WordMatch(text, 0, len(text)) if text in self.words else None

    def match_end(self, text: str):
        """The longest word that ``text`` ends with."""
        size = len(text)
        for length in self._end_lengths.get(text[-1:], ()):
            if length <= size and text[size - length:] in self.words:
                return WordMatch(text, size - length, size)
        return None

    def finditer(self, text: str, pos: int = 0):
        size = len(text)
        while pos < size:
            found = self.match(text, pos)
            if found is not None:
                yield found
                pos = found.end()
            else:
                pos += 1

    def search(self, text: str, pos: int = 0):
        return next(self.finditer(text, pos), None)
