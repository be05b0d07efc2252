"""Attribution rules over one parsed document.

Two sources of evidence meet here:
- reporting cues found in the dependency parse (a cue verb, its subject as the source, its
  clausal complement or object as the content; "according to X"), and
- quotations paired at the character level (quotes.py), which are attached to the cue whose
  clause they fill, sit next to ("…," he said / he said: "…"), or continue (split quotes).
Speaker resolution is done afterwards by coref.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, LOWER, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from . import lexicon as lx
from .boilerplate import boilerplate_spans
from .quotes import ALL_MARKS, Quote, find_quotes
from .types import Span

_PUNCT_TAGS = frozenset({",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP", "$"})
_TRIM_CHARS = set(" \t\r\n.,;:!?…―—–-()[]" + ALL_MARKS)
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("xcomp", "advcl", "conj", "pcomp", "prep", "acomp", "advmod")
_HS = r"[^\S\n]"  # horizontal white space, no-break space included
_LABEL_LINE = re.compile(
    rf"^{_HS}*[\"“]?(?P<label>[A-Z][\w.'’-]*(?:{_HS}+[\w.'’-]+){{0,4}}?){_HS}*(?P<mark>:|―|—|–| - )"
    rf"{_HS}*(?P<body>\S[^\n]*)$",
    re.MULTILINE,
)
_SIGNED_LINE = re.compile(
    rf"^{_HS}*(?P<body>[\"“”«][^\n]*?[\"“”»][.,]?){_HS}*(?P<mark>―|—|–|--| - ){_HS}*"
    rf"(?P<label>[A-Z][\w.'’-]*(?:{_HS}+[A-Z][\w.'’-]*){{0,4}}?)\.?{_HS}*$",
    re.MULTILINE,
)
# the first line, a headline: "Label: body" or "Label on Topic: body"
_HEADLINE_LABEL = re.compile(
    rf"^\s*(?P<label>[A-Z][\w.'’-]*(?:{_HS}+[A-Z][\w.'’-]*){{0,3}})"
    rf"(?:{_HS}+on{_HS}+[^:\n]{{1,40}})?{_HS}*(?P<mark>:){_HS}*(?P<body>\S[^\n]*)"
)
_HEADLINE_QUOTE = re.compile(
    rf"^\s*(?P<label>[^:\n]{{3,80}}?){_HS}*(?P<mark>:){_HS}*(?P<body>[‘'\"“][^\n]*\S)"
)
_TIME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "GPE", "LOC", "FAC"})
# a sentence end: a lower-case word or a figure, then . ! or ?, then a capital. Abbreviations
# ("Mr.", "U.S.", "Sept.") and initials are not sentence ends.
_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|vs|No|Co))(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Inc|Ltd|Jan|Feb)"
    r")(?<!\b(?:Aug|Sep|Oct|Nov|Dec|Mar|Apr|Jun|Jul|Ave))(?<!\bSept)(?<=[a-z0-9%)])[.!?][\"”’]?"
    r"\s+(?=[A-Z“\"])"
)
_GLOSS_TAGS = frozenset({"NN", "NNS", "DT", "JJ", "JJS", "PRP$", "CD"})
_SPACED_DASH = re.compile(r"\s(?:-|–|—|--)\s")
_GAP_JOIN = re.compile(r"^[\s,;:—–-]*(?:(?:and|or)\b[\s,]*)?$")
_GAP_OK = re.compile(r"^[\s,.;:—–-]*$")
_WORD_CHAR = re.compile(r"\w")
_CIRCUMSTANCE = frozenset("during when whenever while after before at".split())
_SUBORDINATORS = frozenset(
    "after before when whenever while as since because although though until once".split()
)


@dataclass
class Cand:
    """An attribution under construction, still holding spaCy tokens."""

    content: list[Span]
    cue: Span | None = None
    cue_lemma: str = ""
    cue_tok: Token | None = None
    source: Span | None = None
    source_tok: Token | None = None
    kind: str = "indirect"
    confidence: float = 0.5
    quotes: list[int] = field(default_factory=list)  # indices of quotes used as content
    intermediary: str = ""
    intermediary_span: Span | None = None
    inherited: bool = False  # source taken from a previous attribution (floating quote)
    extras: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


def _trim(text: str, start: int, end: int, keep_marks: bool = True) -> Span:
    """Trim white space and punctuation at the edges, keeping quotation marks if asked."""
    while start < end and (
        text[start] in _TRIM_CHARS and not (keep_marks and text[start] in '“"«‘')
    ):
        start += 1
    while end > start and (
        text[end - 1] in _TRIM_CHARS and not (keep_marks and text[end - 1] in '”"»’')
    ):
        end -= 1
    return start, end


def _within(pos: int, pieces: list[Span]) -> bool:
    """Whether a position falls inside one of the pieces (not in a gap between them)."""
    return any(s <= pos < e for s, e in pieces)


def _alternative(conj: Token) -> bool:
    """'found that it either didn't support or contradicted …': verbs joined by 'or' or
    under 'either'/'neither'/'both' are alternatives inside one clause, never a second act
    of the reporter."""
    return any(
        c.dep_ == "preconj" or (c.dep_ == "cc" and c.lower_ in ("or", "nor"))
        for c in conj.head.children
    )


def _subtract(pieces: list[Span], holes: list[Span | None]) -> list[Span]:
    """The pieces without the characters of the holes."""
    out = list(pieces)
    for hole in holes:
        if hole is None:
            continue
        hs, he = hole
        nxt = []
        for s, e in out:
            if e <= hs or s >= he:
                nxt.append((s, e))
                continue
            if s < hs:
                nxt.append((s, hs))
            if e > he:
                nxt.append((he, e))
        out = nxt
    return out


def _runs(doc: Doc, indices: list[int]) -> list[tuple[int, int]]:
    """Contiguous token runs (first, last) of sorted token indices."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and i == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


_CCOMP = get_string_id("ccomp")
_DASHES = ("-", "–", "—", "―", "--")
_COORD_GAP = re.compile(r"^,?[ \t]+(?:and|or)[ \t]+$")
_NAMING_NOUNS = frozenset("phrase phrases term terms word words expression slogan label".split())
_COLON_GAP = re.compile(r"[ \t]*:\s*")
_PARAGRAPH = re.compile(r"(?<=\n)[^\S\n]*(?=\S)[^\n]+")
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on for to at with by as from".split())
_CONCESSIVE = frozenset("although though even".split())
_CLAUSE_OPENERS = frozenset("that whether if how why what".split())
_CUE_HASHES = frozenset(
    get_string_id(f)
    for f in [
        *lx.FORM_TO_LEMMA,
        "according",
        "put",
        "puts",
        *lx.STANCE_ADJECTIVES,
        *lx.STANCE_NOUNS,
        *lx.POLL_NOUNS,
    ]
)


