"""Attaching quotations to speakers, in five steps run in this order by attach_quotes():

1. a quotation that overlaps a cue's content widens the content to the whole quotation;
2. a bare cue takes the quotation beside it ('"…," he said' / 'he said: "…"') or the
   block after its colon ('He wrote:' + a paragraph); a quotation that opens its sentence
   and is followed by a speaker and a verb the rules did not read ('"…," Lee shot back')
   is that speaker's;
3. a quotation right after a direct attribution continues it (split quotes);
4. a quotation in a verb's object, owned by a possessor, or after a colon is the subject's,
   or the name's before the colon (quoted_phrases.py);
5. a floating quotation is the speaker's of the attribution just before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

from spacy.tokens import Token

from .. import lexicon as lx
from ..quotes import Quote
from ..types import Span
from . import confidence as conf
from .candidates import Cand, CandCover, Findings, paragraphs_in, subtract, trim, union
from .index import DocIndex
from .quoted_phrases import (
    after_colon,
    after_comma,
    cued_quote,
    named_label,
    owned_quote,
    quoted_object,
)
from .sources import (
    SENTENCE_END,
    can_hold_views,
    cue_span,
    misparsed_subject,
    source_span,
    subject,
)

# (a tag set in brackets closes before the quotation goes on: '"…," (Ruiz said) "…"')
_GAP_OK = re.compile(r"^[\s,.;:—–)\]-]*$")
_COORD_GAP = re.compile(r"^,?[ \t]+(?:and|or)[ \t]+$")
_WORD_CHAR = re.compile(r"\w")
# 'said in a statement that "…"', 'told reporters on Monday that "…"'
_THAT_GAP = re.compile(
    r"^,?[ \t]+(?:(?:in|on|during|at)[ \t][^\"“”\n,;:]{1,40}?[ \t]+)?that[ \t]+$"
)
_BLOCK_AFTER_BLANK = re.compile(r"\n[^\S\n]*\n?[^\S\n]*(\S[^\n]*)")


def attach_quotes(ix: DocIndex, found: Findings) -> None:
    used: set[int] = set()  # quotations some attribution holds
    _widen_to_quotes(ix, found, used)
    _bare_cue_quotes(ix, found, used)
    _dialogue_tags(ix, found, used)
    _continuations(ix, found, used)
    _name_given_after_an_aside(ix, found, used)
    cover = CandCover(found.cands)
    cover.catch_up()
    _quoted_phrases(ix, found, used, cover)
    _floating_quotes(ix, found, used, cover)


# ---- 1. quotations in a cue's content ---------------------------------------------------------
def _widen_to_quotes(ix: DocIndex, found: Findings, used: set[int]) -> None:
    for cand in found.cands:
        for qi in _quote_overlaps(ix, cand):
            content = _widened(ix.text, cand, ix.quotes[qi])
            if content is None:
                continue
            cand.content = content
            cand.quotes.append(qi)
            used.add(qi)


def _quote_overlaps(ix: DocIndex, cand: Cand) -> list[int]:
    """The quotations whose pieces meet the content's pieces."""
    out = []
    quotes = ix.quotes
    c_start, c_end = cand.start, cand.end
    for qi in range(bisect_right(ix.q_maxend, c_start), len(quotes)):
        q = quotes[qi]
        if q.start >= c_end:
            break
        if q.end <= c_start:
            continue
        for qs, qe in q.pieces:
            if any(qs < e and s < qe for s, e in cand.content):
                out.append(qi)
                break
    return out


def _widened(text: str, cand: Cand, q: Quote) -> list[Span] | None:
    """The content with the quotation it meets, or None when the quotation is not its."""
    if cand.extras.get("label_line"):
        # a speaker label owns its line, whatever its marks pair up with
        return cand.content
    inside = all(s <= q.start and q.end <= e for s, e in cand.content) or (
        q.start >= cand.start and q.end <= cand.end
    )
    if inside:
        # a quotation inside the content is all of it there, marks included
        return union(text, cand.content + list(q.pieces))
    within = all(q.start <= s and e <= q.end for s, e in cand.content)
    outside = "".join(text[a:b] for a, b in subtract(list(q.pieces), cand.content))
    if (
        not within
        and not q.is_sentence_like(text)
        and q.n_words(text) < 4
        and _WORD_CHAR.search(outside)
    ):
        return None  # a scare-quoted phrase that only starts inside the content
    # the quotation crosses the content's edge: the quote is the content
    cue = cand.cue or (0, 0)
    if q.start < cue[1] and cue[0] < q.end:
        return None
    return union(text, cand.content + list(q.pieces))


# ---- 2. bare cues -----------------------------------------------------------------------------
def _bare_cue_quotes(ix: DocIndex, found: Findings, used: set[int]) -> None:
    """'"…," he said' / 'he said: "…"', else 'He wrote:' + the paragraph after."""
    found_so_far = CandCover(found.cands)
    for verb, lemma in sorted(found.bare_cues, key=lambda x: x[0].i):
        subj = subject(ix, found, verb, lemma)
        if subj is None and lemma in lx.SPEECH_VERBS:
            subj = misparsed_subject(ix, found, verb)
        if subj is None:
            continue
        qi = _adjacent_quote(ix, found, verb, subj, used)
        if qi is None:
            _colon_block(ix, found, verb, subj, lemma)
            continue
        cue, phrasal = cue_span(ix, verb, subj)
        source = source_span(ix, found, subj)
        if source is None:
            continue
        used.add(qi)
        content = list(ix.quotes[qi].pieces)
        if ix.quotes[qi].end <= verb.idx:
            content = union(ix.text, _lead_in(ix, found_so_far, qi) + content)
        found.cands.append(
            Cand(
                content=content,
                cue=cue,
                cue_lemma=lemma + phrasal,
                cue_tok=verb,
                source=source,
                source_tok=subj,
                confidence=conf.DIRECT_QUOTE,
                quotes=[qi],
            )
        )


