"""Resolving one source mention: the kinds of mention (pronoun, role noun, name, …) are
tried in the order of RESOLUTION_STEPS, each by one function."""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Doc, Token

from .. import lexicon as lx
from ..datelines import dateline_dash
from ..types import ResolvedSpeaker
from .documents import ad_voice, document_issuer, work_by_author
from .joint_steps import named_together, named_together_again
from .mention_words import entity_at
from .name_steps import (
    called_by_name,
    name_closing_source,
    named_person,
    proper_noun,
    someone_like,
    unnamed,
)
from .organisation_steps import (
    candidates_campaign,
    generic_body,
    local_police,
    organisation_entity,
    organisation_noun,
    organisation_role,
    the_administration,
)
from .organisations import OrgIndex
from .people import PeopleIndex
from .person import is_dateline
from .police import police_forces
from .pronoun_steps import (
    first_person,
    interview_answer,
    it_pronoun,
    personal_pronoun,
    plural_pronoun,
    relative_pronoun,
    tagline_author,
)
from .role_steps import (
    conjoined,
    entourage,
    epithet_after_subject,
    first_name_of_kin,
    kin_of_person,
    lead_description,
    list_of_names,
    named_later,
    party_member,
    party_noun,
    plural_noun,
    role_noun,
    topic_epithet,
    two_names,
)


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
        self.text = text
        # The people as the article names them, before any resolution: each reading of
        # read_first starts from a copy.
        self._named = PeopleIndex(doc, text, sent_bounds, content_spans, quote_spans)
        self.index = self._named.copy()
        self.orgs = OrgIndex(doc)
        self.sources: list[Token] = []  # every source's head, in the article's order
        self.source_texts: dict[int, str] = {}  # each source as written, by its head's index
        self._start_reading()

    def _start_reading(self) -> None:
        self.groups: list[tuple[int, ResolvedSpeaker]] = []  # plural/org speakers by position
        self.singles: list[tuple[int, ResolvedSpeaker]] = []  # unnamed single speakers
        self.things: list[tuple[int, ResolvedSpeaker]] = []  # organisations and documents
        self.issuers: list[tuple[int, str, ResolvedSpeaker]] = []  # (pos, document, issuer)

    def read_first(self, sources: list[tuple[Token, str]], rounds: int = 3) -> None:
        """Resolve every source and keep only the genders that settled, so that they count
        from the article's start; again while a reading settles more (a "he" only Stumpf
        can be makes the next "she" Warren's): "Warren told Stumpf, after he admitted …"
        is then Stumpf."""
        self.sources = sorted((head for head, _ in sources), key=lambda t: t.i)
        self.source_texts = {head.i: text for head, text in sources}
        known = [p.gender for p in self.index.people]
        for _ in range(rounds):
            for head, source_text in sources:
                self.resolve(head, source_text)
            genders = [p.gender for p in self.index.people]
            self.index = self._named.copy()
            for p, gender in zip(self.index.people, genders, strict=True):
                p.gender = p.gender or gender
            self._start_reading()
            if genders == known:
                break
            known = genders

    def resolve(self, head: Token, source_text: str) -> ResolvedSpeaker | None:
        """The speaker, or None when resolution found no name (a pronoun, "the poll", a
        headline fragment): the attribution keeps its source span instead of a junk name."""
        if is_dateline(source_text) or (
            head.is_upper and dateline_dash(head, head.sent.start) is not None
        ):
            # "LONDON (Reuters) -", "PHILADELPHIA ―": where, not who; "DENVER -- Governor Ana
            # Ruiz" is she. A place in Title Case heading a longer source ("Lyon (AFP) –
            # actress Ana Ruiz, star of …") goes on to the name after it.
            return name_closing_source(self, head, source_text)
        spk = self.speaker_for(head, source_text)
        if _title_cut_off(spk):
            # "said Air Force 1st Lt. Dara Venn" cut at the abbreviation's full stop: the
            # person named after the title, else no one
            return self._person_after_title(head)
        if not_a_name(spk):
            return None
        if head.lower_ != "it" and (
            spk.kind == "organisation"
            or (spk.kind == "anonymous" and head.lower_ in lx.DOCUMENT_NOUNS)
        ):
            self.things.append((head.idx, spk))
        return spk

    def _person_after_title(self, head: Token) -> ResolvedSpeaker | None:
        """The person whose name follows the rank the source was cut at, within a few words
        ("Navy Capt. | Rell Dorrin"); None when no person's name is there."""
        for tok in self.doc[head.i + 1 : head.i + 5]:
            if tok.ent_type_ == "PERSON":
                ent = entity_at(self.doc, tok.i)
                return named_person(self, ent[-1], ent.text)
            if not (tok.is_punct or _rank(tok.text)):
                return None
        return None

    def speaker_for(self, head: Token, source_text: str) -> ResolvedSpeaker:
        """The answer of the first step in RESOLUTION_STEPS that knows this kind of mention."""
        for step in RESOLUTION_STEPS:
            spk = step(self, head, source_text)
            if spk is not None:
                return spk
        return unnamed(self, head, source_text)

    def next_source(self, head: Token) -> Token | None:
        """The head of the source after head's in the article, None when head's is the last."""
        return next((t for t in self.sources if t.i > head.i), None)

    def previous_source(self, head: Token) -> Token | None:
        """The head of the source before head's in the article, None when head's is first."""
        return next((t for t in reversed(self.sources) if t.i < head.i), None)

    @functools.cached_property
    def police_forces(self) -> dict[str, str]:
        """The police forces the article names by place, once."""
        return police_forces(self.doc)

    @functools.cached_property
    def tagline(self) -> ResolvedSpeaker | None:
        """The writer the article's last paragraph introduces ("Ana Ruiz is a …"), once."""
        return tagline_author(self)

    def group(
        self,
        head: Token,
        name: str,
        kind: str,
        description: str = "",
        described_as_a_body: bool = False,
    ) -> ResolvedSpeaker:
        """A group or organisation speaker, kept for a later "they" or "we"."""
        spk = ResolvedSpeaker(name, kind, description, described_as_a_body=described_as_a_body)
        self.groups.append((head.idx, spk))
        return spk

    def single(self, head: Token, spk: ResolvedSpeaker) -> ResolvedSpeaker:
        """An unnamed or unknown single speaker, kept for a later "he" or "she"."""
        self.singles.append((head.idx, spk))
        return spk


