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
    "" when the word names no organisation of the list. An acronym of four letters or more
    with two neighbouring letters swapped is a typo of the listed one ("MNSBC" -> "MSNBC")."""
    key = (word or "").strip().casefold()
    found = _names().get(key, "")
    if found or len(key) < 4 or not word.strip().isupper():
        return found
    return next((n for k, n in _names().items() if _swapped_neighbours(key, k)), "")


def _swapped_neighbours(a: str, b: str) -> bool:
    """ "mnsbc" and "msnbc": equal but for two neighbouring letters in the other order."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )
