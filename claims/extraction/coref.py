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
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Token

from . import lexicon as lx
from .types import ResolvedSpeaker

_POSSESSIVE = re.compile(r"\w['’]s\s")
# "Obama and Clinton": two capitalised names joined by "and"
_TWO_NAMES = re.compile(r"[A-Z][\w.'-]*( [A-Z][\w.'-]*)* and [A-Z][\w.' -]*")
_ORG_LABELS = ("ORG", "GPE", "NORP", "FAC")


def _norm(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


@dataclass
class Person:
    names: list[str] = field(default_factory=list)
    given: str = ""  # normalised first name when known
    surname: str = ""
    gender: str = ""  # "m", "f" or ""
    roles: set[str] = field(default_factory=set)  # role head nouns: "president", "spokesman"
    role_words: set[str] = field(default_factory=set)  # all words of learnt descriptions
    descriptions: list[str] = field(default_factory=list)
    nations: set[str] = field(default_factory=set)  # "russ", "ukra": from titles and possessors

    counts: dict[str, int] = field(default_factory=dict)

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


def _same_surname(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 85)


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 5:
        return False
    return fuzz.ratio(a, b) >= 85


class Resolver:
    def __init__(
        self,
        doc: Doc,
        text: str,
        content_spans: list[tuple[int, int]],
        sent_bounds=None,
        quote_spans: list[tuple[int, int]] = (),
    ):
        self.doc = doc
        self.ents = list(doc.ents)
        self.sent_bounds = sent_bounds or (lambda i: (doc[i].sent.start, doc[i].sent.end))
        self.text = text
        self.people: list[Person] = []
        self.by_token: dict[int, int] = {}  # token index -> person index
        # (token index, person index, is_subject, char offset)
        self.mentions: list[tuple[int, int, bool, int]] = []
        self.contents = sorted(content_spans)
        self.quote_spans = sorted(quote_spans)
        self.groups: list[tuple[int, ResolvedSpeaker]] = []  # plural/org speakers by position
        self.singles: list[tuple[int, ResolvedSpeaker]] = []  # unnamed single speakers
        self.things: list[tuple[int, ResolvedSpeaker]] = []  # organisations and documents
        self._build()

    # ---- people --------------------------------------------------------------------------------
    def _name_tokens(self, ent) -> list[Token]:
        kept = []
        for t in ent:
            if t.text in ("(", ",", "[", "/"):
                break  # "Harry Reid (D-Nev.)", "Smith, 82"
            kept.append(t)
        toks = [t for t in kept if t.is_alpha or (t.text.endswith(".") and len(t.text) <= 3)]
        while toks and toks[0].lower_.rstrip(".") in {h.rstrip(".") for h in lx.HONORIFICS}:
            toks = toks[1:]
        toks = [t for t in toks if t.tag_ != "POS"]
        # the small model sometimes runs a name into the next word: "Maria Lopez said"
        while toks and not toks[-1].text[:1].isupper():
            toks = toks[:-1]
        while toks and not toks[0].text[:1].isupper():
            toks = toks[1:]
        return toks

    def _find_person(self, given: str, surname: str, words: frozenset = frozenset()) -> int | None:
        best = None
        for pi, p in enumerate(self.people):
            if not _similar(p.surname, surname):
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

    def _build(self) -> None:
        doc = self.doc
        for ent in self.ents:
            if ent.label_ != "PERSON":
                continue
            toks = self._name_tokens(ent)
            if not toks:
                continue
            name = self.text[toks[0].idx : toks[-1].idx + len(toks[-1])]
            surname = _norm(toks[-1].text)
            given = _norm(toks[0].text.rstrip(".")) if len(toks) > 1 else ""
            pi = self._find_person(given, surname, frozenset(_norm(t.text) for t in toks[:-1]))
            if pi is None:
                self.people.append(Person(surname=surname))
                pi = len(self.people) - 1
            p = self.people[pi]
            if name not in p.names:
                p.names.append(name)
            if name not in p.counts:
                p.counts[name] = self.text.count(name)
            if given and not p.given:
                p.given = given
            first = ent[0].lower_
            if ent.start > 0 and first not in lx.HONORIFICS:
                first = doc[ent.start - 1].lower_
            if first in lx.MALE_TITLES:
                p.gender = "m"
            elif first in lx.FEMALE_TITLES:
                p.gender = "f"
            for t in ent:
                self.by_token[t.i] = pi
            root = ent.root
            self._learn_roles(ent, root, p)
            subj = root.dep_ in ("nsubj", "nsubjpass") or (
                root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass")
            )
            self.mentions.append((root.i, pi, subj, ent.start_char))
            if subj and not p.gender:
                self._gender_from_pronouns(ent, p)
        # the small model often labels a known surname ORG or GPE: "Trump has said"
        for ent in self.ents:
            if ent.label_ == "PERSON" or ent.label_ not in ("ORG", "GPE", "NORP", "PRODUCT"):
                continue
            toks = self._name_tokens(ent)
            if not toks or len(toks) > 3:
                continue
            pi = self._find_person(
                _norm(toks[0].text) if len(toks) > 1 else "", _norm(toks[-1].text)
            )
            if pi is None or not _same_surname(self.people[pi].surname, _norm(toks[-1].text)):
                continue
            for t in ent:
                self.by_token[t.i] = pi
            root = ent.root
            self.mentions.append((root.i, pi, root.dep_ in ("nsubj", "nsubjpass"), ent.start_char))
        self.mentions.sort(key=lambda m: m[3])

    def _gender_from_pronouns(self, ent, p: Person) -> None:
        """'Trump said his plan ...': a pronoun later in the subject's sentence, with no other
        person named in between, tells the gender."""
        end = self.sent_bounds(ent.start)[1]
        for t in self.doc[ent.end : min(end, ent.end + 25)]:
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

    def _learn_roles(self, ent, root: Token, p: Person) -> None:
        doc = self.doc
        # title words right before the name: "Ukrainian President", "Press Secretary"
        j = ent.start - 1
        words = []
        while (
            j >= 0 and doc[j].dep_ in ("compound", "amod", "nmod") and j < doc[j].head.i < ent.end
        ):
            if doc[j].tag_ in ("NNP", "NN", "JJ", "NNPS") and doc[j].is_alpha:
                words.append(doc[j])
            else:
                break
            j -= 1
        words.reverse()
        for w in words:
            if w.ent_type_ in ("NORP", "GPE"):
                p.nations.add(_norm(w.text)[:4])
        for c in root.lefts:
            if c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP"):
                p.nations.add(_norm(c.text)[:4])
        if words:
            desc = " ".join(w.text for w in words)
            self._add_role(p, desc, words[-1].lower_)
        # appositions: "Dmitri Peskov, Putin's spokesman" / "the spokesman, Dmitri Peskov"
        for c in root.children:
            if (
                c.dep_ == "appos"
                and c.i > root.i
                and c.tag_.startswith("NN")
                and c.i not in self._ent_tokens(ent)
            ):
                desc = doc[c.left_edge.i : c.right_edge.i + 1].text.strip(" ,")
                self._add_role(p, desc, c.lower_)
        if root.dep_ == "appos" and root.head.tag_ in ("NN",):
            h = root.head
            desc = doc[h.left_edge.i : h.i + 1].text
            self._add_role(p, desc, h.lower_)

    @staticmethod
    def _ent_tokens(ent) -> range:
        return range(ent.start, ent.end)

    def _add_role(self, p: Person, desc: str, head: str) -> None:
        desc = desc.split("\n")[0].strip(" ,.;:")
        if (
            not desc
            or desc.lower().rstrip(".") in lx.HONORIFICS
            or head.rstrip(".")
            in (
                "mr",
                "mrs",
                "ms",
                "dr",
            )
        ):
            return
        if desc not in p.descriptions:
            p.descriptions.append(desc)
        p.roles.add(head.lower())
        for w in desc.replace("’s", " ").replace("'s", " ").split():
            p.role_words.add(_norm(w).strip(",."))

    # ---- helpers --------------------------------------------------------------------------------
    def _in_content(self, pos: int, exclude_pos: int) -> bool:
        return any(s <= pos < e and not s <= exclude_pos < e for s, e in self.contents)

    def _recent_person(
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
        for ti, pi, subj, pos in self.mentions:
            if pos >= here or here - pos > 1500:
                continue
            if sentences and ti < floor:
                continue
            if ti >= sent_start and ti > tok.i:
                continue
            p = self.people[pi]
            if gender and p.gender and p.gender != gender:
                continue
            if nationality and p.nations and nationality[:4] not in p.nations:
                continue
            if (
                role
                and p.roles
                and role not in p.roles
                and not (p.roles & _LEADER_WORDS and role in _LEADER_WORDS)
            ):
                continue  # "the minister" is not the person the article calls its chief executive
            in_content = self._in_content(pos, here)
            sent_i = self.sent_bounds(ti)[0]
            # someone named inside another person's quoted words ('"I would, Donald,"
            # Melanie said. "…," she said') is the last one a pronoun outside them means
            in_quote = any(s <= pos < e and not s <= here < e for s, e in self.quote_spans)
            key = (not in_quote, sent_i, not in_content, subj, pos)
            if best_key is None or key > best_key:
                best, best_key = pi, key
        return best

    def _person_in(self, tok: Token) -> int | None:
        """A person named by the noun phrase headed by tok (name, title + name, appositive)."""
        if tok.i in self.by_token:
            return self.by_token[tok.i]
        titled = tok.lower_ in lx.ROLE_NOUNS or tok.lower_ in lx.HONORIFICS
        for c in tok.children:
            if c.i in self.by_token and (c.dep_ == "appos" or (c.dep_ == "compound" and titled)):
                return self.by_token[c.i]
        if tok.tag_ in ("NNP", "NNPS"):
            pi = self._find_person("", _norm(tok.text))
            if pi is not None:
                return pi
        return None

    # ---- resolution ------------------------------------------------------------------------------
    def resolve(self, head: Token, source_text: str) -> ResolvedSpeaker:
        spk = self._resolve(head, source_text)
        if head.lower_ != "it" and (
            spk.kind == "organisation"
            or (spk.kind == "anonymous" and head.lower_ in lx.DOCUMENT_NOUNS)
        ):
            self.things.append((head.idx, spk))
        return spk

    def _resolve(self, head: Token, source_text: str) -> ResolvedSpeaker:
        doc = self.doc
        low = head.lower_
        if head.tag_ in ("WP", "WDT") and head.dep_.startswith("nsubj"):
            # "who said" in a relative clause: the noun it hangs on
            rel = head.head
            if rel.dep_ == "relcl":
                return self._resolve(rel.head, doc[rel.head.left_edge.i : rel.head.i + 1].text)
            prev = doc[head.i - 1] if head.i else None
            if prev is not None and prev.tag_.startswith("NN"):
                # the relative clause parsed loose: "the Police Department which reported"
                return self._resolve(prev, doc[prev.left_edge.i : prev.i + 1].text)
        if low in lx.DOCUMENT_NOUNS:
            # "a statement from the White House", "a report by the agency"
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("from", "by", "of") and c.i > head.i:
                    pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
                    if pobj is not None and (pobj.ent_type_ or pobj.tag_.startswith("NNP")):
                        return self._resolve(
                            pobj, self.doc[pobj.left_edge.i : pobj.right_edge.i + 1].text
                        )
        if head.ent_type_ == "PERSON" and _TWO_NAMES.fullmatch(source_text):
            # "Obama and Clinton" that the parser did not join: two people speak together
            spk = ResolvedSpeaker(_clean(source_text), "group")
            self.groups.append((head.idx, spk))
            return spk
        pi = self._person_in(head)
        if pi is not None:
            return self._note(head, pi)
        if low in lx.MALE_PRONOUNS or low in lx.FEMALE_PRONOUNS:
            gender = "m" if low in lx.MALE_PRONOUNS else "f"
            pi = self._recent_person(head, gender)
            person_pos = max(
                (pos for _, q, _, pos in self.mentions if q == pi and pos < head.idx), default=-1
            )
            # "One resident said ... 'Every time ...,' she said": an unnamed speaker just before
            for pos, spk in reversed(self.singles):
                if pos < head.idx:
                    if pos > person_pos and head.idx - pos < 600:
                        return spk
                    break
            if pi is not None:
                p = self.people[pi]
                if not p.gender:
                    p.gender = gender
                return self._note(head, pi)
            return ResolvedSpeaker(source_text, "anonymous")
        if low == "it":
            # the organisation or publication that spoke last: "the Times wrote … it added"
            for pos, spk in reversed(self.things):
                if pos < head.idx:
                    return spk
            return ResolvedSpeaker(source_text, "anonymous")
        if low in lx.PLURAL_PRONOUNS or low == "we":
            for pos, spk in reversed(self.groups):
                if pos < head.idx:
                    return spk
            return ResolvedSpeaker(source_text, "group")
        if any(c.dep_ == "conj" for c in head.children):
            spk = ResolvedSpeaker(_clean(source_text), "group")
            self.groups.append((head.idx, spk))
            return spk
        ent_label = head.ent_type_
        if ent_label in _ORG_LABELS:
            name = self._ent_text(head) or source_text
            spk = ResolvedSpeaker(name, "organisation")
            self.groups.append((head.idx, spk))
            return spk
        if head.tag_ in ("NN", "NNP") and low in lx.ROLE_NOUNS | _learnt_heads(self.people):
            det = [c.lower_ for c in head.children if c.dep_ in ("det", "poss")]
            if not det or not any(d in lx.ANONYMOUS_DETERMINERS for d in det):
                pi = self._role(head, possessed=bool(_POSSESSIVE.search(source_text)))
                if pi is not None:
                    return self._note(head, pi)
        if head.tag_ in ("NNS", "NNPS"):
            spk = ResolvedSpeaker(_clean(source_text), "group")
            self.groups.append((head.idx, spk))
            return spk
        if head.tag_ in ("NNP",):
            name = _clean(source_text)
            if low in lx.ORG_SUFFIX_WORDS or any(
                w.lower() in lx.ORG_SUFFIX_WORDS for w in name.split()
            ):
                spk = ResolvedSpeaker(name, "organisation")
                self.groups.append((head.idx, spk))
                return spk
            spk = ResolvedSpeaker(name, "person")
            self.singles.append((head.idx, spk))
            return spk
        if low in lx.ORG_SUFFIX_WORDS:
            spk = ResolvedSpeaker(_clean(source_text), "organisation")
            self.groups.append((head.idx, spk))
            return spk
        spk = ResolvedSpeaker(_clean(self._core_phrase(head)), "anonymous", description=low)
        if head.tag_ == "NN" and (
            low in lx.ROLE_NOUNS
            or low in lx.HUMAN_NOUNS
            or (low.endswith(lx.AGENT_SUFFIXES) and "ment" not in low)
        ):
            self.singles.append((head.idx, spk))
        return spk

    def _core_phrase(self, head: Token) -> str:
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
        return self.doc[lo : hi + 1].text

    def _ent_text(self, head: Token) -> str:
        for ent in self.ents:
            if ent.start <= head.i < ent.end:
                return _clean(ent.text)
        return ""

    def _note(self, head: Token, pi: int) -> ResolvedSpeaker:
        """Record a resolved mention so that later pronouns can find it."""
        if head.i not in self.by_token:
            subj = head.dep_ in ("nsubj", "nsubjpass")
            self.mentions.append((head.i, pi, subj, head.idx))
        return self.people[pi].speaker()

    def _role(self, head: Token, possessed: bool = False) -> int | None:
        """'the Russian leader', 'Putin's spokesman', 'the president'."""
        doc = self.doc
        mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")]
        words = {_norm(t.text) for m in mods for t in m.subtree if t.is_alpha}
        possessor = next((self.by_token.get(m.i) for m in mods if m.dep_ == "poss"), None)
        nationality = ""
        for m in mods:
            if m.ent_type_ in ("NORP", "GPE") or (m.tag_ == "JJ" and m.text[:1].isupper()):
                nationality = _norm(m.text)
        low = head.lower_
        best = None
        best_score = 0
        for pi, p in enumerate(self.people):
            if possessor is not None and pi == possessor:
                continue
            if not any(pos < head.idx for _, q, _, pos in self.mentions if q == pi):
                continue
            score = 0
            if low in p.roles:
                score += 2
                score += len(words & p.role_words)
            if possessor is not None:
                poss_names = {_norm(w) for w in self.people[possessor].canonical.split()}
                if poss_names & p.role_words and low in p.roles:
                    score += 3
            if (
                nationality
                and nationality[:4] in p.nations
                and low in _LEADER_WORDS
                and (p.roles & _LEADER_WORDS)
            ):
                score += 3  # "the Brazilian leader" for "Brazilian President Luiz Moreira"
            if score > best_score:
                best, best_score = pi, score
        if best is not None and best_score >= 2 + (1 if words else 0):
            return best
        if possessor is not None or possessed:
            return None  # "the candidate's former doctor" is not the candidate
        _ = doc
        # an unknown role noun ("the mayor") only points back a short way, to someone
        # just mentioned; "the Russian leader" needs a person of no other nationality
        pi = self._recent_person(head, nationality=nationality, sentences=2, role=low)
        if pi is not None and nationality:
            # "the Russian leader" -> this person is Russian for the rest of the article
            self.people[pi].nations.add(nationality[:4])
        return pi


_LEADER_WORDS = frozenset("leader president premier chancellor ruler head strongman".split())


def _learnt_heads(people: list[Person]) -> set[str]:
    out: set[str] = set()
    for p in people:
        out |= p.roles
    return out


def _clean(text: str) -> str:
    text = text.strip(" ,.;:")
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.lower().startswith("the ") and len(text.split()) > 1:
        text = text[4:]
    return text
