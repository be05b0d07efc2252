"""Speakers across articles: one Speaker per real person or organisation.

The engine resolves who speaks within one article (a ResolvedSpeaker); here that is matched
to a Speaker. A person is matched by normalised name or alias, else by person key (first name,
surname, Jr./Sr.: "Donald J. Trump" = "Donald Trump", see claims.names), else by a spelling
variant of the surname with the same first name (Zelensky / Zelenskyy, never Ivana / Ivanka),
else a new Speaker. A bare surname joins a person only when it can mean just one. An
organisation is matched by name or alias, else by a fuzzy match of its full name. Names that
are never speakers (claims.names.is_browsable_name) and anonymous and group speakers ("a
senior EU diplomat", "analysts") get no Speaker: their claims carry what was written.
"""

import dataclasses
import hashlib
import re
import unicodedata

from django.db import connection, transaction
from django.db.models import Value
from django.db.models.functions import Replace
from django.utils.text import slugify
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from articles.models import Outlet
from claims import spread
from claims.extraction.first_names import first_name_gender
from claims.extraction.lexicon import ROLE_NOUNS, SURNAME_PARTICLES
from claims.extraction.news_organisations import news_organisation
from claims.extraction.types import ResolvedSpeaker
from claims.models import Claim, Speaker, SpeakerAlias, SpeakerRedirect
from claims.names import (
    FULL_FIRST_NAME,
    OTHER_NAMES,
    acronym_of,
    display_name,
    is_acronym,
    is_bare_surname,
    is_browsable_name,
    is_first_name,
    is_named_group,
    key_surname,
    looks_like_a_person,
    other_name,
    parse_person,
    person_key,
    plain,
)

MATCHED_KINDS = (Speaker.Kind.PERSON, Speaker.Kind.ORGANISATION)
# fuzz.ratio of organisations' normalised names; 92 takes "european comission" but not
# "joan smith"/"john smith" (90).
FUZZY_MIN_SCORE = 92
# fuzz.ratio of surnames, first names agreeing: "zelensky"/"zelenskyy" 94, "zelenskiy" 94.
SURNAME_MIN_SCORE = 92
# fuzz.ratio of a bare surname and a surname the same article gives in full: "keidis" /
# "kiedis" 83; "scott" / "stott" 80 is not enough.
ARTICLE_SURNAME_SCORE = 82
# A misspelt first name joins a known person only under a surname at least this long.
VARIANT_MIN_SURNAME = 5
VARIANT_MIN_FIRST_NAME = 5
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
    """An organisation whose name is a spelling variant: European Comission."""
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


def unique_slug(name: str) -> str:
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
            for name in (resolved.name, *resolved.aliases):
                # and an outlet's own spelling, which resolve_speaker looks up ("MNSBC")
                names.update((normalise_name(name), normalise_name(news_organisation(name))))
    names.discard("")
    known: dict[str, Speaker] = {}
    one_per_id: dict[int, Speaker] = {}  # so a description set on one is seen by all
    for alias in SpeakerAlias.objects.select_related("speaker").filter(normalised__in=names):
        known[alias.normalised] = one_per_id.setdefault(alias.speaker_id, alias.speaker)
    return known


