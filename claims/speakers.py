"""Speakers across articles: one Speaker per real person or organisation.

The engine resolves who speaks within one article (a ResolvedSpeaker); here that is matched
to a Speaker: by normalised name or alias, else by a conservative fuzzy match of full names
(spelling variants such as Zelensky / Zelenskyy), else a new Speaker. Anonymous and group
speakers ("a senior EU diplomat", "analysts") are never matched across articles: their claims
carry the description but no Speaker.
"""

import hashlib
import re
import unicodedata

from django.db import connection, transaction
from django.utils.text import slugify
from rapidfuzz import fuzz, process

from claims.extraction.types import ResolvedSpeaker
from claims.models import Claim, Speaker, SpeakerAlias

MATCHED_KINDS = (Speaker.Kind.PERSON, Speaker.Kind.ORGANISATION)
# fuzz.ratio of normalised full names; 92 takes "zelensky"/"zelenskyy" and "jon"/"john"
# but not "joan smith"/"john smith" (90).
FUZZY_MIN_SCORE = 92
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"})
_NOT_WORD = re.compile(r"[^\w\s]+")
_LOCK_KEY = int.from_bytes(hashlib.sha256(b"claims.speakers").digest()[:8], "big", signed=True)


def normalise_name(name: str) -> str:
    """The form names and aliases are compared in: no accents, case, punctuation or courtesy
    title. "Dr. José O'Neill-Díaz" -> "jose o neill diaz"; "the Kremlin" -> "kremlin"."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    tokens = _NOT_WORD.sub(" ", plain.replace("_", " ")).split()
    while tokens and (tokens[0] in _HONORIFICS or tokens[0] == "the") and len(tokens) > 1:
        tokens = tokens[1:]
    return " ".join(tokens)


def lock_speakers() -> None:
    """Serialise speaker matching across workers for the rest of the transaction, so two
    articles about the same new person cannot create it twice."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK_KEY])


def _by_alias(normalised: str) -> Speaker | None:
    alias = SpeakerAlias.objects.select_related("speaker").filter(normalised=normalised).first()
    return alias.speaker if alias else None


def _by_fuzzy_name(normalised: str, kind: str) -> Speaker | None:
    tokens = normalised.split()
    if len(tokens) < 2:
        return None  # a lone surname is too weak to guess from
    candidates = {
        alias_id: candidate
        for alias_id, candidate in SpeakerAlias.objects.filter(
            speaker__kind=kind, normalised__startswith=normalised[0]
        ).values_list("id", "normalised")
        # Same number of words, and the same initial to the last: a spelling variant.
        if len(candidate.split()) == len(tokens) and candidate.split()[-1][0] == tokens[-1][0]
    }
    best = process.extractOne(
        normalised, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE
    )
    if best is None:
        return None
    return SpeakerAlias.objects.select_related("speaker").get(pk=best[2]).speaker


def _unique_slug(name: str) -> str:
    base = slugify(name)[:300] or "speaker"
    slug, n = base, 1
    while Speaker.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def add_aliases(speaker: Speaker, names) -> None:
    """Record names as the speaker's aliases; a name already taken by anyone is left alone."""
    aliases = {}
    for name in names:
        normalised = normalise_name(name)[:300]
        if normalised:
            aliases.setdefault(normalised, name.strip()[:300])
    # One statement; the unique index on `normalised` leaves names already taken alone.
    SpeakerAlias.objects.bulk_create(
        [SpeakerAlias(speaker=speaker, alias=a, normalised=n) for n, a in aliases.items()],
        ignore_conflicts=True,
    )


def known_speakers(resolved_speakers) -> dict[str, Speaker]:
    """The speakers already known by any name of these resolved speakers, by normalised name,
    in one query: what resolve_speaker would otherwise look up name by name. Call inside a
    transaction after lock_speakers(), and pass the same dict to each resolve_speaker call."""
    names = set()
    for resolved in resolved_speakers:
        if resolved.kind in MATCHED_KINDS:
            names.update(normalise_name(name) for name in (resolved.name, *resolved.aliases))
    names.discard("")
    known: dict[str, Speaker] = {}
    one_per_id: dict[int, Speaker] = {}  # so a description set on one is seen by all
    for alias in SpeakerAlias.objects.select_related("speaker").filter(normalised__in=names):
        known[alias.normalised] = one_per_id.setdefault(alias.speaker_id, alias.speaker)
    return known


def resolve_speaker(
    resolved: ResolvedSpeaker, known: dict[str, Speaker] | None = None
) -> Speaker | None:
    """The Speaker for a person or organisation the engine resolved; None for anonymous and
    group speakers. Call inside a transaction after lock_speakers(); `known` (from
    known_speakers, kept up to date here) saves a query per name."""
    if resolved.kind not in MATCHED_KINDS:
        return None
    normalised = normalise_name(resolved.name)
    if not normalised:
        return None
    by_alias = _by_alias if known is None else known.get
    speaker = by_alias(normalised)
    if speaker is None:
        # The article's other full names for them ("Volodymyr Zelenskiy") may be known.
        for alias in resolved.aliases:
            alias_normalised = normalise_name(alias)
            if len(alias_normalised.split()) >= 2:
                speaker = by_alias(alias_normalised)
                if speaker is not None:
                    break
    if speaker is None:
        speaker = _by_fuzzy_name(normalised, resolved.kind)
    if speaker is None:
        speaker = Speaker.objects.create(
            name=resolved.name.strip()[:300],
            slug=_unique_slug(resolved.name),
            kind=resolved.kind,
            description=resolved.description[:500],
        )
    elif not speaker.description and resolved.description:
        speaker.description = resolved.description[:500]
        speaker.save(update_fields=["description", "updated_at"])
    names = [speaker.name, resolved.name, *resolved.aliases]
    if known is not None:
        # Names already anyone's are left alone, as add_aliases does: only new ones are added.
        added: dict[str, str] = {}
        for name in names:
            added.setdefault(normalise_name(name)[:300], name)  # the first spelling, as stored
        added = {key: name for key, name in added.items() if key and key not in known}
        known.update(dict.fromkeys(added, speaker))
        names = list(added.values())
    if names:
        add_aliases(speaker, names)
    return speaker


def sync_speaker_name(speaker: Speaker) -> int:
    """After a rename: claims' denormalised speaker_name follows, the new name is an alias."""
    add_aliases(speaker, [speaker.name])
    return Claim.objects.filter(speaker=speaker).update(speaker_name=speaker.name)


@transaction.atomic
def rename_speaker(speaker: Speaker, name: str) -> Speaker:
    speaker.name = name.strip()[:300]
    speaker.save(update_fields=["name", "updated_at"])
    sync_speaker_name(speaker)
    return speaker


@transaction.atomic
def merge_speakers(target: Speaker, others) -> int:
    """Move every claim and alias of others to target, then delete others. Returns the number
    of claims moved. Others' names stay findable as target's aliases."""
    lock_speakers()
    others = [other for other in others if other.pk != target.pk]
    other_ids = [other.pk for other in others]
    moved = Claim.objects.filter(speaker_id__in=other_ids).update(
        speaker=target, speaker_name=target.name
    )
    SpeakerAlias.objects.filter(speaker_id__in=other_ids).update(speaker=target)
    add_aliases(target, [target.name, *(other.name for other in others)])
    if not target.description:
        target.description = next((o.description for o in others if o.description), "")
        target.save(update_fields=["description", "updated_at"])
    Speaker.objects.filter(pk__in=other_ids).delete()
    return moved
