"""Quotations with no cue verb of their own, which attach_quotes() gives a speaker when no
attribution holds them yet: a quotation in a verb's object ('admires Putin as a "strong
leader"'), one owned by a possessor ('Trump's "very big mistake"', 'his warning that "…"'),
a whole quotation after a name and a colon ('- Pollster Ana Ruiz: "…"', 'Added Ruiz: "…"'),
after a clause and a colon ('used her remarks as its headline: "…"') and after a verb of
saying or a statement and a comma ('issued a statement, "…"')."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from .. import lexicon as lx
from ..first_names import first_name_gender
from ..quotes import Quote
from ..types import Span
from . import confidence as conf
from .boundaries import in_paragraph
from .candidates import Cand, Findings, union
from .index import DocIndex
from .sources import can_hold_views, cue_span, object_verb_subject, source_span

_NAMING_NOUNS = frozenset("phrase phrases term terms word words expression slogan label".split())
# the children of a verb that may hold a quotation it reports
_OBJECT_DEPS = ("dobj", "prep", "oprd", "ccomp", "xcomp", "attr", "dative", "acomp")
_NOT_SOURCES = ("it", "this", "that")


def quoted_object(ix: DocIndex, found: Findings, qi: int, q: Quote, above: bool = False) -> bool:
    """'Trump openly admires Putin as a "strong leader"': a quotation in the object of a
    verb whose subject can hold views; with above, also a short quotation deeper in the
    object, under a clause with no speaker of its own (_clause_above)."""
    if above and q.is_sentence_like(ix.text):
        return False  # a sentence quoted has its own rules: beside a cue, floating
    if q.looks_like_title(ix.text):
        return False  # 'sat for an interview on "Politicking"', 'told "Morning Joe"'
    span = ix.doc.char_span(q.start, q.pieces[0][1], alignment_mode="expand")
    if span is None or len(q.pieces) > 1:
        return False
    found_verb = _speaking_verb(ix, span, span.root)
    if found_verb is None:
        words = _words_of(span)
        if words.root.i != span.root.i:
            found_verb = _speaking_verb(ix, span, words.root)
    if found_verb is None and above:
        found_verb = _clause_above(ix, span)
    if found_verb is None:
        return False
    verb, subj = found_verb
    pieces = _object_pieces(ix, verb, span, q)
    if not pieces:
        return False
    cue, phrasal = cue_span(ix, verb, subj)
    source = source_span(ix, found, subj)
    if source is None:
        return False
    found.cands.append(
        Cand(
            content=union(ix.text, pieces + list(q.pieces)),
            cue=cue,
            cue_lemma=verb.lower_ + phrasal,
            cue_tok=verb,
            source=source,
            source_tok=subj,
            confidence=conf.QUOTED_OBJECT,
            quotes=[qi],
        )
    )
    return True


def _speaking_verb(ix: DocIndex, span: TokenSpan, root: Token) -> tuple[Token, Token] | None:
    """The verb over root before the quotation, and its subject, who can hold views."""
    verb = _verb_over(root)
    if not verb.tag_.startswith("VB") or verb.i >= span.start or ix.quote_of[verb.i] >= 0:
        return None
    subj = object_verb_subject(ix, verb)
    if subj is None:
        verb, subj = _outer_verb(ix, verb)
    if subj is None or not can_hold_views(subj):
        return None
    if verb.lower_ in lx.NON_CUE_VERBS or ix.in_boiler(verb.idx):
        return None
    if subj.tag_ in ("WDT",) or subj.lower_ in _NOT_SOURCES:
        return None
    return verb, subj


def _clause_above(ix: DocIndex, span: TokenSpan) -> tuple[Token, Token] | None:
    """'Varga bemoaned a mood in which neighbours "barely speak to each other"', 'casts Lee
    as a rebel who would "tear it all down"': the quoted words are a verb, or sit under a
    verb with no speaker of its own (a relative or infinitive clause in the object); the
    first verb above them, before the quotation, whose subject can speak presents them.
    Within four steps; not over a clause the quotation is itself ('said "I'm sorry"' is
    for the cue rules), nor up an infinitive into a verb that reports nothing ('managed
    to "lose" the file', 'was going to "fix" it')."""
    cur = span.root
    lo = ix.sent_bounds(span.start)[0]
    for hop in range(4):
        child, cur = cur, cur.head
        if child.i == cur.i or cur.i < lo:
            return None
        if span.start <= cur.i < span.end or not cur.tag_.startswith("VB"):
            continue
        if cur.i > span.start or ix.quote_of[cur.i] >= 0:
            return None
        subj = object_verb_subject(ix, cur)
        if subj is None:
            if any(c.dep_ in _SUBJECT_DEPS for c in cur.children):
                return None  # 'what is known as "…"': a speaker of its own, not a person
            continue
        if subj.i < lo or ix.quote_of[subj.i] >= 0:
            return None
        if hop == 0 and child.dep_ == "ccomp":
            return None
        if child.dep_ in ("xcomp", "acomp") and lx.FORM_TO_LEMMA.get(cur.lower_) is None:
            return None
        return _speaking_verb(ix, span, cur)
    return None


def _words_of(span: TokenSpan) -> TokenSpan:
    """The span without its closing punctuation: in '… as "a joke."' the parser may take the
    closing mark after the full stop for a sentence of its own."""
    lo, hi = span.start, span.end
    doc = span.doc
    while hi - lo > 1 and doc[hi - 1].is_punct:
        hi -= 1
    return doc[lo:hi]


# the links by which a verb without a subject of its own sits inside an outer verb's object:
# 'defended his remarks as being "a joke"', 'criticized the plan for being "reckless"'
_EMBEDDED_DEPS = ("pcomp", "xcomp", "acl", "pobj")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


def _outer_verb(ix: DocIndex, verb: Token) -> tuple[Token, Token | None]:
    """The verb with a subject whose object holds a subjectless verb, within two climbs."""
    for _ in range(2):
        if verb.dep_ not in _EMBEDDED_DEPS or verb.head.i == verb.i:
            return verb, None
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            return verb, None  # 'a version of what is known as the "… rule"': its own
        verb = _verb_over(verb.head)
        if not verb.tag_.startswith("VB") or ix.quote_of[verb.i] >= 0:
            return verb, None
        subj = object_verb_subject(ix, verb)
        if subj is not None:
            return verb, subj
    return verb, None


def _verb_over(tok: Token) -> Token:
    """The first verb at or above tok, within six steps up (else where the climb ended)."""
    verb = tok
    hops = 0
    while not verb.tag_.startswith("VB") and verb.head.i != verb.i and hops < 6:
        verb = verb.head
        hops += 1
    return verb


def _object_pieces(ix: DocIndex, verb: Token, span: TokenSpan, q: Quote) -> list[Span | None]:
    """The verb's phrase that holds the quotation and the phrases that go on after it; the
    quotation alone after a naming noun. Empty when no phrase of the verb holds it."""
    doc = ix.doc
    rights = [c for c in verb.rights if c.dep_ in _OBJECT_DEPS]
    first_word = span.start
    while first_word < span.end - 1 and doc[first_word].is_quote:
        first_word += 1  # the opening mark may hang on the verb
    holder = next((c for c in rights if c.left_edge.i <= first_word <= c.right_edge.i), None)
    if holder is None:
        return []
    first = min(c.left_edge.i for c in rights if c.i <= holder.i)
    last = holder.right_edge.i
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.lower_ in _NAMING_NOUNS:
        # 'has used the phrase "Islamic terrorism" often': the words named are the content
        return list(q.pieces)
    if before is not None and before.lower_ == "of" and doc[before.i - 1].lower_ in CHORUS_NOUNS:
        # 'greeted her with chants of "Four more years!" from the back': the words chanted
        return list(q.pieces)
    # and the phrases that go on: 'reported "2,521 shootings" in the city since May'
    for c in rights:
        if c.i > last and c.dep_ == "prep" and not any(t.is_punct for t in doc[last + 1 : c.i]):
            last = c.right_edge.i
    return in_paragraph(ix.text, verb.idx, [ix.tokspan(first, last)])


def after_colon(
    ix: DocIndex, found: Findings, qi: int, q: Quote, covered: Callable[[int], bool]
) -> bool:
    """'The piece used one of her remarks as its headline: "…"': a whole quotation after
    a colon is what the subject of the clause before the colon presents, also when the
    quotation is the next paragraph ('The committee said of the draft:' + '"…"')."""
    text, doc = ix.text, ix.doc
    colon = len(text[: q.start].rstrip(" \t\xa0\r\n")) - 1
    if colon < 1 or text[colon] != ":" or not q.is_sentence_like(text) or not q.closed:
        return False
    if text.count("\n", colon, q.start) > 2:
        return False  # a paragraph between: the colon opens something else
    if covered(colon - 1):
        return False  # 'said she has the quality for the job: "…"': what was said goes on
    span = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    # the clause the word before the colon is in, or, past a long phrase ("said about its
    # plan to dredge the channel in the first draft of its budget:"), the verb the colon
    # hangs on
    verb = _clause_verb(doc[span.start - 1]) or _clause_verb(doc[span.start].head)
    if verb is None:
        return False
    subj = next(c for c in verb.children if c.dep_ == "nsubj")
    if not can_hold_views(subj) and verb.i < span.start:
        holder = _holder_before_colon(verb, subj, span.start)
        if holder is not None:
            # the holder's phrase ends before the colon, whatever the parser hung on it
            found.subject_first.setdefault(holder.i, holder.left_edge.i)
            found.subject_last.setdefault(holder.i, holder.i)
            subj = holder
    if (
        verb.i >= span.start
        or ix.quote_of[subj.i] >= 0
        or ix.quote_of[verb.i] >= 0
        or not (can_hold_views(subj) or subj.tag_ == "PRP$")
        or subj.lower_ in _NOT_SOURCES
    ):
        return False
    return _take_whole_quotation(ix, found, qi, q, verb, subj, verb.lower_)


def _holder_before_colon(verb: Token, subj: Token, colon: int) -> Token | None:
    """'Her reply was: "…"', 'The result did not surprise the pollster Ann Lee: "…"': when
    the clause's subject is a thing, the one whose words follow is its possessor or the
    person the verb acts on."""
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    if poss is not None and (poss.tag_ == "PRP$" or can_hold_views(poss)):
        return poss
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.tag_ == "NNP" and obj.i == colon - 1 and can_hold_views(obj):
        return obj
    return None


# the nouns of a statement a clause can hand a quotation on with a comma
_STATEMENT_NOUNS = frozenset("statement statements message remark remarks comment".split())


def after_comma(
    ix: DocIndex, found: Findings, qi: int, q: Quote, covered: Callable[[int], bool]
) -> bool:
    """'The mayor issued a statement, "…"', 'The ruling led the board to declare, "…"': a
    whole quotation after a comma, straight after a verb of saying or a noun of a statement
    that has a speaker of its own (the verb's subject, or the object of the verb that led
    the speaker to speak), is that speaker's."""
    text, doc = ix.text, ix.doc
    comma = len(text[: q.start].rstrip(" \t\xa0")) - 1
    if comma < 1 or text[comma] != "," or not q.is_sentence_like(text) or not q.closed:
        return False
    if len(q.pieces) > 1 or covered(comma - 1):
        return False
    span = doc.char_span(comma, comma + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    word = doc[span.start - 1]
    if ix.quote_of[word.i] >= 0:
        return False
    if word.tag_.startswith("VB") and lx.is_speech_verb(word.lower_):
        verb = word
    elif word.tag_ in ("NN", "NNS") and word.lower_ in _STATEMENT_NOUNS and word.dep_ == "dobj":
        verb = word.head
    else:
        return False
    if word.lower_ in lx.NON_CUE_VERBS or not verb.tag_.startswith("VB"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp":
        # 'led the board to declare, "…"': who was led to speak
        subj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if (
        subj is None
        or subj.i > verb.i
        or ix.quote_of[subj.i] >= 0
        or subj.lower_ in _NOT_SOURCES
        or subj.tag_ in ("WDT", "WP", "EX")
        or not can_hold_views(subj)
    ):
        return False
    return _take_whole_quotation(
        ix, found, qi, q, verb, subj, lx.FORM_TO_LEMMA.get(verb.lower_, verb.lower_)
    )


def _take_whole_quotation(
    ix: DocIndex, found: Findings, qi: int, q: Quote, verb: Token, subj: Token, lemma: str
) -> bool:
    """The whole quotation is subj's, handed on by verb (after a colon or a comma); False when
    subj gives no source span."""
    source = source_span(ix, found, subj)
    if source is None:
        return False
    cue, phrasal = cue_span(ix, verb, subj)
    found.cands.append(
        Cand(
            content=list(q.pieces),
            cue=cue,
            cue_lemma=lemma + phrasal,
            cue_tok=verb,
            source=source,
            source_tok=subj,
            confidence=conf.AFTER_COLON,
            quotes=[qi],
        )
    )
    return True


def _clause_verb(tok: Token) -> Token | None:
    """The first verb with a subject at or above tok, within six steps up."""
    verb = tok
    for _ in range(6):
        if verb.tag_.startswith(("VB", "MD")) and any(c.dep_ == "nsubj" for c in verb.children):
            return verb
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def owned_quote(ix: DocIndex, found: Findings, qi: int, q: Quote) -> bool:
    """'Trump's "very, very big mistake"', 'her remark: "…"', 'his warning that "…"':
    a quotation owned by a possessor, directly or through a noun of saying."""
    doc = ix.doc
    if q.looks_like_title(ix.text) or len(q.pieces) > 1 or q.n_words(ix.text) < 2:
        return False  # 'DuVernay's "13th"', 'the woman's "head"': names and scare quotes
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    k = span.start - 1
    while k > 0 and doc[k].text in (":", ",", "that") and span.start - k < 3:
        k -= 1
    cue = doc[k]
    owner = None
    if cue.tag_ == "POS" and cue.i == span.start - 1:
        owner = cue.head  # X's "…"
    elif cue.tag_ in ("NN", "NNS") and (
        cue.lower_ in lx.STANCE_NOUNS or cue.lower_ in lx.SPEECH_ACT_NOUNS
    ):
        owner = next((c for c in cue.children if c.dep_ == "poss"), None)
    if owner is None or ix.quote_of[owner.i] >= 0:
        return False
    source = _owner_source(ix, found, owner)
    if source is None:
        return False
    by_noun = cue.tag_ != "POS"
    found.cands.append(
        Cand(
            content=list(q.pieces),
            cue=(cue.idx, cue.idx + len(cue)) if by_noun else None,
            cue_lemma=cue.lower_ if by_noun else "",
            cue_tok=cue if by_noun else None,
            source=source,
            source_tok=owner,
            confidence=conf.OWNED_QUOTE,
            quotes=[qi],
        )
    )
    return True


def _owner_source(ix: DocIndex, found: Findings, owner: Token) -> Span | None:
    """The source span of a possessor: 'his', 'Trump' (without the "'s")."""
    if owner.tag_ == "PRP$":
        if owner.lower_ not in ("his", "her", "their", "our", "my"):
            return None
        return ix.tokspan(owner.i, owner.i)
    if not can_hold_views(owner):
        return None
    source = source_span(ix, found, owner)
    if source is not None and ix.text[source[1] - 2 : source[1]] in ("'s", "’s"):
        source = (source[0], source[1] - 2)
    return source


# what may open the words of a name label inside a paragraph: "- Philip Bump: “…”"
# (and the bullets of a list of who said what: "• Ana Ruiz: …")
_LABEL_OPENERS = frozenset("- – — -- ― ( ; . • · * ▪".split())
_LABEL_ENTS = ("PERSON", "ORG", "NORP", "GPE")


def named_label(
    ix: DocIndex, found: Findings, qi: int, q: Quote, covered: Callable[[int], bool]
) -> bool:
    """'Pollster Ana Ruiz: “Turnout was low …”', '… all along - More from Ruiz and Lee: “…”':
    a name and a colon with no verb, then a quotation, as round-ups and transcripts set
    out who says what; the words named are the speaker."""
    text, doc = ix.text, ix.doc
    # (scraped pages often put a no-break space after the colon: 'McDonald:\xa0"…"'; a
    # round-up may give the label a line of its own, the quotation the next paragraph)
    colon = len(text[: q.start].rstrip(" \t\xa0\r\n")) - 1
    if colon < 1 or text[colon] != ":" or covered(colon - 1):
        return False
    if "\n" in text[colon : q.start] and not _label_line(text, colon):
        return False
    if not (q.is_sentence_like(text) and (q.closed or q.n_words(text) >= 6)):
        return False
    span = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    words = _label_words(ix, span.start)
    if words is None:
        return False
    said = _inverted_verb(words)
    if said is not None:
        words = words[1:]
    holder = _label_holder(words) if len(words) else None
    if holder is None:
        return False
    if said is None and holder[0].i == words.start and _inverted_verb(holder) is not None:
        said, holder = holder[0], holder[1:]  # the verb read as part of the name
    cue, lemma = (colon, colon + 1), ":"
    if said is not None:
        cue, lemma = (said.idx, said.idx + len(said)), lx.FORM_TO_LEMMA[said.lower_]
    found.cands.append(
        Cand(
            content=list(q.pieces),
            cue=cue,
            cue_lemma=lemma,
            source=(holder.start_char, holder.end_char),
            source_tok=holder.root,
            confidence=conf.SPEAKER_LABEL,
            quotes=[qi],
        )
    )
    return True


def _inverted_verb(words: TokenSpan) -> Token | None:
    """'Added Ruiz: "…"', 'Continued the senator: "…"': a verb of saying in the past
    that opens its sentence before the speaker's name; the verb is the cue."""
    first = words[0]
    if len(words) < 2 or not first.is_sent_start or not first.text.istitle():
        return None
    if not first.lower_.endswith("ed") or first.lower_ in lx.NON_CUE_VERBS:
        return None
    return first if lx.is_speech_verb(first.lower_) else None


def _label_words(ix: DocIndex, colon_i: int) -> TokenSpan | None:
    """The words between the colon and the start of their sentence or an opening dash,
    when they are at most eight and hold no verb and no quotation."""
    doc = ix.doc
    lo = ix.sent_bounds(colon_i)[0]
    colon_i = _before_parenthesis(doc, lo, colon_i)
    first = colon_i
    while first > lo and doc[first - 1].text not in _LABEL_OPENERS and colon_i - first <= 8:
        first -= 1
    if first == colon_i or colon_i - first > 8 or "\n" in doc[first:colon_i].text:
        return None
    words = doc[first:colon_i]
    # (the verb of an inverted tag, 'Added Ruiz:', may open the words)
    skip = 1 if _inverted_verb(words) is not None else 0
    if any(t.tag_.startswith(("VB", "MD")) or ix.quote_of[t.i] >= 0 for t in words[skip:]):
        return None
    return words


def _before_parenthesis(doc: Doc, lo: int, end: int) -> int:
    """'Rep. Ana Ruiz (D-Ore.): "…"': a label's closing parenthesis (party and state, a
    role) qualifies the name before it; the label ends where the parenthesis opens."""
    # (the tokenizer may keep the parenthesis and the colon together: "):")
    closing = end if doc[end].text.startswith(")") else end - 1
    if closing < 1 or not doc[closing].text.startswith(")"):
        return end
    for k in range(closing - 1, max(lo, closing - 9) - 1, -1):
        if doc[k].text == "(":
            return k
        if doc[k].text in (")", ":"):
            break
    return end


def _label_line(text: str, colon: int) -> bool:
    """Whether the label ending at colon is a line of its own ("Ana Ruiz, harbour pilot:"),
    short, so that the quotation in the next paragraph is the one it names."""
    start = text.rfind("\n", 0, colon) + 1
    return 0 < colon - start <= 80


def _label_holder(words: TokenSpan) -> TokenSpan | None:
    """The name among a label's words, else the capitalised name before a comma ("Ana Ruiz,
    harbour pilot:"), else a noun for who can hold views ("the report")."""
    for ent in words.ents:
        if ent.label_ in _LABEL_ENTS:
            return ent
    name = _name_before_comma(words)
    if name is not None:
        return name
    last = words[-1]
    if last.tag_ in ("NN", "NNS", "NNP", "NNPS") and can_hold_views(last) and last.is_alpha:
        first = last.i
        while first > words.start and words.doc[first - 1].tag_ in ("DT", "NNP", "NNPS", "JJ"):
            first -= 1
        return words.doc[first : last.i + 1]
    return None


def _name_before_comma(words: TokenSpan) -> TokenSpan | None:
    """ "Ana Ruiz, harbour pilot", "Ana Ruiz": the label opens on two or three capitalised
    words, alone or before a comma, as round-ups set a reader's or witness's name before their
    description; the first of them a known first name."""
    doc = words.doc
    comma = next((t.i for t in words if t.text == ","), words.end)
    if not 2 <= comma - words.start <= 3:
        return None
    name = doc[words.start : comma]
    if not all(t.is_title and t.is_alpha and t.tag_ in ("NNP", "NNPS", "NN") for t in name):
        return None
    return name if first_name_gender(name[0].lower_) else None


# nouns for words said or written together and set out in quotation marks: 'chants of
# "…"', 'ran on the slogan "…"'
CHORUS_NOUNS = frozenset(
    """
    chant chants chanting cries cry calls shouts shout chorus refrain slogan slogans motto
    mantra catchphrase
    """.split()
)
# participles that introduce the words on a thing: 'a hat reading "…"', 'an ad titled "…"'
_WORDING_PARTICIPLES = frozenset("reading read titled entitled headlined captioned".split())
# verbs of saying the lexicon leaves out because they take no clause: 'interjecting, "…"'
_UTTERANCE_VERBS = frozenset(
    """
    interject interjects interjected interjecting mouth mouths mouthed mouthing lecture
    lectures lectured lecturing sing sings sang sung singing
    """.split()
)


_CUE_GAP = re.compile(r"[ \t\xa0,:]*$")


def cued_quote(ix: DocIndex, found: Findings, qi: int, q: Quote) -> bool:
    """'The crowd answered with chants of "Four more years!"', 'Lee ran on the slogan "Jobs
    First"', 'she cut in, interjecting, "Not true."', 'waved a sign reading "No more
    wars"': a quotation right after a word of saying (a verb of saying in any form, a
    chorus noun, a participle that gives a thing's wording) is what the word's owner or
    the subject of the clause above it says."""
    text, doc = ix.text, ix.doc
    if len(q.pieces) > 1 or not q.closed:
        return False
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    k = span.start - 1
    while k > 0 and doc[k].text in (",", ":") and span.start - k < 3:
        k -= 1
    cue = doc[k]
    if not _CUE_GAP.match(text, cue.idx + len(cue), q.start) or ix.quote_of[cue.i] >= 0:
        return False  # '<tweet id="…">': no words, no line break between
    low = cue.lower_
    if low == "of" and doc[k - 1].lower_ in CHORUS_NOUNS:
        cue = doc[k - 1]
    elif low in ("is", "was") and doc[k - 1].lower_ in CHORUS_NOUNS:
        cue = doc[k - 1]  # 'his campaign slogan is "…"'
    elif low in CHORUS_NOUNS:
        pass
    elif cue.tag_.startswith("VB") and (
        low in _UTTERANCE_VERBS or low in _WORDING_PARTICIPLES or lx.is_speech_verb(low)
    ):
        if low in lx.NON_CUE_VERBS:
            return False
        if q.looks_like_title(text) and q.inner(text)[-1:] not in ".!?":
            return False  # 'read "The Road"': a title, not words said
    else:
        return False
    holder = _chorus_holder(ix, cue, span.start)
    if holder is None:
        return False
    if holder.tag_ == "PRP$":
        source = _owner_source(ix, found, holder)
    else:
        source = source_span(ix, found, holder)
    if source is None:
        return False
    found.cands.append(
        Cand(
            content=list(q.pieces),
            cue=(cue.idx, cue.idx + len(cue)),
            cue_lemma=lx.FORM_TO_LEMMA.get(low, cue.lower_),
            cue_tok=cue,
            source=source,
            source_tok=holder,
            confidence=conf.QUOTED_OBJECT,
            quotes=[qi],
        )
    )
    return True


def _chorus_holder(ix: DocIndex, cue: Token, before: int) -> Token | None:
    """Who says the words after cue: its possessor ('their chants of'), else the subject
    of the first verb at or above it that has one, in the same sentence and before the
    quotation."""
    poss = next((c for c in cue.children if c.dep_ == "poss"), None)
    if poss is not None:
        if poss.tag_ == "PRP$" or can_hold_views(poss):
            return poss
        return None
    lo = ix.sent_bounds(cue.i)[0]
    cur = cue
    for _ in range(6):
        if cur.tag_.startswith("VB"):
            subj = object_verb_subject(ix, cur)
            if subj is not None:
                if (
                    lo <= subj.i < before
                    and subj.lower_ not in _NOT_SOURCES
                    and subj.tag_ not in ("WDT", "EX")
                    and can_hold_views(subj)
                ):
                    return subj
                return None
        if cur.head.i == cur.i or cur.head.i < lo:
            return None
        cur = cur.head
    return None
