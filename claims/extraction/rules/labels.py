"""Speakers named by the layout rather than the grammar: speaker label lines ('NAME: words'
in transcripts, with the turn going on over quoted paragraphs), signed lines ('"Quote." ―
Name', and a quotation signed on the line after it: '- Name, Town.'), and headlines
('Pence: Trump was joking', 'Warren Hammers CEO: ‘…’', a Title Case headline whose verb is
a cue), and posts embedded with their byline ('… — Ana Ruiz (@anaruiz) March 3, 2016')."""

from __future__ import annotations

import re

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from .. import lexicon as lx
from ..news_organisations import news_organisation
from ..types import Span
from . import confidence as conf
from .candidates import Cand, Findings, trim
from .index import DocIndex

_HS = r"[^\S\n]"  # horizontal white space, no-break space included
_LABEL_LINE = re.compile(
    rf"^{_HS}*[\"“]?(?P<label>[A-Z][\w.'’-]*(?:{_HS}+[\w.'’-]+){{0,4}}?){_HS}*(?P<mark>:|―|—|–| - )"
    rf"{_HS}*(?P<body>\S[^\n]*)$",
    re.MULTILINE,
)
# (a list's bullet may open the line, and a description follow the name: '• "…" — Ana
# Ruiz, harbour pilot')
_SIGNED_LINE = re.compile(
    rf"^{_HS}*(?:[-•·*▪]{_HS}+)?(?P<body>[\"“”«][^\n]*?[\"“”»][.,]?){_HS}*"
    rf"(?P<mark>―|—|–|--| - ){_HS}*"
    rf"(?P<label>[A-Z][\w.'’-]*(?:{_HS}+[A-Z][\w.'’-]*){{0,4}}?)(?:,{_HS}*[^\n,]{{1,60}})?"
    rf"\.?{_HS}*$",
    re.MULTILINE,
)
# the first line, a headline: "Label: body" or "Label on Topic: body"
_LABEL_KINDS = "camp|campaign|report|memo|poll|survey|study"
_HEADLINE_LABEL = re.compile(
    # a kicker before it: "EXCLUSIVE – Roger Vale: …"
    rf"^\s*(?:[A-Z]{{4,}}{_HS}+[–—-]{_HS}+)?"
    # a name, or a body's with its kind: "Ruiz campaign: …", "IG report: …"
    rf"(?P<label>[A-Z][\w.'’-]*(?:{_HS}+[A-Z][\w.'’-]*){{0,3}}(?:{_HS}+(?:{_LABEL_KINDS}))?)"
    # what, where or to whom: "Obama on Climate: …", "Ruiz at the Summit: …", "Ruiz to
    # Farmers: …"
    rf"(?:{_HS}+(?:on|at|to){_HS}+[^:\n]{{1,80}})?{_HS}*(?P<mark>:){_HS}*(?P<body>\S[^\n]*)"
)
_HEADLINE_QUOTE = re.compile(
    rf"^\s*(?P<label>[^:\n]{{3,80}}?){_HS}*(?P<mark>:){_HS}*(?P<body>[‘'\"“][^\n]*\S)"
)
_PARAGRAPH = re.compile(r"(?<=\n)[^\S\n]*(?=\S)[^\n]+")
_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def label_lines(ix: DocIndex, found: Findings) -> None:
    """'NAME: words' in transcripts and 'Name ― "quote"' in lists of reactions, then the
    headline rules, then signed lines and signatures after a quotation."""
    _speaker_labels(ix, found)
    headline_label(ix, found)
    title_case_headline(ix, found)
    signed_lines(ix, found)
    signature_after_quote(ix, found)
    embedded_posts(ix, found)


