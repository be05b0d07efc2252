"""Where content stops: the tokens to leave out of it (channels, the writer's comments and
additions, a second cue's clause, a leading "that"), and the cuts that keep it inside its
paragraph and sentence (missed sentence ends, a writer's gloss after a dash)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .. import lexicon as lx
from ..datelines import dateline_dash
from ..types import Span
from .candidates import trim
from .index import DocIndex
from .sources import (
    SENTENCE_END,
    SUBJ_DEPS,
    alternative,
    comma_inside_mark,
    participle_after_comma,
    sequence_preposition,
    stranded_subject,
)

# a trailing concessive clause with a cue of its own is another attribution (", while about
# 4 in 10 say they …"); without one it goes on with what was said ("said she backs the levy,
# although she lives elsewhere": polnear-train annotates it inside far more often than not)
_CONCESSIVE = frozenset("although though even while".split())
# the words that open a narrowing of a phrase: "several bridges, especially those …"
_NARROWING_WORDS = frozenset("especially particularly notably including mainly chiefly".split())
# and after a dash, also "like" and "such as" ("— like cutting the levy")
_NARROWING_AFTER_DASH = _NARROWING_WORDS | {"like", "such"}
# the tags that open a writer's gloss after a dash: "- language long used", "- a claim"
_GLOSS_TAGS = frozenset({"NN", "NNS", "DT", "JJ", "JJS", "PRP$", "CD"})
# the writer's gloss on what was said, set after a comma at the end of the sentence: a noun
# that names the remark as a move ("…, a jab at the mayor", "…, an admission that …", "…, the
# latter a nod to …"), or a participle of what the remark set off ("…, prompting a recount")
_GLOSS_AFTER_COMMA = re.compile(
    r",(?P<mark>[”\"’]?)\s+(?:(?:the\s+(?:latter|former)|in)\s+)?(?:an?\s+)?"
    r"(?:(?:apparent|veiled|thinly[- ]veiled|implicit|clear|obvious|indirect|pointed|oblique)\s+)?"
    r"(?:swipe|jab|dig|reference|nod|allusion|acknowledge?ment|charge|accusation|admission|rebuke)s?"
    r"\s+(?:at|to|that|of|toward|towards)\b"
    r"|,(?P<mark2>[”\"’]?)\s+(?:sparking|prompting|triggering)\s"
)


# ---- exclusions -------------------------------------------------------------------------------
def exclusions(ix: DocIndex, heads: list[Token], verb: Token) -> set[int]:
    """Token indices to leave out of the content: channels, trailing cue of a split quote,
    the writer's comments and additions, a second cue's clause, a leading "that"."""
    out = _channel_tokens(ix, heads)
    _writer_comments(ix, heads, verb, out)
    _quotation_left_out(ix, heads, out)
    _trailing_additions(ix, heads, out)
    _second_cues(ix, heads, verb, out)
    _act_after_quotation(ix, heads, out)
    _occasion_at_end(ix, heads, verb, out)
    _leading_that(ix, heads, out)
    _dangling_conjunction(ix, heads, out)
    _stranded_subjects(ix, heads, out)
    return out


def _stranded_subjects(ix: DocIndex, heads: list[Token], out: set[int]) -> None:
    """ "Most said the party ignores them and one in four said …": the next cue's subject
    that the parser made a conjunct at the end of this clause is not content."""
    doc = ix.doc
    for h in heads:
        after = h.right_edge.i + 1
        if after >= len(doc) or ix.quote_of[after] >= 0 or not lx.is_speech_verb(doc[after].lower_):
            continue
        conj = stranded_subject(doc[after])
        if conj is None or not h.left_edge.i <= conj.i <= h.right_edge.i:
            continue
        cc = max(c.i for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i)
        out.update(range(cc, conj.right_edge.i + 1))


def _dangling_conjunction(ix: DocIndex, heads: list[Token], out: set[int]) -> None:
    """'said Orr is honest, and three-quarters said …': when what followed the "and" is
    another attribution, the "and" the parser left at the end of the first clause is not
    content; nor is one the parser hung lower ("was careless with the files and", where
    what follows went to the cue verb)."""
    for h in heads:
        last = ix.doc[h.right_edge.i]
        if last.dep_ == "cc" and last.i > h.i and ix.quote_of[last.i] < 0:
            out.add(last.i)


def _channel_tokens(ix: DocIndex, heads: list[Token]) -> set[int]:
    """ "according to X", "as quoted by X" and ", she said," inside the content."""
    out: set[int] = set()
    for h in heads:
        for t in h.subtree:
            if (t.lower_ == "according" and ix.is_according(t)) or (
                t.lower_ == "quoted"
                and t.dep_ in ("acl", "advcl")
                and any(c.dep_ == "agent" for c in t.children)
            ):
                out.update(x.i for x in t.subtree)
            elif t.dep_ == "parataxis" and t.i != h.i and lx.is_speech_verb(t.lower_):
                # ", she said," inside a sentence-long quote belongs to the cue
                out.update(x.i for x in t.subtree)
    return out


def _writer_comments(ix: DocIndex, heads: list[Token], verb: Token, out: set[int]) -> None:
    """ ", engaging in ...", ", implicitly putting ...": the writer's comment, not the
    content."""
    for h in heads:
        for c in list(h.rights) + [c for c in verb.rights if c.i > h.i]:
            if (
                c.dep_ in ("advcl", "acl", "xcomp")
                and c.tag_ == "VBG"
                and c.i > h.i
                and participle_after_comma(c)
            ):
                out.update(x.i for x in c.subtree)
        for t in h.subtree:
            prep = sequence_preposition(t) if t.tag_ == "VBG" else None
            if prep is not None and prep.i > h.i:
                # "…, before noting that …": the reporter's next remark, an attribution of
                # its own (sources._reporter_of_trailing_participle)
                out.update(x.i for x in prep.subtree)
            if (
                t.dep_ == "advcl"
                and t.tag_ == "VBG"
                and t.right_edge.i == h.right_edge.i
                and t.left_edge.i - h.left_edge.i >= 5
                and participle_after_comma(t)
                and ix.quote_of[t.i] < 0
            ):
                # "… if they did not vote, implicitly putting …": deeper in the clause too
                out.update(x.i for x in t.subtree)


def _quotation_left_out(ix: DocIndex, heads: list[Token], out: set[int]) -> None:
    """'said she had no plan to resign, telling Ruiz that “we pay our bills, we keep our
    word”': a later head that the parser hung on the cue from inside a quotation opened in
    a part left out goes with that part."""
    for h in heads[1:]:
        qi = ix.quote_of[h.left_edge.i]
        if qi < 0:
            continue
        q = ix.quotes[qi]
        opened = ix.doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        if opened is not None and opened.start < h.left_edge.i and opened.start in out:
            out.update(t.i for t in h.subtree)


def _trailing_additions(ix: DocIndex, heads: list[Token], out: set[int]) -> None:
    """A trailing non-restrictive modifier (", which ...", ", the alliance that ...") and
    whatever follows a semicolon are the writer's additions."""
    quote_of = ix.quote_of
    for h in heads:
        first, last = h.left_edge.i, h.right_edge.i
        dash = dateline_dash(ix.doc[first], ix.sent_bounds(first)[0])
        if dash is not None and dash.i < last:
            # "DOVER, May 3 (UPI) — The ferry will run again, the mayor said": the parser
            # hung the dateline on the clause; what was said starts after its dash
            out.update(range(first, dash.i + 1))
            first = dash.i + 1
        for t in h.subtree:
            if t.i < first or t.i in out or quote_of[t.i] >= 0 or t.i == h.i:
                continue
            cut, stop = _addition_at(ix, t, first, last)
            if cut is not None:
                out.update(cut)
            if stop:
                break


