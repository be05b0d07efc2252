"""Sources named by a phrase rather than a subject: "according to X", "as X put it"; the
intermediaries of a cue ("according to Interfax", "as quoted by Interfax"); and channels:
"According to X, Y said Z", "X reported that Y said Z", where X only passes Y's words on."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from .. import lexicon as lx
from ..types import Span
from . import confidence as conf
from .boundaries import in_paragraph, one_sentence, writer_additions
from .candidates import Cand, Findings, merge_close, runs, trim
from .index import DocIndex
from .sources import SUBJ_DEPS, source_span


def according(ix: DocIndex, found: Findings, tok: Token) -> None:
    """'The economy grew, according to the ministry': the clause is the source's."""
    if not ix.is_according(tok):
        return
    doc = ix.doc
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    clause = _clause_of(tok)
    if pobj is not None and clause.i != tok.i:
        source = ix.tokspan(pobj.left_edge.i, pobj.right_edge.i, keep_marks=False)
        skip = {t.i for t in tok.subtree} | writer_additions(ix, clause)
        idx = [t.i for t in clause.subtree if t.i not in skip]
    else:
        lost = _lost_phrase(ix, tok, to)
        if lost is None:
            return
        pobj, source, idx = lost
    pieces = []
    for a, b in runs(idx):
        sp = ix.tokspan(a, b)
        if sp and sp[1] - sp[0] > 1:
            pieces.append(sp)
    if not pieces or source is None:
        return
    pieces = merge_close(ix.text, in_paragraph(ix.text, tok.idx, pieces))
    pieces = _after_colon(ix, one_sentence(ix, pieces, tok.idx), tok)
    if not pieces:
        return
    found.cands.append(
        Cand(
            content=pieces,
            cue=(tok.idx, to.idx + len(to)),
            cue_lemma="according to",
            cue_tok=tok,
            source=source,
            source_tok=pobj,
            confidence=conf.ACCORDING_TO,
            extras={"clause_head": clause.i},
        )
    )


def _after_colon(ix: DocIndex, pieces: list[Span], tok: Token) -> list[Span]:
    """'Rents fell everywhere: in Vell the average fell to $900, according to the board':
    the parser hangs the clause after the colon on the one before it; what the phrase
    vouches for is the clause after the colon."""
    colon = next(
        (
            t
            for t in reversed(ix.doc[ix.sent_bounds(tok.i)[0] : tok.i])
            if t.text == ":" and ix.quote_of[t.i] < 0
        ),
        None,
    )
    if colon is None or not pieces or pieces[0][0] > colon.idx:
        return pieces
    cut = colon.idx + 1
    out = [trim(ix.text, max(a, cut), b) for a, b in pieces if b > cut]
    return [p for p in out if p[1] > p[0]]


def _clause_of(tok: Token) -> Token:
    """The clause "according to" hangs on."""
    clause = tok.head
    hops = 0
    while not clause.tag_.startswith(("VB", "MD")) and clause.dep_ != "ROOT" and hops < 4:
        clause = clause.head
        hops += 1
    while clause.i < tok.i and (
        (clause.dep_ == "conj" and clause.head.i < clause.i) or _trailing_subordinate(clause)
    ):
        # "A grew, but B fell, according to X": the source stands behind both clauses;
        # "A rose, while B fell, according to X": and behind the clause the last one hangs on
        clause = clause.head
    return clause


# the subordinators of a clause set after its main clause that goes on with the same report
# ("Lee raised $2 million, while Orr raised $6 million, according to the filings")
_CONTRAST_MARKS = frozenset("while whereas".split())


def _trailing_subordinate(clause: Token) -> bool:
    return (
        clause.dep_ == "advcl"
        and clause.head.i < clause.i
        and clause.head.tag_.startswith(("VB", "MD"))
        and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in clause.children)
    )


def _lost_phrase(
    ix: DocIndex, tok: Token, to: Token
) -> tuple[Token, Span | None, list[int]] | None:
    """The parser lost the phrase ("according to show insiders" with "show" a verb): the
    source runs to the next punctuation, the content is the rest of the sentence. Returns
    (source token, source span, content token indices) or None."""
    doc = ix.doc
    s_start, s_end = ix.sent_bounds(tok.i)
    last = to.i
    while last + 1 < s_end and not doc[last + 1].is_punct and last - to.i < 12:
        last += 1
    nouns = [t for t in doc[to.i + 1 : last + 1] if t.tag_.startswith(("NN", "PRP"))]
    if not nouns:
        return None
    source = ix.tokspan(to.i + 1, last, keep_marks=False)
    idx = [i for i in range(s_start, s_end) if not tok.i <= i <= last]
    return nouns[-1], source, idx


def as_put_it(ix: DocIndex, found: Findings, verb: Token) -> None:
    """'…, as a Homeland Security memo put it' and 'as The New Yorker put it, "…"': the
    quotation beside the phrase, with the clause that holds it, is the source's."""
    doc = ix.doc
    if verb.dep_ != "advcl" or not (
        any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    ):
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or ix.quote_of[subj.i] >= 0:
        return
    # the words of the phrase end at its first punctuation; the parser may hang the
    # quotation after it on the verb too
    last = next(
        (t.i - 1 for t in doc[verb.i + 1 : verb.right_edge.i + 1] if t.is_punct),
        verb.right_edge.i,
    )
    quoted = _put_it_quote(ix, verb, verb.left_edge.i, last)
    if quoted is None:
        return
    qi, pieces = quoted
    source = source_span(ix, found, subj)
    if not pieces or source is None:
        return
    found.cands.append(
        Cand(
            content=pieces,
            cue=(verb.idx, doc[last].idx + len(doc[last])),
            cue_lemma="put it",
            cue_tok=verb,
            source=source,
            source_tok=subj,
            confidence=conf.AS_PUT_IT,
            quotes=[qi],
        )
    )


