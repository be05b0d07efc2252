"""Resolution steps for pronouns: "who" after a described name, "he"/"she" and "it", "I"
in a signed letter or an opinion piece, "they"/"we" after a group or organisation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .. import lexicon as lx
from ..first_names import first_name_gender
from ..news_organisations import news_organisation
from ..types import ResolvedSpeaker
from .fitting import fits, noun_gender
from .mention_words import entity_at, entity_name, latest_before
from .name_steps import continuing_pronoun, surname_sharers

if TYPE_CHECKING:
    from .resolver import Resolver


def relative_pronoun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """A relative pronoun ("who said" in a relative clause): the noun it hangs on."""
    if head.tag_ not in ("WP", "WDT") or not head.dep_.startswith("nsubj"):
        return None
    rel = head.head
    while rel.dep_ == "conj" and rel.head.i < rel.i and rel.head.dep_ in ("relcl", "conj"):
        # "Ana Ruiz, who lost in 2014, and who now backs Ortiz": the second "who" is hers too
        rel = rel.head
    if rel.dep_ == "relcl":
        noun = (
            _noun_before_aside(head)
            or _named_last_in_list(head, rel.head)
            or _named_just_before(head, rel.head)
            or _person_from(head, rel.head)
            or _named_in_apposition(rel.head)
        )
        spk = r.speaker_for(noun, r.doc[noun.left_edge.i : noun.i + 1].text)
        people = _people_on_a_place(noun) if head.lower_ == "who" else None
        if people is not None and spk.kind != "person":
            return r.speaker_for(people, r.doc[people.left_edge.i : people.i + 1].text)
        place = noun.ent_type_ in ("GPE", "LOC", "FAC")
        if head.lower_ == "who" and place and spk.kind != "person":
            # "… in Englewood, who said": a place is no "who"; the person the place describes
            # ("said Ana Ruiz, a nurse from Dover, Delaware, who …"), else someone unnamed
            person = _person_described_by(noun)
            return None if person is None else r.speaker_for(person, person.text)
        if head.lower_ == "who" and spk.kind == "organisation":
            # "Tom Hale, the president of the Harbor Peace Foundation, who …": the person
            person = _person_described_by(noun)
            return spk if person is None else r.speaker_for(person, person.text)
        return spk
    prev = r.doc[head.i - 1] if head.i else None
    if prev is not None and prev.tag_.startswith("NN"):
        # the relative clause parsed loose: "the Police Department which reported"
        return r.speaker_for(prev, r.doc[prev.left_edge.i : prev.i + 1].text)
    return None


def _person_described_by(noun: Token) -> Token | None:
    """The named person whose description holds the place or body: "Ana Ruiz, a nurse from
    Dover" for Dover, "Tom Hale, the head of the Harbor Guild" for the Guild; None when a
    verb comes first ("a voter in Dover")."""
    for above in noun.ancestors:
        if above.tag_.startswith("VB") or above.tag_ == "MD":
            return None
        if above.ent_type_ == "PERSON":
            return above
    return None


def _noun_before_aside(pronoun: Token) -> Token | None:
    """ "a string of party heavyweights — from Ana Ruiz to Tom Hale — who will speak": a
    relative pronoun right after an aside between dashes goes with the noun before the
    aside, not with the last name in it."""
    doc = pronoun.doc
    dash = doc[pronoun.i - 1] if pronoun.i else None
    if dash is None or dash.text not in lx.DASHES:
        return None
    start = pronoun.sent.start
    opening = next((t for t in reversed(doc[start : dash.i]) if t.text == dash.text), None)
    if opening is None or opening.i < 1:
        return None
    noun = doc[opening.i - 1]
    return noun if noun.tag_.startswith("NN") else None


def _named_last_in_list(pronoun: Token, noun: Token) -> Token | None:
    """ "stars like Ana Ruiz, Tom Reyes and Lee Varga, who joked …", the clause parsed onto a
    name inside the list: a "who" right after the comma is the one named last, unless its
    verb says they all did ("…, who say")."""
    doc = pronoun.doc
    if pronoun.lower_ != "who" or pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
        return None
    last = doc[pronoun.i - 2]
    if last.i == noun.i or last.dep_ != "conj" or last.ent_type_ != "PERSON":
        return None
    if pronoun.head.tag_ == "VBP":
        return None
    return last if _list_top(last).i == _list_top(noun).i else None


def _list_top(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _named_just_before(pronoun: Token, noun: Token) -> Token | None:
    """ "a favorable ruling from the Harbor Board of Elections, which ruled …", the clause
    parsed as the ruling's: a body (for "which") or person (for "who") named right before
    the comma, inside the phrase the clause hangs on, is what it says."""
    doc = pronoun.doc
    if pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
        return None
    if noun.ent_type_ or noun.tag_ in ("NNP", "NNPS", "PRP"):
        return None  # "said Ana Ruiz, 24, from Leeds, who said …": hers, as parsed
    wanted = {"which": "ORG", "who": "PERSON"}.get(pronoun.lower_)
    ent = entity_at(doc, pronoun.i - 2)
    if wanted is None or ent is None or ent[-1].ent_type_ != wanted or ent.end != pronoun.i - 1:
        return None
    if wanted == "PERSON" and len(ent) < 2:
        return None  # a lone capitalised word taken for a person: a town as often as not
    root = ent.root
    if root.i == noun.i or not (noun.left_edge.i <= root.i <= noun.right_edge.i):
        return None
    # only through a preposition: "from the Board", not "the Board's ruling"
    return root if root.dep_ == "pobj" else None


def _person_from(pronoun: Token, noun: Token) -> Token | None:
    """ "said Ana Ruiz, 24, from Keene, who said …", the clause parsed onto the town (which
    the model may take for a person): the person from there."""
    if pronoun.lower_ != "who" or noun.dep_ != "pobj" or noun.head.lower_ != "from":
        return None
    person = noun.head.head
    return person if person.ent_type_ == "PERSON" and person.tag_ == "NNP" else None


def _people_on_a_place(noun: Token) -> Token | None:
    """ "uneasy Greens on Capitol Hill, who have argued …", "to placate Greens on Capitol Hill,
    who …" (the place hung on the verb): a "who" parsed onto a named place or body that is
    no one is the people in or on it, the plural the preposition follows."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "on") or prep.dep_ != "prep":
        return None
    if noun.ent_type_ not in ("GPE", "LOC", "FAC", "ORG"):
        return None  # "wagers on stock pickers who claim …": the stock pickers themselves
    people = prep.head
    if people.tag_.startswith("VB"):
        # its object right before the preposition
        people = next(
            (c for c in people.children if c.dep_ == "dobj" and c.right_edge.i == prep.i - 1),
            people,
        )
    return people if people.tag_ in ("NNS", "NNPS") else None