def _speaker_labels(ix: DocIndex, found: Findings) -> None:
    text = ix.text
    lines = []
    counts: dict[str, int] = {}
    for m in _LABEL_LINE.finditer(text):
        label = m.group("label").strip()
        if ix.in_boiler(m.start("label")):
            continue
        lines.append(m)
        if label.isupper():
            counts[label] = counts.get(label, 0) + 1
    starts = {m.start() for m in lines}
    surnames = _turn_surnames([m.group("label").strip() for m in lines])
    for m in lines:
        label = m.group("label").strip()
        ls = m.start("label")
        le = ls + len(label)
        span = ix.doc.char_span(ls, le, alignment_mode="expand")
        if span is None or not (
            _speaker_label(span, label, counts) or _surname_label(span, label, surnames)
        ):
            continue
        body_s, body_e = trim(text, m.start("body"), m.end("body"))
        if body_e - body_s < 10:
            continue
        if m.group("mark") != ":" and text[body_s].islower():
            # "Ana Ruiz — who has said … — said on Monday …": a sentence with an aside
            # between dashes, not a name labelling the words after it
            continue
        label_cand(ix, found, body_s, body_e, (m.start("mark"), m.end("mark")), ls, le, span)
        if text[m.start() : ls].strip() in ('"', "“"):
            found.cands[-1].content += _turn_goes_on(text, m.end(), starts)


def _speaker_label(span: TokenSpan, label: str, counts: dict[str, int]) -> bool:
    """A person's name, or a capitalised label used for two turns or more; "Maria Lopez
    said: ..." is a sentence, not a speaker label."""
    if any(t.tag_.startswith(("VB", "MD")) or t.is_lower for t in span):
        return False
    person = any(e.label_ == "PERSON" and e.end - e.start >= len(span) - 1 for e in span.ents)
    return person or (label.isupper() and counts.get(label, 0) >= 2)


def _turn_surnames(labels: list[str]) -> set[str]:
    """The surnames of full-name labels that label another line by the surname alone: a
    transcript names each speaker in full at the first turn and by surname after
    ('LENA MARSH: …' then 'MARSH: …'), which no repeated label shows on its own."""
    alone = {label.casefold() for label in labels if " " not in label}
    return {
        label.split()[-1].casefold()
        for label in labels
        if " " in label and label.split()[-1].casefold() in alone
    }


def _surname_label(span: TokenSpan, label: str, surnames: set[str]) -> bool:
    """A full name or its surname alone, each labelling a turn of the same speaker."""
    if label.split()[-1].casefold() not in surnames:
        return False
    return not any(t.tag_.startswith(("VB", "MD")) or t.is_lower for t in span)


def _turn_goes_on(text: str, end: int, label_starts: set[int]) -> list[Span]:
    """A transcript quoted paragraph by paragraph ('"PENCE: …' / '"But the truth …'):
    each paragraph that opens with a quotation mark and no speaker label goes on with the
    turn before it."""
    out: list[Span] = []
    for m in _PARAGRAPH.finditer(text, end):
        if m.start() in label_starts or text[m.start()] not in '"“':
            break
        body = trim(text, m.start() + 1, m.end())
        if body[1] - body[0] < 10:
            break
        out.append(body)
    return out


def signed_lines(ix: DocIndex, found: Findings) -> None:
    """'"Quote." ― Name': a quotation signed at the end of its line."""
    text = ix.text
    for m in _SIGNED_LINE.finditer(text):
        if ix.in_boiler(m.start()):
            continue
        ls, le = m.span("label")
        span = ix.doc.char_span(ls, le, alignment_mode="expand")
        if span is None or any(e.label_ in ("GPE", "DATE") for e in span.ents):
            continue
        body_s, body_e = trim(text, m.start("body"), m.end("body"))
        if body_e - body_s < 10:
            continue
        label_cand(ix, found, body_s, body_e, m.span("mark"), ls, le, span)


# a signature on the line after a quotation: '- Ann Ruiz, Portland.' (a dash opens it), or,
# inside the quotation's marks, its last line: 'Ann Ruiz, Center for Housing."'
_NAME = rf"[A-Z][\w.'’-]*(?:{_HS}+[A-Z][\w.'’-]*){{0,4}}"
_DASH_SIGNATURE = re.compile(
    rf"{_HS}*\n(?:{_HS}*\n)?{_HS}*(?:-|–|—|―|--){_HS}*(?P<label>{_NAME})"
    rf"(?:,{_HS}*[^\n,]{{1,60}})?\.?{_HS}*(?:\n|$)"
)
_INNER_SIGNATURE = re.compile(
    rf"{_HS}*\n{_HS}*(?P<label>{_NAME})(?:,{_HS}*[^\n,\"”]{{1,60}})?\.?[\"”]{_HS}*(?:\n|$)"
)


