"""Speaker resolution inside one article.

- People are clustered by name: a short name joins the fullest form in the article
  ("Putin" -> "Vladimir Putin"), spelling variants join by fuzzy surname match
  (Zelensky / Zelenskyy), different first names stay apart (Bill / Hillary Clinton).
- Roles are learnt from titles ("Ukrainian President Volodymyr Zelensky") and appositions
  ("Dmitri Peskov, Putin's spokesman"); a role-noun source ("the Russian leader",
  "Putin's spokesman") goes to the person whose learnt role fits, else to the most recent
  compatible person.
- Pronouns go to the most recent compatible speaker or person, with gender learnt from
  titles (Mr., Mrs.) and from earlier resolved pronouns.
- Unnamed sources stay anonymous ("one senior EU diplomat") or groups ("analysts").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .types import ResolvedSpeaker

# ==== names ======================================================================================
_HONORIFIC_STEMS = frozenset(h.rstrip(".") for h in lx.HONORIFICS)


def _norm(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _same_surname(a: str, b: str) -> bool:
    """Spelling variants of one surname match: Zelensky / Zelenskyy."""
    return a == b or (min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 85)


def _name_tokens(ent: Span) -> list[Token]:
    """The words of a name entity without titles, punctuation and trailing words."""
    kept = []
    for t in ent:
        if t.text in ("(", ",", "[", "/"):
            break  # "Harry Reid (D-Nev.)", "Smith, 82"
        kept.append(t)
    toks = [t for t in kept if t.is_alpha or (t.text.endswith(".") and len(t.text) <= 3)]
    while toks and toks[0].lower_.rstrip(".") in _HONORIFIC_STEMS:
        toks = toks[1:]
    toks = [t for t in toks if t.tag_ != "POS"]
    # the small model sometimes runs a name into the next word: "Maria Lopez said"
    while toks and not toks[-1].text[:1].isupper():
        toks = toks[:-1]
    while toks and not toks[0].text[:1].isupper():
        toks = toks[1:]
    return toks


# ==== people =====================================================================================
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_LEADER_WORDS = frozenset("leader president premier chancellor ruler head strongman".split())


@dataclass
class Person:
    """One cluster of names in the article and what the text says about that person."""

    given: str = ""  # normalised first name when known
    surname: str = ""
    gender: str = ""  # "m", "f" or ""
    roles: set[str] = field(default_factory=set)  # role head nouns: "president", "spokesman"
    role_words: set[str] = field(default_factory=set)  # all words of learnt descriptions
    descriptions: list[str] = field(default_factory=list)
    nations: set[str] = field(default_factory=set)  # "russ", "ukra": from titles and possessors
    counts: dict[str, int] = field(default_factory=dict)  # name form -> occurrences in the text

    @property
    def names(self) -> list[str]:
        return list(self.counts)

    @property
    def canonical(self) -> str:
        """The fullest form, preferring a frequent two-to-three-word name over a rare longer
        one ("Hillary Clinton" over a one-off "Crooked Hillary Clinton")."""
        full = [n for n in self.names if len(n.split()) > 1] or self.names
        return max(
            full,
            key=lambda n: (
                self.counts.get(n, 0) > 1 or len(full) == 1,
                min(len(n.split()), 3),
                self.counts.get(n, 0),
                len(n),
            ),
        )

    def speaker(self) -> ResolvedSpeaker:
        canon = self.canonical
        aliases = tuple(sorted({n for n in self.names if n != canon}))
        desc = self.descriptions[0] if self.descriptions else ""
        return ResolvedSpeaker(canon, "person", desc, aliases)


class Mention(NamedTuple):
    token: int  # index of the mention's head token
    person: int  # index into PeopleIndex.people
    subject: bool
    offset: int  # character offset of the mention


class PeopleIndex:
    """The people an article names, where it mentions them, and which one a later mention
    most likely means."""

    def __init__(
        self,
        doc: Doc,
        text: str,
        sent_bounds: Callable[[int], tuple[int, int]],
        content_spans: list[tuple[int, int]],
        quote_spans: list[tuple[int, int]],
    ):
        self.doc = doc
        self.text = text
        self.sent_bounds = sent_bounds
        self.contents = sorted(content_spans)
        self.quote_spans = sorted(quote_spans)
        self.people: list[Person] = []
        self.by_token: dict[int, int] = {}  # token index -> person index
        self.mentions: list[Mention] = []
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self._add_named(ent)
        # the small model often labels a known surname ORG or GPE: "Trump has said"
        for ent in doc.ents:
            if ent.label_ in ("ORG", "GPE", "NORP", "PRODUCT"):
                self._add_mislabelled(ent)
        self.mentions.sort(key=lambda m: m.offset)

    # ---- building ------------------------------------------------------------------------------
    def _add_named(self, ent: Span) -> None:
        """A PERSON entity: join (or start) its cluster and learn from the words around it."""
        toks = _name_tokens(ent)
        if not toks:
            return
        name = self.text[toks[0].idx : toks[-1].idx + len(toks[-1])]
        surname = _norm(toks[-1].text)
        given = _norm(toks[0].text.rstrip(".")) if len(toks) > 1 else ""
        pi = self.find(given, surname, frozenset(_norm(t.text) for t in toks[:-1]))
        if pi is None:
            self.people.append(Person(surname=surname))
            pi = len(self.people) - 1
        p = self.people[pi]
        if name not in p.counts:
            p.counts[name] = self.text.count(name)
        if given and not p.given:
            p.given = given
        _learn_gender_from_title(self.doc, ent, p)
        _learn_roles(self.doc, ent, p)
        root = ent.root
        subject = root.dep_ in _SUBJECT_DEPS or (
            root.dep_ == "appos" and root.head.dep_ in _SUBJECT_DEPS
        )
        self._add_mention(ent, pi, subject)
        if subject and not p.gender:
            _learn_gender_from_pronouns(self.doc, ent, p, self.sent_bounds(ent.start)[1])

    def _add_mislabelled(self, ent: Span) -> None:
        """A known surname the model labelled ORG, GPE, NORP or PRODUCT."""
        toks = _name_tokens(ent)
        if not toks or len(toks) > 3:
            return
        pi = self.find(_norm(toks[0].text) if len(toks) > 1 else "", _norm(toks[-1].text))
        if pi is not None:
            self._add_mention(ent, pi, ent.root.dep_ in _SUBJECT_DEPS)

    def _add_mention(self, ent: Span, pi: int, subject: bool) -> None:
        for t in ent:
            self.by_token[t.i] = pi
        self.mentions.append(Mention(ent.root.i, pi, subject, ent.start_char))

    # ---- looking up ----------------------------------------------------------------------------
    def find(self, given: str, surname: str, words: frozenset = frozenset()) -> int | None:
        """The cluster a name (first name, surname, all words but the last) belongs to."""
        best = None
        for pi, p in enumerate(self.people):
            if not _same_surname(p.surname, surname):
                continue
            if (
                given
                and p.given
                and not (
                    given == p.given
                    or (given[0] == p.given[0] and (len(given) <= 2 or len(p.given) <= 2))
                    or p.given in words  # "Crooked Hillary Clinton" is Hillary Clinton
                )
            ):
                continue
            if (
                best is None
                or given
                # a bare surname shared by two people ("Hillary Clinton … her daughter Chelsea
                # Clinton … Clinton said") means the one the article names most
                or sum(p.counts.values()) >= sum(self.people[best].counts.values())
            ):
                best = pi  # else the latest compatible cluster
        return best

    def person_in(self, tok: Token) -> int | None:
        """A person named by the noun phrase headed by tok (name, title + name, appositive)."""
        if tok.i in self.by_token:
            return self.by_token[tok.i]
        titled = tok.lower_ in lx.ROLE_NOUNS or tok.lower_ in lx.HONORIFICS
        for c in tok.children:
            if c.i in self.by_token and (c.dep_ == "appos" or (c.dep_ == "compound" and titled)):
                return self.by_token[c.i]
        if tok.tag_ in ("NNP", "NNPS"):
            return self.find("", _norm(tok.text))
        return None

    def note(self, head: Token, pi: int) -> ResolvedSpeaker:
        """Record a resolved mention so that later pronouns can find it."""
        if head.i not in self.by_token:
            self.mentions.append(Mention(head.i, pi, head.dep_ in _SUBJECT_DEPS, head.idx))
        return self.people[pi].speaker()

    def last_mention(self, pi: int | None, before: int) -> int:
        """Character offset of the person's last mention before `before`, -1 when none."""
        return max(
            (m.offset for m in self.mentions if m.person == pi and m.offset < before), default=-1
        )

    def holds_role(self, noun: str) -> bool:
        return any(noun in p.roles for p in self.people)

    def recent(
        self,
        tok: Token,
        gender: str = "",
        nationality: str = "",
        sentences: int = 0,
        role: str = "",
    ) -> int | None:
        """The most recent compatible person before tok, subjects first within a sentence.

        With sentences > 0, only people mentioned in this or the previous sentences count."""
        here = tok.idx
        sent_start = self.sent_bounds(tok.i)[0]
        floor = sent_start
        for _ in range(sentences):
            if floor > 0:
                floor = self.sent_bounds(floor - 1)[0]
        best = None
        best_key = None
        for m in self.mentions:
            if m.offset >= here or here - m.offset > 1500:
                continue
            if (sentences and m.token < floor) or (m.token >= sent_start and m.token > tok.i):
                continue
            if not _fits(self.people[m.person], gender, nationality, role):
                continue
            key = self._recency_key(m, here)
            if best_key is None or key > best_key:
                best, best_key = m.person, key
        return best

    def _recency_key(self, m: Mention, here: int) -> tuple:
        in_content = _inside_other(self.contents, m.offset, here)
        # someone named inside another person's quoted words ('"I would, Donald,"
        # Melanie said. "…," she said') is the last one a pronoun outside them means
        in_quote = _inside_other(self.quote_spans, m.offset, here)
        return (not in_quote, self.sent_bounds(m.token)[0], not in_content, m.subject, m.offset)

    def by_role(self, head: Token, possessed: bool) -> int | None:
        """'the Russian leader', 'Putin's spokesman', 'the president'."""
        mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")]
        words = {_norm(t.text) for m in mods for t in m.subtree if t.is_alpha}
        possessor = next((self.by_token.get(m.i) for m in mods if m.dep_ == "poss"), None)
        nationality = ""
        for m in mods:
            if m.ent_type_ in ("NORP", "GPE") or (m.tag_ == "JJ" and m.text[:1].isupper()):
                nationality = _norm(m.text)
        best = self._best_role_match(head, words, possessor, nationality)
        if best is not None:
            return best
        if possessor is not None or possessed:
            return None  # "the candidate's former doctor" is not the candidate
        # an unknown role noun ("the mayor") only points back a short way, to someone
        # just mentioned; "the Russian leader" needs a person of no other nationality
        pi = self.recent(head, nationality=nationality, sentences=2, role=head.lower_)
        if pi is not None and nationality:
            # "the Russian leader" -> this person is Russian for the rest of the article
            self.people[pi].nations.add(nationality[:4])
        return pi

    def _best_role_match(
        self, head: Token, words: set[str], possessor: int | None, nationality: str
    ) -> int | None:
        """The person mentioned before head whose learnt role fits it well enough."""
        possessor_names = (
            {_norm(w) for w in self.people[possessor].canonical.split()}
            if possessor is not None
            else set()
        )
        best = None
        best_score = 0
        for pi, p in enumerate(self.people):
            if pi == possessor or self.last_mention(pi, head.idx) < 0:
                continue
            score = _role_score(p, head.lower_, words, possessor_names, nationality)
            if score > best_score:
                best, best_score = pi, score
        if best is not None and best_score >= 2 + (1 if words else 0):
            return best
        return None


