"""Resolution step for a source that names several speakers together ("Obama and Clinton
said", "Both Ana Ruiz and Tom Hale argued", "Norland and Vesta said"): one group speaker
whose members are the people and bodies named, each resolved as if named alone, so that the
statement can go to each of their pages."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from .. import lexicon as lx
from ..first_names import first_name_gender
from ..types import ResolvedSpeaker
from .mention_words import entity_at
from .name_steps import named_person
from .organisation_steps import organisation_entity

if TYPE_CHECKING:
    from .resolver import Resolver


def named_together(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "Ms. Ruiz and Mr. Hale said …", "Ana Ruiz, Tom Hale and Bo Dunn all said …": a group
    of two or more named speakers, with each of them as a member; None when the source also
    describes or counts people ("lawyers for Ana Ruiz and Tom Hale", "Ruiz and two aides")."""
    span = _source_span(r, head, source_text)
    if span is None:
        return None
    names = [ent for ent in _names(span) if _listed(ent, head)]
    if len(names) < 2 or not _only_names_and_joins(span, names):
        return None
    members = []
    for ent in names:
        # a surname the model took for a place ("Ruiz and Hale") is still the person
        member = named_person(r, ent[-1], ent.text)
        if member is None and ent[-1].ent_type_ not in ("PERSON", ""):
            member = organisation_entity(r, ent[-1], ent.text)
        elif member is None and not ent[-1].ent_type_:
            member = _unlabelled_person(ent)
        if member is None or member.kind not in ("person", "organisation"):
            return None
        if member.name.split()[-1].lower() in lx.HEADLINE_VERBS | lx.CUE_LEMMAS:
            return None  # "Ruiz and Hale Slam …": the headline's verb run into a name
        if member not in members:
            members.append(member)
    if len(members) < 2:
        return None
    together = ", ".join(m.name for m in members[:-1]) + " and " + members[-1].name
    spk = ResolvedSpeaker(together, "group", members=tuple(members))
    r.groups.append((head.idx, spk))  # a "they" after it is them again
    return spk