def _named_in_apposition(noun: Token) -> Token:
    """ "Ana Ruiz, a lawyer for the city who said …", "the Urban Institute, the think tank
    that published …": a description set beside a name speaks for that name."""
    if noun.lower_ in lx.KIN_NOUNS:
        # "his wife, Ana, who spoke of …": the name set beside the kin noun
        name = next((c for c in noun.rights if c.dep_ == "appos" and c.tag_ == "NNP"), None)
        if name is not None and name.ent_type_ == "PERSON":
            return name
    head = noun.head
    named = head.tag_ in ("NNP", "NNPS") or bool(head.ent_type_)
    # "…, the party leaders who …" parsed onto a person named far back: many people are no
    # description of one
    plural_of_one = noun.tag_ == "NNS" and head.ent_type_ == "PERSON"
    if noun.dep_ == "appos" and head.i < noun.i and named and not plural_of_one:
        return head
    return _subject_described(noun) or _named_before_comma(noun) or noun


def _named_before_comma(noun: Token) -> Token | None:
    """ "… as head of the Harbor Institute, the think tank that published the study", the
    description parsed apart from the name: a definite description right after a comma that
    ends an organisation's name is that organisation."""
    doc = noun.doc
    start = noun.left_edge.i
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    if dets != ["the"] or noun.tag_ != "NN" or start < 2 or doc[start - 1].text != ",":
        return None
    named = doc[start - 2]
    ends_name = named.ent_type_ == "ORG" and named.ent_iob_ in ("B", "I")
    if not ends_name or (start - 1 < len(doc) and doc[start - 1].ent_type_ == "ORG"):
        return None
    return named


