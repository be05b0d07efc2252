"""Documents as sources: a statement, poll, report, ad or film speaks for whoever issued it
("a statement from the White House", "A Bloomberg poll", "a study released by the agency",
"In a statement, the union said"), and "the poll" later for the issuer of the last poll."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .. import lexicon as lx
from ..news_organisations import news_organisation
from ..types import ResolvedSpeaker
from .mention_words import entity_at, latest_before
from .organisations import campaign_owner
from .person import clean_name

if TYPE_CHECKING:
    from .resolver import Resolver


def document_issuer(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A document ("a statement from the White House", "A Bloomberg poll", "a study released
    by the agency"): whoever issued it; "the poll" later: the issuer of the last poll."""
    results = _results_of(head)
    if results is not None:
        # "according to first results of a phone poll carried out by Lakeside Research": the
        # poll's issuer
        head = results
    elif head.lower_ not in lx.ISSUED_NOUNS and not _poll_average(head):
        return None
    paper = _paper_called_post(head)
    if paper:
        # "the Harbor Post, which first reported …": a paper, not a post by Mr. Harbor
        return r.group(head, paper, "organisation")
    if _inside_one_name(head):
        # "The U.S. Geological Survey said", a headline the model took for one name
        # ("Leaked Documents Reveal …"): a body's name or no one, not a document
        return None
    # "In a statement naming its choice, the guild called …": the clause's subject
    issuer = _issuer_inside(head) or _releaser(head) or _issuer_of_clause(head) or _sender(head)
    if issuer is not None and issuer.lower_ == "campaign" and not _campaign_near(r, issuer):
        issuer = None  # "the campaign's statement" far from any campaign named
    spk = None if issuer is None else _issuer_as_speaker(r, head, issuer)
    if spk is not None:
        r.issuers.append((head.idx, head.lower_, spk))
        return spk
    named = _named_modifier(head) or _known_body_before(r, head)
    if named:
        spk = r.group(head, named, "organisation")
        r.issuers.append((head.idx, head.lower_, spk))
        return spk
    if issuer is not None:
        # an issuer found that is no one ("In a poll, 73 percent of voters said"), and no
        # name written before the document
        return None
    if head.lower_ in _EDITORIAL_NOUNS:
        # an editorial is the voice of the paper that ran it: "the editorial", "the
        # newspaper's editorial" after "the editors of The Harbor Courier"
        paper = r.orgs.last_outlet(head)
        return None if paper is None else r.group(head, paper, "organisation")
    dets = [c.lower_ for c in head.children if c.dep_ in ("det", "poss", "nummod")]
    owner = next((c for c in head.children if c.dep_ in ("det", "poss")), None)
    if owner is not None and owner.lower_ in ("his", "her", "its", "their"):
        # "Her filing to the court": whoever "her" is
        spk = r.speaker_for(owner, owner.text)
        return spk if spk.kind in ("person", "organisation") else None
    if dets and dets[0] in _BACK_DETERMINERS:
        # "the poll" a few sentences after "A Bloomberg poll found …", "The clip" after "a
        # web video by the party", "Another slide" after "a slide from her presentation"
        return _earlier_issuer(r, head) or _body_that_spoke_last(r, head)
    if not dets and head.i == r.doc[head.i].sent.start:
        # a headline "Poll: …" above "A Bloomberg poll shows …"
        return _earlier_issuer(r, head, forward=True)
    if dets in ([], ["a"], ["an"]) and _opening_subject(r, head):
        # "New Poll Shows …" (the headline), "A new poll shows …" (the lead), then "The
        # Bloomberg poll, released Friday, …": the poll the article is about
        return _earlier_issuer(r, head, forward=True)
    return None


def _paper_called_post(doc_noun: Token) -> str:
    """ "the Huffington Post": "the", capitalised names and a capitalised "Post" are a paper's
    title, whichever entity the model read in the names; "" for anything else ("a Facebook
    Post" in a headline, "her post")."""
    if doc_noun.text != "Post" or doc_noun.is_sent_start:
        return ""
    before = [c for c in doc_noun.children if c.i < doc_noun.i]
    names = [c for c in before if c.dep_ == "compound"]
    if not names or [c.lower_ for c in before if c.dep_ == "det"] != ["the"]:
        return ""
    start = min(c.left_edge.i for c in names)
    words = doc_noun.doc[start : doc_noun.i]
    if not all(t.text[:1].isupper() or t.is_punct for t in words):
        return ""
    return clean_name(doc_noun.doc[start : doc_noun.i + 1].text)