def signature_after_quote(ix: DocIndex, found: Findings) -> None:
    """'"Rents doubled in two years." / - Ann Ruiz, Portland.' and '"Rents doubled in two
    years. / Ann Ruiz, Center for Housing."': a quotation paragraph signed on the line after
    it, as round-ups of reactions print them, is the words of the name that signs it. A
    news organisation's name there credits the story, not the words ('- Reuters.')."""
    text = ix.text
    for q in ix.quotes:
        if not q.is_sentence_like(text) or ix.in_boiler(q.start):
            continue
        m = _DASH_SIGNATURE.match(text, q.end) if q.closed else None
        if m is None and not q.closed:
            m = _INNER_SIGNATURE.match(text, q.end)
        if m is None:
            continue
        ls, le = trim(text, *m.span("label"))
        label = text[ls:le]
        if len(label.split()) == 1 and news_organisation(label):
            continue
        span = ix.doc.char_span(ls, le, alignment_mode="expand")
        if span is None or any(e.label_ in ("GPE", "DATE") for e in span.ents):
            continue
        body_s, body_e = trim(text, q.start, q.end)
        # the cue is the dash, or the closing mark after the signature
        mark = m.start("label") - 1 if q.closed else m.end() - 1
        while text[mark].isspace():
            mark -= 1
        label_cand(ix, found, body_s, body_e, (mark, mark + 1), ls, le, span)


# An embedded post as a page prints it: its words, then "— Ana Ruiz (@anaruiz) March 3, 2016"
# on the same line or the next
_POST_BYLINE = re.compile(
    rf"(?:—|―|–|--|-){_HS}*(?P<label>{_NAME}){_HS}*\(@\w{{1,30}}\)"
    rf"(?:{_HS}+[A-Z][a-z]{{2,8}}\.?{_HS}+\d{{1,2}},{_HS}*\d{{4}})?"
)
# what an embedded post ends with that no one said: a link to its picture or page
_POST_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S*|https?://\S+))+\s*$")


def embedded_posts(ix: DocIndex, found: Findings) -> None:
    """A post embedded in the article is the words of the person whose byline closes it:
    "Ferries were faster. — Ana Ruiz (@anaruiz) March 3, 2016", the byline on the post's
    line or on the line under it."""
    text = ix.text
    for m in _POST_BYLINE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start : m.start()].strip():
            # after any markup the page left before the post's words
            body_s, body_e = max(line_start, text.rfind(">", line_start, m.start()) + 1), m.start()
        else:
            body_s, body_e = _line_above(text, line_start)
        links = _POST_LINKS.search(text, body_s, body_e)
        body_s, body_e = trim(text, body_s, links.start() if links else body_e)
        if body_e - body_s < 10 or ix.in_boiler(body_s):
            continue
        ls, le = m.span("label")
        span = ix.doc.char_span(ls, le, alignment_mode="expand")
        if span is not None:
            label_cand(ix, found, body_s, body_e, (m.start(), m.start() + 1), ls, le, span)