def _lead_in(ix: DocIndex, cover: CandCover, qi: int) -> list[Span]:
    """'The plan was "a disaster for renters," the mayor said.': a quotation that goes on a
    clause begun before it, in the speaker's tag after it, holds the whole clause; the words
    from the start of the sentence are the speaker's too. Only when the quotation carries
    on in lower case and no attribution holds those words."""
    text = ix.text
    q = ix.quotes[qi]
    if len(q.pieces) > 1 or not q.inner(text)[:1].islower():
        return []
    para = text.rfind("\n", 0, q.start) + 1
    start = para
    for m in SENTENCE_END.finditer(text, para, q.start):
        if ix.quote_at(m.start()) < 0:
            start = m.end()
    lead = trim(text, start, q.start)
    words = text[lead[0] : lead[1]].split()
    if len(words) < 2 or text[start : q.start].rstrip()[-1:] in ",:;—–-":
        return []
    if cover.overlaps(*lead):
        return []
    span = ix.doc.char_span(lead[0], lead[1], alignment_mode="expand")
    if span is None or span[0].tag_ in ("VBN", "VBG", "IN", "RB"):
        return []  # 'Asked about it, "…," she said': the occasion, not the words
    cues = ix.cue_positions
    k = bisect_left(cues, span.start)
    if k < len(cues) and cues[k] < span.end:
        return []  # 'Lee promised to end "…," he said': the words are those of that cue
    return [lead]


def _cue_clause(ix: DocIndex, found: Findings, verb: Token, subj: Token) -> tuple[int, int]:
    """The characters of the cue clause with its trailing modifiers: 'he said in a
    statement:'."""
    doc = ix.doc
    lo = min(found.subject_first.get(subj.i, subj.left_edge.i), verb.i)
    hi = max(subj.right_edge.i, verb.i)
    for c in verb.rights:
        if (
            c.dep_ in ("prep", "npadvmod", "advmod", "dative", "dobj")
            and c.right_edge.i - hi < 8
            and ix.quote_of[c.left_edge.i] < 0
        ):
            hi = max(hi, c.right_edge.i)
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _adjacent_quote(
    ix: DocIndex, found: Findings, verb: Token, subj: Token, used: set[int]
) -> int | None:
    """A quotation that ends just before the cue clause or starts just after it."""
    text = ix.text
    clause_start, clause_end = _cue_clause(ix, found, verb, subj)
    # where the verb's own phrase ends: a verb joined after it ('declared "…" and said …')
    # and the closing punctuation are not part of it
    own = [c.right_edge.i for c in verb.rights if c.dep_ not in ("conj", "cc", "punct")]
    last = ix.doc[max(own, default=verb.i)]
    verb_end = last.idx + len(last)
    best = None
    quotes = ix.quotes
    # quotes ending more than 3 characters before the clause cannot be adjacent
    for qi in range(bisect_left(ix.q_maxend, clause_start - 3), len(quotes)):
        q = quotes[qi]
        if qi in used:
            continue
        if q.end <= clause_start:
            gap = text[q.end : clause_start]
            if len(gap) <= 3 and _GAP_OK.match(gap) and "\n" not in gap:
                best = qi
        elif q.start >= clause_end:
            gap = text[clause_end : q.start]
            if _THAT_GAP.match(gap) and q.is_sentence_like(text):
                return qi  # 'said in a statement that "…"': the clause hangs off the noun
            # with no mark between, the quotation must end the clause: in 'reported
            # "2,521 shootings" in the city' it is only part of the object
            if (
                len(gap) <= 4
                and _GAP_OK.match(gap)
                and (":" in gap or "," in gap or (gap.strip() == "" and verb_end <= q.end + 1))
            ) and (best is None or ":" in gap):
                return qi if (":" in gap or best is None) else best
            break
    return best


def _colon_block(ix: DocIndex, found: Findings, verb: Token, subj: Token, lemma: str) -> None:
    """'The governor added: It is typical ...' / 'He wrote:' + an unquoted paragraph."""
    text = ix.text
    doc = ix.doc
    nxt = verb.i + 1
    while nxt < len(doc) and doc[nxt].dep_ in ("npadvmod", "advmod") and nxt - verb.i < 3:
        nxt += 1
    nxt = _past_cue_phrase(verb, nxt)
    if nxt >= len(doc) or doc[nxt].text != ":":
        return
    start = doc[nxt].idx + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    set_off = not text[start:line_end].strip()
    if not set_off:
        body = (start, line_end)
    else:
        m = _BLOCK_AFTER_BLANK.match(text, line_end)
        if not m:
            return
        body = (m.start(1), _block_end(text, m.end(1)))
    body = trim(text, *body)
    # a quoted passage ('"The first time …') is the quotation rules' to read, an embedded
    # post ('<tweet …>') no passage of prose
    set_off = set_off and text[body[0]] not in "\"“‘'<"
    if body[1] - body[0] < 10 or _met(found.cands, body, set_off):
        return
    cue, phrasal = cue_span(ix, verb, subj)
    source = source_span(ix, found, subj)
    if source is None:
        return
    found.cands.append(
        Cand(
            content=[body],
            cue=cue,
            cue_lemma=lemma + phrasal,
            cue_tok=verb,
            source=source,
            source_tok=subj,
            confidence=conf.COLON_BLOCK,
        )
    )