def named_together_again(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "Ms. Ruiz and Mr. Hale said … what the senators called a tax": "the senators", "the
    two men", "the pair" in the sentence of several speakers named together, or the one
    after, are they."""
    if head.tag_ != "NNS" and head.lower_ != "pair":
        return None
    words = [t.lower_ for t in head.lefts]
    if not words or words[0] != "the" or any(w not in _AGAIN_WORDS for w in words):
        return None
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in head.children):
        return None  # "the senators in Utah", "the officials who …": others
    floor = r.doc[r.index.previous_sentence_start(head.i)].idx
    last = next(
        ((pos, spk) for pos, spk in reversed(r.groups) if pos < head.idx and spk.members), None
    )
    if last is None or last[0] < floor:
        return None
    together = last[1]
    counted = _COUNTS.get(words[1]) == len(together.members) if len(words) > 1 else False
    role = head.lower_.removesuffix("s")
    # "the senators" for senators (not "the candidates" for two of a debate's many), "the
    # two men" and "the pair" for any two
    held = role in lx.ROLE_NOUNS and any(role in m.description.lower() for m in together.members)
    if not (held or (counted and head.lower_ in ("men", "women")) or head.lower_ == "pair"):
        return None
    r.groups.append((head.idx, together))
    return together


_AGAIN_WORDS = frozenset(["the", "two", "three"])
_COUNTS = {"two": 2, "three": 3}


def _unlabelled_person(name: Span) -> ResolvedSpeaker | None:
    """ "Ana Ruiz" that the model gave no label: a person when it opens on a first name."""
    gender = first_name_gender(name[0].text) if len(name) >= 2 else ""
    return ResolvedSpeaker(name.text, "person", gender=gender) if gender else None


def _source_span(r: Resolver, head: Token, source_text: str) -> Span | None:
    """The tokens of the source as written around its head (found in the text as written:
    the parser's copy has party labels blanked out)."""
    start = r.text.find(source_text, max(0, head.idx - len(source_text)))
    if start < 0 or start > head.idx:
        return None
    return head.doc.char_span(start, start + len(source_text), alignment_mode="expand")


def _names(span: Span) -> list[Span]:
    """The named entities in the span, and runs of proper nouns the model gave no label
    ("Both Ana Ruiz and …" when it missed Ana Ruiz)."""
    doc, out, i = span.doc, [], span.start
    while i < span.end:
        tok = doc[i]
        ent = entity_at(doc, i) if tok.ent_type_ in _NAMED_SPEAKERS else None
        if ent is None and tok.tag_ == "NNP" and not tok.ent_type_ and _word(tok):
            end = i + 1
            while end < span.end and doc[end].tag_ == "NNP" and not doc[end].ent_type_:
                end += 1
            ent = doc[i:end]
        if ent is not None:
            out.append(ent)
            i = ent.end
        else:
            i += 1
    return out


def _word(tok: Token) -> bool:
    return tok.is_alpha and tok.lower_.rstrip(".") not in _JOINS | lx.HONORIFICS


_NAMED_SPEAKERS = frozenset(["PERSON", "ORG", "GPE", "NORP"])


def _listed(ent: Span, head: Token) -> bool:
    """A name in the list itself, not one describing a listed name ("Ted Cruz of Texas")."""
    root = ent.root
    if root == head or root in head.conjuncts:
        return True
    while root.dep_ == "conj" and root.head != root:
        root = root.head  # "Texas" of "of Florida and Texas" describes as "Florida" does
    return root.dep_ not in _DESCRIBING


# a name that hangs on another as its place, owner or part: "of Texas", "Ohio's", "Senate"
_DESCRIBING = frozenset(["pobj", "poss", "compound", "amod", "npadvmod", "nmod"])


def _only_names_and_joins(span: Span, names: list[Span]) -> bool:
    """Whether the source is the names joined by commas and "and", with titles before them
    and at most "both"/"all" and party tags ("(D-Ohio)", "of Texas") besides."""
    doc = span.doc
    # a comma or "and" between each two names, "and" before the last: not one name the
    # model cut in two, nor "Ana Ruiz, Democrat of Ohio"
    between = [{t.lower_ for t in doc[a.end : b.start]} for a, b in pairwise(names)]
    if not all(words & {",", "and", "&"} for words in between):
        return False
    if not between[-1] & {"and", "&"}:
        return False
    in_names = {t.i for ent in names for t in ent} | _titles(span, names) | _when(span)
    rest = " ".join(t.text for t in span if t.i not in in_names and not t.is_space)
    rest = _PARTY_TAG.sub(" ", rest)
    rest = _PLACE.sub(" ", rest)
    return all(w.lower().rstrip(".") in _JOINS or w.lower() in lx.HONORIFICS for w in rest.split())


def _titles(span: Span, names: list[Span]) -> set[int]:
    """The words of the title or description right before each name, up to the comma or
    "and" before it: "House Speaker" of "… and House Speaker Cal Reyes", "Former U.N.
    Ambassador", "presidential hopefuls" of "Republican presidential hopefuls Ana Ruiz and
    …"; not "lawyers for" (a preposition: someone else speaks)."""
    out: set[int] = set()
    doc = span.doc
    for ent in names:
        i = ent.start - 1
        while i >= span.start and (_title_word(doc[i]) or _inside_title(doc, i, out)):
            out.add(i)
            i -= 1
    return out


def _inside_title(doc: Doc, i: int, title: set[int]) -> bool:
    """The "of" of "Secretary of State": between two words of the title."""
    return doc[i].lower_ == "of" and i + 1 in title and i > 0 and _title_word(doc[i - 1])


def _title_word(tok: Token) -> bool:
    """A word of a title: a proper noun, an adjective ("former"), an abbreviation ("U.N.",
    "Sens."), a role or agent noun ("editor", "hopefuls")."""
    low = tok.lower_.rstrip(".")
    one = low.removesuffix("s") if tok.tag_ in ("NNS", "NNPS") else low
    if one in lx.HONORIFICS or one in lx.ROLE_NOUNS:
        return True
    if tok.tag_ in ("NNP", "NNPS", "JJ"):
        return (tok.is_alpha and low not in _JOINS) or tok.text.endswith(".")
    # (a noun inside the title: "science" of "science editor")
    return tok.tag_ in ("NN", "NNS") and (lx.is_agent_noun(one) or tok.dep_ == "compound")


def _when(span: Span) -> set[int]:
    """ "on Wednesday" after the names: when they spoke, not who."""
    return {
        t.i
        for t in span
        if t.ent_type_ in ("DATE", "TIME")
        or (t.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in t.children))
    }


# "(D-Ohio)", also one the source was cut inside: "… and Tom Hale (D-Fla"
_PARTY_TAG = re.compile(r"\( [^()]*(?: \)|$)")
_PLACE = re.compile(r"\bof(?: [A-Z][\w.]*)+(?: and(?: [A-Z][\w.]*)+)?")  # "of Ohio and Utah"
# (titles are lexicon.HONORIFICS)
_JOINS = frozenset(["", ",", "and", "&", "both", "all", "the"])
