"""Text normalization with an exact map back to the caller's string.

``normalize(text)`` turns newspaper PDF text (lines broken every ~17 characters,
a blank line after each, letter-spaced headlines, full-width digits) and web text
(one paragraph per line) into clean blocks separated by exactly one ``"\\n"``:

1. character clean-up: ``\\r\\n`` -> ``\\n``; zero-width chars, BOM, control chars
   and lone surrogates are dropped; tabs, NBSP and the ideographic space become
   ``" "``; full-width digits, Latin letters and ``％＋－．／`` ... become
   half-width (CJK punctuation ``，。、“”（）：；！？`` is kept as is);
   ``⋯`` -> ``…``; Kangxi radicals / compatibility ideographs -> unified ideographs.
2. letter-spacing removal: a run of at least three single CJK characters
   separated by single spaces (「态 势 。 预 计」) is closed up.
3. line joining: a line that is a full column line (its display width is close to
   the document's column width and not shorter than its neighbours) or that ends
   with a continuing mark (，、“（…) is joined with the next line; a short line or
   a headline, caption, byline or jump line (「（下转2版）」) ends a block.  Web text
   that is not laid out in columns keeps one block per line.
4. spaces: spaces next to CJK punctuation and between a number and its unit are
   removed; other space runs (names in bylines, 「世界五金之都 品质活力永康」)
   become one ``" "``.
5. script: a text written in traditional script (縣, 增長, 個百分點) becomes simplified,
   one character for one (``data/traditional_chars.tsv``), so the spans do not move.

Every normalized character keeps the ``[start, end)`` span of the original
characters it came from (two ``array('q')``), so mapping is O(1).  All regexes are
linear (bounded repeats, no nested quantifiers); the whole pass is linear.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import List, Optional, Tuple

from .tables import load_table
from .text import is_cjk

__all__ = ["NormalizedText", "normalize"]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The normalized text and, per normalized character, its original span."""

    original: str
    text: str
    _starts: array = field(repr=False, compare=False)
    _ends: array = field(repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.text)

    def to_original(self, start: int, end: int) -> Tuple[int, int]:
        """``[start, end)`` of ``.text`` -> ``[start, end)`` of ``.original``.

        For ``start == end`` a zero-width position is returned: the original
        position of character ``start`` (or the end of the last character when
        ``start == len(text)``).  Raises ``IndexError`` when the span is not
        ``0 <= start <= end <= len(text)``.
        """
        n = len(self.text)
        if not (0 <= start <= end <= n):
            raise IndexError(f"span [{start}, {end}) outside normalized text of length {n}")
        if start < end:
            return self._starts[start], self._ends[end - 1]
        if start < n:
            pos = self._starts[start]
        elif n:
            pos = self._ends[n - 1]
        else:
            pos = 0
        return pos, pos

    def original_index(self, i: int) -> int:
        """Original index of normalized character ``i`` (``0 <= i < len(text)``)."""
        if not 0 <= i < len(self.text):
            raise IndexError(f"index {i} outside normalized text of length {len(self.text)}")
        return self._starts[i]

    def original_span(self, i: int) -> Tuple[int, int]:
        """The original ``[start, end)`` that normalized character ``i`` came from."""
        return self.to_original(i, i + 1)


# --------------------------------------------------------------------------- #
# 1. character clean-up
# --------------------------------------------------------------------------- #

_SPECIAL = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f"
    "\u205f-\u206f\u2105\u22ef\u2e80-\u2fdf\u3000\ufeff\uf900-\ufaff\ufff9-\ufffb"
    "\uff01-\uff5e\ud800-\udfff\U000e0000-\U000e007f]"
)
_NEWLINE_LIKE = frozenset("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_SPACE_LIKE = frozenset("\t\u00a0\u1680\u202f\u205f\u3000") | frozenset(
    chr(c) for c in range(0x2000, 0x200B)
)
# Full-width forms that stay full-width: Chinese punctuation the gold keeps.
_KEEP_FULLWIDTH = frozenset("！＂＇（），：；？［］｛｝～｀")


# 「規(guī)上工業(yè)增加值」: a pinyin reading in brackets after a character, left by some mirror
# sites; dropped like a zero-width character (a syllable with a tone mark only, so 「(GDP)」 stays)
_PINYIN_NOTE = re.compile(
    r"(?<=[\u4e00-\u9fff])[（(][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]")