def _issuer_as_speaker(r: Resolver, doc_noun: Token, issuer: Token) -> ResolvedSpeaker | None:
    """The person or body the issuer's words name (an ad's candidate speaks through the
    campaign); None when they name no one or another document."""
    if not issuer.ent_type_ and _run_together_name(issuer.text):
        return r.group(issuer, issuer.text, "organisation")  # "a poll by ClearViewPolitics"
    spk = r.speaker_for(issuer, r.doc[issuer.left_edge.i : issuer.right_edge.i + 1].text)
    if spk.kind == "person" and lx.DOCUMENT_FAMILY.get(doc_noun.lower_) == "ad":
        spk = _campaign_of(r, spk) or spk
    if spk.kind in ("person", "organisation") and not _names_a_document(spk.name):
        return spk
    return None


_EDITORIAL_NOUNS = frozenset({"editorial", "editorials"})
_NAMED_FOR_ISSUER = frozenset("poll polls post".split())


def _inside_one_name(doc_noun: Token) -> bool:
    """A capitalised document noun inside an ORG name that goes on before it: part of the
    name ("Geological Survey") or of a headline run together, not a document. Not a poll
    named for its pollster ("the Harbor Globe Poll") or a paper's name ("Harbor Post")."""
    ent = entity_at(doc_noun.doc, doc_noun.i)
    return (
        ent is not None
        and doc_noun.lower_ not in _NAMED_FOR_ISSUER
        and doc_noun.ent_type_ == "ORG"
        and doc_noun.text[:1].isupper()
        and ent.start < doc_noun.i
        and not doc_noun.is_upper
    )