def _line_above(text: str, line_start: int) -> Span:
    """The last line with words before the line starting at line_start."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start, end
        end = start - 1
    return 0, 0


def headline_label(ix: DocIndex, found: Findings) -> None:
    """'Pence: Trump was joking', 'Poll: Voters abandon party', 'Obama on Climate: …': a
    headline that opens with a source and a colon reports what the source says."""
    text = ix.text
    m = _HEADLINE_LABEL.match(text)
    if m is None or m.group("mark") != ":":
        headline_quote(ix, found)
        return
    ls, le = m.span("label")
    if any(c.source == (ls, le) for c in found.cands):
        return  # a speaker label already
    label = m.group("label")
    if label.lower() in lx.HEADLINE_KICKERS or ix.in_boiler(ls):
        return
    span = ix.doc.char_span(ls, le, alignment_mode="expand")
    if span is None or not len(span):
        return
    named = all(t.tag_ in ("NNP", "NNPS") for t in span) and (bool(span.ents) or len(span) <= 2)
    # one or two capitalised words the tagger took for common nouns: 'Sanders:'
    named = named or (len(span) <= 2 and all(t.is_title and t.is_alpha for t in span))
    # a person's name after a title: 'Former AG Mukasey:'
    named = named or any(e.label_ == "PERSON" and e.end == span.end for e in span.ents)
    kind = span[-1].lower_
    if not (named or kind in lx.DOCUMENT_NOUNS or kind in ("camp", "campaign")):
        return
    body_s, body_e = trim(text, m.start("body"), m.end("body"))
    if len(text[body_s:body_e].split()) < 3:
        return
    label_cand(ix, found, body_s, body_e, m.span("mark"), ls, le, span)
    if named and span[-1].lower_ not in lx.DOCUMENT_NOUNS and not _named_again(text, span[-1]):
        # "CAUGHT: …", "Blockbuster: …": a kicker the story never names again, no speaker's
        # name (the line is still said by the label as written)
        found.cands[-1].extras["no_speaker"] = True


def _named_again(text: str, last: Token) -> bool:
    """Whether the story below the headline writes the label's last word again as a name
    (capitalised): "Sanders: …" over a story about Bernie Sanders."""
    body = text.find("\n", last.idx)
    if body < 0:
        return False
    word = re.compile(rf"\b{re.escape(last.text)}\b", re.IGNORECASE)
    return any(m.group()[:1].isupper() for m in word.finditer(text, body))


def headline_quote(ix: DocIndex, found: Findings) -> None:
    """'Margaret Holloway Grills Dunmore Trust Chief: ‘You Should Step Down.’': a
    headline whose words after the colon are all one quotation quotes the person named
    before it."""
    m = _HEADLINE_QUOTE.match(ix.text)
    if m is None or ix.in_boiler(0):
        return
    body_s, body_e = trim(ix.text, m.start("body"), m.end("body"))
    qi = ix.quote_at(body_s)
    if qi < 0 or ix.quotes[qi].start != body_s or ix.quotes[qi].end < body_e - 1:
        return
    label = ix.doc.char_span(m.start("label"), m.end("label"), alignment_mode="expand")
    if label is None:
        return
    names = [e for e in label.ents if e.label_ in ("PERSON", "ORG")]
    if not names:
        return
    name = names[0]
    label_cand(ix, found, body_s, body_e, m.span("mark"), name.start_char, name.end_char, name)


def title_case_headline(ix: DocIndex, found: Findings) -> None:
    """'Veterans Groups Rip Senator As A ‘Disgrace To The Uniform.’': a Title Case headline
    whose verb is a cue and whose words after it hold a quotation reports the subject,
    as does one whose cue follows a name ('Mayor Ann Ruiz Endorses Lee', also in sentence
    case: 'Ruiz blasts Lee over toll plan').
    The tagger reads such lines poorly, so the cue is found by its word form. A subheading
    further down ('3 ⏎ Ana Ruiz Questioned Who Gets To Be Called “Truly Local.”') is read
    the same way when it is in Title Case and holds a quotation."""
    text = ix.text
    for n, m in enumerate(_TEXT_LINE.finditer(text)):
        ls, le = m.span("line")
        # (a text of one line is a sentence, not a headline over a story)
        if not ix.in_boiler(ls) and le < len(text):
            _title_case_line(ix, found, ls, le, first=n == 0)


# a line of text with its leading white space left out, the first one included
_TEXT_LINE = re.compile(r"(?m)^[^\S\n]*(?P<line>\S[^\n]*)")


def _title_case_line(ix: DocIndex, found: Findings, ls: int, le: int, first: bool) -> None:
    text = ix.text
    words = _TITLE_WORD.findall(text[ls:le])
    if len(words) < 4:
        return
    # in a headline in sentence case ("Ruiz blasts Lee over …") only a cue in the
    # present tense right after a name is taken
    title_case = all(w[0].isupper() or w.lower() in lx.TITLE_SMALL_WORDS for w in words)
    if not first and not title_case:
        return  # further down, only a Title Case subheading (with a quotation, below)
    held = [qi for qi, q in enumerate(ix.quotes) if ls <= q.start and q.end <= le]
    if not first and not held:
        return
    inside = [c for c in found.cands if ls <= c.start < le]
    if inside and not (title_case and held and not _covers_a_quote(ix, inside, held)):
        return
    span = ix.doc.char_span(ls, le, alignment_mode="expand")
    if span is None:
        return
    verb = _headline_cue(ix, span, ix.quotes[held[0]].start if held else le)
    if verb is None or not ((held and title_case) or _named_says(ix, span, verb)):
        return
    if not title_case and not _name_opens(span, verb):
        return  # "Tempers rise after Lee calls …", "More Lee emails out": no subject
    body_s, body_e = trim(text, verb.idx + len(verb), le)
    if body_e <= body_s:
        return
    subj = ix.doc[verb.i - 1]
    while subj.i > span.start and subj.lower_ in _BEFORE_HEADLINE_CUE:
        # 'Hillary Just Insulted …', 'Hale Is Now Calling …': the adverb is no speaker
        subj = ix.doc[subj.i - 1]
    if not first and subj.tag_ not in ("NNP", "NNPS"):
        return  # 'Lee Opened Up About Being Called “…”': a subheading whose cue has no name
    # 'Mayor Hale Is Now Calling Ruiz The ‘Worst Neighbour’ For The Port': what the parse
    # read in a quoting Title Case headline ('Hale … Ruiz') leaves its quotation out; the
    # headline's own reading replaces it
    found.cands = [c for c in found.cands if c not in inside]
    found.cands.append(
        Cand(
            content=[(body_s, body_e)],
            cue=(verb.idx, verb.idx + len(verb)),
            cue_lemma=lx.FORM_TO_LEMMA.get(verb.lower_, verb.lower_),
            cue_tok=verb,
            source=(span[0].idx, subj.idx + len(subj)),
            source_tok=subj,
            confidence=conf.TITLE_HEADLINE,
            quotes=held,
        )
    )


_BEFORE_HEADLINE_CUE = frozenset(
    "just now also still finally officially formally is are was were has have had".split()
)


def _covers_a_quote(ix: DocIndex, cands: list[Cand], held: list[int]) -> bool:
    """Whether one of the candidates' contents holds one of the line's quotations."""
    starts = [ix.quotes[qi].start for qi in held]
    return any(s <= q < e for c in cands for s, e in c.content for q in starts)


def _named_says(ix: DocIndex, span: TokenSpan, verb: Token) -> bool:
    """'Governor Ilse Varga Endorses Tomas Brill', with no quotation: a cue in its present
    tense ('Endorses', not the noun 'Report') right after a name, and not the plural noun
    that ends the subject of the headline's own verb ('Harbour Toll Rules Face A Vote')."""
    doc = ix.doc
    before = _subject_end(span, verb)
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else verb
    return (
        _present_cue(verb)
        and before.i >= span.start
        and (before.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or _names_open(span, before))
        # (a name after it may be tagged a verb: "Ruiz blasts Lee", "Lee" a verb; and after
        # a person in sentence case, so may any word: "Ruiz rips rhetoric over …")
        and (
            after.tag_ not in ("VBP", "VBZ", "VBD", "MD")
            or after.ent_type_ == "PERSON"
            or (before.ent_type_ == "PERSON" and after.text.islower())
        )
    )


