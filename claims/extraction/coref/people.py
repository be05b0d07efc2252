"""The people an article names: clusters built from its PERSON entities, their mentions,
and the look-ups that find which person a later mention means (those for a description
introducing someone in introductions.py, the tests of fit in fitting.py)."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from .. import lexicon as lx
from ..first_names import first_name_gender
from ..news_organisations import news_organisation
from ..offices import Holder, holders, sole_holder
from ..quotes import ALL_MARKS
from ..types import ResolvedSpeaker
from .evidence import learn_gender_from_pronouns, learn_roles, role_of, title_gender
from .fitting import (
    SUBJECT_DEPS,
    fits,
    in_own_participle,
    inside_other,
    noun_gender,
    party_of,
    role_score,
)
from .introductions import IntroductionLookups
from .mention_words import (
    body_apposition,
    entity_at,
    is_inverted_speech_verb,
    named_for_its_kind,
    of_a_named_place_or_body,
    person_apposition,
)
from .person import (
    QUOTED_NICKNAME,
    Person,
    generation,
    generation_after,
    headline_epithet,
    is_law_name,
    name_parts,
    name_tokens,
    name_words,
    norm,
    same_surname,
)

# a transcript turn: "WALLACE: …" at the start of a line (after an opening quotation mark)
_TURN = re.compile(r"^\W{0,2}([A-Z][A-Z'’-]+):", re.M)
# a transcript turn labelled with a full name in capitals: "ANA RUIZ: …", "ANA M. RUIZ: …"
_FULL_NAME_TURN = re.compile(r"^\W{0,2}([A-Z][A-Z'’-]+)(?: [A-Z]\.)? ([A-Z][A-Z'’-]+):", re.M)
# a name used in address at a sentence's end or start: "…, Chris." / "Chris, I …"
_ADDRESS = re.compile(r"(?:, |^\W{0,2}|[.?!] )([A-Z][a-z]+)(?:[.?!]|, (?=[a-z]|I\b))", re.M)
# the particles an Arabic name's surname opens with ("Rashid bin Qadar")
_NAME_OPENING_PARTICLES = frozenset("bin ibn".split())
# a party label after a legislator's name: "Sen. Ana Ruiz (D-Mo.)"
_PARTY_LABEL = re.compile(r"\s*\(([DR])-[A-Z]")
# a president's title just before a name, also "President-elect"
_PRESIDENT_TITLE = re.compile(r"\b[Pp]resident(?:[- ]elect)?\s+$")


# labels of things, which a one-word person's name is rarely given ("Rihanna", a singer,
# is often labelled a place)
_THING_LABELS = frozenset({"ORG", "NORP", "PRODUCT", "FAC", "LAW", "WORK_OF_ART"})
# the last word of a school's, a hospital's or a church's name: "Carter Hill Academy"
# closing quotation marks after a title
_CLOSING_MARKS = frozenset(['"', "”", "’", "''", "'"])
# "a ", "an ", "the " just before a word
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w])(?:[Aa]n?|[Tt]he)\s$")
# tags of words that are no name: adverbs, adjectives and their comparatives
_NOT_NAME_TAGS = frozenset("RB RBR RBS JJ JJR JJS".split())


class Mention(NamedTuple):
    token: int  # index of the mention's head token
    person: int  # index into PeopleIndex.people
    subject: bool
    offset: int  # character offset of the mention


_HE_SHE = lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS


# quotation marks as the tokenizer leaves them: every mark quotes.py pairs, and "``", "''"
_QUOTE_TOKENS = lx.QUOTATION_MARK_TOKENS | frozenset(ALL_MARKS)


class PeopleIndex(IntroductionLookups):
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
        self._previous_starts: dict[int, int] = {}  # sentence start -> previous_sentence_start
        self.mentions: list[Mention] = []
        # where each capitalised word (normalised) stands
        self.capitalised: dict[str, list[int]] = {}
        self.lower_words: set[str] = set()  # the words written in lower case
        for t in doc:
            if t.text[:1].isupper():
                self.capitalised.setdefault(norm(t.text), []).append(t.i)
            elif t.is_lower:
                self.lower_words.add(t.text)
        self._determined: dict[str, bool] = {}  # _always_determined by name
        self._thing_words: dict[str, bool] = {}  # _only_after_a_thing_word by word
        # companies the model took for people ("Patriot Coal"), by their first word
        self.companies: dict[str, str] = {}
        ents = doc.ents  # a new tuple of spans each time it is read
        self._ents = ents
        # person entities by first token, for "Oswin and Marisol Tarrant" (_couple)
        self._persons_at = {e.start: e for e in ents if e.label_ == "PERSON"}
        self._firsts: dict[str, dict[str, set[str]]] = {}  # surname -> _first_names_of
        self._count_word_labels(ents)
        # how often each one-word entity is labelled a place
        self._place_labels: dict[str, int] = {}
        for ent in ents:
            if ent.label_ in ("GPE", "LOC") and len(ent) == 1:
                self._place_labels[ent.text] = self._place_labels.get(ent.text, 0) + 1
        for ent in ents:
            words = ent.text.split()
            if ent.label_ == "PERSON" and len(words) > 1 and _company_word(words[-1]):
                self.companies.setdefault(words[0], org_like(ent.text))
        # "North Korea", "South Carolina": what a headline's "N. Korea" abbreviates
        self.places = {
            (ent[0].lower_[:1], norm(ent[-1].text))
            for ent in ents
            if ent.label_ in ("GPE", "LOC") and len(ent) > 1
        }
        # a first and last name the model labelled a body ("Carly Fiorina" ORG) is a person
        # when the article names someone else of that surname: taken with the people, so
        # that the surname alone does not join only the namesake ("her husband, Frank
        # Fiorina" is not whom "Fiorina said" means)
        surnames = {norm(ent[-1].text) for ent in ents if ent.label_ == "PERSON"}
        # "Vanessa Iampaglia" labelled a body and every "Iampaglia" after a place: a person
        # whose surname the article also writes alone
        alone = {norm(ent.text) for ent in ents if len(ent) == 1}
        # ... and those of them that speak ("Varkey wrote"): a surname, whatever the first
        # name before it ("A memo from Nirmala Varkey" labelled a place)
        speaking = {
            norm(ent.text)
            for ent in ents
            if len(ent) == 1
            and ent.root.dep_ == "nsubj"
            and lx.is_speech_verb(ent.root.head.lower_)
        }
        # "Peña Nieto said": two-word names, which tell that a name cut short before its
        # last word ("President Enrique Peña | Nieto") goes on
        # (not "Trump Tower" or "Patriot Coal": "Donald Trump Tower" is no longer name)
        self._two_word_names = {
            (norm(ent[0].text), norm(ent[1].text))
            for ent in ents
            if ent.label_ == "PERSON"
            and len(ent) == 2
            and not _building(list(ent))
            and not _company_word(ent[1].text)
            and ent[1].lower_ not in lx.BODY_NAME_WORDS
        }
        # the opening words of each institution's name ("Carter Hill" of "Carter Hill
        # Academy", "Sandy Hook" of "Sandy Hook Elementary School"), which the model may
        # label a person on their own
        self._institution_openings = {
            tuple(t.lower_ for t in ent[:n])
            for ent in ents
            if ent.label_ in ("ORG", "FAC", "GPE", "LOC")
            and len(ent) > 2
            and ent[-1].lower_ in lx.INSTITUTION_NAME_WORDS
            for n in range(2, len(ent))
        }
        for ent in ents:
            if (
                ent.label_ == "PERSON"
                or _name_described_as_a_person(ent)
                or (
                    ent.label_ == "ORG"
                    and norm(ent[-1].text) in surnames
                    and _first_and_last_name(ent)
                )
                or (
                    # "liberal firebrand Cornel West" labelled a product, "West" alone a
                    # person: no product is named like that
                    ent.label_ == "PRODUCT"
                    and _two_name_words(name_tokens(ent))
                    and (norm(ent[-1].text) in surnames or self._subject_alone(ent[-1], ent))
                )
                or (
                    ent.label_ in ("ORG", "FAC", "GPE")
                    and (
                        _person_taken_for_a_place(ent, alone, speaking)
                        or _person_after_a_role_noun(ent)
                    )
                )
            ):
                self._add_named(ent)
            elif ent.label_ == "ORG" and (owned := _person_after_an_owner(ent)) is not None:
                # "Fox News’ Wade Hollinger" labelled one body: the person after the owner
                self._add_named(owned)
            elif ent.label_ in ("ORG", "GPE") and len(ent) == 1:
                # "Adel Nefzi said …", then "Nefzi said" labelled a place: the person, so
                # that his "he" and every "Nefzi" labelled a place are him
                full = self._full_name_of_speaking_word(ent)
                if full is not None and full.start not in self.by_token:
                    self._add_named(full)
        # the small model often labels a known surname ORG or GPE: "Trump has said"
        for ent in ents:
            if ent.label_ in ("ORG", "GPE", "NORP", "PRODUCT"):
                self._add_mislabelled(ent)
        self._add_unlabelled_namesakes()
        self._add_unlabelled_surnames()
        self._add_unlabelled_first_names()
        self._add_first_names_from_address()
        self._add_names_from_turn_labels()
        self._add_role_mentions()
        self.mentions.sort(key=lambda m: m.offset)

    def _subject_alone(self, word: Token, ent: Span) -> bool:
        """Whether the word is elsewhere a subject on its own ("West landed a dig")."""
        doc = self.doc
        for i in self.capitalised.get(norm(word.text), ()):
            t = doc[i]
            if ent.start <= i < ent.end or not t.dep_.startswith("nsubj"):
                continue
            if not any(c.dep_ == "compound" for c in t.children):
                return True
        return False

    def _count_word_labels(self, ents) -> None:
        """How often each one-word entity is labelled a person and a thing, and the words
        that end a longer name or are a subject labelled a person: "Kazakh", "G-III" are
        no one, "Trump" (labelled a body more often) still is."""
        self._word_labels: dict[str, list[int]] = {}
        self._name_ends: set[str] = set()
        for ent in ents:
            if " " not in ent.text and ent.label_ in _THING_LABELS | {"PERSON"}:
                counts = self._word_labels.setdefault(ent.text, [0, 0])
                counts[ent.label_ != "PERSON"] += 1
                subject = ent.root.dep_.startswith("nsubj") and ent.text.isalpha()
                if ent.label_ == "PERSON" and subject:
                    self._name_ends.add(ent.text)  # "Trump launched …"; not "G-III has …"
            elif ent.label_ == "PERSON" or first_name_gender(ent[0].text):
                # "Nikki Haley" labelled a body too: "Haley" is her surname
                self._name_ends.add(ent[-1].text)

    def copy(self) -> PeopleIndex:
        """An index of its own that starts where this one stands: resolution notes more in
        it (mentions, genders, roles) without touching this one. Building the index again
        instead reads every token of the article once more."""
        other = copy.copy(self)
        other.people = [p.copied() for p in self.people]
        other.by_token = dict(self.by_token)
        other.mentions = list(self.mentions)
        return other

    # ---- building ------------------------------------------------------------------------------
    def _add_named(self, ent: Span) -> None:
        """A PERSON entity: join (or start) its cluster and learn from the words around it,
        unless it names no one (_no_one)."""
        toks = name_tokens(ent)
        if not toks or self._no_one(ent, toks):
            return
        toks = self._surname_after_nickname(ent, toks)
        toks = self._begun_late(ent, self._cut_short(ent, toks))
        if toks[0].i < ent.start:
            ent = self.doc[toks[0].i : ent.end]  # its title before it is the name's
        name = self.text[toks[0].idx : toks[-1].idx + len(toks[-1])]
        # "Captain [Ivo] Brant": the editor's brackets around a word are no part of the name,
        # nor is a nickname in quotation marks ('Daniel “Dusty” Okafor')
        name = QUOTED_NICKNAME.sub(" ", name.replace("[", "").replace("]", "")).strip()
        couple = self._couple(ent, toks)
        if couple is not None and couple[0].start == ent.start:
            # "the parents, Oswin and Marisol Tarrant": the lone first name is Oswin Tarrant
            name = f"{name} {couple[1][-1].text}"
        given, surname, words = name_parts(name)
        if not surname:
            return  # "Jr." the model labelled a person of its own
        gen = generation(name) or (given and generation_after(self.text, ent.end_char))
        gender = (
            title_gender(self.doc, ent)
            or _described_gender(self.doc, ent)
            or self._couple_gender(couple, ent)
        )
        holder = None if given else self._office_holder(toks[0], surname, gender)
        if holder is not None:
            # "President Obama": Barack Obama, the one president of that surname
            given, _, words = name_parts(holder.name)
            pi = self._holder_cluster(holder, surname, gender)
        else:
            pi = self.find(given, surname, words, gender, gen, at=ent.start_char)
        if pi is None and not given:
            pi = self.by_first_name(surname)  # "Hillary" alone is Hillary Clinton
        if pi is None:
            self.people.append(Person(surname=surname, generation=gen))
            pi = len(self.people) - 1
        p = self.people[pi]
        if holder is not None and holder.name not in p.counts:
            p.counts[holder.name] = self.text.count(holder.name)
        if holder is not None:
            gender = gender or holder.gender  # by the same public record: no "she" for him
        if name not in p.counts:
            # beside a namesake ("Hillary Clinton … former President Clinton") the bare
            # surname's every use is not his
            shared = holder is not None and self.shared_surname(surname)
            p.counts[name] = 0 if shared else self.text.count(name)
        if given and not p.given:
            p.given = given
        if not given and self._several_fit(surname, gender) and p.known_gender != gender:
            # "Mr. Marsh" with two Marshes named: which one is unsure; not when the other
            # is a woman by title or first name ("Bill Clinton", "Mrs. Clinton")
            gender = ""
        p.gender = p.gender or gender
        learn_roles(self.doc, ent, p)
        # "Sen. Ana Ruiz (D-Mo.)": the party label after the name
        label = _PARTY_LABEL.match(self.text, toks[-1].idx + len(toks[-1]))
        if label:
            p.role_words.add("democratic" if label.group(1) == "D" else "republican")
        root = ent.root
        subject = root.dep_ in SUBJECT_DEPS or (
            root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS
        )
        self._add_mention(ent, pi, subject)
        if subject and not p.gender:
            learn_gender_from_pronouns(self.doc, ent, p, self.sent_bounds(ent.start))

    def _couple(self, ent: Span, toks: list[Token]) -> tuple[Span, Span] | None:
        """(lone first name, full name) when ent is either of "Oswin and Marisol Tarrant": a
        one-word name nobody has for surname, "and", then a first name and surname; not
        "Wexley and Marisol Tarrant", where the article writes Wexley as someone's surname."""
        if len(toks) == 1 and ent.end + 1 < len(self.doc) and self.doc[ent.end].lower_ == "and":
            lone, full = ent, self._persons_at.get(ent.end + 1)
        elif len(toks) == 2 and ent.start >= 2 and self.doc[ent.start - 1].lower_ == "and":
            full = ent
            lone = next((e for e in self._ents if e.end == ent.start - 1), None)
            if (lone is None or lone.label_ != "PERSON") and self._first_name_unlabelled(
                self.doc[ent.start - 2]
            ):
                # "Quorvel and Zandeth Tarrant", the model labelling only the full name (or
                # the lone word a place)
                lone = self.doc[ent.start - 2 : ent.start - 1]
        else:
            return None
        if lone is None or full is None or lone.label_ not in ("PERSON", "") or len(full) != 2:
            return None
        word = norm(lone[-1].text)
        if len(lone) != 1 or not lone[0].text[:1].isupper() or lone[0].lower_ in lx.HONORIFICS:
            return None
        if lone.start > 0 and self.doc[lone.start - 1].lower_ in lx.HONORIFICS | lx.ROLE_NOUNS:
            return None  # "Mr. Wexley and Marisol Tarrant": a surname
        if any(
            norm(e[-1].text) == word and e.start != lone.start
            for e in self._ents
            if e.label_ == "PERSON"
        ):
            return None  # someone's surname, or a person written alone elsewhere
        return lone, full

    def _first_name_unlabelled(self, t: Token) -> bool:
        """A word no person entity covers that can be a first name: a proper noun written only
        there, or one the first-name list knows."""
        if t.ent_iob_ == "I" or (t.i > 0 and (t.nbor(-1).is_title or t.nbor(-1).text == "-")):
            return False  # "Edward-Isaac Dovere and Gabriel Debenedetti": a surname
        return (
            t.ent_type_ in ("", "GPE", "ORG", "NORP")
            and t.tag_ == "NNP"
            and t.text[:1].isupper()
            and t.text.isalpha()
            and (
                len(self.capitalised.get(norm(t.text), [])) == 1 or bool(first_name_gender(t.text))
            )
        )

    def _couple_gender(self, couple: tuple[Span, Span] | None, ent: Span) -> str:
        """A couple "Oswin and Marisol Tarrant" whom the article goes on to call "Mr. Tarrant"
        and "Mrs. Tarrant": a man and a woman. Which is which is what their first names say
        (one that is clear makes the other the other); when neither says, the man is the one
        written first, as news writes a husband and wife. "" unless both titles occur.
        The lone first name the model left unlabelled is added as a person here."""
        if couple is None:
            return ""
        if couple[1].start == ent.start and not couple[0].label_:
            self._add_named(couple[0])  # "Quorvel" labelled no person
        surname = re.escape(couple[1][-1].text)
        if not (
            re.search(rf"\bMr\.? {surname}\b", self.text)
            and re.search(rf"\bM(?:rs|s)\.? {surname}\b", self.text)
        ):
            return ""
        first = first_name_gender(couple[0][0].text)
        second = first_name_gender(couple[1][0].text)
        other = {"m": "f", "f": "m"}
        first = first or other.get(second, "m")
        second = second or other[first]
        if first == second:
            return ""  # two men or two women: the titles do not tell them apart
        return first if ent.start == couple[0].start else second

    def _begun_late(self, ent: Span, toks: list[Token]) -> list[Token]:
        """A name the model began at its particle ("Emir Rashid | Bin Qadar") or at the
        first of two surnames ("Chair Debbie | Wasserman Schultz"), the first name left out:
        the first name before it belongs to it, so that the two are the same person, not a
        second one."""
        first = toks[0]
        if first.i != ent.start or first.i < 1:
            return toks
        before = self.doc[first.i - 1]
        if first.lower_ not in _NAME_OPENING_PARTICLES and not (
            len(toks) > 1
            and first_name_gender(norm(before.text))
            and not first_name_gender(norm(first.text))
        ):
            return toks
        if not (before.whitespace_ and before.is_title and before.is_alpha):
            return toks
        if before.ent_type_ not in ("", "PERSON") or not before.tag_.startswith("NNP"):
            return toks
        if before.lower_ in lx.HONORIFICS or before.lower_ in lx.ROLE_NOUNS:
            return toks
        return [before, *toks]

    def _surname_after_nickname(self, ent: Span, toks: list[Token]) -> list[Token]:
        """'George "Jay" Keyworth' labelled as two people, 'George "Jay"' and 'Keyworth': the
        surname after the quoted nickname belongs to the first name, so that "Keyworth"
        later is George Keyworth, not a second person."""
        doc = self.doc
        if len(toks) != 1 or ent.end >= len(doc) or ent[-1].text not in ('"', "”", "''"):
            return toks
        after = doc[ent.end]
        if after.ent_iob_ != "B" or after.ent_type_ != "PERSON" or not after.is_title:
            return toks
        surname = entity_at(doc, after.i)
        if surname is None or len(surname) != 1:
            return toks
        return [*toks, after]

    def _cut_short(self, ent: Span, toks: list[Token]) -> list[Token]:
        """A first name and surname the model cut before a second surname that the article
        writes with the first elsewhere ("President Enrique Peña | Nieto", then "Peña Nieto
        said"): the whole name, so that both are one person."""
        last = toks[-1]
        if len(toks) < 2 or last.i != ent.end - 1 or last.i + 1 >= len(self.doc):
            return toks
        after = self.doc[last.i + 1]
        if not (last.whitespace_ and after.is_title and after.is_alpha):
            return toks
        if after.ent_type_ not in ("", "PERSON") or not after.tag_.startswith("NNP"):
            return toks
        if (norm(last.text), norm(after.text)) not in self._two_word_names:
            return toks
        if first_name_gender(norm(last.text)):
            return toks  # "Ana Lee" beside "Lee Ruiz": a first name, not a surname
        return [*toks, after]

    def _no_one(self, ent: Span, toks: list[Token]) -> bool:
        """A PERSON entity that names no one: a one-word sentence ("Harsh? He does not think
        so."), a company's name, a place's abbreviation, a work's title, a sentence's
        capital."""
        if (len(ent) == 1 and len([t for t in ent.sent if t.is_alpha]) == 1) or all(
            t.lower_ in lx.DEITY_NAMES for t in toks
        ):
            return True  # and "God said …": a later "the leader" is no god
        if _company_word(toks[-1].text) or (
            len(toks) == 1 and (toks[0].text in self.companies or news_organisation(toks[0].text))
        ):
            # "Patriot Coal" labelled a person, "Patriot" alone after it, "Politico reported"
            return True
        if self._abbreviated_place(toks):
            return True  # "World leaders denounce N. Korea test" above "North Korea"
        if _building(toks):
            # "invited her to Trump Tower", "students of the defunct Harbour Colleges"
            return True
        last = toks[-1].lower_
        if last.endswith("s") and last[:-1] in lx.PARTY_WORDS:
            return True  # "the Log Cabin Republicans" labelled a person: a party's members
        if (
            _body_or_place_first(toks)
            or _body_before_its_people(ent)
            or _named_as_a_body(toks[0], toks[-1])
        ):
            # "Voters Forward said …", "moved to Cape Marrow", "from a Texas company, Lone
            # Mesa,": a group's, a place's, a company's name
            return True
        if _title_or_paper(ent, toks) or _holiday(ent) or _a_name_only(ent):
            # "her memoir, Quiet Harbour,", "the Herald reported", "on Valentine's Day", "changed
            # his name, Rafael Eduardo Ruiz, as a teenager": no one
            return True
        if self._institution_opening(ent, toks):
            return True  # "Carter Hill" of "Carter Hill Academy" labelled a person
        if self._always_determined(toks):
            return True  # "awarded a Purple Heart", "the Silver Star": a thing, not a name
        if len(toks) == 1 and self._only_after_a_thing_word(toks[0]):
            return True  # "packed the downtown Arvex": a hall, no one
        if " " not in ent.text and self._mostly_a_thing(ent.text):
            return True  # "G-III has 7,600 employees" beside "signed with G-III" (a company)
        if is_law_name(self.text, self.text[toks[0].idx : toks[-1].idx + len(toks[-1])]):
            return True  # "undid much of Harlow-Brandt" beside "the Harlow-Brandt Act"
        if len(toks) == 2 and toks[0].tag_ == "IN" and toks[0].is_sent_start:
            return True  # "Among Latinos, her rating …": a preposition run into one word
        if len(toks) == 1 and (
            # "… and Hollin became his home" beside "came to Hollin from Iraq"
            self._mostly_a_place(toks[0].text)
            # "prayers for the LGBTQ community", "LGBTQ voters": a describing acronym
            or self._acronym_never_acting(toks[0])
        ):
            return True
        # "Exit polling showed …", "Pundits call this …" labelled a person; "Conceding that
        # a deal would come, he warned …": a participle with a clause of its own
        return len(toks) == 1 and (
            self.capital_of_sentence_only(toks[0]) or _participle_with_a_clause(toks[0])
        )

    def _acronym_never_acting(self, tok: Token) -> bool:
        """A word in capitals that the article never writes before a verb, a colon or a
        comma (never "LGBTQ said", "LGBTQ:", "LGBTQ, who …"): an acronym used to describe, no
        one's name."""
        word = tok.text
        if not (word.isupper() and word.isalpha() and len(word) >= 3):
            return False
        for t in self.doc:
            if t.text != word or t.i + 1 >= len(self.doc):
                continue
            nxt = self.doc[t.i + 1]
            if nxt.tag_.startswith("VB") or nxt.tag_ == "MD" or nxt.text in (":", ","):
                return False
        return True

    def _institution_opening(self, ent: Span, toks: list[Token]) -> bool:
        """The opening words of a school's, a hospital's or a church's name the article
        writes, or words right before such a word, unless they speak ("Carter Hill said")."""
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        opening = tuple(t.lower_ for t in toks) in self._institution_openings or (
            after is not None and after.lower_ in lx.INSTITUTION_NAME_WORDS and after.is_title
        )
        speaks = ent.root.dep_.startswith("nsubj") and lx.is_speech_verb(ent.root.head.lower_)
        return opening and not speaks

    def _always_determined(self, toks: list[Token]) -> bool:
        """A name of two or more words the article writes only after "a", "an" or "the":
        an award's, a thing's ("a Purple Heart"), not a person's."""
        if toks and toks[0].lower_ in ("a", "an", "the"):
            toks = toks[1:]  # "The Purple Heart is awarded …" labelled with its article
        if len(toks) < 2 or toks[-1].dep_ == "compound" or first_name_gender(toks[0].lower_):
            return False  # "a Hillary Clinton administration": her name as a modifier
        name = self.text[toks[0].idx : toks[-1].idx + len(toks[-1])]
        if name not in self._determined:
            starts = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", self.text)]
            self._determined[name] = bool(starts) and all(
                _ARTICLE_BEFORE.search(self.text[max(0, s - 5) : s])
                or self._article_before(s, s + len(name))
                for s in starts
            )
        return self._determined[name]

    def _only_after_a_thing_word(self, t: Token) -> bool:
        """A one-word name the article writes only after an article and a noun for a thing
        ("the downtown Arvex"); "the Kremlin" alone is left to the other tests."""
        word = t.text
        if word not in self._thing_words:
            starts = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", self.text)]
            self._thing_words[word] = bool(starts) and all(
                not _ARTICLE_BEFORE.search(self.text[max(0, s - 5) : s])
                and self._article_before(s, s + len(word))
                for s in starts
            )
        return self._thing_words[word]

    def _article_before(self, start: int, end: int) -> bool:
        """An article before the name past a word or two that say which thing it is ("a
        replica Purple Heart", "the same Velvet Tango posters"): not a noun for someone ("the
        actor Ivo Brant", "the widow Ana Ruiz" are people)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        i = span.start - 1
        for _ in range(2):
            # a word of the name's own phrase ("replica" above or below "Purple Heart", "same"
            # beside it on "posters"), not of a phrase before it ("At the moment Ana Ruiz …")
            t = self.doc[i] if i >= 0 else None
            if t is None or not _thing_modifier(t):
                break
            root_head = span.root.head.i
            if not (span.start <= t.head.i < span.end or t.head.i == root_head or root_head == t.i):
                break
            i -= 1
        return i < span.start - 1 and i >= 0 and self.doc[i].lower_ in ("a", "an", "the")

    def _mostly_a_thing(self, word: str) -> bool:
        """A word the model labels a body, a people or a thing (not a place: surnames often
        are) more often than a person, and which ends no longer person's name: no one's."""
        person, other = self._word_labels.get(word, (0, 0))
        if other <= person or word in self._name_ends:
            return False
        # the whole text is searched only for the few words that get this far
        return not re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.? {re.escape(word)}\b", self.text)

    def _mostly_a_place(self, word: str) -> bool:
        """A lone word the model labels a place at least twice as often as a person, which
        the article writes after "in" and never after a title or a first name: a town, no
        one ("in Hollin", "Hollin became his home"; not "Trump", whom "Donald" precedes)."""
        person = self._word_labels.get(word, (0, 0))[0]
        if self._place_labels.get(word, 0) < max(2, 2 * person):
            return False
        if self.first_name_before(norm(word)):
            return False
        if re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.? {re.escape(word)}\b", self.text):
            return False
        return bool(re.search(rf"\b[Ii]n {re.escape(word)}\b(?![’']s)", self.text))

    def capital_of_sentence_only(self, tok: Token) -> bool:
        """A lone word capitalised only where it opens a sentence, which the tagger reads as
        a common noun or which is a plural: the capital is the sentence's, no name's."""
        if not tok.is_title:
            return False  # "CNS": an acronym's capitals are its own
        if not all(self.doc[i].is_sent_start for i in self.capitalised.get(norm(tok.text), ())):
            return False
        # "Frankly, …" opening a quoted line, labelled a person: an adverb or adjective is no
        # name either
        return (
            tok.tag_ in ("NN", "NNS")
            or tok.tag_ in _NOT_NAME_TAGS
            or (tok.lower_.endswith("s") and tok.lower_[-2:] != "ss")
        )

    def _abbreviated_place(self, toks: list[Token]) -> bool:
        """An initial and a word that the article writes in full as a place: "N. Korea"."""
        first = toks[0].text
        return (
            len(toks) == 2
            and len(first) == 2
            and first.endswith(".")
            and (first[0].lower(), norm(toks[1].text)) in self.places
        )

    def _full_name_of_speaking_word(self, ent: Span) -> Span | None:
        """For a one-word entity that is the subject of a speech verb ("Nefzi said"), the
        span of its full name where the article writes a first name before it ("Adel
        Nefzi"), as a PERSON span; None when either is missing."""
        t = ent[0]
        if not (t.dep_ == "nsubj" and lx.is_speech_verb(t.head.lower_) and t.is_title):
            return None
        if re.search(rf"\b(?:in|to|from|into|across|of|the) {re.escape(t.text)}\b", self.text):
            return None  # "in Mexico": a place after all ("Poor Mexico, so far from God")
        for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(t.text)}\b", self.text):
            span = self.doc.char_span(m.start(), m.end(), label="PERSON")
            if span is not None and _first_name(span[0]) and span[0].ent_type_ in ("", "PERSON"):
                return span
        return None

    def _add_mislabelled(self, ent: Span) -> None:
        """A known surname the model labelled ORG, GPE, NORP or PRODUCT."""
        toks = name_tokens(ent)
        if not toks or len(toks) > 3:
            return
        given, surname, _ = name_parts(self.text[toks[0].idx : toks[-1].idx + len(toks[-1])])
        holder = None if given else self._office_holder(toks[0], surname, "")
        if holder is not None:
            pi = self._holder_cluster(holder, surname, "")
        else:
            pi = self.find(given, surname)
        if pi is not None:
            p = self.people[pi]
            if given and not p.given and len(toks) == 2 and _first_name(toks[0], any_label=True):
                # "said Imke Vossberg, the editor …" labelled an organisation and "Ms.
                # Vossberg" a person: her first name
                p.given = given
                p.counts.setdefault(self.text[toks[0].idx : toks[1].idx + len(toks[1])], 0)
            if holder is not None and not p.given:
                # "President Obama" the model labelled ORG, the others "Mr. Obama"
                p.given = name_parts(holder.name)[0]
                p.counts.setdefault(holder.name, self.text.count(holder.name))
            if holder is not None and not p.gender:
                p.gender = holder.gender  # as _add_named gives it
            self._add_mention(ent, pi, ent.root.dep_ in SUBJECT_DEPS)

    def _office_holder(self, first: Token, surname: str, gender: str) -> Holder | None:
        """The person an office title before a bare surname names by public record
        ("President Obama", "former Vice President Biden": ../offices.py), when the title is
        plainly that U.S. office (not "Senate President Sweeney", "Liberian President
        Taylor", "President-elect Trump", a hypothetical "a President Clinton") and the
        article does not say otherwise: the mention's gender is not the other one, and no
        one of that surname the article names with another first name is given the title
        ("Maria Carter, the president of the growers' union … President Carter")."""
        office = _office_before(self.doc, first.i)
        if not office:
            return None
        holder = sole_holder(office, surname) or self._holder_named_in_full(office, surname)
        if holder is None or (gender and gender != holder.gender):
            return None
        given = name_parts(holder.name)[0]
        titled = [g for g, roles in self._first_names_of(surname).items() if "president" in roles]
        return None if any(g != given for g in titled) else holder

    def _holder_named_in_full(self, office: str, surname: str) -> Holder | None:
        """ "President Bush" in an article that has named George W. Bush (and Jeb Bush): of
        those who held the office with that surname, the one the article names in full."""
        named = {_plain_name(p.canonical) for p in self.people if p.given and p.surname == surname}
        found = [h for h in holders(office, surname) if _plain_name(h.name) in named]
        return found[0] if len(found) == 1 else None

    def _first_names_of(self, surname: str) -> dict[str, set[str]]:
        """First names the article writes before this surname in a PERSON name, with the
        roles its title or apposition gives that person."""
        if surname in self._firsts:
            return self._firsts[surname]
        firsts: dict[str, set[str]] = self._firsts.setdefault(surname, {})
        for ent in self._ents:
            if ent.label_ != "PERSON" or not same_surname(norm(ent[-1].text), surname):
                continue
            toks = name_tokens(ent)
            if not toks:
                continue
            given, last, _ = name_parts(self.text[toks[0].idx : toks[-1].idx + len(toks[-1])])
            if given and len(given) > 1 and same_surname(last, surname):
                described = Person()
                learn_roles(self.doc, ent, described)
                if _PRESIDENT_TITLE.search(self.text, max(0, ent.start_char - 40), toks[0].idx):
                    described.roles.add("president")  # "President-elect Ana Ruiz"
                firsts.setdefault(given, set()).update(described.roles)
        return firsts

    def _holder_cluster(self, holder: Holder, surname: str, gender: str) -> int | None:
        """The cluster an office holder's title mention joins: the one of that first name,
        else, when the article names nobody else of the surname, the bare surname's."""
        given, _, words = name_parts(holder.name)
        pi = self.find(given, surname, words, gender or holder.gender)
        if pi is None or self.people[pi].given or not set(self._first_names_of(surname)) - {given}:
            return pi
        return None  # "Clinton" so far, but the article also names Hillary Clinton

    def _add_unlabelled_namesakes(self) -> None:
        """ "Ivana Smith" the model labelled no person, in an article naming Ivan Smith: a
        first name that tells a gender, before the surname of someone named with another
        first name, is a namesake of theirs (a wife, a daughter), not the one named; so that
        her "she" and "Ivana Smith said" are hers, not his."""
        for surname in {p.surname for p in self.people if p.given}:
            for i in self.capitalised.get(surname, ()):
                t, first = self.doc[i], self.doc[i - 1]
                if i < 1 or i in self.by_token or first.i in self.by_token:
                    continue
                if not (first.is_title and first.tag_ == "NNP" and t.tag_ == "NNP"):
                    continue
                if {first.ent_type_, t.ent_type_} & {"GPE", "LOC", "FAC", "ORG"}:
                    continue  # "West Virginia Smith voters": a place
                given = norm(first.text)
                if not first_name_gender(given):
                    continue
                pi = self.find(given, surname)
                if pi is not None and self.people[pi].given != given:
                    named = self.people[pi]
                    # "Ms. Smith", named by title and surname alone, is the "Ivana Smith" the
                    # model missed when the title and the first name tell the same gender;
                    # not "J. Smith", nor a Smith of no known gender
                    if named.given or named.known_gender != first_name_gender(given):
                        continue
                    named.given = given
                if pi is None:
                    self.people.append(Person(given=given, surname=surname))
                    pi = len(self.people) - 1
                name = f"{first.text} {t.text}"
                self.people[pi].counts.setdefault(name, self.text.count(name))
                self.by_token[first.i] = self.by_token[i] = pi
                self.mentions.append(Mention(i, pi, t.dep_ in SUBJECT_DEPS, first.idx))

    def _add_unlabelled_surnames(self) -> None:
        """A known surname the model labelled nothing ("Warren told Stumpf, after he …"):
        still a mention, so that a pronoun after it can mean that person."""
        for surname in {p.surname for p in self.people}:
            pi = self.find("", surname)
            if pi is None or self.people[pi].surname != surname:
                continue
            for i in self.capitalised.get(surname, ()):
                t = self.doc[i]
                # "Woods continued …" tagged a plural noun: still her surname as a subject
                # (not inside a quotation, where the tagger's noun may well be one)
                subject_noun = (
                    t.tag_ in ("NN", "NNS") and t.dep_ == "nsubj" and not self.quoted(t.idx)
                )
                if i in self.by_token or t.ent_type_ or not t.is_title:
                    continue
                if t.tag_ != "NNP" and not subject_noun:
                    continue
                if t.dep_ == "compound":
                    continue  # "the Stumpf hearing"
                self.by_token[i] = pi
                self.mentions.append(Mention(i, pi, t.dep_ in SUBJECT_DEPS, t.idx))

    def _add_role_mentions(self) -> None:
        """ "The president's Pacific roots came into play. In Honolulu, he told …": a bare
        definite role noun ("the president", "the senator") is a mention of the person the
        article gave that role, the one or the one it names more than all others of that
        role together, so that a pronoun after it can mean that person."""
        for t in self.doc:
            if t.tag_ != "NN" or t.i in self.by_token or t.lower_ not in lx.ROLE_NOUNS:
                continue
            if [c.lower_ for c in t.lefts] not in (["the"], ["the", "'s"], ["the", "’s"]):
                continue
            # a subject, or the possessor of one ("The president's roots"), not "defend the
            # president's policies"
            if not (t.dep_ in SUBJECT_DEPS or (t.dep_ == "poss" and t.head.dep_ in SUBJECT_DEPS)):
                continue
            pi = self._main_holder(t.lower_)
            if pi is None or not fits(self.people[pi], noun_gender(t.lower_), "", ""):
                continue
            # not in by_token: when it is itself a source, the resolver decides whom it
            # means (note replaces this mention then)
            self.mentions.append(Mention(t.i, pi, t.dep_ in SUBJECT_DEPS, t.idx))

    def _add_unlabelled_first_names(self) -> None:
        """A person known only by surname whose full name the article writes where the model
        labelled no name ("Mehmet Oz — Ivy League-trained surgeon — …", then "Oz said"):
        the one capitalised word that stands before that surname, when it is no title."""
        for p in self.people:
            if p.given or len(p.counts) != 1 or self.shared_surname(p.surname):
                continue  # "Mr. Obama" beside "the first lady, Michelle Obama": not hers
            first = self.first_name_before(p.surname)
            if first:
                name = f"{first} {next(iter(p.counts))}"
                p.counts[name] = self.text.count(name)
                p.given = norm(first)

    def _add_first_names_from_address(self) -> None:
        """An interview transcript ("HOST: … GUEST: Well, look, Sam. …"): the first name a
        speaker calls the one who spoke just before is that person's first name, when the
        article calls them nothing else."""
        called: dict[str, set[str]] = {}
        turns = [(m.start(), m.end(), m.group(1)) for m in _TURN.finditer(self.text)]
        ends = [t[0] for t in turns[2:]] + [len(self.text)]
        for (_, _, before), (_, start, label), end in zip(
            turns[:-1], turns[1:], ends, strict=False
        ):
            if label == before:
                continue
            for m in _ADDRESS.finditer(self.text, start, end):
                span = self.doc.char_span(m.start(1), m.end(1))
                word = m.group(1).lower()
                if word in lx.HONORIFICS or word in lx.ROLE_NOUNS or word in lx.TITLE_ROLES:
                    continue  # "Governor, I don't want to interrupt"
                if span is None or span[0].is_stop or span[0].tag_ != "NNP":
                    continue  # "Why, I …"
                if span[0].ent_type_ in ("", "PERSON"):
                    called.setdefault(before, set()).add(m.group(1))
        for label, firsts in called.items():
            first = firsts.pop() if len(firsts) == 1 else ""
            if not first or any(p.surname == norm(first) for p in self.people if p.given):
                continue  # none or several, or "…, Pence.": a surname, not a first name
            pi = self.find("", norm(label))
            if pi is None:  # a label the model labelled nothing
                self.people.append(Person(surname=norm(label), counts={label: 0}))
                pi = len(self.people) - 1
            if not self.people[pi].given:
                self.people[pi].counts[f"{first} {label.title()}"] = 0
                self.people[pi].given = norm(first)

    def _add_names_from_turn_labels(self) -> None:
        """A transcript that labels a speaker's first turn with the full name in capitals and
        the later ones with the surname alone ("ANA RUIZ: Welcome back." … "RUIZ: And what
        about the budget?"): the label's full name is that person's name, when its first word
        is a first name and the article gives that surname no other first name."""
        for m in _FULL_NAME_TURN.finditer(self.text):
            first, last = m.group(1), m.group(2)
            given, surname = norm(first), norm(last)
            if not first_name_gender(given):
                continue  # "SEN. RUIZ:", "GOVERNOR RUIZ:" (titles are no first names)
            name = f"{first.title()} {last.title()}"
            pi = self.find("", surname)
            if pi is None:
                self.people.append(Person(given=given, surname=surname, counts={name: 0}))
                continue
            p = self.people[pi]
            if not p.given and not self.shared_surname(surname):
                p.given = given
                p.counts[name] = 0

    def first_name_before(self, surname: str) -> str:
        """The one first name the article writes before this surname anywhere, "" when none
        or several."""
        firsts = {
            self.doc[i - 1].text
            for i in self.capitalised.get(surname, ())
            if i > 0
            and _first_name(self.doc[i - 1])
            and not _coined(self.doc[i - 1])
            and not is_inverted_speech_verb(self.doc[i - 1])  # "Added Ruiz: …"
            and not headline_epithet(self.doc[i - 1], self.doc[i])
        }
        return firsts.pop() if len(firsts) == 1 else ""

    def _add_mention(self, ent: Span, pi: int, subject: bool) -> None:
        for t in ent:
            self.by_token[t.i] = pi
        self.mentions.append(Mention(ent.root.i, pi, subject, ent.start_char))

    # ---- looking up ----------------------------------------------------------------------------
    def find(
        self,
        given: str,
        surname: str,
        words: frozenset = frozenset(),
        gender: str = "",
        generation: str = "",
        at: int = -1,
    ) -> int | None:
        """The cluster a name (first name, surname, all words but the last, the gender its
        title gives, its "Jr." or "III", at: where it stands) belongs to."""
        if given and surname.rstrip(".") in lx.GENERATIONS:
            # "Donald Jr.": the one of that first name and generation
            son = surname.rstrip(".")
            return next(
                (pi for pi, p in enumerate(self.people) if (p.given, p.generation) == (given, son)),
                None,
            )
        best = None
        # a spelling variant (Zelenskyy) only when no one has the surname as written:
        # "Christie" is Chris Christie, not "Jesus Christ" named once
        exact = any(p.surname == surname for p in self.people)
        for pi, p in enumerate(self.people):
            if not same_surname(p.surname, surname) or (exact and p.surname != surname):
                continue
            if gender and p.known_gender and gender != p.known_gender:
                continue  # "Mrs. Clinton" is not Bill Clinton, by title or by first name
            if given and p.given and generation != p.generation:
                continue  # "Alan Pruitt III" is not his father "Alan Pruitt Jr."
            if (
                given
                and p.given
                and not (
                    given == p.given
                    or (given[0] == p.given[0] and (len(given) <= 2 or len(p.given) <= 2))
                    or p.given in words  # "Crooked Hillary Clinton" is Hillary Clinton
                    # "Mr. Guajardo Villarreal" is Ildefonso Guajardo Villarreal
                    or given in p.inner_words
                )
            ):
                continue
            if (
                best is None or given or self._better_for_surname(p, self.people[best], gender)
            ) and not self._mentioned_later(best, pi, at, gender):
                best = pi  # else the latest compatible cluster
        if best is None and not given:
            return self._by_first_surname(surname, gender)
        return best

    def _by_first_surname(self, word: str, gender: str) -> int | None:
        """ "Ms. Ruiz" after "Ana Ruiz Olmos" (a Spanish name: both surnames, then the first
        alone): the one person with this word between their first name and surname, when
        nobody has it for surname and it is no first name ("Mary Ann Lee")."""
        if len(word) < 3 or first_name_gender(word) or word in lx.SURNAME_PARTICLES:
            return None
        found = [
            pi
            for pi, p in enumerate(self.people)
            if (first_name_gender(p.given) or p.mostly_male_name or p.mostly_female_name)
            and any(_middle_word(name) == word for name in p.names)
            and not (gender and p.known_gender and p.known_gender != gender)
        ]
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _better_for_surname(p: Person, best: Person, gender: str) -> bool:
        """Whether a bare surname (with the gender its title gives) means p rather than best."""
        if gender and (p.known_gender == gender) != (best.known_gender == gender):
            # "Mrs. Marsh": the Marsh known to be a woman; "Mr. Clinton" beside Bill and
            # Hillary Clinton is Bill, however often the article names her
            return p.known_gender == gender
        if p.given and p.given == best.given:
            # father and son of one name: "Donald Trump" rather than "Donald Trump Jr.";
            # between "Alan Pruitt III" and "his father, Alan Pruitt Jr." the one the article
            # named first, the other is brought in as background
            if bool(p.generation) != bool(best.generation):
                return not p.generation
            return False
        # the one the article brings in as someone's kin is not who a bare surname means:
        # "Ana Ruiz … the candidate's daughter, Eva Ruiz … Eva Ruiz … Ruiz said" is Ana
        p_kin, best_kin = bool(p.roles & lx.KIN_NOUNS), bool(best.roles & lx.KIN_NOUNS)
        if p_kin != best_kin:
            return best_kin
        # a bare surname shared by two people ("Hillary Clinton … her daughter Chelsea
        # Clinton … Clinton said") means the one the article names most
        return sum(p.counts.values()) >= sum(best.counts.values())

    def _mentioned_later(self, best: int | None, pi: int, at: int, gender: str) -> bool:
        """Between two namesakes a bare surname fits as well (as often named, neither known
        as the other gender nor as kin), whether best is the one mentioned last before it:
        "brothers Oswin and Rafe Dunmore … with Oswin Dunmore. '…,' Dunmore says" is Oswin."""
        if best is None or at < 0:
            return False
        p, b = self.people[pi], self.people[best]
        if sum(p.counts.values()) != sum(b.counts.values()):
            return False
        if gender and (p.known_gender == gender) != (b.known_gender == gender):
            return False  # "Mrs. Dunmore": the one known to be a woman
        if bool(p.roles & lx.KIN_NOUNS) != bool(b.roles & lx.KIN_NOUNS):
            return False
        return self.last_mention(best, at) > self.last_mention(pi, at)

    def by_first_name(self, word: str) -> int | None:
        """The one person whose first name this lone word is, when it is nobody's surname."""
        found = [pi for pi, p in enumerate(self.people) if p.given == word]
        if len(found) == 1 and not any(p.surname == word for p in self.people):
            return found[0]
        return None

    def kin_of(self, owner: int, noun: str) -> int | None:
        """The person the article makes owner's wife, son, …: the one it gave that role
        ("his son, Eric Trump"), else the only other person of owner's surname whose gender
        fits ("Donald and Ivana Trump")."""
        gender = noun_gender(noun)
        fitting = [
            pi
            for pi, p in enumerate(self.people)
            if not (gender and p.known_gender and p.known_gender != gender)
        ]
        # nobody is their own daughter: a holder equal to owner means "Lane’s" was the
        # other Lane
        named = [pi for pi in fitting if role_of(noun) in self.people[pi].roles]
        if len(named) == 1:
            return named[0]
        others = [pi for pi in fitting if pi != owner]
        surname = self.people[owner].surname
        family = [pi for pi in others if same_surname(self.people[pi].surname, surname)]
        return family[0] if len(family) == 1 else None

    def _several_fit(self, surname: str, gender: str) -> bool:
        """Two or more people of this surname whom nothing known says are not of gender."""
        fit = [
            p
            for p in self.people
            if same_surname(p.surname, surname) and p.known_gender in ("", gender)
        ]
        return len(fit) > 1

    def first_named_of_surname(self, pi: int) -> int:
        """Of the people sharing pi's surname, the one the article names first."""
        surname = self.people[pi].surname
        for m in self.mentions:  # in the order of the text
            if same_surname(self.people[m.person].surname, surname):
                return m.person
        return pi

    def shared_surname(self, surname: str) -> bool:
        return sum(same_surname(p.surname, surname) for p in self.people) > 1

    def person_in(self, tok: Token) -> int | None:
        """A person named by the noun phrase headed by tok (name, title + name, appositive)."""
        if tok.i in self.by_token:
            return self.by_token[tok.i]
        titled = tok.lower_ in lx.ROLE_NOUNS or tok.lower_ in lx.HONORIFICS
        # "The lawyers pointed to two hopefuls, Sen. Ana Ruiz and …": a name the parser hung
        # on the subject from past its verb is no apposition of it
        past_verb = tok.head.i if tok.i < tok.head.i else len(self.doc)
        for c in tok.children:
            if c.dep_ == "appos" and (c.i > past_verb or self._quoted_after(tok, c)):
                continue
            if c.dep_ == "compound" and tok.lower_ in lx.STAFF_NOUNS:
                continue  # "a senior Ruiz adviser", "one Ruiz aide": someone of hers, not her
            if c.i in self.by_token and (c.dep_ == "appos" or (c.dep_ == "compound" and titled)):
                if tok.lower_ in lx.MEDIUM_NOUNS and c.left_edge.i == tok.i + 1:
                    return None  # "the newspaper Kathimerini": the paper's name
                return self.by_token[c.i]
        if titled and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].i in self.by_token:
            return self.by_token[tok.i + 1]  # "Judge" cut from "Judge Ana Ruiz"
        for c in tok.subtree:
            # "His former partner at Lenox, Lawrence Cummings": the apposition hangs on the
            # last noun before the comma
            if c.dep_ != "appos" or c.i not in self.by_token or c.left_edge.i <= tok.i:
                continue
            if c.i > past_verb:
                continue
            if self.doc[c.left_edge.i - 1].text == ",":
                return self.by_token[c.i]
        if tok.tag_ in ("NNP", "NNPS") or (tok.text[:1].isupper() and tok.is_alpha):
            return self.find("", norm(tok.text))  # "Trump boasted", Trump tagged NN
        return None

    def _quoted_after(self, tok: Token, appos: Token) -> bool:
        """Whether a colon or a quotation mark stands between a name and what the parser
        hung on it as an apposition: "Okafor: 'Do not ever doubt Ruiz.'" is Okafor's line
        about Ruiz, not Okafor called Ruiz."""
        between = self.doc[tok.i + 1 : appos.left_edge.i]
        return any(t.text == ":" or t.text in _QUOTE_TOKENS for t in between)

    def note(self, head: Token, pi: int) -> ResolvedSpeaker:
        """Record a resolved mention so that later pronouns can find it."""
        if head.i not in self.by_token:
            # a role noun's guessed mention gives way to what resolution found
            self.mentions = [m for m in self.mentions if m.token != head.i]
            self.mentions.append(Mention(head.i, pi, head.dep_ in SUBJECT_DEPS, head.idx))
        return self.people[pi].speaker()

    def quoted(self, offset: int) -> bool:
        """Whether the character at offset lies inside a quotation (its marks included)."""
        return any(s <= offset < e for s, e in self.quote_spans)

    def last_mention(self, pi: int | None, before: int) -> int:
        """Character offset of the person's last mention before `before`, -1 when none."""
        return max(
            (m.offset for m in self.mentions if m.person == pi and m.offset < before), default=-1
        )

    def previous_sentence_start(self, i: int) -> int:
        """Where the sentence before token i's begins, a paragraph break or a photo credit
        ("Getty.", "Reuters Photo.") not counting as one."""
        start = self.sent_bounds(i)[0]
        if start in self._previous_starts:
            return self._previous_starts[start]
        floor = start
        while floor > 0:
            end = floor
            floor = self.sent_bounds(floor - 1)[0]
            if self.doc[floor:end].text.strip() and not _credit_line(self.doc[floor:end]):
                break
        self._previous_starts[start] = floor  # the same for every token of the sentence
        return floor

    def interviewee(self, before: int) -> int | None:
        """The person an interview's introduction (the text before offset `before`) names
        most often, the first named on a tie; None when it names no one in full."""
        counts: dict[int, int] = {}
        for m in self.mentions:
            if m.offset < before:
                counts[m.person] = counts.get(m.person, 0) + 1
        if not counts:
            return None
        pi = max(counts, key=counts.__getitem__)  # dicts keep first-seen order on ties
        return pi if self.people[pi].given else None

    def holds_role(self, noun: str) -> bool:
        return any(role_of(noun) in p.roles for p in self.people)

    def sole_holder(self, noun: str) -> int | None:
        """The one person the article gives this role, None when none or several."""
        holders = [pi for pi, p in enumerate(self.people) if role_of(noun) in p.roles]
        return holders[0] if len(holders) == 1 else None

    def _main_holder(self, noun: str) -> int | None:
        """The one person given this role, or the one named more often than all the other
        holders together ("President Obama" throughout, "President Xi" twice)."""
        holders = [pi for pi, p in enumerate(self.people) if role_of(noun) in p.roles]
        mentioned = {pi: sum(m.person == pi for m in self.mentions) for pi in holders}
        total = sum(mentioned.values())
        best = max(holders, key=lambda pi: mentioned[pi], default=None)
        if best is None or (len(holders) > 1 and 2 * mentioned[best] <= total):
            return None
        return best

    def recent(
        self,
        tok: Token,
        gender: str = "",
        nationality: str = "",
        sentences: int = 0,
        role: str = "",
        party: str = "",
        needs_party: bool = False,
        exclude: int | None = None,
        singled_out: bool = False,
    ) -> int | None:
        """The most recent compatible person before tok, subjects first within a sentence.

        With sentences > 0, only people mentioned in this or the previous sentences count;
        with singled_out, not a mention inside a couple named together ("both Ana and Luis
        Ruiz"), which a role noun such as "the nominee" cannot tell apart."""
        here = tok.idx
        sent_start = self.sent_bounds(tok.i)[0]
        floor = sent_start
        for _ in range(sentences):
            if floor > 0:
                floor = self.sent_bounds(floor - 1)[0]
        best = None
        best_key = None
        said = self._said_around(tok) if tok.lower_ in _HE_SHE else (0, 0)
        for m in self.mentions:
            if m.offset >= here or here - m.offset > 1500:
                continue
            if (sentences and m.token < floor) or (m.token >= sent_start and m.token > tok.i):
                continue
            p = self.people[m.person]
            if m.person == exclude or not fits(p, gender, nationality, role, party):
                continue
            if in_own_participle(self.doc[m.token], tok):
                continue
            if singled_out and _in_a_couple(self.doc[m.token]):
                continue
            if needs_party and party_of(p.role_words) != party:
                continue
            # within the pronoun's own sentence, a woman the article names as one beats a
            # subject whose gender it never gave: 'Gov. Chris Ruiz called Senator Ana Ortiz a
            # disgrace after she criticised the police' is Ortiz's criticism. Not for "he":
            # a man's gender goes unsaid far more often ("Robby Ruiz … he said")
            named_woman = m.token >= sent_start and gender == "f" and self._named_woman(m, p)
            key = (not said[0] <= m.offset < said[1], *self._recency_key(m, here, named_woman))
            if best_key is None or key > best_key:
                best, best_key = m.person, key
        return best

    def _named_woman(self, m: Mention, p: Person) -> bool:
        """The article gives this person as a woman, or this mention does ("Mrs. Ruiz" where
        two Ruizes are named)."""
        return p.known_gender == "f" or (
            m.token > 0 and self.doc[m.token - 1].lower_ in lx.FEMALE_TITLES
        )

    def _said_around(self, tok: Token) -> tuple[int, int]:
        """The words a pronoun's cue breaks into, (0, 0) when it breaks into none: "Thrift,
        | she noted, | has always been a village virtue" (a name in them is what is said, not who
        says it: anyone named before comes first)."""
        here = tok.idx
        sent_end = tok.sent.end_char
        before = next(
            (
                (s, e)
                for s, e in self.contents
                if s < e <= here and not any(c.isalnum() for c in self.text[e:here])
            ),
            None,
        )
        after = next((s for s, _ in self.contents if here < s < sent_end), None)
        if before is None:
            return 0, 0
        if after is None:
            # '"Choosing between Ruiz and Hale is a false choice," she said': the words just
            # before the pronoun and its cue are what she said too; but their subject may be
            # she ("Ms. Ruiz was shocked by the crowd, she said"): from after it
            inside = (m for m in self.mentions if before[0] <= m.offset < before[1])
            subject = next((m.offset for m in inside if m.subject), None)
            return (before[0] if subject is None else subject + 1), before[1]
        cue = self.text[here:after].rstrip()
        # "he noted, | …": the pronoun and its verb set off by punctuation, not "he has
        # ordered | a review …", the main clause after "While Ana Ruiz has warned …"
        if len(cue.split()) > 4 or not cue or cue[-1] not in ",:\"“'‘":
            return 0, 0
        return before

    def _recency_key(self, m: Mention, here: int, named_woman: bool = False) -> tuple:
        in_content = inside_other(self.contents, m.offset, here)
        # someone named inside another person's quoted words ('"I would, Donald,"
        # Melanie said. "…," she said') is the last one a pronoun outside them means
        in_quote = inside_other(self.quote_spans, m.offset, here)
        return (
            not in_quote,
            self.sent_bounds(m.token)[0],
            named_woman,
            not in_content,
            m.subject,
            m.offset,
        )

    def by_role(self, head: Token, possessed: bool) -> int | None:
        """'the Russian leader', 'Putin's spokesman', 'the president'."""
        mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")]
        words = {norm(t.text) for m in mods for t in m.subtree if t.is_alpha}
        possessor = next((self.by_token.get(m.i) for m in mods if m.dep_ == "poss"), None)
        if possessor is None and head.lower_ in lx.STAFF_NOUNS:
            # "the senior Ruiz adviser" is someone of Ruiz's, as "Ruiz's adviser" is
            possessor = next(
                (self.person_in(m) for m in mods if m.dep_ == "compound" and m.tag_ == "NNP"),
                None,
            )
        nationality = ""
        for m in mods:
            if m.ent_type_ in ("NORP", "GPE") or (m.tag_ == "JJ" and m.text[:1].isupper()):
                nationality = norm(m.text)
        party = party_of(words)
        best = self._best_role_match(head, words, possessor, nationality, party)
        if best is not None:
            return best
        if possessor is not None or possessed:
            return None  # "the candidate's former doctor" is not the candidate
        if of_a_named_place_or_body(head):
            # "The chief prosecutor of the province of Calder is suing Ruiz": a holder the
            # article did not give that role is not whoever was just named
            return None
        # an unknown role noun ("the mayor") only points back a short way, to someone
        # just mentioned; "the Russian leader" needs a person of no other nationality
        pi = self.recent(
            head,
            gender=noun_gender(head.lower_),
            nationality=nationality,
            sentences=2,
            role=role_of(head.lower_),
            party=party,
            singled_out=True,
        )
        if pi is not None and nationality:
            # "the Russian leader" -> this person is Russian for the rest of the article
            self.people[pi].nations.add(nationality[:4])
        return pi

    def _best_role_match(
        self, head: Token, words: set[str], possessor: int | None, nationality: str, party: str
    ) -> int | None:
        """The person mentioned before head whose learnt role fits it well enough; the only
        one the article gave that role, unless the words say another party ("the GOP
        nominee" for "Republican nominee Donald Trump", not for "Democratic nominee …")."""
        possessor_names = (
            {norm(w) for w in self.people[possessor].canonical.split()}
            if possessor is not None
            else set()
        )
        best = None
        best_score = 0
        holders = 0
        for pi, p in enumerate(self.people):
            if pi == possessor or self.last_mention(pi, head.idx) < 0:
                continue
            if party and party_of(p.role_words) not in ("", party):
                continue
            if nationality and p.nations and nationality[:4] not in p.nations:
                continue  # "the US leader" is not the one the article called the Russian leader
            if possessor_names and self._someone_elses(pi, possessor):
                continue  # "Hale's spokeswoman" is not "Ruiz's spokeswoman Ana Vidal"
            role = role_of(head.lower_)
            if p.role_offsets.get(role, 0) > head.idx and not self._just_named(pi, head):
                # "the actress" is not one named paragraphs ago whom the article calls an
                # actress only further on
                continue
            score = role_score(p, role, words, possessor_names, nationality)
            holders += role in p.roles
            # two who fit as well: the one mentioned last ("Rules chairman Ana Ruiz … party
            # chairman Ben Ortiz pushed back. The chairman said …" is Ortiz)
            if score > best_score or (
                score == best_score
                and score
                and self.last_mention(pi, head.idx) > self.last_mention(best, head.idx)
            ):
                best, best_score = pi, score
        if best is not None and (best_score >= 2 + (1 if words else 0) or holders == 1):
            return best
        return None

    def _just_named(self, pi: int, head: Token) -> bool:
        """Whether person pi is mentioned in head's sentence or the one before it."""
        start = self.previous_sentence_start(head.i)
        return any(m.person == pi and start <= m.token < head.i for m in self.mentions)

    def _someone_elses(self, pi: int, possessor: int) -> bool:
        """Whether person pi's description names another person of the article as the one
        pi works for or belongs to ("Ruiz's spokeswoman"), not the possessor."""
        words = self.people[pi].role_words
        owner = {norm(w) for w in self.people[possessor].canonical.split()}
        if words & owner:
            return False
        return any(
            norm(q.canonical.split()[-1]) in words
            for qi, q in enumerate(self.people)
            if qi not in (pi, possessor) and q.canonical
        )


