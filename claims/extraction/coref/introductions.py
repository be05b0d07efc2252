"""Look-ups of the people index for a description that introduces a person named after it or
just before it ("The county's tax commissioner says … Ana Ruiz says …", "Clinton, the former
secretary of state, stressed … The former first lady said …")."""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon as lx
from .evidence import role_of
from .fitting import SUBJECT_DEPS, fits, inside_other, noun_gender, party_of
from .person import norm


class IntroductionLookups:
    """Mixed into PeopleIndex: reads its people, mentions, sentences and quotations."""

    def just_named_subject(self, tok: Token, pi: int) -> bool:
        """The last person named before tok is pi, as a subject, in tok's sentence or the one
        before, outside any quotation."""
        floor = self.previous_sentence_start(tok.i)
        last = max(
            (m for m in self.mentions if m.offset < tok.idx), key=lambda m: m.offset, default=None
        )
        return (
            last is not None
            and last.person == pi
            and last.subject
            and last.token >= floor
            and not inside_other(self.quote_spans, last.offset, tok.idx)
        )

    def named_next(self, head: Token) -> int | None:
        """ "The state attorney general is confirming … Attorney General Ana Ruiz said":
        the person first named in the next two sentences with the role head names."""
        role = role_of(head.lower_)
        end = self.sent_bounds(head.i)[1]
        for _ in range(2):
            if end < len(self.doc):
                end = self.sent_bounds(end)[1]
        for pi, p in enumerate(self.people):
            if role not in p.roles or self.last_mention(pi, head.idx) >= 0:
                continue
            first = min((m.token for m in self.mentions if m.person == pi), default=-1)
            if head.i < first < end:
                return pi
        return None

    def introduced_next(self, head: Token) -> int | None:
        """ "The county's tax commissioner says no one leaked the files. Ana Ruiz says she
        checked …": a description opening a sentence as its subject, then a person the article
        names for the first time as the subject of the next sentence, with no other role."""
        start, end = self.sent_bounds(head.i)
        if head.dep_ not in SUBJECT_DEPS or head.left_edge.i > start + 1 or end >= len(self.doc):
            return None
        next_end = self.sent_bounds(end)[1]
        first_seen: dict[int, int] = {}
        for m in self.mentions:
            first_seen.setdefault(m.person, m.token)
        for m in self.mentions:
            if not end <= m.token < next_end or not m.subject or first_seen[m.person] != m.token:
                continue
            p = self.people[m.person]
            if p.given and fits(p, noun_gender(head.lower_), "", role_of(head.lower_)):
                return m.person
            return None  # only the first person the next sentence names
        return None

    def introduced_after_lead(self, head: Token) -> int | None:
        """ "Retired Judge Says … . A retired judge says the ruling was wrong. Ana Ruiz, who
        sat on the bench for 20 years, said …": a description in the headline or the lead is
        the first person the next two sentences newly name as the subject of their main verb,
        with a first name, when nothing known about them contradicts the description's
        gender."""
        start, end = self.sent_bounds(head.i)
        if start > 0 and self.previous_sentence_start(head.i) > 0:
            return None  # neither the first sentence nor the second
        stop = end
        for _ in range(2):
            if stop < len(self.doc):
                stop = self.sent_bounds(stop)[1]
        seen: set[int] = set()
        for m in self.mentions:
            if m.token >= stop:
                break
            first_time = m.person not in seen
            seen.add(m.person)
            if m.token < end or not (first_time and m.subject):
                continue
            if self.doc[m.token].head.dep_ != "ROOT":
                continue  # "… says Ana Ruiz should resign": not the one the sentence is about
            p = self.people[m.person]
            if p.given and fits(p, noun_gender(head.lower_), "", ""):
                return m.person
            return None
        return None

    def party_member_named_next(self, head: Token, party: str) -> int | None:
        """ "At least one Democrat balked. “…,” Sen. Ana Ruiz (D-Mo.) said.": a party member
        opening a sentence as its subject is the first person the next paragraph names for
        the first time, outside quotations, when the article gives them that party."""
        start, end = self.sent_bounds(head.i)
        if head.dep_ not in SUBJECT_DEPS or head.left_edge.i > start + 1 or end >= len(self.doc):
            return None
        stop = self.text.find("\n", self.doc[end].idx + 1)
        stop = len(self.text) if stop < 0 else stop
        first_seen: dict[int, int] = {}
        for m in self.mentions:
            first_seen.setdefault(m.person, m.token)
        for m in self.mentions:
            if m.token < end or m.offset >= stop:
                continue
            if inside_other(self.quote_spans, m.offset, head.idx):
                continue
            if first_seen[m.person] != m.token:
                return None  # someone named before speaks first
            p = self.people[m.person]
            return m.person if p.given and party_of(p.role_words) == party else None
        return None

    def topic_subject(self, head: Token) -> int | None:
        """ "Varga, the former minister of health, stressed … The former chairwoman and
        senator said …": the person last named as a subject in this sentence or the one
        before, outside quotations, when party, nationality and gender words fit."""
        mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
        words = {norm(t.text) for m in mods for t in m.subtree if t.is_alpha}
        if not mods and head.lower_ not in _CAMPAIGN_ROLES:
            return None  # "the secretary" alone may be anyone's
        if any(
            t.ent_type_ == "ORG" and norm(t.text) not in lx.PARTY_WORDS
            for m in mods
            for t in m.subtree
        ):
            return None  # "the FBI director" is not whoever spoke last; "the GOP nominee" may be
        gender = noun_gender(head.lower_)
        floor = self.previous_sentence_start(head.i)
        subjects = [
            m
            for m in self.mentions
            if m.subject
            and floor <= m.token < head.i
            and not inside_other(self.quote_spans, m.offset, head.idx)
        ]
        if not subjects:
            return None
        pi = max(subjects, key=lambda m: m.offset).person
        if not fits(self.people[pi], gender, "", "", party_of(words)):
            return None
        return pi


# roles a news story gives the person it follows without saying more: "the candidate said"
_CAMPAIGN_ROLES = frozenset("candidate nominee".split())
