"""Resolution steps for organisations: a campaign ("Clinton's campaign", "her team"), an
organisation entity ("the Kremlin"), a role noun the article gave an organisation ("the
bank", "the newspaper"), police after the force the article names, other bodies ("the
ministry")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .. import lexicon as lx
from ..first_names import first_name_gender
from ..news_organisations import news_organisation
from ..offices import sole_holder
from ..types import ResolvedSpeaker
from .mention_words import (
    body_apposition,
    core_phrase,
    entity_at,
    entity_name,
    is_headline_description,
    latest_before,
    owned_name,
    person_apposition,
)
from .organisations import (
    campaign_owner,
    campaign_owner_token,
    is_paper,
    org_name,
    without_descriptor,
)
from .person import Person, clean_name, norm
from .police import bare_police, place_before

if TYPE_CHECKING:
    from .resolver import Resolver


def candidates_campaign(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A candidate's campaign ("Clinton’s campaign", "her campaign", "the campaign"): named by
    the candidate's surname, "Clinton campaign"."""
    if head.lower_ == "team" and head.tag_ == "NN":
        return _candidates_team(r, head)
    if head.i > 0 and head.doc[head.i - 1].text == "Team":
        # "Team Ruiz sees the convention as a second chance": the Ruiz campaign
        pi = r.index.find("", norm(head.text))
        if pi is not None:
            surname = r.index.people[pi].written_surname
            return r.group(head, f"{surname} campaign", "organisation")
    if head.lower_ == "camp" and campaign_owner(head) not in ("", "his", "her"):
        # "the Ruiz camp says …", "Ruiz camp: …": her campaign (not "the camp", a place)
        return r.group(head, campaign_owner(head), "organisation")
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
    """ "Ruiz's team says she will be back on the trail", "The Ruiz team said" in an article
    that names the Ruiz campaign: the candidate's team is that campaign; without a campaign
    of that name (a coach's team, a lawyer's team) no one."""
    poss = next((c for c in head.lefts if c.dep_ in ("poss", "compound")), None)
    if poss is not None and poss.lower_ in ("his", "her"):
        # "what her team calls …": the campaign of the woman "her" means, when it is named
        pi = r.index.recent(head, "m" if poss.lower_ == "his" else "f")
        known = pi is not None and r.index.people[pi].known_gender
        name = f"{r.index.people[pi].written_surname} campaign" if known else ""
        found = any(owner == name for _, owner in r.orgs.campaigns)
        return r.group(head, name, "organisation") if found else None
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
        tok = campaign_owner_token(campaign)
        pi = r.index.person_in(tok)
        if pi is None:
            # a plural that names no one the article writes ("Workers’ campaign") is no owner
            return owner if tok.tag_ not in ("NNS", "NNPS") else None
    else:
        return None
    return None if pi is None else f"{r.index.people[pi].written_surname} campaign"