def _addition_at(ix: DocIndex, t: Token, first: int, last: int) -> tuple[range | None, bool]:
    """The tokens a writer's addition at t covers (or None), and whether it ends the head."""
    doc = ix.doc
    if t.text == ";" and t.i - first >= 4:
        return range(t.i, last + 1), True
    before = doc[t.left_edge.i - 1]
    if comma_inside_mark(doc, t.left_edge.i):
        # 'the "Dover loophole," which …': the comma printed inside the closing mark
        before = doc[t.left_edge.i - 2]
    if t.dep_ == "appos" and _list_item(t):
        return None, False
    if (
        t.dep_ == "relcl"
        and before.text == ","
        and t.left_edge.tag_ in ("WP", "WDT")
        and lx.is_speech_verb(t.lower_)
    ):
        # "endorses Varga, who says she is delighted": the relative clause is the
        # other person's own attribution
        return range(t.left_edge.i - 1, t.right_edge.i + 1), False
    if (
        # "praised Smith, a banker who once ran the fund": however short the object, the
        # writer's description of it after a comma is the writer's
        t.dep_ == "appos"
        and t.head.dep_ == "dobj"
        and t.left_edge.lower_ in ("a", "an", "the")
        and before.text == ","
        and t.right_edge.i == last
        and not any(ix.quote_of[x] >= 0 for x in range(t.left_edge.i, last + 1))
    ):
        return range(t.left_edge.i - 1, last + 1), True
    if t.left_edge.i - first < 5:
        return None, False
    if t.right_edge.i != last and before.text not in lx.DASHES:
        return None, False
    tail = range(t.left_edge.i - 1, last + 1)
    if before.text in lx.DASHES and before.whitespace_:
        # ("… all week — especially in the north": the speaker narrowing what they said)
        if (
            t.dep_ == "cc"
            or t.left_edge.lower_ in _NARROWING_AFTER_DASH
            or any(x.text == before.text and x.i != before.i for x in doc[first : last + 1])
        ):
            return None, False  # "Shriver — a member of the clan — to replace …": an aside
        return tail, True
    if before.text != ",":
        return None, False
    if t.left_edge.lower_ in lx.CONSEQUENCE_WORDS or (
        t.dep_ == "advcl" and t.left_edge.lower_ in _CONCESSIVE and _holds_a_cue_word(ix, t)
    ):
        # ", hence …", ", although critics say it may take days …": the writer's comment
        return tail, True
    if any(ix.quote_of[x] >= 0 for x in range(t.left_edge.i, last + 1)):
        # "…, which is a worry since, “When it comes to it …”": the speaker's own words
        return None, False
    if t.left_edge.lower_ in _NARROWING_WORDS:
        # "…, especially those on the east side": the speaker narrowing what they said
        return None, False
    if (t.dep_ == "relcl" or (t.dep_ == "appos" and not _names_the_noun(t))) or (
        t.dep_ in ("advcl", "acl")
        and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in t.children)
    ):
        return tail, True
    return None, False


