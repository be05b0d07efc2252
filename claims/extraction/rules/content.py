"""What was said: the content heads a cue governs ("said that …", "urged X to …", "called
X a …", "accused X of …", "called for …") and the characters of their subtrees."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Token

from .. import lexicon as lx
from ..types import Span
from .candidates import Findings
from .index import DocIndex
from .sources import SUBJ_DEPS, finite_acl, holds_own_cue, stranded_subject

TIME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "GPE", "LOC", "FAC"})
# the cues whose object takes its own complement: "called X a Y", "labelled X Y"
NAMING_CUES = ("call", "describe", "label", "brand", "dub")
_REFLEXIVES = frozenset("themselves himself herself itself ourselves myself yourself".split())
# relative pronouns that stand for a noun before them ("what" stands for no noun: its clause
# is a name of its own, "what he called a \"brazen breach\"")
RELATIVE_PRONOUNS = frozenset("which who whom that".split())
# the cues whose object may be a gerund clause: "suggested rallying the allies"
_GERUND_CUES = (lx.DOBJ_CUES | lx.CLAUSE_CUES) - {"continue", "say", "tell"}
# and a verb of weighing, weak alone but a view with a gerund: "the city is considering
# fining the marchers" (where no rule took it, the gerund is the gold content 5 of 7 times
# in polnear-train; 4 found for 1 false, none changed in polnear-dev)
GERUND_ONLY_CUES = frozenset(["consider"])
_GERUND_CUES = _GERUND_CUES | GERUND_ONLY_CUES
# the cues whose content is a "for"/"on" phrase right after them: "called for", "pushed for"
_FOR_CUES = ("call", "push", "argue", "ask", "press", "plead")
# the prepositions whose object alone is content: "criticism of X", "referred to X"
_CONTENT_PREPS = lx.CONTENT_PREPS | frozenset(lx.PREP_PAIR_CUES.values())
# what follows a finding verb and belongs to the finding: "shows Clinton ahead by five"
_FINDING_DEPS = ("dobj", "ccomp", "xcomp", "oprd", "prep", "advmod", "dative", "npadvmod")
# the objects and complements of a clause's verb
_OBJECT_DEPS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"})


class _Complements(NamedTuple):
    """The cue verb's children that may hold what was said."""

    children: list[Token]
    ccomp: Token | None
    xcomp: Token | None
    dobj: Token | None
    extra: list[Token]  # "as", "to" phrases and object predicates