_PRONOUNS = (
    lx.MALE_PRONOUNS
    | lx.FEMALE_PRONOUNS
    | lx.PLURAL_PRONOUNS
    | frozenset("i me we us you it its who whom which that this these those".split())
)


def _rank(word: str) -> bool:
    return word.lower().rstrip(".") in lx.RANKS or bool(lx.ORDINAL.match(word))


def _title_cut_off(spk: ResolvedSpeaker) -> bool:
    """A body or person named by a rank cut off from the name after it: "Army Capt", "Air
    Force 1st" (of "1st Lt."), "Navy Capt."."""
    words = spk.name.split()
    return spk.kind in ("person", "organisation") and len(words) > 1 and _rank(words[-1])


def not_a_name(spk: ResolvedSpeaker) -> bool:
    """A pronoun, a bare thing ("poll", "bank"), a dateline or a headline fragment ("Clinton
    Says") is no speaker's name."""
    words = spk.name.split()
    if not words or spk.name.lower() in _PRONOUNS or is_dateline(spk.name):
        return True
    if len(words) == 1 and spk.name.islower():
        # "the poll", "the bank" left unresolved; "the employee" still describes someone
        return spk.name in lx.ISSUED_NOUNS or spk.name in lx.ORG_ROLE_NOUNS
    return (
        len(words) > 1
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in lx.HEADLINE_VERBS
    )


# The kinds of source mention, in the order they are tried. Each step takes (resolver, head
# token, source text as written) and returns a speaker, or None when the mention is not of
# its kind; unnamed takes whatever none of them claims.
RESOLUTION_STEPS: tuple[Callable[[Resolver, Token, str], ResolvedSpeaker | None], ...] = (
    relative_pronoun,  # "who said"
    first_name_of_kin,  # "his wife, Ana," and "Ruiz's son, Tomas," for Ana and Tomas Ruiz
    name_closing_source,  # "One Republican hopeful, Ana Ruiz"
    called_by_name,  # "A new super PAC called Better Roads"
    work_by_author,  # 'according to "Quiet Harbour" by Ana Ruiz'
    document_issuer,  # "a statement from the White House", "A Bloomberg poll"
    ad_voice,  # "a narrator in the Clinton ad"
    candidates_campaign,  # "Clinton’s campaign", "her campaign"
    generic_body,  # "the Super PAC" for the one named, "Berea, OH" (a place)
    named_together,  # "Obama and Clinton", "Both Ana Ruiz and Tom Hale"
    two_names,  # "Obama and Clinton" when one of them is not known as a name
    list_of_names,  # "Ana Ruiz, Tom Hale and Bo Dunn"
    someone_like,  # "someone like Mr. Ruiz"
    named_person,  # "Zelensky", "President Zelensky"
    personal_pronoun,  # "he", "she"
    it_pronoun,  # "it"
    interview_answer,  # "A: Because …" below "Q: Why …?", and its "I"
    first_person,  # "I" in a signed letter, "we" in an opinion piece
    plural_pronoun,  # "they", "we"
    named_together_again,  # "the senators" after "Ms. Ruiz and Mr. Hale"
    conjoined,  # "the mayor and the police chief"
    kin_of_person,  # "his ex-wife", "Trump’s son"
    entourage,  # "his aides", "Ana Ruiz’s family"
    party_noun,  # "the Republican" (before the NORP entity it is tagged)
    party_member,  # "One Republican"
    local_police,  # "police said" after "the Tulsa Police Department"
    organisation_entity,  # "the Kremlin" (an ORG/GPE/NORP/FAC entity)
    organisation_role,  # "the bank", "the newspaper"
    the_administration,  # "the administration" for the "Obama administration" named
    role_noun,  # "the Russian leader", "Putin's spokesman"
    epithet_after_subject,  # "Ruiz toured the plant. The 74-year-old said …"
    named_later,  # "A state judge" for the one judge the article names
    lead_description,  # "Retired Judge Says …" for the person the article opens on
    topic_epithet,  # "The New York businessman says …" in a story about one person
    plural_noun,  # "analysts"
    organisation_noun,  # "the ministry"
    proper_noun,  # "Maria" (a name the people index does not know)
)