_OFFICE_MODIFIERS = frozenset("former then late ex - the".split())
_US_WORDS = frozenset("u.s. us american america america's".split())


# a name set beside these is what someone is or was called, not a person of its own
_NAME_NOUNS = frozenset("name names nickname surname".split())


def _a_name_only(ent: Span) -> bool:
    """A name set beside the word "name" ("his birth name, Rafael Eduardo Ruiz"): what
    someone was called, not another person."""
    return ent.root.dep_ == "appos" and ent.root.head.lower_ in _NAME_NOUNS


def _credit_line(sent: Span) -> bool:
    """A paragraph of at most three words and no verb: a photo's credit ("Getty.", "AP
    Photo."), not a sentence."""
    doc = sent.doc
    before = doc[sent.start - 1].text_with_ws if sent.start else "\n"
    after = sent.text_with_ws + (doc[sent.end].text if sent.end < len(doc) else "\n")
    words = [t for t in sent if t.is_alpha]
    return (
        0 < len(words) <= 3
        and "\n" in before
        and "\n" in after.strip(" ")
        and not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in sent)
    )


def _plain_name(name: str) -> str:
    """A full name without its full stops and case: "George H.W. Bush" -> "george h w bush"."""
    return " ".join(norm(name).replace(".", " ").split())