def _subject_described(noun: Token) -> Token | None:
    """ "Ana Ruiz is a lawyer and activist who has said …", "she was a newcomer who beat
    …": the named subject (or "he", "she") the description is said of (through "and"
    between nouns or verbs, or a list of descriptions)."""
    while noun.dep_ in ("conj", "appos") and noun.head.i < noun.i:
        # "Ana Ruiz is a serial liar, rampant schemer and bully who has pledged …": the
        # descriptions listed after the first set beside it
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
        # "Years ago she was a rising star who beat the party's pick": whoever "she" is
        return subject if subject is not None and subject.lower_ in ("he", "she") else None
    return subject


def personal_pronoun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """He or she: the most recent compatible person, or an unnamed speaker after them."""
    if head.lower_ in lx.MALE_PRONOUNS:
        gender = "m"
    elif head.lower_ in lx.FEMALE_PRONOUNS:
        gender = "f"
    else:
        return None
    went_on = _going_on_from_shared_surname(r, head, gender)
    if went_on is not None:
        return went_on
    pi = _speaker_adding(r, head, gender)
    if pi is None:
        pi = _owner_of_the_joined_noun(r, head, gender)
    if pi is not None:
        return r.index.note(head, pi)
    pi = r.index.recent(head, gender)
    told = _person_told(r, head)
    if pi is not None and pi == told:
        # 'Ruiz asked Lee about the wall. "…," he told Ruiz': not whom he told
        pi = r.index.recent(head, gender, exclude=told)
    # "One resident said ... 'Every time ...,' she said": an unnamed speaker just before
    last_single = latest_before(r.singles, head.idx)
    if last_single is not None:
        pos, spk = last_single
        if (
            pos > r.index.last_mention(pi, head.idx)
            and head.idx - pos < 600
            and _single_fits(head, spk, gender)
            and not (pi is not None and _answers_asker(r, pos, head))
        ):
            # not "his mother refused … 'It is ugly,' he said": a "he" is no woman
            return spk
    if pi is None or _unnamed_subject_since(r, head, pi, gender):
        return ResolvedSpeaker(source_text, "anonymous")
    kept = _subject_kept(r, head, pi, gender)
    if kept is not None and kept != told:
        return r.index.note(head, kept)
    p = r.index.people[pi]
    if not p.gender and (
        r.index.recent(head, gender, exclude=pi) is None or r.index.just_named_subject(head, pi)
    ):
        # only when no one else could be meant, or the pronoun follows that person as the
        # subject just before it with no one named between: '"…," Warren said. "…," she said'
        p.gender = gender
    return r.index.note(head, pi)


def _person_told(r: Resolver, head: Token) -> int | None:
    """The person named as the object of the pronoun's own verb ("he told Ruiz", "she
    assured Lee"), whom the pronoun cannot be; None when there is none."""
    if head.dep_ != "nsubj":
        return None
    objects = [c for c in head.head.children if c.dep_ in ("dobj", "dative") and c.i > head.i]
    return next((r.index.person_in(c) for c in objects if c.tag_ == "NNP"), None)


def _owner_of_the_joined_noun(r: Resolver, head: Token, gender: str) -> int | None:
    """ "Lee asked about Ruiz's stance on the bridge and her promise to fund it": a "his" or
    "her" on a noun joined to one a person owns is that owner's, not the clause's subject."""
    noun = head.head
    if head.dep_ != "poss" or noun.dep_ != "conj":
        return None
    owner = next((c for c in noun.head.children if c.dep_ == "poss"), None)
    pi = r.index.person_in(owner) if owner is not None and owner.tag_ == "NNP" else None
    if pi is None or not fits(r.index.people[pi], gender, "", ""):
        return None
    return pi


