"""Attribution rules over one parsed document, one module per family of rules.

Two sources of evidence meet here:
- reporting cues found in the dependency parse (a cue verb, its subject as the source, its
  clausal complement or object as the content; "according to X"), and
- quotations paired at the character level (quotes.py), which are attached to the cue whose
  clause they fill, sit next to ("…," he said / he said: "…"), or continue (split quotes).
Speaker resolution is done afterwards by the coref package.

    index.py            DocIndex: quotations, cue and complement positions, sentence starts
    candidates.py       Cand, span arithmetic, Findings (the state rules share)
    confidence.py       the confidence of each rule
    sources.py          subjects, who can hold views, source and cue spans
    content.py          content heads: what a cue governs, and their characters
    boundaries.py       exclusions from content; paragraph, sentence and dash cuts
    cue_verbs.py        cue verbs, passives, clause verbs, interrupting cues
    according.py        "according to", "as X put it", intermediaries, channels
    stances.py          stance adjectives and nouns, polls
    labels.py           speaker labels, signed lines and signatures, headlines
    quote_attachment.py attaching quotations to cues and speakers (five steps)
    quoted_phrases.py   quoted objects, owned quotations, quotations after a colon
    dedupe.py           nesting, duplicates, final cuts, kind

The rules run in the order of STEPS, each reading what the ones before found (Findings),
then dedupe() picks what to report.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .. import lexicon as lx
from .according import according, as_put_it, channels
from .candidates import Cand, Findings
from .cue_verbs import (
    clause_verbs,
    closing_cues,
    cue_verb,
    name_then_tagged_cue,
    noun_tagged_cue,
)
from .dedupe import dedupe
from .index import DocIndex
from .labels import label_lines
from .quote_attachment import attach_quotes
from .stances import (
    feeling_caused,
    holder_noun,
    in_poll,
    in_view_of,
    stance_adjective,
    stance_noun,
    view_before_copula,
)
from .unnamed import hearsay

__all__ = ["STEPS", "Cand", "DocIndex", "find_candidates"]

Rule = Callable[[DocIndex, Findings, Token], None]


def _tagged_cue(ix: DocIndex, found: Findings, tok: Token) -> None:
    """A cue word by its tag: a stance adjective, a stance noun, a speech verb the tagger
    took for a noun, or a cue verb (with its particle: "pointed out")."""
    low, tag = tok.lower_, tok.tag_
    if tag.startswith("JJ") or (tag == "VBN" and _participle_stance(tok)):
        # "is convinced that …": the tagger takes some stance adjectives for participles
        if low in lx.STANCE_ADJECTIVES:
            stance_adjective(ix, found, tok)
        return
    lemma = lx.FORM_TO_LEMMA.get(low)
    if tag in ("NN", "NNS"):
        if low in lx.VIEW_NOUNS and view_before_copula(ix, found, tok):
            return
        if low in lx.STANCE_NOUNS:
            stance_noun(ix, found, tok)
        elif low in lx.HOLDER_NOUNS:
            holder_noun(ix, found, tok)
        elif lemma in lx.SPEECH_VERBS:
            noun_tagged_cue(ix, found, tok, lemma)
        if lemma in lx.CUE_LEMMAS:
            name_then_tagged_cue(ix, found, tok, lemma)
        if lemma in lx.CUE_LEMMAS and _noun_heading_a_clause(tok):
            cue_verb(ix, found, tok, lemma)
        return
    if lemma is None or not (tag.startswith("VB") or _verb_tagged_a_particle(tok)):
        return
    particle = lx.PARTICLE_CUES.get(lemma)
    if particle and not any(
        c.dep_ in ("prt", "prep") and c.lower_ in particle for c in tok.children
    ):
        return
    cue_verb(ix, found, tok, lemma)


def _noun_heading_a_clause(tok: Token) -> bool:
    """ "Many farmers in the valley support the bill": a cue verb the tagger took for a
    noun, which the parser still made the sentence's head, with a subject and an object."""
    deps = {c.dep_ for c in tok.children}
    return tok.dep_ == "ROOT" and "nsubj" in deps and bool(deps & {"dobj", "ccomp"})


def _verb_tagged_a_particle(tok: Token) -> bool:
    """ "Most voters back the plan": the tagger reads "back" as a particle, the parser as the
    clause's verb, with its subject and object."""
    deps = {c.dep_ for c in tok.children}
    return tok.tag_ in ("RP", "RB", "IN") and "nsubj" in deps and bool(deps & {"dobj", "ccomp"})


def _participle_stance(tok: Token) -> bool:
    """'The treasurer is convinced that …' read as a participle (after a copula, or as a
    passive with no agent): the stance adjective it is."""
    if tok.lower_ not in lx.STANCE_ADJECTIVES:
        return False
    if tok.dep_ == "acomp":
        return True
    deps = {c.dep_ for c in tok.children}
    return "auxpass" in deps and "agent" not in deps


# the cue words whose rule does not depend on their tag; every other cue word goes by its
# tag to _tagged_cue
WORD_RULES: dict[str, Rule] = {
    "according": according,
    "put": as_put_it,
    "puts": as_put_it,
    **dict.fromkeys(lx.POLL_NOUNS, in_poll),
    **dict.fromkeys(lx.HEARSAY_ADVERBS, hearsay),
    **dict.fromkeys(lx.FEELING_CAUSE_FORMS, feeling_caused),
    "to": in_view_of,
}


def cue_words(ix: DocIndex, found: Findings) -> None:
    """Every cue word outside quotations and boilerplate, in the order of the text, to
    its rule."""
    doc = ix.doc
    quote_of = ix.quote_of
    for i in ix.cue_positions:
        tok = doc[i]
        if quote_of[i] >= 0 or ix.in_boiler(tok.idx):
            continue
        WORD_RULES.get(tok.lower_, _tagged_cue)(ix, found, tok)


# the families, in the order they run: later steps read what earlier ones found (the
# quotation steps attach quotations to the cues found before them; channels nest them)
STEPS: tuple[Callable[[DocIndex, Findings], None], ...] = (
    cue_words,  # cue verbs, "according to", "as X put it", stance words, polls
    clause_verbs,  # verbs outside the lexicon over a that-clause
    closing_cues,  # "…, the harbour master said.", "…, records show.": a closing cue the parse lost
    label_lines,  # speaker labels, headlines, signed lines
    attach_quotes,  # quotations to the cues beside them, continued and floating quotes
    channels,  # "According to X, Y said Z": X becomes Y's intermediary
)


def find_candidates(ix: DocIndex) -> list[Cand]:
    """The attributions of one document, before speaker resolution."""
    found = Findings()
    for step in STEPS:
        step(ix, found)
    return dedupe(ix, found)