def _subject_end(span: TokenSpan, verb: Token) -> Token:
    """The last word of a headline's subject, before an adverb ('Ruiz Finally Endorses')."""
    before = span.doc[verb.i - 1]
    while before.i > span.start and before.lower_ in _BEFORE_HEADLINE_CUE:
        before = span.doc[before.i - 1]
    return before


def _names_open(span: TokenSpan, last: Token) -> bool:
    """ "Ruiz blasts …", "Another Harbor Figure Endorses …": a headline opening on up to four
    proper nouns, the model's names or not (it labels few in a headline), after at most a
    determiner; not a possessive, a question word ('Why Ruiz's Plan Backfires'), a word a
    sentence opens with a capital ("Mixed messages on …") or a preposition ("Delegates Walk
    Out After Rules …")."""
    words = span.doc[span.start : last.i + 1]
    names = words[1:] if words[0].tag_ == "DT" else words
    return (
        0 < len(names) <= 4
        and words[0].lower_ not in _QUESTION_OPENERS
        and all(t.is_alpha and (t.tag_ in ("NNP", "NNPS") or _named_below(t)) for t in names)
        and not (last.i + 1 < len(span.doc) and span.doc[last.i + 1].tag_ == "POS")
    )


def _named_below(word: Token) -> bool:
    """ "Trump" tagged a common noun in a headline is a name the story writes with its capital
    inside a sentence; "Criminal" opening "Criminal charges against …" is not."""
    doc = word.doc
    return word.text[:1].isupper() and any(
        t.text == word.text and not t.is_sent_start and _inside_a_sentence(doc[t.i - 1])
        for t in doc[word.i + 1 :]
    )