def _list_item(t: Token) -> bool:
    """ "said they differ on taxes, the new pier and the choice of a judge": an "appositive"
    joined by "and"/"or" to a further item is the parser's reading of a list, whose items
    all belong to what was said; not after a person's name ("praised Lee, a banker and a
    lawyer", the writer's description)."""
    return (
        t.head.ent_type_ != "PERSON"
        and any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in t.children)
        and any(c.dep_ == "conj" for c in t.children)
    )


def _names_the_noun(t: Token) -> bool:
    """ "said she backs his rival, Ana Ruiz", "met the museum's director, Lee Hall": a
    proper name after a common noun says who is meant and goes on with what was said;
    a description after a name ("Lee Hall, the museum's director") is the writer's."""
    return t.tag_ == "NNP" and t.head.tag_ in ("NN", "NNS")


def _holds_a_cue_word(ix: DocIndex, clause: Token) -> bool:
    """Whether a clause holds a cue word, with or without a subject of its own (", while 22
    percent said …", ", although it may take weeks to find out …"): looser than
    sources.holds_own_cue, as a writer's aside needs no speaker. A verb of backing is no
    such cue: "41 percent back Ruiz, while 30 percent favor Lind" is one finding, the
    split of support (polnear-train keeps it whole)."""
    return any(
        (
            # a cue verb as a verb: "the March states" holds none
            (lx.FORM_TO_LEMMA.get(t.lower_) in lx.CUE_LEMMAS and t.tag_.startswith("VB"))
            or t.lower_ in lx.STANCE_NOUNS
        )
        and lx.FORM_TO_LEMMA.get(t.lower_) not in _BACKING
        # a cue word inside a quotation is the speaker's own word, no attribution of the
        # writer's: ', while the states "better reflect the party," Mook wrote'
        and ix.quote_of[t.i] < 0
        for t in clause.subtree
    )


_BACKING = frozenset("support favor favour back".split())