def _fits(p: Person, gender: str, nationality: str, role: str) -> bool:
    """Nothing known about p contradicts the gender, nationality or role asked for."""
    if gender and p.gender and p.gender != gender:
        return False
    if nationality and p.nations and nationality[:4] not in p.nations:
        return False
    # "the minister" is not the person the article calls its chief executive
    return not (
        role
        and p.roles
        and role not in p.roles
        and not (p.roles & _LEADER_WORDS and role in _LEADER_WORDS)
    )


def _role_score(
    p: Person, role: str, words: set[str], possessor_names: set[str], nationality: str
) -> int:
    score = 0
    if role in p.roles:
        score += 2 + len(words & p.role_words)
        if possessor_names & p.role_words:
            score += 3  # "Putin's spokesman" for "Dmitri Peskov, Putin's spokesman"
    if (
        nationality
        and nationality[:4] in p.nations
        and role in _LEADER_WORDS
        and (p.roles & _LEADER_WORDS)
    ):
        score += 3  # "the Brazilian leader" for "Brazilian President Luiz Moreira"
    return score


def _inside_other(spans: list[tuple[int, int]], pos: int, here: int) -> bool:
    """pos lies inside one of the spans and here does not lie inside that same span."""
    return any(s <= pos < e and not s <= here < e for s, e in spans)


