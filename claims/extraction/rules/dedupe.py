"""The last step: nested attributions dropped, duplicates merged, the writer's words cut
from the ends of the content, and each attribution's kind (direct, mixed, indirect)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .. import lexicon as lx
from . import confidence as conf
from .candidates import Cand, Cover, Findings, within
from .content import NAMING_CUES, RELATIVE_PRONOUNS, TIME_ENTS, medium_noun
from .index import DocIndex
from .sources import aside_participle

# "at" is left out: in 'would "take a look" at the bill' it opens the object, not a place
_CIRCUMSTANCE = frozenset("during when whenever while after before".split())


def dedupe(ix: DocIndex, found: Findings) -> list[Cand]:
    """The attributions to report, by start, each content once, finished."""
    cands = found.cands
    cover = Cover()
    sources = Cover()
    for j, c in enumerate(cands):
        cover.add(c.start, c.end, j)
        if c.source:
            sources.add(c.source[0], c.source[1], j)
    drop: set[int] = set()
    _drop_inner_stances(cands, cover, drop)
    _drop_speaker_descriptions(cands, sources, drop)
    _drop_reported_inside(ix, cands, cover, drop)
    out: list[Cand] = []
    seen: set[tuple] = set()
    # a remark of the writer's ("it is worth noting that …") is no one's attribution: it was
    # kept only to hold the attributions nested in it
    kept = [c for i, c in enumerate(cands) if i not in drop and not c.extras.get("writers_remark")]
    for c in sorted(kept, key=lambda c: (c.start, -c.confidence)):
        key = tuple(c.content)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    for c in out:
        c.extras.pop("channel", None)
        _finish(ix, c)
    return out


def _drop_inner_stances(cands: list[Cand], cover: Cover, drop: set[int]) -> None:
    """ "X said he believes ...": the inner stance of the same speaker adds nothing."""
    for i, inner in enumerate(cands):
        st = inner.source_tok
        if inner.cue is None or st is None or st.tag_ != "PRP" or inner.quotes:
            continue
        for j in cover.at(inner.cue[0]):
            if (
                i != j
                and j not in drop
                and within(inner.cue[0], cands[j].content)
                and within(st.idx, cands[j].content)
            ):
                drop.add(i)
                break


def _drop_speaker_descriptions(cands: list[Cand], sources: Cover, drop: set[int]) -> None:
    """ "One volunteer, who did not want to be named, said ...": a cue inside another
    attribution's source describes the speaker."""
    for i, inner in enumerate(cands):
        if inner.cue is None or i in drop or _relative_reports_clause(inner):
            continue
        for j in sources.at(inner.cue[0]):
            src = cands[j].source
            if i != j and src and src[0] <= inner.cue[0] < src[1]:
                drop.add(i)
                break


def _relative_reports_clause(cand: Cand) -> bool:
    """'…, said Mr. Vell, who said he had never voted': a relative clause set off by a
    comma on the speaker that reports a clause of its own is a second attribution, not a
    description (unlike "One volunteer, who did not want to be named, said …"; and
    "a farmer who said he would stay" names which farmer)."""
    verb, st = cand.cue_tok, cand.source_tok
    return (
        verb is not None
        and st is not None
        and verb.dep_ == "relcl"
        and st.tag_ in ("WP", "WDT")
        and st.i > 0
        and st.doc[st.i - 1].text == ","
        and st.head.i == verb.i
        and lx.is_speech_verb(verb.lower_)
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    )


def _drop_reported_inside(ix: DocIndex, cands: list[Cand], cover: Cover, drop: set[int]) -> None:
    """ "Trump said that Clinton once described X as ...": the inner claim is what the outer
    speaker says; pinning it on Clinton would misattribute it. Channels ("according to
    the agency, X said") were already turned into intermediaries by channels(); one kept
    beside the quotation it passes on ("channel") keeps what is inside it."""
    for i, inner in enumerate(cands):
        if inner.cue is None or i in drop or _names_what_relative(ix, inner):
            continue
        for j in cover.at(inner.cue[0]):
            if (
                i != j
                and j not in drop
                and not cands[j].extras.get("channel")
                and within(inner.cue[0], cands[j].content)
            ):
                drop.add(i)
                break