def _office_before(doc: Doc, i: int) -> str:
    """ "president" or "vice president" when the words before token i are that title alone,
    maybe after "former", "then-", "the late" or "U.S."; "" for another body's president
    ("Senate President"), another country's ("Liberian President"), "President-elect" or a
    hypothetical "a President"."""
    j = i - 1
    if j < 0 or doc[j].lower_ != "president":
        return ""
    office = "president"
    j -= 1
    if j >= 1 and doc[j].text == "-" and doc[j - 1].lower_ == "vice":
        j -= 1  # "Vice-President"
    if j >= 0 and doc[j].lower_ == "vice":
        office = "vice president"
        j -= 1
    while j >= 0 and (doc[j].lower_ in _OFFICE_MODIFIERS or doc[j].lower_ in _US_WORDS):
        j -= 1
    before = doc[j] if j >= 0 else None
    if before is None or before.is_punct or before.is_space:
        return office
    if before.lower_ in ("a", "an") or before.ent_type_ in ("NORP", "GPE", "ORG", "LOC"):
        return ""
    if before.tag_ in ("NNP", "NNPS") and not before.is_sent_start:
        return ""  # "Judicial Watch President Fitton"
    return office


# what a title set beside it names: "her 2003 book, Quiet Harbour"
_WORK_NOUNS = lx.ISSUED_NOUNS | lx.WORK_NOUNS | frozenset("memoirs biography".split())


