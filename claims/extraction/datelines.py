"""A wire story's dateline: the place, maybe a date, maybe an agency's credit, opening a
paragraph before a dash.

    OAKVILLE, Ont. (AP) — The mayor said …
    Springfield, May 3 (UPI) - …
    RIVERTON ― …

The parser often takes the place for the subject of the first sentence. The source rules
(rules/sources.py) and the speaker resolver (coref/resolver.py) both ask this module, so a
dateline is described once. A source string that is a dateline and nothing more ("Lisbon
(AFP") is coref/person.py's is_dateline.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import lexicon as lx

# (a state and a date both: "DOVER, Del., May 3 (UPI) —")
_PLACE = re.compile(
    r"[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*(?:, [\w. ]{2,20}){0,2}(?: \(\w+\))?\s*"
)
# a dateline is a handful of words: the dash closing it comes within this many tokens
_MAX_TOKENS = 12


def is_spaced_dash(tok: Token) -> bool:
    """A dash between words, not a hyphen inside one ("AFL-CIO"); an em dash or a bar need
    no spaces."""
    if tok.text not in lx.DASHES:
        return False
    if tok.text in ("—", "―"):
        return True
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 == len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return bool(before.whitespace_ or before.is_space) and bool(tok.whitespace_ or after.is_space)


def _opens_paragraph(tok: Token) -> bool:
    """Whether tok is the first word of the text or of a line (spaces and tabs before it
    aside)."""
    for prev in reversed(tok.doc[: tok.i]):
        before = (prev.text + prev.whitespace_).rstrip(" \t")
        if before:
            return before.endswith("\n")
    return True


def dateline_dash(tok: Token, sent_start: int) -> Token | None:
    """The dash closing the dateline tok is in, or None. The dateline opens the paragraph
    and the sentence starting at token sent_start, and is written in capitals or carries an
    agency's credit ('DOVER (AP) — The mayor said …')."""
    dash = _dateline_dash_of(tok.doc, sent_start)
    return dash if dash is not None and dash.i > tok.i else None


def _dateline_dash_of(doc: Doc, sent_start: int) -> Token | None:
    """The dash closing the dateline that opens the sentence at sent_start, or None; worked
    out once per sentence (the rules ask for many tokens of it)."""
    cache = doc.user_data.setdefault("claimtrack_dateline_dashes", {})
    if sent_start not in cache:
        cache[sent_start] = _find_dateline_dash(doc, sent_start)
    return cache[sent_start]


def _find_dateline_dash(doc: Doc, sent_start: int) -> Token | None:
    window = doc[sent_start : sent_start + _MAX_TOKENS]
    dash = next((t for t in window if is_spaced_dash(t)), None)
    if dash is None:
        return None
    first = doc[sent_start]
    before = doc[sent_start : dash.i].text_with_ws
    if not ((first.is_upper and len(first) > 2) or "(" in before):
        return None
    if not _PLACE.fullmatch(before) or not _opens_paragraph(first):
        return None
    return dash