def _past_cue_phrase(verb: Token, i: int) -> int:
    """Past a short phrase of the cue's own before a colon ("said in a statement:", "wrote on
    Facebook:", "told reporters:"): where the colon would be; i when there is none."""
    doc = verb.doc
    if i >= len(doc) or not lx.is_speech_verb(verb.lower_) or not _where_said(doc[i]):
        return i
    j = i
    while j < len(doc) and j - i < 6 and doc[j].text != ":":
        t = doc[j]
        if t.dep_ not in _PHRASE_DEPS or "\n" in t.text or not _under(t, verb):
            return i
        j += 1
    return j if j < len(doc) and doc[j].text == ":" else i


def _where_said(tok: Token) -> bool:
    """Whether tok opens a phrase of where, when or to whom something was said ("in a
    statement", "on Facebook", "to reporters"), or is the one told ("told reporters")."""
    return (tok.dep_ == "prep" and tok.lower_ in _WHERE_PREPS) or tok.dep_ in ("dobj", "dative")


_WHERE_PREPS = frozenset("in on at during to via through".split())
_PHRASE_DEPS = frozenset("prep pobj det amod compound dobj dative poss nummod npadvmod".split())


def _under(t: Token, verb: Token) -> bool:
    return any(a.i == verb.i for a in t.ancestors)


def _block_end(text: str, end: int) -> int:
    """Where a block set off after 'He wrote:' and a blank line ends: in an article whose
    paragraphs are parted by blank lines, a line break with no blank line is one inside the
    quoted passage (its own paragraphs), and the passage runs to the next blank line."""
    if text.count("\n\n") < 3:
        return end
    while text.startswith("\n", end) and text[end + 1 : end + 2].strip():
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    return end


def _met(cands: list[Cand], body: Span, set_off: bool) -> bool:
    """Whether an attribution found before meets the block; in a passage set off on its
    own lines one inside it ('I think …' in what the columnist wrote) is part of it."""
    s, e = body
    return any(
        c.start < e and s < c.end and not (set_off and s <= c.start and c.end <= e) for c in cands
    )


# ---- 2b. dialogue tags the parse missed ------------------------------------------------------
# the words of a speaker's noun phrase in a dialogue tag ("a South Carolina Democrat")
_TAG_NP = frozenset("NNP NNPS NN NNS PRP DT JJ CD POS HYPH PRP$ NML".split())
_TAG_VERBS = ("VBD", "VBZ", "VBP")
# verbs that go with a particle in a tag: "went on", "shot back"
_TAG_PARTICLES = frozenset("on back in up".split())
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?…\"”’)\]:])\s*$")


def _dialogue_tags(ix: DocIndex, found: Findings, used: set[int]) -> None:
    """'“We'll see about that,” the coach shot back.', '"It is a great day," said Ann
    Ruiz, a teacher who runs the parents' group': a quotation that opens its sentence,
    ends with a comma, "!" or "?", and is followed by a speaker and a verb (either order)
    is that speaker's, whether or not the verb is a cue the lexicon lists and whether or
    not the parser joined the name to the verb."""
    text = ix.text
    cover = CandCover(found.cands)
    cover.catch_up()
    by_cue = {c.cue_tok.i: c for c in found.cands if c.quotes and c.cue_tok is not None}
    for qi, q in enumerate(ix.quotes):
        if qi in used or not q.closed or len(q.pieces) > 1 or cover.covers(q.start):
            continue
        inner = q.inner(text).rstrip()
        after = text[q.end : q.end + 2]
        if not (inner[-1:] in ",!?" or after[:1] == ","):
            continue
        # '"Nonsense," wrote a reader who runs the club\'s page.': a word or two ending on a
        # comma is speech too when the tag's verb is one of saying
        short = not (q.is_sentence_like(text) or inner[-1:] in "!?" or _resumes_after(ix, qi))
        if short and inner[-1:] != ",":
            continue
        para_start = text.rfind("\n", 0, q.start) + 1
        if not _SENTENCE_OPENS.search(text[para_start : q.start]):
            continue
        tag = _tag_after(ix, q.end)
        if tag is None:
            continue
        verb, last, first, head = tag
        if short and lx.FORM_TO_LEMMA.get(verb.lower_) not in lx.SPEECH_VERBS:
            continue
        said = by_cue.get(verb.i)
        if said is not None:
            # '"A," he said, "B"' where the cue already holds B: A goes with it
            said.content = sorted(said.content + list(q.pieces))
            said.quotes.append(qi)
            used.add(qi)
            continue
        found.subject_first[head.i] = first
        source = source_span(ix, found, head)
        if source is None:
            continue
        doc = ix.doc
        cue = (verb.idx, doc[last].idx + len(doc[last]))
        lemma = lx.FORM_TO_LEMMA.get(verb.lower_, verb.lower_)
        used.add(qi)
        found.cands.append(
            Cand(
                content=list(q.pieces),
                cue=cue,
                cue_lemma=lemma + ("" if last == verb.i else " " + doc[last].lower_),
                cue_tok=verb,
                source=source,
                source_tok=head,
                confidence=conf.DIALOGUE_TAG,
                quotes=[qi],
            )
        )
        cover.catch_up()