# ---- content heads ----------------------------------------------------------------------------
def content_heads(ix: DocIndex, verb: Token, lemma: str) -> list[Token]:
    """The tokens whose subtrees hold what the cue verb reports, in the order of the text."""
    comp = _complements(verb)
    ccomp, xcomp, dobj = comp.ccomp, comp.xcomp, comp.dobj
    framed = _fixed_frame_heads(ix, verb, lemma, dobj)
    if framed is not None:
        return framed
    if xcomp is not None and ccomp is None and xcomp.i > verb.i and lemma in lx.OBJECT_XCOMP_CUES:
        # "urged residents to stay", "called on Trump to stop", "called for X to wear"
        obj = dobj if dobj is not None else _object_of_prep(verb)
        if obj is not None and obj.i < xcomp.i:
            return [obj, xcomp]
    if ccomp is not None and "\n" in ix.text[min(ccomp.idx, verb.idx) : max(ccomp.idx, verb.idx)]:
        ccomp = None  # "He added:" + a quotation in the next paragraph: adjacency decides
    if ccomp is not None:
        return _clause_heads(ix, verb, lemma, ccomp, comp)
    if xcomp is not None and lemma in lx.CLAUSE_CUES and _gerund_subject_clause(verb, xcomp):
        return [xcomp]
    if (
        xcomp is not None
        and lemma in lx.XCOMP_CUES
        and xcomp.i > verb.i
        and (xcomp.tag_ == "VB" or any(c.lower_ == "to" for c in xcomp.children))
    ):
        return [xcomp]
    if (
        xcomp is not None
        and xcomp.tag_ == "VBG"
        and lemma in _GERUND_CUES
        and xcomp.left_edge.i == verb.i + 1
    ):
        return [xcomp]  # "proposed enforcing a no-fly zone", "admitted taking the money"
    if dobj is not None and lemma in lx.AS_CUES and dobj.i > verb.i:
        return _as_heads(verb, dobj)
    if (
        dobj is not None
        and lemma in lx.DOBJ_CUES
        and dobj.i > verb.i
        # "reiterated familiar positions" names the speech act, but "condemned the mayor's
        # remarks" judges them: only a verb of saying leaves a bare speech-act object out
        and not (
            dobj.lower_ in lx.SPEECH_ACT_NOUNS
            and not any(True for _ in dobj.rights)
            and lemma in lx.SPEECH_VERBS
        )
        and not (lemma in lx.OBJECT_ONLY_CUES and _not_a_view(verb, dobj))
        and not (lemma == "challenge" and _rival_challenged(verb, dobj))
        and not (lemma == "celebrate" and _occasion_celebrated(ix, verb, dobj))
    ):
        # ("expressed concern that …" is the stance noun's: its clause is the content)
        return _object_heads(ix, verb, lemma, dobj, comp.extra)
    if (
        dobj is not None
        and lemma in NAMING_CUES
        and dobj.i < verb.i
        and (dobj.lower_ in RELATIVE_PRONOUNS or dobj.lower_ == "what")
    ):
        # 'the boards, which he called "a cartel"', 'whom she described as "calm"': the
        # relative pronoun stands for what is named, the name follows the cue; 'what
        # former staff called a "sham"': "what" stands for no noun, the name alone is said
        named = [c for c in comp.extra if c.i > verb.i]
        if named:
            return named if dobj.lower_ == "what" else [dobj, *named]
    return _prep_heads(verb, lemma) or _answer(verb, lemma)


def _fixed_frame_heads(
    ix: DocIndex, verb: Token, lemma: str, dobj: Token | None
) -> list[Token] | None:
    """The content of a cue in a frame that decides it whatever else the verb governs: a
    charge ("accused X of Y"), a cue with its preposition ("pointed to X", which may give
    nothing), a reflexive ("describe themselves as X"); None when no frame applies."""
    if lemma in lx.CHARGE_CUES:
        charge = _charge(verb, lemma)
        if charge is not None:
            return _charged(verb, charge)
    pair = lx.PREP_PAIR_CUES.get(lemma)
    if pair and any(c.dep_ == "prep" and c.lower_ == pair for c in verb.children):
        return _prep_heads(verb, lemma)  # "pointed to X": the phrase, whatever follows it
    return _self_description(ix, verb, dobj) or None


def _self_description(ix: DocIndex, verb: Token, dobj: Token | None) -> list[Token]:
    """ "53% describe themselves as liberal", "call themselves conservative on race": the
    reflexive goes with the cue, what they call themselves is the content."""
    if dobj is None or dobj.lower_ not in _REFLEXIVES or dobj.i != verb.i + 1:
        return []
    named = [
        c
        for c in verb.rights
        if c.i > dobj.i
        and (c.dep_ in ("oprd", "xcomp", "acomp") or (c.dep_ == "prep" and c.lower_ == "as"))
    ]
    if not named:
        return []
    end = max(c.right_edge.i for c in named)
    return sorted([*named, *phrases_after(ix, verb, end, ("prep",))], key=lambda t: t.i)


def _gerund_subject_clause(verb: Token, xcomp: Token) -> bool:
    """'He said legalizing it could put thousands to work': the parser reads the gerund
    that opens the reported clause as the cue's complement and the rest as the gerund's
    clause; the whole is what was said."""
    return (
        xcomp.tag_ == "VBG"
        and xcomp.left_edge.i == verb.i + 1
        and any(
            c.dep_ == "ccomp" and c.i > xcomp.i and c.tag_ in ("MD", "VBZ", "VBD", "VBP", "VB")
            for c in xcomp.children
        )
    )


def _not_a_view(verb: Token, dobj: Token) -> bool:
    """ "expressed concern that …" is the stance noun's (its clause is the content);
    "offered Kasich the job", "offered him a seat": a gift to someone, not a view."""
    return (
        dobj.lower_ in lx.STANCE_NOUNS
        or dobj.ent_type_ == "PERSON"
        or dobj.tag_ == "PRP"
        or any(c.dep_ == "dative" for c in verb.children)
    )


