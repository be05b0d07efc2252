"""Resolving one source mention: the kinds of mention (pronoun, role noun, name, …) are
tried in the order of RESOLUTION_STEPS, each by one function."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .. import lexicon as lx
from ..first_names import first_name_gender
from ..news_organisations import news_organisation
from ..types import ResolvedSpeaker
from .documents import ad_voice, document_issuer
from .organisations import OrgIndex, campaign_owner, org_name
from .people import PeopleIndex
from .person import clean_name, norm, same_surname
from .police import bare_police, police_forces


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
        if _dateline(head):
            # "LONDON (Reuters) -", "PHILADELPHIA ―": where, not who; "DENVER -- Governor Ana
            # Ruiz" is she
            return _name_closing_source(self, head, source_text)
        spk = self.speaker_for(head, source_text)
        if not_a_name(spk):
            return None
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

    @functools.cached_property
    def police_forces(self) -> dict[str, str]:
        """The police forces the article names by place, once."""
        return police_forces(self.doc)

    @functools.cached_property
    def tagline(self) -> ResolvedSpeaker | None:
        """The writer the article's last paragraph introduces ("Ana Ruiz is a …"), once."""
        return tagline_author(self)

    def group(self, head: Token, name: str, kind: str) -> ResolvedSpeaker:
        """A group or organisation speaker, kept for a later "they" or "we"."""
        spk = ResolvedSpeaker(name, kind)
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
# "WASHINGTON (AFP)": a dateline
_DATELINE = re.compile(r"[A-Z][A-Z .,'-]+\(")


def _dateline(head: Token) -> bool:
    """A place in capitals opening a paragraph and followed by a dash, a parenthesis or a
    date: the dateline of a wire story."""
    doc = head.doc
    start = head
    while start.i > 0 and doc[start.i - 1].is_upper and doc[start.i - 1].is_alpha:
        start = doc[start.i - 1]  # "NEW YORK"
    if not (head.is_upper and len(head) > 2 and head.is_alpha):
        return False
    before = doc.text[: start.idx].rstrip(" \t")
    if before and not before.endswith("\n"):
        return False
    after = doc.text[head.idx + len(head) : head.idx + len(head) + 3]
    # "AFL-CIO" is no "AFL -"
    return after.lstrip()[:1] in ("—", "―", "–", "(", ",") or after.startswith((" -", " --"))


def not_a_name(spk: ResolvedSpeaker) -> bool:
    """A pronoun, a bare thing ("poll", "bank"), a dateline or a headline fragment ("Clinton
    Says") is no speaker's name."""
    words = spk.name.split()
    if not words or spk.name.lower() in _PRONOUNS or _DATELINE.match(spk.name):
        return True
    if len(words) == 1 and spk.name.islower():
        # "the poll", "the bank" left unresolved; "the employee" still describes someone
        return spk.name in lx.ISSUED_NOUNS or spk.name in lx.ORG_ROLE_NOUNS
    return (
        len(words) > 1
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in lx.HEADLINE_VERBS
    )


# "the candidate's former doctor": a possessed role noun never falls back to the last person
_POSSESSIVE = re.compile(r"\w['’]s\s")
# "Obama and Clinton": two capitalised names joined by "and"
_TWO_NAMES = re.compile(r"[A-Z][\w.'-]*( [A-Z][\w.'-]*)* and [A-Z][\w.' -]*")


