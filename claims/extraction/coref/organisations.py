"""The organisations an article names, and which one a role noun ("the bank", "the
newspaper"), a short name ("The Post") or a campaign ("Clinton’s campaign") means."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import lexicon as lx


class OrgIndex:
    """ORG entities by position, the role nouns the article gives them, and the campaigns it
    names."""

    def __init__(self, doc: Doc):
        self.names: list[tuple[int, str]] = []  # (token index, full name) of ORG entities
        self.roles: list[tuple[int, str, str]] = []  # (token index, role noun, full name)
        self.campaigns: list[tuple[int, str]] = []  # (token index, "Clinton campaign")
        for ent in doc.ents:
            if ent.label_ == "ORG":
                name = org_name(ent.text)
                self.names.append((ent.start, name))
                self._learn_role(ent, name)
        self.names = [(i, self.full_name(n)) for i, n in self.names]
        self.roles = [(i, r, self.full_name(n)) for i, r, n in self.roles]
        for t in doc:
            if t.lower_ == "campaign":
                owner = campaign_owner(t)
                if owner:
                    self.campaigns.append((t.i, owner))

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
            return best  # "Tax Policy Center" is already a full name
        for _, name in self.names:
            longer = name.split()
            if len(longer) > len(best.split()) and (
                longer[: len(words)] == words or longer[-len(words) :] == words
            ):
                best = name
        return best

    def last_campaign(self, head: Token) -> tuple[int, str] | None:
        """The campaign named last before head: (token index, owner or "his"/"her")."""
        return max(((i, n) for i, n in self.campaigns if i < head.i), default=None)

    def by_role(self, head: Token) -> str | None:
        """ "The bank": the organisation the article last gave that role, else the last one
        whose name holds the noun ("the commission" for "the Commission on Debates"), else
        for a newspaper the last paper it named."""
        noun = head.lower_
        learnt = [(i, n) for i, r, n in self.roles if r == noun]
        named = [(i, n) for i, n in self.names if noun in n.lower().split() and n.lower() != noun]
        papers = [(i, n) for i, n in self.names if _is_paper(n)]
        return (
            _latest(learnt, head.i)
            or _latest(named, head.i)
            or (_latest(papers, head.i) if noun in lx.NEWSPAPER_NOUNS else None)
        )


def org_name(text: str) -> str:
    """An organisation's name without a leading "the" or a trailing possessive."""
    text = text.strip(" ,.;:")
    for suffix in ("’s", "'s", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.lower().startswith("the ") and len(text.split()) > 1:
        text = text[4:]
    return text


def campaign_owner(campaign: Token) -> str:
    """ "Clinton’s campaign", "the Trump campaign" -> "Clinton campaign", "Trump campaign";
    "her campaign" -> "her" (the resolver finds who she is)."""
    for c in campaign.lefts:
        if c.dep_ in ("poss", "compound") and (c.ent_type_ == "PERSON" or c.tag_ == "NNP"):
            return f"{org_name(c.text)} campaign"
        if c.dep_ == "poss" and c.lower_ in ("his", "her"):
            return c.lower_
    return ""


def _is_paper(name: str) -> bool:
    return name.split()[-1].lower() in lx.NEWSPAPER_NAME_WORDS


def _latest(found: list[tuple[int, str]], before: int) -> str | None:
    return max(((i, n) for i, n in found if i < before), default=(0, None))[1]