# what may stand between a tag's words and the quotation that resumes after them
_RESUME_GAP = re.compile(r"[^.!?;\n\"“”]{3,250}")


def _resumes_after(ix: DocIndex, qi: int) -> bool:
    """'"The risk," said Al Ruiz, an economist, "is that jobs leave."': a short first piece
    that a quotation resumes in lower case after the tag, in the same sentence."""
    if qi + 1 >= len(ix.quotes):
        return False
    q, nxt = ix.quotes[qi], ix.quotes[qi + 1]
    if not _RESUME_GAP.fullmatch(ix.text, q.end, nxt.start):
        return False
    first = nxt.inner(ix.text)[:1]
    return first.islower()


def _tag_after(ix: DocIndex, pos: int) -> tuple[Token, int, int, Token] | None:
    """(verb, last token of the cue, first token of the speaker, the speaker's head) of
    the words after a quotation up to the end of their sentence: 'the coach shot back',
    'said Ann Ruiz, a teacher …', 'Lee, 58, told a radio station'; None when they are
    not a speaker and a verb."""
    span = ix.doc.char_span(pos, min(len(ix.text), pos + 300), alignment_mode="expand")
    if span is None:
        return None
    toks = []
    for t in span:
        if t.is_punct and t.text in ".!?;:" or "\n" in t.text or ix.quote_of[t.i] >= 0:
            break
        if t.is_space:
            continue  # '“…,”\xa0added Lee.': a no-break space is a token of its own
        toks.append(t)
    while toks and toks[0].text == ",":
        toks = toks[1:]
    if len(toks) < 2:
        return None
    tag = _verb_first(toks) if _tag_verb_at(toks, 0) else _name_first(toks)
    if tag is None:
        tag = _misread_tag(toks)
    if tag is None:
        return None
    verb, last, np = tag
    head = np[-1]
    if not _tag_verb(verb, last) or head.lower_ in ("it", "this"):
        return None
    if not (can_hold_views(head) or _speaks_in_tag(verb, head) or _modal_name(np, verb)):
        return None
    return verb, last, np[0].i, head


def _speaks_in_tag(verb: Token, head: Token) -> bool:
    """'“…,” the crowd shouted back.', '“…,” a narrator says over the music.': a common
    noun the rules do not know for a speaker is one when the tag's verb is one of saying."""
    return head.tag_ in ("NN", "NNS") and lx.is_speech_verb(verb.lower_)


def _modal_name(np: list[Token], verb: Token) -> bool:
    """'“…,” Will wrote.', '“…,” May said.': a name the tagger read as a modal; no modal
    stands before a past tense, so in a tag it is the speaker, when the verb is one of
    saying."""
    return (
        len(np) == 1
        and np[0].tag_ == "MD"
        and np[0].text[:1].isupper()
        and np[0].i + 1 == verb.i
        and verb.tag_ in ("VBD", "VBN", "VBZ")
        and lx.is_speech_verb(verb.lower_)
    )


def _verb_first(toks: list[Token]) -> tuple[Token, int, list[Token]] | None:
    """'said Ann Ruiz': the verb, then the speaker."""
    verb = toks[0]
    last = _particle(verb, toks[1:])
    np = _noun_phrase([t for t in toks[1:] if t.i > last])
    return (verb, last, np) if np else None


def _name_first(toks: list[Token]) -> tuple[Token, int, list[Token]] | None:
    """'the coach shot back', 'Lee, 58, told …': the speaker (and an aside between commas),
    then the verb."""
    np = _noun_phrase(toks)
    if not np and toks[0].tag_ == "MD" and toks[0].text[:1].isupper():
        np = toks[:1]  # '“…,” Will wrote.': a name read as a modal (_modal_name checks it)
    if not np:
        return None
    k = len(np)
    if k < len(toks) and toks[k].text == ",":
        aside = k
        k = next((j + 1 for j in range(k + 1, min(len(toks), k + 25)) if toks[j].text == ","), 0)
        if not k:
            k = _unclosed_aside(toks, aside)
    if not k or k >= len(toks) or not _tag_verb_at(toks, k):
        return None
    verb = toks[k]
    return verb, _particle(verb, toks[k + 1 :]), np


def _tag_verb_at(toks: list[Token], k: int) -> bool:
    """Whether toks[k] can be a dialogue tag's verb: a tense the tags take, or a past tense
    the tagger read as a participle; not a passive ('Lee, 58, was quoted')."""
    tag = toks[k].tag_
    if tag == "VB" and toks[k].lower_ in lx.PAST_AS_BASE:
        return True  # '"…," read the statement': a past tense written as the base form
    return tag in _TAG_VERBS or (tag == "VBN" and k > 0 and not toks[k - 1].tag_.startswith("VB"))


def _unclosed_aside(toks: list[Token], comma: int) -> int:
    """'“…,” Ann Ruiz, the pollster who runs the survey told reporters.': an aside after
    the name whose closing comma the writer left out ends before the first verb of saying
    in the tag's tense (the aside's own verbs, "runs", are not ones; a past tense the tagger
    read as a participle, "… the bridges posted on Friday", is); 0 without one."""
    for j in range(comma + 2, min(len(toks), comma + 25)):
        t = toks[j]
        if (
            _tag_verb_at(toks, j)
            and lx.is_speech_verb(t.lower_)
            and t.lower_ not in lx.NON_CUE_VERBS
            and toks[j - 1].tag_ not in ("WP", "WDT")
        ):
            return j
    return 0