# ==== evidence: what the words around a name say about the person ================================
_COURTESY_TITLES = frozenset("mr mrs ms dr".split())


def _learn_gender_from_title(doc: Doc, ent: Span, p: Person) -> None:
    """'Mr. Trump', 'Queen Elizabeth': a title inside the name or just before it."""
    first = ent[0].lower_
    if ent.start > 0 and first not in lx.HONORIFICS:
        first = doc[ent.start - 1].lower_
    if first in lx.MALE_TITLES:
        p.gender = "m"
    elif first in lx.FEMALE_TITLES:
        p.gender = "f"


def _learn_gender_from_pronouns(doc: Doc, ent: Span, p: Person, sent_end: int) -> None:
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


def _learn_roles(doc: Doc, ent: Span, p: Person) -> None:
    """Roles and nationality from the title before the name, a possessor and appositions."""
    root = ent.root
    title = _title_words(doc, ent)
    for w in title:
        if w.ent_type_ in ("NORP", "GPE"):
            p.nations.add(_norm(w.text)[:4])
    for c in root.lefts:
        if c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP"):
            p.nations.add(_norm(c.text)[:4])
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
        p.role_words.add(_norm(w).strip(",."))


# ==== resolution =================================================================================
class Resolver:
    """Resolves each source mention of one article to a speaker. Earlier answers count:
    resolved people are noted in the people index, and unnamed, group and organisation
    speakers are kept by position for later pronouns."""

    def __init__(
        self,
        doc: Doc,
        text: str,
        content_spans: list[tuple[int, int]],
        sent_bounds: Callable[[int], tuple[int, int]],
        quote_spans: list[tuple[int, int]],
    ):
        self.doc = doc
        self.index = PeopleIndex(doc, text, sent_bounds, content_spans, quote_spans)
        self.groups: list[tuple[int, ResolvedSpeaker]] = []  # plural/org speakers by position
        self.singles: list[tuple[int, ResolvedSpeaker]] = []  # unnamed single speakers
        self.things: list[tuple[int, ResolvedSpeaker]] = []  # organisations and documents

    def resolve(self, head: Token, source_text: str) -> ResolvedSpeaker:
        spk = self.speaker_for(head, source_text)
        if head.lower_ != "it" and (
            spk.kind == "organisation"
            or (spk.kind == "anonymous" and head.lower_ in lx.DOCUMENT_NOUNS)
        ):
            self.things.append((head.idx, spk))
        return spk

    def speaker_for(self, head: Token, source_text: str) -> ResolvedSpeaker:
        """The answer of the first step in RESOLUTION_STEPS that knows this kind of mention."""
        for step in RESOLUTION_STEPS:
            spk = step(self, head, source_text)
            if spk is not None:
                return spk
        return _unnamed(self, head, source_text)

    def group(self, head: Token, name: str, kind: str) -> ResolvedSpeaker:
        """A group or organisation speaker, kept for a later "they" or "we"."""
        spk = ResolvedSpeaker(name, kind)
        self.groups.append((head.idx, spk))
        return spk

    def single(self, head: Token, spk: ResolvedSpeaker) -> ResolvedSpeaker:
        """An unnamed or unknown single speaker, kept for a later "he" or "she"."""
        self.singles.append((head.idx, spk))
        return spk


