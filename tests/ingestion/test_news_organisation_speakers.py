"""One-word names of news organisations, platforms and outlets are organisations, never
people (issue 12: no junk person rows)."""

import pytest

from articles.models import Outlet
from claims.extraction.news_organisations import news_organisation
from claims.extraction.types import ResolvedSpeaker
from claims.models import Speaker
from claims.speaker_cleanup import re_resolve_speakers
from claims.speakers import ArticlePeople, known_speakers, resolve_speaker

pytestmark = pytest.mark.django_db


def person(name):
    return ResolvedSpeaker(name=name, kind="person")


def in_article(resolved, *others):
    everyone = [resolved, *others]
    return resolve_speaker(resolved, known_speakers(everyone), ArticlePeople(everyone))


def test_the_shipped_list_spells_names_as_the_organisations_do():
    assert news_organisation("politifact") == "PolitiFact"
    assert news_organisation("Twitter") == "Twitter"
    assert news_organisation("Grimsby") == ""


def test_an_outlets_acronym_with_two_letters_swapped_is_that_outlet():
    # "MNSBC suggested …" in one article, "MSNBC reported …" in another: one page
    first = in_article(ResolvedSpeaker(name="MSNBC", kind="organisation"))
    typo = in_article(ResolvedSpeaker(name="MNSBC", kind="organisation"))
    assert typo == first and typo.name == "MSNBC"
    assert news_organisation("NBC") == "NBC"  # a shorter acronym is never a typo of another
    assert news_organisation("MNSBS") == ""


@pytest.mark.parametrize("word", ["Bloomberg", "Politico", "Twitter", "Pew"])
def test_a_news_organisation_or_platform_read_as_a_person_is_an_organisation(word):
    # "Bloomberg reported on Tuesday that …", "she told Twitter followers …"
    speaker = in_article(person(word))
    assert speaker is not None and speaker.kind == Speaker.Kind.ORGANISATION
    assert not Speaker.objects.filter(kind=Speaker.Kind.PERSON).exists()


def test_the_word_beside_a_person_of_that_surname_is_the_person():
    # "Michael Bloomberg endorsed her. … Bloomberg said …"
    full = person("Michael Bloomberg")
    speaker = in_article(person("Bloomberg"), full)
    assert speaker.kind == Speaker.Kind.PERSON and speaker.name == "Michael Bloomberg"


def test_a_lone_word_in_capitals_is_no_persons_name():
    # "WKRX reported", a station's call sign (or a typo of a network's)
    speaker = in_article(person("WKRX"))
    assert speaker is not None and speaker.kind == Speaker.Kind.ORGANISATION


def test_a_lone_word_that_is_a_known_outlet_is_that_outlet():
    Outlet.objects.create(name="Grimsby Gazette")
    Outlet.objects.create(name="Tribunal")
    speaker = in_article(person("Tribunal"))
    assert speaker is not None and speaker.kind == Speaker.Kind.ORGANISATION
    assert in_article(person("Hargreaves")).kind == Speaker.Kind.PERSON


def test_re_resolution_makes_lone_word_news_people_organisations():
    Speaker.objects.create(name="Politico", slug="politico", kind="person", person_key="|politico|")
    Speaker.objects.create(name="Hargreaves", slug="h", kind="person", person_key="|hargreaves|")
    result = re_resolve_speakers()
    assert result.made_bodies == ["Politico"]
    assert Speaker.objects.get(name="Politico").kind == Speaker.Kind.ORGANISATION
    assert Speaker.objects.get(name="Hargreaves").kind == Speaker.Kind.PERSON


def test_an_outlet_whose_name_reads_as_a_persons_is_an_organisation():
    # "Mother Jones reported …", a magazine the model takes for a woman
    speaker = in_article(person("Mother Jones"))
    assert speaker is not None and speaker.kind == Speaker.Kind.ORGANISATION


def test_a_city_papers_short_name_is_an_organisation():
    # "the city's Plain Dealer wrote …": a newspaper's name the model takes for a person's
    for name in ("Plain Dealer", "Star Tribune"):
        speaker = in_article(person(name))
        assert speaker is not None and speaker.kind == Speaker.Kind.ORGANISATION