def _work_title(ent: Span) -> bool:
    """A name set beside a book, film or report ("her memoir, Quiet Harbour,"): its title."""
    root = ent.root
    return root.dep_ == "appos" and root.head.lower_ in _WORK_NOUNS and root.head.i < ent.start


def _title_or_paper(ent: Span, toks: list[Token]) -> bool:
    """A name that is a work's title or a newspaper's lone name word ("the Herald")."""
    paper = len(toks) == 1 and toks[0].lower_ in lx.OUTLET_NAME_WORDS
    return paper or _work_title(ent) or _quoted_title(ent) or _title_of_a_work(ent)


def _title_of_a_work(ent: Span) -> bool:
    """A name that titles the work named right after it: "NPR's Inside Track podcast", 'the
    "Quiet Harbour" series'."""
    doc = ent.doc
    head = ent.root.head
    after = ent.end
    while after < len(doc) and doc[after].text in _CLOSING_MARKS:
        after += 1
    if after >= len(doc) or head.i != after or head.lower_ not in lx.WORK_NOUNS:
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    quoted = after > ent.end
    return quoted or (before is not None and (before.tag_ in ("POS", "DT")))


def _name_described_as_a_person(ent: Span) -> bool:
    """Two capitalised words labelled a body that the words beside them describe as a person
    ("Wendell Okoro, a retired teacher,"): no company's, body's or outlet's word ends them."""
    return ent.label_ == "ORG" and _two_name_words(list(ent)) and bool(person_apposition(ent.root))