class ArticlePeople:
    """The people one article names in full, by surname: what tells whom its bare "Trump"
    means. Built from all the article's resolved speakers before any is matched."""

    def __init__(self, resolved_speakers=()):
        self.by_surname: dict[str, dict[str, str]] = {}
        # "jeb" -> {"jeb|bush|": "Jeb Bush"}: whom a lone first name means
        self.by_first: dict[str, dict[str, str]] = {}
        # "wasserman schultz" -> {"deborah|schultz|": "Deborah Wasserman Schultz"}: the last
        # two words of a name, which may be a two-word surname
        self.by_last_two: dict[str, dict[str, str]] = {}
        self.genders: dict[str, str] = {}  # person key -> "m"/"f" when the article tells
        self.organisations: dict[str, str] = {}  # normalised name -> the article's name
        # "Roman Petrov" read as a body is a person; then "Petrov" read as one is he
        resolved_speakers = [_person_taken_for_a_body(r) for r in resolved_speakers]
        for resolved in resolved_speakers:
            if resolved.kind != Speaker.Kind.PERSON:
                continue
            for name in (resolved.name, *resolved.aliases):
                key = person_key(name)
                if key and not is_bare_surname(key):
                    self.by_surname.setdefault(key_surname(key), {}).setdefault(key, name)
                    self.by_first.setdefault(key.split("|")[0], {}).setdefault(key, name)
                    last_two = " ".join(plain(display_name(name)).split()[-2:])
                    self.by_last_two.setdefault(last_two, {}).setdefault(key, name)
                    if resolved.gender:
                        self.genders.setdefault(key, resolved.gender)
        for resolved in resolved_speakers:
            if _surname_taken_for_a_body(resolved, self).kind == Speaker.Kind.ORGANISATION:
                for name in (resolved.name, *resolved.aliases):
                    self.organisations.setdefault(normalise_name(name), resolved.name)

    @property
    def named(self) -> set[str]:
        """The surnames of the people the article names and its organisations' names."""
        return set(self.by_surname) | set(self.organisations)

    def by_first_name(self, first: str, gender: str = "") -> dict[str, str]:
        """The article's people with this first name ("Jeb" -> Jeb Bush), as full_names."""
        found = self.by_first.get(FULL_FIRST_NAME.get(first, first), {})
        return {k: n for k, n in found.items() if not gender or self.gender_of(k) in ("", gender)}

    def full_names(self, surname: str, gender: str = "") -> dict[str, str]:
        """The article's people with this surname: person key -> the name it gives them;
        with a gender, not those the article gives the other one ("Mr. Obama" is not "the
        first lady, Michelle Obama")."""
        found = self.by_surname.get(surname, {}) or self._misspelt(surname)
        if not gender:
            return found
        return {k: n for k, n in found.items() if self.gender_of(k) in ("", gender)}

    def _misspelt(self, surname: str) -> dict[str, str]:
        """The people of the surnames the article spells nearly so: "Kiedis" for a "Keidis"
        further down (a typo); more than one means no one can tell which."""
        if len(surname) < 5:
            return {}
        close = [
            other
            for other in self.by_surname
            if other[0] == surname[0] and fuzz.ratio(other, surname) >= ARTICLE_SURNAME_SCORE
        ]
        return {key: name for other in close for key, name in self.by_surname[other].items()}

    def gender_of(self, key: str) -> str:
        """The gender the article gives this person, else the one their first name gives
        ("Bill Clinton" is a man though the article never says so), else ""."""
        return self.genders.get(key) or key_gender(key)


def key_gender(key: str) -> str:
    """The gender a person key's first name almost always means: "ivana|trump|" -> "f"."""
    return first_name_gender(key.split("|")[0]) if key else ""


def fullest_name(resolved: ResolvedSpeaker) -> str:
    """The resolved person's name, or, when that is a bare surname, a full name the article
    gives them ("President Zelenskyy", aliases "Volodymyr Zelensky")."""
    if not is_bare_surname(person_key(resolved.name)):
        return resolved.name
    full = (alias for alias in resolved.aliases if person_key(alias))
    return next((alias for alias in full if not is_bare_surname(person_key(alias))), resolved.name)


def _by_person_key(key: str) -> Speaker | None:
    if not key:  # a name with no surname ("Melania") is no key to match people by
        return None
    return Speaker.objects.filter(kind=Speaker.Kind.PERSON, person_key=key).order_by("pk").first()


def _by_person_key_or_variant(key: str) -> Speaker | None:
    """The person of this key, else one of the same first name and suffix whose surname is a
    spelling variant of it: Zelensky / Zelenskyy. Different first names are different people
    however alike (Ivana / Ivanka). One query: it runs for every new name stored."""
    if key.count("|") != 2:
        return _by_person_key(key)
    first, surname, suffix = key.split("|")
    if not first or len(surname) < 5:
        return _by_person_key(key)
    # The key itself begins so too: the exact match is among these.
    candidates = list(
        Speaker.objects.filter(
            kind=Speaker.Kind.PERSON, person_key__startswith=f"{first}|{surname[0]}"
        ).order_by("pk")
    )
    exact = next((speaker for speaker in candidates if speaker.person_key == key), None)
    if exact is not None:
        return exact
    variants = {
        index: key_surname(speaker.person_key)
        for index, speaker in enumerate(candidates)
        if speaker.person_key.count("|") == 2 and speaker.person_key.split("|")[2] == suffix
    }
    best = process.extractOne(surname, variants, scorer=fuzz.ratio, score_cutoff=SURNAME_MIN_SCORE)
    return candidates[best[2]] if best else None


def people_with_surname(surname: str) -> list[Speaker]:
    """Known people with this surname and a first name, one per person key."""
    speakers = (
        Speaker.objects.filter(kind=Speaker.Kind.PERSON, surname=surname)
        .exclude(person_key__startswith="|")
        .order_by("pk")
    )
    return list({speaker.person_key: speaker for speaker in reversed(speakers)}.values())