def _clean_chars(text: str) -> Tuple[str, array, array]:
    if "(" not in text and "（" not in text or not _PINYIN_NOTE.search(text):
        return _clean_span(text, 0, len(text))
    out: List[str] = []
    starts = array("q")
    ends = array("q")
    pos = 0
    # the text between the pinyin notes, then its tail (an empty note at the end)
    for note_start, note_end in [m.span() for m in _PINYIN_NOTE.finditer(text)] + [(len(text), len(text))]:
        piece, s_, e_ = _clean_span(text, pos, note_start)
        out.append(piece)
        starts.extend(s_)
        ends.extend(e_)
        pos = note_end
    return "".join(out), starts, ends


def _clean_span(text: str, pos: int, n: int) -> Tuple[str, array, array]:
    """_clean_chars of text[pos:n], offsets into ``text``."""
    out: List[str] = []
    starts = array("q")
    ends = array("q")
    for m in _SPECIAL.finditer(text, pos, n):
        i = m.start()
        if i > pos:
            out.append(text[pos:i])
            starts.extend(range(pos, i))
            ends.extend(range(pos + 1, i + 1))
        pos = i + 1
        c = text[i]
        if c == "\r":
            if i + 1 < n and text[i + 1] == "\n":
                continue  # the "\n" that follows carries the line break
            rep = "\n"
        elif c in _NEWLINE_LIKE:
            rep = "\n"
        elif c in _SPACE_LIKE:
            rep = " "
        elif "\uff01" <= c <= "\uff5e":
            rep = c if c in _KEEP_FULLWIDTH else chr(ord(c) - 0xFEE0)
        elif c == "\u22ef":
            rep = "\u2026"
        elif c == "\u2105":  # ℅ (care of), typed for % in some county pages: 「增长57.7℅」
            rep = "%"
        elif "\u2e80" <= c <= "\u2fdf" or "\uf900" <= c <= "\ufaff":
            nf = unicodedata.normalize("NFKC", c)
            rep = nf if len(nf) == 1 else c
        else:
            continue  # control, zero-width, BOM, bidi, surrogate: dropped
        out.append(rep)
        starts.append(i)
        ends.append(i + 1)
    if pos < n:
        out.append(text[pos:n])
        starts.extend(range(pos, n))
        ends.extend(range(pos + 1, n + 1))
    return "".join(out), starts, ends


# --------------------------------------------------------------------------- #
# character classes
# --------------------------------------------------------------------------- #

_CJK_IDEO = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT_CHARS = "，。、；：？！“”‘’（）《》〈〉【】「」『』…—～·〔〕"
_CJK_PUNCT = frozenset(_CJK_PUNCT_CHARS)

# ≥3 single CJK characters separated by single spaces, standing alone in the line.
_LETTER_SPACED = re.compile(
    "(?<![^ \n])[%s%s](?: [%s%s]){2,}(?![^ \n])"
    % (_CJK_IDEO, re.escape(_CJK_PUNCT_CHARS), _CJK_IDEO, re.escape(_CJK_PUNCT_CHARS))
)

# Characters that end a sentence (after stripping closing quotes/brackets).
_FINAL = frozenset("。！？；：…!?;:")
_CLOSERS = frozenset("”’」』）)】》〉\"'〕")
# A line ending with one of these certainly continues.
_CONT = frozenset("，、,（(“‘《〈【「『〔—-·/+")

_UNIT_CHARS = frozenset(
    "亿万千百元个家亩人户项年月日号%‰吨公里米平方座所条场次台套宗辆倍件位名天小时期批处支张"
    "家例起间栋幢只头株棵片篇部本册辆艘架吨升斤克度岁周份笔单标箱轮层千瓦"
)
_NUMBER_UNIT = re.compile(r"[0-9][0-9.,]{0,30} ?(?:[%s])" % "".join(sorted(_UNIT_CHARS)))