def _misread_tag(toks: list[Token]) -> tuple[Token, int, list[Token]] | None:
    """'“…,” the editorial read.', '“…,” the narrator in the ad states.', '“…?” the
    40-year-old asked in a post.': a tag whose verb the parser read as a noun or a
    participle; the first form of a verb of saying after a short noun phrase (with at most
    one prepositional phrase) is the verb, the noun phrase before it the speaker. A noun
    that is also a verb of saying straight after a determiner is the speaker's noun, not
    the verb: in '“…,” the email read.' the verb is "read"."""
    for j, t in enumerate(toks[:9]):
        if t.text == "," or t.tag_ in ("MD", "RB", "CC", "VB", "VBG", "WDT", "WP"):
            return None
        if j == 0 or lx.FORM_TO_LEMMA.get(t.lower_) not in lx.SPEECH_VERBS:
            continue
        if toks[j - 1].tag_ in ("DT", "PRP$", "POS") and t.tag_ in ("NN", "NNS"):
            continue
        if t.lower_ in lx.NON_CUE_VERBS or not t.is_alpha:
            return None
        words = toks[:j]
        np = []
        for w in words:
            if w.tag_ == "IN":
                break
            np.append(w)
        if not np or any(w.tag_ not in _TAG_NP for w in np):
            return None
        if len(np) < len(words) and any(
            w.tag_ not in _TAG_NP and w.tag_ != "IN" for w in words[len(np) :]
        ):
            return None
        rest = toks[j + 1 :]
        return t, rest[0].i if rest and rest[0].tag_ == "RP" else t.i, np
    return None


def _particle(verb: Token, rest: list[Token]) -> int:
    """The index of the last token of the cue: the verb or its particle ("shot back")."""
    if rest and rest[0].lower_ in _TAG_PARTICLES and rest[0].tag_ in ("RP", "RB", "IN"):
        return rest[0].i
    return verb.i


def _noun_phrase(toks: list[Token]) -> list[Token]:
    """The run of noun-phrase words that opens toks, ending on a noun or pronoun."""
    run = []
    for t in toks[:8]:
        if t.tag_ not in _TAG_NP:
            break
        run.append(t)
    while run and (not run[-1].tag_.startswith(("NN", "PRP")) or run[-1].tag_ == "PRP$"):
        run.pop()
    return run


def _tag_verb(verb: Token, last: int) -> bool:
    """A verb a tag can use: not a form of be, have or do; "went" and "goes" only as
    "went on"."""
    if verb.lower_ in lx.NON_CUE_VERBS:
        return verb.lower_ in ("went", "goes") and last != verb.i
    return verb.is_alpha


# ---- 3. split quotes and continuations ----------------------------------------------------------
def _continuations(ix: DocIndex, found: Findings, used: set[int]) -> None:
    """A quotation right after a direct attribution's cue goes on with it."""
    found.cands.sort(key=lambda c: c.start)
    for cand in list(found.cands):
        if not cand.quotes:
            continue
        anchor = max(cand.end, cand.cue[1] if cand.cue else 0, cand.source[1] if cand.source else 0)
        if cand.cue_tok is not None and cand.source_tok is not None and cand.end <= anchor:
            # '"…," she said of the merger, "…"': past the cue's own phrases
            anchor = max(anchor, _cue_clause(ix, found, cand.cue_tok, cand.source_tok)[1])
        end = _sentence_end(ix, cand, anchor)
        if end > anchor and _says_more_after_tag(ix, anchor, end):
            _new_turn_after(ix, found, cand, end, used)
        else:
            # '"…," Lee told the Gazette.' + a paragraph that opens with a quotation: a tag
            # after its quotation that ends the paragraph hands the speaker on to the next one
            tag_after = cand.cue is not None and cand.cue[0] >= cand.start and end > anchor
            _continue_from(ix, cand, end, used, next_paragraph=tag_after)
        _finish_after_long_tag(ix, found, cand, used)


def _says_more_after_tag(ix: DocIndex, start: int, end: int) -> bool:
    """'"…," Ruiz said, adding that she had voted for it.': a participle of saying in the
    rest of the tag's sentence reports something more, so a quotation after the sentence is
    a new turn of the same speaker, not more of the quotation before the tag."""
    span = ix.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.tag_ == "VBG" and t.lower_ in _MORE_SAID for t in span)


# participles that report more ("adding that …", "explaining why …"), not the writer's gloss
# on the quotation before ("referring to the mayor", "noting the date")
_MORE_SAID = frozenset("adding explaining citing asking stating".split())


def _new_turn_after(ix: DocIndex, found: Findings, cand: Cand, end: int, used: set[int]) -> None:
    """The quotation right after the tag's sentence, as an attribution of its own to cand's
    speaker ('… adding that she had voted for it. "We need a new plan."')."""
    turn = Cand(
        content=[],
        source=cand.source,
        source_tok=cand.source_tok,
        confidence=conf.FLOATING_QUOTE,
        inherited=True,
    )
    _continue_from(ix, turn, end, used)
    if turn.content:
        found.cands.append(turn)


# cues that give their object a name, which may follow the object after an aside
_NAMING_CUES = frozenset("call dub label brand term".split())
_ASIDE_GAP = re.compile(r"^(?:,[^,;:.!?\n\"“”]{1,40},)?\s*$")