def _described_gender(doc: Doc, ent: Span) -> str:
    """The gender the words set beside a name give ("the first lady, Ana Ruiz", "his wife,
    Ana Ruiz"), known before the name joins anyone: "Mr. Ruiz" named earlier is not her."""
    described = Person()
    learn_roles(doc, ent, described)
    return described.gender


def _middle_word(name: str) -> str:
    """The middle one of a name's three words ("Ana Ruiz Olmos" -> "ruiz"), else ""."""
    words = name_words(name)
    return norm(words[1]) if len(words) == 3 else ""


def _first_and_last_name(ent: Span) -> bool:
    """Two capitalised words, the first a clear-cut first name, no body's word last and no
    "the" before them ("the Lowell Institute")."""
    toks = name_tokens(ent)
    return (
        ent[0].lower_ != "the" and _two_name_words(toks) and bool(first_name_gender(toks[0].text))
    )


def _two_name_words(toks: list[Token]) -> bool:
    """Two capitalised words that may be a first name and a surname: no company's, body's or
    outlet's word last ("Patriot Coal", "Lowell Institute", "Fox News", "Grant Tribune")."""
    if len(toks) != 2 or not all(t.tag_ == "NNP" and t.is_title for t in toks):
        return False
    last = toks[1].lower_
    return (
        not _company_word(last)
        and last not in lx.BODY_NAME_WORDS
        and last not in lx.OUTLET_NAME_WORDS
    )


