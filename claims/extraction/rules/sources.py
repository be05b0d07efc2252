"""Who speaks: the subject of a cue (through the parser's usual mistakes), whether it can
hold views at all, the characters of its source span, and the characters of the cue."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .. import lexicon as lx
from ..datelines import dateline_dash, is_spaced_dash
from ..types import Span
from .candidates import Findings, runs
from .index import DocIndex

SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")
# the dependencies a cue climbs to find the subject of the clause it sits in
_CLIMB = ("xcomp", "advcl", "conj", "pcomp", "prep", "acomp", "advmod")
# a sentence end: a lower-case word or a figure, then . ! or ?, then a capital. Abbreviations
# ("Mr.", "U.S.", "Sept.") and initials are not sentence ends.
# Titles of rank and office count too: "Lt. Gov. Eric Holcomb", "Sgt. Maj. Lee".
SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|vs|No|Co|Lt|Mt|Ft))"
    r"(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Inc|Ltd|Jan|Feb|Sgt|Maj|Adm|Cpl|Rev|Hon|Gov))"
    r"(?<!\b(?:Aug|Sep|Oct|Nov|Dec|Mar|Apr|Jun|Jul|Ave))"
    r"(?<!\b(?:Sept|Capt|Prof|Supt|Atty|Dept|Corp|Pres|Reps|Sens))"
    r"(?<=[a-z0-9%)])[.!?][\"”’]?\s+(?=[A-Z“\"])"
)


def alternative(conj: Token) -> bool:
    """'found that it either didn't support or contradicted …': verbs joined by 'or' or
    under 'either'/'neither'/'both' are alternatives inside one clause, never a second act
    of the reporter."""
    return any(
        c.dep_ == "preconj" or (c.dep_ == "cc" and c.lower_ in ("or", "nor"))
        for c in conj.head.children
    )


def finite_acl(verb: Token) -> bool:
    """'A Times article hailed Trump as …', 'Aaron Kall, a director, compared Trump to …':
    the sentence's main verb, parsed as a modifier of its subject, which became the root."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and noun.dep_ == "ROOT"
        and noun.tag_.startswith("NN")
        and verb.i > noun.i
        and verb.tag_ in ("VBD", "VBN", "VBZ")
    )


# ---- the subject of a cue ---------------------------------------------------------------------
def subject(ix: DocIndex, found: Findings, verb: Token, lemma: str) -> Token | None:
    """The token that speaks through the cue verb, climbing from the verb through the
    clauses it sits in; None when the clause has no speaker (passive, "it", "there")."""
    cur = verb
    for _ in range(5):
        decided, subj = _child_subject(ix, found, cur, verb, lemma)
        if decided:
            return subj
        above = _verb_over_infinitive(cur)
        if above is not None:
            cur = above
            continue
        if cur.dep_ == "acl" and cur.head.tag_.startswith("NN"):
            return _acl_subject(ix, found, cur)
        reporter = _reporter_of_trailing_participle(ix, cur, verb)
        if reporter is not None:
            cur = reporter
            continue
        if _second_cue_of_reporter(cur, verb):
            # "Trump tweeted that she was "a con" and encouraged Americans to ...": a
            # second cue joined to the reported clause is the reporter's own act
            cur = cur.head.head
            continue
        obj = _object_of_verb_above(ix, cur)
        if obj is not None:
            return obj
        if cur.dep_ in _CLIMB and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    return None


def _child_subject(
    ix: DocIndex, found: Findings, cur: Token, verb: Token, lemma: str
) -> tuple[bool, Token | None]:
    """(True, the speaker or None) when cur has a subject outside quotations, else (False,
    None): climb on."""
    subjects = _subjects_place_last(ix, cur)
    if len(subjects) > 1 and _label_before_colon(subjects[0], subjects[1]):
        # "The Latest: Trump urges supporters …": the headline's label is no subject
        subjects = subjects[1:]
    if len(subjects) > 1 and _one_phrase_split(subjects[0], subjects[1]):
        # "Athens mom speechwriter Dana Whitfield said": the parser cut one subject in two;
        # the second part is the head, the first opens the source ("which advocates say":
        # the relative pronoun does not)
        first, second = subjects[:2]
        if first.tag_ not in ("WDT", "WP"):
            found.subject_first[second.i] = first.left_edge.i
        subjects = subjects[1:]
    if len(subjects) > 1 and _tag_after_comma(subjects[0], subjects[1], cur):
        # "One group offered to house them, Lee said, while …": the parser hung what was
        # said on the tag's verb as a second subject; the speaker is the one after the comma
        subjects = subjects[1:]
    for c in subjects:
        dash = dateline_dash(c, ix.sent_bounds(c.i)[0])
        if dash is not None:
            c = _subject_after_dateline(found, cur, c, dash)
            if c is None:
                continue
        issuer = _issuer_of_relative(ix, c)
        if issuer is not None:
            found.issuers.add(issuer.i)
            return True, issuer
        described = _description_after_dash(ix, found, c, cur)
        return True, _judge_subject(found, described or c, cur, verb, lemma)
    return False, None


