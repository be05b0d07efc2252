"""Resolution steps for names: a person named in the source ("Zelensky", "President
Zelensky", "someone like Mr. Ruiz"), a name closing a longer source ("One Republican hopeful,
Ana Ruiz"), a proper noun the people index does not know, and the unnamed source left over
("one senior EU diplomat")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .. import lexicon as lx
from ..first_names import first_name_gender
from ..news_organisations import news_organisation
from ..types import ResolvedSpeaker
from .fitting import fits
from .mention_words import (
    apposition_of_kind,
    body_apposition,
    core_phrase,
    entity_at,
    is_headline_description,
    is_place_name,
    named_for_its_kind,
    owned_name,
    person_apposition,
)
from .person import clean_name, is_law_name, norm, same_surname

if TYPE_CHECKING:
    from .resolver import Resolver


def called_by_name(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "A newly formed super PAC called Better Roads", "a group named Citizens for Ferries":
    the body that name gives, not one of that kind named before."""
    body_noun = head.lower_ in lx.ORG_ROLE_NOUNS or head.lower_ in _GROUP_NOUNS
    if not body_noun or not any(
        c.dep_ == "det" and c.lower_ in lx.INDEFINITE_DETERMINERS for c in head.children
    ):
        return None  # "Ana Ruiz called Wednesday for …", "an account called Hypo-Ruiz"
    for acl in head.children:
        if acl.dep_ != "acl" or acl.lower_ not in _NAMING_VERBS or acl.i != head.i + 1:
            continue
        name = next((c for c in acl.children if c.dep_ in ("oprd", "attr", "dobj")), None)
        if name is None or not name.text[:1].isupper():
            return None
        # the whole name the model labelled ("Citizens for Roads"), else the words it heads
        named = entity_at(r.doc, name.i) or r.doc[name.left_edge.i : name.right_edge.i + 1]
        return r.group(head, clean_name(named.text), "organisation")
    return None


_NAMING_VERBS = frozenset("called named dubbed".split())
_GROUP_NOUNS = frozenset("pac outfit nonprofit charity movement organisation".split())


