"""Words around a source mention that several resolution steps read: the noun phrase
without its clauses, the entity a token is in, whether a noun is definite, a headline's
description, the speaker recorded last before a position."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .. import lexicon as lx
from ..datelines import is_spaced_dash
from ..first_names import first_name_gender
from ..types import ResolvedSpeaker
from .person import clean_name


def latest_before(
    speakers: list[tuple[int, ResolvedSpeaker]], pos: int
) -> tuple[int, ResolvedSpeaker] | None:
    """The speaker last recorded at a position before pos."""
    return next(((p, spk) for p, spk in reversed(speakers) if p < pos), None)


def core_phrase(doc: Doc, head: Token) -> str:
    """The noun phrase without its relative clauses and appositions."""
    skip = set()
    for c in head.children:
        if c.dep_ in ("relcl", "appos", "acl", "punct", "advcl") and c.i > head.i:
            skip.update(t.i for t in c.subtree)
    idx = [t.i for t in head.subtree if t.i not in skip]
    if not idx:
        return head.text
    # the unbroken run around the head: what follows a skipped clause is not the name
    lo = hi = head.i
    members = set(idx)
    while lo - 1 in members:
        lo -= 1
    while hi + 1 in members:
        hi += 1
    if lo < head.i and is_inverted_speech_verb(doc[lo]):
        lo += 1  # "Added Ruiz: …": the verb the parser joined to the name is no part of it
    return doc[lo : hi + 1].text


def is_inverted_speech_verb(tok: Token) -> bool:
    """A verb of saying in the past opening its sentence before the speaker's name ("Added",
    "Continued"), which the parser may read as a capitalised word of the name."""
    low = tok.lower_
    return tok.is_sent_start and tok.is_title and low.endswith("ed") and lx.is_speech_verb(low)


def entity_at(doc: Doc, i: int) -> Span | None:
    """The named entity token i belongs to, read off the tokens' IOB tags (doc.ents would
    build every entity of the article for each source)."""
    if not doc[i].ent_type_:
        return None
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def entity_name(doc: Doc, head: Token) -> str:
    """The entity's text, without a verb or an article the model ran into it ("Say Mexico
    demanded", "an Acme-Ipsos poll")."""
    ent = entity_at(doc, head.i)
    if ent is None:
        return ""
    start = ent.start
    # "Say Mexico demanded"; "an Acme-Ipsos poll", the article run into the entity
    while start < head.i and doc[start].lower_ in ("say", "says", "said", "a", "an"):
        start += 1
    end = ent.end
    for t in doc[head.i + 1 : ent.end]:
        if is_spaced_dash(t) or t.text == ",":
            # "according to the Harbour Budget Office - a third of what …", "a report by
            # Politico, Democratic party insiders …": the model ran the entity over a dash or
            # a comma into the words after it
            end = t.i
            break
    return clean_name(doc[start:end].text)


def is_definite(head: Token) -> bool:
    """ "The former first lady", "the New York businessman": "the" and no possessor."""
    dets = [c.lower_ for c in head.children if c.dep_ in ("det", "poss")]
    return dets == ["the"]


def is_headline_description(head: Token) -> bool:
    """A capitalised role or person noun in the headline ("Former White House Doctor Says",
    "Top Aide Admits"): a description in Title Case, not a name."""
    low = head.lower_
    person_noun = low in lx.ROLE_NOUNS or low in lx.HUMAN_NOUNS or low.endswith(lx.AGENT_SUFFIXES)
    noun = head.tag_ in ("NN", "NNP") and head.ent_type_ != "PERSON"
    return head.sent.start == 0 and person_noun and noun


def of_a_named_place_or_body(head: Token) -> bool:
    """A role noun with "of" and a name after it: "the governor of Maine", "the head of the
    Harbor Board"; not "the former secretary of state", a lower-case word the model tags as
    a name."""
    return any(
        prep.lower_ == "of"
        and any(t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() for t in prep.subtree)
        for prep in head.children
        if prep.dep_ == "prep"
    )


def owned_name(text: str) -> str:
    """The name after its employer's possessive, "" when the text is not of that form: "The
    Post's Greg Sargent" -> "Greg Sargent", "Fox News' Ana Ruiz" -> "Ana Ruiz"; not a place
    of a country ("Canada's Cape Marrow")."""
    m = _OWNED_NAME.match(text)
    if m is None or is_place_name(m.group(1)):
        return ""
    return m.group(1) if all(w[:1].isupper() for w in m.group(1).split()) else ""


def is_place_name(name: str) -> bool:
    """ "Cape Marrow", "Canada's Cape Marrow", "Lake Tessin": a place's name, never a
    person's."""
    words = _OWNER.sub("", name).split()
    return len(words) > 1 and words[0].lower() in lx.PLACE_HEAD_WORDS


_OWNER = re.compile(r"^\S+(?:['’]s|s['’]) ")


def named_for_its_kind(name: str, kinds: frozenset[str]) -> bool:
    """A name of two or more words ending in a word of kinds and opening on no first name the
    list knows: "Trump Tower", "Varna University" (not "John Tower", "Frank Church")."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in kinds and not first_name_gender(words[0])


_OWNED_NAME = re.compile(r"^[^’']+(?:['’]s|s['’]) ([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)+)$")


def person_apposition(head: Token) -> str:
    """The description set beside a name when it says what a person is: "…, the foreign
    minister of France", "…, a writer for The Atlantic"; "" when none."""
    for c in head.children:
        if c.dep_ != "appos" or c.i < head.i or c.tag_ != "NN":
            continue
        low = c.lower_
        if low in lx.ORG_ROLE_NOUNS and not low.endswith(lx.AGENT_SUFFIXES):
            # "…, the conservative organization she founded": a body; "…, a letter carrier"
            # may still be a person
            continue
        if low in lx.ROLE_NOUNS or low in lx.HUMAN_NOUNS or low.endswith(lx.AGENT_SUFFIXES):
            return apposition_text(c)
    return ""


def apposition_of_kind(
    head: Token, nouns: frozenset[str], right_after: bool = False
) -> Token | None:
    """The noun set beside a name after it when it is one of these ("…, the shipping
    company,", "…, a town of 9,000,"), else None. right_after: only one that follows the
    name and its comma at once, not one the parser hung on the name from further on ("Ana
    Ruiz, a member of the Caucus, a group of …")."""
    for c in head.children:
        if c.dep_ != "appos" or c.i < head.i or c.tag_ != "NN" or c.lower_ not in nouns:
            continue
        if right_after and (c.left_edge.i != head.i + 2 or head.nbor().text != ","):
            continue
        return c
    return None


def body_apposition(head: Token, right_after: bool = False) -> str:
    """The description set beside a name when it says the name is a body's ("Grace Rising,
    a conservative advocacy group,", "Brackwater, the shipping company,"); "" when none."""
    appos = apposition_of_kind(head, lx.ORG_ROLE_NOUNS, right_after)
    return apposition_text(appos) if appos is not None else ""


def apposition_text(appos: Token) -> str:
    """The words of a description set beside a name, up to a name joined to it ("Dana
    Whitfield, a former Reyes adviser — and Tom Lee": "a former Reyes adviser")."""
    doc = appos.doc
    end = appos.right_edge.i
    for c in appos.children:
        if c.dep_ == "conj" and c.i > appos.i and c.tag_ in ("NNP", "NNPS"):
            end = min(end, c.left_edge.i - 1)
    while end > appos.i and (doc[end].is_punct or doc[end].dep_ == "cc"):
        end -= 1
    return doc[appos.left_edge.i : end + 1].text.strip(" ,")
