"""The writer's evidentials: 'The senator seems tired of the race', 'The bill is expected to
pass': a verb of seeming or a passive of expecting over a subject and its complement. The
subject with its complement is what is held; the holder is left unnamed (PolNeAR gives these
no source), unless the complement is itself a cue or a stance word, whose own rule names it.
Also names given by no one named: 'the contests known as “Super Tuesday”'."""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon as lx
from ..types import Span
from . import confidence as conf
from .boundaries import in_paragraph, one_sentence
from .candidates import Cand, Findings, merge_close
from .index import DocIndex
from .sources import cue_span, finite_acl

# the complements that carry what seems: "seems to be", "appeared paralyzed", "looks unlikely";
# and a noun after "like": "The levy seemed like an odd choice" (the "like" phrase is the
# gold complement 6 of 8 times in polnear-train, 1 of 1 in polnear-dev)
_COMPLEMENT_DEPS = ("xcomp", "acomp", "oprd")


def evidential(ix: DocIndex, found: Findings, verb: Token, lemma: str) -> None:
    """'Voters appear ready for a change', 'The sale is expected to close in May': the
    subject and its complement, no source."""
    if verb.dep_ == "aux" and verb.head.tag_ in ("VBN", "JJ") and verb.head.i > verb.i:
        # "The mayor seemed rattled by the attacks": the parser made the complement the verb
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        own_cue = _complement_has_own_cue(verb.head)
        if subj is not None and subj.i < verb.i and subj.lower_ != "it" and not own_cue:
            complement = ix.subtree_span(verb.head, exclude={verb.i, *(t.i for t in subj.subtree)})
            _add(ix, found, verb, lemma, subj, ix.subtree_span(subj) + complement)
        return
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj" and verb.head.i < verb.i:
        # "The mayor held a lead and appeared poised to win": the first verb's subject
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ == "it":
        _it_seems(ix, found, verb, lemma)
        return
    comp = next(
        (
            c
            for c in verb.rights
            if c.dep_ in _COMPLEMENT_DEPS
            or (c.dep_ == "prep" and c.lower_ == "like")
            # "The hearing seemed a formality": a noun after "seem" is what it seemed
            or (c.dep_ == "dobj" and lemma == "seem")
        ),
        None,
    )
    if subj is None or comp is None or ix.quote_of[subj.i] >= 0:
        return
    if subj.lower_ in ("there", "this", "that", "what"):
        return
    if _complement_has_own_cue(comp) and lemma not in lx.EVIDENTIAL_PASSIVES:
        # (a passive's complement cue is not read on its own: "The leaders were expected
        # to discuss the deal" is the writer's expectation, with no source)
        return
    _add(ix, found, verb, lemma, subj, ix.subtree_span(subj) + ix.subtree_span(comp))


def hearsay(ix: DocIndex, found: Findings, adv: Token) -> None:
    """'The guild is reportedly hiring forty pilots', 'Reportedly, he made threats':
    the clause the adverb qualifies, held by no one named; not when the verb is a cue of its
    own ("reportedly said": the cue's rule)."""
    verb = adv.head
    if adv.dep_ != "advmod" or not verb.tag_.startswith(("VB", "MD")):
        return
    if lx.FORM_TO_LEMMA.get(verb.lower_) in lx.CUE_LEMMAS:
        return
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or ix.quote_of[verb.i] >= 0:
        return
    skip = {adv.i} if adv.i < subj.i else set()
    for c in verb.subtree:
        if (
            c.dep_ == "advcl"
            and c.i > verb.i
            and c.left_edge.lower_ in _CIRCUMSTANCE_MARKS
            and all(t.is_punct for t in ix.doc[c.right_edge.i + 1 : verb.right_edge.i + 1])
        ):
            skip.update(t.i for t in c.subtree)  # "… as it wraps up its audit"
    _add(ix, found, adv, adv.lower_, None, ix.subtree_span(verb, skip))


# what opens the writer's circumstance after the clause, not more of the hearsay
_CIRCUMSTANCE_MARKS = frozenset("as while when after before since because".split())


def known_for(ix: DocIndex, found: Findings, verb: Token) -> bool:
    """'The judge is known for her liberal views', 'The senator is known as a fierce
    critic of the bank': the reputation, held by no one named; the one known and what
    for, without the preposition."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in ("as", "for")), None)
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep else None
    if patient is None or pobj is None or ix.quote_of[patient.i] >= 0:
        return False
    if patient.tag_ == "EX" or patient.lower_ in ("it", "this", "what"):
        return False  # ("what has become known as the X rule": the writer naming a thing)
    if patient.lower_ == "that" and patient.tag_ != "WDT":
        return False  # ("that is known for …": a demonstrative, not the relative pronoun)
    _add(ix, found, verb, "know", patient, ix.subtree_span(patient) + ix.subtree_span(pobj))
    return True


def _it_seems(ix: DocIndex, found: Findings, verb: Token, lemma: str) -> None:
    """'It appears (that) he has little chance', 'it seems like no one is spared': the
    clause after the verb."""
    clause = next(
        (
            c
            for c in verb.rights
            if c.dep_ in ("ccomp", "advcl")
            and c.left_edge.i <= verb.i + 2
            and c.tag_[:2] in ("VB", "MD")
        ),
        None,
    )
    if clause is not None and ix.quote_of[clause.i] < 0:
        _add(ix, found, verb, lemma, None, ix.subtree_span(clause))


def _add(
    ix: DocIndex, found: Findings, verb: Token, lemma: str, subj: Token | None, pieces: list[Span]
) -> None:
    """An attribution with no source over the pieces, inside the cue's sentence."""
    pieces = in_paragraph(ix.text, verb.idx, pieces)
    if not pieces:
        return
    pieces = one_sentence(ix, merge_close(ix.text, pieces), verb.idx)
    if not pieces or sum(e - s for s, e in pieces) < 3:
        return
    cue, _ = cue_span(ix, verb, subj)
    found.cands.append(
        Cand(content=pieces, cue=cue, cue_lemma=lemma, cue_tok=verb, confidence=conf.WEAK_CUE)
    )