def _put_it_quote(
    ix: DocIndex, verb: Token, first: int, last: int
) -> tuple[int, list[Span]] | None:
    """(quotation index, content pieces) of the quotation right after the phrase, or of
    the clause holding the quotation right before it; None without either."""
    doc = ix.doc
    after = last + 1
    while after < len(doc) and doc[after].text == ",":
        after += 1
    before = first - 1
    while before > 0 and doc[before].text == ",":
        before -= 1
    qi = ix.quote_of[after] if after < len(doc) else -1
    if qi >= 0 and ix.quotes[qi].start == doc[after].idx:
        return qi, list(ix.quotes[qi].pieces)
    if before >= 0 and ix.quote_of[before] >= 0:
        clause = verb.head
        subj_of = next((c for c in clause.children if c.dep_ in SUBJ_DEPS), None)
        start = subj_of.left_edge.i if subj_of is not None else clause.left_edge.i
        span = ix.tokspan(min(start, clause.i), before)
        return ix.quote_of[before], [span] if span else []
    return None


def intermediary_in(ix: DocIndex, verb: Token, cand: Cand, excluded: set[int]) -> None:
    """'according to X' or 'as quoted by X' next to a cue that already has its source."""
    ss, se = ix.sent_bounds(verb.i)
    for t in ix.doc[ss:se]:
        pobj = _channel_object(ix, t, verb, cand, excluded)
        if pobj is None:
            continue
        sp = ix.subtree_span(pobj)
        if sp:
            cand.intermediary_span = sp[0]
            cand.intermediary = ix.text[sp[0][0] : sp[0][1]]
            return


def _channel_object(
    ix: DocIndex, t: Token, verb: Token, cand: Cand, excluded: set[int]
) -> Token | None:
    """The X of an "according to X" about the cue, or of "quoted by X"."""
    if t.lower_ == "according" and ix.is_according(t):
        anchor = t.head
        if (
            anchor.i == verb.i
            or anchor.i in excluded
            or t.i in excluded
            or (cand.source_tok is not None and anchor.i == cand.source_tok.i)
        ):
            return next((c for c in ix.doc[t.i + 1].children if c.dep_ == "pobj"), None)
        return None
    if t.lower_ == "quoted" and t.dep_ in ("acl", "advcl"):
        agent = next((c for c in t.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def channels(ix: DocIndex, found: Findings) -> None:
    """'According to X, Y said Z', 'X reported that Y said Z': X is a channel for Y, who
    keeps the attribution with X as its intermediary. When what X passes on is a quotation
    with its tag ('"You misled us," Ruiz told the board, according to two people in the
    room'), X's own attribution stays too: the two people report the scene, words and tag,
    and dedupe keeps Ruiz's inside it (marked "channel")."""
    drop = set()
    cands = found.cands
    # attributions by the position of their cue, to find those inside a channel's content
    by_cue = sorted((c.cue[0], j) for j, c in enumerate(cands) if c.cue is not None)
    for i, outer in enumerate(cands):
        base = outer.cue_lemma.split()[0] if outer.cue_lemma else ""
        if base not in lx.CHANNEL_CUES:
            continue
        lo = bisect_left(by_cue, (outer.start, -1))
        hi = bisect_left(by_cue, (outer.end, -1))
        for j in sorted(j for _, j in by_cue[lo:hi]):
            inner = cands[j]
            if i == j or not _passes_on(outer, inner):
                continue
            if not inner.intermediary:
                inner.intermediary = (
                    ix.text[outer.source[0] : outer.source[1]] if outer.source else ""
                )
                inner.intermediary_span = outer.source
            if _tagged_quotation(ix, inner) or _vouches_after(outer, inner):
                outer.extras["channel"] = True
            else:
                drop.add(i)
    found.cands = [c for i, c in enumerate(cands) if i not in drop or c.extras.get("channel")]


def _vouches_after(outer: Cand, inner: Cand) -> bool:
    """'Ruiz told the board she would resign, according to two people in the room': the
    channel named after the whole report vouches for the scene, tag and all."""
    return outer.cue is not None and inner.cue is not None and outer.cue[0] >= inner.end


def _tagged_quotation(ix: DocIndex, cand: Cand) -> bool:
    """'"You misled us," Ruiz told the board': content that opens with a quotation, its
    tag after it."""
    if not cand.quotes or cand.cue is None:
        return False
    s, e = cand.content[0]
    return cand.cue[0] >= e and any(ix.quotes[qi].start == s for qi in cand.quotes)


def _passes_on(outer: Cand, inner: Cand) -> bool:
    """Whether inner's cue and source sit in outer's content, as what outer reports."""
    if inner.cue is None or inner.source is None:
        return False
    if not (outer.start <= inner.cue[0] < outer.end and outer.start <= inner.source[0] < outer.end):
        return False
    head = outer.extras.get("clause_head")
    # otherwise the inner cue is not what the channel reports, just nearby
    return head is None or inner.cue_tok is None or inner.cue_tok.i == head
