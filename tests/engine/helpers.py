"""Shared helpers for the attribution engine tests (no database, model loaded once)."""

from __future__ import annotations

from claims.extraction import Attribution, extract


def run(text: str) -> list[Attribution]:
    """extract() with a sanity check that every span points into the text."""
    out = extract(text)
    for a in out:
        for s, e in a.content:
            assert 0 <= s < e <= len(text)
        for span in (a.cue, a.source, a.intermediary_span):
            if span is not None:
                assert 0 <= span[0] < span[1] <= len(text)
    return out


def find(atts: list[Attribution], text: str, needle: str) -> Attribution:
    """The attribution whose content contains needle."""
    hits = [a for a in atts if needle in a.content_text(text)]
    assert hits, f"no attribution with {needle!r}; got {[a.content_text(text) for a in atts]}"
    return hits[0]


def speaker_name(a: Attribution) -> str | None:
    return a.speaker.name if a.speaker else None
