"""Cleaning up the speakers of an existing database: what `manage.py resolve_speakers` does
(one Speaker per person, no junk speakers, people and organisations each of their kind) and
what the admin lists for editors to decide (likely duplicates, aliases of another person).
Matching new claims to speakers is claims.speakers; this module builds on it.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count
from rapidfuzz.distance import Levenshtein

from claims import spread
from claims.extraction.lexicon import PURPOSE_WORDS
from claims.extraction.news_organisations import news_organisation
from claims.models import Claim, Speaker, SpeakerAlias
from claims.names import (
    display_name,
    is_acronym,
    is_bare_surname,
    is_computed_key,
    is_first_name,
    key_surname,
    looks_like_a_person,
    person_key,
    plain,
    why_not_a_speaker,
)
from claims.speakers import (
    MATCHED_KINDS,
    bodies_an_acronym_spells,
    body_spelled_otherwise,
    is_lone_word_person,
    is_role_and_name,
    lock_speakers,
    lone_word_body,
    merge_speakers,
    normalise_name,
    people_with_surname,
    rename_speaker,
)


def claims_open_to_re_resolution():
    """Claims whose speaker resolve_speakers may change: not those an editor set by hand."""
    return Claim.objects.filter(speaker_locked=False)


def duplicate_people() -> list[list[Speaker]]:
    """People on more than one Speaker: groups sharing a person key (not a bare surname),
    each with the most-quoted first."""
    shared = (
        Speaker.objects.filter(kind=Speaker.Kind.PERSON)
        .exclude(person_key="")
        .exclude(person_key__startswith="|")
        .values("person_key")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .values("person_key")
    )
    groups: dict[str, list[Speaker]] = {}
    speakers = (
        Speaker.objects.filter(person_key__in=shared)
        .annotate(claim_total=Count("claims"))
        .order_by("person_key", "-claim_total", "pk")
    )
    for speaker in speakers:
        groups.setdefault(speaker.person_key, []).append(speaker)
    return list(groups.values())


def bare_surnames_beside_one_person() -> list[tuple[Speaker, Speaker]]:
    """(bare-surname speaker, the one full-name person with that surname): likely the same
    person, for an editor to merge (which article's "Trump" was meant is not stored)."""
    pairs = []
    for bare in Speaker.objects.filter(kind=Speaker.Kind.PERSON, person_key__startswith="|"):
        people = people_with_surname(key_surname(bare.person_key))
        if len(people) == 1:
            pairs.append((bare, people[0]))
    return pairs


def _named_people(*order_by: str):
    """(speaker, [first name, surname, generation]) for each person whose key the engine
    computed from a full name (not a bare surname, not one an editor typed)."""
    people = Speaker.objects.filter(kind=Speaker.Kind.PERSON).exclude(person_key__startswith="|")
    for speaker in people.exclude(person_key="").order_by(*order_by):
        parts = speaker.person_key.split("|")
        if len(parts) == 3 and is_computed_key(speaker.person_key):
            yield speaker, parts


def names_with_and_without_a_generation() -> list[list[Speaker]]:
    """People named the same but one with a generation and one without ("Joe Biden" beside
    "Joseph R. Biden Jr."), each group ordered plain name first: often one person whose
    "Jr." only some articles give, sometimes father and son ("Donald Trump" and "Donald Trump
    Jr."). Never merged automatically; listed for an editor to decide."""
    by_name: dict[tuple[str, str], list[Speaker]] = {}
    for speaker, (first, surname, _) in _named_people("person_key", "pk"):
        by_name.setdefault((first, surname), []).append(speaker)
    return [
        group
        for group in by_name.values()
        if group[0].person_key.endswith("|") and not group[-1].person_key.endswith("|")
    ]


def first_names_a_letter_apart() -> list[tuple[Speaker, Speaker]]:
    """People of one surname and generation whose first names are one letter apart
    ("Hilary Clinton" / "Hillary Clinton", an article's misspelling; also "Ivana Trump" /
    "Ivanka Trump", two people), the more-quoted first: for an editor to decide, never
    merged automatically."""
    by_surname: dict[tuple[str, str], list[tuple[Speaker, str]]] = {}
    for speaker, (first, surname, generation) in _named_people("-claim_count", "pk"):
        by_surname.setdefault((surname, generation), []).append((speaker, first))
    pairs = []
    for group in by_surname.values():
        for i, (one, first) in enumerate(group):
            for other, other_first in group[i + 1 :]:
                if min(len(first), len(other_first)) >= 3 and (
                    Levenshtein.distance(first, other_first) == 1
                ):
                    pairs.append((one, other))
    return pairs


def short_and_full_body_names() -> list[tuple[Speaker, Speaker]]:
    """(short name, full name) of organisations where the full name is the short one with a
    purpose or field after it ("Harlow Center" / "Harlow Center for Justice") or a place or
    owner before it ("Security Council" / "UN Security Council"; one word, "Council", is too
    short to count): likely one body, for an editor to merge, never merged automatically
    ("Institute for X" and "Institute for Y" are two, "Dover Police Department" and "Police
    Department" may be)."""
    bodies = Speaker.objects.filter(kind=Speaker.Kind.ORGANISATION).order_by("name", "pk")
    by_name: dict[str, Speaker] = {}
    for body in bodies:
        by_name.setdefault(normalise_name(body.name), body)
    pairs = []
    for name, full in by_name.items():
        if "/" in full.name:
            continue  # "Harbor Times/WDVR" polls together: two bodies, not one
        short = _short_name_of(name.split(), by_name)
        if short is not None:
            pairs.append((short, full))
    return pairs


# what opens a body's purpose or field after its short name: "for Justice", "on Trade", "of
# Sciences" ("National Academies" / "National Academies of Sciences")
_FIELD_WORDS = PURPOSE_WORDS | {"of"}


def _short_name_of(words: list[str], by_name: dict[str, Speaker]) -> Speaker | None:
    """The stored body whose name is these words cut before a purpose word ("… for
    Justice", "… of Sciences") or the last two or more of them ("Security Council" of "UN Security
    Council")."""
    for i, word in enumerate(words[2:], start=2):
        if word in _FIELD_WORDS and " ".join(words[:i]) in by_name:
            return by_name[" ".join(words[:i])]
    for i in range(1, len(words) - 1):
        if " ".join(words[i:]) in by_name:
            return by_name[" ".join(words[i:])]
    return None


def aliases_of_another_person() -> list[SpeakerAlias]:
    """Aliases with another first name or generation than their person ("Ivanka Trump" on
    Ivana Trump, as fuzzy matching once joined them), for an editor to split: an editor may
    have put them there, so they are never moved automatically."""
    aliases = SpeakerAlias.objects.select_related("speaker").filter(
        speaker__kind=Speaker.Kind.PERSON
    )
    found = []
    for alias in aliases.exclude(speaker__person_key="").order_by("speaker__name", "alias"):
        key = person_key(alias.alias)
        if key and not is_bare_surname(key) and not is_bare_surname(alias.speaker.person_key):
            first, _, suffix = key.split("|")
            other_first, _, other_suffix = alias.speaker.person_key.split("|", 2)
            if (first, suffix) != (other_first, other_suffix):
                found.append(alias)
    return found


def _fullest(names) -> str:
    """ "Donald J. Trump" over "Donald Trump": most words, then longest."""
    return max(names, key=lambda name: (len(name.split()), len(name)))


def merge_duplicate_people() -> list[tuple[list[str], str]]:
    """Merge each group of duplicate_people into its most-quoted Speaker, which takes the
    fullest of their names. Returns (the group's names, the name kept) per group."""
    merged = []
    for target, *others in duplicate_people():
        names = [target.name, *(other.name for other in others)]
        merge_speakers(target, others)
        if _fullest(names) != target.name:
            rename_speaker(target, _fullest(names))
        merged.append((names, target.name))
    return merged


def detach_junk_speakers() -> list[tuple[str, str, int]]:
    """Take speakers whose name is never a speaker off their claims (which keep what was
    written as speaker_text) and delete them once no claim is left on them. Returns
    (name, reason, claims detached) per speaker."""
    detached = []
    for speaker in Speaker.objects.filter(kind__in=MATCHED_KINDS).order_by("name"):
        reason = why_not_a_speaker(speaker.name, speaker.kind) or _lone_first_name(speaker)
        if not reason:
            continue
        claims = claims_open_to_re_resolution().filter(speaker=speaker)
        groups = spread.groups_of(claims)
        count = claims.update(speaker=None, speaker_name="")
        spread.credit_changed(groups)
        if not Claim.objects.filter(speaker=speaker).exists():
            speaker.delete()
        detached.append((speaker.name, reason, count))
    return detached


def _lone_first_name(speaker: Speaker) -> str:
    """ "bare first name" for a person called by a first name alone ("Greta") when no one of
    that surname is known: whoever it was, another article's Greta is someone else."""
    if not is_lone_word_person(speaker):
        return ""
    surname = key_surname(speaker.person_key)
    if not is_first_name(surname) or people_with_surname(surname):
        return ""
    return "bare first name"


def people_taken_for_bodies() -> list[str]:
    """Organisations whose name is a person's ("Spokeswoman Ana Ruiz", "Lester Holt" the
    anchor) become people, to be merged with the person by merge_duplicate_people. Returns
    their names."""
    changed = []
    for speaker in Speaker.objects.filter(kind=Speaker.Kind.ORGANISATION).order_by("pk"):
        if looks_like_a_person(speaker.name) or is_role_and_name(speaker.name):
            speaker.kind = Speaker.Kind.PERSON
            speaker.person_key = person_key(speaker.name)[:300]
            speaker.save(update_fields=["kind", "person_key", "updated_at"])
            shown = display_name(speaker.name)
            if shown != speaker.name:
                rename_speaker(speaker, shown)
            changed.append(speaker.name)
    return changed


def bodies_taken_for_people() -> list[str]:
    """People named by one word that is an organisation's ("Politico", "Twitter", "MNBSC" in
    capitals; see _lone_word_organisation) become organisations. Returns their names."""
    changed = []
    for speaker in Speaker.objects.filter(kind=Speaker.Kind.PERSON).order_by("pk"):
        body = news_organisation(speaker.name)
        if not body and is_lone_word_person(speaker):
            surname = key_surname(speaker.person_key)
            body = "" if people_with_surname(surname) else lone_word_body(speaker.name)
        if body:
            speaker.kind, speaker.person_key = Speaker.Kind.ORGANISATION, ""
            speaker.save(update_fields=["kind", "person_key", "updated_at"])
            changed.append(speaker.name)
    return changed


def merge_acronym_organisations() -> list[tuple[str, str]]:
    """Merge each organisation named by an acronym ("FBI") into the one organisation whose
    spelled-out name it abbreviates ("Federal Bureau of Investigation"), if just one does.
    Returns (acronym, the name kept) per merge."""
    merged = []
    organisations = Speaker.objects.filter(kind=Speaker.Kind.ORGANISATION).order_by("pk")
    for short in [org for org in organisations if is_acronym(org.name)]:
        candidates = bodies_an_acronym_spells(plain(short.name).replace(" ", ""), exclude=short)
        if len(candidates) == 1:
            target = candidates[0]
            merge_speakers(target, [short])
            merged.append((short.name, target.name))
    return merged


def merge_body_spellings() -> list[tuple[str, str]]:
    """Merge each organisation into an older one that is the same body written another way
    ("Pew Research" / "Pew Research Center", "RealClearPolitics" / "Real Clear Politics"), as
    claims.speakers.body_spelled_otherwise finds them, when each is the other's only match.
    Returns (name, the name kept) per merge."""
    merged = []
    for body in Speaker.objects.filter(kind=Speaker.Kind.ORGANISATION).order_by("-pk"):
        target = body_spelled_otherwise(body.name, exclude=body)
        # each the other's only other spelling: "Pew Research" beside both a "Pew Research
        # Center" and a "Pew Research Institute" could be either, and stays for an editor
        if (
            target is not None
            and target.pk < body.pk
            and body_spelled_otherwise(target.name, exclude=target) == body
        ):
            merge_speakers(target, [body])
            merged.append((body.name, target.name))
    return merged


def refresh_person_keys() -> int:
    """Give each person the key their name has now (names.py may have learnt a short form);
    a key an editor wrote by hand (not first|last|suffix, e.g. with "#2") is kept."""
    people = list(Speaker.objects.filter(kind=Speaker.Kind.PERSON))
    changed = []
    for speaker in people:
        key = person_key(speaker.name)[:300]
        if key != speaker.person_key and (
            not speaker.person_key or is_computed_key(speaker.person_key)
        ):
            speaker.person_key = key
            changed.append(speaker)
    Speaker.objects.bulk_update(changed, ["person_key"], batch_size=1000)
    return len(changed)


@dataclass
class ReResolution:
    keys_updated: int = 0
    detached: list[tuple[str, str, int]] = field(default_factory=list)
    merged: list[tuple[list[str], str]] = field(default_factory=list)
    acronyms: list[tuple[str, str]] = field(default_factory=list)
    made_people: list[str] = field(default_factory=list)
    made_bodies: list[str] = field(default_factory=list)


@transaction.atomic
def re_resolve_speakers(dry_run: bool = False) -> ReResolution:
    """One Speaker per person and no junk speakers in an existing database; idempotent.
    Editors' merges stay (aliases are not moved back) and so do claims that are not
    claims_open_to_re_resolution(). With dry_run, reports what it would do and undoes it."""
    lock_speakers()
    spread.lock_quotes()
    result = ReResolution(keys_updated=refresh_person_keys())
    result.detached = detach_junk_speakers()
    result.made_people = people_taken_for_bodies()
    result.made_bodies = bodies_taken_for_people()
    result.merged = merge_duplicate_people()
    result.acronyms = merge_acronym_organisations() + merge_body_spellings()
    if dry_run:
        transaction.set_rollback(True)
    return result
