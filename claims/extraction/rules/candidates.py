"""Attributions under construction (Cand), span arithmetic over them, and Findings: the
state the rules share, written by some rules and read by later ones."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..quotes import ALL_MARKS
from ..types import Span

_TRIM_CHARS = set(" \t\r\n.,;:!?…―—–-()[]" + ALL_MARKS)
# what may stand between two pieces of content that are one: commas, dashes, "and", "or",
# the bracket a piece's trimming left ("Gov. Tom Hale (R) to resign")
_GAP_JOIN = re.compile(r"^[\s,;:—–)-]*(?:(?:and|or)\b[\s,]*)?$")


@dataclass
class Cand:
    """An attribution under construction, still holding spaCy tokens."""

    content: list[Span]
    cue: Span | None = None
    cue_lemma: str = ""
    cue_tok: Token | None = None
    source: Span | None = None
    source_tok: Token | None = None
    kind: str = "indirect"
    confidence: float = 0.5
    quotes: list[int] = field(default_factory=list)  # indices of quotes used as content
    intermediary: str = ""
    intermediary_span: Span | None = None
    inherited: bool = False  # source taken from a previous attribution (floating quote)
    extras: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


@dataclass
class Findings:
    """What the rules found so far. Each field names the rules that write and read it."""

    # every rule appends here; attach_quotes widens and adds, channels and dedupe drop
    cands: list[Cand] = field(default_factory=list)
    # cue verbs with a source but no content (written by the cue-verb rule): attach_quotes
    # gives them the quotation beside them ('"…," he said') or the block after their colon
    bare_cues: list[tuple[Token, str]] = field(default_factory=list)
    # subject -> first token past its source span (written by subject(), read by source_span)
    source_end: dict[int, int] = field(default_factory=dict)
    # misparsed subject -> first token of its name (written by misparsed_subject and the
    # noun-tagged cue, read by source_span and the adjacency checks)
    subject_first: dict[int, int] = field(default_factory=dict)
    # subject -> last token of its source span when an aside follows the name ('Jane Roe, a
    # pastor, said'; written by misparsed_subject, read by source_span)
    subject_last: dict[int, int] = field(default_factory=dict)
    # subjects that issued the document which speaks (written by subject(), read by the
    # cue-verb rule: whoever issues papers holds views)
    issuers: set[int] = field(default_factory=set)


def trim(text: str, start: int, end: int, keep_marks: bool = True) -> Span:
    """Trim white space and punctuation at the edges, keeping quotation marks if asked."""
    while start < end and (
        text[start] in _TRIM_CHARS and not (keep_marks and text[start] in '“"«‘')
    ):
        start += 1
    while end > start and (
        text[end - 1] in _TRIM_CHARS and not (keep_marks and text[end - 1] in '”"»’')
    ):
        end -= 1
    return start, end


def within(pos: int, pieces: list[Span]) -> bool:
    """Whether a position falls inside one of the pieces (not in a gap between them)."""
    return any(s <= pos < e for s, e in pieces)


def subtract(pieces: list[Span], holes: list[Span | None]) -> list[Span]:
    """The pieces without the characters of the holes."""
    out = list(pieces)
    for hole in holes:
        if hole is None:
            continue
        hs, he = hole
        nxt = []
        for s, e in out:
            if e <= hs or s >= he:
                nxt.append((s, e))
                continue
            if s < hs:
                nxt.append((s, hs))
            if e > he:
                nxt.append((he, e))
        out = nxt
    return out


def runs(indices: list[int]) -> list[tuple[int, int]]:
    """Contiguous token runs (first, last) of sorted token indices."""
    out: list[tuple[int, int]] = []
    for i in indices:
        if out and i == out[-1][1] + 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def merge_close(text: str, pieces: list[Span]) -> list[Span]:
    """Sorted pieces, those with only punctuation or "and"/"or" between them joined."""
    pieces = sorted(pieces)
    out = [pieces[0]]
    for s, e in pieces[1:]:
        if _GAP_JOIN.match(text[out[-1][1] : s]):
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def union(text: str, pieces: list[Span]) -> list[Span]:
    """Overlapping pieces joined, then close ones merged."""
    out: list[Span] = []
    for s, e in sorted(pieces):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return merge_close(text, out)


def paragraphs_in(gap: str) -> list[str]:
    """The non-blank paragraphs a stretch of text touches."""
    return [p for p in gap.split("\n") if p.strip(" \t\r.,;:")]


class Cover:
    """Which items cover a character position: items bucketed by the stretch of text they
    span, so a lookup reads one bucket instead of every item (no all-pairs scans)."""

    SIZE = 256

    def __init__(self) -> None:
        self.buckets: dict[int, list[int]] = {}

    def add(self, start: int, end: int, item: int) -> None:
        for b in range(start // self.SIZE, max(start, end - 1) // self.SIZE + 1):
            self.buckets.setdefault(b, []).append(item)

    def at(self, pos: int) -> list[int]:
        """Items whose span may hold pos, in the order they were added (check the span)."""
        return self.buckets.get(pos // self.SIZE, [])

    def over(self, start: int, end: int) -> list[int]:
        """Items whose span may meet [start, end), ascending and without repeats."""
        seen: set[int] = set()
        for b in range(start // self.SIZE, max(start, end - 1) // self.SIZE + 1):
            seen.update(self.buckets.get(b, ()))
        return sorted(seen)


class CandCover:
    """Which attributions of a list cover a position or meet a stretch of text, for steps
    that only append to the list: catch_up() indexes those appended since the last call,
    widen() the characters an attribution took on."""

    def __init__(self, cands: list[Cand]) -> None:
        self.cands = cands
        self._cover = Cover()
        self._n = 0

    def catch_up(self) -> None:
        cands = self.cands
        for ci in range(self._n, len(cands)):
            self._cover.add(cands[ci].start, cands[ci].end, ci)
        self._n = len(cands)

    def widen(self, ci: int, start: int, end: int) -> None:
        self._cover.add(start, end, ci)

    def covers(self, pos: int) -> bool:
        """Whether an indexed attribution's extent holds pos."""
        cands = self.cands
        return any(cands[ci].start <= pos < cands[ci].end for ci in self._cover.at(pos))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether an attribution found so far meets [start, end)."""
        self.catch_up()
        cands = self.cands
        return any(
            cands[c].start < end and start < cands[c].end for c in self._cover.over(start, end)
        )