def _relative_pronoun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A relative pronoun ("who said" in a relative clause): the noun it hangs on."""
    if head.tag_ not in ("WP", "WDT") or not head.dep_.startswith("nsubj"):
        return None
    rel = head.head
    if rel.dep_ == "relcl":
        noun = _named_in_apposition(rel.head)
        return r.speaker_for(noun, r.doc[noun.left_edge.i : noun.i + 1].text)
    prev = r.doc[head.i - 1] if head.i else None
    if prev is not None and prev.tag_.startswith("NN"):
        # the relative clause parsed loose: "the Police Department which reported"
        return r.speaker_for(prev, r.doc[prev.left_edge.i : prev.i + 1].text)
    return None


def _named_in_apposition(noun: Token) -> Token:
    """ "Ana Ruiz, a lawyer for the city who said …", "the Urban Institute, the think tank
    that published …": a description set beside a name speaks for that name."""
    head = noun.head
    named = head.tag_ in ("NNP", "NNPS") or bool(head.ent_type_)
    if noun.dep_ == "appos" and head.i < noun.i and named:
        return head
    return _subject_described(noun) or noun


def _subject_described(noun: Token) -> Token | None:
    """ "Ana Ruiz is a lawyer and activist who has said …": the named subject the
    description is said of (through "and" between nouns or verbs)."""
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    if noun.dep_ != "attr":
        return None
    verb = noun.head
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj":
            break
        verb = verb.head
    if subject is None or not (subject.tag_ in ("NNP", "NNPS") or subject.ent_type_):
        return None
    return subject