def _inside_a_sentence(before: Token) -> bool:
    """Whether a word after this one is inside a sentence: not after a full stop, a colon or a
    line break, where the parser may not have started a sentence."""
    return not before.is_space and before.text not in (".", ":")


_QUESTION_OPENERS = frozenset("why how what when where who which whether".split())


def _present_cue(word: Token) -> bool:
    """A cue in its present tense, as headlines write it: "Endorses", "blasts"."""
    low = word.lower_
    lemma = lx.FORM_TO_LEMMA.get(low)
    return lemma in lx.CUE_LEMMAS and low != lemma and low.endswith("s")


def _name_opens(span: TokenSpan, verb: Token) -> bool:
    """Whether the name right before the cue opens the headline ("Ruiz blasts Lee …")."""
    before = _subject_end(span, verb)
    ent = next((e for e in span.doc.ents if e.start <= before.i < e.end), None)
    if ent is None:
        return _names_open(span, before)
    return ent.start == span.start and ent.end == before.i + 1


def _headline_cue(ix: DocIndex, span: TokenSpan, quote_start: int) -> Token | None:
    """The cue of a Title Case headline: the first cue word after its subject, else the
    first word the tagger read as a verb with a subject of at most four words before it
    ('Frustrated Parents Rally Nationwide To ‘Reclaim Our Schools’'); None when a
    quotation or a word that is no word comes first."""
    guess = None
    for verb in span[1:]:
        if verb.idx >= quote_start or not verb.is_alpha:
            return guess  # the subject is a run of words before the cue
        if lx.FORM_TO_LEMMA.get(verb.lower_) in lx.CUE_LEMMAS:
            # 'Another Harbor Figure Endorses Ruiz': a noun spelled as a cue ends the subject
            following = span.doc[verb.i + 1] if verb.i + 1 < span.end else verb
            return following if _present_cue(following) and not _present_cue(verb) else verb
        if (
            guess is None
            and verb.tag_ in ("VBZ", "VBD", "VBP")
            and verb.lower_ not in lx.NON_CUE_VERBS
            and verb.i - span.start <= 4
        ):
            guess = verb
    return guess


def label_cand(
    ix: DocIndex,
    found: Findings,
    body_s: int,
    body_e: int,
    cue: Span,
    ls: int,
    le: int,
    span: TokenSpan,
) -> None:
    """An attribution of a line's body to the speaker its label names. A source found
    before that runs across the label's colon ('Ann Ruiz: ‘It Is Not Fair’ To Ask For More'
    read as one sentence) is the parser's misreading of the line: it goes. (Not across a
    dash: 'Lee — a teacher — says …' is a sentence.)"""
    if ix.text[cue[0] : cue[1]] == ":":
        found.cands = [
            c for c in found.cands if not (c.source and c.source[0] <= cue[0] < c.source[1])
        ]
    found.cands.append(
        Cand(
            content=[(body_s, body_e)],
            cue=cue,
            cue_lemma=ix.text[cue[0] : cue[1]].strip(),
            source=(ls, le),
            source_tok=span.root,
            confidence=conf.SPEAKER_LABEL,
            extras={"label_line": True},
        )
    )
