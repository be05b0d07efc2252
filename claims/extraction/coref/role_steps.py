"""Resolution steps for people named by what they are: kin ("Trump's son"), entourage
("his aides"), party members ("the Republican", "One Democrat"), role nouns and
descriptions ("the Russian leader", "the GOP candidate", "A state judge"), several people
("Obama and Clinton", "the mayor and the police chief") and plural nouns ("analysts")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .. import lexicon as lx
from ..first_names import first_name_gender
from ..types import ResolvedSpeaker
from .evidence import role_of, subject_of_next_verb
from .fitting import fits, noun_gender, party_of
from .mention_words import entity_at, is_definite, of_a_named_place_or_body
from .name_steps import unnamed
from .person import clean_name, norm, same_surname

if TYPE_CHECKING:
    from .resolver import Resolver


def two_names(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """Two names ("Obama and Clinton") that the parser did not join: two people together."""
    if head.ent_type_ == "PERSON" and _TWO_NAMES.fullmatch(source_text):
        return r.group(head, clean_name(source_text), "group")
    return None


# "Obama and Clinton": two capitalised names joined by "and"
_TWO_NAMES = re.compile(r"[A-Z][\w.'-]*( [A-Z][\w.'-]*)* and [A-Z][\w.' -]*")


def list_of_names(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "Ana Ruiz, Tom Hale and Bo Dunn have all attacked …": people named together, no one
    of them alone. The parser joins the later names to the first, or reads the second as
    the first's apposition and joins the third to it."""
    if not _persons_name(head):
        return None
    doc = head.doc
    # the apposition a list's second name is read as opens right after the first's comma
    # ("Ruiz, Tom Hale and …"), not after a description ("Ruiz, an author of …")
    seconds = [c for c in head.children if c.dep_ == "appos" and c.left_edge.i == head.i + 2]
    for first in (head, *seconds):
        joined = [
            c
            for c in first.children
            if c.dep_ == "conj" and _persons_name(c) and doc[c.left_edge.i - 1].lower_ in _LISTING
        ]
        listed = [first, *joined]
        # all of them in the source as written, not names the parser hung on it from afar
        if (
            joined
            and _persons_name(first)
            and any(t.ent_type_ == "PERSON" for t in listed)
            and all(t.text in source_text for t in listed)
            and any(c.dep_ == "cc" for t in listed for c in t.children)
        ):
            return r.group(head, clean_name(source_text), "group")
    return None


_LISTING = frozenset([",", "and", "or", "nor", "&"])


def _persons_name(tok: Token) -> bool:
    """A name the model took for a person's, or a proper noun it gave no label at all."""
    return tok.ent_type_ == "PERSON" or (tok.tag_ == "NNP" and not tok.ent_type_)


