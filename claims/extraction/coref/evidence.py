"""What the words around a name say about the person: roles and nationality from titles,
possessors and appositions; gender from titles and from pronouns that follow."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import lexicon as lx
from .mention_words import apposition_text
from .person import Person, norm

_COURTESY_TITLES = frozenset("mr mrs ms dr miss sir madam dame lady lord".split())


def title_gender(doc: Doc, ent: Span) -> str:
    """'Mr. Trump', 'Queen Elizabeth': the gender a title inside the name or just before it
    gives, "" when none."""
    first = ent[0].lower_
    if ent.start > 0 and first not in lx.HONORIFICS:
        first = doc[ent.start - 1].lower_
    if first in lx.MALE_TITLES:
        return "m"
    if first in lx.FEMALE_TITLES:
        return "f"
    return ""


def learn_gender_from_pronouns(
    doc: Doc, ent: Span, p: Person, sent_bounds: tuple[int, int]
) -> None:
    """'Trump said his plan ...': a pronoun later in the subject's sentence, with no other
    person named in between, tells the gender. Not when someone else is named earlier in
    the sentence: "While Ben Ortiz has argued …, Ana Ruiz called his vote a betrayal" is
    his."""
    sent_start, sent_end = sent_bounds
    own = range(ent.root.left_edge.i, ent.root.right_edge.i + 1)  # "Clinton aide Ana Ruiz"
    if any(t.ent_type_ == "PERSON" and t.i not in own for t in doc[sent_start : ent.start]):
        return
    for t in doc[ent.end : min(sent_end, ent.end + 25)]:
        if t.ent_type_ or t.tag_ in ("NNP", "NNPS"):
            return  # "Warren told Stumpf, after he admitted": he may be the other one
        if t.text in lx.QUOTATION_MARK_TOKENS:
            return  # 'Ruiz was asked, “Did you know she kept …”': someone else's words
        low = t.lower_
        if t.dep_ not in ("nsubj", "nsubjpass", "poss") and low not in ("himself", "herself"):
            continue  # "McCaskill scolded him": an object is someone else
        gender = "m" if low in lx.MALE_PRONOUNS else "f" if low in lx.FEMALE_PRONOUNS else ""
        if gender:
            # "Ivan Smith said her office …": a pronoun against the first name's gender is
            # someone else's
            if gender == (p.name_gender or gender):
                p.gender = gender
            return


def learn_roles(doc: Doc, ent: Span, p: Person) -> None:
    """Roles and nationality from the title before the name, a possessor and appositions."""
    root = ent.root
    at = ent.start_char
    title = _title_words(doc, ent)
    for w in title:
        if w.ent_type_ in ("NORP", "GPE"):
            p.nations.add(norm(w.text)[:4])
    for c in root.lefts:
        if c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP"):
            p.nations.add(norm(c.text)[:4])
    if title:
        desc = " ".join(w.text for w in title)
        owner = _owner_before(doc, title[0].i)
        # "Ruiz’s spokeswoman Ana Vidal": whose spokeswoman is part of what she is
        _add_role(p, f"{owner.text}'s {desc}" if owner is not None else desc, title[-1].lower_, at)
    else:
        # "Mayor Ann Reyes" as one entity, "Sen. Ana Ruiz" with the title left outside (in
        # the name's sentence: not "… said the mayor. Ana Ruiz …")
        inside = ent[0] if len(ent) > 1 else None
        before = doc[ent.start - 1] if ent.start > ent.sent.start else None
        if before is not None and before.tag_ != "NNP":
            before = None
        word = next((w for w in (inside, before) if w is not None and _is_title(w)), None)
        if word is not None:
            # over a place or party before the title: "former Florida Gov. Joe Bosch"
            j = word.i - 1
            while j > ent.sent.start and doc[j].ent_type_ in ("GPE", "NORP"):
                j -= 1
            former = j >= 0 and doc[j].lower_ in _FORMER
            # "former Gov. Joe Bosch" is not "the governor" of a later sentence
            _add_role(p, f"former {word.text}" if former else word.text, word.lower_, at)
    # appositions: "Dmitri Peskov, Putin's spokesman" / "the spokesman, Dmitri Peskov"
    for c in root.children:
        if (
            c.dep_ == "appos"
            and c.i > root.i
            and c.tag_.startswith("NN")
            and not ent.start <= c.i < ent.end
            and not subject_of_next_verb(c)
        ):
            _add_role(p, apposition_text(c), c.lower_, at)
    if root.dep_ == "appos" and root.head.tag_ == "NN":
        h = root.head
        _add_role(p, doc[h.left_edge.i : h.i + 1].text, h.lower_, at)


def _owner_before(doc: Doc, i: int) -> Token | None:
    """The name with "’s" right before position i, as in "Ruiz’s spokeswoman" (the model
    may take the surname for a body's name there)."""
    if i >= 2 and doc[i - 1].tag_ == "POS" and doc[i - 2].tag_ in ("NNP", "NNPS"):
        return doc[i - 2]
    return None


def subject_of_next_verb(appos: Token) -> bool:
    """'In an interview with the hosts Ana Ruiz and Tom Reyes, the candidate stated …': a
    phrase read as the name's apposition that runs straight into a finite verb with no
    subject of its own is that verb's subject, not the name's description."""
    nxt = appos.right_edge.i + 1
    if nxt >= len(appos.doc):
        return False
    verb = appos.doc[nxt]
    return verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )


def _title_words(doc: Doc, ent: Span) -> list[Token]:
    """Title words right before the name: "Ukrainian President", "Press Secretary", and,
    however the parser hung them, the words before a role noun: "Republican nominee"."""
    j = ent.start - 1
    words: list[Token] = []
    while j >= 0 and len(words) < 4 and _title_word(doc[j]):
        t = doc[j]
        parsed = t.dep_ in ("compound", "amod", "nmod") and j < t.head.i < ent.end
        after_role = bool(words) and words[0].lower_ in lx.ROLE_NOUNS
        if not (parsed or after_role or (not words and t.lower_ in lx.ROLE_NOUNS)):
            break
        words.insert(0, t)
        j -= 1
    return words


def _is_title(t: Token) -> bool:
    return t.lower_.rstrip(".") in _TITLES


_TITLES = lx.HONORIFICS | lx.ROLE_NOUNS
_FORMER = frozenset("former ex".split())


def _title_word(t: Token) -> bool:
    return t.tag_ in ("NNP", "NN", "JJ", "NNPS") and t.is_alpha and t.ent_type_ != "PERSON"


def _add_role(p: Person, desc: str, head: str, at: int) -> None:
    """Learn a description and, when its head noun names a role ("mayor", "Sen.",
    "spokeswoman", not "rival" or "D-Ohio"), that role; party and place words stay
    attributes of the description."""
    desc = desc.split("\n")[0].strip(" ,.;:")
    head = head.rstrip(".")
    head = role_of(lx.TITLE_ROLES.get(head, head))
    if not p.gender and head in lx.FEMALE_NOUNS:
        p.gender = "f"  # "spokeswoman Ana Ruiz", "his wife, Ana Ruiz", "the first lady, …"
    elif not p.gender and head in lx.MALE_NOUNS and head not in _TITLES_FOR_ANYONE:
        p.gender = "m"
    elif not p.gender and head in _TITLES_FOR_ANYONE and p.given and p.name_gender != "f":
        # "spokesman Hope Vance", "Chairman Ana Ruiz": written of women too, so a man only
        # with a first name that is no woman's
        p.gender = "m"
    if not desc or head in _COURTESY_TITLES:
        return
    if desc not in p.descriptions:
        p.descriptions.append(desc)
    if is_role(head):
        p.roles.add(head)
        p.role_offsets[head] = min(at, p.role_offsets.get(head, at))
    for w in desc.replace("’s", " ").replace("'s", " ").split():
        p.role_words.add(norm(w).strip(",."))


_TITLES_FOR_ANYONE = frozenset("spokesman chairman congressman businessman".split())


def role_of(noun: str) -> str:
    """One name per role: "justice" -> "judge"."""
    return lx.ROLE_SYNONYMS.get(noun, noun)


def is_role(noun: str) -> bool:
    """A noun for what someone is or does: "senator", "spokeswoman", "economist"."""
    return noun.isalpha() and (
        noun in lx.ROLE_NOUNS
        or noun in lx.HONORIFICS
        or noun in lx.FEMALE_NOUNS
        or noun in lx.MALE_NOUNS
        or noun.endswith(_ROLE_SUFFIXES)
    )


_ROLE_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman")