# Each step takes (resolver, head token, source text as written) and returns a speaker, or
# None when the mention is not of its kind.
_POSSESSIVE = re.compile(r"\w['’]s\s")
# "Obama and Clinton": two capitalised names joined by "and"
_TWO_NAMES = re.compile(r"[A-Z][\w.'-]*( [A-Z][\w.'-]*)* and [A-Z][\w.' -]*")


def _relative_pronoun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "who said" in a relative clause: the noun it hangs on."""
    if head.tag_ not in ("WP", "WDT") or not head.dep_.startswith("nsubj"):
        return None
    rel = head.head
    if rel.dep_ == "relcl":
        return r.speaker_for(rel.head, r.doc[rel.head.left_edge.i : rel.head.i + 1].text)
    prev = r.doc[head.i - 1] if head.i else None
    if prev is not None and prev.tag_.startswith("NN"):
        # the relative clause parsed loose: "the Police Department which reported"
        return r.speaker_for(prev, r.doc[prev.left_edge.i : prev.i + 1].text)
    return None


def _document_issuer(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "a statement from the White House", "a report by the agency": whoever issued it."""
    if head.lower_ not in lx.DOCUMENT_NOUNS:
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of") and c.i > head.i:
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None and (pobj.ent_type_ or pobj.tag_.startswith("NNP")):
                return r.speaker_for(pobj, r.doc[pobj.left_edge.i : pobj.right_edge.i + 1].text)
    return None