_JUMP = re.compile(r"[（(](?:下转|上接|转|接|紧接|下接)第?[0-9一二三四五六七八九十]{1,3}版[）)]")
_BYLINE_HEAD = re.compile(
    r"^[^\s（(]{0,16}讯 ?[（(][^（()）\n]{1,40}[）)]"
)
# A credit may name the paper first: 「宁夏日报记者 王鼎 摄」.
_PAPER = r"(?:[%s]{2,6}(?:日报|晚报|时报|商报|新闻网|电视台|融媒体中心))?" % _CJK_IDEO
_ROLE = _PAPER + r"(?:融媒|全媒体|本报|首席|特约|见习|实习|融媒体|摄影){0,3}(?:记者|通讯员|摄影|实习生|编辑)"
_NAME = r"[%s·]{2,4}" % _CJK_IDEO
_NAMES = r"%s ?%s(?: {1,3}(?:%s ?)?%s){0,5}" % (_ROLE, _NAME, _ROLE, _NAME)
_CREDIT_LINE = re.compile(r"^[（(]?%s ?(?:摄影|摄|整理|报道|文)?[）)]?$" % _NAMES)
_CREDIT_TAIL = re.compile(r"(?<=[。！？”）)]) {0,4}(%s ?(?:摄影|摄))$" % _NAMES)
_HEADING_START = re.compile(
    r"^(?:第?[一二三四五六七八九十百]{1,3}[、是，,．：:]|[（(][一二三四五六七八九十0-9]{1,3}[）)]"
    r"|[0-9]{1,2}[、]|[0-9]{1,2}\.(?![0-9])|[①-⑳]|——|关键词)"
)
_PUNCT_ANY = re.compile("[，。、；：！？,;!?]")
_ORDINAL_CHARS = "一二三四五六七八九十百零〇两0123456789"
_OPEN_ORDINAL = re.compile(r"(?<![\n])第[%s]{0,3}$" % _ORDINAL_CHARS)
_STRONG_HEADING_START = re.compile(r"^(?:——|关键词|第[一二三四五六七八九十]{1,3}[章节部分篇])")


def _width(s: str) -> int:
    """Display width ignoring spaces: ASCII and curly quotes = 1, everything else = 2."""
    spaces = s.count(" ")
    narrow = len(s.encode("ascii", "ignore")) - spaces
    for q in "“”‘’":
        if q in s:
            narrow += s.count(q)
    return 2 * (len(s) - spaces) - narrow


def _ending(line: str) -> str:
    """'final', 'cont' or 'none' for the end of a (stripped) line."""
    last = line[-1]
    if last in _CONT:
        return "cont"
    j = len(line) - 1
    while j >= 0 and line[j] in _CLOSERS:
        j -= 1
    if j < 0:
        return "none"
    c = line[j]
    if c in _FINAL:
        return "final"
    if c == "." and (j == 0 or not line[j - 1].isdigit()):
        return "final"
    return "none"


class _Line:
    __slots__ = ("cs", "ce", "text", "width", "blank_before", "nl", "kind", "splits", "credit_split",
                 "byline_head", "spaced")

    def __init__(self, cs: int, ce: int, text: str, blank_before: bool, nl: Optional[int]):
        self.cs = cs  # content start/end in cleaned text (spaces stripped)
        self.ce = ce
        self.text = text
        self.width = _width(text)
        self.blank_before = blank_before
        self.nl = nl  # index of the "\n" ending this line in cleaned text (or None)
        self.kind = ""  # "", "jump", "caption", "byline"
        self.splits: List[Tuple[int, int]] = []  # (split_start, split_end) in cleaned text
        self.credit_split = False  # the line ends with a photo credit
        self.byline_head = False  # the line starts with 「本报讯（…）」
        self.spaced = False  # the line is letter-spaced (a headline)


