"""The document index: built once per document, read by every rule, never written by one.

It holds the quotations (paired over the whole text, boilerplate left out), which quotation
each token sits in, where the cue words and the clausal complements are, where sentences
start, and the token and span helpers every rule family uses.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import DEP, LOWER, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .. import lexicon as lx
from ..boilerplate import boilerplate_spans
from ..quotes import Quote, find_quotes
from ..types import Span
from .candidates import runs, trim

_CCOMP = get_string_id("ccomp")
# the word forms a rule starts from: cue verbs, "according", "put", stance words, polls
_CUE_HASHES = frozenset(
    get_string_id(f)
    for f in [
        *lx.FORM_TO_LEMMA,
        "according",
        "put",
        "puts",
        *lx.STANCE_ADJECTIVES,
        *lx.VIEW_NOUNS,  # the stance nouns and the nouns of a view before "is"
        *lx.HOLDER_NOUNS,
        *lx.POLL_NOUNS,
        *lx.HEARSAY_ADVERBS,
        *lx.FEELING_CAUSE_FORMS,
        "to",
    ]
)


class DocIndex:
    """One parsed document and what the rules look up in it."""

    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        self.text = text
        arr = doc.to_array([LOWER, SENT_START])
        hashes = _CUE_HASHES
        self.cue_positions = [i for i, h in enumerate(arr[:, 0].tolist()) if h in hashes]
        deps = doc.to_array(DEP).astype(numpy.uint64)
        self.ccomp_positions = numpy.nonzero(deps == numpy.uint64(_CCOMP))[0].tolist()
        starts = numpy.nonzero(arr[:, 1].astype(numpy.int64) == 1)[0].tolist()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        self.sent_starts: list[int] = starts
        self.boiler = boilerplate_spans(text)
        self.quotes: list[Quote] = [q for q in find_quotes(text) if not self.in_boiler(q.start)]
        # quotes are sorted by start; the running maximum of their ends lets a lookup skip
        # every quotation that ends before a position
        self.q_starts = [q.start for q in self.quotes]
        self.q_maxend: list[int] = []
        top = 0
        for q in self.quotes:
            top = max(top, q.end)
            self.q_maxend.append(top)
        self.quote_of = [-1] * len(doc)  # token index -> quote index
        for qi, q in enumerate(self.quotes):
            for s, e in q.pieces:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    for i in range(span.start, span.end):
                        self.quote_of[i] = qi

    def sent_bounds(self, i: int) -> tuple[int, int]:
        """First and one-past-last token index of the sentence of token i."""
        k = bisect_right(self.sent_starts, i) - 1
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.doc)
        return self.sent_starts[k], end

    def is_according(self, tok: Token) -> bool:
        """Whether tok is the "according" of "according to"."""
        return tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to"

    def in_boiler(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.boiler)

    def tokspan(self, first: int, last: int, keep_marks: bool = True) -> Span | None:
        """The characters of tokens first..last, trimmed; None when nothing is left."""
        doc = self.doc
        s, e = trim(self.text, doc[first].idx, doc[last].idx + len(doc[last]), keep_marks)
        return (s, e) if e > s else None

    def subtree_span(self, tok: Token, exclude: set[int] | None = None) -> list[Span]:
        """The characters of tok's subtree without the excluded tokens, one span per run."""
        idx = [t.i for t in tok.subtree if not exclude or t.i not in exclude]
        out = []
        for a, b in runs(idx):
            sp = self.tokspan(a, b)
            if sp:
                out.append(sp)
        return out

    def quote_at(self, pos: int) -> int:
        """The index of the quotation whose pieces hold pos, or -1."""
        quotes = self.quotes
        for qi in range(bisect_right(self.q_maxend, pos), len(quotes)):
            q = quotes[qi]
            if q.start > pos:
                break
            if any(a <= pos < b for a, b in q.pieces):
                return qi
        return -1
