"""The police an article names by place ("the Tulsa Police Department", "Charlotte-Mecklenburg
police"): a bare "police said" elsewhere in it is that force."""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

# the words that may follow "police" in a force's name: "Tulsa Police Department"
_FORCE_WORDS = frozenset("department dept service force".split())


def police_forces(doc: Doc) -> dict[str, str]:
    """Place (lower case) -> the force's name, for each police force the article names by
    its place: "Tulsa police" and "the Tulsa Police Department" are one, named the latter."""
    forces: dict[str, str] = {}
    police = doc.vocab.strings["police"]
    for i in numpy.flatnonzero(doc.to_array(LOWER) == police):
        place = place_before(doc[int(i)])
        if not place:
            continue
        end = int(i) + 1
        if end < len(doc) and doc[end].lower_ in _FORCE_WORDS and doc[end].text[:1].isupper():
            end += 1
        words = [t.text for t in doc[int(i) : end]]
        name = f"{place} {' '.join(w[:1].upper() + w[1:] for w in words)}"
        key = place.lower()
        if len(name.split()) > len(forces.get(key, "").split()):
            forces[key] = name
    return forces


def place_before(police: Token) -> str:
    """ "Charlotte-Mecklenburg" in "Charlotte-Mecklenburg police": the capitalised proper nouns
    just before "police" (joined by hyphens), "" when there are none."""
    doc = police.doc
    start = police.i
    while start > 0:
        prev = doc[start - 1]
        hyphen = prev.text == "-" and start > 1 and doc[start - 2].tag_ == "NNP"
        if not (hyphen or (prev.tag_ in ("NNP", "NNPS") and prev.text[:1].isupper())):
            break
        start -= 1
    if start == police.i or doc[start].text == "-":
        return ""
    return doc[start : police.i].text.replace(" - ", "-")


def bare_police(head: Token) -> bool:
    """ "Police said", "the police said": police with no place or other word naming them."""
    if head.lower_ != "police":
        return False
    dets = [c.lower_ for c in head.children if c.dep_ in ("det", "poss")]
    named = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod")]
    return dets in ([], ["the"]) and not named