def _two_names(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "Obama and Clinton" that the parser did not join: two people speak together."""
    if head.ent_type_ == "PERSON" and _TWO_NAMES.fullmatch(source_text):
        return r.group(head, _clean(source_text), "group")
    return None


def _named_person(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "Zelensky", "President Zelensky", "the spokesman, Dmitri Peskov"."""
    pi = r.index.person_in(head)
    return None if pi is None else r.index.note(head, pi)


def _personal_pronoun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "he", "she": the most recent compatible person, or an unnamed speaker after them."""
    if head.lower_ in lx.MALE_PRONOUNS:
        gender = "m"
    elif head.lower_ in lx.FEMALE_PRONOUNS:
        gender = "f"
    else:
        return None
    pi = r.index.recent(head, gender)
    # "One resident said ... 'Every time ...,' she said": an unnamed speaker just before
    last_single = _latest_before(r.singles, head.idx)
    if last_single is not None:
        pos, spk = last_single
        if pos > r.index.last_mention(pi, head.idx) and head.idx - pos < 600:
            return spk
    if pi is None:
        return ResolvedSpeaker(source_text, "anonymous")
    p = r.index.people[pi]
    if not p.gender:
        p.gender = gender
    return r.index.note(head, pi)


def _it_pronoun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "it": the organisation or publication that spoke last: "the Times wrote … it added"."""
    if head.lower_ != "it":
        return None
    last = _latest_before(r.things, head.idx)
    return last[1] if last else ResolvedSpeaker(source_text, "anonymous")


def _plural_pronoun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "they", "we": the group or organisation that spoke last."""
    if head.lower_ not in lx.PLURAL_PRONOUNS and head.lower_ != "we":
        return None
    last = _latest_before(r.groups, head.idx)
    return last[1] if last else ResolvedSpeaker(source_text, "group")


def _conjoined(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "the mayor and the police chief": several speakers together."""
    if any(c.dep_ == "conj" for c in head.children):
        return r.group(head, _clean(source_text), "group")
    return None


def _organisation_entity(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """An organisation, place or nationality the model labelled: "the Kremlin", "Reuters"."""
    if head.ent_type_ not in ("ORG", "GPE", "NORP", "FAC"):
        return None
    return r.group(head, _entity_name(r.doc, head) or source_text, "organisation")


def _role_noun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "the Russian leader", "Putin's spokesman", "the president"; not "one official"."""
    low = head.lower_
    if head.tag_ not in ("NN", "NNP") or not (low in lx.ROLE_NOUNS or r.index.holds_role(low)):
        return None
    determiners = (c.lower_ for c in head.children if c.dep_ in ("det", "poss"))
    if any(d in lx.ANONYMOUS_DETERMINERS for d in determiners):
        return None
    pi = r.index.by_role(head, possessed=bool(_POSSESSIVE.search(source_text)))
    return None if pi is None else r.index.note(head, pi)


def _plural_noun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "analysts", "Democrats": a group."""
    if head.tag_ in ("NNS", "NNPS"):
        return r.group(head, _clean(source_text), "group")
    return None


def _organisation_noun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "the ministry", "the Justice Department": a word that names a body."""
    name = _clean(source_text)
    if head.lower_ in lx.ORG_SUFFIX_WORDS or (
        head.tag_ == "NNP" and any(w.lower() in lx.ORG_SUFFIX_WORDS for w in name.split())
    ):
        return r.group(head, name, "organisation")
    return None


def _proper_noun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A name the people index does not know: a person named once."""
    if head.tag_ == "NNP":
        return r.single(head, ResolvedSpeaker(_clean(source_text), "person"))
    return None


def _unnamed(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker:
    """What no step claims: an unnamed source ("one senior EU diplomat"). A single person
    ("a nurse", "one resident") may be the "she" of a later sentence."""
    low = head.lower_
    spk = ResolvedSpeaker(_clean(_core_phrase(r.doc, head)), "anonymous", description=low)
    if head.tag_ == "NN" and (
        low in lx.ROLE_NOUNS
        or low in lx.HUMAN_NOUNS
        or (low.endswith(lx.AGENT_SUFFIXES) and "ment" not in low)
    ):
        r.single(head, spk)
    return spk


# The kinds of source mention, in the order they are tried; _unnamed takes the rest.
RESOLUTION_STEPS: tuple[Callable[[Resolver, Token, str], ResolvedSpeaker | None], ...] = (
    _relative_pronoun,
    _document_issuer,
    _two_names,
    _named_person,
    _personal_pronoun,
    _it_pronoun,
    _plural_pronoun,
    _conjoined,
    _organisation_entity,
    _role_noun,
    _plural_noun,
    _organisation_noun,
    _proper_noun,
)


def _latest_before(
    speakers: list[tuple[int, ResolvedSpeaker]], pos: int
) -> tuple[int, ResolvedSpeaker] | None:
    """The speaker last recorded at a position before pos."""
    return next(((p, spk) for p, spk in reversed(speakers) if p < pos), None)


def _core_phrase(doc: Doc, head: Token) -> str:
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
    return doc[lo : hi + 1].text


def _entity_name(doc: Doc, head: Token) -> str:
    for ent in doc.ents:
        if ent.start <= head.i < ent.end:
            return _clean(ent.text)
    return ""


def _clean(text: str) -> str:
    text = text.strip(" ,.;:")
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.lower().startswith("the ") and len(text.split()) > 1:
        text = text[4:]
    return text
