"""ClaimTrack attribution engine: who said what, with character offsets into the text.

Plain Python over spaCy; no Django import anywhere in this package.

    from claims.extraction import extract, extract_many
    for a in extract(text):
        print(a.kind, a.speaker.name if a.speaker else None, a.content_text(text))
"""

from .engine import attributions_from_doc, extract, extract_many, load_nlp
from .types import ATTRIBUTION_KINDS, SPEAKER_KINDS, Attribution, ResolvedSpeaker, Span

# Bump whenever the output for some input changes.
EXTRACTOR_VERSION = "0.5.0"

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