def _name_closing_source(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A source that ends on a person's name after a description, a dateline or a time:
    "One Republican hopeful, Ana Ruiz", "Radio One vice president for news Ana Ruiz",
    "DENVER -- Governor Ana Ruiz", "On Saturday at the convention Sen. Ana Ruiz (D-Colo.)":
    that person; not the name after a preposition or "and" ("a spokeswoman for Ana Ruiz",
    "Mr. Reyes and Ms. Ruiz") nor a possessor ("Ana Ruiz's lawyer")."""
    start = r.text.find(source_text, max(0, head.idx - len(source_text)))
    if start < 0 or start > head.idx:
        return None
    body = _PARTY_LABEL_END.sub("", source_text).rstrip(" )")
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
    while i > span.start and _title_word(r.doc[i]):
        i -= 1
    if i < span.start or _title_word(r.doc[i]):
        return None  # the source is a name and nothing before it: "Ana N Ruiz Ortega"
    before = r.doc[i]
    if before.i >= words[0].i or before.tag_ in ("IN", "CC", "TO", "VBG", "POS", "DT"):
        return None
    if before.lower_ in ("like", "including", "both"):
        return None
    pi = r.index.person_in(words[-1])
    if pi is not None:
        return r.index.note(words[-1], pi)
    if len(words) in (2, 3) and first_name_gender(norm(words[0].text)):
        # named here only ("…, state Del. Ana "Nita" Ruiz (D-Alamosa)")
        return ResolvedSpeaker(" ".join(t.text for t in words), "person")
    return None


_QUOTE_MARKS = frozenset("\"“”``''")


def _title_word(t: Token) -> bool:
    """A title before a name: "Sen.", "President", "Del."."""
    word = norm(t.text).rstrip(".")
    abbreviated = t.text.endswith(".") and t.text[:1].isupper() and len(t.text) <= 5
    return word in lx.HONORIFICS or word in lx.TITLE_ROLES or abbreviated


# a party label closing a source, cut off or whole: "(D-Colo.", "(R-Texas)"
_PARTY_LABEL_END = re.compile(r"\s*\((?:[DRI]-[^()]*)\)?\s*$")


def _campaign(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A candidate's campaign ("Clinton’s campaign", "her campaign", "the campaign"): named by
    the candidate's surname, "Clinton campaign"."""
    if head.lower_ == "team" and head.tag_ == "NN":
        return _candidates_team(r, head)
    if head.lower_ != "campaign" or head.tag_ != "NN":
        return None
    owner = campaign_owner(head)
    at = head
    if not owner and [c.lower_ for c in head.children if c.dep_ in ("det", "poss")] == ["the"]:
        last = r.orgs.last_campaign(head)  # "the campaign": the one named last
        if last is not None:
            at, owner = r.doc[last[0]], last[1]
    name = _campaign_name(r, at, owner)
    return None if name is None else r.group(head, name, "organisation")


def _candidates_team(r: Resolver, head: Token) -> ResolvedSpeaker | None:
    """ "Ruiz's team says she will be back on the trail" in an article that names the Ruiz
    campaign: the candidate's team is that campaign; without a campaign of that name
    (a coach's team, a lawyer's team) no one."""
    poss = next((c for c in head.lefts if c.dep_ == "poss"), None)
    if poss is None or not (poss.ent_type_ == "PERSON" or poss.tag_ == "NNP"):
        return None
    owner = campaign_owner(head)
    if not owner or owner.split()[0] != org_name(poss.text):
        return None
    if not any(name == owner for _, name in r.orgs.campaigns):
        return None
    return r.group(head, owner, "organisation")


def _campaign_name(r: Resolver, campaign: Token, owner: str) -> str | None:
    """ "Clinton campaign" for an owner written "Hillary Clinton’s" or "her"."""
    if owner in ("his", "her"):
        pi = r.index.recent(campaign, "m" if owner == "his" else "f")
    elif owner:
        tok = next(c for c in campaign.lefts if c.dep_ in ("poss", "compound"))
        pi = r.index.person_in(tok)
        if pi is None:
            return owner
    else:
        return None
    return None if pi is None else f"{r.index.people[pi].canonical.split()[-1]} campaign"


def _organisation_role(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "The bank", "the newspaper", "the commission": the organisation the article named
    with that role."""
    if head.tag_ != "NN" or head.lower_ not in lx.ORG_ROLE_NOUNS:
        return None
    dets = [c.lower_ for c in head.children if c.dep_ in ("det", "poss")]
    headline = head.sent.start == 0 and not {"the", "his", "her", "its", "their"} & set(dets)
    of_people = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    if (dets in (["a"], ["an"]) or headline) and not of_people:  # not "a group of experts"
        # "A union representing pilots endorsed …" opening a story that names the union
        # next; a headline's "Pilots' union endorses …"
        name = r.orgs.named_next(head, lambda n: r.index.find("", norm(n.split()[-1])) is not None)
        return None if name is None else r.group(head, name, "organisation")
    if dets != ["the"]:
        return None
    name = r.orgs.by_role(head, lambda n: r.index.find("", norm(n.split()[-1])) is not None)
    return None if name is None else r.group(head, name, "organisation")


def _two_names(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """Two names ("Obama and Clinton") that the parser did not join: two people together."""
    if head.ent_type_ == "PERSON" and _TWO_NAMES.fullmatch(source_text):
        return r.group(head, clean_name(source_text), "group")
    return None


def _someone_like(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "Why would someone like Mr. Ruiz want to buy a failing mine?": the person named."""
    if head.lower_ not in ("someone", "somebody"):
        return None
    like = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "like"), None)
    pobj = next((c for c in like.children if c.dep_ == "pobj"), None) if like else None
    pi = None if pobj is None else r.index.person_in(pobj)
    return None if pi is None else r.index.note(head, pi)