def _names_what_relative(ix: DocIndex, cand: Cand) -> bool:
    """'backed a bill to curb the boards, which he called "a cartel for landlords"': a
    naming cue in a relative clause gives a quoted name of its own to what the relative
    pronoun stands for; the quoted words are its subject's, whoever reports the rest."""
    verb = cand.cue_tok
    if verb is None or cand.cue is None or cand.cue_lemma not in NAMING_CUES:
        return False
    if not any(ix.quotes[qi].start >= cand.cue[1] for qi in cand.quotes):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)


def _finish(ix: DocIndex, c: Cand) -> None:
    _cut_circumstance(ix, c)
    _cut_after_name_given(ix, c)
    _cut_colon_lead(ix, c)
    c.kind = _kind(ix, c)
    if c.kind == "direct" and not c.inherited:
        c.confidence = max(c.confidence, conf.DIRECT_QUOTE)


def _cut_colon_lead(ix: DocIndex, cand: Cand) -> None:
    """'Sen. McCaskill scolded him: "…," she said': the words before a colon that opens
    the quotation introduce it; they are not part of what was said."""
    if not cand.quotes or cand.extras.get("label_line"):
        return
    s, e = cand.content[0]
    q = ix.quotes[min(cand.quotes, key=lambda qi: ix.quotes[qi].start)]
    if not s < q.start < e:
        return
    lead = ix.text[s : q.start].rstrip()
    if cand.cue is not None and cand.cue[1] <= s and _reported_lead(ix, s, q.start):
        return  # 'He adds that voters have two choices: "…"': the lead is reported too
    if lead.endswith(":"):
        cand.content[0] = (q.start, e)


def _reported_lead(ix: DocIndex, start: int, end: int) -> bool:
    """Whether the words from start to a colon before a quotation are a reported clause
    of their own (a verb with its subject) that introduces no other speaker."""
    span = ix.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    speech = any(lx.is_speech_verb(t.lower_) for t in span)
    clause = any(t.dep_ == "nsubj" and t.head.i < span.end for t in span)
    return clause and not speech


def _cut_circumstance(ix: DocIndex, cand: Cand) -> None:
    """'called the law a "crazy system" during a stop in Flint', '"…," when Clinton …':
    after the last quotation, a time or a circumstance clause is the writer's, not the
    source's."""
    if cand.extras.get("label_line") or not cand.content:
        return
    s, e = cand.content[-1]
    qi = ix.quote_at(e - 1)
    if qi >= 0 and ix.quotes[qi].end >= e:
        return  # the content ends with the quotation
    text = ix.text
    for pos in range(e - 1, s, -1):
        if text[pos] not in "”\"»’'":
            continue
        qi = ix.quote_at(pos)
        if qi < 0 or ix.quotes[qi].end != pos + 1:
            continue
        rest = text[pos + 1 : e]
        lead = len(rest) - len(rest.lstrip(" ,"))
        span = ix.doc.char_span(pos + 1 + lead, e, alignment_mode="expand")
        if span is None or not len(span):
            return
        first = span[0]
        if _WHEN_IT_COMES_TO.match(text, first.idx):
            return  # '"a big gap between the firms," when it comes to hiring': the topic
        if (
            (first.lower_ in _CIRCUMSTANCE and not _in_reported_clause(ix, cand, first))
            or first.ent_type_ in ("DATE", "TIME")
            or ("," in (rest[:1], text[pos - 1]) and _writers_aside(first))
        ):
            cand.content[-1] = (s, pos + 1)
        return