_PERSONAL_OBJECTS = frozenset("him her them me us".split())


def _rival_challenged(verb: Token, dobj: Token) -> bool:
    """'Dunn, who is challenging Ana Ruiz in the primary', 'any chance for Hale to challenge
    her': a person challenged, and nothing they are challenged to, is a rival in a race, no
    view (polnear-train annotates about 1 in 5 of these); 'challenged him to a debate' is
    a dare, and stays."""
    if not (dobj.ent_type_ == "PERSON" or dobj.lower_ in _PERSONAL_OBJECTS):
        return False
    return not any(
        (c.dep_ == "prep" and c.lower_ == "to") or c.dep_ == "xcomp" for c in verb.children
    )


def _occasion_celebrated(ix: DocIndex, verb: Token, dobj: Token) -> bool:
    """'Rosa Lind celebrated her 70th birthday', 'crowds celebrating the harvest festival':
    an occasion kept, no view (polnear-train annotates about 1 in 6 of these); what is
    celebrated "as" something ('celebrated the ruling as a victory') or in quotation marks
    is a judgement, and stays."""
    if any(ix.quote_of[t.i] >= 0 for t in dobj.subtree):
        return False
    # (the parser may hang the "as" on a verb inside the object: "the decision not to
    # charge her as a victory")
    return not any(t.dep_ == "prep" and t.lower_ == "as" and t.i > verb.i for t in verb.subtree)


def _answer(verb: Token, lemma: str) -> list[Token]:
    """ "46 percent said yes", "she answered no": the one-word answer."""
    if lemma not in ("say", "answer", "reply"):
        return []
    return [c for c in verb.rights if c.dep_ == "intj" and c.lower_ in ("yes", "no")][:1]


def _charge(verb: Token, lemma: str) -> Token | None:
    """ "accused the mayor of lying": what is charged is the "of" phrase ("accused X of Y"),
    also with "of" parsed onto the object."""
    holders = [verb] + [c for c in verb.rights if c.dep_ == "dobj"]
    prep = next(
        (
            c
            for h in holders
            for c in h.rights
            if c.dep_ == "prep" and c.lower_ == lx.CHARGE_CUES[lemma]
        ),
        None,
    )
    if prep is not None and any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return prep
    return None


def _charged(verb: Token, charge: Token) -> list[Token]:
    """ "The union accused the company of breaking the deal": the one charged goes with the
    charge ("the company of breaking the deal"), as these annotations mark it; with no
    object after the cue (a passive, a relative pronoun) the charge alone."""
    dobj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if dobj is None or not dobj.i < charge.i:
        return [charge]
    return [dobj] if charge.head.i == dobj.i else [dobj, charge]


def _complements(verb: Token) -> _Complements:
    ccomp = xcomp = dobj = None
    extra: list[Token] = []
    children = list(verb.children)
    if finite_acl(verb):
        # what the parser hung on the subject after the verb is the verb's
        children += [c for c in verb.head.rights if c.i > verb.i]
    for c in children:
        dep = c.dep_
        if dep == "ccomp" and _main_clause_before(verb, c):
            continue
        if dep == "ccomp" and (
            ccomp is None or (ccomp.i < verb.i < c.i and c.left_edge.i - verb.i <= 3)
        ):
            ccomp = c  # a clause right after the cue wins over one before ("X, he said: Y")
        elif dep == "advcl" and ccomp is None and (_that_clause(verb, c) or _if_asked(verb, c)):
            ccomp = c  # "tweeted in the early hours that ...", parsed as an adverbial
        elif dep == "xcomp" and xcomp is None:
            xcomp = c
        elif dep == "dobj" and dobj is None:
            dobj = c
        elif dep in ("oprd",) or (dep == "prep" and c.lower_ in ("as", "to") and c.i > verb.i):
            extra.append(c)
    if ccomp is None:
        ccomp = next(
            (r for c in verb.rights if c.dep_ == "prep" for r in _that_clause_on_phrase(c)), None
        )
    return _Complements(children, ccomp, xcomp, dobj, extra)


