"""ClaimTrack attribution engine: who said what, with character offsets into the text.

Plain Python over spaCy; no Django import anywhere in this package.

    from claims.extraction import extract, extract_many
    for a in extract(text):
        print(a.kind, a.speaker.name if a.speaker else None, a.content_text(text))

Modules:
    engine.py       model loading (once per process), extract / extract_many over nlp.pipe
    quotes.py       quotation-mark pairing over the whole text (paragraph continuations)
    boilerplate.py  "READ MORE", "You may also like" lists and headline-like lines
    datelines.py    a wire story's dateline ("DOVER (AP) —"), which the parser takes for a
                    subject: one description for the rules and the resolver
    rules/          the attribution rules, one module per family (cue verbs and their
                    clauses, "according to", stance words, speaker labels, quote
                    attachment, channels, nesting); rules/__init__.py runs them in order
    coref/          speaker resolution: the people an article names (person.py, people.py),
                    what the text says about them (evidence.py: gender, roles), documents
                    as their issuers' words (documents.py), and the resolution steps, one
                    per kind of mention, in modules by family (*_steps.py), tried in the
                    order resolver.py writes
    lexicon.py      cue lexicon with generated inflections, role and group nouns
    serialize.py    JSON (what score_attributions.py reads) and plain-text output
"""

from .engine import attributions_from_doc, extract, extract_many, load_nlp
from .types import ATTRIBUTION_KINDS, SPEAKER_KINDS, Attribution, ResolvedSpeaker, Span

# Bump whenever the output for some input changes.
EXTRACTOR_VERSION = "0.39.0"

__all__ = [
    "ATTRIBUTION_KINDS",
    "EXTRACTOR_VERSION",
    "SPEAKER_KINDS",
    "Attribution",
    "ResolvedSpeaker",
    "Span",
    "attributions_from_doc",
    "extract",
    "extract_many",
    "load_nlp",
]