def _tag_after_comma(first: Token, second: Token, verb: Token) -> bool:
    """A second subject set after a comma right before its verb, after a first that holds
    a clause of its own ("One group offered to …, Lee said"), as a pronoun ("A lawyer by
    training, he argued") or set off by commas; not the last of a list of subjects
    ("voters in Ohio, Iowa and Utah said") or a description after a name ("Lee, the mayor,
    said")."""
    doc = second.doc
    if not (
        second.left_edge.i > 0
        and doc[second.left_edge.i - 1].text == ","
        and second.right_edge.i + 1 == verb.i
        and second.ent_type_ not in ("GPE", "LOC", "FAC")
    ):
        return False
    if second.tag_ == "PRP" or (verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","):
        return True  # "Voters, Lee suggested, need not worry": a tag set off on both sides
    return any(t.tag_.startswith("VB") and t.dep_ in ("acl", "relcl") for t in first.subtree)


def _label_before_colon(first: Token, second: Token) -> bool:
    """A first subject that a colon ends, the second after it: a label ("The Latest:")."""
    colon = first.right_edge.i + 1
    return colon < second.left_edge.i and first.doc[colon].text == ":"


# nouns of a figure or a document, which a subject before them owns: "the poll average
# shows", "the Trump campaign statement said" are one subject, parsed right
_FIGURE_NOUNS = lx.ISSUED_NOUNS | frozenset("average aggregate tally".split())


def _one_phrase_split(first: Token, second: Token) -> bool:
    """Two subjects of one verb that run into each other with nothing between them: one
    noun phrase the parser cut in two ("Athens mom | speechwriter Dana Whitfield")."""
    doc = first.doc
    return (
        first.right_edge.i + 1 == second.left_edge.i
        and second.tag_.startswith("NN")
        and second.lower_ not in _FIGURE_NOUNS
        and not any(_phrase_break(t) for t in doc[first.i + 1 : second.i])
    )


def _phrase_break(t: Token) -> bool:
    """A word that ends one noun phrase before another: punctuation, a line break (not a
    non-breaking space: "his nephew\xa0Ali Soheil"), "and", "the"."""
    return t.is_punct or "\n" in t.text or t.dep_ == "cc" or t.tag_ == "DT"


def _ends_with_a_role(tok: Token) -> bool:
    """Whether a phrase that ends at tok names someone by a role: "the county prosecutor",
    "the chief attorney for the Eastern District of Farland"."""
    for _ in range(6):
        if tok.lower_ in lx.ROLE_NOUNS:
            return True
        if tok.head.i >= tok.i or tok.dep_ not in ("pobj", "prep", "compound"):
            return False
        tok = tok.head
    return False


def _description_after_dash(
    ix: DocIndex, found: Findings, subj: Token, verb: Token
) -> Token | None:
    """'In a letter to the county prosecutor, Dana Morrow - the Oregon Democrat asks …': the
    name closes the phrase before it (the prosecutor's), and the description after the
    one spaced dash, right before the verb, is who speaks; None for any other subject
    ('Dana Morrow - the Oregon Democrat - asks' sets the description off on both sides)."""
    doc = ix.doc
    comma = subj.left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or not _ends_with_a_role(doc[comma - 1]):
        return None
    for a in subj.rights:
        dash = doc[a.left_edge.i - 1]
        if (
            a.dep_ == "appos"
            and a.left_edge.lower_ == "the"
            and is_spaced_dash(dash)
            and dash.i > subj.i
            and a.right_edge.i + 1 == verb.i
        ):
            found.subject_first[a.i] = a.left_edge.i
            return a
    return None


def _subjects_place_last(ix: DocIndex, cur: Token) -> list[Token]:
    """The subjects of cur outside quotations, a place parsed as a subject before another
    subject last: 'In Salem, New Hampshire, Ruiz went after Lee, calling him …'."""
    # "%" counts as punctuation to spaCy, yet "47% say …" has a subject
    subjects = [
        c
        for c in cur.children
        if c.dep_ in SUBJ_DEPS and ix.quote_of[c.i] < 0 and (not c.is_punct or c.text == "%")
    ]
    if len(subjects) > 1 and _place_before_comma(ix, subjects[0]) and subjects[1].i < cur.i:
        return subjects[1:] + subjects[:1]
    return subjects


def _place_before_comma(ix: DocIndex, tok: Token) -> bool:
    """A place name the parser made a subject, set off by a comma: '… in Salem, New
    Hampshire, Ruiz said'."""
    nxt = tok.i + 1
    return (
        tok.ent_type_ in ("GPE", "LOC")
        and nxt < len(ix.doc)
        and ix.doc[nxt].text == ","
        and not any(c.dep_ in ("cc", "conj", "appos") for c in tok.children)
    )


