"""News organisations, fact-checkers, pollsters and platforms known by one word ("Bloomberg",
"Politico", "Twitter"), from data/news_organisations.tsv, written from general knowledge of
the media: such a word as a speaker is the organisation, never a person of that name."""

from __future__ import annotations

import functools
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "news_organisations.tsv"


@functools.cache
def _names() -> dict[str, str]:
    """Lower-cased name -> the name as the organisation writes it, loaded once."""
    names: dict[str, str] = {}
    with DATA.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            name = line.split("\t")[0].strip()
            names[name.casefold()] = name
    return names


def news_organisation(word: str) -> str:
    """The organisation's own spelling of a one-word name ("politifact" -> "PolitiFact"),
    "" when the word names no organisation of the list."""
    return _names().get((word or "").strip().casefold(), "")
