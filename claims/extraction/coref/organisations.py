"""The organisations an article names, and which one a role noun ("the bank", "the
newspaper"), a short name ("The Post") or a campaign ("Clinton’s campaign") means."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from .. import lexicon as lx
from ..news_organisations import news_organisation


class OrgIndex:
    """ORG entities by position, the role nouns the article gives them, and the campaigns it
    names."""

    def __init__(self, doc: Doc):
        self.names: list[tuple[int, str]] = []  # (token index, full name) of ORG entities
        self.roles: list[tuple[int, str, str]] = []  # (token index, role noun, full name)
        self.campaigns: list[tuple[int, str]] = []  # (token index, "Clinton campaign")
        # (token index, name) where a name is used as a body, not as a modifier ("the
        # Federal mine")
        self.standalone: list[tuple[int, str]] = []
        for ent in doc.ents:
            if ent.label_ == "ORG":
                name = org_name(_without_title(ent).text)
                self.names.append((ent.start, name))
                self._learn_role(ent, name)
                if ent.root.dep_ not in ("compound", "amod", "nmod") or _staff(ent.root.head):
                    self.standalone.append((ent.start, name))
        self.names = [(i, self.full_name(n)) for i, n in self.names]
        self.roles = [(i, r, self.full_name(n)) for i, r, n in self.roles]
        self.standalone = [(i, self.full_name(n)) for i, n in self.standalone]
        # only the word's own tokens are made: making every token of the article costs more
        campaign = doc.vocab.strings["campaign"]
        lower = doc.to_array(LOWER)
        for i in numpy.flatnonzero(lower == campaign):
            owner = campaign_owner(doc[int(i)])
            if owner:
                self.campaigns.append((int(i), owner))
        administration = doc.vocab.strings["administration"]
        # token indices of "administration", for "the administration said"
        self.administrations: list[int] = numpy.flatnonzero(lower == administration).tolist()

    def _learn_role(self, ent: Span, name: str) -> None:
        """ "Wells Fargo, the bank," / "the network, RT," / "the network RT"."""
        root = ent.root
        for c in root.children:
            if c.dep_ == "appos" and c.tag_ == "NN":
                self.roles.append((ent.start, c.lower_, name))
        if root.dep_ == "appos" and root.head.tag_ == "NN":
            self.roles.append((ent.start, root.head.lower_, name))
        before = ent.doc[ent.start - 1] if ent.start else None
        if before is not None and before.tag_ == "NN" and before.lower_ in lx.ORG_ROLE_NOUNS:
            self.roles.append((ent.start, before.lower_, name))

    def full_name(self, short: str) -> str:
        """The longest ORG name of the article that begins or ends with this short one:
        "Post" -> "New York Post", "Peabody" -> "Peabody Energy"."""
        words = short.split()
        best = short
        if len(words) != 1:
            # "Tax Policy Center" is already a full name; "the Harlow Center" is short for
            # "the Harlow Center for Justice" the article named
            return self._name_going_on(words) or best
        spelt_out = self.spelt_out(short)
        if spelt_out:
            return spelt_out
        for _, name in self.names:
            longer = name.split()
            # not "Quillon and Vantora" for "Vantora": two bodies the model ran together
            if len(longer) <= len(best.split()):
                continue
            joined = {longer[len(words)].lower(), longer[-len(words) - 1].lower()} & {"and", "&"}
            if not joined and (longer[: len(words)] == words or longer[-len(words) :] == words):
                best = name
        return best

    def _name_going_on(self, words: list[str]) -> str:
        """The one ORG name of the article that is these words and a purpose or a field
        after them ("for Justice", "on Foreign Relations") or a company's last word ("Grand
        Mesa" for "Grand Mesa Publishing"), else ""."""
        n = len(words)
        found = {
            name
            for _, name in self.names
            if name.split()[:n] == words
            and (
                (len(name.split()) > n + 1 and name.split()[n] in lx.PURPOSE_WORDS)
                or (len(name.split()) == n + 1 and name.split()[n].lower() in lx.COMPANY_NAME_WORDS)
            )
        }
        return found.pop() if len(found) == 1 else ""

    def spelt_out(self, short: str) -> str:
        """ "The IMF said" in an article that names the International Monetary Fund: an
        acronym stands for the one ORG name of the article whose initials it is (also those of
        the words after "of": "VA" for the Department of Veterans Affairs)."""
        letters = short.replace(".", "")
        if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
            return ""
        found = {name for _, name in self.names if letters in _initials(name)}
        return found.pop() if len(found) == 1 else ""

    def last_outlet(self, head: Token) -> str | None:
        """The newspaper or news outlet named last before head ("Harbor Courier", "Harbor
        News", a listed one such as "Politico")."""
        outlets = [
            (i, n)
            for i, n in self.names
            if n.split()[-1].lower() in lx.OUTLET_NAME_WORDS or news_organisation(n)
        ]
        return _latest(outlets, head.i)

    def last_campaign(self, head: Token) -> tuple[int, str] | None:
        """The campaign named last before head: (token index, owner or "his"/"her"); not a
        past one dated by its year ("a strategist of Ruiz's 2008 campaign"), which a later
        "the campaign" does not mean."""
        doc = head.doc
        return max(
            ((i, n) for i, n in self.campaigns if i < head.i and not _dated(doc[i])),
            default=None,
        )

    def by_role(
        self, head: Token, is_person: Callable[[str], bool], just_spoke: str | None = None
    ) -> str | None:
        """ "The bank": the organisation the article last gave that role, else the last one
        whose name holds the noun ("the commission" for "the Commission on Debates"), else
        for a newspaper the last paper it named, else the body that just_spoke (whose words
        the sentence before reported), else the one named most."""
        noun = head.lower_
        learnt = [(i, n) for i, r, n in self.roles if r == noun]
        named = [(i, n) for i, n in self.names if noun in n.lower().split() and n.lower() != noun]
        # "the agency" for the Congressional Budget Office: only the body named last
        kind = _KIND_WORDS.get(noun, frozenset())
        # "the law enforcement agency" says what it does: not a department named for another
        # task (the budget office is "the budget agency", a nurses' union "the nursing group")
        task = {t.lower_[:4] for c in head.lefts if c.dep_ == "compound" for t in c.subtree}
        of_kind = [
            (i, n)
            for i, n in self.names
            if kind & set(n.lower().split()) and task <= {w[:4] for w in n.lower().split()}
        ]
        last = max(((i, n) for i, n in self.names if i < head.i), default=None)
        papers = [(i, n) for i, n in self.names if is_paper(n)]
        return (
            _latest(learnt, head.i)
            or _latest(named, head.i)
            or (last[1] if last in of_kind else None)
            or (_latest(papers, head.i) if noun in lx.NEWSPAPER_NOUNS else None)
            or just_spoke
            or self.most_named(head, noun, is_person)
            or _only({n for _, n in named + of_kind if not is_person(n)})
        )

    def ending_with(self, phrase: str, head: Token) -> str | None:
        """ "the budget office" after "the Congressional Budget Office": the ORG named last
        before head whose name ends with the phrase's words."""
        words = phrase.lower().split()
        found = [
            (i, n)
            for i, n in self.names
            if len(n.split()) > len(words)
            and [w.lower() for w in n.split()[-len(words) :]] == words
        ]
        return _latest(found, head.i)

    def named_next(self, head: Token, is_person: Callable[[str], bool]) -> str | None:
        """The first organisation named as a body in the few hundred characters after head's
        sentence, when its name does not say it is another kind of body (a newspaper is a
        paper)."""
        noun = head.lower_
        for i, name in self.standalone:
            if i < head.sent.end or (noun in lx.NEWSPAPER_NOUNS and not is_paper(name)):
                continue
            if head.doc[i].idx - head.idx > 400:
                return None
            if not self.other_kind(name, noun) and not is_person(name):
                return name
        return None

    def other_kind(self, name: str, noun: str) -> bool:
        """The name says it is a kind of body other than the noun ("Harbor Bank" for "the
        union")."""
        kinds = {w.lower() for w in name.split()} & (lx.ORG_ROLE_NOUNS | _OTHER_BODIES)
        kinds -= _ANY_KIND
        return bool(kinds) and noun not in kinds

    def most_named(self, head: Token, noun: str, is_person: Callable[[str], bool]) -> str | None:
        """ "The bank said …" in an article about Wells Fargo: the organisation named most
        often before head (at least twice and more often than any other, or the only one
        named so far), unless its name says it is another kind of body ("the union" is not
        the Supreme Court) or it is a person's name the model took for one."""
        if noun not in _TOPIC_BODIES:
            return None  # "the group", "the magazine": too many bodies are one
        before = head.doc.text[: head.idx]
        # "Valeant" four times after "Valeant Pharmaceuticals International" once: each
        # mention labelled a body counts, not only the full name written again
        mentions = Counter(name for i, name in self.standalone if i < head.i)
        counts = {}
        for name in mentions:
            if self.other_kind(name, noun) or not name[:1].isupper():
                continue
            if is_person(name):
                continue
            written = len(re.findall(rf"\b{re.escape(name)}\b", before))
            counts[name] = max(written, mentions[name])
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) == 1:
            return ranked[0][0]
        if not ranked or ranked[0][1] < 2 or ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]