# the occasions a thing is said on: "… in an interview", "… in a tweet on Monday"
_OCCASION_NOUNS = frozenset(
    """
    interview interviews statement tweet tweets post op-ed speech appearance briefing remarks
    conference
    """.split()
)


def _occasion_at_end(ix: DocIndex, heads: list[Token], verb: Token, out: set[int]) -> None:
    """'The senator called the plan a giveaway in an interview on Sunday': a last phrase
    naming the occasion of saying is the cue's circumstance, whatever the parser hung it on."""
    if not heads or heads[0].i < verb.i:
        return
    h = heads[-1]
    first, last = heads[0].left_edge.i, h.right_edge.i
    for t in h.subtree:
        if (
            t.dep_ == "prep"
            and t.lower_ in ("in", "during")
            and t.right_edge.i == last
            and t.i - first >= 3
            and ix.quote_of[t.i] < 0
            and any(_occasion(c) for c in t.children)
        ):
            out.update(range(t.i, last + 1))
            return


def _occasion(pobj: Token) -> bool:
    """ "an interview", "his Monday speech", not "in political speech" (a topic)."""
    return (
        pobj.dep_ == "pobj"
        and pobj.lower_ in _OCCASION_NOUNS
        and any(c.dep_ in ("det", "poss") for c in pobj.children)
    )


def _second_cues(ix: DocIndex, heads: list[Token], cue: Token, out: set[int]) -> None:
    """ "said A and warned B": the second cue's clause is its own attribution."""
    for h in heads:
        for t in h.subtree:
            if (
                t.dep_ == "conj"
                and t.i > h.i
                and t.i not in out
                and (_second_cue(ix, t, cue) or _tense_clash(ix, h, t))
            ):
                # from the "and" just before it: "would sit him down and tell him X and
                # tells the crowd Y" leaves the first "and tell him X" with what was said
                ands = [c.i for c in t.head.children if c.dep_ == "cc" and t.head.i < c.i < t.i]
                start = max(ands, default=t.i)
                out.update(range(start, t.right_edge.i + 1))


def _tense_clash(ix: DocIndex, head: Token, t: Token) -> bool:
    """'has vowed to keep the clinic open and celebrated the ruling', 'proposed closing the
    pier and has gone further': a past or present tense joined to the infinitive or gerund
    that is the whole content cannot go on with it; the parser hung the speaker's next act
    inside what was said. (Not a bare "live" or "lay" the tagger took for a tense, nor a
    modal: "plans to stay and would have run".)"""
    if t.head.i != head.i or ix.quote_of[t.i] >= 0:
        return False
    if any(c.dep_ in SUBJ_DEPS for c in t.children):
        return False
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    if not (t.tag_ in ("VBD", "VBZ") and not aux) and not any(
        c.tag_ in ("VBD", "VBZ") for c in aux
    ):
        return False
    own = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.tag_ == "VB":
        return any(c.tag_ == "TO" for c in own)
    return head.tag_ == "VBG" and not own


def _act_after_quotation(ix: DocIndex, heads: list[Token], out: set[int]) -> None:
    """'wrote to his followers, “It’s time to go,” and shared a link': a verb joined after a
    quotation that holds the whole clause is the speaker's next act, not more of it."""
    for h in heads:
        qi = ix.quote_of[h.i]
        if qi < 0 or ix.quote_of[h.left_edge.i] != qi:
            continue
        for c in h.rights:
            if (
                c.dep_ == "conj"
                and c.tag_.startswith("VB")
                and ix.quote_of[c.left_edge.i] < 0
                and ix.quote_of[c.i] < 0
                and not any(x.dep_ in SUBJ_DEPS for x in c.children)
            ):
                start = c.left_edge.i
                for x in h.children:
                    if x.dep_ == "cc" and h.i < x.i < c.i and ix.quote_of[x.i] < 0:
                        start = min(start, x.i)
                out.update(range(start, c.right_edge.i + 1))


def writer_additions(ix: DocIndex, clause: Token) -> set[int]:
    """The writer's comments after a clause that a channel ("according to X") vouches for:
    '“…,” presumably meaning …'."""
    out: set[int] = set()
    _writer_comments(ix, [clause], clause, out)
    return out