def _name_given_after_an_aside(ix: DocIndex, found: Findings, used: set[int]) -> None:
    """'Ruiz hit back at Okafor, calling him, in her usual style, "a tired old hack."':
    the name a naming cue gives its object, which the parser hung elsewhere after an aside,
    is the quotation right after the object."""
    text = ix.text
    for cand in found.cands:
        if cand.quotes or cand.cue_tok is None or len(cand.content) != 1:
            continue
        if cand.cue_lemma not in _NAMING_CUES:
            continue
        s, e = cand.content[0]
        if len(text[s:e].split()) > 4:
            continue
        qi = bisect_left(ix.q_starts, e)
        if qi >= len(ix.quotes) or qi in used:
            continue
        q = ix.quotes[qi]
        if not _ASIDE_GAP.match(text[e : q.start]) or len(q.pieces) > 1:
            continue
        cand.content = [(s, q.end)]
        cand.quotes.append(qi)
        used.add(qi)


def _finish_after_long_tag(ix: DocIndex, found: Findings, cand: Cand, used: set[int]) -> None:
    """'"Many are unsure," Ruiz wrote in a note explaining her run, "but most agree …"': a
    quotation that opens in lower case after the comma closing a tag too long to be skipped
    finishes the sentence the speaker's quotation began before the tag."""
    text = ix.text
    if not cand.quotes or cand.cue is None or len(cand.content) > 1:
        return
    s, e = cand.content[-1]
    if text[s:e].rstrip()[-2:-1] != "," or not e <= cand.cue[0]:
        return
    qi = bisect_left(ix.q_starts, e)
    if qi >= len(ix.quotes):
        return
    q = ix.quotes[qi]
    gap = text[e : q.start]
    taken_in_tag = _taken_by_a_cue_in_the_tag(found, qi, q.pieces, e, q.start)
    if taken_in_tag is not None and not _same_sentence(ix, taken_in_tag.cue_tok, cand.cue_tok):
        taken_in_tag = None  # '… wrote Ruiz. (She added that, "…")': a sentence of its own
    if qi in used and taken_in_tag is None:
        return
    if not q.inner(text)[:1].islower() or not q.closed or len(gap) > 160:
        return
    if "\n" in gap or SENTENCE_END.search(gap) or not gap.rstrip().endswith(","):
        return
    if not q.start > cand.cue[1] or any(c in gap for c in '"“”'):
        return
    if taken_in_tag is not None:
        taken_in_tag.quotes = []  # skipped by the continuations still to come
        found.cands[:] = [c for c in found.cands if c is not taken_in_tag]
    cand.content = cand.content + list(q.pieces)
    cand.quotes.append(qi)
    used.add(qi)


def _taken_by_a_cue_in_the_tag(
    found: Findings, qi: int, quote_pieces: list[Span], start: int, end: int
) -> Cand | None:
    """The attribution that took quotation qi as all its content under a cue inside the tag
    between start and end ('… wrote in a note explaining why she is running, "but …"': "is
    running" took the quotation that finishes the note's sentence); None when there is none."""
    return next(
        (
            c
            for c in found.cands
            if c.quotes == [qi]
            and c.content == list(quote_pieces)
            and c.cue is not None
            and start <= c.cue[0]
            and c.cue[1] <= end
        ),
        None,
    )


def _same_sentence(ix: DocIndex, a: Token | None, b: Token | None) -> bool:
    return a is not None and b is not None and ix.sent_bounds(a.i) == ix.sent_bounds(b.i)


def _sentence_end(ix: DocIndex, cand: Cand, pos: int) -> int:
    """Past the rest of the cue's sentence (' said Monday.') when it holds no quotation of
    words said: a title or a scare-quoted phrase in it (' said on the show "Farm Hour"
    Sunday.', ' showing off a "Grow More" cap.') is no turn of its own."""
    if cand.cue_tok is None:
        return pos
    lo, hi = ix.sent_bounds(cand.cue_tok.i)
    last = hi - 1
    # "… anonymity. ''This is …": the parser may end the sentence after the marks that open
    # the next quotation; they belong to it
    while last > lo and ix.quote_of[last] >= 0 and ix.doc[last].idx == _quote_start(ix, last):
        last -= 1
    end = ix.doc[last].idx + len(ix.doc[last])
    rest = ix.text[pos:end]
    if end <= pos or len(rest) > 250:
        return pos
    for qi in range(bisect_left(ix.q_starts, pos), len(ix.quotes)):
        q = ix.quotes[qi]
        if q.start >= end:
            break
        if q.end > end or (q.is_sentence_like(ix.text) and not q.names_a_show_or_work(ix.text)):
            return pos
    return pos + len(rest.rstrip())


def _quote_start(ix: DocIndex, i: int) -> int:
    return ix.quotes[ix.quote_of[i]].start


def _continue_from(
    ix: DocIndex, cand: Cand, anchor: int, used: set[int], next_paragraph: bool = False
) -> None:
    text = ix.text
    for qi in range(bisect_left(ix.q_starts, anchor), len(ix.quotes)):
        if qi in used:
            break  # a later quotation would be separated from the anchor by this one
        q = ix.quotes[qi]
        gap = text[anchor : q.start]
        if next_paragraph and _PARAGRAPH_TURN.fullmatch(gap) and q.closed:
            gap = ""  # the tag's sentence ended its paragraph; the quotation opens the next
        coordinated = _COORD_GAP.match(gap) is not None  # '"…," and "…"'
        if not coordinated and (
            len(gap) > 3 or not _GAP_OK.match(gap) or not q.is_sentence_like(text)
        ):
            break
        if q.names_a_show_or_work(text):
            break  # '"…," Lee said on NBC's "Meet the Press."'
        if "\n" in gap:
            break
        cand.content = cand.content + list(q.pieces)
        cand.quotes.append(qi)
        used.add(qi)
        anchor = q.end
        next_paragraph = False


