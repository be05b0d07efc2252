"""Matching resolved speakers to Speakers across articles; renaming and merging them."""

import pytest

from claims.extraction.types import ResolvedSpeaker
from claims.models import Claim, Speaker, SpeakerAlias
from claims.speakers import (
    merge_speakers,
    normalise_name,
    rename_speaker,
    resolve_speaker,
)
from tests.factories import make_article, make_claim, make_flag, make_speaker

pytestmark = pytest.mark.django_db


def person(name, aliases=(), description=""):
    return ResolvedSpeaker(name=name, kind="person", description=description, aliases=aliases)


@pytest.mark.parametrize(
    ("name", "normalised"),
    [
        ("Vladimir Putin", "vladimir putin"),
        ("  VLADIMIR   putin ", "vladimir putin"),
        ("Dr. José O'Neill-Díaz", "jose o neill diaz"),
        ("Mr Zelenskyy", "zelenskyy"),
        ("the Kremlin", "kremlin"),
        ("Mr", "mr"),
        ("", ""),
    ],
)
def test_names_are_normalised_without_case_titles_accents_or_punctuation(name, normalised):
    assert normalise_name(name) == normalised


def test_same_person_in_two_articles_is_one_speaker():
    first = resolve_speaker(person("Vladimir Putin", aliases=("Putin",), description="President"))
    second = resolve_speaker(person("VLADIMIR PUTIN"))
    assert first == second
    assert first.description == "President"
    assert first.kind == Speaker.Kind.PERSON
    # A bare surname is no alias ("Trump" may be Donald or Ivanka)...
    assert set(first.aliases.values_list("normalised", flat=True)) == {"vladimir putin"}
    # ...but a later article that only says "Putin" joins him: he is the only Putin known.
    assert resolve_speaker(person("Putin")) == first
    assert Speaker.objects.count() == 1


def test_another_full_name_from_the_article_finds_the_speaker():
    zelensky = resolve_speaker(person("Volodymyr Zelensky"))
    found = resolve_speaker(person("President Zelenskyy", aliases=("Volodymyr Zelensky",)))
    assert found == zelensky


def test_spelling_variants_of_full_names_join():
    zelensky = resolve_speaker(person("Volodymyr Zelensky"))
    assert resolve_speaker(person("Volodymyr Zelenskyy")) == zelensky
    assert resolve_speaker(person("Volodymyr Zelenskiy")) == zelensky
    # Each variant is now an alias.
    assert SpeakerAlias.objects.filter(speaker=zelensky).count() == 3


@pytest.mark.parametrize(
    ("existing", "newcomer"),
    [
        ("John Smith", "Joan Smith"),
        ("Donald Trump", "Donald Tusk"),
        ("Mike Johnson", "Boris Johnson"),
        ("Ann Lee", "Ann Leigh Bell"),
        ("Smith", "Smyth"),  # lone surnames are never guessed at
    ],
)
def test_different_people_stay_apart(existing, newcomer):
    first = resolve_speaker(person(existing))
    assert resolve_speaker(person(newcomer)) != first
    assert Speaker.objects.count() == 2


def test_fuzzy_matching_keeps_to_the_same_kind():
    org = resolve_speaker(ResolvedSpeaker("European Commission", "organisation"))
    assert resolve_speaker(ResolvedSpeaker("European Comission", "organisation")) == org
    assert resolve_speaker(person("European Commision")) != org


@pytest.mark.parametrize("kind", ["anonymous", "group"])
def test_anonymous_and_group_speakers_are_never_matched(kind):
    assert resolve_speaker(ResolvedSpeaker("a senior EU diplomat", kind)) is None
    assert Speaker.objects.count() == 0


def test_a_new_speaker_gets_a_slug_no_one_else_has():
    make_speaker("Ann Lee", slug="ann-lee")
    speaker = resolve_speaker(ResolvedSpeaker("Ann Lee Holdings", "organisation"))
    other = resolve_speaker(person("Ann  Lee!"))  # same slug base as the factory's, new person
    assert speaker.slug == "ann-lee-holdings"
    assert other.slug == "ann-lee-2"


def test_merge_moves_claims_and_aliases_and_keeps_flags():
    target = resolve_speaker(person("Volodymyr Zelensky"))
    other = resolve_speaker(person("V. Zelenskyy", aliases=("Zelenskyy",)))
    assert other != target
    kept = make_claim("We will defend every metre.", speaker=target)
    moved = make_claim("There will be no ceasefire without guarantees.", speaker=other)
    flag = make_flag(kept, moved)

    assert merge_speakers(target, [other, target]) == 1

    assert not Speaker.objects.filter(pk=other.pk).exists()
    moved.refresh_from_db()
    assert moved.speaker == target
    assert moved.speaker_name == "Volodymyr Zelensky"
    assert set(target.aliases.values_list("normalised", flat=True)) == {
        "volodymyr zelensky",
        "v zelenskyy",
    }
    flag.refresh_from_db()  # still there, between the same claims
    assert {flag.claim_a_id, flag.claim_b_id} == {kept.pk, moved.pk}
    # The merged-away name now finds the target.
    assert resolve_speaker(person("V. Zelenskyy")) == target


def test_renaming_a_speaker_renames_their_claims_and_adds_an_alias():
    speaker = make_speaker("Sergey Lavrov")
    claim = make_claim("We are ready.", speaker=speaker, article=make_article("“We are ready.”"))
    rename_speaker(speaker, "Sergei Lavrov")
    claim.refresh_from_db()
    assert claim.speaker_name == "Sergei Lavrov"
    assert Claim.objects.filter(speaker_name="Sergey Lavrov").count() == 0
    assert speaker.aliases.filter(normalised="sergei lavrov").exists()