def _second_cue(ix: DocIndex, t: Token, cue: Token) -> bool:
    if not t.tag_.startswith("VB") or alternative(t):
        return False
    # "said A and that B …": B is a second thing said
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
        return False
    lemma = lx.FORM_TO_LEMMA.get(t.lower_)
    if lemma in lx.CUE_LEMMAS - lx.WEAK_CUES and not any(c.dep_ in SUBJ_DEPS for c in t.children):
        # a verb of saying is the speaker's next act; a verb of belief or position only
        # when it keeps the cue's tense: "The mayor said the budget was balanced and
        # criticized the council" (said … criticized), but "Police say the man lunged at
        # them and refused to drop the knife" (say … refused) goes on with what was said;
        # a bare verb under a tensed cue goes on with the clause when it is joined to a
        # bare verb, a modal or a "to": "She says she'd call him in and tell him to stop"
        # is one thing she says
        if t.tag_ == "VB" and cue.tag_ != "VB" and not _aux(t) and _joined_to_a_bare_verb(t):
            return False
        return lemma in lx.SPEECH_VERBS or _tense(t) == cue.tag_
    # "…, and when pressed, the mother replied, …": a speaker of its own; so is a view held
    # in the cue's tense: "said the budget was short, and he accused the board of …"
    return (
        lemma in lx.SPEECH_VERBS or (lemma in lx.CUE_LEMMAS - lx.WEAK_CUES and t.tag_ == cue.tag_)
    ) and any(c.dep_ == "nsubj" and ix.quote_of[c.i] < 0 for c in t.children)


def _aux(verb: Token) -> Token | None:
    """The verb's own "do" of tense: "did" in "did not suggest", "does" in "does not back"."""
    return next(
        (c for c in verb.children if c.dep_ == "aux" and c.lower_ in ("do", "does", "did")), None
    )


def _tense(verb: Token) -> str:
    """The tag that carries the verb's tense: its "do"'s ("said A but did not suggest B":
    the speaker's own next act) or its own."""
    aux = _aux(verb)
    return aux.tag_ if aux is not None else verb.tag_


def _joined_to_a_bare_verb(t: Token) -> bool:
    """Whether the verb t is joined to is itself bare, under a modal or a "to" ("she'd call
    him in and tell him", "urged them to wait and to say", "had her staff call and tell
    him"): then t is bare by the same right, not a tagger's slip for the cue's tense."""
    first = t.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.tag_ == "VB" or any(
        c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in first.children
    )


def _leading_that(ix: DocIndex, heads: list[Token], out: set[int]) -> None:
    """A leading "that" belongs to neither side in these annotations, nor the "for" that
    opens what was called for ("called for the mayor to resign")."""
    doc = ix.doc
    for h in heads:
        first = h.left_edge
        called_for = first.lower_ == "for" and first.dep_ == "mark"
        if called_for and first.i < h.i:
            out.add(first.i)
            continue
        if first.tag_ == "WRB" and first.head.i == h.i and h.dep_ == "relcl":
            out.add(first.i)  # "… to Leeds, where she is ahead in the polls"
            continue
        if (
            first.lower_ == "that"
            and first.i < h.i
            and first.i + 1 < len(doc)
            and (
                first.dep_ == "mark"
                or (
                    h.dep_ in ("ccomp", "relcl")
                    and not doc[first.i + 1].tag_.startswith(("VB", "MD"))
                )
            )
        ):
            out.add(first.i)