def the_administration(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "The administration said …" in an article that names one president's administration
    ("the Ruiz administration"), or, naming none, one U.S. president ("President Obama"):
    that administration, "Ruiz administration"; with two named ("the Bush administration"
    beside "the Obama administration") no one."""
    if head.lower_ != "administration" or head.tag_ != "NN":
        return None
    if [c.lower_ for c in head.lefts] != ["the"]:
        return None  # "a Ruiz administration", "the new administration"
    owners = {_administration_owner(r, r.doc[i]) for i in r.orgs.administrations} - {""}
    pi = r.index.sole_holder("president") if not owners else None
    president = pi is not None and _sitting_us_president(r.index.people[pi])
    if president:
        owners = {r.index.people[pi].written_surname}
    if len(owners) != 1:
        return None
    return r.group(head, f"{owners.pop()} administration", "organisation")


def _sitting_us_president(p: Person) -> bool:
    """Named "President Obama", not "former President Clinton" or "President-elect Trump",
    and a U.S. president by the shipped list."""
    return "President" in p.descriptions and sole_holder("president", p.surname) is not None


def _administration_owner(r: Resolver, admin: Token) -> str:
    """ "Ruiz" for "the Ruiz administration" (not "a Ruiz administration", a hypothetical
    one): the surname as the article writes the person, "" when none."""
    if not any(c.lower_ == "the" for c in admin.lefts if c.dep_ == "det"):
        return ""
    owner = next((c for c in admin.lefts if c.dep_ == "compound" and c.tag_ == "NNP"), None)
    pi = r.index.person_in(owner) if owner is not None else None
    return "" if pi is None else r.index.people[pi].written_surname


def organisation_role(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "The bank", "the newspaper", "the commission": the organisation the article named
    with that role."""
    if head.tag_ != "NN" or head.lower_ not in lx.ORG_ROLE_NOUNS:
        return None
    named = _medium_named_before(r, head) or _body_named_after(r, head)
    if named:
        return r.group(head, named, "organisation")
    dets = [c.lower_ for c in head.children if c.dep_ in ("det", "poss")]
    if _superlative_of_place(head):
        dets = ["the"]  # "the nation's largest union" is as definite as "the union"
    headline = head.sent.start == 0 and not {"the", "his", "her", "its", "their"} & set(dets)
    of_people = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    if (dets in (["a"], ["an"]) or headline) and not of_people:  # not "a group of experts"
        # "A union representing pilots endorsed …" opening a story that names the union
        # next; a headline's "Pilots' union endorses …"; not "worked for a law firm that
        # defended …", a body met in passing
        if not headline and head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        name = r.orgs.named_next(head, lambda n: r.index.find("", norm(n.split()[-1])) is not None)
        return None if name is None else r.group(head, name, "organisation")
    if dets != ["the"]:
        return None
    introduced = _body_just_called(r, head)
    if introduced:
        # "… helps lead a program called Harbor Promise. The group seeks …": that body
        return r.group(head, introduced, "organisation")
    spoke = _body_that_just_spoke(r, head)
    name = r.orgs.by_role(
        head,
        lambda n: r.index.find("", norm(n.split()[-1])) is not None,
        just_spoke=None if spoke is None else spoke.name,
    )
    return None if name is None else r.group(head, name, "organisation")


def _body_just_called(r: Resolver, head: Token) -> str:
    """The body the sentence before (or this one) introduced by name after a word for a body:
    "a program called Harbor Promise", "a charity named Dock Aid"; "" when none."""
    floor = r.index.previous_sentence_start(head.i)
    for tok in r.doc[floor : head.i]:
        if tok.lower_ not in ("called", "named") or tok.dep_ != "acl":
            continue
        noun = tok.head
        if noun.lower_ not in lx.ORG_ROLE_NOUNS and noun.lower_ not in _PROGRAM_NOUNS:
            continue
        name = next((c for c in tok.children if c.dep_ in ("oprd", "attr", "dobj")), None)
        if name is not None and name.text[:1].isupper():
            named = entity_at(r.doc, name.i) or r.doc[name.left_edge.i : name.right_edge.i + 1]
            return clean_name(named.text)
    return ""


# bodies that run as a program: "a program called Harbor Promise", "a project named …"
_PROGRAM_NOUNS = frozenset("program programme project initiative campaign".split())
_BROADCAST_NOUNS = frozenset("network channel station broadcaster".split())


def _body_that_just_spoke(r: Resolver, head: Token) -> ResolvedSpeaker | None:
    """ "Harbor Freight acknowledged the fault. '…,' the company said": the body whose words
    this sentence or the one before reported as its subject, when its name says it is no
    other kind of body ("the company" is not the Federal Bureau of Investigation)."""
    last = latest_before(r.things, head.idx)
    if last is None or last[1].kind != "organisation":
        return None
    floor = r.doc[r.index.previous_sentence_start(head.i)].idx
    name = last[1].name
    if last[0] < floor or r.orgs.other_kind(name, head.lower_):
        return None
    source = next((t for t in r.sources if t.idx == last[0]), None)
    if source is None or source.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "a shareholder of the Harbor Times" is no body that spoke
    if norm(name.split()[-1]).rstrip("s") in lx.PARTY_WORDS:
        return None  # "Democrats said …": a party, no company or agency
    if head.lower_ in _BROADCAST_NOUNS and is_paper(name):
        return None  # "The Harbor Times reported …. The network said": another body
    return last[1]


def _medium_named_before(r: Resolver, head: Token) -> str:
    """ "Harbor magazine wrote", "the Ledger newspaper said", "the Wirecast news agency": a
    medium named just before the word for its kind is that body; "" when none is."""
    if head.lower_ not in lx.MEDIUM_NOUNS:
        return ""
    for c in head.lefts:
        if c.dep_ != "compound" or c.tag_ not in ("NNP", "NNPS"):
            continue
        ent = entity_at(r.doc, c.i)
        if ent is not None and c.ent_type_ == "ORG":
            between = r.doc[ent.end : head.i]
            if all(t.lower_ == "news" for t in between):
                return clean_name(ent.text)
        elif ent is None and news_organisation(c.text) and c.i == head.i - 1:
            return news_organisation(c.text)
    return ""


def _body_named_after(r: Resolver, head: Token) -> str:
    """ "The Israeli newspaper Haaretz noted", "the network RT": a body's name set right after
    the word for its kind is that body, also when the model labelled it a person's ("the
    Greek newspaper Kathimerini", "the activist group Harbor Watch"); "" when none is."""
    nxt = head.i + 1
    if nxt >= len(r.doc) or r.doc[nxt].ent_iob_ != "B":
        return ""
    if r.doc[nxt].ent_type_ not in ("ORG", "PERSON"):
        return ""
    ent = entity_at(r.doc, nxt)
    if ent is None or not (ent.root.dep_ == "appos" and ent.root.head.i == head.i):
        return ""
    return r.orgs.full_name(org_name(ent.text))


def _superlative_of_place(head: Token) -> bool:
    """ "The nation's largest pilots' union", "the state's oldest bank": a superlative within
    a place, which names no owner."""
    poss = [c for c in head.children if c.dep_ == "poss"]
    return (
        len(poss) == 1
        and poss[0].lower_ in _SCOPE_NOUNS
        and [c.lower_ for c in poss[0].children if c.dep_ == "det"] == ["the"]
        and any(c.tag_ == "JJS" for c in head.children if c.dep_ == "amod")
    )


_SCOPE_NOUNS = frozenset("nation country world state city region continent".split())


def organisation_entity(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """An organisation, place or nationality the model labelled: "the Kremlin", "Reuters"."""
    if head.ent_type_ not in ("ORG", "GPE", "NORP", "FAC"):
        return None
    person = _person_in_a_bodys_name(r, head, source_text)
    if person:
        return r.single(head, ResolvedSpeaker(person, "person"))
    if (
        head.ent_type_ == "NORP"
        and head.tag_ in ("NNP", "NN", "JJ")
        and _determined(head)
        and not news_organisation(head.text)
    ):
        # "Another Muslim who prays there", "the Texan said": one person of a people or a
        # place, whom the article does not name here; no body
        return ResolvedSpeaker(source_text, "anonymous")
    gender = _gender_of_a_surname_taken_for_a_body(head)
    if gender:
        # "Kranz calls herself a delegate" labelled a body: the woman of that surname
        return r.single(head, ResolvedSpeaker(head.text, "person", gender=gender))
    ent = entity_at(r.doc, head.i)
    if ent is not None and _common_noun_opening_a_sentence(r, ent):
        return None  # "Partisans on both sides say …", "Netizens said …": people, no body
    if ent is not None and ent.sent.start == 0 and any(t.tag_.startswith("VB") for t in ent):
        return None  # "Leaked Documents Reveal Donors …": a headline the model took for a name
    if _place_in_a_place(head) or _slogan_on_a_person(r, head) or _one_party_member(head):
        # "The lifelong Republican said": one member of the party, whom it does not name
        return ResolvedSpeaker(source_text, "anonymous")
    if ent is not None and _headline_kind_of_body(ent, head):
        # "Top Pilots Union Will Run Ads …" (the headline), then "Skyward Labor, the
        # pilots' union, …": the body the article names next, else no one
        name = r.orgs.named_next(head, lambda n: r.index.find("", norm(n.split()[-1])) is not None)
        return (
            ResolvedSpeaker(source_text, "anonymous")
            if name is None
            else r.group(head, name, "organisation")
        )
    if head.tag_ in ("NNS", "NNPS") and _counted(head):
        # "Some Democrats worry …", "all GOPers agree", "committed Democrats argue": some of
        # the party's members, a group, not the party speaking
        return r.group(head, clean_name(source_text), "group")
    name = entity_name(r.doc, head)
    if _candidate_campaign(r, name):
        return r.group(head, _candidate_campaign(r, name), "organisation")
    role = person_apposition(head)
    first = _first_name_before_entity(r, head)
    if name and first:
        # "Marisol Varga, a Quillon spokeswoman," "said Ilya Varga", only the surname
        # labelled: a person
        return r.single(head, ResolvedSpeaker(f"{first} {name}", "person", role))
    if name and role and len(name.split()) > 1:
        # "Ana Ruiz, the foreign minister of Peru," labelled an organisation: a person
        return r.single(head, ResolvedSpeaker(name, "person", role))
    if name and head.ent_type_ == "ORG":
        name = r.orgs.full_name(without_descriptor(name))  # "The Post" after "The New York Post"
    elif name:
        # "the VA" (taken for Virginia) in an article naming the Department of Veterans Affairs
        name = r.orgs.spelt_out(name) or name
    described = body_apposition(head)
    return r.group(head, name or source_text, "organisation", described, bool(described))


def _one_party_member(head: Token) -> bool:
    """A party's name in the singular described by an adjective: "the lifelong Republican",
    "a registered Democrat" (one member), not "the Republican Party"."""
    return (
        head.lower_ in lx.PARTY_WORDS
        and head.tag_ in ("NNP", "NN")
        and any(c.dep_ == "amod" and c.tag_ == "JJ" for c in head.children)
        and any(c.dep_ == "det" for c in head.children)
    )


def _gender_of_a_surname_taken_for_a_body(head: Token) -> str:
    """ "f" or "m" for a lone capitalised word labelled a body whose clause speaks of it as
    "herself" or "himself": a person's surname ("Kranz calls herself a delegate"); else ""."""
    ent = entity_at(head.doc, head.i)
    if (
        head.ent_type_ != "ORG"
        or ent is None
        or len(ent) != 1
        or head.tag_ != "NNP"
        or not head.is_title
        or not head.dep_.startswith("nsubj")
    ):
        return ""
    for t in head.head.subtree:
        if t.lower_ in ("himself", "herself"):
            return "f" if t.lower_ == "herself" else "m"
    return ""


def _common_noun_opening_a_sentence(r: Resolver, ent) -> bool:
    """A one-word entity whose only capital is the sentence's and that the tagger reads as
    a common noun, or that the article also writes in lower case: "Partisans",
    "Superdelegates" (not "Democrats" or "Republicans", the parties' members)."""
    tok = ent[0]
    if len(ent) != 1 or not tok.is_sent_start or tok.lower_.rstrip("s") in lx.PARTY_WORDS:
        return False
    if r.orgs.full_name(tok.text) != tok.text:
        return False  # "The Census" short for the "Census Bureau" the article names
    common = tok.tag_ in ("NN", "NNS") or tok.lower_ in r.index.lower_words
    return common and r.index.capital_of_sentence_only(tok)


def _person_in_a_bodys_name(r: Resolver, head: Token, source_text: str) -> str:
    """The person's name in an entity labelled an organisation that holds one: "Fox News'
    Ana Ruiz", "Fox News Ana Ruiz", "Tamsin Okoro of Harbour Watch, who observed the vote";
    else ""."""
    owned = owned_name(clean_name(source_text)) or owned_name(entity_name(r.doc, head) or "")
    owned = owned or _name_after_outlet(r, head)
    if owned and owned.split()[-1] == head.text:
        return owned
    return _person_of_a_body_who(r, head)


def _person_of_a_body_who(r: Resolver, head: Token) -> str:
    """ "Tamsin Okoro" when the entity is two or three capitalised words ending at head, then
    "of" and a body's name, and head takes a "who" clause: one name the model ran over a
    person and the body she speaks for; else ""."""
    ent = entity_at(r.doc, head.i)
    if ent is None or head.ent_type_ != "ORG" or head.i + 1 >= ent.end:
        return ""
    if r.doc[head.i + 1].lower_ != "of" or not 2 <= head.i - ent.start + 1 <= 3:
        return ""
    words = r.doc[ent.start : head.i + 1]
    if not all(t.tag_ == "NNP" and t.is_title and t.is_alpha for t in words):
        return ""
    # the parser may hang the "who" clause on the body's last word: a body takes "which"
    who = any(
        c.dep_ == "relcl" and any(k.lower_ == "who" and k.dep_ == "nsubj" for k in c.children)
        for t in (head, r.doc[ent.end - 1])
        for c in t.children
    )
    return words.text if who else ""


def _name_after_outlet(r: Resolver, head: Token) -> str:
    """ "Ana Ruiz" when the entity ends in a clear-cut first name and a surname after an
    outlet's or body's word: "Fox News Ana Ruiz" labelled one organisation; else ""."""
    ent = entity_at(r.doc, head.i)
    if ent is None or len(ent) < 3 or ent[-1].i != head.i:
        return ""
    first, before = ent[-2], ent[-3]
    if not (first_name_gender(first.text) and head.is_title and before.is_title):
        return ""
    outlet = before.lower_ in lx.BODY_NAME_WORDS or before.lower_ in lx.OUTLET_NAME_WORDS
    return f"{first.text} {head.text}" if outlet else ""


def _determined(head: Token) -> bool:
    """A determiner before the word other than "The", which may open a publication's name
    ("The Tennessean reported")."""
    dets = [c for c in head.children if c.dep_ == "det"]
    return bool(dets) and all(d.text != "The" for d in dets)


# words a headline describes a body by, which no body's name opens with
_RANK_WORDS = frozenset("top leading major big biggest largest powerful influential".split())


def _headline_kind_of_body(ent, head: Token) -> bool:
    """A headline's "Top Pilots Union", "Major Transit Group": a kind of body, described, not
    named."""
    return (
        ent.sent.start == 0
        and ent[0].lower_ in _RANK_WORDS
        and head.i == ent.end - 1
        and head.lower_ in lx.ORG_ROLE_NOUNS
    )


def _first_name_before_entity(r: Resolver, head: Token) -> str:
    """A known first name written just before a one-word entity and joined to it, labelled
    nothing itself ("Marisol" before "Varga"): the person's first name, "" when none."""
    ent = entity_at(r.doc, head.i)
    if ent is None or len(ent) != 1 or ent.start == 0:
        return ""
    before = r.doc[ent.start - 1]
    joined = (
        before.dep_ == "compound"
        and before.head.i == head.i
        and before.is_title
        and not before.ent_type_  # not "Georgia" in "Georgia Power"
        and head.lower_ not in lx.COMPANY_NAME_WORDS | lx.BODY_NAME_WORDS
    )
    return before.text if joined and first_name_gender(norm(before.text)) else ""


def _place_in_a_place(head: Token) -> bool:
    """ "Harbourshire's Pine Island will welcome newcomers": a place or site the model labelled,
    owned by a state or country ("Freedonia's"), is a place within it, not a body that
    speaks."""
    return head.ent_type_ in ("GPE", "LOC", "FAC") and any(
        c.dep_ == "poss" and c.ent_type_ == "GPE" for c in head.children
    )


def _slogan_on_a_person(r: Resolver, head: Token) -> bool:
    """ "StopRuiz wants Ruiz to lose": a slogan made of a word and the surname of someone the
    article names is a movement, many people and no body that speaks."""
    if not lx.CAMEL_CASE_NAME.fullmatch(head.text):
        return False
    surname = re.findall(r"[A-Z][a-z]+", head.text)[-1]
    return r.index.find("", norm(surname)) is not None


def generic_body(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A kind of body written like a name ("The Super PAC also plans …"): the one of that
    kind the article named before ("Better Roads PAC"), else no one; and a state's postal
    code after a town ("in Berea, OH, after winning …"), which is a place, not a speaker."""
    if _state_after_town(head):
        return ResolvedSpeaker(source_text, "anonymous")
    name = clean_name(source_text)
    first, _, rest = name.partition(" ")
    kind = rest.strip("'\"“”‘’ ")
    if first.lower() in lx.INDEFINITE_DETERMINERS and kind.lower() in _GENERIC_BODIES:
        # "a super PAC backing the mayor said": some body of that kind, not one named before;
        # "A super PAC backing her, Better Roads PAC, said": the one named beside it
        return _named_after(r, head, kind) or ResolvedSpeaker(source_text, "anonymous")
    if name.lower() not in _GENERIC_BODIES:
        return None
    return _named_of_kind(r, head, name) or ResolvedSpeaker(source_text, "anonymous")


def _state_after_town(head: Token) -> bool:
    """A state's postal code after a town and a comma: "Berea, OH", "Reno, NV"."""
    doc = head.doc
    return (
        head.ent_type_ == "GPE"
        and len(head.text) == 2
        and head.text.isupper()
        and head.i >= 2
        and doc[head.i - 1].text == ","
        and doc[head.i - 2].is_title
    )


# kinds of body written like a name: "the Super PAC" is one of them, named elsewhere
_GENERIC_BODIES = frozenset({"super pac", "pac"})


def _named_after(r: Resolver, head: Token, kind: str) -> ResolvedSpeaker | None:
    """The body of that kind named after head in its sentence, its name ending in the
    kind's last word."""
    last_word = kind.split()[-1].lower()
    for ent in head.sent.ents:
        name = clean_name(ent.text)
        if (
            ent.start > head.i
            and name.lower().endswith(" " + last_word)
            and name.lower() not in _GENERIC_BODIES
        ):
            return r.group(head, name, "organisation")
    return None


def _named_of_kind(r: Resolver, head: Token, kind: str) -> ResolvedSpeaker | None:
    """The body of that kind named last before head ("Better Roads PAC" for "the Super
    PAC"), its name ending in the kind's last word."""
    last_word = kind.split()[-1].lower()
    named = [
        name
        for i, name in r.orgs.names
        if i < head.i
        and name.lower().split()[-1] == last_word
        and name.lower() not in _GENERIC_BODIES
    ]
    return r.group(head, named[-1], "organisation") if named else None


def _counted(head: Token) -> bool:
    """A plural counted, quantified or described: "some Democrats", "all GOPers", "many
    Republicans", "committed Democrats" (those of its members, not the party)."""
    if any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in head.children):
        return False  # "This angered Hispanics": a verb misread, no description
    return any(
        (c.dep_ in ("det", "nummod", "amod", "predet") and c.lower_ in _QUANTIFIERS)
        or (c.dep_ == "amod" and c.is_alpha and c.text.islower())
        for c in head.children
    )


_QUANTIFIERS = lx.ANONYMOUS_DETERMINERS | frozenset("all most other both".split())


def _candidate_campaign(r: Resolver, name: str) -> str:
    """ "Hillary Clinton Campaign" (a headline's entity): the "Clinton campaign" the other
    steps name it; "" when the name is no known person's campaign."""
    campaign = _CANDIDATE_CAMPAIGN.fullmatch(name or "")
    if campaign and r.index.find("", norm(campaign.group(1))) is not None:
        return f"{campaign.group(1)} campaign"
    return ""


# a candidate's campaign as an entity: "Hillary Clinton Campaign" -> surname "Clinton"
_CANDIDATE_CAMPAIGN = re.compile(r"(?:[A-Z][\w.'’-]+ )*([A-Z][\w'’-]+) [Cc]ampaign")


def local_police(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "Police said" in an article that names one police force by its place ("the Tulsa
    Police Department"): that force. With none or two named, police stay a group. "Tulsa
    police" is the Tulsa force the article names."""
    forces = r.police_forces
    if head.lower_ == "police" and not bare_police(head):
        # "the Tulsa police's earlier claim" after "the Tulsa Police Department": that force
        name = forces.get(place_before(head).lower())
        return None if name is None else r.group(head, name, "organisation")
    if not bare_police(head) or len(forces) != 1:
        return None
    return r.group(head, next(iter(forces.values())), "organisation")


def organisation_noun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A word that names a body ("the ministry", "the Justice Department"): an organisation,
    named without its relative clause ("the Veterans Coalition, which represents …")."""
    name = clean_name(core_phrase(r.doc, head))
    if is_headline_description(head):
        return None  # "Former White House Doctor Says": someone, not the White House
    if _candidate_campaign(r, name):
        return r.group(head, _candidate_campaign(r, name), "organisation")
    if len(name.split()) > 1 and name.islower() and r.orgs.ending_with(name, head):
        # "the budget office" after "the Congressional Budget Office reported": that office
        return r.group(head, r.orgs.ending_with(name, head), "organisation")
    if (
        head.lower_ in lx.BODY_NAME_WORDS
        or _place_body(head)
        or (head.tag_ == "NNP" and any(w.lower() in lx.BODY_NAME_WORDS for w in name.split()))
    ):
        return r.group(head, name, "organisation")
    return None


def _place_body(head: Token) -> bool:
    """ "The city of Phoenix", "the county of Kent": a local government."""
    if head.lower_ not in lx.PLACE_BODY_NOUNS:
        return False
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    return any(p.ent_type_ == "GPE" for c in of for p in c.children if p.dep_ == "pobj")