def _subject_after_dateline(found: Findings, cur: Token, place: Token, dash: Token) -> Token | None:
    """Who speaks after the dateline the parser made the subject: another subject of the
    clause after the dash, or the name it hung on the place ('LONDON (Reuters) - Ana Ruiz
    said'); None when there is neither."""
    for c in cur.children:
        if c.dep_ in SUBJ_DEPS and c.i > dash.i:
            return c
    for c in place.children:
        if c.dep_ == "appos" and c.i > dash.i:
            found.subject_first[c.i] = c.left_edge.i
            return c
    return None


def _judge_subject(found: Findings, c: Token, cur: Token, verb: Token, lemma: str) -> Token | None:
    if c.dep_ == "nsubjpass" and cur is verb:
        # "he was told that ...", "the plan was rejected (by X)": the subject
        # is not who speaks; passive() handles the agent
        return None
    if cur is not verb and any(x.dep_ == "dobj" and _issued(x) for x in cur.children):
        # "it issued a paper …, and calling for …": who issued it speaks
        found.issuers.add(c.i)
        return c
    if c.lower_ in ("it", "there", "what", "this", "that") and c.dep_ != "nsubj":
        return None
    if c.lower_ == "there" or (
        # "it said", "it added": an organisation or a publication speaking
        c.lower_ == "it"
        and lemma not in lx.SPEECH_VERBS
        and lemma not in ("show", "find", "report")
    ):
        return None
    return speaking_appos(c)


def _issued(noun: Token) -> bool:
    """Whether the noun is a document, or several: "a statement", "statements", "ads"."""
    low = noun.lower_
    return low in _ISSUED or (low.endswith("s") and low[:-1] in _ISSUED)


# what someone puts out in their own name: "released a video saying", "fired back a response"
# (not a clip, which shows someone else, nor a suit or a speech, which are acts more than words)
_ISSUED = lx.DOCUMENT_NOUNS | frozenset("response caption video spot commercial advert".split())
# verbs of putting a document out: its words are the subject's ("withheld an email that …",
# "cited a study that …" are someone else's words)
_PUTTING_OUT = frozenset(
    """issue issues issued issuing release releases released releasing put puts putting
    post posts posted posting publish publishes published publishing add adds added adding
    fire fires fired firing send sends sent sending run runs ran running air airs aired
    tweet tweets tweeted write writes wrote written unveil unveiled launch launched
    circulate circulated distribute distributed pen penned draft drafted sign signed
    hold holds held holding hoist hoisted carry carries carried carrying wave waved""".split()
)


def _issuer_of_relative(ix: DocIndex, pron: Token) -> Token | None:
    """'Ruiz released a video that said …', 'a nurse held up a sign that read …': the
    document a relative clause reports is its issuer's, the subject of the verb that put it
    out, who speaks; None for any other subject."""
    clause, noun = pron.head, pron.head.head
    if pron.tag_ not in ("WDT", "WP") or clause.dep_ != "relcl" or noun.dep_ != "dobj":
        return None
    if not _issued(noun) or noun.i > pron.i or pron.doc[pron.i - 1].text in lx.DASHES:
        return None  # "held up the sign — which read …": annotators keep the pronoun
    if noun.head.lower_ not in _PUTTING_OUT:
        return None
    issuer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if issuer is None or issuer.i > noun.i or ix.quote_of[issuer.i] >= 0:
        return None
    return issuer if can_hold_views(issuer) else None


def _acl_subject(ix: DocIndex, found: Findings, cur: Token) -> Token:
    """The noun a cue modifies speaks: 'officials saying …', or who issued the document."""
    noun = cur.head
    sender = _sender_to(ix, cur, noun)
    if sender is not None:
        return sender
    if finite_acl(cur) or cur.i > noun.i:
        # the source stops before its verb: "pastors backing the senator" are the pastors
        found.source_end[noun.i] = cur.i
    if _issued(noun) and noun.dep_ == "dobj":
        # "the council issued a statement calling ...", "the three mayors issued
        # statements condemning …": who issued it speaks
        issuer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if issuer is not None and ix.quote_of[issuer.i] < 0:
            found.issuers.add(issuer.i)
            return issuer
    return noun


# verbs of sending words to someone: "emailed supporters saying …"
_SENDING = frozenset(
    """email emails emailed emailing e-mail e-mailed text texts texted texting send sends sent
    sending mail mails mailed mailing write writes wrote writing written message messaged
    tweet tweeted post posted""".split()
)