def _complement_has_own_cue(comp: Token) -> bool:
    """'Obama seemed to recognize the stakes', 'She seems convinced that …': the cue or
    stance word in the complement names the holder itself; not an adjective before an
    infinitive ("seemed certain to leave": the writer's reading of what will happen)."""
    low = comp.lower_
    if comp.tag_.startswith("JJ"):
        return low in lx.STANCE_ADJECTIVES and not any(c.dep_ == "xcomp" for c in comp.children)
    return comp.tag_.startswith("VB") and lx.FORM_TO_LEMMA.get(low) in lx.CUE_LEMMAS


def asked_unnamed(ix: DocIndex, found: Findings, verb: Token) -> None:
    """'Asked whether he would run, Smith laughed', 'She was asked to leave': the question
    put to the subject; the asker is the agent ("was asked by a caller") or no one named."""
    comp = next(
        (c for c in verb.rights if c.dep_ in ("ccomp", "xcomp") or _question_object(c)), None
    )
    if comp is None:
        return
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    asker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    pieces = one_sentence(ix, ix.subtree_span(comp), verb.idx)
    if not pieces or sum(e - s for s, e in pieces) < 3:
        return
    cue, _ = cue_span(ix, verb, None)
    source = None
    if asker is not None:
        source = ix.tokspan(asker.left_edge.i, asker.right_edge.i, keep_marks=False)
    found.cands.append(
        Cand(
            content=pieces,
            cue=cue,
            cue_lemma="ask",
            cue_tok=verb,
            source=source,
            source_tok=asker if source else None,
            confidence=conf.WEAK_CUE,
        )
    )


def _question_object(c: Token) -> bool:
    """ "was asked the question", "was asked about the leak"."""
    return c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "about")


# participles that give a thing its name: "the contests known as Super Tuesday", "a site
# called X", "what is called a debate", "will be dubbed the Y"
NAMING_LEMMAS = frozenset("call know dub label brand".split())
_NAME_DEPS = ("oprd", "dobj", "attr", "xcomp")


def named_unnamed(ix: DocIndex, found: Findings, verb: Token, lemma: str) -> bool:
    """'The string of contests known as Super Tuesday', 'what is called a "debate"': a
    name given to a thing by no one named; the thing and its name are what is held (PolNeAR
    gives these no source). Whether it took the verb."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False
    name = _given_name(verb, lemma)
    if name is None:
        return False
    if finite_acl(verb):
        return False  # "Trump called Clinton a liar" with the name parsed as the root
    if verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.tag_.startswith("NN"):
        noun = verb.head
        first = noun.left_edge.i
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i < noun.i:
            first = noun.head.head.left_edge.i  # "the string of contests known as …"
        named = ix.tokspan(first, verb.i - 1)
        cue_first = verb.i
    else:
        noun = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if noun is None or noun.i > verb.i or not any(c.dep_ == "auxpass" for c in verb.lefts):
            return False
        named = ix.tokspan(noun.left_edge.i, noun.right_edge.i)
        cue_first = min([verb.i] + [c.i for c in verb.lefts if c.dep_ in ("aux", "auxpass")])
    pieces = [p for p in (named, *ix.subtree_span(name)) if p is not None]
    if named is None or any(ix.quote_of[t] >= 0 for t in (noun.i, verb.i)):
        return False
    if noun.ent_type_ in ("PERSON", "ORG") or noun.tag_ in ("PRP", "WP", "NNP", "NNPS"):
        return False  # "Ruiz, speaking on the radio, called him a …": a speaker misparsed
    if ix.doc[verb.i - 1].lower_ in ("so", "-") or any(t.lower_ == "by" for t in name.subtree):
        return False  # "so-called", "called X by Y": a named caller
    if not any(ix.quote_of[t.i] >= 0 for t in name.subtree):
        return False  # "a company called Acme": a plain name, no one's words
    pieces = one_sentence(ix, in_paragraph(ix.text, verb.idx, pieces), verb.idx)
    if len(pieces) < 2:
        return False
    last = name if name.dep_ != "prep" else verb
    cue = (ix.doc[cue_first].idx, last.idx + len(last) if last is verb else verb.idx + len(verb))
    found.cands.append(
        Cand(content=pieces, cue=cue, cue_lemma=lemma, cue_tok=verb, confidence=conf.WEAK_CUE)
    )
    return True


def _given_name(verb: Token, lemma: str) -> Token | None:
    """The name a naming participle gives: its "as" object ("known as X") or its object
    predicate ("called X")."""
    for c in verb.rights:
        if c.dep_ == "prep" and c.lower_ == "as" and any(x.dep_ == "pobj" for x in c.children):
            return next(x for x in c.children if x.dep_ == "pobj")
        if lemma != "know" and c.dep_ in _NAME_DEPS and verb.i < c.left_edge.i <= verb.i + 2:
            return c
    return None