def _column_width(lines: List[_Line]) -> int:
    """Width of the most common column-line cluster, or 0 when the text is not in columns."""
    ws = sorted(l.width for l in lines if l.width >= 12)
    if len(ws) < 5:
        return 0
    best_w, best_n = 0, 0
    lo = 0
    hi = 0
    # cluster [w - tol, w + 2] for each candidate w (two pointers over sorted widths)
    for idx, w in enumerate(ws):
        tol = max(4, w // 8)
        while ws[lo] < w - tol:
            lo += 1
        if hi < idx:
            hi = idx
        while hi + 1 < len(ws) and ws[hi + 1] <= w + 2:
            hi += 1
        cnt = hi - lo + 1
        if cnt > best_n:
            best_n, best_w = cnt, w
    if best_n >= max(5, 0.3 * len(ws)) and 16 <= best_w <= 160:
        return best_w
    return 0


# --------------------------------------------------------------------------- #
# normalize
# --------------------------------------------------------------------------- #

def normalize(text: str) -> NormalizedText:
    """Normalize ``text``; see the module docstring for the rules."""
    if not isinstance(text, str):
        raise TypeError(f"normalize() expects str, not {type(text).__name__}")
    s1, S1, E1 = _clean_chars(text)

    # -- letter-spacing: spaces to drop (cleaned-text indices, sorted) ---------
    drops: List[int] = []
    spaced_at: List[int] = []
    if " " in s1:
        for m in _LETTER_SPACED.finditer(s1):
            drops.extend(range(m.start() + 1, m.end(), 2))
            spaced_at.append(m.start())

    # -- lines -------------------------------------------------------------------
    lines: List[_Line] = []
    gaps = 0
    blank_gaps = 0
    pos = 0
    blank_run = False
    for raw in s1.split("\n"):
        end = pos + len(raw)
        nl = end if end < len(s1) else None
        stripped = raw.strip(" ")
        if stripped:
            cs = pos + (len(raw) - len(raw.lstrip(" ")))
            ce = cs + len(stripped)
            if lines:
                gaps += 1
                blank_gaps += blank_run
            lines.append(_Line(cs, ce, stripped, blank_run, nl))
            blank_run = False
        else:
            blank_run = True
        pos = end + 1
    if spaced_at:
        starts_ = [ln.cs for ln in lines]
        for p in spaced_at:
            k = bisect_left(starts_, p + 1) - 1
            if k >= 0 and lines[k].cs <= p < lines[k].ce and (lines[k].ce - lines[k].cs) < 3 * (p - lines[k].cs + 1) + 40:
                lines[k].spaced = True
    blank_is_break = gaps > 0 and blank_gaps / gaps < 0.5

    for ln in lines:
        t = ln.text
        if len(t) <= 60 and _JUMP.fullmatch(t):
            ln.kind = "jump"
            continue
        if "记者" in t or "通讯员" in t or "摄影" in t or "编辑" in t:
            if len(t) <= 60 and _CREDIT_LINE.match(t):
                ln.kind = "caption"
                continue
            # a photo credit closing a paragraph of web text: 「…作政府工作报告。 宁夏日报记者 王鼎 摄」
            m = _CREDIT_TAIL.search(t, max(0, len(t) - 48))
            if m:
                a = ln.cs + m.start()
                b = ln.cs + m.start(1)
                ln.splits.append((a, b))
                ln.credit_split = True
        m = _BYLINE_HEAD.match(t) if "讯" in t[:20] else None
        if m:
            if m.end() == len(t):
                ln.kind = "byline"
            else:
                k = m.end()
                a = ln.cs + k
                b = a
                while b < ln.ce and s1[b] == " ":
                    b += 1
                ln.splits.insert(0, (a, b))
                ln.byline_head = True
        if len(t) > 4:
            mj = _JUMP.search(t, max(0, len(t) - 12))
            if mj and mj.end() == len(t) and mj.start() > 0:
                ln.splits.append((ln.cs + mj.start(), ln.cs + mj.start()))

    col_w = _column_width(lines)
    tol = max(8, col_w // 4)

    def joins(k: int) -> bool:
        a = lines[k]
        b = lines[k + 1]
        if a.kind or b.kind or a.credit_split:
            return False
        if a.text[-1].isdigit() and a.text[-1].isascii() and _UNIT_START.match(b.text):
            return True  # 「已完成投资6.1」 + 「亿元。」: a figure never ends a paragraph without its unit
        if blank_is_break and b.blank_before:
            return False
        ending = _ending(a.text)
        if _OPEN_ORDINAL.search(a.text) and not _HEADING_START.match(b.text) and b.text[0] in _ORDINAL_CHARS:
            return True  # 「…在长沙县第十」 + 「八届人民代表大会…」: a number broken by the line end
        if (_MEETING_BODY_END.search(a.text) and _SESSION_START.match(b.text)) or (
                _TERM_END.search(a.text) and _MEETING_BODY_START.match(b.text)):
            # 「…第十八届人民代表大会」 + 「第五次会议上」, 「…新兴县第十七届」 + 「人民代表大会…」:
            # one meeting name over two lines
            return True
        if col_w:
            if ending == "cont":
                return True
            if ending == "final" and _HEADING_START.match(b.text):
                return False
            if ending == "none" and _STRONG_HEADING_START.match(b.text):
                return False
            if a.text.startswith("——"):
                return False  # a subtitle
            if a.byline_head and ending != "final":
                return True
            if a.width >= 0.5 * col_w and _split_word_or_number(a.text, b.text):
                return True  # 「…、709」 + 「8.9亿元」, 「县域G」 + 「DP」: cut by the column edge
            if (a.text.count(" ") >= 2 and b.text.count(" ") >= 2 and not a.spaced and not b.spaced
                    and a.width >= 0.5 * col_w):
                return True  # rows of a table whose cells are separated by spaces, not headlines
            if a.width < 0.6 * col_w:
                return False
            if (a.spaced and a.width < col_w - tol) or (b.spaced and b.width < col_w - tol):
                return False  # a short letter-spaced line is a headline
            if ending == "none" and a.width > col_w + tol and not _PUNCT_ANY.search(a.text):
                return False  # a wide line without any punctuation: a headline
            if (ending == "none" and a.width < col_w - tol
                    and not _PUNCT_ANY.search(a.text) and not _PUNCT_ANY.search(b.text)):
                return False  # a stack of short headlines
            if ending == "final" and b.width < 0.7 * col_w and _ending(b.text) == "none":
                return False  # b is a short headline
            # a full line is not much shorter than its neighbours (a headline before a
            # wider text block, or the last line of a paragraph, is)
            ref = b.width
            if k > 0 and lines[k - 1].width > ref:
                ref = lines[k - 1].width
            if ref < 0.6 * col_w and (a.width < col_w - tol or not _PUNCT_ANY.search(a.text)):
                return False  # no column line around: a lone headline
            if a.width >= ref - tol:
                return True
            # a line full of digits is narrow on the page but may be full in characters (text
            # re-flowed at N characters a line): full when its characters fill the column and it
            # does not end a sentence; a running-text line (a list row 「当阳市(84.82)」 is not)
            return (ending != "final" and bool(_PUNCT_ANY.search(a.text))
                    and 2 * len(a.text.replace(" ", "")) >= ref - tol)
        # web text: one paragraph per line unless the line visibly breaks mid-sentence
        if _HEADING_START.match(b.text) or b.text[0] in _CLOSERS:
            return False
        if ending == "cont":
            return a.text[-1] in "，、,（(“‘《〈【「『"
        if ending == "none" and a.width >= 40 and _ending(b.text) == "final":
            inner = a.text[:-1]
            return "，" in inner or "," in inner or "。" in inner
        return False

    # -- assemble blocks into s2 --------------------------------------------------
    out: List[str] = []
    S2 = array("q")
    E2 = array("q")
    def copy(a: int, b: int) -> None:
        if a >= b:
            return
        if drops:
            di = bisect_left(drops, a)
            while di < len(drops) and drops[di] < b:
                d = drops[di]
                if d > a:
                    out.append(s1[a:d])
                    S2.extend(S1[a:d])
                    E2.extend(E1[a:d])
                a = d + 1
                di += 1
            if a >= b:
                return
        out.append(s1[a:b])
        S2.extend(S1[a:b])
        E2.extend(E1[a:b])

    def emit(ch: str, o_start: int, o_end: int) -> None:
        out.append(ch)
        S2.append(o_start)
        E2.append(o_end)

    n_lines = len(lines)
    for k, ln in enumerate(lines):
        a = ln.cs
        for sa, sb in ln.splits:
            # strip spaces around the split point
            x = sa
            while x > a and s1[x - 1] == " ":
                x -= 1
            copy(a, x)
            if sb > sa and s1[sa] == " ":
                emit("\n", S1[sa], E1[sa])
            else:
                p = S1[sb] if sb < len(s1) else len(text)
                emit("\n", p, p)
            a = sb
            while a < ln.ce and s1[a] == " ":
                a += 1
        copy(a, ln.ce)
        if k + 1 < n_lines:
            nl = ln.nl if ln.nl is not None else ln.ce
            if joins(k):
                last = s1[ln.ce - 1]
                first = lines[k + 1].text[0]
                nxt = lines[k + 1].cs
                spaced_break = (ln.ce < len(s1) and s1[ln.ce] == " ") or (nxt > 0 and s1[nxt - 1] == " ")
                if (last.isascii() and last.isalpha() and first.isascii() and first.isalpha()
                        and not (col_w and any(is_cjk(c) for c in ln.text))):
                    # English wraps between words; a Chinese column cuts anywhere (县域G|DP)
                    emit(" ", S1[nl], E1[nl])
                elif spaced_break and (
                    (last.isascii() and last.isalnum()) or (first.isascii() and first.isalnum())
                    or (" " in ln.text and " " in lines[k + 1].text and not ln.spaced and not lines[k + 1].spaced)
                    or _open_bracket(ln.text)
                ):
                    # a space the PDF left at the break still separates a number from a word,
                    # the cells of a table row written with spaces (「1 江苏 苏州市 昆山市 2」 cut
                    # after 苏州市), or the names of a byline in brackets; the space rules below
                    # decide its fate
                    emit(" ", S1[nl], E1[nl])
            else:
                emit("\n", S1[nl], E1[nl])
    s2 = "".join(out)

    # -- spaces --------------------------------------------------------------------
    if " " not in s2:
        return NormalizedText(text, _simplified(s2), S2, E2)
    out3: List[str] = []
    S3 = array("q")
    E3 = array("q")
    pos = 0
    for m in re.finditer(" +", s2):
        i, j = m.start(), m.end()
        left = s2[i - 1] if i > 0 else "\n"
        right = s2[j] if j < len(s2) else "\n"
        keep = True
        if left == "\n" or right == "\n":
            keep = False
        elif left in _CJK_PUNCT or right in _CJK_PUNCT:
            keep = False
        elif (left.isdigit() or left in "%.") and left.isascii() and right in _UNIT_CHARS:
            keep = False
        elif right.isascii() and right.isdigit() and is_cjk(left) and _NUMBER_UNIT.match(s2, j):
            keep = False
        if i > pos:
            out3.append(s2[pos:i])
            S3.extend(S2[pos:i])
            E3.extend(E2[pos:i])
        if keep:
            out3.append(" ")
            S3.append(S2[i])
            E3.append(E2[i])
        pos = j
    if pos < len(s2):
        out3.append(s2[pos:])
        S3.extend(S2[pos:])
        E3.extend(E2[pos:])
    return NormalizedText(text, _simplified("".join(out3)), S3, E3)


_MEETING_BODY_END = re.compile(r"(?:代表大会|委员会|常委会|常务委员会|全体会议)$")
_UNIT_START = re.compile(r"(?:亿|万|元|%|‰|个百分点|百分点)")
_TERM_END = re.compile(r"第[一二三四五六七八九十0-9]{1,3}届$")
_MEETING_BODY_START = re.compile(r"(?:人民代表大会|代表大会|委员会|人大|政协)")
_SESSION_START = re.compile(r"第[一二三四五六七八九十0-9]{1,3}次(?:全体)?会议")


def _split_word_or_number(a: str, b: str) -> bool:
    """``a`` ends inside a number or a Latin word that ``b`` goes on with."""
    last, first = a[-1], b[0]
    if not (last.isascii() and first.isascii()):
        return False
    if last.isdigit():
        return first.isdigit() or first in ".%"
    if last == ".":
        return len(a) > 1 and a[-2].isdigit() and first.isdigit()
    return last.isalpha() and first.isalpha() and len(a) > 1 and is_cjk(a[-2])


@lru_cache(maxsize=1)
def traditional_tables() -> Tuple[dict, dict, "re.Pattern[str]"]:
    """str.translate tables: traditional-only characters, and the ones simplified text uses
    too; and a pattern that finds any traditional-only character (most texts have none)."""
    only, shared = {}, {}
    for row in load_table("traditional_chars"):
        (shared if len(row) > 2 and row[2] == "shared" else only)[ord(row[0])] = row[1]
    any_only = re.compile("[" + "".join(re.escape(chr(c)) for c in only) + "]")
    return only, shared, any_only


def _simplified(s: str) -> str:
    """A text written in traditional script → simplified characters, one to one (offsets stay).
    A simplified text with a few traditional characters (a name, 華夏銀行) is left as written."""
    only, shared, any_only = traditional_tables()
    if s.isascii() or any_only.search(s) is None:
        return s
    converted = s.translate(only)
    changed = sum(1 for a, b in zip(s, converted) if a != b)
    if changed < 3 or changed < 0.1 * sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff"):
        return s  # a simplified text with a name written the old way (责任编辑:李寧) stays as written
    return converted.translate(shared)


def _open_bracket(line: str) -> bool:
    """The line leaves a bracket open: 「（袁松柳」 before 「 杨涛）」 — names in a byline."""
    return line.count("（") + line.count("(") > line.count("）") + line.count(")")


