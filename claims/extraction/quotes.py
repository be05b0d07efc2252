"""Quotation-mark pairing over the whole text, at the character level.

spaCy may split sentences inside a quotation, so quotes are paired on the raw text first:
curly and straight double quotes, guillemets, and single quotes when they quote (not
apostrophes). A paragraph that ends inside a quotation continues into the next paragraph
when that one reopens it, as newspapers print long quotations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .types import Span

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
ALL_MARKS = "\"“”„«»‘’'"

# marks of writing direction and zero-width characters are invisible: a mark after one
# opens as it would after a space ('\u202a”The ferry must run,” wrote Ann Ruiz.', as pasted
# comments and posts come)
_INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width spaces and joiners, direction marks
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # direction embeddings
    "\ufeff"
)
_OPEN_BEFORE = set(" \t\n([{—–-/:;," + _INVISIBLE) | {""}
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

    def looks_like_title(self, text: str) -> bool:
        """'"Morning Joe"', '"The Apprentice"': a short Title Case name of a work or show."""
        words = [w for w in re.findall(r"[\w’']+", self.inner(text))]
        if not words or len(words) > 8:
            return False
        small = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "with", "is"}
        caps = sum(1 for w in words if w[:1].isupper() or w.lower() in small)
        return caps == len(words) and any(w[:1].isupper() for w in words)

    def names_a_show_or_work(self, text: str) -> bool:
        """'said on CNN's "State of the Union."', 'On "Face the Nation," Sanders …', 'in his
        book "The Long Road."', 'the author of "Quiet Harbours."': a Title Case name after a
        possessive, a preposition or a noun for a work is the name of a programme or work,
        however it ends. ('a memo titled "…"' is not caught: the words of a titled document
        are its issuer's.)"""
        if not self.looks_like_title(text) or self.inner(text)[-1:] in "!?":
            return False
        before = text[max(0, self.start - 30) : self.start].split()
        if not before:
            return False
        last = before[-1].lower().strip(",")
        if last == "of" and len(before) > 1 and before[-2].lower() in _MESSAGE_NOUNS:
            return False  # 'proclaimed a goal of "Peace Through Trade."': words said
        return last.endswith(("'s", "’s")) or last in lx.WORK_NOUNS or last in _TITLE_PREPOSITIONS

    def next_in_a_list_of_names(self, text: str) -> bool:
        """'starred in "Harbor Lights" and "Dover Nights,"': a Title Case name right after
        another quotation and a comma or "and": the next item of a list of titles."""
        if not self.looks_like_title(text):
            return False
        return _AFTER_A_QUOTED_NAME.search(text, max(0, self.start - 12), self.start) is not None

    def is_sentence_like(self, text: str) -> bool:
        """A quote that says something by itself, not a scare-quoted word or a title."""
        body = self.inner(text)
        n = len(body.split())
        if n >= 6:
            return True
        return n >= 3 and body.rstrip()[-1:] in ".!?,…"


# a closing mark, then a comma or "and"/"or", before the next quotation of a list
_AFTER_A_QUOTED_NAME = re.compile(r"[”\"](?:\s*,)?\s*(?:(?:and|or)\s+)?$")
# 'an interview with "Morning Desk,"', 'a co-author of "Quiet Harbours."': words said are
# not the object of a preposition
_TITLE_PREPOSITIONS = frozenset("on of in with".split())
# nouns whose "of" brings in words said, a Title Case slogan among them
_MESSAGE_NOUNS = (
    lx.STANCE_NOUNS
    | lx.SPEECH_ACT_NOUNS
    | frozenset("goal goals slogan slogans motto mantra theme cry chant chants refrain".split())
)


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


_DOUBLE_MARK = re.compile(r"''|``|[\"“”„«»]")


def _role(text: str, s: int, e: int) -> str:
    """'open', 'close' or '' (ambiguous) from the characters around a mark."""
    prev = _prev(text, s)
    nxt = text[e] if e < len(text) else ""
    left_ok = prev in _OPEN_BEFORE or prev in "“\"‘'«"
    right_ok = not nxt or nxt.isspace() or nxt in ".,;:!?)]}—–-…'’\"”»"
    opening = left_ok and bool(nxt) and not nxt.isspace()
    closing = bool(prev) and not prev.isspace() and right_ok
    if text[s:e] in ("”", "»") and prev == ",":
        # '“…on the council,”Ruiz said.': a closing mark glued to the next word still
        # closes after the quotation's comma
        return "close"
    if text[s:e] == '"' and prev == "," and nxt.isalpha():
        # '"…to the voters,"Ruiz said.' or 'she said,"We …': closes an open quotation, else
        # opens one
        return ""
    if opening and not closing:
        return "open"
    if closing and not opening:
        return "close"
    mark = text[s:e]
    if mark in ("“", "«", "„", "``"):
        return "open"
    if mark in ("”", "»"):
        return "close"
    return ""


def _style(mark: str) -> str:
    """Straight, curly, doubled apostrophes or guillemets: a reopened quote keeps its style."""
    if mark[:1] == '"':
        return "straight"
    if mark[:1] in "“”„":
        return "curly"
    if mark[:1] in "«»":
        return "guillemet"
    return "other"


def _double_marks(text: str, ps: int, pe: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _DOUBLE_MARK.finditer(text, ps, pe):
        s, e = m.span()
        if m.group() == "''" and (text[e : e + 1] == "'" or _prev(text, s) == "'"):
            triple = _doubled_of_triple(text, s)
            if triple is not None:
                out.append((*triple, _role(text, *triple)))
            continue
        out.append((s, e, _role(text, s, e)))
    return out


def _doubled_of_triple(text: str, s: int) -> Span | None:
    """ "''We were told, 'it is a special case,''' Mr. Lee said.": where a quotation inside a
    quotation ends with it, three apostrophes are the inner single mark and the doubled one
    (the last two after a word, the first two before one)."""
    if text[s : s + 3] != "'''" or _prev(text, s) == "'" or text[s + 3 : s + 4] == "'":
        return None
    before, after = _prev(text, s), text[s + 3 : s + 4]
    if before and not before.isspace() and (not after or not after.isalnum()):
        return (s + 1, s + 3)
    if (not before or before in _OPEN_BEFORE) and after and not after.isspace():
        return (s, s + 2)
    return None


def find_quotes(text: str) -> list[Quote]:
    """Pair quotation marks over the text; returns quotes in text order."""
    quotes: list[Quote] = []
    paras = _paragraphs(text)
    carry: list[Span] | None = None  # pieces of a quote left open at the previous paragraph end
    for pi, (ps, pe) in enumerate(paras):
        n_before = len(quotes)  # quotes closed before this paragraph end before it
        marks = _double_marks(text, ps, pe)
        open_at: int | None = None
        before: list[Span] = []
        k = 0
        if carry is not None:
            lead = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip())
            if (
                marks
                and marks[0][0] == lead
                and marks[0][2] != "close"
                and _style(text[marks[0][0] : marks[0][1]]) == _style(text[carry[0][0]])
            ):
                open_at, before, k = lead, carry, 1
            else:
                quotes.append(Quote(carry, closed=False))
            carry = None
        for s, e, role in marks[k:]:
            if open_at is None:
                if role != "close":
                    open_at, before = s, []
                continue
            if role == "open":
                # a new opener while one is open: the first lost its closing mark
                end = s
                while end > open_at and text[end - 1].isspace():
                    end -= 1
                same_style = _style(text[open_at]) == _style(text[s:e])
                if end - open_at > 1 and (same_style or before):
                    # a stray mark of another style than the quotation that follows it
                    # ('"Trump walked on, chanting “U-S-A!”') is no quotation at all
                    quotes.append(Quote(before + [(open_at, end)], closed=False))
                open_at, before = s, []
                continue
            quotes.append(Quote(before + [(open_at, e)]))
            open_at, before = None, []
        # single quotes, outside the double quotations of this paragraph
        inside = [(q.start, q.end) for q in quotes[n_before:] if q.end > ps]
        if open_at is not None:
            inside.append((open_at, pe))
        _single_quotes(text, ps, pe, inside, quotes)
        if open_at is not None:
            end = pe
            while end > open_at and text[end - 1].isspace():
                end -= 1
            piece = (open_at, end)
            if pi + 1 < len(paras):
                carry = before + [piece]
            else:
                quotes.append(Quote(before + [piece], closed=False))
    if carry is not None:
        quotes.append(Quote(carry, closed=False))
    quotes.sort(key=lambda q: q.start)
    return [q for q in quotes if _WORD.search(q.inner(text))]


def _single_quotes(text: str, ps: int, pe: int, inside: list[Span], out: list[Quote]) -> None:
    open_s: int | None = None
    for m in re.finditer(r"[‘’']", text[ps:pe]):
        i = ps + m.start()
        if any(s <= i < e for s, e in inside):
            continue
        if open_s is None:
            if _opens_single(text, i):
                open_s = i
        elif _closes_single(text, i) and i > open_s + 1:
            out.append(Quote([(open_s, i + 1)], single=True))
            open_s = None