# a paragraph break, blank lines and spaces only, after a sentence's end
_PARAGRAPH_TURN = re.compile(r"[ \t]*\n\s*")


# ---- 4. quoted objects, owned quotations, quotations after a colon ------------------------------
def _quoted_phrases(ix: DocIndex, found: Findings, used: set[int], cover: CandCover) -> None:
    """A quotation in the object of any verb whose subject can speak: 'Trump openly admires
    Putin as a "strong leader"', then 'Trump's "very big mistake"', then 'used her remarks
    as its headline: "…"'."""
    for qi, q in enumerate(ix.quotes):
        if qi in used or cover.covers(q.start):
            continue
        if (
            quoted_object(ix, found, qi, q)
            or owned_quote(ix, found, qi, q)
            or named_label(ix, found, qi, q, cover.covers)
            or after_colon(ix, found, qi, q, cover.covers)
            or after_comma(ix, found, qi, q, cover.covers)
            or cued_quote(ix, found, qi, q)
            or quoted_object(ix, found, qi, q, above=True)
        ):
            used.add(qi)
            cover.catch_up()


# ---- 5. floating quotations -------------------------------------------------------------------
def _floating_quotes(ix: DocIndex, found: Findings, used: set[int], cover: CandCover) -> None:
    """Floating quotations: the speaker of the attribution just before them."""
    text = ix.text
    cands = found.cands
    # speakers by position: (start, order, cand) of attributions with a source, and of
    # those with a quotation
    with_source = sorted((c.start, ci, c) for ci, c in enumerate(cands) if c.source is not None)
    with_quote = [x for x in with_source if x[2].quotes]

    def take(cand: Cand, qi: int) -> None:
        """The quotation is cand's: a speaker by position for the quotations after it."""
        cands.append(cand)
        used.add(qi)
        cover.catch_up()
        entry = (cand.start, len(cands) - 1, cand)
        insort(with_source, entry)
        insort(with_quote, entry)

    def inherited(q: Quote, qi: int, source, source_tok) -> Cand:
        return Cand(
            content=list(q.pieces),
            cue=None,
            cue_lemma="",
            cue_tok=None,
            source=source,
            source_tok=source_tok,
            confidence=conf.FLOATING_QUOTE,
            quotes=[qi],
            inherited=True,
        )

    for qi, q in enumerate(ix.quotes):
        if qi in used or not q.is_sentence_like(text) or not q.closed:
            continue  # a mark never closed, with no cue beside it, is no evidence of speech
        if q.names_a_show_or_work(text) or q.next_in_a_list_of_names(text):
            continue
        if cover.covers(q.start):
            continue
        own = _own_sentence_speaker(ix, found, q)
        if own is not None:
            own.quotes.append(qi)
            take(own, qi)
            continue
        speaker = _speaker_before(text, q, with_quote, with_source)
        if speaker is None:
            # 'The judge turned to the clerk. "Is the jury ready?"': with no attribution
            # before it, a quotation right after a sentence of the writer's whose subject
            # can speak, in the same paragraph, is that subject's
            # (a quotation that opens as a sentence, not a title or a phrase in lower case)
            lead = None
            if q.inner(text)[:1].isupper() and not q.looks_like_title(text):
                lead = _lead_sentence_subject(ix, found, q, 0, same_paragraph=True)
            if lead is not None:
                take(inherited(q, qi, lead[1], lead[0]), qi)
            continue
        prev, prev_ci = speaker
        between = text[_tail(prev) : q.start]
        if _goes_on_after_colon(prev, between, q):
            # 'She is sure that jail will make him louder: "They are creating a monster."'
            prev.content = prev.content[:-1] + [(prev.content[-1][0], q.end)]
            prev.quotes.append(qi)
            used.add(qi)
            cover.widen(prev_ci, q.start, q.end)
            continue
        lead = _lead_sentence_subject(ix, found, q, _tail(prev))
        if lead is not None:
            subj, source = lead
            take(inherited(q, qi, source, subj), qi)
            continue
        if (
            "\n" in between
            and len(between) <= 40
            and not between.strip(" \n.,;:")
            and _ends_in_quotation(ix, prev)
        ):
            # a quotation paragraph right after the speaker's quotation continues it
            prev.content = prev.content + list(q.pieces)
            prev.quotes.append(qi)
            used.add(qi)
            cover.widen(prev_ci, q.start, q.end)
            continue
        if len(paragraphs_in(between)) > 1 or len(between) > 400:
            continue
        take(inherited(q, qi, prev.source, prev.source_tok), qi)


def _ends_in_quotation(ix: DocIndex, prev: Cand) -> bool:
    """Whether prev's last piece is a quotation of its own, which a quotation paragraph
    after it goes on with. After reported words ('Ruiz said the levy would pass.' or 'said
    the levy was "a done deal."'), the quotation that opens the next paragraph is a new
    statement of the same speaker, not more of the reported one."""
    start = prev.content[-1][0]
    return any(ix.quotes[qi].start <= start < ix.quotes[qi].end for qi in prev.quotes)


_COLON_GAP = re.compile(r"[ \t\xa0]*(?::|—|–|--|-)[ \t\xa0]*")