def _main_clause_before(verb: Token, clause: Token) -> bool:
    """A clause before the cue that the parser hung on it, though the cue's own clause is set
    apart from it: by a colon ("On money the town leans careful: 41% call themselves
    savers") or by the conjunction that makes the cue's clause a subordinate one ("Ruiz is
    upbeat, in part because he sees Lee as a uniter"). The writer's, not what was said."""
    end = clause.right_edge.i
    if end >= verb.i:
        return False
    doc = verb.doc
    return doc[end + 1].text == ":" or any(
        c.dep_ == "mark" and end < c.i < verb.i for c in verb.children
    )


def _that_clause_on_phrase(prep: Token, depth: int = 0) -> Iterator[Token]:
    """ "predicted at the debate that the party will sweep", "said for the first time that
    the files were kept": the parser hangs the that-clause on the last noun of the phrase
    after the cue as a relative clause; one with a subject of its own, whose "that" is no
    pronoun in it (a conjunction, or an object beside another object), is the cue's
    clause."""
    for noun in prep.children:
        if noun.dep_ != "pobj":
            continue
        for c in noun.rights:
            that = c.left_edge
            # "said in a statement that …" also comes as a clause on the noun (acl)
            on_noun = c.dep_ == "relcl" or (c.dep_ == "acl" and prep.lower_ == "in")
            if on_noun and that.lower_ == "that" and that.i > noun.i:
                own = [x.dep_ for x in c.children if x.i != that.i]
                if any(d in ("nsubj", "nsubjpass") for d in own) and (
                    that.dep_ in ("mark", "advmod")
                    or (that.dep_ == "dobj" and any(d in _OBJECT_DEPS for d in own))
                ):
                    yield c
            elif c.dep_ == "prep" and depth < 2:
                yield from _that_clause_on_phrase(c, depth + 1)


def _if_asked(verb: Token, c: Token) -> bool:
    """ "asked the students if they were serious": the question asked, which the parser
    reads as a condition."""
    return (
        lx.FORM_TO_LEMMA.get(verb.lower_) in _ASKING
        and c.i > verb.i
        and c.left_edge.lower_ == "if"
        and c.left_edge.dep_ == "mark"
        and c.left_edge.i > verb.i
    )


_ASKING = frozenset("ask wonder inquire enquire".split())


def _that_clause(verb: Token, c: Token) -> bool:
    return (
        c.i > verb.i
        and c.left_edge.lower_ == "that"
        and c.left_edge.dep_ in ("mark", "advmod", "nsubj")
        and c.left_edge.i > verb.i
    )


def _object_of_prep(verb: Token) -> Token | None:
    """The object of "called on X", "called for X"."""
    prep = next(
        (c for c in verb.rights if c.dep_ == "prep" and c.lower_ in ("on", "for")),
        None,
    )
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None


def _clause_heads(
    ix: DocIndex, verb: Token, lemma: str, ccomp: Token, comp: _Complements
) -> list[Token]:
    """The heads of a cue with a clausal complement."""
    dobj = comp.dobj
    if ccomp.i > verb.i:
        before = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        if before is not None and ix.quote_of[before.i] >= 0 and ix.quote_of[ccomp.i] >= 0:
            gap = ix.quotes[ix.quote_of[ccomp.i]].start - (verb.idx + len(verb))
            if gap <= 40:
                return [before, ccomp]  # '"…," the captain said, "…"'
            # '"…," Varga said, proposing a few changes, including "…"': the second
            # quotation belongs to what comes between
            return [before]
    if lemma == "see" and ccomp.tag_ == "VB":
        return []  # "would see their taxes go up": a bare infinitive is seen, not believed
    if lemma in NAMING_CUES and dobj is not None:
        return [dobj, ccomp]
    if (
        dobj is not None
        and lemma in lx.DOBJ_CUES - lx.SPEECH_VERBS
        and verb.i < dobj.i < ccomp.left_edge.i == dobj.right_edge.i + 1
    ):
        return [dobj, ccomp]  # "cited remarks Trump had made": a reduced relative
    if lemma not in lx.WEAK_CUES and _object_is_subject(ix, verb, dobj, ccomp):
        return [dobj, ccomp]
    # 'said the days when the town had one paper are gone': a subject that names a time
    # was taken for an adverb of the cue
    time_noun = next((c for c in verb.rights if c.dep_ == "npadvmod" and c.i < ccomp.i), None)
    if (
        dobj is None
        and lemma not in lx.WEAK_CUES
        and _object_is_subject(ix, verb, time_noun, ccomp)
    ):
        return [time_noun, ccomp]
    heads = [ccomp]
    if ccomp.i > verb.i:
        # 'said Trump has "respect" for X and his comment was …': the parser split
        # one reported clause into two complements that touch
        for c in comp.children:
            if (
                c.dep_ == "ccomp"
                and c.i > heads[-1].i
                and c.left_edge.i == heads[-1].right_edge.i + 1
                and not _own_speaker_says(ix, c)
            ):
                heads.append(c)
        heads += _reason_after(ix, verb, heads[-1])
        heads += _second_that_clause(verb, heads[-1])
    return heads