def _named_person(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A known person: "Zelensky", "President Zelensky", "the spokesman, Dmitri Peskov"; not
    "Peabody" when the article names Peabody Energy and no one called Peabody."""
    pi = r.index.person_in(head)
    if pi is None:
        return None
    p = r.index.people[pi]
    if not p.given and len(p.counts) == 1 and not p.gender:  # "Mr. Obama" is no company
        body = r.orgs.full_name(next(iter(p.counts)))
        if body != next(iter(p.counts)):
            return r.group(head, body, "organisation")
    return r.index.note(head, pi)


def _personal_pronoun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """He or she: the most recent compatible person, or an unnamed speaker after them."""
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
    if not p.gender and (
        r.index.recent(head, gender, exclude=pi) is None or r.index.just_named_subject(head, pi)
    ):
        # only when no one else could be meant, or the pronoun follows that person as the
        # subject just before it with no one named between: '"…," Warren said. "…," she said'
        p.gender = gender
    return r.index.note(head, pi)


def _it_pronoun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """It: the organisation or publication that spoke last ("the Times wrote … it added")."""
    if head.lower_ != "it":
        return None
    last = _latest_before(r.things, head.idx)
    return last[1] if last else ResolvedSpeaker(source_text, "anonymous")


def _first_person(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "I cannot see why …" in a letter signed on a line of its own below it ("Ana Ruiz."):
    the writer."""
    if head.lower_ != "i":
        return None
    text = r.doc.text
    for m in _SIGNATURE.finditer(text, head.idx, min(len(text), head.idx + 3000)):
        name = m.group(1).rstrip(".")
        span = r.doc.char_span(m.start(1), m.start(1) + len(name))
        # a name, not a heading such as "Foreign Policy"
        named = span is not None and any(t.ent_type_ == "PERSON" for t in span)
        if named and all(t.tag_ == "NNP" for t in span):
            return ResolvedSpeaker(name, "person")
    return _author_of_tagline(r, head)


def _author_of_tagline(r: Resolver, head: Token) -> ResolvedSpeaker | None:
    """An opinion piece's "I", outside quotations, when its last paragraph introduces the
    writer: "Ana Ruiz is a teacher in Leeds and the author of …", or a book excerpt's when
    it ends on the book's credit: "From THE LONG ROAD by Ana Ruiz."."""
    if any(s <= head.idx < e for s, e in r.index.quote_spans):
        return None  # '"I think so," she said': the one quoted
    return r.tagline


def tagline_author(r: Resolver) -> ResolvedSpeaker | None:
    """The writer an article's last paragraph introduces, if it does: a tagline ("Ana Ruiz
    is a …") or a book excerpt's credit line ("From THE LONG ROAD by Ana Ruiz.")."""
    paragraphs = [p for p in r.doc.text.rstrip().split("\n") if p.strip()]
    if len(paragraphs) < 3:
        return None
    last = paragraphs[-1]
    m = _TAGLINE.match(last.strip()) or _BOOK_CREDIT.match(last.strip())
    if m is None:
        return None
    start = r.doc.text.rindex(last) + last.index(m.group(1))
    span = r.doc.char_span(start, start + len(m.group(1)))
    if span is None or not any(t.ent_type_ == "PERSON" for t in span):
        return None
    return ResolvedSpeaker(m.group(1), "person")


# an author's tagline: "Ana B. Ruiz is a …", "Ana Ruiz, a nurse, is …"
_TAGLINE = re.compile(
    r"([A-Z][\w’'-]+(?: [A-Z][\w’'.-]*){1,3})(?:, [^,]{3,80},)? (?:is|was) (?=[a-z])"
)
# a book excerpt's credit line: "From THE LONG ROAD by Ana Ruiz. Copyright © 2015 …" (the
# excerpt's "I" is the book's author)
_BOOK_CREDIT = re.compile(
    r"(?:(?:Excerpted|Adapted|Reprinted) )?[Ff]rom [^\n]{2,150}? by "
    r"([A-Z][\w’'-]+(?: [A-Z][\w’'.-]*){1,3}?)(?:\.|,|$)"
)
# a signature: a paragraph that is only a name, "Ana B. Ruiz."
_SIGNATURE = re.compile(r"\n\s*([A-Z][\w’'-]+(?: [A-Z][\w’'.-]*){1,3}?)\.?[ \t]*(?:\n|$)")


def _plural_pronoun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """They or we: the group or organisation that spoke last."""
    if head.lower_ not in lx.PLURAL_PRONOUNS and head.lower_ != "we":
        return None
    last = _latest_before(r.groups, head.idx)
    body = _organisation_subject_before(r, head) if head.lower_ == "they" else None
    if body is not None and (last is None or last[0] < body[0]):
        # "Politifact checked the claim. They found …": the body the article just made the
        # subject, when no group spoke since
        return r.group(head, body[1], "organisation")
    return last[1] if last else ResolvedSpeaker(source_text, "group")


def _people_noun(t: Token) -> bool:
    """A plural noun for people: "members", "voters", "officials"."""
    low = t.lower_
    return t.tag_ in ("NNS", "NNPS") and (
        low in lx.HUMAN_NOUNS or low.endswith(lx.AGENT_SUFFIXES) or low.rstrip("s") in lx.ROLE_NOUNS
    )


def _organisation_subject_before(r: Resolver, head: Token) -> tuple[int, str] | None:
    """(position, name) of the subject of the main verb last before a pronoun, in its
    sentence or the one before, when that subject is an organisation: an ORG entity or a
    news organisation known by one word ("Politifact", which the model may take for a
    person); None when the last such subject is anything else."""
    floor = r.index.previous_sentence_start(head.i)
    subjects = [
        t
        for t in r.doc[floor : head.i]
        if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.head.i < head.i
    ]
    if not subjects:
        return None
    subject = subjects[-1]
    if any(_people_noun(t) for t in r.doc[subject.i + 1 : head.i]):
        return None  # "The AP interviewed 20 crew members. They described …": the members
    if subject.ent_type_ == "ORG" and subject.tag_ in ("NNP", "NNPS"):
        name = _entity_name(r.doc, subject)
        return (subject.idx, r.orgs.full_name(name)) if name else None
    if subject.tag_ == "NNP" and news_organisation(subject.text):
        return subject.idx, subject.text
    return None


def _conjoined(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """Joined nouns ("the mayor and the police chief"): several speakers together; not "the
    former governor and senator", one person described twice."""
    conj = [c for c in head.children if c.dep_ == "conj"]
    if not conj:
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


def _police(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "Police said" in an article that names one police force by its place ("the Tulsa
    Police Department"): that force. With none or two named, police stay a group."""
    if not bare_police(head):
        return None
    forces = r.police_forces
    if len(forces) != 1:
        return None
    return r.group(head, next(iter(forces.values())), "organisation")


def _organisation_entity(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """An organisation, place or nationality the model labelled: "the Kremlin", "Reuters"."""
    if head.ent_type_ not in ("ORG", "GPE", "NORP", "FAC"):
        return None
    ent = _entity_at(r.doc, head.i)
    if ent is not None and ent.sent.start == 0 and any(t.tag_.startswith("VB") for t in ent):
        return None  # "Leaked Documents Reveal Donors …": a headline the model took for a name
    name = _entity_name(r.doc, head)
    if _candidate_campaign(r, name):
        return r.group(head, _candidate_campaign(r, name), "organisation")
    role = _person_apposition(head)
    if name and role and len(name.split()) > 1:
        # "Ana Ruiz, the foreign minister of Peru," labelled an organisation: a person
        return r.single(head, ResolvedSpeaker(name, "person", role))
    if name and head.ent_type_ == "ORG":
        name = r.orgs.full_name(name)  # "The Post" after "The New York Post"
    elif name:
        # "the VA" (taken for Virginia) in an article naming the Department of Veterans Affairs
        name = r.orgs.spelt_out(name) or name
    return r.group(head, name or source_text, "organisation")


def _candidate_campaign(r: Resolver, name: str) -> str:
    """ "Hillary Clinton Campaign" (a headline's entity): the "Clinton campaign" the other
    steps name it; "" when the name is no known person's campaign."""
    campaign = _CANDIDATE_CAMPAIGN.fullmatch(name or "")
    if campaign and r.index.find("", norm(campaign.group(1))) is not None:
        return f"{campaign.group(1)} campaign"
    return ""


# a candidate's campaign as an entity: "Hillary Clinton Campaign" -> surname "Clinton"
_CANDIDATE_CAMPAIGN = re.compile(r"(?:[A-Z][\w.'’-]+ )*([A-Z][\w'’-]+) [Cc]ampaign")


def _person_apposition(head: Token) -> str:
    """The description set beside a name when it says what a person is: "…, the foreign
    minister of France", "…, a writer for The Atlantic"; "" when none."""
    for c in head.children:
        if c.dep_ != "appos" or c.i < head.i or c.tag_ != "NN":
            continue
        low = c.lower_
        if low in lx.ROLE_NOUNS or low in lx.HUMAN_NOUNS or low.endswith(lx.AGENT_SUFFIXES):
            return c.doc[c.left_edge.i : c.right_edge.i + 1].text.strip(" ,")
    return ""


def _kin(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
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


def _kin_of_unlisted_owner(r: Resolver, head: Token, noun: str) -> int | None:
    """ "Luis Alberto Ruiz's wife" when the model missed Luis Alberto Ruiz as a person and
    the article names one other Ruiz, a woman ("Ana Ruiz … her husband"): she, not the
    owner's own name taken for hers. Only with a gendered kin noun and the gender known."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    gender = "f" if noun in lx.FEMALE_NOUNS else "m" if noun in lx.MALE_NOUNS else ""
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


def _entourage(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "His aides", "Ana Ruiz’s family", "her lawyers": the people around one person the
    article names, a group named after them ("Ana Ruiz aides"), as specific as "McConnell
    aides"; not "the family" or "aides" with no one named."""
    group = _ENTOURAGE.get(head.lower_)
    if group is None or head.tag_ not in ("NN", "NNS"):
        return None
    owner, sure = _possessor(r, head)
    if owner is None or not sure:
        return None
    if group == "family":
        # "Ana Ruiz … her husband, Luis Ruiz … Ruiz's family": one family, named after the
        # one of them the article names first
        owner = r.index.first_named_of_surname(owner)
    return r.group(head, f"{r.index.people[owner].canonical} {group}", "group")


# the people around someone, by the noun the group is named with
_ENTOURAGE = {
    "aides": "aides",
    "advisers": "advisers",
    "advisors": "advisers",
    "lawyers": "lawyers",
    "attorneys": "lawyers",
    "family": "family",
    "relatives": "family",
}


def _kin_noun(head: Token) -> str | None:
    """The kin noun a head stands for, "ex-wife" also when split as "ex - wife"."""
    word = head.lower_
    doc = head.doc
    if word == "ex" and head.i + 2 < len(doc) and doc[head.i + 1].text == "-":
        word = f"ex-{doc[head.i + 2].lower_}"
    return word if word in lx.KIN_NOUNS else None


def _party_noun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
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
    subjects = [
        t
        for t in r.doc[floor : head.i]
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.head.dep_ == "ROOT"
        and not any(s <= t.idx < e for s, e in r.index.quote_spans)
    ]
    if not subjects:
        return None
    pi = r.index.person_in(subjects[-1])
    if pi is None:
        return None
    known = {lx.PARTY_WORDS.get(w) for w in r.index.people[pi].role_words} - {None}
    return None if known and known != {party} else pi


def _party_member(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
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


def _role_noun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A role noun ("the Russian leader", "Putin's spokesman", "the president", not "one
    official"): the person who holds that role."""
    low = head.lower_
    if head.tag_ not in ("NN", "NNP") or not (
        low in lx.ROLE_NOUNS
        or r.index.holds_role(low)
        or (_definite(head) and (low in lx.FEMALE_NOUNS or low in lx.MALE_NOUNS))
    ):
        return None
    determiners = (c.lower_ for c in head.children if c.dep_ in ("det", "poss"))
    if any(d in lx.ANONYMOUS_DETERMINERS for d in determiners):
        return None
    possessed = bool(_POSSESSIVE.search(source_text))
    pi = r.index.by_role(head, possessed=possessed)
    if pi is None:
        pi = r.index.named_next(head)
    if pi is None:
        pi = r.index.introduced_next(head)
    if pi is None and not possessed and _definite(head):
        pi = r.index.topic_subject(head)
    if pi is None and not possessed and _definite(head):
        pi = _candidate_of_campaign(r, head)
    return None if pi is None else r.index.note(head, pi)


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


def _definite(head: Token) -> bool:
    """ "The former first lady", "the New York businessman": "the" and no possessor."""
    dets = [c.lower_ for c in head.children if c.dep_ in ("det", "poss")]
    return dets == ["the"]


def _named_later(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "A state judge ruled …" when the article names one judge ("Judge Ana Ruiz"): an
    opening description of the person it names."""
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    # a headline's bare "Judge rejects …" is such a description too
    headline = not dets and head.is_sent_start and head.text.istitle()
    if head.tag_ not in ("NN", "NNP") or not (dets in (["a"], ["an"]) or headline):
        return None
    if head.lower_ not in lx.ROLE_NOUNS:
        return None
    pi = r.index.sole_holder(head.lower_)
    if pi is None or not _whose_fits(r, head, pi):
        return None
    return r.index.note(head, pi)


def _lead_description(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "Former Judge Says Ruling Was Wrong" (the headline) or "a retired judge says" (the
    lead), then "Ana Ruiz, who sat on the bench …, said": the person the article opens on."""
    low = head.lower_
    person_noun = low in lx.ROLE_NOUNS or (low.endswith(lx.AGENT_SUFFIXES) and "ment" not in low)
    if head.tag_ not in ("NN", "NNP") or not person_noun or head.ent_type_:
        return None
    if low in _UNNAMED_SOURCE_NOUNS:
        return None  # "A senior official says …": news keeps such a source unnamed
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod")}
    described = [c for c in head.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if dets - {"a", "an", "the"} or not described:
        return None  # "one official", "another doctor", a bare "a doctor": someone else
    pi = r.index.introduced_after_lead(head)
    return None if pi is None else r.index.note(head, pi)


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


def _plural_noun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A plural noun ("analysts", "Democrats"): a group."""
    if head.tag_ in ("NNS", "NNPS"):
        return r.group(head, clean_name(source_text), "group")
    return None


def _organisation_noun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A word that names a body ("the ministry", "the Justice Department"): an organisation,
    named without its relative clause ("the Veterans Coalition, which represents …")."""
    name = clean_name(_core_phrase(r.doc, head))
    if _headline_description(head):
        return None  # "Former White House Doctor Says": someone, not the White House
    if _candidate_campaign(r, name):
        return r.group(head, _candidate_campaign(r, name), "organisation")
    if (
        head.lower_ in lx.BODY_NAME_WORDS
        or _place_body(head)
        or (head.tag_ == "NNP" and any(w.lower() in lx.BODY_NAME_WORDS for w in name.split()))
    ):
        return r.group(head, name, "organisation")
    return None


def _headline_description(head: Token) -> bool:
    """A capitalised role or person noun in the headline ("Former White House Doctor Says",
    "Top Aide Admits"): a description in Title Case, not a name."""
    low = head.lower_
    person_noun = low in lx.ROLE_NOUNS or low in lx.HUMAN_NOUNS or low.endswith(lx.AGENT_SUFFIXES)
    noun = head.tag_ in ("NN", "NNP") and head.ent_type_ != "PERSON"
    return head.sent.start == 0 and person_noun and noun


def _place_body(head: Token) -> bool:
    """ "The city of Phoenix", "the county of Kent": a local government."""
    if head.lower_ not in lx.PLACE_BODY_NOUNS:
        return False
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    return any(p.ent_type_ == "GPE" for c in of for p in c.children if p.dep_ == "pobj")


def _proper_noun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A name the people index does not know: a person named once, under the full name the
    article writes somewhere ("Oz" after an unlabelled "Selim Oz — surgeon and TV star")."""
    if head.tag_ == "NNP":
        name = clean_name(_core_phrase(r.doc, head))
        owned = _OWNED_NAME.match(name)
        if owned and all(w[:1].isupper() for w in owned.group(1).split()):
            name = owned.group(1)  # "The Post's Greg Sargent" is Greg Sargent
        if _headline_description(head):
            return ResolvedSpeaker(name, "anonymous", description=head.lower_)
        company = r.index.companies.get(name) or r.index.companies.get(name.split()[0])
        if company and (name == company or len(name.split()) == 1):
            return r.group(head, company, "organisation")  # "Patriot" for Patriot Coal
        if r.orgs.full_name(name) != name:
            return r.group(head, r.orgs.full_name(name), "organisation")  # "Peabody said"
        if len(name.split()) == 1 and name.istitle():
            first = r.index.first_name_before(norm(name))
            name = f"{first} {name}" if first else name
        return r.single(head, ResolvedSpeaker(name, "person"))
    return None


# a name after its employer's possessive: "Post's Greg Sargent"
_OWNED_NAME = re.compile(r"^[^’']+['’]s ([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)+)$")


def _unnamed(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker:
    """What no step claims: an unnamed source ("one senior EU diplomat"). A single person
    ("a nurse", "one resident") may be the "she" of a later sentence."""
    low = head.lower_
    spk = ResolvedSpeaker(clean_name(_core_phrase(r.doc, head)), "anonymous", description=low)
    if head.tag_ == "NN" and (
        low in lx.ROLE_NOUNS
        or low in lx.HUMAN_NOUNS
        or (low.endswith(lx.AGENT_SUFFIXES) and "ment" not in low)
    ):
        r.single(head, spk)
    return spk


# The kinds of source mention, in the order they are tried. Each step takes (resolver, head
# token, source text as written) and returns a speaker, or None when the mention is not of
# its kind; _unnamed takes whatever none of them claims.
RESOLUTION_STEPS: tuple[Callable[[Resolver, Token, str], ResolvedSpeaker | None], ...] = (
    _relative_pronoun,  # "who said"
    _name_closing_source,  # "One Republican hopeful, Ana Ruiz"
    document_issuer,  # "a statement from the White House", "A Bloomberg poll"
    ad_voice,  # "a narrator in the Clinton ad"
    _campaign,  # "Clinton’s campaign", "her campaign"
    _two_names,  # "Obama and Clinton"
    _someone_like,  # "someone like Mr. Ruiz"
    _named_person,  # "Zelensky", "President Zelensky"
    _personal_pronoun,  # "he", "she"
    _it_pronoun,  # "it"
    _first_person,  # "I" in a signed letter
    _plural_pronoun,  # "they", "we"
    _conjoined,  # "the mayor and the police chief"
    _kin,  # "his ex-wife", "Trump’s son"
    _entourage,  # "his aides", "Ana Ruiz’s family"
    _party_noun,  # "the Republican" (before the NORP entity it is tagged)
    _party_member,  # "One Republican"
    _police,  # "police said" after "the Tulsa Police Department"
    _organisation_entity,  # "the Kremlin" (an ORG/GPE/NORP/FAC entity)
    _organisation_role,  # "the bank", "the newspaper"
    _role_noun,  # "the Russian leader", "Putin's spokesman"
    _named_later,  # "A state judge" for the one judge the article names
    _lead_description,  # "Retired Judge Says …" for the person the article opens on
    _plural_noun,  # "analysts"
    _organisation_noun,  # "the ministry"
    _proper_noun,  # "Maria" (a name the people index does not know)
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


def _entity_at(doc: Doc, i: int) -> Span | None:
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


def _entity_name(doc: Doc, head: Token) -> str:
    """The entity's text, without a verb the model ran into it ("Say Mexico demanded")."""
    ent = _entity_at(doc, head.i)
    if ent is None:
        return ""
    start = ent.start
    while start < head.i and doc[start].lower_ in ("say", "says", "said"):
        start += 1
    return clean_name(doc[start : ent.end].text)