def conjoined(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """Joined nouns ("the mayor and the police chief"): several speakers together; not "the
    former governor and senator", one person described twice."""
    conj = [c for c in head.children if c.dep_ == "conj"]
    if not conj or _apposition_read_as_conj(head, conj):
        return None
    one_described = head.tag_ == "NN" and all(
        c.tag_ in ("NN", "NNP")
        and c.text.islower()
        and not any(d.dep_ == "det" for d in c.children)
        for c in conj
    )
    if one_described and [c.lower_ for c in head.children if c.dep_ == "det"] == ["the"]:
        return None
    return r.group(head, clean_name(source_text), "group")


def _apposition_read_as_conj(head: Token, conj: list[Token]) -> bool:
    """ "Even Norland, Vesta's only ally and its main trading partner, said …": a name, a
    comma and a description with no "and" of the name's own is the name described, not
    several speakers."""
    named = head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or head.tag_ in ("NNP", "NNPS")
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return (
        named
        and after is not None
        and after.text == ","
        and not any(c.dep_ == "cc" for c in head.children)
        and all(c.tag_ == "NN" and c.left_edge.i == head.i + 2 for c in conj)
    )


def kin_of_person(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "His ex-wife", "Trump’s son": the person the article makes that person's kin."""
    noun = _kin_noun(head)
    if noun is None:
        return None
    kin = _kin_of_unlisted_owner(r, head, noun)
    if kin is not None:
        return r.index.note(head, kin)
    owner, sure = _possessor(r, head)
    pi = None if owner is None else r.index.kin_of(owner, noun)
    if pi is None or not (sure or r.index.people[pi].known_gender):
        return None
    return r.index.note(head, pi)


def first_name_of_kin(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "The senator and his wife, Ana, who spoke of …", "Ruiz's son, Tomas, said": a lone
    first name set beside a kin noun of a named person takes that person's surname (Ana
    Ruiz, Tomas Ruiz), whether the source is the name or the kin noun with the name after
    it; "both Senator Ruiz and his wife Ana" is two people and stays theirs. The people index
    is left as it is: the full name joins no cluster of the surname."""
    given, kin = _first_name_beside_kin(head, source_text)
    if given is None:
        return None
    noun = _kin_noun(kin)
    gender = noun_gender(noun)
    if noun is None or not gender or first_name_gender(norm(given.text)) not in ("", gender):
        return None
    owner, sure = _possessor(r, kin)
    # "Tom Reeve and his wife, Ana": "his" is the person the kin noun is joined to
    joined = kin.dep_ == "conj" and owner is not None and r.index.person_in(kin.head) == owner
    if owner is None or not (sure or joined) or not r.index.people[owner].surname:
        return None
    p = r.index.people[owner]
    if len(p.canonical.split()) == 1 and first_name_gender(p.surname):
        return None  # the owner known by a first name alone ("Daniel"): no surname to give
    named = r.index.person_in(given)
    if norm(given.text) == p.given or (
        named not in (None, owner) and len(r.index.people[named].canonical.split()) > 1
    ):
        return None  # the first name is another person the article names in full
    surname = p.written_surname
    return ResolvedSpeaker(f"{given.text} {surname}", "person", kin.lower_, gender=gender)


def _first_name_beside_kin(head: Token, source_text: str) -> tuple[Token | None, Token]:
    """The lone first name and the kin noun it names: the name as the whole source ("his
    wife, Ana," with Ana labelled a person), or the kin noun as the source with a known
    first name set after it ("Varga's son, Grant, defended his father")."""
    if head.dep_ == "appos" and source_text == head.text:
        given, kin = head, head.head
        if head.ent_type_ != "PERSON" or kin.i > head.i:
            return None, kin
    else:
        given, kin = next((c for c in head.rights if c.dep_ == "appos"), None), head
        # a first name the name list knows, or one the model labelled a person's ("his wife,
        # Jane,": the list leaves out names a few men also bear)
        if given is None:
            return None, kin
        if not (first_name_gender(norm(given.text)) or given.ent_type_ == "PERSON"):
            return None, kin
    if given.tag_ != "NNP" or any(c.dep_ == "compound" for c in given.children):
        return None, kin
    return given, kin


def _kin_of_unlisted_owner(r: Resolver, head: Token, noun: str) -> int | None:
    """ "Luis Alberto Ruiz's wife" when the model missed Luis Alberto Ruiz as a person and
    the article names one other Ruiz, a woman ("Ana Ruiz … her husband"): she, not the
    owner's own name taken for hers. Only with a gendered kin noun and the gender known."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    gender = noun_gender(noun)
    if poss is None or poss.tag_ != "NNP" or not gender:
        return None
    given = [c for c in poss.lefts if c.dep_ == "compound" and c.tag_ == "NNP"]
    owner = r.index.person_in(poss)
    if not given or owner is None:
        return None
    p = r.index.people[owner]
    if not p.given or p.given == norm(given[0].text):
        return None  # the owner is the person found: kin_of decides
    family = [
        pi
        for pi, q in enumerate(r.index.people)
        if same_surname(q.surname, p.surname) and norm(given[0].text) != q.given
    ]
    if len(family) != 1 or r.index.people[family[0]].known_gender != gender:
        return None
    return family[0]


def _possessor(r: Resolver, head: Token) -> tuple[int | None, bool]:
    """The person whose noun this is ("his", "Trump’s"), and whether "his" or "her" surely
    means them: "Donald and Ivana Trump … His ex-wife", with neither gender known, is a
    guess."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None:
        return None, False
    if poss.lower_ in ("his", "her"):
        gender = "m" if poss.lower_ == "his" else "f"
        owner = r.index.recent(head, gender)
        return owner, owner is not None and r.index.people[owner].known_gender == gender
    return r.index.person_in(poss), True


def entourage(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "His aides", "Ana Ruiz’s family", "her lawyers": the people around one person the
    article names, a group named after them ("Ana Ruiz aides"), as specific as "McConnell
    aides"; not "the family" or "aides" with no one named. "Ana Ruiz's office" speaks for
    her."""
    group = _ENTOURAGE.get(head.lower_)
    if group is None or head.tag_ not in ("NN", "NNS"):
        return None
    owner, sure = _possessor(r, head)
    if owner is None:
        owner, sure = _owner_after(r, head), True
    if owner is None:
        owner = _owner_named_before(r, head)
    if owner is None or not sure:
        return None
    if group == "office":
        return r.index.people[owner].speaker()
    if group == "family":
        # "Ana Ruiz … her husband, Luis Ruiz … Ruiz's family": one family, named after the
        # one of them the article names first
        owner = r.index.first_named_of_surname(owner)
    return r.group(head, f"{r.index.people[owner].canonical} {group}", "group")


def _owner_after(r: Resolver, head: Token) -> int | None:
    """ "advisers to Mr. Ruiz", "lawyers for Ana Ruiz": the person named after the noun."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "for", "of"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            # not "aides to Ana Ruiz and Luis Ortiz": two people's aides
            if obj is not None and not any(c.dep_ == "conj" for c in obj.children):
                return r.index.person_in(obj)
    return None


def _owner_named_before(r: Resolver, head: Token) -> int | None:
    """ "Ruiz aides", "senior Ruiz advisers": the person whose name is the noun's modifier,
    for a group named as the article names them elsewhere ("Ana Ruiz aides")."""
    if any(
        (c.dep_ in ("nummod", "det", "poss") and c.lower_ != "the") or c.lower_ == "former"
        for c in head.lefts
    ):
        return None  # "two Ruiz aides" are some of them, "former Ruiz aides" others
    names = [c for c in head.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
    return r.index.person_in(names[-1]) if len(names) == 1 else None


# the people around someone, by the noun the group is named with
_ENTOURAGE = {
    "aides": "aides",
    "advisers": "advisers",
    "advisors": "advisers",
    "lawyers": "lawyers",
    "attorneys": "lawyers",
    "family": "family",
    "relatives": "family",
    # "Ana Ruiz's office said": her office speaks for her
    "office": "office",
}


def _kin_noun(head: Token) -> str | None:
    """The kin noun a head stands for, "ex-wife" also when split as "ex - wife"."""
    word = head.lower_
    doc = head.doc
    if word == "ex" and head.i + 2 < len(doc) and doc[head.i + 1].text == "-":
        word = f"ex-{doc[head.i + 2].lower_}"
    return word if word in lx.KIN_NOUNS else None


def party_noun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "The Republican", "the Democrat": the person of that party just mentioned."""
    party = lx.PARTY_WORDS.get(head.lower_)
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    if party is None or dets != ["the"] or head.tag_ not in ("NN", "NNP"):
        return None
    if head.lower_ == "gop":
        return None  # "the GOP doesn't want people voting": the party, not a member
    pi = None
    if any(c.ent_type_ == "GPE" for c in head.lefts if c.dep_ == "compound"):
        # "Speaker Ana Ruiz says … . …, the Wisconsin Republican criticized …": the one the
        # sentence before is about, not another Republican it mentions
        pi = _main_subject_before(r, head, party)
    if pi is None:
        pi = r.index.recent(head, sentences=2, party=party, needs_party=True)
    return None if pi is None else r.index.note(head, pi)


def _main_subject_before(r: Resolver, head: Token, party: str) -> int | None:
    """ "Senator Ana Ruiz is criticizing the governor. …, the Colorado Democrat said …": a
    party member from a place is the person the sentence before (or this one, before the
    mention) has as the subject of its main verb, outside quotations, unless the article
    gives that person another party."""
    floor = r.index.previous_sentence_start(head.i)
    for _ in range(3):
        # '"…," Ruiz told reporters. "I am not there yet." It was a reversal for the Ohio
        # Republican': over the quotation's sentences to the one naming its speaker
        first = next((t for t in r.doc[floor : head.i] if t.is_alpha), None)
        if floor == 0 or first is None or not r.index.quoted(first.idx):
            break
        floor = r.index.previous_sentence_start(floor)
    subjects = [
        t
        for t in r.doc[floor : head.i]
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.head.dep_ == "ROOT"
        and not r.index.quoted(t.idx)
        # "It was a reversal for the Ohio Republican": no one
        and t.lower_ not in ("it", "this", "that", "there")
    ]
    if not subjects:
        return None
    pi = r.index.person_in(subjects[-1])
    if pi is None:
        # '"…," he said. The Ohio Republican …': the person the pronoun was resolved to
        pi = next((m.person for m in r.index.mentions if m.token == subjects[-1].i), None)
    if pi is None:
        return None
    known = {lx.PARTY_WORDS.get(w) for w in r.index.people[pi].role_words} - {None}
    return None if known and known != {party} else pi


def party_member(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "One Republican", "at least one Democrat": a member of the party, unnamed; not the
    party (an organisation)."""
    if head.lower_ not in lx.PARTY_WORDS or head.tag_ not in ("NN", "NNP"):
        return None
    counted = [c.lower_ for c in head.children if c.dep_ in ("det", "nummod")]
    if not any(d in lx.ANONYMOUS_DETERMINERS for d in counted):
        return None
    # "At least one Democrat balked. “…,” Sen. Ana Ruiz (D-Mo.) said.": the one introduced
    pi = r.index.party_member_named_next(head, lx.PARTY_WORDS[head.lower_])
    if pi is not None:
        return r.index.note(head, pi)
    spk = ResolvedSpeaker(clean_name(source_text), "anonymous", description=head.lower_)
    return r.single(head, spk)


def role_noun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A role noun ("the Russian leader", "Putin's spokesman", "the president", not "one
    official"): the person who holds that role."""
    low = head.lower_
    if head.tag_ not in ("NN", "NNP") or not (
        low in lx.ROLE_NOUNS
        or _front_runner(head)
        or r.index.holds_role(low)
        or (is_definite(head) and (low in lx.FEMALE_NOUNS or low in lx.MALE_NOUNS))
    ):
        return None
    # "One BLM activist tweeted": someone of a kind (the parser hangs "one" as a number)
    determiners = (c.lower_ for c in head.children if c.dep_ in ("det", "poss", "nummod"))
    if any(d in lx.ANONYMOUS_DETERMINERS for d in determiners):
        return None
    if any(c.dep_ == "amod" and c.lower_ in _ONE_MORE for c in head.lefts):
        # 'quoted another official …. "…," said the second official': one more unnamed
        # one, not whoever holds the role ("the other man, his cousin Ben Ruiz," is him)
        pi = _named_in_apposition(r, head)
        return unnamed(r, head, source_text) if pi is None else r.index.note(head, pi)
    # "his longtime physician" is someone of his, not the last man named
    possessed = (
        bool(_POSSESSIVE.search(source_text))
        or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children)
        or _someone_of_a_person(head)
    )
    pi = r.index.by_role(head, possessed=possessed)
    if pi is not None and _named_in_fronted_phrase(r, head, pi):
        return unnamed(r, head, source_text)
    unnamed_before = _unnamed_of_that_kind(r, head) if not possessed else None
    if (
        unnamed_before is not None
        and (pi is None or not _holds_or_spoke_since(r, pi, low, unnamed_before[0], head))
        and r.index.named_next(head) is None
    ):
        # '"…," said a harbor official who asked not to be named. … "…," the official
        # said': the unnamed one, not whoever the article named just before
        return unnamed_before[1]
    if pi is not None and not r.index.people[pi].roles and _described(head):
        # "Ruiz spoke first, the independent Ohio senator said …": she is the senator from
        # here on, and a later "the senator" is not whoever was named in between
        r.index.people[pi].roles.add(role_of(low))
    if pi is None:
        pi = r.index.named_next(head)
    if pi is None:
        pi = r.index.introduced_next(head)
    # "the attorney general of Maine" is no one the article did not give that role
    guess = not possessed and is_definite(head) and not of_a_named_place_or_body(head)
    if pi is None and guess:
        pi = r.index.topic_subject(head)
    if pi is None and guess:
        pi = _candidate_of_campaign(r, head)
    return None if pi is None else r.index.note(head, pi)


# "the second official", "the other aide": one more of the kind, whom the article does not name
_ONE_MORE = frozenset("second third fourth fifth other".split())


def _named_in_apposition(r: Resolver, head: Token) -> int | None:
    """The person an apposition of head names ("the other man, his cousin Ben Ruiz,"), else
    None."""
    return next(
        (
            r.index.by_token[t.i]
            for c in head.children
            if c.dep_ == "appos"
            for t in c.subtree
            if t.i in r.index.by_token
        ),
        None,
    )


def _holds_or_spoke_since(r: Resolver, pi: int, noun: str, since: int, head: Token) -> bool:
    """Whether the person holds the role, or was a subject after offset `since` ("A
    lawmaker wants … Santos said … The lawmaker said": Santos is the lawmaker)."""
    if role_of(noun) in r.index.people[pi].roles:
        return True
    return any(
        m.person == pi and m.subject and since < m.offset < head.idx for m in r.index.mentions
    )


def _unnamed_of_that_kind(r: Resolver, head: Token) -> tuple[int, ResolvedSpeaker] | None:
    """The last unnamed single speaker before "the official" whose noun it repeats ("a
    Mexican official"), with where it was, when the role noun is definite."""
    if not is_definite(head):
        return None
    role = role_of(head.lower_)
    return next(
        (
            (pos, spk)
            for pos, spk in reversed(r.singles)
            if pos < head.idx
            and spk.kind == "anonymous"
            and spk.description
            and role_of(spk.description.split()[-1].lower()) == role
        ),
        None,
    )


def _someone_of_a_person(head: Token) -> bool:
    """ "the senior Ruiz adviser", "a 2008 Ruiz veteran": someone of Ruiz's, as "Ruiz's
    adviser" is, never Ruiz."""
    return head.lower_ in lx.STAFF_NOUNS and any(
        c.dep_ == "compound" and c.tag_ == "NNP" for c in head.children
    )


def _described(head: Token) -> bool:
    """ "the independent Ohio senator", "the former Florida governor": a role noun with words
    of its own that describe the holder, not a bare "the spokesman"."""
    return any(c.dep_ in ("amod", "compound", "nmod") for c in head.lefts)


def _named_in_fronted_phrase(r: Resolver, head: Token, pi: int) -> bool:
    """ "In a talk with Rilla Vance about his show, the actor said …": a description as
    the main subject is not the person named in the phrase its verb opens with, unless the
    article gave that person the role."""
    verb = head.head
    if head.dep_ == "appos" and subject_of_next_verb(head):
        verb = head.doc[head.right_edge.i + 1]  # the subject the parser hung on the names
    elif head.dep_ != "nsubj":
        return False
    if verb.dep_ != "ROOT":
        return False
    if role_of(head.lower_) in r.index.people[pi].roles:
        return False
    fronted = [c for c in verb.children if c.dep_ == "prep" and c.i < head.i]
    return any(
        m.person == pi and not m.subject and c.left_edge.i <= m.token <= c.right_edge.i
        for c in fronted
        for m in r.index.mentions
    )


def topic_epithet(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "The New York businessman says …", "the cautious candidate said" in a story about one
    person: the person the article names far more often than anyone, when that person is
    also the one last named outside quotations (no one else between to be meant) and the
    party words, if any, are that person's. Such a story calls its subject a candidate or a
    businessman without giving it as a role."""
    if head.tag_ != "NN" or not (head.lower_ in _EPITHET_NOUNS or _front_runner(head)):
        return None
    if [c.lower_ for c in head.children if c.dep_ in ("det", "poss")] != ["the"]:
        return None  # "a candidate", "his nominee"
    if any(c.dep_ in ("prep", "relcl", "acl") for c in head.children):
        return None  # "the candidate for governor", "the candidate who …": someone else
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
    words = {norm(t.text) for m in mods for t in m.subtree if t.is_alpha}
    before = [m for m in r.index.mentions if m.offset < head.idx]
    counts: dict[int, int] = {}
    for m in before:
        counts[m.person] = counts.get(m.person, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < _TOPIC_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    pi = ranked[0][0]
    quotes = r.index.quote_spans
    outside = [m for m in before if not any(s <= m.offset < e for s, e in quotes)]
    if not outside or max(outside, key=lambda m: m.offset).person != pi:
        return None
    p = r.index.people[pi]
    party = party_of(words)
    if party and party_of(p.role_words) != party:
        return None  # "the Democratic nominee" only for one the article gave that party
    if not p.given or not fits(p, noun_gender(head.lower_), "", ""):
        return None
    return r.index.note(head, pi)


def epithet_after_subject(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "Ana Ruiz toured the plant on Monday. The self-described socialist said …", "The
    74-year-old said …": a description opening its sentence, right after a sentence whose
    subject is a named person and that names or describes no one else, is that person."""
    if not _epithet_word(head) or not is_definite(head) or head.left_edge.i != head.sent.start:
        return None
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in head.children):
        return None  # "the socialist from Vermont", "the lawyer who …": someone else
    start = r.index.previous_sentence_start(head.i)
    named = {m.person for m in r.index.mentions if start <= m.token < head.i}
    subjects = [m for m in r.index.mentions if start <= m.token < head.i and m.subject]
    if len(named) != 1 or not subjects:
        return None
    others = [
        t
        for t in r.doc[start : head.sent.start]
        if t.tag_ == "NN"
        and (t.lower_ in lx.ROLE_NOUNS or t.lower_ in lx.HUMAN_NOUNS or lx.is_agent_noun(t.lower_))
    ]
    pi = subjects[0].person
    if others or not fits(r.index.people[pi], noun_gender(head.lower_), "", ""):
        return None  # "Ruiz met the ambassador. The diplomat said …" may be the ambassador
    return r.index.note(head, pi)


def _epithet_word(head: Token) -> bool:
    """A singular noun for someone who does something ("socialist", "photographer") or
    "old" of "74-year-old"; not a word for a body of people ("the family", "the state")."""
    if head.lower_ == "old" and head.i >= 2 and head.doc[head.i - 1].text == "-":
        return head.doc[head.i - 2].lower_ == "year"
    low = head.lower_
    return head.tag_ == "NN" and lx.is_agent_noun(low) and low not in lx.HUMAN_NOUNS


# what a story calls the candidate or the tycoon it follows
_EPITHET_NOUNS = frozenset(
    "candidate nominee hopeful frontrunner front-runner businessman businesswoman "
    "billionaire mogul tycoon magnate".split()
)
_TOPIC_MENTIONS = 4  # mentions of the person before, at least


def _front_runner(head: Token) -> bool:
    """ "The Democratic front-runner", which the tokenizer splits "front - runner"."""
    doc = head.doc
    return (
        head.lower_ == "runner"
        and head.i >= 2
        and doc[head.i - 1].text == "-"
        and doc[head.i - 2].lower_ == "front"
    )


# "the candidate's former doctor": a possessed role noun never falls back to the last person
_POSSESSIVE = re.compile(r"\w['’]s\s")


def _candidate_of_campaign(r: Resolver, head: Token) -> int | None:
    """ "The Trump campaign posted the plan. … The GOP candidate proposes …": "the
    candidate" or "the nominee" is the one candidate whose campaign the article named
    before; with two candidates' campaigns named, or a party that does not fit, no one."""
    if head.lower_ not in ("candidate", "nominee"):
        return None
    owners = {
        norm(owner.rsplit(" ", 1)[0].split()[-1])
        for i, owner in r.orgs.campaigns
        if i < head.i and owner not in ("his", "her")
    }
    if len(owners) != 1:
        return None
    pi = r.index.find("", owners.pop())
    if pi is None:
        return None
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
    party = {lx.PARTY_WORDS.get(t.lower_) for m in mods for t in m.subtree} - {None}
    known = {lx.PARTY_WORDS.get(w) for w in r.index.people[pi].role_words} - {None}
    if len(party) > 1 or (party and known and party != known):
        return None  # "the Democratic nominee" is not the Republican whose campaign it is
    return pi


def named_later(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "A state judge ruled …" when the article names one judge ("Judge Ana Ruiz"): an
    opening description of the person it names."""
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    # a headline's bare "Judge rejects …" is such a description too
    headline = not dets and head.is_sent_start and head.text.istitle()
    if head.tag_ not in ("NN", "NNP") or not (dets in (["a"], ["an"]) or headline):
        return None
    if head.lower_ not in lx.ROLE_NOUNS or _someone_of_a_person(head):
        return None
    pi = r.index.sole_holder(head.lower_)
    if pi is None or not _whose_fits(r, head, pi):
        return None
    return r.index.note(head, pi)


def lead_description(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "Former Judge Says Ruling Was Wrong" (the headline) or "a retired judge says" (the
    lead), then "Ana Ruiz, who sat on the bench …, said": the person the article opens on."""
    low = head.lower_
    person_noun = low in lx.ROLE_NOUNS or lx.is_agent_noun(low)
    if head.tag_ not in ("NN", "NNP") or not person_noun or head.ent_type_:
        return None
    if low in _UNNAMED_SOURCE_NOUNS:
        return None  # "A senior official says …": news keeps such a source unnamed
    if _plural_person_noun(low):
        return None  # "Coastal Lawmakers Rip Plan": many people, not the one it opens on
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod")}
    described = [c for c in head.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if dets - {"a", "an", "the"} or not described:
        return None  # "one official", "another doctor", a bare "a doctor": someone else
    pi = r.index.introduced_after_lead(head)
    return None if pi is None else r.index.note(head, pi)


def _plural_person_noun(low: str) -> bool:
    """ "lawmakers", "senators", "judges": the plural of a role or agent noun."""
    single = low[:-1]
    return low.endswith("s") and (single in lx.ROLE_NOUNS or lx.is_agent_noun(single))


# the nouns news writing describes a source it does not name with
_UNNAMED_SOURCE_NOUNS = frozenset(
    """
    official source aide spokesman spokeswoman spokesperson diplomat staffer insider officer
    adviser advisor person member employee worker resident witness
    """.split()
)


def _whose_fits(r: Resolver, head: Token, pi: int) -> bool:
    """ "A spokeswoman for Hillary Clinton" is only the spokeswoman the article gave to
    Clinton: a name after the role noun must be among the words of the person's role."""
    words = r.index.people[pi].role_words
    for prep in (c for c in head.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            named = {norm(t.text) for t in pobj.subtree if t.tag_ in ("NNP", "NNPS")}
            if named and not named & words:
                return False
    return True


def plural_noun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A plural noun for people ("analysts", "Democrats"): a group."""
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    low = head.lower_
    if low in lx.ISSUED_NOUNS or low.removesuffix("s") in lx.ISSUED_NOUNS:
        # "Records show …", "Court filings say …" with no keeper named: things, no group
        return ResolvedSpeaker(source_text, "anonymous")
    body = _body_of_members(head)
    if body:
        # "Officials at the Ruiz Foundation" are the "Ruiz Foundation officials"
        return r.group(head, f"{body} {head.lower_}", "group")
    return r.group(head, clean_name(source_text), "group")


def _body_of_members(head: Token) -> str:
    """The organisation a plural noun's people belong to, named after it ("officials at the
    Ruiz Foundation", "economists with Ortiz Bank"), when they are all of its such people: not
    "two officials at …" or "some economists with …"."""
    if head.lower_ not in _MEMBER_NOUNS or any(c.lower_ != "the" for c in head.lefts):
        return ""  # "pro-life members of the party" are not all its members
    if any(c.dep_ == "conj" for c in head.children):
        return ""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "of", "with", "from", "in"):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or any(c.dep_ in ("conj", "cc") for c in obj.children):
            return ""  # "officials at the bureau and the ministry"
        ent = entity_at(head.doc, obj.i)
        if ent is not None and obj.ent_type_ == "ORG" and ent.end == obj.i + 1:
            return clean_name(ent.text)
    return ""


# people who speak for the body they work in: "officials at …", "economists with …"
_MEMBER_NOUNS = frozenset(
    "officials executives employees staff staffers spokesmen spokespeople researchers "
    "economists scientists analysts lawyers attorneys leaders investigators experts "
    "strategists".split()
)
