"""Quotation-mark pairing over the whole text, at the character level.

spaCy may split sentences inside a quotation, so quotes are paired on the raw text first:
curly and straight double quotes, guillemets, and single quotes when they quote (not
apostrophes). A paragraph that ends inside a quotation continues into the next paragraph
when that one reopens it, as newspapers print long quotations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .types import Span

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
ALL_MARKS = "\"“”„«»‘’'"

_OPEN_BEFORE = set(" \t\n([{—–-/:;,") | {""}
_WORD = re.compile(r"\w")


@dataclass
class Quote:
    pieces: list[Span]  # one per paragraph, each including its quotation marks
    closed: bool = True
    single: bool = False

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def n_words(self, text: str) -> int:
        return sum(len(text[s:e].split()) for s, e in self.pieces)

    def inner(self, text: str) -> str:
        return " ".join(text[s:e].strip(ALL_MARKS + " ") for s, e in self.pieces)

    def is_sentence_like(self, text: str) -> bool:
        """A quote that says something by itself, not a scare-quoted word or a title."""
        body = self.inner(text)
        n = len(body.split())
        if n >= 6:
            return True
        return n >= 3 and body.rstrip()[-1:] in ".!?,…"


def _paragraphs(text: str) -> list[Span]:
    out, start = [], 0
    for m in re.finditer(r"\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else ""


def _next(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else ""


def _opens_single(text: str, i: int) -> bool:
    ch = text[i]
    if ch == "‘":
        return _prev(text, i) in _OPEN_BEFORE or _prev(text, i) in '"“'
    if ch == "'":
        nxt = _next(text, i)
        if _prev(text, i) not in _OPEN_BEFORE or not nxt or not (nxt.isalpha() or nxt in '[“"'):
            return False
        # 'em, 'til, 'cause, 'n' are elisions, not quotes
        word = re.match(r"'\w+", text[i : i + 8])
        return not (word and word.group(0).lower() in ("'em", "'til", "'cause", "'n", "'tis"))
    return False


def _closes_single(text: str, i: int) -> bool:
    if text[i] not in "’'":
        return False
    nxt = _next(text, i)
    prev = _prev(text, i)
    return bool(prev) and not prev.isspace() and (not nxt or not nxt.isalnum())


def find_quotes(text: str) -> list[Quote]:
    """Pair quotation marks over the text; returns quotes in text order."""
    quotes: list[Quote] = []
    paras = _paragraphs(text)
    carry: Quote | None = None  # a double quote left open at the end of the previous paragraph
    for pi, (ps, pe) in enumerate(paras):
        open_d: int | None = None
        pieces_before: list[Span] = []
        if carry is not None:
            first = text[ps:pe].lstrip()
            lead = ps + len(text[ps:pe]) - len(first)
            if first[:1] in DOUBLE_OPEN + '"':
                open_d = lead
                pieces_before = carry.pieces
            else:
                carry.closed = False
                quotes.append(carry)
            carry = None
        open_s: int | None = None
        i = ps if open_d is None else open_d + 1
        while i < pe:
            ch = text[i]
            if ch in DOUBLE_OPEN or (ch == '"' and open_d is None):
                if open_d is None:
                    if ch == '"' and _prev(text, i).isalnum() and _next(text, i) in " ,.;:":
                        i += 1  # stray closing mark (e.g. inch sign, or a lost opener)
                        continue
                    open_d, open_s = i, None
                    pieces_before = []
            elif ch in DOUBLE_CLOSE or ch == '"':
                if open_d is not None:
                    quotes.append(Quote(pieces_before + [(open_d, i + 1)]))
                    open_d, pieces_before = None, []
            elif open_d is None:
                if open_s is None and ch in "‘'" and _opens_single(text, i):
                    open_s = i
                elif open_s is not None and _closes_single(text, i) and i > open_s + 1:
                    quotes.append(Quote([(open_s, i + 1)], single=True))
                    open_s = None
            i += 1
        if open_d is not None:
            end = pe
            while end > open_d and text[end - 1].isspace():
                end -= 1
            piece = (open_d, end)
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is not None:
                carry = Quote(pieces_before + [piece])
            else:
                quotes.append(Quote(pieces_before + [piece], closed=False))
    if carry is not None:
        carry.closed = False
        quotes.append(carry)
    quotes.sort(key=lambda q: q.start)
    return [q for q in quotes if _WORD.search(q.inner(text))]