# ---- cuts -------------------------------------------------------------------------------------
def in_paragraph(text: str, pos: int, pieces: list[Span]) -> list[Span]:
    """Clip pieces to the paragraph (line) around pos: a parse never crosses one."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi
    out = []
    for a, b in pieces:
        a, b = max(a, lo), min(b, hi)
        if b > a:
            out.append(trim(text, a, b))
    return [p for p in out if p[1] > p[0]]


def one_sentence(ix: DocIndex, pieces: list[Span], cue_pos: int) -> list[Span]:
    """Cut a parse that ran over a missed sentence end ('... £4m. Insurers estimate ...')."""
    if not pieces:
        return pieces
    lo, hi = pieces[0][0], pieces[-1][1]
    ends = [m.end() for m in SENTENCE_END.finditer(ix.text, lo, hi) if ix.quote_at(m.start()) < 0]
    if not ends:
        return pieces
    if cue_pos >= hi:
        keep = (ends[-1], hi)
    elif cue_pos < lo:
        keep = (lo, ends[0])
    else:
        before = [e for e in ends if e <= cue_pos]
        after = [e for e in ends if e > cue_pos]
        keep = (before[-1] if before else lo, after[0] if after else hi)
    out = []
    for a, b in pieces:
        a, b = max(a, keep[0]), min(b, keep[1])
        if b > a:
            out.append(trim(ix.text, a, b))
    return [p for p in out if p[1] > p[0]]


def cut_at_dash(ix: DocIndex, pieces: list[Span]) -> list[Span]:
    """Drop a writer's gloss after a single spaced dash: '... must go - language long used'."""
    s, e = pieces[-1]
    body = ix.text[s:e]
    dashes = [m for m in lx.SPACED_DASH.finditer(body) if ix.quote_at(s + m.start()) < 0]
    if len(dashes) != 1 or len(lx.SPACED_DASH.findall(body)) != 1:
        return pieces
    if body[dashes[0].end() : dashes[0].end() + 2][:1] in "\"“'‘":
        return pieces  # '... overlooked -- "the president but also the slave"'
    after = ix.doc.char_span(s + dashes[0].end(), e, alignment_mode="expand")
    if after is None or not len(after) or after[0].tag_ not in _GLOSS_TAGS:
        return pieces  # '- helping start his plan', '- and not only because ...'
    if after[0].lower_ in _NARROWING_AFTER_DASH:
        return pieces  # '- such as the new pier'
    cut = s + dashes[0].start()
    if len(ix.text[pieces[0][0] : cut].split()) < 5:
        return pieces
    return pieces[:-1] + [(s, cut)]


def cut_at_gloss(ix: DocIndex, pieces: list[Span]) -> list[Span]:
    """Drop the writer's gloss after a comma that closes the content: 'said the ferry would
    "run on time" this year, a swipe at the harbour board' / '…, prompting boos'. Only when
    no quotation opens in the gloss (a quotation there is the speaker's own words)."""
    if not pieces:
        return pieces
    s, e = pieces[-1]
    text = ix.text
    for m in _GLOSS_AFTER_COMMA.finditer(text, s, e):
        # ('was "a waste of good steel," prompting …': the closing mark stays)
        cut = m.start() + 1 + len(m.group("mark") or m.group("mark2") or "")
        if ix.quote_at(cut) >= 0 or any(c in text[cut:e] for c in '"“”«»'):
            continue
        if len(text[pieces[0][0] : cut].split()) < 4:
            return pieces
        return pieces[:-1] + [(s, cut)]
    return pieces


# a colon closing the content, before words in lower case or a figure
_COLON_GOES_ON = re.compile(r"[\"”’']?[ \t]*:[ \t]+(?=[a-z0-9])")


def past_colon(ix: DocIndex, pieces: list[Span], cue_pos: int) -> list[Span]:
    """'noted that more owners want to sell than buy: 60 percent say they …', 'said it is
    time to face a new fact: the mill will not reopen': what a colon after the content
    opens in lower case, when it starts with a figure or holds a verb with a subject of its
    own, spells out what was said and goes on with it to the end of the sentence, as
    polnear-train annotates it. Not a capital or a quotation after the colon (a sentence
    of its own), nor a bare list of phrases ('two tactics: lowering hopes and stalling'),
    which the annotators split on."""
    if not pieces or cue_pos >= pieces[0][0]:
        return pieces
    s, e = pieces[-1]
    m = _COLON_GOES_ON.match(ix.text, e)
    if m is None or ix.quote_at(e) >= 0 or ix.quote_at(m.end()) >= 0:
        return pieces
    after = ix.doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    if after is None or not len(after):
        return pieces
    start, stop = ix.sent_bounds(after[0].i)
    rest = ix.doc[max(start, after[0].i) : stop]
    if not (
        after[0].like_num
        or any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head.tag_.startswith(("VB", "MD")) for t in rest
        )
    ):
        return pieces
    last = ix.doc[stop - 1]
    end = last.idx + len(last)
    line_end = ix.text.find("\n", m.end(), end)
    return pieces[:-1] + [trim(ix.text, s, end if line_end < 0 else line_end)]