def _person_taken_for_a_place(ent: Span, alone: set[str], speaking: set[str]) -> bool:
    """A first and last name labelled a body or a place whose surname the article also
    writes alone ("Vanessa Iampaglia …", then "said Iampaglia"), the first name a clear-cut
    one, the name right after a noun for someone ("said Concord resident Whit Symms") or the
    surname alone speaking ("A memo from Nirmala Varkey …", then "Varkey wrote")."""
    toks = name_tokens(ent)
    if len(toks) != 2 or norm(toks[1].text) not in alone or ent.text != _two_words(toks):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    described = before is not None and before.is_lower and lx.is_agent_noun(before.lower_)
    if described or norm(toks[1].text) in speaking:
        return _two_name_words(toks)
    return _first_and_last_name(ent)


def _person_after_an_owner(ent: Span) -> Span | None:
    """ "Wade Hollinger" of "Fox News’ Wade Hollinger" labelled one body: a clear-cut first name
    and a surname ending the entity right after its possessive; None when there is none."""
    if len(ent) < 4 or not (ent[-3].tag_ == "POS" or ent[-3].text in ("’", "'")):
        return None  # the tagger may read the apostrophe after "News" as a closing mark
    person = ent[-2:]
    return person if _first_and_last_name(person) else None


def _person_after_a_role_noun(ent: Span) -> bool:
    """A clear-cut first name and a surname labelled a body right after a role noun in lower
    case ("Fox News host Sean Vannity", "network anchor Ana Ruiz"): a person, whose surname
    alone then speaks for that person."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.is_lower
        and before.tag_ == "NN"
        and before.lower_ in lx.ROLE_NOUNS
        and _first_and_last_name(ent)
    )


def _two_words(toks: list[Token]) -> str:
    return f"{toks[0].text} {toks[1].text}"


def _quoted_title(ent: Span) -> bool:
    """A name that is all of a quotation, or its part before a colon: a book's or a film's
    title ('according to "Quiet Harbour: A Life at Sea" by Ana Ruiz')."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    return (
        before is not None
        and after is not None
        and before.text in ("“", '"', "``", "‘")
        and after.text in (":", "”", '"', "''", "’")
    )


