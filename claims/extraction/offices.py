"""Who an office title and a surname name by public record: "President Obama" is Barack
Obama, the only U.S. president of that surname; "President Bush" (two of them) is nobody
here. From data/us_presidents_vice_presidents.tsv, written from general knowledge of the
office holders (nothing derived from any article). Speaker resolution uses it only when the
article itself gives that surname no other fitting first name (coref/people.py)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import NamedTuple

from .coref.person import name_parts

DATA = Path(__file__).resolve().parent / "data" / "us_presidents_vice_presidents.tsv"
OFFICES = ("president", "vice president")


class Holder(NamedTuple):
    name: str  # "Barack Obama"
    gender: str  # "m" or "f"


@functools.cache
def _holders() -> dict[tuple[str, str], list[Holder]]:
    """(office, normalised surname) -> the people who held that office, loaded once."""
    holders: dict[tuple[str, str], list[Holder]] = {}
    with DATA.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            office, name, gender = line.rstrip("\n").split("\t")
            people = holders.setdefault((office, name_parts(name)[1]), [])
            if all(h.name != name for h in people):
                people.append(Holder(name, gender))
    return holders


def holders(office: str, surname: str) -> list[Holder]:
    """Everyone who held the office with this (normalised) surname."""
    return list(_holders().get((office, surname), []))


def sole_holder(office: str, surname: str) -> Holder | None:
    """The one person who held the office with this (normalised) surname, None when nobody
    or several did ("president", "bush")."""
    people = _holders().get((office, surname), [])
    return people[0] if len(people) == 1 else None