# a verb joined to the object's phrase by "and" ("record—…—and promised"), glued or not
_JOINED = re.compile(r"\b(?:and|or|but)\W*$")


def _object_is_subject(ix: DocIndex, verb: Token, dobj: Token | None, ccomp: Token) -> bool:
    """'He argued the dock plan, which the council backs, "would not go ten feet"', 'said
    Lee, a harbour pilot, has not been tested': the parser took the clause's subject for
    the cue's object and left the clause after it without one. Only a finite clause ("would
    go", "goes") straight after the object's phrase, its quotation going on in lower case;
    an imperative ('told the crowd, "Go home"') has no subject to lose."""
    if dobj is None or not verb.i < dobj.i < ccomp.i:
        return False
    if any(c.dep_ in SUBJ_DEPS or c.dep_ == "expl" for c in ccomp.children):
        return False
    finite = ccomp.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP")
        for c in ccomp.children
    )
    if not finite:
        return False
    if _JOINED.search(ix.text, dobj.right_edge.idx, ccomp.left_edge.idx):
        return False  # 'touted his record and promised …': a second verb, not a clause
    gap = ix.doc[dobj.right_edge.i + 1 : ccomp.left_edge.i]
    return all(t.is_punct for t in gap) and (
        ix.quote_of[ccomp.left_edge.i] < 0 or ix.doc[ccomp.left_edge.i + 1].is_lower
    )


def _own_speaker_says(ix: DocIndex, clause: Token) -> bool:
    """'Most members said Orr is fair, and a third said much the same of Dunn': a verb of
    saying with a subject of its own after "and" (or one the parser made a conjunct in
    the first clause), which the parser hung on the first cue, is a second attribution,
    not more of the first (inside a quotation it is quoted)."""
    first = clause.left_edge.i
    if ix.quote_of[clause.i] >= 0 or not lx.is_speech_verb(clause.lower_):
        return False
    return (
        first > 0
        and clause.doc[first - 1].lower_ in ("and", "but")
        and any(c.dep_ == "nsubj" for c in clause.children)
    ) or stranded_subject(clause) is not None


def _second_that_clause(verb: Token, last: Token) -> list[Token]:
    """'Orr argued that the levy had failed, and that polls show he is second': a second
    that-clause joined to the first, which the parser hangs on the cue as a conjunct of the
    verb, is more of what was said."""
    end = last.right_edge.i
    return [
        c
        for c in verb.rights
        if c.dep_ == "conj"
        and c.i > end
        and c.tag_.startswith(("VB", "MD"))
        and c.left_edge.lower_ == "that"
        and c.left_edge.dep_ == "mark"
        and c.left_edge.head.i == c.i
    ][:1]


def _reason_after(ix: DocIndex, verb: Token, last: Token) -> list[Token]:
    """'The mayor said the bridge was closed because the cables had rusted': the parser
    hangs the "because" clause on the cue; the reason goes on with what was said."""
    for c in verb.rights:
        if c.i <= last.right_edge.i or c.is_punct:
            continue
        gap = ix.doc[last.right_edge.i + 1 : c.left_edge.i]
        if (
            c.dep_ == "advcl"
            and _because_clause(c)
            and all(t.is_punct and t.text not in (".", ";", ":") for t in gap)
            and not holds_own_cue(c)
        ):
            return [c]
        return []
    return []


def _because_clause(clause: Token) -> bool:
    """ "because …", also "in part because …", "especially because …"."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "because"), None)
    if mark is None:
        return clause.left_edge.lower_ == "because"
    return all(
        t.tag_ in ("RB", "IN", "NN")
        and t.lower_
        in ("especially", "partly", "largely", "in", "part", "mainly", "simply", "only", "just")
        for t in clause.doc[clause.left_edge.i : mark.i]
    )


def _as_heads(verb: Token, dobj: Token) -> list[Token]:
    """ "sees X as Y": the object with its "as" phrase, or nothing without one."""
    as_phrase = next(
        (
            c
            for c in list(dobj.rights) + list(verb.rights)
            if c.dep_ == "prep" and c.lower_ == "as" and c.i > dobj.i
        ),
        None,
    )
    if as_phrase is None:
        return []
    return [dobj] if as_phrase.head.i == dobj.i else [dobj, as_phrase]


def _object_heads(
    ix: DocIndex, verb: Token, lemma: str, dobj: Token, extra: list[Token]
) -> list[Token]:
    """The heads of a cue whose content is its object, with the object's complements."""
    if lemma in lx.CLAUSE_FIRST_CUES and dobj.lower_ in lx.EMPTY_OBJECTS:
        return []
    heads = [dobj, *_rest_of_word(ix, verb, dobj.right_edge.i)]
    if lemma in lx.OBJECT_ONLY_CUES or any(ix.quote_of[t.i] >= 0 for t in dobj.subtree):
        # "expressed anger at the closure": the feeling goes on with its phrase
        # 'reported "2,521 shootings" in the city since May': a quoted object goes on
        heads += phrases_after(ix, verb, dobj.right_edge.i)
    else:
        heads += _object_goes_on(ix, verb, dobj)
    # "dismissed X as ...", "likened X to ...", "called X a ...", "blamed X for ..."
    heads += [c for c in extra if c.i > dobj.i and c not in heads]
    if lemma in lx.OBJECT_PREP_CUES:
        heads += [c for c in _reason_preps(verb) if c.i > dobj.i]
    if len(heads) > 1:
        # "called her backing of the harbour toll a blunder": what lies between the
        # object and its complement is part of the same content
        last = max(h.i for h in heads)
        heads += [
            c for c in verb.rights if dobj.i < c.i < last and c not in heads and not c.is_punct
        ]
        # and the phrases that go on from the complement: '… "a violation" of
        # five resolutions'
        end = max(h.right_edge.i for h in heads)
        heads += phrases_after(ix, verb, end, ("prep", "conj"))
        heads.sort(key=lambda t: t.i)
        # "called it a giveaway because …", "rejected the idea as absurd because …": the
        # reason for a name or judgement goes on with it (not "despise Trump because …")
        heads += _reason_after(ix, verb, heads[-1])
    return heads


_HYPHENS = ("-", "–")


def _rest_of_word(ix: DocIndex, verb: Token, end: int) -> list[Token]:
    """'feared the re-emergence of an empire': the parser cut one written word in pieces and
    hung the rest on the cue; what is glued to the object (no space between, not a verb:
    'denied it and counter-sued') goes on with it, so a content never stops inside a word."""
    out = []
    for c in verb.rights:
        if c.i <= end:
            continue
        first, last = c.left_edge, ix.doc[end]
        if not (
            not c.tag_.startswith("VB")
            and first.idx == last.idx + len(last)
            and (last.text[-1].isalnum() or last.text in _HYPHENS)
            and (first.text[0].isalnum() or first.text in _HYPHENS)
        ):
            break
        out.append(c)
        end = c.right_edge.i
    return out


# the prepositions whose phrase after a cue's object goes on with the object, wherever the
# parser hung it: "endorsed Smith for governor", "announced a concert in support of …"
_OBJECT_PREPS = frozenset("for of in to with against about over from as".split())