def _person_for(resolved: ResolvedSpeaker, article: ArticlePeople, lookup):
    """(the Speaker, or None for a new one; the name a new one gets), or None to leave the
    claim unresolved. A bare surname means the one person of that surname the article names,
    else the one person of that surname known at all, else whoever is known by just that
    name; when two people could be meant, an unresolved claim is better than a wrong one."""
    name = fullest_name(resolved)
    key = person_key(name)
    two_word_surname = _two_word_surname(key, name, article)
    if two_word_surname is not None:
        return two_word_surname
    if is_bare_surname(key):
        surname = key_surname(key)
        in_article = article.full_names(surname, resolved.gender)
        # the people of the other gender the article names are not meant anywhere
        others = set(article.full_names(surname)) - set(in_article)
        if len(in_article) > 1:
            return None
        if not in_article and not people_with_surname(surname):
            # "Jeb said": a lone first name means the one person of that first name the
            # article names in full ("Jeb Bush"); with no one of that name, no page can be
            # theirs (another article's "Jeb" is someone else): unresolved.
            by_first = article.by_first_name(surname, resolved.gender)
            if len(by_first) == 1:
                in_article = by_first
            elif by_first or (is_first_name(surname) and not parse_person(name).title):
                return None
        if not in_article:
            # "Mrs. Clinton" in an article naming no Clinton in full: not Bill Clinton
            known = [
                s
                for s in people_with_surname(surname)
                if s.person_key not in others
                and (not resolved.gender or key_gender(s.person_key) in ("", resolved.gender))
            ]
            if len(known) > 1:
                return None
            if known:
                return known[0], name
            return lookup(normalise_name(name)) or _by_person_key(key), name
        name = next(iter(in_article.values()))
        key = person_key(name)
    speaker = lookup(normalise_name(name))
    if speaker is not None and speaker.kind == Speaker.Kind.ORGANISATION:
        speaker = _body_that_is_this_person(speaker, name)
    for alias in resolved.aliases:
        # The article's other full names for them may be known.
        if speaker is None and _names_one_person(alias):
            speaker = lookup(normalise_name(alias))
    found = speaker or _by_person_key_or_variant(key)
    found = found or _by_first_name_variant(key) or _by_double_surname(key, name)
    return found or _bare_surname_to_name(key, name), name


def _collapse_doubled(word: str) -> str:
    """ "hillary" -> "hilary", "phillip" -> "philip": a first name without doubled letters."""
    return re.sub(r"(.)\1+", r"\1", word)


def first_name_variants(a: str, b: str) -> bool:
    """Whether two first names are one name misspelt: the same without doubled letters
    ("Hilary" / "Hillary") or, five letters or more, one letter apart ("Rence" / "Reince"),
    one of them at least no first name the list knows. Two names the list knows are two
    names however close (Ivana / Ivanka, Eric / Erica, Jon / John, Ana / Anna)."""
    if not a or not b or a == b or a[0] != b[0] or min(len(a), len(b)) < 3:
        return False
    if is_first_name(a) and is_first_name(b):
        return False
    # one letter apart only in longer names: "Joan" / "John" are two names, not a typo
    long_enough = min(len(a), len(b)) >= VARIANT_MIN_FIRST_NAME
    one_letter = long_enough and Levenshtein.distance(a, b) == 1
    return _collapse_doubled(a) == _collapse_doubled(b) or one_letter