def _main_subject(sent_start: int, sent_end: int, doc: Doc) -> Token | None:
    """The subject of the main verb of the sentence doc[sent_start:sent_end]."""
    root = next((t for t in doc[sent_start:sent_end] if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    return next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)


def _main_clause(verb: Token) -> bool:
    """The sentence's main verb or one joined to it ("…, but Ruiz disagreed")."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _subject_kept(r: Resolver, head: Token, pi: int, gender: str) -> int | None:
    """ "She has gone public again as the senator's wife, Ana Ruiz, seeks office. On
    Sunday, she said …": a he or she opening the main clause goes on with the main
    subject of the sentence before, when the person named later in that sentence is named
    only inside it (an apposition, a clause, an object), never as its main subject."""
    if head.dep_ != "nsubj" or head.head.dep_ != "ROOT" or head.i > head.head.i:
        return None
    start = r.index.sent_bounds(head.i)[0]
    if any(s < head.idx and e > r.doc[start].idx for s, e in r.index.quote_spans):
        return None  # '"I love you," he said': a tag answers the quotation, not the subject
    prev_start = r.index.previous_sentence_start(head.i)
    prev = _main_subject(prev_start, start, r.doc)
    if prev is None or r.index.quoted(prev.idx):
        return None
    if prev.lower_ in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS:
        if (prev.lower_ in lx.FEMALE_PRONOUNS) != (gender == "f"):
            return None
        # (that subject is read as a pronoun is: the most recent person who fits)
        kept = r.index.recent(prev, gender)
    else:
        kept = r.index.person_in(prev)
    if kept is None or kept == pi or not fits(r.index.people[kept], gender, "", ""):
        return None
    other = r.index.people[kept]
    if (gender == "m" and other.mostly_female_name) or (gender == "f" and other.mostly_male_name):
        return None
    if any(
        m.person == pi
        and start <= m.token < head.i
        and not any(s <= m.offset < e for s, e in r.index.contents)
        for m in r.index.mentions
    ):
        return None  # named in the pronoun's own sentence before it, not in what is said
    # the other person is named only after that subject, within its sentence
    since = [m for m in r.index.mentions if m.person == pi and m.token < start]
    if not since or max(m.token for m in since) < prev.i:
        return None
    if any(m.subject and m.token >= prev.i and _main_clause(r.doc[m.token].head) for m in since):
        return None  # "…, Gidley said, but Mr. Ruiz disagreed. He added …": a main subject
    return kept


def _speaker_adding(r: Resolver, head: Token, gender: str) -> int | None:
    """'"…," Mr. Ruiz said. Ms. Hale is the outsider they want, he added.': a "he added" or
    "she continued" goes on with the person named as the source just before it, in this
    sentence or the one before (or before a quotation that goes on from theirs), though
    someone else is named nearer; not when another person was a subject in a sentence
    between them ("Hale disagreed. He added …")."""
    verb = head.head
    if head.dep_ != "nsubj" or lx.FORM_TO_LEMMA.get(verb.lower_) not in ("add", "continue"):
        return None
    prev = r.previous_source(head)
    if prev is None:
        return None
    near = prev.i >= r.index.previous_sentence_start(head.i)
    if not (near or _quoted_between(r, prev.sent.end, head.sent.start)):
        return None
    pi = r.index.person_in(prev)
    if pi is None or not fits(r.index.people[pi], gender, "", ""):
        return None
    start = head.sent.start
    if any(m.subject and m.person != pi and prev.i < m.token < start for m in r.index.mentions):
        return None
    return pi


def _quoted_between(r: Resolver, start: int, end: int) -> bool:
    """Whether the tokens from start to end are all quoted words, punctuation or spaces."""
    return all(t.is_punct or t.is_space or r.index.quoted(t.idx) for t in r.doc[start:end])


def _unnamed_subject_since(r: Resolver, head: Token, pi: int, gender: str) -> bool:
    """ "A 29-year-old Lyon woman was fined after she had posted …": someone unnamed ("a
    woman", "one voter") is a subject in the pronoun's sentence or the two before, after the
    person last named: the pronoun is that someone, not the person named further back."""
    since = r.index.last_mention(pi, head.idx)
    # (someone unnamed who spoke is left to the unnamed speakers: the pronoun may answer them)
    spoke = {pos for pos, _ in r.singles}
    # (two sentences back: the one before may be the quotation the pronoun's cue closes)
    floor = r.index.previous_sentence_start(r.index.previous_sentence_start(head.i))
    for t in r.doc[floor : head.i]:
        if t.idx < since or t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ != "NN":
            continue
        dets = [c.lower_ for c in t.children if c.dep_ in ("det", "nummod")]
        someone = t.lower_ in ("man", "woman") or lx.is_agent_noun(t.lower_)
        if (
            someone
            and dets[:1] in (["a"], ["an"], ["one"], ["another"])
            and noun_gender(t.lower_) in ("", gender)
            # the subject opening the sentence: not "after a man …", nor a description
            and t.head.dep_ == "ROOT"
            and t.left_edge.i == t.sent.start
            and not any(s <= t.idx < e for s, e in r.index.quote_spans + r.index.contents)
            and t.left_edge.idx not in spoke
            and t.idx not in spoke
        ):
            return True
    return False


def _single_fits(head: Token, spk: ResolvedSpeaker, gender: str) -> bool:
    """Whether the unnamed or once-named speaker can be the pronoun: of no other gender by
    their noun ("his mother") or first name, and not what the pronoun's own sentence says the
    pronoun has (the "he" of "he sent us a note from his lawyer" is not the lawyer)."""
    if noun_gender(spk.description) not in ("", gender) or _single_gender(spk) not in ("", gender):
        return False
    noun = (spk.description or spk.name).split()[-1:]
    return not noun or not any(
        t.lower_ == noun[0].lower()
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children)
        for t in head.sent
    )


def _single_gender(spk: ResolvedSpeaker) -> str:
    """The gender a person named once shows: given, or their first name's ("Ana Lopez, a
    harbour pilot, said: …" is no "he" after her)."""
    if spk.gender or spk.kind != "person":
        return spk.gender
    return first_name_gender(spk.name.split()[0].lower()) if spk.name else ""


def _going_on_from_shared_surname(r: Resolver, head: Token, gender: str) -> ResolvedSpeaker | None:
    """ "Cheney said …" in an article naming Rosa and Dirk Cheney, then '"…," she said': the
    pronoun goes on with the speech of the one the surname was read as, and when that one
    cannot have its gender, with no one (not another woman named before); None when the
    pronoun goes on from no such surname."""
    before = r.previous_source(head)
    if before is None or continuing_pronoun(r, before) is not head:
        return None
    if not surname_sharers(r, before, r.source_texts.get(before.i, "")):
        return None
    pi = r.index.person_in(before)
    if pi is None or not fits(r.index.people[pi], gender, "", ""):
        return ResolvedSpeaker(head.text, "anonymous")
    return r.index.note(head, pi)


# "One farmer asked whether …": the unnamed single puts a question to someone
_QUESTION_VERBS = frozenset(
    "ask asks asked asking wonder wonders wondered question questions questioned "
    "inquire inquires inquired enquired".split()
)
_ANSWER_VERBS = frozenset("replied replies responded responds answered answers".split())
_ANSWER_OPENING = re.compile(
    r"(you[’']re (absolutely )?right|yes|no|well|absolutely|sure|of course|good question"
    r"|that[’']s (a good question|right|true|correct))\b",
    re.IGNORECASE,
)
_ASKER_NOUNS = frozenset("questioner questioners asker interviewer".split())
# "… ?" he asked again', '"…," she added': the asker still speaking
_ASKER_GOES_ON = _QUESTION_VERBS | frozenset(
    "add adds added continue continues continued press pressed persisted".split()
)


def _answers_asker(r: Resolver, pos: int, head: Token) -> bool:
    """ "One farmer asked whether the plant would close. 'You're right, …,' he said": the
    unnamed single asked a question in an earlier sentence and the pronoun's quotation
    answers it ("he replied", or opening "Yes", "You're right" with a verb that does not go
    on asking), or the pronoun's clause follows "Asked by …" in its sentence; the answer
    is the person asked, not the one asking."""
    span = r.doc.char_span(pos, pos + 1, alignment_mode="expand")
    asker = span[0] if span is not None and span[0].idx == pos else None
    if asker is None:
        return False
    if asker.sent == head.sent:
        # 'Asked by a neighbour whether …, he said, "…"': the one asked answers
        by = asker.head
        return by.dep_ == "agent" and by.head.lower_ == "asked" and by.head.i < head.i
    # "one questioner claimed that …": the single is named for asking
    asks = asker.lower_ in _ASKER_NOUNS
    if not asks and not (asker.dep_.startswith("nsubj") and asker.head.lower_ in _QUESTION_VERBS):
        return False
    if head.head.lower_ in _ANSWER_VERBS:
        return True
    # "'You're right, …,' he said", "'Yes, …,' she said": the quotation opens as an answer
    opening = r.doc[head.sent.start : head.i].text.lstrip(" \"'“‘`")
    return head.head.lower_ not in _ASKER_GOES_ON and bool(_ANSWER_OPENING.match(opening))


def it_pronoun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """It: the organisation or publication that spoke last ("the Times wrote … it added")."""
    if head.lower_ != "it":
        return None
    last = latest_before(r.things, head.idx)
    return last[1] if last else ResolvedSpeaker(source_text, "anonymous")


def first_person(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """ "I cannot see why …" in a letter signed on a line of its own below it ("Ana Ruiz."):
    the writer. An opinion piece's "we" outside quotations is its writer's too ("We must
    train every officer …" above "Ana Ruiz is a former police chief.")."""
    if head.lower_ == "we":
        return _author_of_tagline(r, head)
    if head.lower_ != "i":
        return None
    text = r.doc.text
    for m in _SIGNATURE.finditer(text, head.idx, min(len(text), head.idx + 3000)):
        name = m.group(1).rstrip(".")
        span = r.doc.char_span(m.start(1), m.start(1) + len(name))
        # a name, not a heading such as "Foreign Policy"
        named = span is not None and any(t.ent_type_ == "PERSON" for t in span)
        if named and all(t.tag_ == "NNP" or t.tag_ == "HYPH" for t in span):
            return ResolvedSpeaker(name, "person")
    return _author_of_tagline(r, head)


def interview_answer(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """An interview printed as questions and answers ("Q: Why now?" / "A: Because …"): the
    answers, and "I" in them, are the person the introduction is about; the questions are
    the interviewer's, whom such a page does not name."""
    if source_text not in ("A", "I", "Q") or head.text != source_text:
        return None
    text = r.doc.text
    start = text.rfind("\n", 0, head.idx) + 1
    if source_text == "Q":
        asked = _QUESTION_LABEL.match(text, start) and _ANSWER_LABEL.search(text, head.idx)
        return ResolvedSpeaker(source_text, "anonymous") if asked else None
    if not _ANSWER_LABEL.match(text, start) and (head.text != "I" or not _in_answer(text, start)):
        return None
    if head.text == "I" and r.index.quoted(head.idx):
        return None  # '"I never said that," he told me' inside an answer
    first_answer = _ANSWER_LABEL.search(text)
    if first_answer is None or not _QUESTION_LABEL.search(text, 0, first_answer.start()):
        return None
    pi = r.index.interviewee(first_answer.start())
    if pi is None:
        return _named_in_introduction(text[: first_answer.start()])
    return r.index.note(head, pi)


def _in_answer(text: str, start: int) -> bool:
    """Whether the paragraph at `start` goes on with an answer: the last labelled paragraph
    before it is an answer ("A: …"), not a question, so an answer of several paragraphs
    speaks for the interviewee throughout."""
    answers = [m.start() for m in _ANSWER_LABEL.finditer(text, 0, start)]
    questions = [m.start() for m in _QUESTION_LABEL.finditer(text, 0, start)]
    return bool(answers) and answers[-1] > max(questions, default=-1)


def _named_in_introduction(intro: str) -> ResolvedSpeaker | None:
    """The person an interview's introduction names first by a first name and a surname,
    when the model labelled no one there ("Mayor Ana Ruiz sat down with the Gazette …");
    None when it names no one so."""
    for m in _FULL_NAME.finditer(intro):
        if first_name_gender(m["first"].lower()):
            return ResolvedSpeaker(f"{m['first']} {m['last']}", "person")
    return None


# (a lookahead, so that "Mayor Ana Ruiz" is tried as "Ana Ruiz" too)
_FULL_NAME = re.compile(r"\b(?=(?P<first>[A-Z][a-z]+) (?P<last>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")


# an answer's paragraph, "A: …" or "A. …", and a question's, "Q: …" or "QWhy …" (a label
# whose colon the page lost)
_ANSWER_LABEL = re.compile(r"(?m)^[^\S\n]*A[:.][^\S\n]")
_QUESTION_LABEL = re.compile(r"(?m)^[^\S\n]*Q(?:[:.][^\S\n]|[A-Z][a-z])")


def _author_of_tagline(r: Resolver, head: Token) -> ResolvedSpeaker | None:
    """An opinion piece's "I", outside quotations, when its last paragraph introduces the
    writer: "Ana Ruiz is a teacher in Leeds and the author of …", or a book excerpt's when
    it ends on the book's credit: "From THE LONG ROAD by Ana Ruiz."."""
    if r.index.quoted(head.idx):
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


# an author's tagline: "Ana B. Ruiz is a …", "Ana Ruiz, a nurse, is …", after a title:
# "Rep. Ana Ruiz, D-Ore., was …"
_TAGLINE = re.compile(
    r"(?:[A-Z][a-z]{1,4}\. )?"
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


def plural_pronoun(r: Resolver, head: Token, source_text: str) -> ResolvedSpeaker | None:
    """They or we: the group or organisation that spoke last."""
    if head.lower_ not in lx.PLURAL_PRONOUNS and head.lower_ != "we":
        return None
    if head.lower_ == "we" and not r.index.quoted(head.idx):
        # "But, as we learned in Dunmore, …" in the article's own words: its writers, not
        # the body that spoke last; no speaker
        return ResolvedSpeaker(source_text, "group")
    last = latest_before(r.groups, head.idx)
    body = _organisation_subject_before(r, head) if head.lower_ == "they" else None
    if body is not None and (last is None or last[0] < body[0]):
        # "Politifact checked the claim. They found …": the body the article just made the
        # subject, when no group spoke since
        return r.group(head, body[1], "organisation")
    if last is not None and head.lower_ == "they" and _other_plural_since(r, head, last[0]):
        return ResolvedSpeaker(source_text, "group")
    return last[1] if last else ResolvedSpeaker(source_text, "group")


def _other_plural_since(r: Resolver, head: Token, pos: int) -> bool:
    """ "Other money came from the groups Harbor Action and Vale Fund. They have spent …":
    the group that spoke last did so before the sentence ahead of the pronoun, and that
    sentence (or the pronoun's, before it) names other people or bodies in the plural,
    whom "they" may well be; so no one."""
    floor = r.index.previous_sentence_start(head.i)
    if pos >= r.doc[floor].idx:
        return False
    between = r.doc[floor : head.i]
    orgs = [e for e in between.ents if e.label_ == "ORG"]
    joined = any(e.root.dep_ == "conj" for e in orgs)
    return joined or any(_people_noun(t) or t.lower_ in _BODY_PLURALS for t in between)


# bodies in the plural: "the groups", "three unions"
_BODY_PLURALS = frozenset(
    "groups organizations organisations companies firms unions committees pacs "
    "campaigns banks agencies nonprofits charities".split()
)


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
        name = entity_name(r.doc, subject)
        return (subject.idx, r.orgs.full_name(name)) if name else None
    if subject.tag_ == "NNP" and news_organisation(subject.text):
        return subject.idx, subject.text
    return None