_CIRCUMSTANCE_PREPS = frozenset({"in", "at", "during"})
# a race backed in is what the backing is about: "backed Ruiz in the primary"
_CONTESTS = frozenset("race primary primaries election elections contest caucus caucuses".split())


def _object_goes_on(ix: DocIndex, verb: Token, dobj: Token) -> list[Token]:
    """'announced a series of steps to tighten gun sales', 'endorsed Sen. Cruz for
    president', 'announced a concert in support of the senator': the phrases the parser
    hung on the cue right after its object (no punctuation between) belong to the object;
    not a time or a place ('on Tuesday', 'in Ohio') nor a clause of time or cause, and
    after a person or a pronoun ('defended Lee in an interview', 'backed her in the north')
    no phrase of where or when: those take no such phrase, it is the cue's circumstance
    (but the race they are backed in: 'backed Lee in the primary')."""
    out = []
    doc = ix.doc
    end = dobj.right_edge.i
    person = dobj.tag_ == "PRP" or dobj.ent_type_ == "PERSON"
    for c in verb.rights:
        if c.i <= end or c.is_punct or c.dep_ == "cc":
            continue
        if any(t.is_punct and not t.is_quote for t in doc[end + 1 : c.left_edge.i]):
            break
        if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS:
            pobj = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
            if pobj is None or pobj.ent_type_ in TIME_ENTS or medium_noun(pobj):
                break
            if person and c.lower_ in _CIRCUMSTANCE_PREPS and pobj.lower_ not in _CONTESTS:
                break
        elif not (c.dep_ in ("advcl", "xcomp") and c.left_edge.lower_ == "to"):
            break
        out.append(c)
        end = c.right_edge.i
    return out


def medium_noun(noun: Token) -> bool:
    """ "in early-morning tweets", "in an on-air diatribe": where it was said, not what."""
    low = noun.lower_
    return (
        low in lx.SPEECH_ACT_NOUNS
        or low in lx.DOCUMENT_NOUNS
        or low.rstrip("s") in lx.SPEECH_ACT_NOUNS
        or low.rstrip("s") in lx.DOCUMENT_NOUNS
        or low in _MANNER_NOUNS
    )


def _prep_heads(verb: Token, lemma: str) -> list[Token]:
    """ "called for X", "pushed for X", "spoke about X": the phrase right after the cue."""
    pair = lx.PREP_PAIR_CUES.get(lemma)
    if pair is not None:
        # "referred to the scandal", "lashed out at the press": one preposition only; not
        # "pointed to his warning that …", whose noun names its own speaker
        prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == pair), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if obj is None or (
            obj.lower_ in lx.STANCE_NOUNS and any(c.dep_ == "poss" for c in obj.children)
        ):
            return []
        # 'referred to her rival as a "lightweight"', 'to her by a nickname, "Gert"': the
        # name given goes with whom it is given
        named = [
            c for c in verb.rights if c.i > prep.i and c.dep_ == "prep" and c.lower_ in ("as", "by")
        ]
        return [prep, *named[:1]]
    if lemma in _FOR_CUES:
        for c in verb.rights:
            if c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i <= verb.i + 2:
                return [c]
            if c.dep_ == "advcl" and _for_clause(verb, c):
                # "called for the mayor to resign": the parser makes "for" the mark of a
                # clause; the clause is what was called for
                return [c]
    if lemma in lx.PREP_CUES:
        for c in verb.rights:
            if c.dep_ == "prep" and c.lower_ in lx.CONTENT_PREPS and c.i <= verb.i + 3:
                return [] if _manner_of_speaking(c) else [c]
    return []


# what "spoke on …" names when it is not a topic: "spoke on condition of anonymity", "on
# his behalf", "on the record", "on a radio show", "for the first time"
_MANNER_NOUNS = frozenset(
    """
    condition behalf record occasion occasions time times show shows program programme radio
    television tv phone telephone call stage floor camera air channel network podcast
    """.split()
)


def _manner_of_speaking(prep: Token) -> bool:
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.lower_ in _MANNER_NOUNS


def _for_clause(verb: Token, clause: Token) -> bool:
    first = clause.left_edge
    return first.lower_ == "for" and first.dep_ == "mark" and first.i <= verb.i + 2