def work_by_author(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A book or film cited by its title and author ('according to "Quiet Harbour: A Life
    at Sea" by Ana Ruiz'): the author."""
    m = _TITLE_BY_AUTHOR.search(source_text)
    return None if m is None else ResolvedSpeaker(m.group(1), "person")


# a quoted title, "by" and a name closing the source
_TITLE_BY_AUTHOR = re.compile(r"[\"”’]\s+by\s+([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})\s*$")


def _names_a_document(name: str) -> bool:
    """ "2014 American Community Survey", "Annual Harbor Report": a document's own name (data
    "from" it come from whoever runs it, whom such a name does not say)."""
    return name.split()[-1].lower() in lx.FINDINGS_NOUNS


def ad_voice(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """The narrator or announcer of an ad speaks for whoever made the ad: "a narrator in the
    Ruiz ad asks", "the ad's narrator says", "the announcer said" just after "A Ruiz ad in
    2008 questioned …"."""
    if head.lower_ not in _AD_VOICES or head.tag_ != "NN":
        return None
    for c in head.children:
        ads = [c] if c.dep_ == "poss" else []
        if c.dep_ == "prep" and c.lower_ in ("in", "of", "for"):
            ads = [x for x in c.children if x.dep_ == "pobj"]
        for ad in ads:
            if lx.DOCUMENT_FAMILY.get(ad.lower_) == "ad":
                spk = r.speaker_for(ad, r.doc[ad.left_edge.i : ad.i + 1].text)
                return spk if spk.kind in ("person", "organisation") else None
    dets = [c.lower_ for c in head.children if c.dep_ in ("det", "poss")]
    if dets == ["the"]:
        # not "a clip of Sen. Dorn saying …" inside the ad: whom it shows is not its voice
        return _earlier_issuer(r, head, family="ad", passing_over=_CLIPS)
    return None


_WHOLE_ARTICLE_FAMILIES = frozenset({"article", "book"})
_AD_VOICES = frozenset("narrator announcer voiceover voice-over".split())
_CLIPS = frozenset("clip clips".split())


def _opening_subject(r: Resolver, head: Token) -> bool:
    """Whether the document is the subject of the article's first or second sentence."""
    start = head.sent.start
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.dep_ != "ROOT":
        return False
    return start == 0 or r.index.previous_sentence_start(head.i) == 0


def _campaign_near(r: Resolver, campaign: Token) -> bool:
    """Whether "the campaign" has an owner or follows a campaign named a few sentences
    before: far back, "the campaign" may be another candidate's."""
    if campaign_owner(campaign):
        return True
    last = r.orgs.last_campaign(campaign)
    return last is not None and campaign.idx - r.doc[last[0]].idx <= _CAMPAIGN_REACH


_CAMPAIGN_REACH = 400  # characters


def _results_of(head: Token) -> Token | None:
    """ "First results of the phone poll carried out by …", "the findings of a survey by …": the
    document whose results they are."""
    if head.lower_ not in _RESULT_NOUNS:
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i:
            document = next((x for x in c.children if x.dep_ == "pobj"), None)
            if document is not None and (
                document.lower_ in lx.ISSUED_NOUNS or document.lower_ in lx.DOCUMENT_FAMILY
            ):
                return document
    return None


_RESULT_NOUNS = frozenset("result results finding findings".split())


def _poll_average(head: Token) -> bool:
    """ "The Ballot Watch average of polls", "the Ballot Watch polling average": an average
    of polls is issued like a poll, by whoever averages them."""
    if head.lower_ not in lx.POLL_AGGREGATES:
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ == "polling" for c in head.children):
        return True  # "the Ballot Watch polling average"
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    return any(p.lower_ in ("polls", "surveys") for c in of for p in c.children if p.dep_ == "pobj")


def _campaign_of(r: Resolver, person: ResolvedSpeaker) -> ResolvedSpeaker | None:
    """ "A memorable Ana Ruiz ad in 2008 asked …" when the article names the Ruiz campaign:
    a candidate's ad speaks for the candidate's campaign."""
    name = f"{person.name.split()[-1]} campaign"
    if any(owner == name for _, owner in r.orgs.campaigns):
        return ResolvedSpeaker(name, "organisation")
    return None


# "the poll", "this report", "another slide", "one slide": a document the article has
# introduced before
_BACK_DETERMINERS = frozenset("the this that another one".split())


def _earlier_issuer(
    r: Resolver,
    head: Token,
    forward: bool = False,
    family: str = "",
    passing_over: frozenset[str] = frozenset(),
) -> ResolvedSpeaker | None:
    """The issuer of the nearest earlier document of the same family within a few
    paragraphs (with forward, the first later one): "The ad" after "A new ad from the
    Trump campaign", "The statement" after "In a statement, the union said"."""
    family = family or lx.DOCUMENT_FAMILY.get(head.lower_, head.lower_)
    near = head.idx - 1500 if not forward else head.idx + 3000
    if family in _WHOLE_ARTICLE_FAMILIES and not forward:
        # a story about a newspaper's feature or someone's memoir calls it "the article" or
        # "the book" to its end
        near = 0
    if forward:
        earlier = [t for t in r.doc[head.i + 1 :] if t.idx < near]
    else:
        earlier = [t for t in reversed(r.doc[: head.i]) if t.idx >= near]
    families = lx.EARLIER_FAMILIES.get(family, frozenset([family]))
    for t in earlier:
        if lx.DOCUMENT_FAMILY.get(t.lower_, t.lower_) not in families or t.lower_ in passing_over:
            continue
        if t.tag_ not in ("NN", "NNS"):
            continue
        known = next((s for p, _, s in r.issuers if p == t.idx), None)
        if known is not None:
            return known
        # "the Council issued a statement calling … The statement noted …"
        issuer = _issuer_inside(t) or _issuer_of_clause(t) or _releaser(t) or _sender(t)
        if issuer is None and family == "film":
            issuer = _owner_pronoun(t)  # not "his story" (his account) for "the story"
        if issuer is None and _named_modifier(t):
            # "the latest Reuters/Ipsos poll", not resolved yet when looking forward
            spk = ResolvedSpeaker(_named_modifier(t), "organisation")
            r.issuers.append((t.idx, t.lower_, spk))
            return spk
        if issuer is None:
            continue
        spk = r.speaker_for(issuer, r.doc[issuer.left_edge.i : issuer.right_edge.i + 1].text)
        if spk.kind == "person" and family == "ad":
            spk = _campaign_of(r, spk) or spk  # as for "A Ruiz ad" itself
        if spk.kind in ("person", "organisation"):
            r.issuers.append((t.idx, t.lower_, spk))
            return spk
    return None


def _body_that_spoke_last(r: Resolver, head: Token) -> ResolvedSpeaker | None:
    """ "The port authority announced the ferry would stop … 'Sailings end in May,' the
    release said": a statement no earlier sentence introduced is the body that spoke just
    before it, a few sentences back at most."""
    if lx.DOCUMENT_FAMILY.get(head.lower_) != "statement":
        return None
    last = latest_before(r.things, head.idx)
    if last is None or last[1].kind != "organisation" or head.idx - last[0] > _STATEMENT_REACH:
        return None
    return last[1]


_STATEMENT_REACH = 600  # characters


def _owner_pronoun(doc_noun: Token) -> Token | None:
    """ "in her new documentary": whoever "her" is made it ("The film … explores")."""
    return next(
        (c for c in doc_noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None
    )


def _named_modifier(doc_noun: Token) -> str:
    """ "A USA TODAY analysis", "the latest Reuters/Ipsos poll", "a new Washington Post-ABC
    News poll": the name written before a document is its issuer, when the model labelled
    no one in it; not a date ("an August poll") or just a place ("a Pennsylvania poll").
    Before a poll, a pollster's name the model did not label a body is one too ("The Evening
    Consult poll", "the Rasmussen Reports survey" with "Rasmussen" labelled a person)."""
    poll = lx.DOCUMENT_FAMILY.get(doc_noun.lower_) == "poll" or _poll_average(doc_noun)
    for words in _names_before(doc_noun):
        if words.end > doc_noun.i or any(t.tag_ not in _NAME_TAGS for t in words):
            continue
        if any(t.ent_type_ in ("DATE", "TIME", "EVENT") for t in words):
            continue
        if all(t.ent_type_ in ("GPE", "NORP", "LOC") for t in words if t.is_alpha):
            continue
        person = any(t.ent_type_ == "PERSON" for t in words)
        # a body's name: labelled one, or in capitals ("USA TODAY"); not "Morning Email"
        if not person and any(t.ent_type_ == "ORG" or (t.is_upper and len(t) > 1) for t in words):
            return clean_name(words.text)
        if poll and _pollster_name(words):
            # a listed pollster under its listed name, as where it is written alone
            return news_organisation(words[0].text) or clean_name(words.text)
    return ""


def _names_before(doc_noun: Token) -> list[Span]:
    """The capitalised modifiers of a document noun; where the parser hung none on it, the
    run of proper nouns right before it ("…, Federal Election Commission records show.",
    with the name hung on "show")."""
    doc = doc_noun.doc
    out = [
        doc[c.left_edge.i : c.right_edge.i + 1]
        for c in doc_noun.lefts
        if c.dep_ in ("compound", "nmod") and c.tag_ in ("NNP", "NNPS")
    ]
    if out or any(c.dep_ in ("compound", "nmod", "amod", "poss") for c in doc_noun.lefts):
        return out
    start = doc_noun.i
    while start > 0 and doc[start - 1].tag_ in ("NNP", "NNPS"):
        start -= 1
    # the run opens the phrase (after a comma or a determiner), not "of New Hampshire"
    opens = start == 0 or doc[start - 1].is_punct or doc[start - 1].tag_ == "DT"
    return [doc[start : doc_noun.i]] if opens and start < doc_noun.i else []


def _pollster_name(words: Span) -> bool:
    """Whether capitalised words before a poll name whoever ran it: two words or more in
    Title Case with no place or person's name among them ("Evening Consult"), or a name whose
    first word is a listed pollster's ("Rasmussen Reports")."""
    names = [t for t in words if t.is_alpha]
    if len(names) < 2 or not all(t.is_title or t.is_upper for t in names):
        return False
    if news_organisation(names[0].text):
        return True
    return not any(t.ent_type_ in ("PERSON", "GPE", "NORP", "LOC") for t in names)


_NAME_TAGS = frozenset("NNP NNPS HYPH SYM NFP : , POS".split())


def _known_body_before(r: Resolver, doc_noun: Token) -> str:
    """ "a national Acme Poll", "One Farmers for Growth ad" in an article that names Acme or
    the Farmers for Growth as an organisation elsewhere: the capitalised name written before
    the document is that organisation, also when the model labelled nothing here."""
    known = {name for _, name in r.orgs.names}
    for c in doc_noun.lefts:
        if c.dep_ not in ("compound", "nmod") or c.tag_ not in ("NNP", "NNPS"):
            continue
        words = c.doc[c.left_edge.i : c.right_edge.i + 1]
        if words.end > doc_noun.i or any(t.ent_type_ == "PERSON" for t in words):
            continue
        name = clean_name(words.text)
        if name in known and name[:1].isupper():
            return name
    return ""


def _releaser(doc_noun: Token) -> Token | None:
    """ "She released a note from her accountant that says …": whoever released, issued,
    published or put out the document speaks through it."""
    verb = doc_noun.head
    put_out = verb.lower_ in ("put", "puts", "putting") and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )
    if doc_noun.dep_ != "dobj" or not (verb.lower_ in _RELEASE_VERBS or put_out):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        # "The campaign backtracked, putting out a statement …": the clause's subject
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("who", "that", "which", "it", "they"):
        return None
    return subject


_RELEASE_VERBS = frozenset(
    "release releases released releasing issue issues issued issuing publish publishes "
    "published publishing".split()
    # "The Herald ran a feature on Saturday", "the station aired an ad"
    + "ran runs run running printed prints aired airs carried carries".split()
    # "Ana Ruiz wrote a memoir of her years in the White House": the writer's own words
    + "wrote writes write writing".split()
    # "her spokesman provided a written statement", "gave a statement", "made a video"
    + "provided provides provide providing gave gives give giving made makes make".split()
)


def _sender(doc_noun: Token) -> Token | None:
    """ "A memo was sent from the league's chair, Ana Ruiz, to each coach": whoever a
    document was sent, written or issued by, the name beside a role noun there."""
    verb = doc_noun.head
    if doc_noun.dep_ != "nsubjpass" or verb.lower_ not in _SENT_VERBS:
        return None
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("from", "by"):
            continue
        pobj = next((x for x in prep.children if x.dep_ == "pobj"), None)
        if pobj is None:
            continue
        named = next(
            (x for x in pobj.children if x.dep_ == "appos" and x.ent_type_ == "PERSON"), None
        )
        return named or _named_pobj(prep)
    return None


_SENT_VERBS = frozenset("sent written issued released published signed".split())


def _issuer_of_clause(doc_noun: Token) -> Token | None:
    """ "In a statement, the union said …": the subject of the clause the document hangs on."""
    prep = doc_noun.head
    if doc_noun.dep_ != "pobj" or prep.lower_ not in ("in", "through"):
        return None
    verb = prep.head
    is_poll = lx.DOCUMENT_FAMILY.get(doc_noun.lower_) == "poll" or _poll_average(doc_noun)
    if is_poll and not _reports(verb):
        return None  # "Ruiz leads by four points in the poll": whom it measured, not its issuer
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("PRP", "WP", "WDT"):
        return None
    return subject


def _reports(verb: Token) -> bool:
    """ "found", "asked", "said": a verb of reporting, as a poll's issuer does in it."""
    return lx.FORM_TO_LEMMA.get(verb.lower_, verb.lower_) in lx.CUE_LEMMAS


def _issuer_inside(head: Token) -> Token | None:
    """The name inside a document's noun phrase that issued it: "A Bloomberg poll", "Ivana
    Trump's brief", "a report by the agency", "a study that appeared in the Journal"."""
    for c in head.children:
        if c.i < head.i and c.dep_ in ("compound", "poss") and c.ent_type_ in _ISSUER_TYPES:
            return c
        if c.i < head.i and c.dep_ == "poss" and c.lower_ == "campaign" and c.tag_ == "NN":
            return c  # "the campaign's statement": the campaign "the campaign" means
        issuer = None
        if c.i > head.i and c.dep_ == "prep":
            issuer = _issuer_after_preposition(head, c)
        elif c.i > head.i and c.dep_ in ("acl", "relcl"):
            issuer = _issuer_in_clause(c)
        if issuer is not None:
            return issuer
    return None


def _issuer_after_preposition(head: Token, prep: Token) -> Token | None:
    """ "a report by the agency", "a memo on the Ruiz campaign's website", "an editorial in
    The Harbor Courier"."""
    if prep.lower_ in ("from", "by", "of"):
        if prep.lower_ == "of" and lx.DOCUMENT_FAMILY.get(head.lower_) == "poll":
            # "a poll of Nevada Democrats": whom it asked, not who asked; but in "a poll of
            # 400 voters released Friday by Harbor Insights" the participle the parser hung
            # on the voters is the poll's
            asked = next((x for x in prep.children if x.dep_ == "pobj"), None)
            return None if asked is None else _participle_agent(asked)
        return _named_pobj(prep)
    if prep.lower_ == "in" and _run_by_a_paper(head):
        pobj = _named_pobj(prep)  # "an editorial in The Harbor Courier": the paper's
        return pobj if pobj is not None and pobj.ent_type_ not in ("GPE", "LOC", "DATE") else None
    if prep.lower_ == "on":
        return _site_owner(prep)  # "a memo on the Ruiz campaign's website"
    return None


def _issuer_in_clause(clause: Token) -> Token | None:
    """ "a study that appeared in the Journal", "a speech Mrs. Ruiz delivered in July"."""
    for p in clause.children:
        if (p.dep_ == "agent" or p.lower_ in ("in", "by")) and _named_pobj(p):
            if p.lower_ == "in" and _named_pobj(p).ent_type_ in ("GPE", "LOC"):
                continue  # "an ad that urges voters in Ohio to …": where, not who
            if p.dep_ != "agent" and clause.tag_ == "VBG":
                continue  # "a post referring to raids by the navy": not the post's maker
            return _named_pobj(p)
        # "a speech Mrs. Ruiz delivered in July": whoever delivered it
        if clause.dep_ == "relcl" and p.dep_ == "nsubj" and p.ent_type_ in _ISSUER_TYPES:
            return p
    return None


_ISSUER_TYPES = ("PERSON", "ORG")


def _run_by_a_paper(doc_noun: Token) -> bool:
    """An editorial or a newspaper's own piece ("an article in the Courier"), whose words
    are the paper's; not an op-ed or a study, written by others and printed there."""
    return (
        doc_noun.lower_ in _EDITORIAL_NOUNS or lx.DOCUMENT_FAMILY.get(doc_noun.lower_) == "article"
    )


def _participle_agent(noun: Token) -> Token | None:
    """The named agent of a participle after noun: "… released Friday by Harbor Insights"."""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i:
            agent = next((p for p in c.children if p.dep_ == "agent"), None)
            named = None if agent is None else _named_pobj(agent)
            if named is not None:
                return named
    return None


_NOT_ISSUERS = frozenset("DATE TIME CARDINAL ORDINAL PERCENT MONEY QUANTITY".split())
_SITE_NOUNS = frozenset("website site page account feed".split())


def _site_owner(on: Token) -> Token | None:
    """ "on the Trump campaign's website", "on the agency's site": whose site it is."""
    site = next((x for x in on.children if x.dep_ == "pobj" and x.lower_ in _SITE_NOUNS), None)
    if site is None:
        return None
    for owner in (x for x in site.children if x.dep_ in ("poss", "compound")):
        if owner.ent_type_ in _ISSUER_TYPES or (
            owner.lower_ == "campaign" and campaign_owner(owner)
        ):
            return owner
    return None


def _run_together_name(word: str) -> bool:
    """A name written as one word with capitals inside ("a poll by ClearViewPolitics") that the
    model took for a common noun; not "PACs" or "USA"."""
    return bool(lx.CAMEL_CASE_NAME.fullmatch(word))


def _named_pobj(prep: Token) -> Token | None:
    """The issuer a preposition names: "from the White House", "by Donald Trump's
    campaign", "from a presentation that Mr. Ruiz gives" (whoever gives it)."""
    pobj = next((x for x in prep.children if x.dep_ == "pobj"), None)
    if pobj is None:
        return None
    if pobj.ent_type_ in _NOT_ISSUERS:
        return None  # "a memoir of those years"
    if pobj.ent_type_ or pobj.tag_.startswith("NNP") or _run_together_name(pobj.text):
        return pobj
    if pobj.lower_ == "campaign" and campaign_owner(pobj):
        return pobj
    if pobj.lower_ in lx.ISSUED_NOUNS:
        for rel in (c for c in pobj.children if c.dep_ == "relcl"):
            subject = next((c for c in rel.children if c.dep_ == "nsubj"), None)
            if subject is not None and (subject.ent_type_ == "PERSON" or subject.tag_ == "NNP"):
                return subject
    return None