def _sender_to(ix: DocIndex, cur: Token, noun: Token) -> Token | None:
    """'The senator emailed supporters saying: "…"', 'The mayor wrote to residents urging
    them to …': a participle of saying on the people words were sent to is the sender's;
    the sender, or None."""
    if cur.tag_ != "VBG" or cur.i < noun.i or not lx.is_speech_verb(cur.lower_):
        return None  # "wrote a check to a PAC supporting Ruiz": the PAC supports her
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to":
        head = head.head  # "sent a text message to supporters", "wrote to residents"
        if head.dep_ == "dobj" and head.tag_.startswith("NN"):
            head = head.head
    elif noun.dep_ != "dobj":
        return None
    if head.lower_ not in _SENDING or not head.tag_.startswith("VB"):
        return None
    sender = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if sender is None or ix.quote_of[sender.i] >= 0 or not can_hold_views(sender):
        return None
    return sender


def _verb_over_infinitive(cur: Token) -> Token | None:
    """'Marsh had every reason to believe that the ferry would be cancelled', 'Okafor was
    the first trustee to endorse the merger': an infinitive that reports a clause, hung on
    a noun that holds no views (or any infinitive on the noun the subject is said to be),
    is done by the subject of the verb above the noun; that verb, or None. ("had a chance
    to challenge her" reports nothing done.)"""
    if cur.dep_ not in ("relcl", "acl") or cur.tag_ not in ("VB", "VBN"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
        return None
    noun = cur.head
    if not noun.tag_.startswith("NN") or noun.i > cur.i:
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None  # "found no evidence to suggest that …"
    reports = any(c.dep_ == "ccomp" and c.i > cur.i for c in cur.children)
    objected = noun.dep_ in ("dobj", "pobj")
    if (
        noun.dep_ == "attr"
        or (reports and objected and not can_hold_views(noun))
        # "mounted a campaign to condemn the levy": whoever mounts it condemns
        or (objected and noun.lower_ in _EFFORTS)
    ):
        # ("hired a lawyer to argue …": the lawyer argues)
        up = noun.head
        for _ in range(4):
            if up.tag_.startswith(("VB", "MD")):
                return up
            if up.dep_ not in ("prep", "pobj") or up.head.i == up.i:
                return None
            up = up.head
    return None


_EFFORTS = frozenset("effort efforts campaign attempt attempts bid push drive".split())


# a comma may stand inside the closing mark ('the "Dover loophole," which …')
CLOSING_MARKS = frozenset({'"', "”", "’", "''"})


def participle_after_comma(participle: Token) -> bool:
    """Whether a participle's phrase comes right after a comma, also one printed inside a
    closing mark ('represents "New York values," stating …') when the participle opens the
    writer's aside."""
    doc, i = participle.doc, participle.left_edge.i
    if any(c.dep_ == "mark" for c in participle.children):
        return False  # ", because leaders are backing it": a clause with its conjunction
    if comma_inside_mark(doc, i):
        return aside_participle(participle)
    return i > 0 and doc[i - 1].text == ","


def sequence_preposition(participle: Token) -> Token | None:
    """ "told reporters the vote was unfair, before noting that …": the "before" or "after"
    a cue participle hangs on, which the parser puts inside the reported clause; None when
    the participle is no cue of saying there."""
    prep = participle.head
    if participle.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in _SEQUENCE_PREPS:
        return None
    said = lx.is_speech_verb(participle.lower_)
    # with a clause of its own: not "before speaking events"
    return prep if said and any(c.dep_ in ("ccomp", "xcomp") for c in participle.children) else None


_SEQUENCE_PREPS = frozenset({"before", "after"})


def comma_inside_mark(doc: Doc, i: int) -> bool:
    """Whether a comma printed inside a closing mark comes right before token i."""
    return i >= 2 and doc[i - 1].text in CLOSING_MARKS and doc[i - 2].text == ","


def aside_participle(tok: Token) -> bool:
    """A participle that opens the writer's aside after a quotation: one of saying ('"…,"
    adding that …', '"…," referring to …', '"…," meaning …'), not any participle: in 'were
    "well-paid," making $40,000 a year' the words go on."""
    return tok.tag_ == "VBG" and (lx.is_speech_verb(tok.lower_) or tok.lower_ in _ASIDE_VBG)


_ASIDE_VBG = frozenset({"referring", "meaning"})


def _reporter_of_trailing_participle(ix: DocIndex, cur: Token, verb: Token) -> Token | None:
    """'The mayor argued that the levy would pay for the bridge, adding that …': a participle
    after a comma that the parser hung on the reported clause (the levy does not add) is the
    reporter's own act; the cue verb that reports the clause, or None."""
    if cur.i != verb.i:
        return None
    participle = verb
    while participle.dep_ == "conj" and participle.head.tag_ == "VBG":
        participle = participle.head  # "…, vowing to X and suggesting Y"
    anchor = sequence_preposition(participle) or participle
    if participle.tag_ != "VBG" or anchor.dep_ not in ("advcl", "prep") or participle.i == 0:
        return None
    if anchor is participle and not participle_after_comma(anchor):
        return None  # ("before noting …" needs no comma: the one noting is the reporter)
    clause = anchor.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i < clause.i:
        # "said she would have to choose …, saying", "said he has been fair and would
        # stay so, saying": the participle hangs on a verb inside the reported clause
        clause = clause.head
    reporter = clause.head
    if not _finite(clause):
        return None  # "remembers the mayor going on TV, declaring …": the mayor declares
    if _tag_after_quotation(ix, clause):
        return None  # '"…," the aide recalled, adding …': the tag's own speaker adds
    if clause.dep_ == "acl" and reporter.dep_ == "dobj" and _that_clause(clause):
        # "rejected the idea that the plan would fail, saying …": the clause of a noun
        # the cue verb governs
        reporter = reporter.head
    elif clause.dep_ != "ccomp" or reporter.i >= clause.i:
        return None
    if not _is_cue(reporter):
        return None
    while reporter.dep_ == "ccomp" and reporter.head.i > reporter.i and _is_cue(reporter.head):
        # 'Lee would sell, the aide said Ruiz told him, adding …': a report inside a later
        # tag; the tag acts
        reporter = reporter.head
    return reporter


def _tag_after_quotation(ix: DocIndex, clause: Token) -> bool:
    """Whether the clause is a cue with its subject right after a quotation."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or not _is_cue(clause) or subj.i > clause.i:
        return False
    before = ix.text[: ix.doc[subj.left_edge.i].idx].rstrip(" \t,")
    return before[-1:] in '”"»' and ix.quote_at(len(before) - 1) >= 0


def _finite(verb: Token) -> bool:
    """Whether the verb heads a clause with a tense of its own ("is taking", "would be")."""
    finite = ("VBD", "VBZ", "VBP", "MD")
    return verb.tag_ in finite or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in verb.children
    )


def _is_cue(tok: Token) -> bool:
    return tok.tag_.startswith("VB") and lx.FORM_TO_LEMMA.get(tok.lower_) in lx.CUE_LEMMAS


def holds_own_cue(clause: Token) -> bool:
    """Whether a clause holds a cue verb with a subject of its own: an attribution of its own
    (", while 22 percent said they might", "because he worries Ruiz would lose")."""
    return any(_is_cue(t) and any(c.dep_ in SUBJ_DEPS for c in t.children) for t in clause.subtree)


def _that_clause(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _second_cue_of_reporter(cur: Token, verb: Token) -> bool:
    head = cur.head
    return (
        cur.i == verb.i
        and cur.dep_ == "conj"
        and head.dep_ == "ccomp"
        and head.head.i < head.i
        and lx.FORM_TO_LEMMA.get(head.head.lower_) in lx.CUE_LEMMAS
        and not alternative(cur)
    )


def _object_of_verb_above(ix: DocIndex, cur: Token) -> Token | None:
    """ "led the journalist to fear …", "forced the chief to admit …": the object of the
    verb above does what the complement says. An object that holds no views, or the
    object of a verb of using, is the means, and the subject above speaks: "The mayor used
    her speech to argue that …", "He used his column to claim …"."""
    if cur.dep_ != "xcomp" or cur.head.i >= cur.i:
        return None
    obj = next((c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i), None)
    if obj is None or ix.quote_of[obj.i] >= 0:
        return None
    if obj.lower_ in _RECORDINGS:
        # "The ad uses footage of the mayor asking …": the one recorded asks
        return obj
    if cur.head.lower_ in _MEANS_VERBS or not can_hold_views(obj):
        return None
    return obj


_RECORDINGS = frozenset("footage video clip recording tape audio film".split())
# verbs whose object is what the subject spends or uses to do something: "took the stage to"
_MEANS_VERBS = frozenset(
    "use uses used using spend spends spent spending take takes took taken taking".split()
)


def speaking_appos(subj: Token) -> Token:
    """'With 40 days until the referendum, Minna Arvid, an aide, called ...': the parser
    made the person an apposition of the phrase before; the person speaks."""
    if subj.ent_type_ in ("PERSON", "ORG") or subj.tag_ in ("PRP", "NNP", "NNPS"):
        return subj
    for c in subj.rights:
        if c.dep_ == "appos" and c.ent_type_ == "PERSON" and not can_hold_views(subj):
            return c
    return subj


def misparsed_subject(ix: DocIndex, found: Findings, verb: Token) -> Token | None:
    """'In a meeting with the Post Trump said that ...': the name got parsed as an object.
    '"…," Riverside police Chief Ann Ortiz said': a name between a quotation and its cue
    that the parser took apart."""
    if verb.i == 0:
        return None
    doc = ix.doc
    prev = doc[verb.i - 1]
    if prev.text == "," and verb.tag_ in ("VBD", "VBZ", "VBP"):
        return _name_with_aside(ix, found, verb, verb.i)
    front = _front_of_finite_verb(verb)
    if front < verb.i and front > 0 and doc[front - 1].text == ",":
        # "Speaking in Leeds, Harriet Vance, without naming him, also accused …"
        return _name_with_aside(ix, found, verb, front)
    if prev.tag_ in ("NN", "NNS"):
        return _described_after_comma(ix, verb, prev)
    if prev.tag_ not in ("NNP", "NNPS"):
        return None
    if prev.ent_type_ in ("PERSON", "ORG", "NORP") and any(
        c.dep_ == "ccomp" and c.i > verb.i for c in verb.children
    ):
        return prev
    first = verb.i - 1
    while (
        first > 0
        and verb.i - first < 7
        and doc[first - 1].tag_ in ("NNP", "NNPS", "NN", "VB", "JJ")
        and doc[first - 1].is_alpha
    ):
        first -= 1
    before = ix.text[: doc[first].idx].rstrip()
    if before[-1:] in '”"' and ix.quote_at(len(before) - 1) >= 0:
        found.subject_first[prev.i] = first
        return prev
    if verb.tag_ in ("VBD", "VBZ", "VBP") and prev.ent_type_ in ("PERSON", "ORG"):
        return _names_after_comma(ix, found, verb, prev)
    return None


# what the aside between a name and its cue may not hold: another quotation or clause
_ASIDE = re.compile(r"^,[^;:\"“”\n]{2,160},\s*$")


def _front_of_finite_verb(verb: Token) -> int:
    """The first of the auxiliaries, negations and adverbs right before a finite verb
    ("did not mention", "also accused"); verb.i when there are none or it is not finite."""
    first = verb.i
    finite = verb.tag_ in ("VBD", "VBZ", "VBP")
    for c in reversed(list(verb.lefts)):
        if c.i != first - 1 or c.dep_ not in ("aux", "neg", "advmod") or c.n_lefts:
            break
        first = c.i
        finite = finite or (c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP", "MD"))
    return first if finite else verb.i


def _name_with_aside(ix: DocIndex, found: Findings, verb: Token, front: int) -> Token | None:
    """'Jane Roe, a Toledo, Ohio, pastor helping to run the drive, said …', 'At the club,
    Jay Lee, its president, suggested …': a name and its aside between commas right before
    the cue (front: where the cue's words begin, "also said"), which the parser took
    apart (the cue was left without a subject)."""
    doc = ix.doc
    lo = ix.sent_bounds(verb.i)[0]
    asides = [
        ent
        for ent in doc[lo : verb.i].ents
        if ent.label_ in ("PERSON", "ORG", "GPE")
        and _ASIDE.match(ix.text[ent.end_char : doc[front].idx])
    ]
    # a person or body first: "In Leeds, Ana Ruiz, a nurse, said …"; a place speaks only
    # when no one else is named ("Ohio, heading a bloc of states, asked …")
    name = next((e for e in asides if e.label_ != "GPE"), asides[0] if asides else None)
    if name is None or any(ix.quote_of[t.i] >= 0 for t in name):
        return None
    # the source runs from the name to the end of its aside, which is no part of the content
    found.subject_first[name[-1].i] = name.start
    found.subject_last[name[-1].i] = front - 2
    return name[-1]


def _described_after_comma(ix: DocIndex, verb: Token, prev: Token) -> Token | None:
    """'In an interview with the hosts Ana Ruiz and Tom Reyes, the candidate stated that …':
    a "the" phrase right after a comma that the parser hung on the names before it, with a
    noun that can speak, is the finite cue's subject."""
    first = prev.left_edge
    if (
        verb.tag_ not in ("VBD", "VBZ", "VBP")
        or prev.dep_ not in ("appos", "conj")
        or first.lower_ != "the"
        or first.i == 0
        or ix.doc[first.i - 1].text != ","
        or prev.right_edge.i != prev.i
        or not can_hold_views(prev)
    ):
        return None
    return prev


def _names_after_comma(ix: DocIndex, found: Findings, verb: Token, prev: Token) -> Token | None:
    """ "When terrorists strike, Obama and Clinton call them ...": names right after a
    clause's comma, parsed into that clause, are the finite verb's subject."""
    doc = ix.doc
    first = prev.i
    while (
        first > 0
        and verb.i - first < 8
        and (doc[first - 1].ent_type_ in ("PERSON", "ORG") or doc[first - 1].lower_ == "and")
    ):
        first -= 1
    if first > 0 and doc[first - 1].text == "," and doc[first].ent_type_:
        found.subject_first[prev.i] = first
        return prev
    return None


def object_verb_subject(ix: DocIndex, verb: Token) -> Token | None:
    """Who does what the verb says: its own subject, or, for a subjectless participle or
    infinitive ('Bemoaning the "phony system," Trump ...', 'urged voters to "stand up"'),
    the subject of the clause it hangs from."""
    cur = verb
    for hop in range(4):
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            if ix.quote_of[subj.i] >= 0:
                return None
            if subj.i < cur.i or (hop and verb.i < subj.i):
                return subj
            return None
        if any(c.dep_ in ("nsubjpass", "csubj", "expl") for c in cur.children):
            return None
        if cur.dep_ not in ("advcl", "xcomp", "conj") or cur.head.i == cur.i:
            return None
        if cur.dep_ == "advcl" and cur.tag_ not in ("VBG", "VB"):
            return None
        cur = cur.head
        if not cur.tag_.startswith("VB"):
            return None
    return None


def quote_just_before(ix: DocIndex, found: Findings, subj: Token, verb: Token) -> bool:
    """Whether a quotation ends right before the cue clause ('"…," Warren told him')."""
    lo = min(found.subject_first.get(subj.i, subj.left_edge.i), verb.i)
    before = ix.text[: ix.doc[lo].idx].rstrip(" \t,")
    return before[-1:] in '”"»' and ix.quote_at(len(before) - 1) >= 0


def stranded_subject(clause: Token) -> Token | None:
    """ "Most said the party ignores them and one in four said it was hostile": the subject
    of the second "said", which the parser made a conjunct inside the first clause ("them
    and one in four"); None when the clause has a subject or nothing stands so before it."""
    first = clause.left_edge.i
    if first == 0 or first != clause.i or any(c.dep_ in SUBJ_DEPS for c in clause.children):
        return None
    conj = clause.doc[first - 1]
    while conj.dep_ != "conj" and conj.head.i < conj.i:
        conj = conj.head
    if conj.dep_ != "conj" or conj.right_edge.i != first - 1:
        return None
    joined = [c for c in conj.head.children if c.dep_ == "cc" and conj.head.i < c.i < conj.i]
    return conj if joined and joined[-1].lower_ in ("and", "but") else None


# ---- who can speak ----------------------------------------------------------------------------
def can_hold_views(subj: Token) -> bool:
    """Whether a subject can believe or take a position: people, bodies, pronouns."""
    low = subj.lower_
    if subj.tag_ in ("PRP", "WP") or low in ("who",):
        return low not in ("it", "its", "there")
    if subj.tag_ == "WDT" or low in ("that", "which"):
        # "The union, which endorsed Clinton, …": as its antecedent can
        clause = subj.head
        antecedent = clause.head
        return (
            clause.dep_ == "relcl"
            and antecedent.i < subj.i
            and antecedent.tag_ not in ("WDT", "WP", "DT")
            and antecedent.ent_type_ != "GPE"  # "New York, which …": the place, not its people
            and can_hold_views(antecedent)
        )
    if subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj.tag_ in ("NNP", "NNPS"):
        return True
    if subj.tag_ == "NN" and subj.text.istitle() and subj.text in person_words(subj.doc):
        return True  # 'Hannity interjected': a name the tagger read as a noun here, not elsewhere
    if low in lx.DOCUMENT_NOUNS:
        return True  # "the ad references …", "the memo warns …": a document speaks
    if low in ("percent", "%") and any(c.tag_ == "CD" for c in subj.children):
        return True  # "46 percent would back Clinton": the share of a poll's respondents
    if low in lx.SHARE_WORDS and _share_of_holders(subj):
        return True  # "two-thirds of Republican voters support X": a share of a group
    return _person_noun(subj, low)


def person_words(doc) -> frozenset[str]:
    """The words of the document's PERSON entities, found once per document."""
    words = doc.user_data.get("claimtrack_person_words")
    if words is None:
        words = frozenset(t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent)
        doc.user_data["claimtrack_person_words"] = words
    return words


def _share_of_holders(subj: Token) -> bool:
    """Whether an "of" phrase after a share names people: "half of the voters"."""
    for c in subj.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            return pobj is not None and pobj.lower_ not in lx.SHARE_WORDS and can_hold_views(pobj)
    return False


def _person_noun(subj: Token, low: str) -> bool:
    """Roles, groups, organisations and agent nouns: 'the senator', 'farmers', 'the union'."""
    if low in lx.ROLE_NOUNS or low in lx.GROUP_HINTS or low in lx.ORG_SUFFIX_WORDS:
        return True
    if low.rstrip("s") in lx.ROLE_NOUNS or low in lx.HUMAN_NOUNS or low in lx.VOTER_GROUPS:
        return True
    if low in ("old", "olds") and subj.i >= 2 and subj.doc[subj.i - 2].lower_ in ("year", "years"):
        return True  # "the 43-year-old said": an age for a person
    # agent nouns: farmers, scientists, historians, residents, inspectors
    if subj.tag_ in ("NN", "NNS") and lx.is_agent_noun(low):
        return True
    return any(c.dep_ in ("compound", "poss") and c.ent_type_ for c in subj.children) and (
        low in lx.ORG_SUFFIX_WORDS
    )


# ---- spans ------------------------------------------------------------------------------------
def source_span(ix: DocIndex, found: Findings, subj: Token) -> Span | None:
    """The characters of the source: the subject's phrase without asides and relative
    clauses, cut at a sentence end the parser missed."""
    if subj.i in found.subject_first:
        last = found.subject_last.get(subj.i, subj.i)
        return ix.tokspan(found.subject_first[subj.i], last, keep_marks=False)
    if subj.tag_ in ("WP", "WDT"):
        return ix.tokspan(_antecedent_start(subj), subj.i)
    skip = _source_asides(ix, found, subj)
    idx = [t.i for t in subj.subtree if t.i not in skip]
    # keep the run that holds the head
    for a, b in runs(idx):
        if a <= subj.i <= b:
            span = ix.tokspan(a, b, keep_marks=False)
            if span is None:
                return None
            # "... cost about £4m. Insurers estimate": a sentence end the parser missed
            cut = None
            for m in SENTENCE_END.finditer(ix.text, span[0], min(span[1], subj.idx + 1)):
                cut = m.end()
            return (cut, span[1]) if cut is not None else span
    return None


def _antecedent_start(pronoun: Token) -> int:
    """Where a relative pronoun's source starts: "a super PAC that backs Ana Ruiz said":
    the mention is the noun phrase with its "that"/"who", not the pronoun alone (annotators
    mark either); the pronoun alone when the antecedent is far or absent."""
    clause = pronoun.head
    antecedent = clause.head
    if clause.dep_ != "relcl" or not antecedent.i < pronoun.i:
        return pronoun.i
    if antecedent.dep_ == "conj":
        return pronoun.i
    if pronoun.lower_ == "who" and (
        (antecedent.dep_ == "pobj" and antecedent.tag_ == "NNP")  # "…, 31, from Keene, who"
        or (
            antecedent.ent_type_ != "PERSON"
            and (antecedent.tag_ not in ("NN", "NNS") or antecedent.text.istitle())
        )
    ):
        return pronoun.i  # "Democrats on Capitol Hill, who": the resolver finds the people
    first = antecedent.left_edge.i
    while first < antecedent.i and antecedent.doc[first].dep_ in ("advmod", "punct", "cc"):
        first += 1  # "how Ana Ruiz, who …": the noun phrase begins after the adverb
    sent_start = pronoun.sent.start
    if first < sent_start or pronoun.i - first > 12:
        return pronoun.i
    if any(t.text in lx.DASHES for t in pronoun.doc[first : pronoun.i]):
        return pronoun.i  # "veterans — from X to Y — who": the parser's antecedent is unsure
    return first


def _source_asides(ix: DocIndex, found: Findings, subj: Token) -> set[int]:
    """Tokens of the subject's phrase that are not part of the source."""
    doc = ix.doc
    skip: set[int] = set()
    if subj.i in found.source_end:
        skip.update(t.i for t in subj.subtree if t.i >= found.source_end[subj.i])
    first = subj.left_edge
    if first.i < subj.i:
        # "DOVER (AP) - Ana Ruiz said": the dateline the parser hung on the name
        dash = dateline_dash(first, ix.sent_bounds(first.i)[0])
        if dash is not None and dash.i < subj.i:
            skip.update(range(first.i, dash.i + 1))
    for c in subj.children:
        if c.i <= subj.i:
            continue
        if c.dep_ in ("acl", "prep", "advcl", "relcl"):
            first = doc[c.left_edge.i].lower_
            if first in ("as", "according") or c.lower_ in ("according", "quoted"):
                skip.update(t.i for t in c.subtree)
        if c.dep_ == "relcl" and (
            c.right_edge.i - subj.i > 12 or doc[c.left_edge.i - 1].text in lx.DASHES
        ):
            # a long relative clause, or one set off by a dash ("Ana Ruiz — who has said
            # … — said"): an aside
            skip.update(t.i for t in c.subtree)
        if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and doc[c.left_edge.i - 1].text == ",":
            skip.update(t.i for t in c.subtree)  # "the pollster, speaking of X,": an aside
    return skip


def cue_span(ix: DocIndex, verb: Token, subj: Token | None) -> tuple[Span, str]:
    """The characters of the cue with its auxiliaries and particle, and the particle
    (' out' of 'pointed out') to add to the cue lemma."""
    first = last = verb.i
    floor = subj.right_edge.i if subj is not None and subj.i < verb.i else -1
    for c in verb.lefts:
        if (
            c.dep_ in ("aux", "auxpass", "neg", "advmod")
            and c.i > floor
            and c.right_edge.i < verb.i
        ):
            first = min(first, c.i)
    phrasal = ""
    for c in verb.rights:
        if c.dep_ == "prt" and c.i <= verb.i + 2:
            last = max(last, c.i)
            phrasal = " " + c.lower_
    doc = ix.doc
    # "was quoted as saying": the whole phrase is the cue
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lower_ == "quoted":
        quoted = verb.head.head
        first = quoted.i
        for c in quoted.lefts:
            if c.dep_ in ("auxpass", "aux", "advmod") and c.i > floor:
                first = min(first, c.i)
    return (doc[first].idx, doc[last].idx + len(doc[last])), phrasal