def _without_title(ent: Span) -> Span:
    """An ORG entity without the start of a title the model ran into it: "the Harbor
    Pilots Guild National Executive" before "Director Ana Ruiz" is the Harbor Pilots Guild."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or not after.is_title or after.lower_ not in lx.ROLE_NOUNS:
        return ent
    end = ent.end
    while end - 1 > ent.start + 1 and doc[end - 1].lower_ in _TITLE_MODIFIERS:
        end -= 1
    return doc[ent.start : end]


# words that open a title before a role noun: "National Executive Director", "Deputy Chief"
_TITLE_MODIFIERS = frozenset(
    "national executive deputy assistant senior managing associate regional vice".split()
)


def _dated(noun: Token) -> bool:
    """ "her 2008 campaign": a year among the noun's modifiers."""
    return any(c.ent_type_ == "DATE" and c.like_num for c in noun.lefts)


def org_name(text: str) -> str:
    """An organisation's name without a leading "the" or a trailing possessive."""
    # "Harbour Budget Office - a third of it", "Politico, Democratic party insiders": an
    # entity run over a spaced dash or a comma ends there
    text = lx.SPACED_DASH.split(text, maxsplit=1)[0].split(", ")[0]
    text = text.strip(" ,.;:")
    for suffix in ("’s", "'s", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.lower().startswith("the ") and len(text.split()) > 1:
        text = text[4:]
    return without_descriptor(text)


def without_descriptor(name: str) -> str:
    """ "the environmental charity Greenleaf", "the federal Maritime Safety Board", "the
    super PAC Harbor Action": the lower-case words (and a PAC's kind) the model ran into the
    name describe the body and are no part of it;
    "city of Lyon" and "government in Oslo" keep theirs (the name is the whole phrase)."""
    words = name.split()
    if len(words) > 2 and words[0] == "PAC" and words[1][:1].isupper():
        return without_descriptor(" ".join(words[1:]))  # "super PAC Harbor Action" is one
    first_capital = next((i for i, w in enumerate(words) if not w[0].islower()), 0)
    if first_capital == 0 or words[first_capital - 1] in _LINKING_WORDS:
        return name
    if not all(w.isalpha() for w in words[:first_capital]):
        return name
    return " ".join(words[first_capital:])


# lower-case words inside a body's name: "city of Lyon", "government in Oslo", "bank for …"
_LINKING_WORDS = frozenset("of in for at on and de du da van von der la le".split())


def campaign_owner(campaign: Token) -> str:
    """ "Clinton’s campaign", "the Trump campaign" -> "Clinton campaign", "Trump campaign";
    "her campaign" -> "her" (the resolver finds who she is)."""
    c = campaign_owner_token(campaign)
    if c is None:
        return ""
    if c.lower_ in ("his", "her"):
        return c.lower_ if c.dep_ == "poss" else ""
    if c.ent_type_ == "PERSON" or c.tag_ == "NNP":
        return f"{org_name(c.text)} campaign"
    if c.dep_ == "poss" and c.tag_ in ("NNS", "NNPS") and c.is_title:
        # "Sanders’ campaign", the surname tagged a plural by its final "s"
        return f"{c.text} campaign"
    return ""


def campaign_owner_token(campaign: Token) -> Token | None:
    """The word naming whose campaign it is: "Clinton" in "Clinton’s campaign", "the Trump
    campaign", "Sanders’ campaign" (which the parser may hang on as a modifier, "nmod")."""
    for c in campaign.lefts:
        if c.dep_ in ("poss", "compound"):
            return c
        if c.dep_ == "nmod" and any(k.dep_ == "case" for k in c.children):
            return c
        if c.dep_ == "nmod" and c.ent_type_ == "PERSON":
            return c  # "the Dale Ormond presidential campaign"
    return None


# bodies an article is usually about when it names one and calls it by its kind
_TOPIC_BODIES = frozenset(
    "bank network union company firm lender insurer broadcaster channel airline carrier".split()
)
# bodies that are no company, bank or union: "the company" is not the Democratic Party
_OTHER_BODIES = frozenset("party house senate congress parliament police army navy".split())
# name words any kind of body may carry: the "Association of Flight Attendants" is a union
_ANY_KIND = frozenset(
    "group association organization organisation coalition council foundation institute "
    "center centre board".split()
)


# The words a body's name may hold for each role noun: "the agency" for the Congressional
# Budget Office, "the union" for the United Dock Workers of Calder.
_KIND_WORDS = {
    "agency": frozenset("office bureau administration service department commission".split()),
    "group": frozenset("center centre institute foundation coalition association".split()),
    "union": frozenset("workers federation association brotherhood".split()),
    # "the panel" for the House Oversight Committee
    "panel": frozenset("committee subcommittee commission board".split()),
}


def _only(names: set[str]) -> str | None:
    """ "The union said" when the article names one union, further on: that one."""
    return names.pop() if len(names) == 1 else None


def _staff(noun: Token) -> bool:
    """ "Wells Fargo CEO", "Wells Fargo bankers": a name before someone who works for the body
    uses it as a body, unlike "the Federal mine"."""
    word = noun.lower_
    return word in lx.ROLE_NOUNS or word in lx.HUMAN_NOUNS or word.endswith(lx.AGENT_SUFFIXES)


def _initials(name: str) -> set[str]:
    """A name's acronyms: the initials of its capitalised words ("Alliance to Reclaim Our
    Schools" -> "AROS"), and of those after its first "of" ("VA")."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper() and w.isalpha()]
    if len(words) < 2:
        return set()
    found = {"".join(w[0] for w in words)}
    lowered = name.split()
    if "of" in lowered:
        tail = [w for w in lowered[lowered.index("of") + 1 :] if w[:1].isupper() and w.isalpha()]
        if len(tail) >= 2:
            found.add("".join(w[0] for w in tail))
    return found


def is_paper(name: str) -> bool:
    return name.split()[-1].lower() in lx.NEWSPAPER_NAME_WORDS


def _latest(found: list[tuple[int, str]], before: int) -> str | None:
    return max(((i, n) for i, n in found if i < before), default=(0, None))[1]