def _goes_on_after_colon(prev: Cand, between: str, q: Quote) -> bool:
    """A reported clause that stops at a colon or a dash the quotation opens after ('adds
    that voters have two choices: "…"', 'lamented her habit of gaffes - "why does she …"'):
    the parser ended the clause there, but the quotation goes on with what the cue reports."""
    return (
        not prev.quotes
        and prev.cue_tok is not None
        and len(q.pieces) == 1
        and _COLON_GAP.fullmatch(between) is not None
        and prev.end == q.start - len(between)
    )


def _own_sentence_speaker(ix: DocIndex, found: Findings, q: Quote) -> Cand | None:
    """'Skelly called Braynard "a real smart guy. …"', 'Early described it as "news to
    me."': a quotation inside a sentence whose verb above it has a subject before it who
    can speak is that subject's, not the speaker's of the attribution before."""
    doc = ix.doc
    if len(q.pieces) > 1 or q.looks_like_title(ix.text):
        return None  # 'the "Contract with America."': a name, not words said
    span = doc.char_span(q.start, q.pieces[0][1], alignment_mode="expand")
    if span is None:
        return None
    first = span[0]
    lo = ix.sent_bounds(first.i)[0]
    cur = first
    for _ in range(8):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if not cur.tag_.startswith("VB") or ix.quote_of[cur.i] >= 0 or cur.i > first.i:
            continue
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        if cur.dep_ not in ("ROOT", "conj"):
            return None  # 'his prediction that Trump would be "…"': a clause reported
        if (
            subj.i < lo
            or subj.i > first.i
            or ix.quote_of[subj.i] >= 0
            or subj.tag_ in ("WDT", "WP", "EX")
            or subj.lower_ in ("it", "this", "that", "there", "we", "you")
            or not can_hold_views(subj)
        ):
            return None
        source = source_span(ix, found, subj)
        if source is None:
            return None
        return Cand(
            content=list(q.pieces),
            cue=(cur.idx, cur.idx + len(cur)),
            cue_lemma=lx.FORM_TO_LEMMA.get(cur.lower_, cur.lower_),
            cue_tok=cur,
            source=source,
            source_tok=subj,
            confidence=conf.QUOTED_OBJECT,
        )
    return None


# subjects that name no speaker of their own
_NO_LEAD_SUBJECTS = frozenset("it this that there you we i".split())


def _lead_sentence_subject(
    ix: DocIndex, found: Findings, q: Quote, after: int, same_paragraph: bool = False
) -> tuple[Token, Span] | None:
    """'"It opens in May," Ruiz said. / Baker kept up his attack on the plan. / "She cannot
    change the numbers."': a floating quotation right after a sentence of the writer's
    whose subject can speak, in its paragraph or closing the paragraph before, is that
    subject's, the speaker just introduced, rather than the speaker of an earlier
    attribution. Only a sentence past that attribution, with no quotation in it, whose
    main verb has its subject before it."""
    doc = ix.doc
    span = doc.char_span(q.start, q.pieces[0][1], alignment_mode="expand")
    if span is None:
        return None
    j = span.start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or doc[j].idx < after:
        return None
    gap = ix.text[doc[j].idx + len(doc[j]) : q.start]
    if "\n" in gap and (same_paragraph or not _PARAGRAPH_TURN.fullmatch(gap)):
        return None
    lo, hi = ix.sent_bounds(j)
    if doc[lo].idx < after or any(_said_in(ix, k) for k in range(lo, j + 1)):
        return None
    if "\n" in ix.text[doc[lo].idx : doc[j].idx]:
        return None
    root = next((t for t in doc[lo : j + 1] if t.dep_ == "ROOT"), None)
    if root is None or not root.tag_.startswith("VB") or ix.in_boiler(root.idx):
        return None  # (a heading's verb: "TOLL PLAN ENDS “The council voted …”")
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if (
        subj is None
        or subj.i > root.i
        or subj.lower_ in _NO_LEAD_SUBJECTS
        or subj.tag_ in ("WDT", "WP", "EX")
        or not can_hold_views(subj)
    ):
        return None
    source = source_span(ix, found, subj)
    return None if source is None else (subj, source)


def _said_in(ix: DocIndex, k: int) -> bool:
    """Whether token k is in a quotation of words said: 'On "Farm Hour," Lee named …'
    names a show, and the sentence is still the writer's."""
    qi = ix.quote_of[k]
    return qi >= 0 and not ix.quotes[qi].names_a_show_or_work(ix.text)


def _tail(cand: Cand) -> int:
    return max(cand.end, cand.cue[1] if cand.cue else 0, cand.source[1])


def _speaker_before(
    text: str, q: Quote, with_quote: list, with_source: list
) -> tuple[Cand, int] | None:
    """(attribution, its index) whose speaker a floating quotation continues: the last one
    with a quotation, or the last one at all when it comes later, in the same or the
    previous paragraph, also when it was reported speech. None without one."""
    k = bisect_left(with_quote, (q.start,))
    prev, prev_ci = (with_quote[k - 1][2], with_quote[k - 1][1]) if k else (None, -1)
    k = bisect_left(with_source, (q.start,))
    last, last_ci = (with_source[k - 1][2], with_source[k - 1][1]) if k else (None, -1)
    if prev is None and last is None:
        return None
    if prev is None or (last is not prev and last.start > prev.end):
        between = text[_tail(last) : q.start]
        if len(between) > 400 or len(paragraphs_in(between)) > 1:
            return None
        prev, prev_ci = last, last_ci
    return prev, prev_ci
