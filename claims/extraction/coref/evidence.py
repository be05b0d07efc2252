"""What the words around a name say about the person: roles and nationality from titles,
possessors and appositions; gender from titles and from pronouns that follow."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import lexicon as lx
from .person import Person, norm

_COURTESY_TITLES = frozenset("mr mrs ms dr".split())


def learn_gender_from_title(doc: Doc, ent: Span, p: Person) -> None:
    """'Mr. Trump', 'Queen Elizabeth': a title inside the name or just before it."""
    first = ent[0].lower_
    if ent.start > 0 and first not in lx.HONORIFICS:
        first = doc[ent.start - 1].lower_
    if first in lx.MALE_TITLES:
        p.gender = "m"
    elif first in lx.FEMALE_TITLES:
        p.gender = "f"


def learn_gender_from_pronouns(doc: Doc, ent: Span, p: Person, sent_end: int) -> None:
    """'Trump said his plan ...': a pronoun later in the subject's sentence, with no other
    person named in between, tells the gender."""
    for t in doc[ent.end : min(sent_end, ent.end + 25)]:
        if t.ent_type_ == "PERSON":
            return
        low = t.lower_
        if t.dep_ not in ("nsubj", "nsubjpass", "poss") and low not in ("himself", "herself"):
            continue  # "McCaskill scolded him": an object is someone else
        if low in lx.MALE_PRONOUNS:
            p.gender = "m"
            return
        if low in lx.FEMALE_PRONOUNS:
            p.gender = "f"
            return


def learn_roles(doc: Doc, ent: Span, p: Person) -> None:
    """Roles and nationality from the title before the name, a possessor and appositions."""
    root = ent.root
    title = _title_words(doc, ent)
    for w in title:
        if w.ent_type_ in ("NORP", "GPE"):
            p.nations.add(norm(w.text)[:4])
    for c in root.lefts:
        if c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP"):
            p.nations.add(norm(c.text)[:4])
    if title:
        _add_role(p, " ".join(w.text for w in title), title[-1].lower_)
    # appositions: "Dmitri Peskov, Putin's spokesman" / "the spokesman, Dmitri Peskov"
    for c in root.children:
        if (
            c.dep_ == "appos"
            and c.i > root.i
            and c.tag_.startswith("NN")
            and not ent.start <= c.i < ent.end
        ):
            _add_role(p, doc[c.left_edge.i : c.right_edge.i + 1].text.strip(" ,"), c.lower_)
    if root.dep_ == "appos" and root.head.tag_ == "NN":
        h = root.head
        _add_role(p, doc[h.left_edge.i : h.i + 1].text, h.lower_)


def _title_words(doc: Doc, ent: Span) -> list[Token]:
    """Title words right before the name: "Ukrainian President", "Press Secretary"."""
    j = ent.start - 1
    words = []
    while (
        j >= 0
        and doc[j].dep_ in ("compound", "amod", "nmod")
        and j < doc[j].head.i < ent.end
        and doc[j].tag_ in ("NNP", "NN", "JJ", "NNPS")
        and doc[j].is_alpha
    ):
        words.append(doc[j])
        j -= 1
    words.reverse()
    return words


def _add_role(p: Person, desc: str, head: str) -> None:
    """Learn a description and its lower-cased head noun as a role, unless it is only a
    courtesy title ("Mr.")."""
    desc = desc.split("\n")[0].strip(" ,.;:")
    if (
        not desc
        or desc.lower().rstrip(".") in lx.HONORIFICS
        or head.rstrip(".") in _COURTESY_TITLES
    ):
        return
    if desc not in p.descriptions:
        p.descriptions.append(desc)
    p.roles.add(head)
    for w in desc.replace("’s", " ").replace("'s", " ").split():
        p.role_words.add(norm(w).strip(",."))