_WHEN_IT_COMES_TO = re.compile(r"when it comes to\b", re.IGNORECASE)


def _in_reported_clause(ix: DocIndex, cand: Cand, first: Token) -> bool:
    """'said the count would take "more hours" before the results are in': the quotation
    ends inside a reported clause begun before it, and the time clause hangs on a verb of
    that clause, not on the cue: it is part of what was said. One after a whole quotation
    ('"We'll see," when asked') or on the cue is the writer's."""
    if cand.cue_tok is None or cand.cue_lemma.partition(" ")[0] in NAMING_CUES:
        return False
    if first.lower_ in ("when", "whenever"):
        return False  # '… when I posted the story': mostly the occasion of saying it
    s, e = cand.content[0][0], cand.content[-1][1]
    if ix.quote_at(s) >= 0:
        return False
    gov = first.head if first.dep_ == "prep" else first.head.head
    if gov.i == cand.cue_tok.i or gov.i > first.i or not gov.tag_.startswith(("VB", "MD")):
        return False  # (on a noun, 'as a "crazy system" during a stop', a misreading)
    return s <= gov.idx < e


# 'in a tweet', 'on his radio show' (not 'over her comments': a reason)
_WHERE_PREPS = frozenset("in on at during via through".split())
_CALLED_FOR = re.compile(r"\b(?:for|on|upon)\s*$")


def _cut_after_name_given(ix: DocIndex, cand: Cand) -> None:
    """'called the tax "a disaster" in a radio interview on Monday', 'called Baker a
    "fraud," a sharp jab at …', 'called the deal "a mistake" and ranked …': after the
    quoted words a naming cue gives (call, describe, label, brand, dub), an aside after a
    comma, a verb joined by "and" and a phrase of where or when it was said are the
    writer's ('called him "a champion" for the workers' goes on)."""
    if cand.cue_lemma not in NAMING_CUES or not cand.quotes or not cand.content or not cand.cue:
        return
    text = ix.text
    if _CALLED_FOR.search(text, cand.cue[1], max(cand.cue[1], cand.content[0][0])):
        return  # 'called for "a total ban" on imports': a demand, not a name
    s, e = cand.content[-1]
    ends = [q.end for q in (ix.quotes[qi] for qi in cand.quotes) if s < q.end < e]
    if not ends:
        return
    end = max(ends)
    span = ix.doc.char_span(end, e, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    if not words:
        return
    first = words[0]
    comma = "," in text[end - 2 : first.idx]
    joined_verb = first.tag_ == "CC" and len(words) > 1 and words[1].tag_ in ("VBD", "VBZ")
    pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
    where_when = (
        first.tag_ == "IN"
        and pobj is not None
        and (pobj.ent_type_ in TIME_ENTS or (first.lower_ in _WHERE_PREPS and medium_noun(pobj)))
    )
    if comma or joined_verb or where_when:
        cand.content[-1] = (s, end)


# what opens the writer's aside after a quotation and a comma: '"…," though …', and a
# participle of saying (sources.aside_participle)
_ASIDE_OPENERS = frozenset("though although whereas".split())


def _writers_aside(first: Token) -> bool:
    return first.lower_ in _ASIDE_OPENERS or aside_participle(first)


def _kind(ix: DocIndex, cand: Cand) -> str:
    """Direct when quotations make up nine tenths of the content's characters (white space
    aside), mixed when less, indirect without a quotation."""
    if not cand.quotes:
        return "indirect"
    text = ix.text
    total = sum(1 for s, e in cand.content for i in range(s, e) if not text[i].isspace())
    quoted = 0
    for qi in cand.quotes:
        for s, e in ix.quotes[qi].pieces:
            for ps, pe in cand.content:
                lo, hi = max(s, ps), min(e, pe)
                if hi > lo:
                    quoted += sum(1 for ch in text[lo:hi] if not ch.isspace())
    return "direct" if quoted >= 0.9 * total else "mixed"