def _participle_with_a_clause(t: Token) -> bool:
    """A participle parsed as one, governing a clause or an object: "Conceding that …",
    "Citing the report, …" (not "Manning said", a surname the tagger read as a verb)."""
    return (
        t.tag_ in ("VBG", "VBN")
        and t.dep_ in ("advcl", "csubj", "xcomp", "pcomp", "ROOT")
        and any(c.dep_ in ("ccomp", "dobj", "mark") and c.i > t.i for c in t.children)
    )


def _body_before_its_people(ent: Span) -> bool:
    """A name in the plural before a role noun and a person's name: "Civic Decisions
    researcher Marta Quiroga" (the pollster, whose researcher she is)."""
    role = ent.root.head
    after = ent.doc[role.i + 1] if role.i + 1 < len(ent.doc) else None
    return (
        ent[-1].tag_ == "NNPS"
        and ent.root.dep_ == "compound"
        and role.i == ent.end
        and (role.lower_ in lx.ROLE_NOUNS or role.lower_.endswith(lx.AGENT_SUFFIXES))
        and after is not None
        and after.ent_type_ == "PERSON"
    )


def _named_as_a_body(first: Token, last: Token) -> bool:
    """A name set after a noun for a body ("a troubled Texas company, Lone Mesa,", "the
    activist group Harbor Watch") or right before one ("Lone Mesa, the oil company,"); not
    "Ana Ruiz, a founder of Quillon, a company outside Denver", where the company is
    Quillon."""
    kind = last.head
    before = (
        last.dep_ == "appos"
        and kind.i < last.i
        and kind.tag_ == "NN"
        and kind.lower_ in lx.ORG_ROLE_NOUNS
        and first.i > 0
        and (first.nbor(-1).text == "," or first.i == kind.i + 1)
    )
    after = body_apposition(last, right_after=True) and not person_apposition(last)
    return before or bool(after)