def name_closing_source(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A source that ends on a person's name after a description, a dateline or a time:
    "One Republican hopeful, Ana Ruiz", "Radio One vice president for news Ana Ruiz",
    "DENVER -- Governor Ana Ruiz", "On Saturday at the convention Sen. Ana Ruiz (D-Colo.)":
    that person, also before a relative clause (", who once ran for mayor", whose own names
    are no speaker); not the name after a preposition or "and" ("a spokeswoman for Ana
    Ruiz", "Mr. Reyes and Ms. Ruiz") nor a possessor ("Ana Ruiz's lawyer")."""
    start = r.text.find(source_text, max(0, head.idx - len(source_text)))
    if start < 0 or start > head.idx:
        return None
    body = _PARTY_LABEL_END.sub("", _TRAILING_RELATIVE.sub("", source_text)).rstrip(" )")
    span = r.doc.char_span(start, start + len(body), alignment_mode="contract")
    if span is None or len(span) < 3:
        return None
    # the name: the capitalised words at the end, a nickname in quotation marks left out
    # ('Ana "Nita" Ruiz'), after any titles ("Sen.", "President")
    words: list[Token] = []
    i = span.end - 1
    quoted = False
    while i >= span.start:
        t = r.doc[i]
        if t.text in _QUOTE_MARKS:
            quoted = not quoted
        elif not (t.is_alpha and t.text[:1].isupper()) or _title_word(t):
            break
        elif not quoted:
            words.insert(0, t)
        i -= 1
    if not words or any(t.i == head.i for t in words) or head.ent_type_ == "PERSON":
        return None
    example = _example_marker(span, head, words[0]) if head.tag_ in ("NNS", "NNPS") else None
    if example is not None:
        # "critics, including economist Ana Ruiz": the group, of which she is one
        group = r.doc[span.start : example.i].text.rstrip(" ,;:—–-")
        return r.group(head, clean_name(group), "group") if group else None
    while i > span.start and _title_word(r.doc[i]):
        i -= 1
    if i < span.start or _title_word(r.doc[i]):
        return None  # the source is a name and nothing before it: "Ana N Ruiz Ortega"
    before = r.doc[i]
    if before.i >= words[0].i or before.tag_ in ("IN", "CC", "TO", "VBG", "POS", "DT"):
        return None
    if before.lower_ in ("like", "including", "both") or before.lower_ in lx.MEDIUM_NOUNS:
        return None  # ("the Greek newspaper Kathimerini": the paper's name, not a person)
    pi = r.index.person_in(words[-1])
    if pi is not None:
        return r.index.note(words[-1], pi)
    if len(words) in (2, 3) and first_name_gender(norm(words[0].text)):
        # named here only ("…, state Del. Ana "Nita" Ruiz (D-Alamosa)")
        return ResolvedSpeaker(" ".join(t.text for t in words), "person")
    return None


def _example_marker(span: Span, head: Token, name: Token) -> Token | None:
    """The "including", "like" or "such as" between a source's head noun and the name that
    closes it ("Harbor critics, including Nobel Prize-winning economist Ana Ruiz"): the name
    is one of the many the head names."""
    for t in span.doc[head.i + 1 : name.i]:
        if t.lower_ in ("including", "like") or (t.lower_ == "such" and t.nbor().lower_ == "as"):
            return t
    return None


# a nickname's quotation marks, straight single ones too ('Ana 'Nita' Ruiz')
_QUOTE_MARKS = lx.QUOTATION_MARK_TOKENS | {"'"}


def _title_word(t: Token) -> bool:
    """A title before a name: "Sen.", "President", "Del."."""
    word = norm(t.text).rstrip(".")
    abbreviated = t.text.endswith(".") and t.text[:1].isupper() and len(t.text) <= 5
    return word in lx.HONORIFICS or word in lx.TITLE_ROLES or abbreviated


# a party label closing a source, cut off or whole: "(D-Colo.", "(R-Texas)"
_PARTY_LABEL_END = re.compile(r"\s*\((?:[DRI]-[^()]*)\)?\s*$")
# a relative clause closing the source: "a former aide, Ivo Petrov, who once ran for mayor"
_TRAILING_RELATIVE = re.compile(r",\s+(?:who|whose|whom)\b.*$", re.DOTALL)


def someone_like(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "Why would someone like Mr. Ruiz want to buy a failing mine?": the person named."""
    if head.lower_ not in ("someone", "somebody"):
        return None
    like = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "like"), None)
    pobj = next((c for c in like.children if c.dep_ == "pobj"), None) if like else None
    pi = None if pobj is None else r.index.person_in(pobj)
    return None if pi is None else r.index.note(head, pi)


def named_person(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A known person: "Zelensky", "President Zelensky", "the spokesman, Dmitri Peskov"; not
    "Peabody" when the article names Peabody Energy and no one called Peabody."""
    pi = r.index.person_in(head)
    if pi is None:
        return None
    pi = _sharer_by_pronoun(r, head, source_text, pi)
    p = r.index.people[pi]
    # a first name opening it: only a description right after it, none of a person
    described = body_apposition(head, right_after=bool(p.given))
    if described and not p.gender and not (p.given and person_apposition(head)):
        # "Brackwater, the Norwegian shipping company, says …", "Grace Rising, a conservative
        # advocacy group, said": a body, whatever the model labelled its name and whatever
        # first name opens it (an "it" later, not a "they")
        return _described_body(clean_name(core_phrase(r.doc, head)), described)
    if not p.given and len(p.counts) == 1 and not p.gender:  # "Mr. Obama" is no company
        body = r.orgs.full_name(next(iter(p.counts)))
        if body != next(iter(p.counts)):
            return r.group(head, body, "organisation")
        if apposition_of_kind(head, _PLACE_NOUNS) is not None:
            # "Millbrook — a town of 9,000 — erupted in protests": a place, no one
            return ResolvedSpeaker(next(iter(p.counts)), "anonymous")
    return r.index.note(head, pi)


def _sharer_by_pronoun(r: Resolver, head: Token, source_text: str, pi: int) -> int:
    """ "Cheney said …" in an article naming Rosa and Dirk Cheney, then '"…," she said': a
    bare surname that people the article names in full share is the one whose gender the
    pronoun going on with its speech has, when just one of them has it (a "she" must not
    move to another woman); otherwise as the people index reads it."""
    pronoun = continuing_pronoun(r, head)
    sharers = surname_sharers(r, head, source_text)
    if pronoun is None or len(sharers) < 2:
        return pi
    gender = "m" if pronoun.lower_ in lx.MALE_PRONOUNS else "f"
    people = r.index.people
    fitting = [s for s in sharers if people[s].known_gender == gender] or [
        s for s in sharers if fits(people[s], gender, "", "")
    ]
    if len(fitting) != 1 or fitting[0] == pi:
        return pi
    # the surname's mention counts for the one it means, for later pronouns
    r.index.by_token[head.i] = fitting[0]
    r.index.mentions = [
        m._replace(person=fitting[0]) if m.token == head.i else m for m in r.index.mentions
    ]
    return fitting[0]


def surname_sharers(r: Resolver, head: Token, source_text: str) -> list[int]:
    """The people, named with first names that differ, whose surname a source that is just a
    surname ("Cheney said") writes; [] for a longer source."""
    if source_text.strip() != head.text or not head.text[:1].isupper():
        return []
    if head.dep_ != "nsubj":
        return []  # "vouched for Trump's proposal": not a surname that speaks on
    surname = norm(head.text)
    sharers = [
        pi
        for pi, p in enumerate(r.index.people)
        # not "Trump v. Trump", a case's name taken for a person
        if p.given and p.given != p.surname and same_surname(p.surname, surname)
    ]
    given = {r.index.people[pi].given for pi in sharers}
    return sharers if len(given) > 1 else []


def continuing_pronoun(r: Resolver, head: Token) -> Token | None:
    """The "he" or "she" of the next source when it goes on with this source's speech: within
    a few sentences, no one named between outside what is said ("Cheney said … “…,”
    she said"); None otherwise."""
    after = r.next_source(head)
    if after is None or after.lower_ not in ("he", "she"):
        return None
    if after.idx - head.idx > _CONTINUING_REACH:
        return None
    said = r.index.contents
    for m in r.index.mentions:
        if head.idx < m.offset < after.idx and not any(s <= m.offset < e for s, e in said):
            return None
    return after


_CONTINUING_REACH = 600  # characters


def _described_body(name: str, description: str) -> ResolvedSpeaker:
    return ResolvedSpeaker(name, "organisation", description, described_as_a_body=True)


_PLACE_NOUNS = lx.PLACE_BODY_NOUNS | frozenset(
    "community suburb neighborhood neighbourhood island region province country nation".split()
)


def proper_noun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A name the people index does not know: a person named once, under the full name the
    article writes somewhere ("Oz" after an unlabelled "Selim Oz — surgeon and TV star"),
    unless the name is a body's, a place's or a document's."""
    if news_organisation(head.text) and clean_name(source_text) == head.text:
        # "Politifact did a fact-check", "Politifact: …" that the model labelled no body
        return r.group(head, news_organisation(head.text), "organisation")
    if head.tag_ != "NNP":
        return None
    name = clean_name(core_phrase(r.doc, head))
    if name == head.text and r.index.capital_of_sentence_only(head):
        return None  # "Pundits call this …": a plural capitalised by its sentence
    name = owned_name(name) or name  # "The Post's Greg Sargent" is Greg Sargent
    name = _without_affiliation(name)  # "Ana Ruiz of Human Rights Watch" is Ana Ruiz
    if is_headline_description(head) or _some_one_of_a_kind(source_text):
        # "Another Harbor Figure Endorses Ruiz": someone of a kind, in a headline's capitals
        return ResolvedSpeaker(name, "anonymous", description=head.lower_)
    spk = _no_persons_name(r, head, name)
    if spk is not None:
        return spk
    pi = _by_first_name_alone(r, name)
    if pi is not None:
        return r.index.note(head, pi)
    if len(name.split()) == 1 and name.istitle():
        first = r.index.first_name_before(norm(name))
        name = f"{first} {name}" if first else name
    name, title = _without_title(_NICKNAME.sub(" ", name))
    return r.single(head, ResolvedSpeaker(name, "person", title))


# a nickname in quotation marks inside a name: 'John “Tug” Tierney' is John Tierney
_NICKNAME = re.compile(r"""\s+[“"‘'][A-Z][\w.' -]{0,20}[”"’']\s+(?=[A-Z])""")


def _without_title(name: str) -> tuple[str, str]:
    """ "Mayor Ana Ruiz", "Sen. Ana Ruiz", "Harbor Workers Union Secretary-Treasurer Ana Ruiz"
    the model did not label: the name from its first name on, when a title or role stands
    right before that first name, and the words before it ("Mayor"); else the name and ""."""
    words = name.split()
    for k in range(1, len(words) - 1):
        if not first_name_gender(norm(words[k])):
            continue
        before = norm(words[k - 1]).rstrip(".")
        if any(part in _TITLE_WORDS for part in before.split("-")):
            return " ".join(words[k:]), " ".join(words[:k])
    return name, ""


# titles, roles and what a service makes someone ("former Marine John Tierney", "Army veteran
# Ana Ruiz"), which stand before a name but are no part of it
_TITLE_WORDS = lx.HONORIFICS | lx.TITLE_ROLES.keys() | lx.ROLE_NOUNS | {"marine", "veteran"}


def _some_one_of_a_kind(source_text: str) -> bool:
    words = source_text.split()
    return len(words) > 1 and words[0].lower() in lx.ANONYMOUS_DETERMINERS


def _no_persons_name(r: Resolver, head: Token, name: str) -> ResolvedSpeaker | None:
    """The speaker when the name is a body's, a place's, a law's or a document's, not a
    person's; None when it may be a person's."""
    company = r.index.companies.get(name) or r.index.companies.get(name.split()[0])
    if company and (name == company or len(name.split()) == 1):
        return r.group(head, company, "organisation")  # "Patriot" for Patriot Coal
    if r.orgs.full_name(name) != name:
        return r.group(head, r.orgs.full_name(name), "organisation")  # "Peabody said"
    if head.lower_.removesuffix("s") in lx.FINDINGS_NOUNS:
        return ResolvedSpeaker(name, "anonymous")  # a headline's "New Polls Show …"
    if _the_before_no_person(head, name):
        return r.group(head, name, "organisation")  # "The Islamic State said …"
    described = body_apposition(head)
    if described:
        return _described_body(name, described)  # "Brackwater, the shipping company,"
    if apposition_of_kind(head, _PLACE_NOUNS) is not None:
        return ResolvedSpeaker(name, "anonymous")  # "Millbrook, a town of 9,000,"
    if is_law_name(r.text, name):
        return ResolvedSpeaker(name, "anonymous")  # "Harlow-Brandt was meant to …"
    if is_place_name(name):
        return ResolvedSpeaker(name, "anonymous")  # "Cape Marrow says …": a place
    if named_for_its_kind(name, lx.INSTITUTION_NAME_WORDS) or _named_for_a_cause(name):
        return r.group(head, name, "organisation")  # "Varna University said"
    return None


def _named_for_a_cause(name: str) -> bool:
    """ "Democracy for America", "Parents for Clean Harbours": capitalised words on both
    sides of "for", as advocacy groups are named; no person's name holds "for"."""
    words = name.split()
    return "for" in words[1:-1] and all(w[:1].isupper() for w in words if w not in _NAME_SMALL)


_NAME_SMALL = frozenset("for of the and".split())


def _without_affiliation(name: str) -> str:
    """A person's name and the body they speak for, "Ana Ruiz of Harbour Watch" (the phrase
    the parser hangs on the name): the person's name, when it opens on a first name."""
    m = _AFFILIATION.match(name)
    if m is None or not first_name_gender(m["person"].split()[0]):
        return name
    return m["person"]


# two or three capitalised words, then "of" or "from" and a capitalised name
_AFFILIATION = re.compile(
    r"(?P<person>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}) (?:of|from) (?:the )?[A-Z]"
)


def _by_first_name_alone(r: Resolver, name: str) -> int | None:
    """ "Emir Rashid" after "Emir Rashid Bin Qadar", the model labelling only the longer
    name: the one person whose first name it is (after a title of no other gender), when it
    is no one's surname."""
    words = name.split()
    first = norm(words[0]).rstrip(".")
    title = first if len(words) == 2 and (first in lx.HONORIFICS or first in lx.TITLE_ROLES) else ""
    if len(words) - bool(title) != 1:
        return None
    pi = r.index.by_first_name(norm(words[-1]))
    if pi is None:
        return None
    gender = "m" if title in lx.MALE_TITLES else "f" if title in lx.FEMALE_TITLES else ""
    known = r.index.people[pi].known_gender
    return None if gender and known and gender != known else pi


def _the_before_no_person(head: Token, name: str) -> bool:
    """ "The Islamic State", "the Sierra Club": a name after "the" is no person's, unless it
    opens on a title or a first name ("the Rev. Ana Ruiz")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    first = head.doc[head.left_edge.i + 1] if head.left_edge.lower_ == "the" else head
    return not _title_word(first) and not first_name_gender(name.split()[0])


def unnamed(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker:
    """What no step claims: an unnamed source ("one senior EU diplomat"). A single person
    ("a nurse", "one resident") may be the "she" of a later sentence."""
    low = head.lower_
    spk = ResolvedSpeaker(clean_name(core_phrase(r.doc, head)), "anonymous", description=low)
    if (
        head.tag_ == "NN"
        and low not in lx.SHARE_WORDS  # "55 percent of voters" is many, never a "she"
        and (low in lx.ROLE_NOUNS or low in lx.HUMAN_NOUNS or lx.is_agent_noun(low))
    ):
        r.single(head, spk)
    return spk