def speaks_for_evidence(subj: Token, lemma: str) -> bool:
    """'A new poll shows …', 'Court records show …': a finding cue whose subject is what
    the finding comes from."""
    return lemma in lx.FINDING_CUES and subj.lower_ in lx.EVIDENCE_NOUNS


def evidence_heads(verb: Token, subj: Token, lemma: str) -> list[Token]:
    """ "The poll shows Clinton with a double-digit lead": what follows the verb is the
    finding, object and phrases alike."""
    if not speaks_for_evidence(subj, lemma):
        return []
    heads = [c for c in verb.rights if c.dep_ in _FINDING_DEPS]
    return heads if heads and heads[0].dep_ in ("dobj", "ccomp", "xcomp") else []


def _reason_preps(verb: Token) -> list[Token]:
    """The 'for …'/'of …' of 'praised X for …', also where the parser hung it on the
    phrase before ('praised X in a speech for …')."""
    out = []
    for c in verb.rights:
        if c.dep_ != "prep":
            continue
        if c.lower_ in ("of", "for"):
            out.append(c)
            continue
        pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
        last = list(pobj.rights)[-1:] if pobj is not None else []
        if last and last[0].dep_ == "prep" and last[0].lower_ == "for":
            out.append(c)
    return out


def phrases_after(ix: DocIndex, verb: Token, end: int, deps=("prep",)) -> list[Token]:
    """The verb's phrases that go on right after token `end`, with no punctuation but
    quotation marks between: 'reported "2,521 shootings" in the city since May'."""
    out = []
    for c in verb.rights:
        if c.i <= end or c.dep_ not in deps or c.tag_.startswith(("VB", "CC")):
            continue
        if any(t.is_punct and not t.is_quote for t in ix.doc[end + 1 : c.i]):
            break
        out.append(c)
        end = c.right_edge.i
    return out


def holds_own_attribution(ix: DocIndex, head: Token, found: Findings) -> bool:
    """Whether a clause holds a speech verb with its own subject, outside quotations, that
    reports something: a clause, a quotation, or what a rule before found for it. ("The
    mill may add workers, he said": "add" with a mere object is no attribution of the
    mill's.)"""
    for t in head.subtree:
        if (
            t.tag_.startswith("VB")
            and ix.quote_of[t.i] < 0
            and lx.is_speech_verb(t.lower_)
            and any(c.dep_ == "nsubj" and ix.quote_of[c.i] < 0 for c in t.children)
            and _reports_something(ix, found, t)
        ):
            return True
    return False


def _reports_something(ix: DocIndex, found: Findings, verb: Token) -> bool:
    """A clause, a quotation in or right before its own words, or a finding of a rule."""
    before = verb.left_edge.i - 1
    return (
        any(c.dep_ == "ccomp" for c in verb.children)
        # "continues to insist, …": a cue carried on by another
        or any(c.dep_ == "xcomp" and lx.is_speech_verb(c.lower_) for c in verb.children)
        or any(ix.quote_of[t.i] >= 0 for t in verb.subtree)
        or (before >= 0 and ix.quote_of[before] >= 0)
        or (before >= 1 and ix.doc[before].is_punct and ix.quote_of[before - 1] >= 0)
        or any(c.cue_tok is not None and c.cue_tok.i == verb.i for c in found.cands)
    )


def head_pieces(
    ix: DocIndex, heads: list[Token], exclude: set[int], any_prep: bool = True
) -> list[Span]:
    """The characters of the heads' subtrees. Of a first head that is a preposition ("call
    for", "criticism of"; with any_prep False only one of lexicon.CONTENT_PREPS), only its
    object, and not when the object is a time or a place."""
    pieces: list[Span] = []
    for h in heads:
        if h.dep_ == "prep" and h is heads[0] and (any_prep or h.lower_ in _CONTENT_PREPS):
            for c in h.children:
                if c.dep_ in ("pobj", "pcomp") and c.ent_type_ not in TIME_ENTS:
                    pieces += ix.subtree_span(c, exclude)
        else:
            pieces += ix.subtree_span(h, exclude)
    return pieces