def _by_first_name_variant(key: str) -> Speaker | None:
    """The one known person of this surname and suffix whose first name is this one
    misspelt ("Hilary Clinton" in one article, "Hillary Clinton" known): only when one
    fits."""
    if key.count("|") != 2 or is_bare_surname(key) or not key:
        return None
    first, surname, suffix = key.split("|")
    if len(surname) < VARIANT_MIN_SURNAME:
        return None  # "Jae Lee" / "Jie Lee": short surnames are shared by too many
    found = {
        speaker.person_key: speaker
        for speaker in Speaker.objects.filter(kind=Speaker.Kind.PERSON, surname=surname).order_by(
            "-pk"
        )
        if speaker.person_key.count("|") == 2
        and speaker.person_key.split("|")[2] == suffix
        and first_name_variants(first, speaker.person_key.split("|")[0])
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _by_double_surname(key: str, name: str) -> Speaker | None:
    """One person under a name with both surnames and one with the first only (Spanish
    names: "Ana Ruiz Olmos" is "Ana Ruiz"), or a maiden name before the married one ("Ana
    Ruiz Lee" is "Ana Ruiz"): the one known person of the same first name whose name is
    this one with a last word more or less. Not when the word between is a first name
    ("Mary Ann Lee" is no "Mary Ann") or an initial."""
    if key.count("|") != 2 or is_bare_surname(key) or not key:
        return None
    first, surname, suffix = key.split("|")
    parsed = parse_person(name)
    middles = parsed.middle.split()
    middle = plain(middles[-1]) if middles else ""
    candidates: dict[str, Speaker] = {}
    if len(middle) > 2 and not is_first_name(middle):
        # "Ana Ruiz Olmos" new, "Ana Ruiz" known
        shorter = f"{first}|{middle}|{suffix}"
        candidates.update(
            (speaker.person_key, speaker)
            for speaker in Speaker.objects.filter(kind=Speaker.Kind.PERSON, person_key=shorter)
        )
    if len(surname) > 2 and not middles and not is_first_name(surname):
        # "Ana Ruiz" new, "Ana Ruiz Olmos" known: a name of that first name whose last
        # middle word is this surname
        for speaker in Speaker.objects.filter(
            kind=Speaker.Kind.PERSON,
            person_key__startswith=f"{first}|",
            person_key__endswith=f"|{suffix}",
            name__icontains=parsed.last,
        ):
            known = parse_person(speaker.name).middle.split()
            if known and plain(known[-1]) == surname:
                candidates[speaker.person_key] = speaker
    return next(iter(candidates.values())) if len(candidates) == 1 else None


def _body_that_is_this_person(speaker: Speaker, name: str) -> Speaker:
    """ "Parker Ellison, a former congressman," read as a body and stored as one, then "Dr.
    Ellison" read as a person of that full name: the row becomes the person's, when its
    name is a first name and a surname, nothing of a body's name (else it stays as it is)."""
    if not _names_one_person(name) or not looks_like_a_person(speaker.name, first_name_known=False):
        return speaker
    speaker.kind, speaker.person_key = Speaker.Kind.PERSON, person_key(speaker.name)[:300]
    speaker.save(update_fields=["kind", "person_key", "updated_at"])
    return speaker


def _two_word_surname(key: str, name: str, article: ArticlePeople):
    """ "Ms. Wasserman Schultz", whose "first name" is no first name, is the one person the
    article (else the database) names with these two words last: "Debbie Wasserman Schultz".
    None when the name is not of that form or no one such is known."""
    if is_bare_surname(key) or not key or is_first_name(key.split("|")[0]):
        return None
    words = plain(display_name(name)).split()
    if len(words) != 2:
        return None
    last_two = " ".join(words)
    # the full name's first name must be one ("Crooked Hillary Clinton" is no one's name for
    # a "Hillary Clinton")
    in_article = {
        k: n
        for k, n in article.by_last_two.get(last_two, {}).items()
        if k != key and is_first_name(k.split("|")[0])
    }
    if len(in_article) == 1:
        ((full_key, full_name),) = in_article.items()
        return _by_person_key(full_key), full_name
    if in_article:
        return None
    if _by_person_key(key) is not None:
        return None  # someone is known by this first name and surname
    known = [
        speaker
        for speaker in Speaker.objects.filter(kind=Speaker.Kind.PERSON, surname=key_surname(key))
        .exclude(person_key=key)
        .order_by("pk")
        if plain(speaker.name).endswith(" " + last_two)
        and is_first_name(speaker.person_key.split("|")[0])
    ]
    if len({speaker.person_key for speaker in known}) == 1:
        return known[0], known[0].name
    return None


def _bare_surname_to_name(key: str, name: str) -> Speaker | None:
    """A full name new to the database when its surname alone is already a speaker and no
    one else of that surname is known ("Maddow" from an article that gave no first name,
    then "Rachel Maddow"): the bare speaker is this person, named in full from now on (as a
    bare surname joins the one person of that surname known, whichever comes first)."""
    surname = key_surname(key)
    if is_bare_surname(key):
        return None
    # One query for both questions: anyone of this surname with a first name, and the bare one.
    same_surname = list(Speaker.objects.filter(kind=Speaker.Kind.PERSON, surname=surname))
    if any(not speaker.person_key.startswith("|") for speaker in same_surname):
        return None
    bare = [speaker for speaker in same_surname if speaker.person_key == f"|{surname}|"]
    if len(bare) != 1:
        return None
    speaker = bare[0]
    speaker.name = display_name(name)[:300]
    speaker.person_key = key[:300]
    speaker.save(update_fields=["name", "person_key", "updated_at"])
    sync_speaker_name(speaker)
    return speaker


def _new_speaker(name: str, kind: str, description: str) -> Speaker:
    shown = display_name(name) if kind == Speaker.Kind.PERSON else " ".join(name.split())
    return Speaker.objects.create(
        name=shown[:300],
        slug=unique_slug(shown),
        kind=kind,
        description=description[:500],
        person_key=person_key(name)[:300] if kind == Speaker.Kind.PERSON else "",
    )


def _aliases_worth_keeping(speaker: Speaker, names) -> list[str]:
    """A person's bare surname is no alias: "Trump" may be Donald or Ivanka; nor is a name
    with no surname at all ("King", which nameparser reads as a title, is every King)."""
    if speaker.kind != Speaker.Kind.PERSON:
        return list(names)
    return [n for n in names if n == speaker.name or _names_one_person(n)]


def _names_one_person(name: str) -> bool:
    """Whether a name has a first name and a surname: "Larry King", not "King"."""
    key = person_key(name)
    return bool(key) and not is_bare_surname(key)


def resolve_speaker(
    resolved: ResolvedSpeaker,
    known: dict[str, Speaker] | None = None,
    article: ArticlePeople | None = None,
) -> Speaker | None:
    """The Speaker for a person or organisation the engine resolved; None for anonymous and
    group speakers, for names that are never speakers (claims.names.is_browsable_name) and for
    a bare surname that could mean two people. Call inside a transaction after
    lock_speakers(); `known` (from known_speakers, kept up to date here) saves a query per
    name; `article` (the article's ArticlePeople) tells whom a bare surname means."""
    article = article or ArticlePeople([resolved])
    if resolved.kind == Speaker.Kind.ORGANISATION and _people_of_a_kind(resolved.name):
        # "Republican hopefuls" read as a body: a group, browsable only if named as one
        resolved = ResolvedSpeaker(resolved.name, Speaker.Kind.GROUP, resolved.description)
    resolved = _without_other(resolved)
    if resolved.kind == Speaker.Kind.GROUP and is_named_group(resolved.name, article.named):
        return _group_for(resolved, known)
    if resolved.kind not in MATCHED_KINDS or not is_browsable_name(resolved.name, resolved.kind):
        return None
    lookup = _by_alias if known is None else known.get
    resolved = _person_taken_for_a_body(resolved)
    resolved = _body_taken_for_a_person(resolved)
    resolved = _surname_taken_for_a_body(resolved, article)
    kind = resolved.kind
    as_organisation = _lone_word_organisation(resolved, article, lookup)
    if as_organisation:
        # "PolitiFact" read as a person here, an organisation elsewhere: the organisation
        kind, resolved = Speaker.Kind.ORGANISATION, _as_organisation(resolved, as_organisation)
    if kind == Speaker.Kind.PERSON:
        found = _person_for(resolved, article, lookup)
        if found is None:
            return None
        speaker, name = found
    else:
        # an outlet of the shipped list as it spells itself, "MSNBC" for a typo "MNSBC"
        name = news_organisation(resolved.name) or resolved.name
        normalised = normalise_name(name)
        # "America" is the United States, "NY Post" the New York Post, "Tulsa Police" the
        # Tulsa Police Department
        other = other_name(normalised)
        speaker = (
            (other and (lookup(other) or _by_alias(other)))
            or lookup(normalised)
            or _by_acronym(name, resolved.aliases)
            or _by_fuzzy_name(normalised, kind)
            or body_spelled_otherwise(name)
        )
        if speaker is not None and is_lone_word_person(speaker):
            # A lone word read as a person before ("Politifact"), an organisation now.
            speaker.kind, speaker.person_key = Speaker.Kind.ORGANISATION, ""
            speaker.save(update_fields=["kind", "person_key", "updated_at"])
    if speaker is None:
        speaker = _new_speaker(name, kind, resolved.description)
    elif not speaker.description and resolved.description:
        speaker.description = resolved.description[:500]
        speaker.save(update_fields=["description", "updated_at"])
    names = _aliases_worth_keeping(speaker, [speaker.name, name, resolved.name, *resolved.aliases])
    if kind == Speaker.Kind.ORGANISATION:
        # "America", "NY Post" or "Tulsa Police" first: "United States", "New York Post" or
        # "Tulsa Police Department" later find it
        spelled = other_name(normalise_name(name))
        if spelled:
            names.append(spelled.title())
    if known is not None:
        # Names already anyone's are left alone, as add_aliases does: only new ones are added.
        added: dict[str, str] = {}
        for alias in names:
            added.setdefault(normalise_name(alias)[:300], alias)  # the first spelling, as stored
        added = {k: alias for k, alias in added.items() if k and k not in known}
        known.update(dict.fromkeys(added, speaker))
        names = list(added.values())
    if names:
        add_aliases(speaker, names)
    return speaker


def _person_taken_for_a_body(resolved: ResolvedSpeaker) -> ResolvedSpeaker:
    """ "Spokeswoman Ana Ruiz", "Lester Holt" taken for a body: the person; "Ana Ruiz of
    Harbour Watch", "Harbour News’ Ana Ruiz": the person of that body; anyone else as
    resolved."""
    if resolved.kind != Speaker.Kind.ORGANISATION or resolved.described_as_a_body:
        return resolved  # "Grace Rising, a conservative advocacy group": a body by any name
    if is_role_and_name(resolved.name) or looks_like_a_person(resolved.name):
        return dataclasses.replace(resolved, kind=Speaker.Kind.PERSON)
    name = " ".join(resolved.name.split())
    for mark in _PERSON_OF_A_BODY:
        if mark not in name:
            continue
        before, after = name.split(mark, 1)
        person = before if mark == " of " else after
        if looks_like_a_person(person):
            aliases = tuple(dict.fromkeys((*resolved.aliases, name)))
            return dataclasses.replace(
                resolved, name=person, kind=Speaker.Kind.PERSON, aliases=aliases
            )
    return resolved


# What joins a person's name to their body's in one name read as a body: "Ana Ruiz of
# Harbour Watch", "Harbour News' Ana Ruiz", "Harbour News's Ana Ruiz"
_PERSON_OF_A_BODY = (" of ", "’s ", "'s ", "’ ", "' ")


def _body_taken_for_a_person(resolved: ResolvedSpeaker) -> ResolvedSpeaker:
    """ "Indiana GOP", "Harbour SVP" read as a person: a body, whose acronym no person's
    name holds (not a name in capitals, "ANA RUIZ", nor initials, "J.J. Ruiz")."""
    words = resolved.name.split()
    if resolved.kind != Speaker.Kind.PERSON or len(words) < 2 or resolved.name.isupper():
        return resolved
    if is_first_name(plain(words[0])):
        return resolved
    if not any(len(w) >= 3 and w.isalpha() and w.isupper() for w in words):
        return resolved
    return dataclasses.replace(resolved, kind=Speaker.Kind.ORGANISATION)


def _surname_taken_for_a_body(resolved: ResolvedSpeaker, article: ArticlePeople) -> ResolvedSpeaker:
    """ "Petrov added" read as a body in an article that names Roman Petrov: the person, when
    the word is the surname of one person the article names in full and no news
    organisation's name ("Bloomberg reported" beside Michael Bloomberg stays the agency)."""
    words = resolved.name.split()
    if resolved.kind != Speaker.Kind.ORGANISATION or len(words) != 1 or not words[0].istitle():
        return resolved
    normalised = normalise_name(resolved.name)
    if (
        len(article.full_names(normalised)) != 1
        or news_organisation(resolved.name)
        or OTHER_NAMES.get(normalised)
    ):
        return resolved
    return dataclasses.replace(resolved, kind=Speaker.Kind.PERSON)


def _people_of_a_kind(name: str) -> bool:
    """ "Republican hopefuls", "Harbour candidates": words before a plural role noun in lower
    case are people of that kind, not a body's name ("Doctors Without Borders")."""
    words = name.split()
    last = words[-1] if words else ""
    return len(words) > 1 and last.islower() and last.endswith("s") and last[:-1] in ROLE_NOUNS


def is_role_and_name(name: str) -> bool:
    """ "Spokeswoman Ana Ruiz": a role noun, then a first name and a surname."""
    words = name.split()
    if len(words) < 3 or plain(words[0]) not in ROLE_NOUNS:
        return False
    key = person_key(name)
    return bool(key) and not is_bare_surname(key) and is_first_name(key.split("|")[0])


def is_lone_word_person(speaker: Speaker) -> bool:
    return (
        speaker.kind == Speaker.Kind.PERSON
        and is_bare_surname(speaker.person_key)
        and len(speaker.name.split()) == 1
    )


def _lone_word_organisation(resolved: ResolvedSpeaker, article: ArticlePeople, lookup) -> str:
    """The organisation a lone word the engine took for a person names, when this article or
    the database knows it as one ("PolitiFact said" beside "the fact-checking site
    PolitiFact"), when it is a news organisation or platform known by that word ("Politico
    reported", "told Twitter"; not beside "Michael Bloomberg"), or by lone_word_body; also
    an outlet of the shipped list whose full name reads as a person's ("Mother Jones"); ""
    otherwise."""
    if resolved.kind != Speaker.Kind.PERSON:
        return ""
    if len(resolved.name.split()) != 1:
        return news_organisation(resolved.name)  # "Mother Jones", a magazine
    normalised = normalise_name(resolved.name)
    if normalised in article.organisations:
        return article.organisations[normalised]
    known = lookup(normalised)
    # a surname once taken for a body ("Lindqvist said" read as one) does not make every
    # later "Lindqvist" that body, unless it is a news organisation's name
    if (
        known is not None
        and known.kind == Speaker.Kind.ORGANISATION
        and (news_organisation(resolved.name) or not people_with_surname(normalised))
    ):
        return known.name
    if normalised in article.by_surname:
        return ""  # "Bloomberg said" beside "Michael Bloomberg": the person
    return news_organisation(resolved.name) or (
        "" if people_with_surname(normalised) else lone_word_body(resolved.name)
    )


# What may come before a capital inside a surname: a particle glued on ("DeSantis",
# "VanderMeer") or an Irish or Scottish prefix ("McCain", "FitzGerald", "O'Rourke")
_SURNAME_PREFIXES = SURNAME_PARTICLES | frozenset("mc mac vander fitz st o".split())


def _capitalised_inside(word: str) -> bool:
    """A word with a capital inside that no surname's prefix explains: a site's or a
    company's name run together ("AZCentral", "TheBlaze"), not "McCain" or "DeSantis"."""
    if not word.isalpha() or word.isupper() or word.islower():
        return False
    inner = [i for i, ch in enumerate(word) if i and ch.isupper()]
    return bool(inner) and word[: inner[-1]].lower() not in _SURNAME_PREFIXES


def lone_word_body(word: str) -> str:
    """The organisation a one-word speaker's name is when no one of that surname is known: a
    word in capitals ("MNBSC", a typo) or run together with a capital inside ("AZCentral",
    a site) is no person's name, and an outlet whose articles the database holds is that
    outlet. "" for any other word."""
    word = word.strip()
    if word.isalpha() and word.isupper() and len(word) > 1 or _capitalised_inside(word):
        return word
    return Outlet.objects.filter(name__iexact=word).values_list("name", flat=True).first() or ""


def _as_organisation(resolved: ResolvedSpeaker, name: str) -> ResolvedSpeaker:
    return ResolvedSpeaker(
        name=name,
        kind=Speaker.Kind.ORGANISATION,
        description=resolved.description,
        aliases=tuple(dict.fromkeys((resolved.name, *resolved.aliases))),
    )


def bodies_an_acronym_spells(letters: str, exclude: Speaker | None = None) -> list[Speaker]:
    """The organisations whose spelled-out name these letters abbreviate ("fbi": the Federal
    Bureau of Investigation); a body's poll joined to another ("AP": not "Associated
    Press-GfK") only when no plain name fits."""
    aliases = SpeakerAlias.objects.select_related("speaker").filter(
        speaker__kind=Speaker.Kind.ORGANISATION, normalised__startswith=letters[0]
    )
    if exclude is not None:
        aliases = aliases.exclude(speaker=exclude)
    spelled_out = [
        alias
        for alias in aliases
        if len(alias.normalised.split()) >= 2 and acronym_of(alias.alias) == letters
    ]
    plain_names = [alias for alias in spelled_out if "-" not in alias.alias]
    return list({alias.speaker_id: alias.speaker for alias in plain_names or spelled_out}.values())


def _by_acronym(name: str, aliases=()) -> Speaker | None:
    """An organisation known by the acronym of this name, or by the name this acronym
    stands for: "FBI" in one article, "Federal Bureau of Investigation" in another. Only
    when one organisation fits."""
    if is_acronym(name):
        candidates = {b.pk: b for b in bodies_an_acronym_spells(plain(name).replace(" ", ""))}
    else:
        letters = acronym_of(name)
        if not letters:
            return None
        spelled = {letters, " ".join(letters)}  # "FBI", "F.B.I."
        candidates = {
            alias.speaker_id: alias.speaker
            for alias in SpeakerAlias.objects.select_related("speaker").filter(
                speaker__kind=Speaker.Kind.ORGANISATION, normalised__in=spelled
            )
        }
    return next(iter(candidates.values())) if len(candidates) == 1 else None


# Closing words a body's name is written with or without: "Pew Research" is the Pew Research
# Center, "Time" Time Magazine, "Breitbart" Breitbart News.
BODY_NAME_ENDINGS = frozenset(
    "center centre magazine news institute institution inc corp corporation co llc ltd".split()
)


def _run_together_spellings(name: str) -> set[str]:
    """The run-together forms of a body's name another article may write: the name without
    spaces ("Real Clear Politics" -> "realclearpolitics"), without a "The" glued to it
    ("TheBlaze" -> "blaze", and "Blaze" -> "theblaze"), and with a closing BODY_NAME_ENDINGS
    word dropped or, when it has none, added ("Pew Research Center" <-> "Pew Research"); never
    one ending for another (a Center is not an Institute)."""
    words = normalise_name(name).split()
    if not words:
        return set()
    full = "".join(words)
    spellings = {full, "the" + full}
    if re.match(r"The[A-Z]", name.strip()) and len(full) > 5:
        spellings.add(full[3:])
    if len(words) > 1 and words[-1] in BODY_NAME_ENDINGS:
        spellings.add("".join(words[:-1]))
    else:
        spellings.update(full + ending for ending in BODY_NAME_ENDINGS)
    return {s for s in spellings if len(s) >= 3}


def body_spelled_otherwise(name: str, exclude: Speaker | None = None) -> Speaker | None:
    """An organisation written another way in another article: run together or apart
    ("RealClearPolitics"), with or without a glued "The" ("TheBlaze") or a closing word such
    as "Center", "Magazine" or "News" ("Pew Research" / "Pew Research Center"). Only when one
    organisation (other than `exclude`) fits."""
    spellings = _run_together_spellings(name)
    if not spellings:
        return None
    found = {
        alias.speaker_id: alias.speaker
        for alias in SpeakerAlias.objects.select_related("speaker")
        .annotate(run_together=Replace("normalised", Value(" "), Value("")))
        .filter(speaker__kind=Speaker.Kind.ORGANISATION, run_together__in=spellings)
        .exclude(speaker=exclude)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _without_other(resolved: ResolvedSpeaker) -> ResolvedSpeaker:
    """ "Other E.U. leaders" are E.U. leaders: the group is named without its "other"."""
    first, _, rest = resolved.name.partition(" ")
    if resolved.kind != Speaker.Kind.GROUP or first.lower() != "other" or not rest:
        return resolved
    return dataclasses.replace(resolved, name=rest)


def _group_for(resolved: ResolvedSpeaker, known: dict[str, Speaker] | None) -> Speaker:
    """The Speaker of a specifically named group ("Senate Republicans"): one per name."""
    normalised = normalise_name(resolved.name)[:300]
    speaker = (known or {}).get(normalised) or _by_alias(normalised)
    if speaker is None:
        speaker = _new_speaker(resolved.name, Speaker.Kind.GROUP, resolved.description)
        add_aliases(speaker, [resolved.name])
    if known is not None:
        known[normalised] = speaker
    return speaker


def unresolved_speaker_name(resolved: ResolvedSpeaker | None) -> str:
    """What a claim without a Speaker shows as its speaker: the engine's name or description,
    unless that is no name at all ("Clinton Said", "the campaign"): then nothing, and the
    speaker as written stands in."""
    if resolved is None:
        return ""
    if resolved.kind in MATCHED_KINDS and not is_browsable_name(resolved.name, resolved.kind):
        return ""
    return resolved.name


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
    of claims moved. Others' names stay findable as target's aliases, their addresses
    (and those of speakers merged into them before) lead to target's (SpeakerRedirect)."""
    lock_speakers()
    spread.lock_quotes()
    others = [other for other in others if other.pk != target.pk]
    other_ids = [other.pk for other in others]
    groups = spread.groups_of(Claim.objects.filter(speaker_id__in=other_ids))
    moved = Claim.objects.filter(speaker_id__in=other_ids).update(
        speaker=target, speaker_name=target.name
    )
    spread.credit_changed(groups, merged=dict.fromkeys(other_ids, target.pk))
    # statements made together with others: the target's now, once
    joint = Claim.joint_speakers.through.objects
    joint_ids = set(joint.filter(speaker_id__in=other_ids).values_list("claim_id", flat=True))
    joint.bulk_create(
        [joint.model(claim_id=claim_id, speaker_id=target.pk) for claim_id in joint_ids],
        ignore_conflicts=True,
    )
    SpeakerAlias.objects.filter(speaker_id__in=other_ids).update(speaker=target)
    SpeakerRedirect.objects.filter(speaker_id__in=other_ids).update(speaker=target)
    # Slugs a redirect took before a speaker took them again: the live speaker's page wins.
    SpeakerRedirect.objects.filter(
        old_slug__in=[target.slug, *(other.slug for other in others)]
    ).delete()
    SpeakerRedirect.objects.bulk_create(
        SpeakerRedirect(old_slug=other.slug, speaker=target) for other in others
    )
    add_aliases(target, [target.name, *(other.name for other in others)])
    if not target.description:
        target.description = next((o.description for o in others if o.description), "")
        target.save(update_fields=["description", "updated_at"])
    Speaker.objects.filter(pk__in=other_ids).delete()
    return moved