def _body_or_place_first(toks: list[Token]) -> bool:
    """A name of two or more words opening on a plural noun for people ("Voters Forward",
    a group's) or on a place's first word ("Cape Marrow"): no person's name."""
    first = toks[0].lower_.rstrip(".")
    if len(toks) < 2:
        return False
    if first in lx.PLACE_HEAD_WORDS:
        return True
    return first.endswith("s") and first in lx.HUMAN_NOUNS | lx.GROUP_HINTS


def _coined(t: Token) -> bool:
    """A word no first name the list knows that opens a quotation: a coinage's first word
    ("calls the forum ''Vakar Zlinter,'' a nickname"), not a person's first name."""
    if t.i == 0 or first_name_gender(t.lower_):
        return False
    quote = t.nbor(-1)
    return quote.text in _OPENING_QUOTES and not quote.whitespace_ and t.text[:1].isupper()


_OPENING_QUOTES = frozenset(["``", "''", '"', "“", "‘"])


# adjectives that pick out which thing, never describe a person: "the same Velvet Tango"
_WHICH_WORDS = frozenset("same very".split())


def _thing_modifier(t: Token) -> bool:
    """A lower-case word between an article and a name that makes the name a thing's: a
    noun for no one ("replica", "downtown") or "same"."""
    low = t.lower_
    if not (t.is_alpha and t.is_lower):
        return False
    if low in _WHICH_WORDS:
        return True
    return (
        t.tag_ == "NN"
        and not lx.is_agent_noun(low)
        and low not in lx.ROLE_NOUNS
        and low not in lx.TITLE_ROLES
        and low not in lx.KIN_NOUNS
        and low not in lx.HONORIFICS
    )


_BUILDING_OR_INSTITUTION_WORDS = lx.BUILDING_NAME_WORDS | lx.INSTITUTION_NAME_WORDS


def _holiday(ent: Span) -> bool:
    """A name that is a day's, with its possessive: "Valentine's Day", "St. Olaf's Eve"."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 2]
    return len(after) == 2 and after[0].lower_ in ("'s", "’s") and after[1].text in ("Day", "Eve")


def _building(toks: list[Token]) -> bool:
    """ "Trump Tower", "Rockefeller Plaza", "Harbour Colleges": a building's or an
    institution's name."""
    return named_for_its_kind(" ".join(t.text for t in toks), _BUILDING_OR_INSTITUTION_WORDS)


def _company_word(word: str) -> bool:
    return word.lower().rstrip(".") in lx.COMPANY_NAME_WORDS


def org_like(text: str) -> str:
    """A company's name as an entity wrote it, without "the" or a possessive."""
    text = text.strip(" ,.;:")
    for suffix in ("’s", "'s"):
        text = text.removesuffix(suffix)
    return text.removeprefix("the ").removeprefix("The ")


def _first_name(t: Token, any_label: bool = False) -> bool:
    """A word that can be a first name before a surname: capitalised, not all capitals, not
    a title, role or party word; labelled no entity or a person, unless any_label."""
    low = t.lower_.rstrip(".")
    # '"…," Will Navarro said': a first name that is also a modal, read as one inside a
    # sentence (and run into an entity of any label)
    modal_name = (
        t.tag_ == "MD"
        and t.is_title
        and not t.is_sent_start
        and t.sent.start > 0  # not a headline's "After The Merger, Will Acme Survive?"
        and bool(first_name_gender(low))
    )
    return (
        (t.tag_ == "NNP" or modal_name)
        and t.is_alpha
        and t.is_title
        and (modal_name or not t.is_stop)  # "Because Loki …"
        # a known first name inside an organisation the model ran over a person ("at
        # Kestrel College, Bruce Ward" labelled one organisation); not a place's ("North
        # Dakota Sunday")
        and (
            any_label
            or modal_name
            or t.ent_type_ in ("", "PERSON")
            or (t.ent_type_ in ("ORG", "NORP") and bool(first_name_gender(low)))
        )
        and low not in lx.HONORIFICS
        and low not in lx.ROLE_NOUNS
        and low not in lx.PARTY_WORDS
        and low not in lx.TITLE_ROLES
    )


def _in_a_couple(tok: Token) -> bool:
    """Whether a name is one of two people written as a couple, a lone first name joined to
    a full name of the same family: "Donald and Ivana Ruiz" (not "Ana Ruiz and Luis Ortiz",
    two people a role or nationality can tell apart)."""
    partner = tok.head if tok.dep_ == "conj" else None
    partner = partner or next((c for c in tok.children if c.dep_ == "conj"), None)
    if partner is None or partner.ent_type_ != "PERSON":
        return False
    first, second = sorted((tok, partner), key=lambda t: t.i)
    compound = [any(c.dep_ == "compound" for c in t.children) for t in (first, second)]
    return not compound[0] and compound[1]