class _Cover:
    """Which items cover a character position: items bucketed by the stretch of text they
    span, so a lookup reads one bucket instead of every item (no all-pairs scans)."""

    SIZE = 256

    def __init__(self) -> None:
        self.buckets: dict[int, list[int]] = {}

    def add(self, start: int, end: int, item: int) -> None:
        for b in range(start // self.SIZE, max(start, end - 1) // self.SIZE + 1):
            self.buckets.setdefault(b, []).append(item)

    def at(self, pos: int) -> list[int]:
        """Items whose span may hold pos, in the order they were added (check the span)."""
        return self.buckets.get(pos // self.SIZE, [])

    def over(self, start: int, end: int) -> list[int]:
        """Items whose span may meet [start, end), ascending and without repeats."""
        seen: set[int] = set()
        for b in range(start // self.SIZE, max(start, end - 1) // self.SIZE + 1):
            seen.update(self.buckets.get(b, ()))
        return sorted(seen)


def _paragraphs_in(gap: str) -> list[str]:
    """The non-blank paragraphs a stretch of text touches."""
    return [p for p in gap.split("\n") if p.strip(" \t\r.,;:")]


class DocRules:
    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        self.text = text
        arr = doc.to_array([LOWER, SENT_START])
        hashes = _CUE_HASHES
        self.cue_positions = [i for i, h in enumerate(arr[:, 0].tolist()) if h in hashes]
        deps = doc.to_array(DEP).astype(numpy.uint64)
        self.ccomp_positions = numpy.nonzero(deps == numpy.uint64(_CCOMP))[0].tolist()
        starts = numpy.nonzero(arr[:, 1].astype(numpy.int64) == 1)[0].tolist()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        self.sent_starts: list[int] = starts
        self.boiler = boilerplate_spans(text)
        self.quotes: list[Quote] = find_quotes(text)
        self.quotes = [q for q in self.quotes if not self._in_boiler(q.start)]
        # quotes are sorted by start; the running maximum of their ends lets a lookup skip
        # every quotation that ends before a position
        self.q_starts = [q.start for q in self.quotes]
        self.q_maxend: list[int] = []
        top = 0
        for q in self.quotes:
            top = max(top, q.end)
            self.q_maxend.append(top)
        n = len(doc)
        self.quote_of = [-1] * n  # token index -> quote index
        for qi, q in enumerate(self.quotes):
            for s, e in q.pieces:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    for i in range(span.start, span.end):
                        self.quote_of[i] = qi
        self.cands: list[Cand] = []
        self.bare_cues: list[tuple[Token, str]] = []  # cues with a source but no content yet
        self.source_end: dict[int, int] = {}  # subject -> first token past its source span
        self.subject_first: dict[int, int] = {}  # misparsed subject -> first token of its name
        self.issuers: set[int] = set()  # subjects that issued the document which speaks

    # ---- helpers ---------------------------------------------------------------------------
    def sent_bounds(self, i: int) -> tuple[int, int]:
        """First and one-past-last token index of the sentence of token i."""
        k = bisect_right(self.sent_starts, i) - 1
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.doc)
        return self.sent_starts[k], end

    def _is_according(self, tok: Token) -> bool:
        return tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to"

    def _in_boiler(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.boiler)

    def _tokspan(self, first: int, last: int, keep_marks: bool = True) -> Span | None:
        doc = self.doc
        s, e = _trim(self.text, doc[first].idx, doc[last].idx + len(doc[last]), keep_marks)
        return (s, e) if e > s else None

    def _subtree_span(self, tok: Token, exclude: set[int] | None = None) -> list[Span]:
        idx = [t.i for t in tok.subtree if not exclude or t.i not in exclude]
        out = []
        for a, b in _runs(self.doc, idx):
            sp = self._tokspan(a, b)
            if sp:
                out.append(sp)
        return out

    # ---- sources ---------------------------------------------------------------------------
    def _subject(self, verb: Token, lemma: str) -> Token | None:
        cur = verb
        for _ in range(5):
            for c in cur.children:
                if c.dep_ in _SUBJ and self.quote_of[c.i] < 0 and not c.is_punct:
                    if c.dep_ == "nsubjpass" and cur is verb:
                        # "he was told that ...", "the plan was rejected (by X)": the subject
                        # is not who speaks; _passive() handles the agent
                        return None
                    if cur is not verb and any(
                        x.dep_ == "dobj" and x.lower_ in lx.DOCUMENT_NOUNS for x in cur.children
                    ):
                        # "it issued a paper …, and calling for …": who issued it speaks
                        self.issuers.add(c.i)
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
                    return self._speaking_appos(c)
            if cur.dep_ == "acl" and cur.head.tag_.startswith("NN"):
                noun = cur.head
                if self._finite_acl(cur):
                    self.source_end[noun.i] = cur.i  # the source stops before its verb
                if noun.lower_ in lx.DOCUMENT_NOUNS and noun.dep_ == "dobj":
                    # "the council issued a statement calling ...": who issued it speaks
                    issuer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
                    if issuer is not None and self.quote_of[issuer.i] < 0:
                        self.issuers.add(issuer.i)
                        return issuer
                return noun
            head = cur.head
            if (
                cur.i == verb.i
                and cur.dep_ == "conj"
                and head.dep_ == "ccomp"
                and head.head.i < head.i
                and lx.FORM_TO_LEMMA.get(head.head.lower_) in lx.CUE_LEMMAS
                and not _alternative(cur)
            ):
                # "Trump tweeted that she was "a con" and encouraged Americans to ...": a
                # second cue joined to the reported clause is the reporter's own act
                cur = head.head
                continue
            if cur.dep_ == "xcomp" and cur.head.i < cur.i:
                # "led the journalist to fear …", "forced the chief to admit …": the object
                # of the verb above does what the complement says
                obj = next((c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i), None)
                if obj is not None and self.quote_of[obj.i] < 0:
                    return obj
            if cur.dep_ in _CLIMB and cur.head.i != cur.i:
                cur = cur.head
                continue
            break
        return None

    def _speaking_appos(self, subj: Token) -> Token:
        """'With 50 days until the election, Minyon Moore, an adviser, called ...': the parser
        made the person an apposition of the phrase before; the person speaks."""
        if subj.ent_type_ in ("PERSON", "ORG") or subj.tag_ in ("PRP", "NNP", "NNPS"):
            return subj
        for c in subj.rights:
            if c.dep_ == "appos" and c.ent_type_ == "PERSON" and not self._can_hold_views(subj):
                return c
        return subj

    def _phrases_after(self, verb: Token, end: int, deps=("prep",)) -> list[Token]:
        """The verb's phrases that go on right after token `end`, with no punctuation but
        quotation marks between: 'reported "2,521 shootings" in the city since May'."""
        out = []
        for c in verb.rights:
            if c.i <= end or c.dep_ not in deps or c.tag_.startswith(("VB", "CC")):
                continue
            if any(t.is_punct and not t.is_quote for t in self.doc[end + 1 : c.i]):
                break
            out.append(c)
            end = c.right_edge.i
        return out

    def _holds_own_attribution(self, head: Token) -> bool:
        """Whether a clause holds a speech verb with its own subject, outside quotations."""
        for t in head.subtree:
            if (
                t.tag_.startswith("VB")
                and self.quote_of[t.i] < 0
                and lx.FORM_TO_LEMMA.get(t.lower_) in lx.SPEECH_VERBS
                and any(c.dep_ == "nsubj" and self.quote_of[c.i] < 0 for c in t.children)
            ):
                return True
        return False

    def _finite_acl(self, verb: Token) -> bool:
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

    def _can_hold_views(self, subj: Token) -> bool:
        """Whether a subject can believe or take a position: people, bodies, pronouns."""
        low = subj.lower_
        if subj.tag_ in ("PRP", "WP") or low in ("who",):
            return low not in ("it", "its", "there")
        if subj.tag_ == "WDT" or low in ("that", "which"):
            return False
        if subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        if subj.tag_ in ("NNP", "NNPS"):
            return True
        if low in lx.ROLE_NOUNS or low in lx.GROUP_HINTS or low in lx.ORG_SUFFIX_WORDS:
            return True
        if low in lx.DOCUMENT_NOUNS:
            return True  # "the ad references …", "the memo warns …": a document speaks
        if low in ("percent", "%") and any(c.tag_ == "CD" for c in subj.children):
            return True  # "46 percent would back Clinton": the share of a poll's respondents
        if low.rstrip("s") in lx.ROLE_NOUNS or low in lx.HUMAN_NOUNS:
            return True
        # agent nouns: farmers, scientists, historians, residents, inspectors
        if subj.tag_ in ("NN", "NNS") and low.endswith(lx.AGENT_SUFFIXES) and "ment" not in low:
            return True
        return any(c.dep_ in ("compound", "poss") and c.ent_type_ for c in subj.children) and (
            low in lx.ORG_SUFFIX_WORDS
        )

    def _source_span(self, subj: Token) -> Span | None:
        doc = self.doc
        if subj.i in self.subject_first:
            return self._tokspan(self.subject_first[subj.i], subj.i, keep_marks=False)
        if subj.tag_ in ("WP", "WDT"):
            return self._tokspan(subj.i, subj.i)
        skip: set[int] = set()
        if subj.i in self.source_end:
            skip.update(t.i for t in subj.subtree if t.i >= self.source_end[subj.i])
        for c in subj.children:
            if c.dep_ in ("acl", "prep", "advcl", "relcl") and c.i > subj.i:
                first = doc[c.left_edge.i].lower_
                if first in ("as", "according") or c.lower_ in ("according", "quoted"):
                    skip.update(t.i for t in c.subtree)
            if c.dep_ == "relcl" and c.i > subj.i and c.right_edge.i - subj.i > 12:
                skip.update(t.i for t in c.subtree)
            if (
                c.dep_ in ("acl", "advcl")
                and c.tag_ == "VBG"
                and c.i > subj.i
                and doc[c.left_edge.i - 1].text == ","
            ):
                skip.update(t.i for t in c.subtree)  # "the pollster, speaking of X,": an aside
        idx = [t.i for t in subj.subtree if t.i not in skip]
        runs = _runs(doc, idx)
        # keep the run that holds the head
        for a, b in runs:
            if a <= subj.i <= b:
                span = self._tokspan(a, b, keep_marks=False)
                if span is None:
                    return None
                # "... cost about £4m. Insurers estimate": a sentence end the parser missed
                cut = None
                for m in _SENTENCE_END.finditer(self.text, span[0], min(span[1], subj.idx + 1)):
                    cut = m.end()
                return (cut, span[1]) if cut is not None else span
        return None

    def _cue_span(self, verb: Token, subj: Token | None) -> tuple[Span, str]:
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
        doc = self.doc
        # "was quoted as saying": the whole phrase is the cue
        if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lower_ == "quoted":
            quoted = verb.head.head
            first = quoted.i
            for c in quoted.lefts:
                if c.dep_ in ("auxpass", "aux", "advmod") and c.i > floor:
                    first = min(first, c.i)
        return (doc[first].idx, doc[last].idx + len(doc[last])), phrasal

    # ---- cue-driven attributions -----------------------------------------------------------
    def run(self) -> list[Cand]:
        doc = self.doc
        quote_of = self.quote_of
        for i in self.cue_positions:
            tok = doc[i]
            low = tok.lower_
            if low == "according":
                if self._is_according(tok) and quote_of[tok.i] < 0 and not self._in_boiler(tok.idx):
                    self._according(tok)
                continue
            if quote_of[tok.i] >= 0 or self._in_boiler(tok.idx):
                continue
            if low in ("put", "puts"):
                self._as_put_it(tok)
                continue
            if low in lx.POLL_NOUNS:
                self._in_poll(tok)
                continue
            tag = tok.tag_
            if tag.startswith("JJ"):
                if low in lx.STANCE_ADJECTIVES:
                    self._stance_adjective(tok)
                continue
            if tag in ("NN", "NNS"):
                if low in lx.STANCE_NOUNS:
                    self._stance_noun(tok)
                elif lx.FORM_TO_LEMMA.get(low) in lx.SPEECH_VERBS:
                    self._noun_tagged_cue(tok, lx.FORM_TO_LEMMA[low])
                continue
            lemma = lx.FORM_TO_LEMMA.get(low)
            if lemma is None or not tag.startswith("VB"):
                continue
            particle = lx.PARTICLE_CUES.get(lemma)
            if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
                continue
            self._cue_verb(tok, lemma)
        self._clause_verbs()
        self._label_lines()
        self._attach_quotes()
        self._channels()
        return self._dedupe()

    def _in_poll(self, noun: Token) -> None:
        """'In the latest poll, Clinton leads Trump by five points': the clause the phrase
        hangs on is what the poll reports, unless a cue of its own reports it."""
        prep, clause = noun.head, noun.head.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
            return
        if not clause.tag_.startswith(("VB", "MD")) or lx.FORM_TO_LEMMA.get(clause.lower_):
            return
        subj = next((c for c in clause.children if c.dep_ in _SUBJ), None)
        after = prep.right_edge.i + 1
        if subj is None or not prep.i < subj.i or self.doc[after].text != ",":
            return  # only the fronted frame "In the poll, …" ("gained in the polls" is not)
        cue = (prep.idx, prep.idx + len(prep))
        self._add(clause, "in", noun, [clause], cue, 0.5, skip_subtree=prep)

    def _as_put_it(self, verb: Token) -> None:
        """'…, as a Homeland Security memo put it' and 'as The New Yorker put it, "…"': the
        quotation beside the phrase, with the clause that holds it, is the source's."""
        doc = self.doc
        if verb.dep_ != "advcl" or not (
            any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
        ):
            return
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or self.quote_of[subj.i] >= 0:
            return
        first = verb.left_edge.i
        # the words of the phrase end at its first punctuation; the parser may hang the
        # quotation after it on the verb too
        last = next(
            (t.i - 1 for t in doc[verb.i + 1 : verb.right_edge.i + 1] if t.is_punct),
            verb.right_edge.i,
        )
        after = last + 1
        while after < len(doc) and doc[after].text == ",":
            after += 1
        before = first - 1
        while before > 0 and doc[before].text == ",":
            before -= 1
        qi = self.quote_of[after] if after < len(doc) else -1
        if qi >= 0 and self.quotes[qi].start == doc[after].idx:
            pieces = list(self.quotes[qi].pieces)
        elif before >= 0 and self.quote_of[before] >= 0:
            qi = self.quote_of[before]
            clause = verb.head
            subj_of = next((c for c in clause.children if c.dep_ in _SUBJ), None)
            start = subj_of.left_edge.i if subj_of is not None else clause.left_edge.i
            span = self._tokspan(min(start, clause.i), before)
            pieces = [span] if span else []
        else:
            return
        source = self._source_span(subj)
        if not pieces or source is None:
            return
        cue = (verb.idx, doc[last].idx + len(doc[last]))
        self.cands.append(
            Cand(
                content=pieces,
                cue=cue,
                cue_lemma="put it",
                cue_tok=verb,
                source=source,
                source_tok=subj,
                confidence=0.6,
                quotes=[qi],
            )
        )

    def _clause_verbs(self) -> None:
        """'The Post has learned that …', 'Scholars have long debated whether …': a verb
        outside the lexicon whose subject can hold views and whose object is a clause."""
        doc = self.doc
        seen = set(self.cue_positions)
        for i in self.ccomp_positions:
            tok = doc[i]
            verb = tok.head
            if verb.i in seen or verb.i > tok.i or not verb.tag_.startswith("VB"):
                continue
            # a clause opened by "that", "whether", "how" … right after the verb
            if tok.left_edge.lower_ not in _CLAUSE_OPENERS or tok.left_edge.i - verb.i > 3:
                continue
            seen.add(verb.i)
            if self.quote_of[verb.i] >= 0 or self._in_boiler(verb.idx):
                continue
            if verb.lower_ in lx.NON_CUE_VERBS:
                continue
            self._cue_verb(verb, verb.lower_)

    def _content_heads(self, verb: Token, lemma: str) -> list[Token]:
        if lemma in lx.CHARGE_CUES:
            # "accused the mayor of lying": what is charged is the "of" phrase
            # "accused X of Y", also with "of" parsed onto the object
            holders = [verb] + [c for c in verb.rights if c.dep_ == "dobj"]
            prep = next(
                (
                    c
                    for h in holders
                    for c in h.rights
                    if c.dep_ == "prep" and c.lower_ == lx.CHARGE_CUES[lemma]
                ),
                None,
            )
            if prep is not None and any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
                return [prep]
        ccomp = xcomp = dobj = None
        extra: list[Token] = []
        children = list(verb.children)
        if self._finite_acl(verb):
            # what the parser hung on the subject after the verb is the verb's
            children += [c for c in verb.head.rights if c.i > verb.i]
        for c in children:
            dep = c.dep_
            if dep == "ccomp" and (
                ccomp is None or (ccomp.i < verb.i < c.i and c.left_edge.i - verb.i <= 3)
            ):
                ccomp = c  # a clause right after the cue wins over one before ("X, he said: Y")
            elif (
                dep == "advcl"
                and ccomp is None
                and c.i > verb.i
                and c.left_edge.lower_ == "that"
                and c.left_edge.dep_ in ("mark", "advmod", "nsubj")
                and c.left_edge.i > verb.i
            ):
                ccomp = c  # "tweeted in the early hours that ...", parsed as an adverbial
            elif dep == "xcomp" and xcomp is None:
                xcomp = c
            elif dep == "dobj" and dobj is None:
                dobj = c
            elif dep in ("oprd",) or (dep == "prep" and c.lower_ in ("as", "to") and c.i > verb.i):
                extra.append(c)
        if (
            xcomp is not None
            and ccomp is None
            and xcomp.i > verb.i
            and lemma in lx.OBJECT_XCOMP_CUES
        ):
            # "urged residents to stay", "called on Trump to stop", "called for X to wear"
            obj = dobj
            if obj is None:
                prep = next(
                    (c for c in verb.rights if c.dep_ == "prep" and c.lower_ in ("on", "for")),
                    None,
                )
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            if obj is not None and obj.i < xcomp.i:
                return [obj, xcomp]
        if (
            ccomp is not None
            and "\n" in self.text[min(ccomp.idx, verb.idx) : max(ccomp.idx, verb.idx)]
        ):
            ccomp = None  # "He added:" + a quotation in the next paragraph: adjacency decides
        if ccomp is not None and ccomp.i > verb.i:
            before = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
            if before is not None and self.quote_of[before.i] >= 0 and self.quote_of[ccomp.i] >= 0:
                gap = self.quotes[self.quote_of[ccomp.i]].start - (verb.idx + len(verb))
                if gap <= 40:
                    return [before, ccomp]  # '"…," the captain said, "…"'
                # '"…," Sanders said, suggesting a few questions, including "…"': the second
                # quotation belongs to what comes between
                return [before]
        if ccomp is not None and lemma == "see" and ccomp.tag_ == "VB":
            return []  # "would see their taxes go up": a bare infinitive is seen, not believed
        if ccomp is not None:
            if lemma in ("call", "describe", "label", "brand", "dub") and dobj is not None:
                return [dobj, ccomp]
            if (
                dobj is not None
                and lemma in lx.DOBJ_CUES - lx.SPEECH_VERBS
                and verb.i < dobj.i < ccomp.left_edge.i == dobj.right_edge.i + 1
            ):
                return [dobj, ccomp]  # "cited remarks Trump had made": a reduced relative
            heads = [ccomp]
            if ccomp.i > verb.i:
                # 'said Trump has "respect" for X and his comment was …': the parser split
                # one reported clause into two complements that touch
                for c in children:
                    if (
                        c.dep_ == "ccomp"
                        and c.i > heads[-1].i
                        and c.left_edge.i == heads[-1].right_edge.i + 1
                    ):
                        heads.append(c)
            return heads
        if (
            xcomp is not None
            and lemma in lx.XCOMP_CUES
            and xcomp.i > verb.i
            and (xcomp.tag_ == "VB" or any(c.lower_ == "to" for c in xcomp.children))
        ):
            return [xcomp]
        if dobj is not None and lemma in lx.AS_CUES and dobj.i > verb.i:
            as_phrase = next(
                (
                    c
                    for c in list(dobj.rights) + list(verb.rights)
                    if c.dep_ == "prep" and c.lower_ == "as" and c.i > dobj.i
                ),
                None,
            )
            if as_phrase is None:
                return []
            return [dobj] if as_phrase.head.i == dobj.i else [dobj, as_phrase]
        if (
            dobj is not None
            and lemma in lx.DOBJ_CUES
            and dobj.i > verb.i
            and not (dobj.lower_ in lx.SPEECH_ACT_NOUNS and not any(True for _ in dobj.rights))
        ):
            if lemma in lx.CLAUSE_FIRST_CUES and dobj.lower_ in lx.EMPTY_OBJECTS:
                return []
            heads = [dobj]
            if any(self.quote_of[t.i] >= 0 for t in dobj.subtree):
                # 'reported "2,521 shootings" in the city since May': a quoted object goes on
                heads += self._phrases_after(verb, dobj.right_edge.i)
            # "dismissed X as ...", "likened X to ...", "called X a ...", "blamed X for ..."
            heads += [c for c in extra if c.i > dobj.i and c not in heads]
            if lemma in lx.OBJECT_PREP_CUES:
                heads += [c for c in self._reason_preps(verb) if c.i > dobj.i]
            if len(heads) > 1:
                # "called her vote in favor of the war a mistake": what lies between the
                # object and its complement is part of the same content
                last = max(h.i for h in heads)
                heads += [
                    c
                    for c in verb.rights
                    if dobj.i < c.i < last and c not in heads and not c.is_punct
                ]
                # and the phrases that go on from the complement: '… "a violation" of
                # five resolutions'
                end = max(h.right_edge.i for h in heads)
                heads += self._phrases_after(verb, end, ("prep", "conj"))
                heads.sort(key=lambda t: t.i)
            return heads
        if lemma in ("call", "push", "argue", "ask", "press", "plead"):
            for c in verb.rights:
                if c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i <= verb.i + 2:
                    return [c]
        if lemma in lx.PREP_CUES:
            for c in verb.rights:
                if c.dep_ == "prep" and c.lower_ in lx.CONTENT_PREPS and c.i <= verb.i + 3:
                    return [c]
        return []

    def _reason_preps(self, verb: Token) -> list[Token]:
        """The 'for …'/'of …' of 'praised X for …', also where the parser hung it on the
        phrase before ('praised X in a speech for …')."""
        out = []
        for c in verb.rights:
            if c.dep_ != "prep":
                continue
            if c.lower_ in ("of", "for"):
                out.append(c)
                continue
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            last = list(pobj.rights)[-1:] if pobj is not None else []
            if last and last[0].dep_ == "prep" and last[0].lower_ == "for":
                out.append(c)
        return out

    def _misparsed_subject(self, verb: Token) -> Token | None:
        """'In a meeting with the Post Trump said that ...': the name got parsed as an object.
        '"…," Riverside police Chief Ann Ortiz said': a name between a quotation and its cue
        that the parser took apart."""
        if verb.i == 0:
            return None
        doc = self.doc
        prev = doc[verb.i - 1]
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
        before = self.text[: doc[first].idx].rstrip()
        if before[-1:] in '”"' and self.quote_at(len(before) - 1) >= 0:
            self.subject_first[prev.i] = first
            return prev
        if verb.tag_ in ("VBD", "VBZ", "VBP") and prev.ent_type_ in ("PERSON", "ORG"):
            # "When terrorists strike, Obama and Clinton call them ...": names right after a
            # clause's comma, parsed into that clause, are the finite verb's subject
            first = prev.i
            while (
                first > 0
                and verb.i - first < 8
                and (
                    doc[first - 1].ent_type_ in ("PERSON", "ORG") or doc[first - 1].lower_ == "and"
                )
            ):
                first -= 1
            if first > 0 and doc[first - 1].text == "," and doc[first].ent_type_:
                self.subject_first[prev.i] = first
                return prev
        return None

    def _inside_other_cue(self, verb: Token) -> bool:
        """'called on X to stop attacking Y': 'attacking' is part of the call, not a new cue."""
        cur = verb
        for _ in range(4):
            if cur.dep_ != "xcomp" or cur.head.i == cur.i:
                return False
            cur = cur.head
            lem = lx.FORM_TO_LEMMA.get(cur.lower_)
            if lem is not None and lem in lx.CUE_LEMMAS and cur.tag_.startswith("VB"):
                return True
        return False

    def _passive(self, verb: Token, lemma: str) -> None:
        """'The plan was rejected by the council': the agent speaks, the subject is content."""
        if lemma not in lx.DOBJ_CUES or lemma in lx.CLAUSE_FIRST_CUES:
            return
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if patient is None or agent is None or self.quote_of[patient.i] >= 0:
            return
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is None or not self._can_hold_views(pobj):
            return
        doc = self.doc
        first = verb.i
        for c in verb.lefts:
            if c.dep_ in ("auxpass", "aux", "neg", "advmod") and c.i > patient.right_edge.i:
                first = min(first, c.i)
        cue = (doc[first].idx, agent.idx + len(agent))
        self._add(verb, lemma, pobj, [patient], cue, 0.5)

    def _cue_verb(self, verb: Token, lemma: str) -> None:
        if verb.dep_ == "xcomp" and self._inside_other_cue(verb):
            return
        if (
            verb.tag_ == "VBN"
            and verb.dep_ in ("advcl", "acl")
            and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)
            and not self._finite_acl(verb)
        ):
            return  # "Asked whether he would resign, Jones replied": he was asked
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            self._passive(verb, lemma)
            return
        subj = self._subject(verb, lemma)
        if subj is None:
            subj = self._misparsed_subject(verb)
        if subj is None:
            # "was quoted as saying": the subject of the passive "quoted" is the source
            return
        if subj.lower_ in lx.FIRST_PERSON and self.quote_of[subj.i] < 0:
            pass
        if lemma not in lx.SPEECH_VERBS and not (
            self._can_hold_views(subj) or subj.i in self.issuers
        ):
            return  # ("it issued a paper welcoming …": whoever issues papers holds views)
        if subj.lower_ == "you" and self.quote_of[subj.i] < 0:
            return  # the generic "you consider ...", "you know ..." of advice columns
        heads = self._content_heads(verb, lemma)
        if heads and heads[0].i < verb.i and self._holds_own_attribution(heads[0]):
            # '"You winning?" she said, but …, Melanie said yes': the clause before the cue
            # is another speaker's attribution the parser hung on this cue
            heads = []
        cue, phrasal = self._cue_span(verb, subj)
        source = self._source_span(subj)
        if source is None:
            return
        if (
            heads
            and heads[0].i > verb.i
            and lemma in lx.SPEECH_VERBS
            and (heads[0].left_edge.lower_ in _SUBORDINATORS or heads[0].dep_ != "ccomp")
            and self._quote_just_before(subj, verb)
        ):
            # '"…," Warren told him, after he admitted …', '"…," Sanders said, going on to
            # …': the quotation is what was said, the clause after the cue is the writer's
            heads = []
        if (
            not heads
            and verb.dep_ == "advcl"
            and verb.i < verb.head.i
            and verb.head.tag_.startswith(("VB", "MD"))
            and (
                any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
                or (lemma in lx.CLAUSE_CUES and self._clause_runs_on(verb))
            )
        ):
            # "As the senator pointed out, the bill is dead": the main clause is what was said;
            # so is the clause the parser hung a cue on: "after he admitted he had lied"
            self._add(verb, lemma + phrasal, subj, [verb.head], cue, 0.6, skip_subtree=verb)
            return
        if not heads and lemma in lx.SPEECH_VERBS and self._interrupting_cue(verb, subj, cue):
            return
        if not heads and verb.dep_ == "parataxis" and lemma in lx.SPEECH_VERBS:
            # "The test, North Korea said, was its biggest": the cue interrupts its content
            self._add(verb, lemma + phrasal, subj, [verb.head], cue, 0.7, skip_subtree=verb)
            return
        if not heads:
            if lemma in lx.QUOTE_CUES:
                self.bare_cues.append((verb, lemma))
            return
        if lemma in lx.WEAK_CUES and heads[0].dep_ != "ccomp" and lemma not in lx.AS_CUES:
            return  # (the "as" cues only return an object with its "as" phrase)
        if heads[0].dep_ == "ccomp" and heads[0].i > verb.i:
            # '… said that it was too early to tell, and there was "no evidence" yet …': a
            # clause joined to the cue that quotes the speaker goes on with what was said
            end = max(h.right_edge.i for h in heads)
            for c in verb.rights:
                if (
                    c.dep_ == "conj"
                    and c.i > end
                    and c.tag_.startswith(("VB", "MD"))
                    and any(x.dep_ in _SUBJ or x.dep_ == "expl" for x in c.children)
                    and lx.FORM_TO_LEMMA.get(c.lower_) not in lx.CUE_LEMMAS
                    and any(self.quote_of[t.i] >= 0 for t in c.subtree)
                ):
                    heads = heads + [c]
        if heads and heads[0].dep_ in ("xcomp", "dobj"):
            # "wants to triple X, grow Y and create Z": the parser hangs Y and Z on the cue;
            # "described X as Y, but stopped short of Z" is the writer going on
            heads = heads + [
                c
                for c in verb.rights
                if c.dep_ == "conj"
                and c.i > heads[0].i
                and c.tag_.startswith("VB")
                and not any(x.dep_ in _SUBJ for x in c.children)
                and lx.FORM_TO_LEMMA.get(c.lower_) not in lx.CUE_LEMMAS
                and not any(x.dep_ == "cc" and x.lower_ in ("but", "yet") for x in verb.children)
            ]
        exclude = self._exclusions(heads, verb)
        pieces: list[Span] = self._coordination_before(verb, subj, heads)
        pieces += self._parenthetical_front(verb, subj, heads)
        for h in heads:
            if h.dep_ == "prep" and h.lower_ in lx.CONTENT_PREPS and h is heads[0]:
                # content is the object of "call for", "push for"
                pieces += [
                    sp
                    for c in h.children
                    if c.dep_ in ("pobj", "pcomp") and c.ent_type_ not in _TIME_ENTS
                    for sp in self._subtree_span(c, exclude)
                ]
                continue
            pieces += self._subtree_span(h, exclude)
        pieces = self._in_paragraph(verb.idx, pieces)
        pieces = _subtract([p for p in pieces if p[1] > p[0]], [source, cue])
        if not pieces:
            return
        pieces = self._cut_at_dash(self._merge_close(pieces))
        pieces = self._one_sentence(pieces, verb.idx)
        if not pieces:
            return
        content_chars = sum(e - s for s, e in pieces)
        if content_chars < 3:
            return
        cand = Cand(
            content=pieces,
            cue=cue,
            cue_lemma=lemma + phrasal,
            cue_tok=verb,
            source=source,
            source_tok=subj,
            confidence=0.7 if lemma in lx.SPEECH_VERBS else 0.55,
            extras={"clause_head": heads[0].i},
        )
        if lemma in lx.WEAK_CUES:
            cand.confidence = 0.45
        self._intermediary_in(verb, cand, exclude)
        self.cands.append(cand)

    def _coordination_before(self, verb: Token, subj: Token, heads: list[Token]) -> list[Span]:
        """'A was planned, but B called it off, the source said.': the parser joins the
        sentence-final cue to the first clause and gives it only the last one; what was said
        is the whole sentence before the cue."""
        doc = self.doc
        first = verb.head
        if (
            verb.dep_ != "conj"
            or not heads
            or heads[0].dep_ != "ccomp"
            or not first.i < heads[0].left_edge.i
            or not subj.left_edge.i > heads[-1].right_edge.i
            or doc[subj.left_edge.i - 1].text != ","
            or any(
                not t.is_punct and not t.is_space
                for t in doc[verb.right_edge.i + 1 : self.sent_bounds(verb.i)[1]]
            )
        ):
            return []
        span = self._tokspan(first.left_edge.i, heads[0].left_edge.i - 1)
        return [span] if span else []

    def _clause_runs_on(self, verb: Token) -> bool:
        """Whether the verb's head clause opens with its subject right after the verb's
        own words, with no punctuation between."""
        nxt = verb.right_edge.i + 1
        subj = next((c for c in verb.head.children if c.dep_ in _SUBJ), None)
        return subj is not None and subj.left_edge.i == nxt and not self.doc[nxt].is_punct

    def _set_off_by_commas(self, verb: Token, subj: Token) -> tuple[int, int] | None:
        """'X, Mr. Barrett said in an interview, Y': the commas around a cue placed inside a
        sentence, with nothing but the subject and the cue's own words between them."""
        doc = self.doc
        start, end = self.sent_bounds(verb.i)
        open_comma = subj.left_edge.i - 1
        if subj.i > verb.i or open_comma <= start or doc[open_comma].text != ",":
            return None
        close = next((t.i for t in doc[verb.i + 1 : min(end, verb.i + 10)] if t.is_punct), None)
        if close is None or doc[close].text != ",":
            return None
        if any(t.tag_.startswith(("VB", "MD")) for t in doc[verb.i + 1 : close]):
            return None
        return open_comma, close

    def _interrupting_cue(self, verb: Token, subj: Token, cue: Span) -> bool:
        """'These employees, Stumpf explained at the hearing, were "well-paid"': a cue set
        off by commas inside a sentence the parser built around it; the sentence around the
        cue is what was said."""
        doc = self.doc
        start, end = self.sent_bounds(verb.i)
        commas = self._set_off_by_commas(verb, subj)
        if commas is None:
            return False
        open_comma, close = commas
        if not any(t.tag_.startswith(("VB", "MD")) for t in doc[close + 1 : end]):
            return False  # nothing said after the cue
        if self.quote_of[start] >= 0 or self.quote_of[close + 1] >= 0:
            return False  # quotations around a cue are paired up by _attach_quotes()
        if not any(t.tag_.startswith(("NN", "PRP", "CD")) for t in doc[start:open_comma]):
            return False  # "Instead, both sides reiterated …": an adverb, not words said
        if any(c.dep_ == "dobj" and c.lower_ not in lx.HUMAN_NOUNS for c in verb.children):
            return False
        before = self._tokspan(start, open_comma - 1)
        after = self._tokspan(close + 1, end - 1)
        if before is None or after is None:
            return False
        source = self._source_span(subj)
        if source is None:
            return False
        self.cands.append(
            Cand(
                content=[before, after],
                cue=cue,
                cue_lemma=lx.FORM_TO_LEMMA.get(verb.lower_, verb.lower_),
                cue_tok=verb,
                source=source,
                source_tok=subj,
                confidence=0.6,
            )
        )
        return True

    def _parenthetical_front(self, verb: Token, subj: Token, heads: list[Token]) -> list[Span]:
        """'So when the deal fell through, Mr. Barrett said, "we were floored."': a cue set
        off by commas inside the sentence; the words before it belong to what was said."""
        if not heads or heads[0].i < verb.i or self._set_off_by_commas(verb, subj) is None:
            return []
        first = subj.left_edge.i
        front = [c for c in verb.lefts if c.i < first and c.dep_ in ("advcl", "advmod")]
        if not front or front[0].left_edge.i != self.sent_bounds(verb.i)[0]:
            return []
        if not any(c.dep_ == "advcl" and any(x.dep_ in _SUBJ for x in c.children) for c in front):
            return []  # "Asked about it, he said, …", "In May, he said, …": circumstances
        span = self._tokspan(front[0].left_edge.i, first - 2)
        return [span] if span else []

    def _add(self, verb, lemma, subj, content_heads, cue, conf=0.5, skip_subtree=None) -> None:
        source = self._source_span(subj)
        if source is None:
            return
        exclude = self._exclusions(content_heads, verb)
        if skip_subtree is not None:
            exclude |= {t.i for t in skip_subtree.subtree}
        pieces: list[Span] = []
        for h in content_heads:
            if h.dep_ == "prep" and h is content_heads[0]:
                for c in h.children:
                    if c.dep_ in ("pobj", "pcomp") and c.ent_type_ not in _TIME_ENTS:
                        pieces += self._subtree_span(c, exclude)
            else:
                pieces += self._subtree_span(h, exclude)
        pieces = self._in_paragraph(verb.idx, pieces)
        pieces = _subtract(pieces, [source, cue])
        if not pieces:
            return
        pieces = self._cut_at_dash(self._merge_close(pieces))
        if sum(e - s for s, e in pieces) < 3:
            return
        self.cands.append(
            Cand(
                content=pieces,
                cue=cue,
                cue_lemma=lemma,
                cue_tok=verb,
                source=source,
                source_tok=subj,
                confidence=conf,
            )
        )

    def _noun_tagged_cue(self, tok: Token, lemma: str) -> None:
        """'…, the candidate's former doctor maintains.': a sentence-final speech verb the
        tagger took for a plural noun, with the clause before it as its complement."""
        doc = self.doc
        ccomp = next((c for c in tok.lefts if c.dep_ == "ccomp"), None)
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if ccomp is None or not tok.lower_.endswith("s") or (nxt is not None and not nxt.is_punct):
            return
        comma = next(
            (t.i for t in reversed(doc[ccomp.right_edge.i + 1 : tok.i]) if t.text == ","), None
        )
        if comma is None or tok.i - comma < 2 or tok.i - comma > 10:
            return
        subj = doc[tok.i - 1]
        if not (subj.tag_.startswith("NN") or subj.tag_ == "PRP"):
            return
        self.subject_first[subj.i] = comma + 1
        if lemma not in lx.SPEECH_VERBS or not self._can_hold_views(subj):
            return
        self._add(tok, lemma, subj, [ccomp], (tok.idx, tok.idx + len(tok)), 0.6)

    def _stance_adjective(self, adj: Token) -> None:
        """'X is critical of Y', 'X was sure Y', 'X is opposed to Y'."""
        if adj.dep_ not in ("acomp", "amod") or adj.dep_ == "amod":
            return
        verb = adj.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or not self._can_hold_views(subj):
            return
        heads = [c for c in adj.children if c.dep_ in ("ccomp", "xcomp")]
        if not heads:
            heads = [
                c
                for c in adj.children
                if c.dep_ == "prep" and c.lower_ in lx.CONTENT_PREPS | {"to"} and c.i == adj.i + 1
            ]
        if not heads:
            return
        doc = self.doc
        first = verb.i if verb.i < adj.i and verb.i > subj.right_edge.i else adj.i
        last = heads[0].i if heads[0].dep_ == "prep" else adj.i
        cue = (doc[first].idx, doc[last].idx + len(doc[last]))
        self._add(adj, adj.lower_, subj, heads[:1], cue, 0.45)

    def _stance_noun(self, noun: Token) -> None:
        """'Trump's claim that ...', 'his determination to act alone', 'her criticism of X'."""
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        light = None
        if poss is None and noun.dep_ == "dobj" and noun.head.lower_ in lx.LIGHT_CUE_FORMS:
            # 'raised questions about X', 'voiced support for X', 'expressed concern that X'
            light = noun.head
            poss = self._object_verb_subject(light)
        if poss is None:
            # "media pronouncements that …", "White House statement that …"
            poss = next(
                (c for c in noun.children if c.dep_ == "compound" and self._can_hold_views(c)),
                None,
            )
        if poss is None or not self._can_hold_views(poss):
            return
        heads = [
            c
            for c in noun.children
            if c.i > noun.i
            and (
                c.dep_ in ("acl", "ccomp")
                # "pronouncements that Clinton won", parsed as a relative clause
                or (
                    c.dep_ == "relcl"
                    and c.left_edge.lower_ == "that"
                    and c.left_edge.dep_ == "mark"
                )
            )
        ]
        if (
            heads
            and heads[0].dep_ == "acl"
            and not any(c.lower_ in ("that", "to") for c in heads[0].children)
        ):
            heads = []
        if not heads:
            heads = [
                c
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in lx.CONTENT_PREPS and c.i == noun.i + 1
            ]
        if not heads:
            self._noun_colon_quote(noun, light, poss)
            return
        doc = self.doc
        last = heads[0].i if heads[0].dep_ == "prep" else noun.i
        first = light if light is not None else noun
        cue = (first.idx, doc[last].idx + len(doc[last]))
        heads = heads[:1]
        if light is not None and heads[0].dep_ == "prep":
            # 'raised questions about X during the debate': the verb's phrases go on
            heads += self._phrases_after(light, heads[0].right_edge.i)
        self._add(noun, noun.lower_, poss, heads, cue, 0.45)

    def _noun_colon_quote(self, noun: Token, light: Token | None, subj: Token) -> None:
        """'Sanders made the following comment: "…"': a noun of saying, a colon, a quotation."""
        text = self.text
        doc = self.doc
        colon = next((t for t in doc[noun.i + 1 : noun.i + 8] if t.text == ":"), None)
        if colon is None or any(self.quote_of[t.i] >= 0 for t in doc[noun.i : colon.i]):
            return
        end = doc[colon.i - 1].idx + len(doc[colon.i - 1])
        m = _COLON_GAP.match(text, end)
        if m is None:
            return
        qi = self.quote_at(m.end())
        if qi < 0 or self.quotes[qi].start != m.end():
            return
        source = self._source_span(subj)
        if source is None:
            return
        first = light if light is not None else noun
        self.cands.append(
            Cand(
                content=list(self.quotes[qi].pieces),
                cue=(first.idx, end),
                cue_lemma=noun.lower_,
                cue_tok=first,
                source=source,
                source_tok=subj,
                confidence=0.8,
                quotes=[qi],
            )
        )

    def _exclusions(self, heads: list[Token], verb: Token) -> set[int]:
        """Token indices to leave out of the content: channels, trailing cue of a split quote."""
        doc = self.doc
        out: set[int] = set()
        for h in heads:
            for t in h.subtree:
                if (t.lower_ == "according" and self._is_according(t)) or (
                    t.lower_ == "quoted"
                    and t.dep_ in ("acl", "advcl")
                    and any(c.dep_ == "agent" for c in t.children)
                ):
                    out.update(x.i for x in t.subtree)
                elif (
                    t.dep_ == "parataxis"
                    and t.i != h.i
                    and lx.FORM_TO_LEMMA.get(t.lower_) in lx.SPEECH_VERBS
                ):
                    # ", she said," inside a sentence-long quote belongs to the cue
                    out.update(x.i for x in t.subtree)
        # ", engaging in ...", ", implicitly putting ...": the writer's comment, not the content
        for h in heads:
            for c in list(h.rights) + [c for c in verb.rights if c.i > h.i]:
                if (
                    c.dep_ in ("advcl", "acl", "xcomp")
                    and c.tag_ == "VBG"
                    and c.i > h.i
                    and doc[c.left_edge.i - 1].text == ","
                ):
                    out.update(x.i for x in c.subtree)
            for t in h.subtree:
                if (
                    t.dep_ == "advcl"
                    and t.tag_ == "VBG"
                    and t.right_edge.i == h.right_edge.i
                    and t.left_edge.i - h.left_edge.i >= 5
                    and doc[t.left_edge.i - 1].text == ","
                    and self.quote_of[t.i] < 0
                ):
                    # "… if they did not vote, implicitly putting …": deeper in the clause too
                    out.update(x.i for x in t.subtree)
        # a trailing non-restrictive modifier (", which ...", ", the alliance that ...") and
        # whatever follows a semicolon are the writer's additions
        quote_of = self.quote_of
        for h in heads:
            first, last = h.left_edge.i, h.right_edge.i
            for t in h.subtree:
                if t.i in out or quote_of[t.i] >= 0 or t.i == h.i:
                    continue
                if t.text == ";" and t.i - first >= 4:
                    out.update(range(t.i, last + 1))
                    break
                before = doc[t.left_edge.i - 1]
                if (
                    t.dep_ == "relcl"
                    and before.text == ","
                    and t.left_edge.tag_ in ("WP", "WDT")
                    and lx.FORM_TO_LEMMA.get(t.lower_) in lx.SPEECH_VERBS
                ):
                    # "endorses Trump, who says he is honored": the relative clause is the
                    # other person's own attribution
                    out.update(range(t.left_edge.i - 1, t.right_edge.i + 1))
                    continue
                if t.left_edge.i - first < 5:
                    continue
                if t.right_edge.i != last and before.text not in _DASHES:
                    continue
                if before.text in _DASHES and before.whitespace_:
                    if t.dep_ == "cc" or any(
                        x.text == before.text and x.i != before.i for x in doc[first : last + 1]
                    ):
                        continue  # "Shriver — a member of the clan — to replace …": an aside
                    out.update(range(t.left_edge.i - 1, last + 1))
                    break
                if before.text == "," and (
                    t.left_edge.lower_ in lx.CONSEQUENCE_WORDS
                    or (t.dep_ == "advcl" and t.left_edge.lower_ in _CONCESSIVE)
                ):
                    # ", hence …", ", although it may take days …": the writer's comment
                    out.update(range(t.left_edge.i - 1, last + 1))
                    break
                if before.text != ",":
                    continue
                if any(quote_of[x] >= 0 for x in range(t.left_edge.i, last + 1)):
                    # "…, which is a problem because, “In the end …”": the speaker's own words
                    continue
                if t.dep_ in ("appos", "relcl") or (
                    t.dep_ in ("advcl", "acl")
                    and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in t.children)
                ):
                    out.update(range(t.left_edge.i - 1, last + 1))
                    break
        # "said A and warned B": the second cue's clause is its own attribution
        for h in heads:
            for t in h.subtree:
                if (
                    t.dep_ == "conj"
                    and t.i > h.i
                    and t.i not in out
                    and t.tag_.startswith("VB")
                    and not _alternative(t)
                    # "said A and that B …": B is a second thing said
                    and not any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
                    and (
                        (
                            lx.FORM_TO_LEMMA.get(t.lower_) in lx.CUE_LEMMAS - lx.WEAK_CUES
                            and not any(c.dep_ in _SUBJ for c in t.children)
                        )
                        # "…, and when pressed, the mother replied, …": a speaker of its own
                        or (
                            lx.FORM_TO_LEMMA.get(t.lower_) in lx.SPEECH_VERBS
                            and any(
                                c.dep_ == "nsubj" and self.quote_of[c.i] < 0 for c in t.children
                            )
                        )
                    )
                ):
                    start = t.i
                    for c in t.head.children:
                        if c.dep_ == "cc" and t.head.i < c.i < t.i:
                            start = min(start, c.i)
                    out.update(range(start, t.right_edge.i + 1))
        # a leading "that" belongs to neither side in these annotations
        for h in heads:
            first = h.left_edge
            if (
                first.lower_ == "that"
                and first.i < h.i
                and first.i + 1 < len(doc)
                and (
                    first.dep_ == "mark"
                    or (h.dep_ == "ccomp" and not doc[first.i + 1].tag_.startswith(("VB", "MD")))
                )
            ):
                out.add(first.i)
        return out

    def _in_paragraph(self, pos: int, pieces: list[Span]) -> list[Span]:
        """Clip pieces to the paragraph (line) around pos: a parse never crosses one."""
        text = self.text
        lo = text.rfind("\n", 0, pos) + 1
        hi = text.find("\n", pos)
        hi = len(text) if hi < 0 else hi
        out = []
        for a, b in pieces:
            a, b = max(a, lo), min(b, hi)
            if b > a:
                out.append(_trim(text, a, b))
        return [p for p in out if p[1] > p[0]]

    def _one_sentence(self, pieces: list[Span], cue_pos: int) -> list[Span]:
        """Cut a parse that ran over a missed sentence end ('... £4m. Insurers estimate ...')."""
        if not pieces:
            return pieces
        lo, hi = pieces[0][0], pieces[-1][1]
        ends = [
            m.end()
            for m in _SENTENCE_END.finditer(self.text, lo, hi)
            if self.quote_at(m.start()) < 0
        ]
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
                out.append(_trim(self.text, a, b))
        return [p for p in out if p[1] > p[0]]

    def _cut_at_dash(self, pieces: list[Span]) -> list[Span]:
        """Drop a writer's gloss after a single spaced dash: '... must go - language long used'."""
        s, e = pieces[-1]
        body = self.text[s:e]
        dashes = [m for m in _SPACED_DASH.finditer(body) if self.quote_at(s + m.start()) < 0]
        if len(dashes) != 1 or len(_SPACED_DASH.findall(body)) != 1:
            return pieces
        if body[dashes[0].end() : dashes[0].end() + 2][:1] in "\"“'‘":
            return pieces  # '... overlooked -- "the president but also the slave"'
        after = self.doc.char_span(s + dashes[0].end(), e, alignment_mode="expand")
        if after is None or not len(after) or after[0].tag_ not in _GLOSS_TAGS:
            return pieces  # '- helping start his plan', '- and not only because ...'

        cut = s + dashes[0].start()
        if len(self.text[pieces[0][0] : cut].split()) < 5:
            return pieces
        return pieces[:-1] + [(s, cut)]

    def quote_at(self, pos: int) -> int:
        quotes = self.quotes
        for qi in range(bisect_right(self.q_maxend, pos), len(quotes)):
            q = quotes[qi]
            if q.start > pos:
                break
            if any(a <= pos < b for a, b in q.pieces):
                return qi
        return -1

    def _union(self, pieces: list[Span]) -> list[Span]:
        out: list[Span] = []
        for s, e in sorted(pieces):
            if out and s <= out[-1][1]:
                out[-1] = (out[-1][0], max(e, out[-1][1]))
            else:
                out.append((s, e))
        return self._merge_close(out)

    def _merge_close(self, pieces: list[Span]) -> list[Span]:
        pieces = sorted(pieces)
        out = [pieces[0]]
        for s, e in pieces[1:]:
            if _GAP_JOIN.match(self.text[out[-1][1] : s]):
                out[-1] = (out[-1][0], max(e, out[-1][1]))
            else:
                out.append((s, e))
        return out

    def _intermediary_in(self, verb: Token, cand: Cand, excluded: set[int]) -> None:
        """'according to X' or 'as quoted by X' next to a cue that already has its source."""
        doc = self.doc
        ss, se = self.sent_bounds(verb.i)
        for t in doc[ss:se]:
            if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
                anchor = t.head
                if (
                    anchor.i == verb.i
                    or anchor.i in excluded
                    or t.i in excluded
                    or (cand.source_tok is not None and anchor.i == cand.source_tok.i)
                ):
                    pobj = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        sp = self._subtree_span(pobj)
                        if sp:
                            cand.intermediary_span = sp[0]
                            cand.intermediary = self.text[sp[0][0] : sp[0][1]]
                            return
            if t.lower_ == "quoted" and t.dep_ in ("acl", "advcl"):
                agent = next((c for c in t.children if c.dep_ == "agent"), None)
                if agent is not None:
                    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        sp = self._subtree_span(pobj)
                        if sp:
                            cand.intermediary_span = sp[0]
                            cand.intermediary = self.text[sp[0][0] : sp[0][1]]
                            return

    def _according(self, tok: Token) -> None:
        doc = self.doc
        to = doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        clause = tok.head
        hops = 0
        while not clause.tag_.startswith(("VB", "MD")) and clause.dep_ != "ROOT" and hops < 4:
            clause = clause.head
            hops += 1
        while clause.dep_ == "conj" and clause.head.i < clause.i < tok.i:
            # "A grew, but B fell, according to X": the source stands behind both clauses
            clause = clause.head
        if pobj is not None and clause.i != tok.i:
            source = self._tokspan(pobj.left_edge.i, pobj.right_edge.i, keep_marks=False)
            skip = {t.i for t in tok.subtree}
            idx = [t.i for t in clause.subtree if t.i not in skip]
        else:
            # the parser lost the phrase ("according to show insiders" with "show" a verb):
            # the source runs to the next punctuation, the content is the rest of the sentence
            s_start, s_end = self.sent_bounds(tok.i)
            last = to.i
            while last + 1 < s_end and not doc[last + 1].is_punct and last - to.i < 12:
                last += 1
            nouns = [t for t in doc[to.i + 1 : last + 1] if t.tag_.startswith(("NN", "PRP"))]
            if not nouns:
                return
            pobj = nouns[-1]
            source = self._tokspan(to.i + 1, last, keep_marks=False)
            idx = [i for i in range(s_start, s_end) if not tok.i <= i <= last]
        pieces = []
        for a, b in _runs(doc, idx):
            sp = self._tokspan(a, b)
            if sp and sp[1] - sp[0] > 1:
                pieces.append(sp)
        if not pieces or source is None:
            return
        pieces = self._merge_close(self._in_paragraph(tok.idx, pieces))
        pieces = self._one_sentence(pieces, tok.idx)
        if not pieces:
            return
        cue = (tok.idx, to.idx + len(to))
        self.cands.append(
            Cand(
                content=pieces,
                cue=cue,
                cue_lemma="according to",
                cue_tok=tok,
                source=source,
                source_tok=pobj,
                confidence=0.65,
                extras={"clause_head": clause.i},
            )
        )

    # ---- speaker labels ----------------------------------------------------------------------
    def _label_lines(self) -> None:
        """'NAME: words' in transcripts and 'Name ― "quote"' in lists of reactions."""
        text = self.text
        found = []
        counts: dict[str, int] = {}
        for m in _LABEL_LINE.finditer(text):
            label = m.group("label").strip()
            if self._in_boiler(m.start("label")):
                continue
            found.append(m)
            if label.isupper():
                counts[label] = counts.get(label, 0) + 1
        starts = {m.start() for m in found}
        for m in found:
            label = m.group("label").strip()
            ls = m.start("label")
            le = ls + len(label)
            span = self.doc.char_span(ls, le, alignment_mode="expand")
            if span is None:
                continue
            if any(t.tag_.startswith(("VB", "MD")) or t.is_lower for t in span):
                continue  # "Maria Lopez said: ..." is a sentence, not a speaker label
            person = any(
                e.label_ == "PERSON" and e.end - e.start >= len(span) - 1 for e in span.ents
            )
            if not (person or (label.isupper() and counts.get(label, 0) >= 2)):
                continue
            body_s, body_e = _trim(text, m.start("body"), m.end("body"))
            if body_e - body_s < 10:
                continue
            cue = (m.start("mark"), m.end("mark"))
            self._label_cand(body_s, body_e, cue, ls, le, span)
            if text[m.start() : ls].strip() in ('"', "“"):
                self.cands[-1].content += self._turn_goes_on(m.end(), starts)
        self._headline_label()
        self._title_case_headline()
        # '"Quote." ― Name' signed lines
        for m in _SIGNED_LINE.finditer(text):
            if self._in_boiler(m.start()):
                continue
            ls, le = m.span("label")
            span = self.doc.char_span(ls, le, alignment_mode="expand")
            if span is None or any(e.label_ in ("GPE", "DATE") for e in span.ents):
                continue
            body_s, body_e = _trim(text, m.start("body"), m.end("body"))
            if body_e - body_s < 10:
                continue
            self._label_cand(body_s, body_e, m.span("mark"), ls, le, span)

    def _turn_goes_on(self, end: int, label_starts: set[int]) -> list[Span]:
        """A transcript quoted paragraph by paragraph ('"PENCE: …' / '"But the truth …'):
        each paragraph that opens with a quotation mark and no speaker label goes on with the
        turn before it."""
        text = self.text
        out: list[Span] = []
        for m in _PARAGRAPH.finditer(text, end):
            if m.start() in label_starts or text[m.start()] not in '"“':
                break
            body = _trim(text, m.start() + 1, m.end())
            if body[1] - body[0] < 10:
                break
            out.append(body)
        return out

    def _headline_label(self) -> None:
        """'Pence: Trump was joking', 'Poll: Voters abandon party', 'Obama on Climate: …': a
        headline that opens with a source and a colon reports what the source says."""
        text = self.text
        m = _HEADLINE_LABEL.match(text)
        if m is None or m.group("mark") != ":":
            self._headline_quote()
            return
        ls, le = m.span("label")
        if any(c.source == (ls, le) for c in self.cands):
            return  # a speaker label already
        label = m.group("label")
        if label.lower() in lx.HEADLINE_KICKERS or self._in_boiler(ls):
            return
        span = self.doc.char_span(ls, le, alignment_mode="expand")
        if span is None or not len(span):
            return
        named = all(t.tag_ in ("NNP", "NNPS") for t in span) and (bool(span.ents) or len(span) <= 2)
        # one or two capitalised words the tagger took for common nouns: 'Sanders:'
        named = named or (len(span) <= 2 and all(t.is_title and t.is_alpha for t in span))
        if not (named or span[-1].lower_ in lx.DOCUMENT_NOUNS):
            return
        body_s, body_e = _trim(text, m.start("body"), m.end("body"))
        if len(text[body_s:body_e].split()) < 3:
            return
        self._label_cand(body_s, body_e, m.span("mark"), ls, le, span)

    def _title_case_headline(self) -> None:
        """'Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’': a Title Case headline
        whose verb is a cue and whose words after it hold a quotation reports the subject.
        The tagger reads such lines poorly, so the cue is found by its word form."""
        text = self.text
        le = text.find("\n")
        ls = len(text) - len(text.lstrip())
        if le <= ls or self._in_boiler(ls):
            return
        words = re.findall(r"[^\W\d_][\w’'-]*", text[ls:le])
        if len(words) < 4 or any(
            not w[0].isupper() and w.lower() not in _TITLE_SMALL_WORDS for w in words
        ):
            return
        held = [qi for qi, q in enumerate(self.quotes) if ls <= q.start and q.end <= le]
        if not held or any(c.start < le for c in self.cands):
            return
        span = self.doc.char_span(ls, le, alignment_mode="expand")
        if span is None:
            return
        for verb in span[1:]:
            if verb.idx >= self.quotes[held[0]].start or not verb.is_alpha:
                return  # the subject is a run of words before the cue
            if lx.FORM_TO_LEMMA.get(verb.lower_) in lx.CUE_LEMMAS:
                break
        else:
            return
        body_s, body_e = _trim(text, verb.idx + len(verb), le)
        if body_e <= body_s:
            return
        subj = self.doc[verb.i - 1]
        self.cands.append(
            Cand(
                content=[(body_s, body_e)],
                cue=(verb.idx, verb.idx + len(verb)),
                cue_lemma=lx.FORM_TO_LEMMA[verb.lower_],
                cue_tok=verb,
                source=(span[0].idx, subj.idx + len(subj)),
                source_tok=subj,
                confidence=0.5,
                quotes=held,
            )
        )

    def _headline_quote(self) -> None:
        """'Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Investigated.’': a
        headline whose words after the colon are all one quotation quotes the person named
        before it."""
        m = _HEADLINE_QUOTE.match(self.text)
        if m is None or self._in_boiler(0):
            return
        body_s, body_e = _trim(self.text, m.start("body"), m.end("body"))
        qi = self.quote_at(body_s)
        if qi < 0 or self.quotes[qi].start != body_s or self.quotes[qi].end < body_e - 1:
            return
        label = self.doc.char_span(m.start("label"), m.end("label"), alignment_mode="expand")
        if label is None:
            return
        names = [e for e in label.ents if e.label_ in ("PERSON", "ORG")]
        if not names:
            return
        name = names[0]
        self._label_cand(body_s, body_e, m.span("mark"), name.start_char, name.end_char, name)

    def _label_cand(self, body_s, body_e, cue, ls, le, span) -> None:
        self.cands.append(
            Cand(
                content=[(body_s, body_e)],
                cue=cue,
                cue_lemma=self.text[cue[0] : cue[1]].strip(),
                source=(ls, le),
                source_tok=span.root,
                confidence=0.6,
                extras={"label_line": True},
            )
        )

    # ---- quotations --------------------------------------------------------------------------
    def _quote_overlaps(self, cand: Cand) -> list[int]:
        out = []
        quotes = self.quotes
        c_start, c_end = cand.start, cand.end
        for qi in range(bisect_right(self.q_maxend, c_start), len(quotes)):
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

    def _attach_quotes(self) -> None:
        text = self.text
        quotes = self.quotes
        used: set[int] = set()
        # 1. quotes that overlap a cue's content: widen the content to the whole quotation
        for cand in self.cands:
            for qi in self._quote_overlaps(cand):
                q = quotes[qi]
                if cand.extras.get("label_line"):
                    # a speaker label owns its line, whatever its marks pair up with
                    used.add(qi)
                    cand.quotes.append(qi)
                    continue
                inside = all(s <= q.start and q.end <= e for s, e in cand.content) or (
                    q.start >= cand.start and q.end <= cand.end
                )
                if inside:
                    used.add(qi)
                    cand.quotes.append(qi)
                    # a quotation inside the content is all of it there, marks included
                    cand.content = self._union(cand.content + list(q.pieces))
                    continue
                within = all(q.start <= s and e <= q.end for s, e in cand.content)
                outside = "".join(text[a:b] for a, b in _subtract(list(q.pieces), cand.content))
                if (
                    not within
                    and not q.is_sentence_like(text)
                    and q.n_words(text) < 4
                    and _WORD_CHAR.search(outside)
                ):
                    continue  # a scare-quoted phrase that only starts inside the content
                # the quotation crosses the content's edge: the quote is the content
                cue = cand.cue or (0, 0)
                if q.start < cue[1] and cue[0] < q.end:
                    continue
                cand.content = self._union(cand.content + list(q.pieces))
                cand.quotes.append(qi)
                used.add(qi)
        # 2. bare cues next to a quotation: '"…," he said' / 'he said: "…"'
        self._cand_cover, self._cand_cover_n = _Cover(), 0
        cues_by_pos = sorted(self.bare_cues, key=lambda x: x[0].i)
        for verb, lemma in cues_by_pos:
            subj = self._subject(verb, lemma)
            if subj is None and lemma in lx.SPEECH_VERBS:
                subj = self._misparsed_subject(verb)
            if subj is None:
                continue
            qi = self._adjacent_quote(verb, subj, used)
            if qi is None:
                self._colon_block(verb, subj, lemma)
                continue
            q = quotes[qi]
            cue, phrasal = self._cue_span(verb, subj)
            source = self._source_span(subj)
            if source is None:
                continue
            used.add(qi)
            self.cands.append(
                Cand(
                    content=list(q.pieces),
                    cue=cue,
                    cue_lemma=lemma + phrasal,
                    cue_tok=verb,
                    source=source,
                    source_tok=subj,
                    confidence=0.85,
                    quotes=[qi],
                )
            )
        # 3. split quotes and continuations: a quotation right after a direct attribution's cue
        self.cands.sort(key=lambda c: c.start)
        for cand in list(self.cands):
            if not cand.quotes:
                continue
            anchor = max(
                cand.end, cand.cue[1] if cand.cue else 0, cand.source[1] if cand.source else 0
            )
            anchor = self._sentence_end(cand, anchor)
            for qi in range(bisect_left(self.q_starts, anchor), len(quotes)):
                if qi in used:
                    break  # a later quotation would be separated from the anchor by this one
                q = quotes[qi]
                gap = text[anchor : q.start]
                coordinated = _COORD_GAP.match(gap) is not None  # '"…," and "…"'
                if not coordinated and (
                    len(gap) > 3 or not _GAP_OK.match(gap) or not q.is_sentence_like(text)
                ):
                    break
                if "\n" in gap:
                    break
                cand.content = cand.content + list(q.pieces)
                cand.quotes.append(qi)
                used.add(qi)
                anchor = q.end
        # 4. a quotation in the object of any verb whose subject can speak:
        #    'Trump openly admires Putin as a "strong leader"'
        cover = _Cover()
        for ci, c in enumerate(self.cands):
            cover.add(c.start, c.end, ci)

        def covered(pos: int) -> bool:
            cands = self.cands
            return any(cands[ci].start <= pos < cands[ci].end for ci in cover.at(pos))

        for qi, q in enumerate(quotes):
            if qi in used or covered(q.start):
                continue
            if (
                self._quoted_object(qi, q)
                or self._owned_quote(qi, q)
                or self._after_colon(qi, q, covered)
            ):
                used.add(qi)
                cover.add(self.cands[-1].start, self.cands[-1].end, len(self.cands) - 1)
        # 5. floating quotations: the speaker of the attribution just before them.
        # Speakers by position: (start, order, cand) of attributions with a source, and of
        # those with a quotation
        with_source = sorted(
            (c.start, ci, c) for ci, c in enumerate(self.cands) if c.source is not None
        )
        with_quote = [x for x in with_source if x[2].quotes]
        for qi, q in enumerate(quotes):
            if qi in used or not q.is_sentence_like(text) or not q.closed:
                continue  # a mark never closed, with no cue beside it, is no evidence of speech
            if covered(q.start):
                continue
            k = bisect_left(with_quote, (q.start,))
            prev, prev_ci = (with_quote[k - 1][2], with_quote[k - 1][1]) if k else (None, -1)
            k = bisect_left(with_source, (q.start,))
            last, last_ci = (with_source[k - 1][2], with_source[k - 1][1]) if k else (None, -1)
            if prev is None and last is None:
                continue
            if prev is None or (last is not prev and last.start > prev.end):
                # the continuing speaker: the last attribution before the quotation, in the
                # same or the previous paragraph, also when it was reported speech
                tail = max(last.end, last.cue[1] if last.cue else 0, last.source[1])
                between = text[tail : q.start]
                if len(between) > 400 or len(_paragraphs_in(between)) > 1:
                    continue
                prev, prev_ci = last, last_ci
            tail = max(prev.end, prev.cue[1] if prev.cue else 0, prev.source[1])
            between = text[tail : q.start]
            if "\n" in between and len(between) <= 40 and not between.strip(" \n.,;:"):
                # a quotation paragraph right after the speaker's quotation continues it
                prev.content = prev.content + list(q.pieces)
                prev.quotes.append(qi)
                used.add(qi)
                cover.add(q.start, q.end, prev_ci)
                continue
            if len(_paragraphs_in(between)) > 1 or len(between) > 400:
                continue
            self.cands.append(
                Cand(
                    content=list(q.pieces),
                    cue=None,
                    cue_lemma="",
                    cue_tok=None,
                    source=prev.source,
                    source_tok=prev.source_tok,
                    confidence=0.35,
                    quotes=[qi],
                    inherited=True,
                )
            )
            used.add(qi)
            new = self.cands[-1]
            cover.add(new.start, new.end, len(self.cands) - 1)
            entry = (new.start, len(self.cands) - 1, new)
            insort(with_source, entry)
            insort(with_quote, entry)

    def _quoted_object(self, qi: int, q: Quote) -> bool:
        doc = self.doc
        if q.looks_like_title(self.text):
            return False  # 'sat for an interview on "Politicking"', 'told "Morning Joe"'
        span = doc.char_span(q.start, q.pieces[0][1], alignment_mode="expand")
        if span is None or len(q.pieces) > 1:
            return False
        verb = span.root
        hops = 0
        while not verb.tag_.startswith("VB") and verb.head.i != verb.i and hops < 6:
            verb = verb.head
            hops += 1
        if not verb.tag_.startswith("VB") or verb.i >= span.start or self.quote_of[verb.i] >= 0:
            return False
        if verb.lower_ in lx.NON_CUE_VERBS or self._in_boiler(verb.idx):
            return False
        subj = self._object_verb_subject(verb)
        if subj is None or not self._can_hold_views(subj):
            return False
        if subj.tag_ in ("WDT",) or subj.lower_ in ("it", "this", "that"):
            return False
        rights = [
            c
            for c in verb.rights
            if c.dep_ in ("dobj", "prep", "oprd", "ccomp", "xcomp", "attr", "dative", "acomp")
        ]
        first_word = span.start
        while first_word < span.end - 1 and doc[first_word].is_quote:
            first_word += 1  # the opening mark may hang on the verb
        holder = next((c for c in rights if c.left_edge.i <= first_word <= c.right_edge.i), None)
        if holder is None:
            return False
        first = min(c.left_edge.i for c in rights if c.i <= holder.i)
        last = holder.right_edge.i
        before = doc[span.start - 1] if span.start else None
        if before is not None and before.lower_ in _NAMING_NOUNS:
            # 'has used the phrase "Islamic terrorism" often': the words named are the content
            pieces = list(q.pieces)
        else:
            # and the phrases that go on: 'reported "2,521 shootings" in the city since May'
            for c in rights:
                if (
                    c.i > last
                    and c.dep_ == "prep"
                    and not any(t.is_punct for t in doc[last + 1 : c.i])
                ):
                    last = c.right_edge.i
            pieces = self._in_paragraph(verb.idx, [self._tokspan(first, last)])
        if not pieces:
            return False
        cue, phrasal = self._cue_span(verb, subj)
        source = self._source_span(subj)
        if source is None:
            return False
        pieces = self._union(pieces + list(q.pieces))
        self.cands.append(
            Cand(
                content=pieces,
                cue=cue,
                cue_lemma=verb.lower_ + phrasal,
                cue_tok=verb,
                source=source,
                source_tok=subj,
                confidence=0.4,
                quotes=[qi],
            )
        )
        return True

    def _after_colon(self, qi: int, q: Quote, covered) -> bool:
        """'The piece used one of her remarks as its headline: "…"': a whole quotation after
        a colon is what the subject of the clause before the colon presents."""
        text, doc = self.text, self.doc
        colon = len(text[: q.start].rstrip(" \t")) - 1
        if colon < 1 or text[colon] != ":" or not q.is_sentence_like(text) or not q.closed:
            return False
        if covered(colon - 1):
            return False  # 'said she has the quality for the job: "…"': what was said goes on
        span = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        verb = doc[span.start - 1]
        for _ in range(6):
            if verb.tag_.startswith(("VB", "MD")) and any(c.dep_ == "nsubj" for c in verb.children):
                break
            if verb.head.i == verb.i:
                return False
            verb = verb.head
        else:
            return False
        subj = next(c for c in verb.children if c.dep_ == "nsubj")
        if (
            verb.i >= span.start
            or self.quote_of[subj.i] >= 0
            or self.quote_of[verb.i] >= 0
            or not self._can_hold_views(subj)
            or subj.lower_ in ("it", "this", "that")
        ):
            return False
        source = self._source_span(subj)
        if source is None:
            return False
        cue, phrasal = self._cue_span(verb, subj)
        self.cands.append(
            Cand(
                content=list(q.pieces),
                cue=cue,
                cue_lemma=verb.lower_ + phrasal,
                cue_tok=verb,
                source=source,
                source_tok=subj,
                confidence=0.5,
                quotes=[qi],
            )
        )
        return True

    def _owned_quote(self, qi: int, q: Quote) -> bool:
        """'Trump's "very, very big mistake"', 'her remark: "…"', 'his warning that "…"':
        a quotation owned by a possessor, directly or through a noun of saying."""
        doc = self.doc
        if q.looks_like_title(self.text) or len(q.pieces) > 1 or q.n_words(self.text) < 2:
            return False  # 'DuVernay's "13th"', 'the woman's "head"': names and scare quotes
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        k = span.start - 1
        while k > 0 and doc[k].text in (":", ",", "that") and span.start - k < 3:
            k -= 1
        tok = doc[k]
        owner = None
        cue = tok
        if tok.tag_ == "POS" and tok.i == span.start - 1:
            owner = tok.head  # X's "…"
        elif tok.tag_ in ("NN", "NNS") and (
            tok.lower_ in lx.STANCE_NOUNS or tok.lower_ in lx.SPEECH_ACT_NOUNS
        ):
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None or self.quote_of[owner.i] >= 0:
            return False
        if owner.tag_ == "PRP$":
            if owner.lower_ not in ("his", "her", "their", "our", "my"):
                return False
            source = self._tokspan(owner.i, owner.i)
        elif self._can_hold_views(owner):
            source = self._source_span(owner)
            if source is not None and self.text[source[1] - 2 : source[1]] in ("'s", "’s"):
                source = (source[0], source[1] - 2)
        else:
            return False
        if source is None:
            return False
        self.cands.append(
            Cand(
                content=list(q.pieces),
                cue=None if cue.tag_ == "POS" else (cue.idx, cue.idx + len(cue)),
                cue_lemma="" if cue.tag_ == "POS" else cue.lower_,
                cue_tok=None if cue.tag_ == "POS" else cue,
                source=source,
                source_tok=owner,
                confidence=0.45,
                quotes=[qi],
            )
        )
        return True

    def _object_verb_subject(self, verb: Token) -> Token | None:
        """Who does what the verb says: its own subject, or, for a subjectless participle or
        infinitive ('Bemoaning the "phony system," Trump ...', 'urged voters to "stand up"'),
        the subject of the clause it hangs from."""
        cur = verb
        for hop in range(4):
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                if self.quote_of[subj.i] >= 0:
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

    def _colon_block(self, verb: Token, subj: Token, lemma: str) -> None:
        """'The governor added: It is typical ...' / 'He wrote:' + an unquoted paragraph."""
        text = self.text
        doc = self.doc
        nxt = verb.i + 1
        while nxt < len(doc) and doc[nxt].dep_ in ("npadvmod", "advmod") and nxt - verb.i < 3:
            nxt += 1
        if nxt >= len(doc) or doc[nxt].text != ":":
            return
        start = doc[nxt].idx + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if text[start:line_end].strip():
            body = (start, line_end)
        else:
            m = re.compile(r"\n[^\S\n]*\n?[^\S\n]*(\S[^\n]*)").match(text, line_end)
            if not m:
                return
            body = m.span(1)
        body = _trim(text, *body)
        if body[1] - body[0] < 10 or self._overlaps_cand(*body):
            return
        cue, phrasal = self._cue_span(verb, subj)
        source = self._source_span(subj)
        if source is None:
            return
        self.cands.append(
            Cand(
                content=[body],
                cue=cue,
                cue_lemma=lemma + phrasal,
                cue_tok=verb,
                source=source,
                source_tok=subj,
                confidence=0.6,
            )
        )

    def _quote_just_before(self, subj: Token, verb: Token) -> bool:
        lo = min(self.subject_first.get(subj.i, subj.left_edge.i), verb.i)
        before = self.text[: self.doc[lo].idx].rstrip(" \t,")
        return before[-1:] in '”"»' and self.quote_at(len(before) - 1) >= 0

    def _overlaps_cand(self, start: int, end: int) -> bool:
        """Whether an attribution found so far meets [start, end). Used while attributions
        are only added, not widened: the index takes the new ones on each call."""
        cover = self._cand_cover
        cands = self.cands
        for ci in range(self._cand_cover_n, len(cands)):
            cover.add(cands[ci].start, cands[ci].end, ci)
        self._cand_cover_n = len(cands)
        return any(cands[c].start < end and start < cands[c].end for c in cover.over(start, end))

    def _sentence_end(self, cand: Cand, pos: int) -> int:
        """Past the rest of the cue's sentence (' said Monday.') when it holds no quotation."""
        if cand.cue_tok is None:
            return pos
        last = self.sent_bounds(cand.cue_tok.i)[1] - 1
        end = self.doc[last].idx + len(self.doc[last])
        rest = self.text[pos:end]
        k = bisect_left(self.q_starts, pos)
        if end <= pos or len(rest) > 250 or (k < len(self.q_starts) and self.q_starts[k] < end):
            return pos
        return pos + len(rest.rstrip())

    def _adjacent_quote(self, verb: Token, subj: Token, used: set[int]) -> int | None:
        """A quotation that ends just before the cue clause or starts just after it."""
        text = self.text
        doc = self.doc
        lo = min(self.subject_first.get(subj.i, subj.left_edge.i), verb.i)
        hi = max(subj.right_edge.i, verb.i)
        # trailing modifiers of the cue clause: 'he said in a statement:'
        for c in verb.rights:
            if (
                c.dep_ in ("prep", "npadvmod", "advmod", "dative", "dobj")
                and c.right_edge.i - hi < 8
                and self.quote_of[c.left_edge.i] < 0
            ):
                hi = max(hi, c.right_edge.i)
        clause_start = doc[lo].idx
        clause_end = doc[hi].idx + len(doc[hi])
        best = None
        quotes = self.quotes
        # quotes ending more than 3 characters before the clause cannot be adjacent
        for qi in range(bisect_left(self.q_maxend, clause_start - 3), len(quotes)):
            q = quotes[qi]
            if qi in used:
                continue
            if q.end <= clause_start:
                gap = text[q.end : clause_start]
                if len(gap) <= 3 and _GAP_OK.match(gap) and "\n" not in gap:
                    best = qi
            elif q.start >= clause_end:
                gap = text[clause_end : q.start]
                # with no mark between, the quotation must end the clause: in 'reported
                # "2,521 shootings" in the city' it is only part of the object
                verb_end = doc[verb.right_edge.i].idx + len(doc[verb.right_edge.i])
                if (
                    len(gap) <= 4
                    and _GAP_OK.match(gap)
                    and (":" in gap or "," in gap or (gap.strip() == "" and verb_end <= q.end + 1))
                ) and (best is None or ":" in gap):
                    return qi if (":" in gap or best is None) else best
                break
        return best

    # ---- nesting -------------------------------------------------------------------------------
    def _channels(self) -> None:
        """'According to X, Y said Z', 'X reported that Y said Z': X is a channel for Y."""
        drop = set()
        cands = self.cands
        # attributions by the position of their cue, to find those inside a channel's content
        by_cue = sorted((c.cue[0], j) for j, c in enumerate(cands) if c.cue is not None)
        for i, outer in enumerate(cands):
            base = outer.cue_lemma.split()[0] if outer.cue_lemma else ""
            if base not in lx.CHANNEL_CUES:
                continue
            o_start, o_end = outer.start, outer.end
            lo = bisect_left(by_cue, (o_start, -1))
            hi = bisect_left(by_cue, (o_end, -1))
            for j in sorted(j for _, j in by_cue[lo:hi]):
                inner = cands[j]
                if i == j or inner.cue is None or inner.source is None:
                    continue
                if not (
                    outer.start <= inner.cue[0] < outer.end
                    and outer.start <= inner.source[0] < outer.end
                ):
                    continue
                head = outer.extras.get("clause_head")
                if head is not None and inner.cue_tok is not None and inner.cue_tok.i != head:
                    continue  # the inner cue is not what the channel reports, just nearby
                if not inner.intermediary:
                    inner.intermediary = (
                        self.text[outer.source[0] : outer.source[1]] if outer.source else ""
                    )
                    inner.intermediary_span = outer.source
                drop.add(i)
        self.cands = [c for i, c in enumerate(self.cands) if i not in drop]

    def _dedupe(self) -> list[Cand]:
        # "X said he believes ...": the inner stance of the same speaker adds nothing
        drop = set()
        cands = self.cands
        extent = [(c.start, c.end) for c in cands]
        cover = _Cover()
        sources = _Cover()
        for j, (s, e) in enumerate(extent):
            cover.add(s, e, j)
            if cands[j].source:
                sources.add(cands[j].source[0], cands[j].source[1], j)
        for i, inner in enumerate(cands):
            st = inner.source_tok
            if inner.cue is None or st is None or st.tag_ != "PRP":
                continue
            for j in cover.at(inner.cue[0]):
                if (
                    i != j
                    and j not in drop
                    and _within(inner.cue[0], cands[j].content)
                    and _within(st.idx, cands[j].content)
                    and not inner.quotes
                ):
                    drop.add(i)
                    break
        # "One volunteer, who did not want to be named, said ...": a cue inside another
        # attribution's source describes the speaker
        for i, inner in enumerate(self.cands):
            if inner.cue is None or i in drop:
                continue
            for j in sources.at(inner.cue[0]):
                src = cands[j].source
                if i != j and src and src[0] <= inner.cue[0] < src[1]:
                    drop.add(i)
                    break
        # "Trump said that Clinton once described X as ...": the inner claim is what the outer
        # speaker says; pinning it on Clinton would misattribute it. Channels ("according to
        # the agency, X said") were already turned into intermediaries by _channels().
        for i, inner in enumerate(self.cands):
            if inner.cue is None or i in drop:
                continue
            for j in cover.at(inner.cue[0]):
                if i != j and j not in drop and _within(inner.cue[0], cands[j].content):
                    drop.add(i)
                    break
        self.cands = [c for i, c in enumerate(self.cands) if i not in drop]
        out: list[Cand] = []
        seen: dict[tuple, int] = {}
        for c in sorted(self.cands, key=lambda c: (c.start, -c.confidence)):
            key = (tuple(c.content),)
            if key in seen:
                continue
            seen[key] = len(out)
            out.append(c)
        for c in out:
            self._cut_circumstance(c)
            self._cut_colon_lead(c)
            c.kind = self._kind(c)
            if c.kind == "direct" and not c.inherited:
                c.confidence = max(c.confidence, 0.85)
        return out

    def _cut_colon_lead(self, cand: Cand) -> None:
        """'Sen. McCaskill scolded him: "…," she said': the words before a colon that opens
        the quotation introduce it; they are not part of what was said."""
        if not cand.quotes or cand.extras.get("label_line"):
            return
        s, e = cand.content[0]
        q = self.quotes[min(cand.quotes, key=lambda qi: self.quotes[qi].start)]
        if not s < q.start < e:
            return
        lead = self.text[s : q.start].rstrip()
        if lead.endswith(":"):
            cand.content[0] = (q.start, e)

    def _cut_circumstance(self, cand: Cand) -> None:
        """'called the law a "crazy system" during a stop in Flint', '"…," when Clinton …':
        after the last quotation, a time or a circumstance clause is the writer's, not the
        source's."""
        if cand.extras.get("label_line") or not cand.content:
            return
        s, e = cand.content[-1]
        qi = self.quote_at(e - 1)
        if qi >= 0 and self.quotes[qi].end >= e:
            return  # the content ends with the quotation
        text = self.text
        for pos in range(e - 1, s, -1):
            if text[pos] not in "”\"»’'":
                continue
            qi = self.quote_at(pos)
            if qi < 0 or self.quotes[qi].end != pos + 1:
                continue
            rest = text[pos + 1 : e]
            lead = len(rest) - len(rest.lstrip(" ,"))
            span = self.doc.char_span(pos + 1 + lead, e, alignment_mode="expand")
            if span is None or not len(span):
                return
            first = span[0]
            if first.lower_ in _CIRCUMSTANCE or first.ent_type_ in ("DATE", "TIME"):
                cand.content[-1] = (s, pos + 1)
            return

    def _kind(self, cand: Cand) -> str:
        if not cand.quotes:
            return "indirect"
        quoted = 0
        total = 0
        for s, e in cand.content:
            for i in range(s, e):
                if not self.text[i].isspace():
                    total += 1
        for qi in cand.quotes:
            for s, e in self.quotes[qi].pieces:
                for ps, pe in cand.content:
                    lo, hi = max(s, ps), min(e, pe)
                    if hi > lo:
                        quoted += sum(1 for ch in self.text[lo:hi] if not ch.isspace())
        return "direct" if quoted >= 0.9 * total else "mixed"
