"""Speaker identity across articles (issue 12): first names, two-word surnames, titles left
before a name, acronyms and their spelled-out names, peoples and specifically named groups."""

import pytest

from claims.extraction.types import ResolvedSpeaker
from claims.models import Speaker
from claims.names import (
    acronym_of,
    is_acronym,
    is_named_group,
    person_key,
    why_not_a_speaker,
)
from claims.speakers import ArticlePeople, known_speakers, resolve_speaker

pytestmark = pytest.mark.django_db


def person(name, aliases=(), gender=""):
    return ResolvedSpeaker(name=name, kind="person", aliases=aliases, gender=gender)


def body(name, aliases=()):
    return ResolvedSpeaker(name=name, kind="organisation", aliases=aliases)


def group(name):
    return ResolvedSpeaker(name=name, kind="group")


def in_article(resolved, *others):
    """resolve_speaker as write_claims calls it: with the article's other speakers known."""
    everyone = [resolved, *others]
    return resolve_speaker(resolved, known_speakers(everyone), ArticlePeople(everyone))


# --- Lone first names -------------------------------------------------------------------------
def test_a_lone_first_name_is_the_one_person_of_that_first_name_the_article_names():
    # "Greta Halvorsen spoke first. ... 'We will win,' Greta said."
    full = person("Greta Halvorsen")
    speaker = in_article(person("Greta"), full)
    assert speaker is not None and speaker.name == "Greta Halvorsen"
    assert in_article(full) == speaker


def test_a_lone_first_name_the_article_names_no_one_by_is_left_unresolved():
    # "'It is too expensive,' said Greta, a nurse from Ohio." Another article's Greta is
    # someone else: no page for "Greta".
    assert in_article(person("Greta")) is None
    assert not Speaker.objects.exists()


def test_a_lone_word_that_is_someones_surname_still_joins_them():
    # "Dr. Lindqvist said" in an article naming Harold Lindqvist, whatever "Lindqvist" is
    full = person("Harold Lindqvist")
    assert in_article(person("Lindqvist"), full) == in_article(full)


# --- Titles and two-word surnames -------------------------------------------------------------
@pytest.mark.parametrize("name", ["Miss Universe Marisol Vega", "Universe Marisol Vega"])
def test_a_title_word_left_before_a_first_name_is_not_the_first_name(name):
    assert person_key(name) == "marisol|vega|"


def test_a_two_word_surname_alone_is_the_person_the_article_names_in_full():
    # "Rep. Deborah Ortega Blanco ... Ms. Ortega Blanco said" (nameparser reads "Ortega" as
    # a first name)
    full = person("Deborah Ortega Blanco")
    speaker = in_article(person("Ortega Blanco", gender="f"), full)
    assert speaker is not None and speaker.name == "Deborah Ortega Blanco"
    assert Speaker.objects.count() == 1


def test_a_two_word_surname_alone_joins_the_one_known_person_of_that_name():
    known = resolve_speaker(person("Deborah Ortega Blanco"))
    assert in_article(person("Ortega Blanco")) == known


# --- Acronyms ---------------------------------------------------------------------------------
def test_acronyms_and_spelled_out_names():
    assert is_acronym("BFC") and is_acronym("B.F.C.") and not is_acronym("Reuters")
    assert acronym_of("the Baltic Fisheries Council") == "bfc"
    assert acronym_of("Council for a Clean Baltic") == "ccb"
    assert acronym_of("Halvorsen campaign") == ""  # a common noun, no proper name
    assert acronym_of("Reuters/Ipsos") == ""


def test_an_acronym_in_one_article_and_the_full_name_in_another_are_one_speaker():
    full = in_article(body("Baltic Fisheries Council"))
    assert in_article(body("BFC")) == full
    # and the other way round
    short = in_article(body("NRB"))
    assert in_article(body("Nordic Refugee Bureau")) == short
    assert Speaker.objects.count() == 2


def test_an_acronym_two_known_bodies_could_spell_is_joined_to_neither():
    first = in_article(body("Baltic Fisheries Council"))
    second = in_article(body("Bering Fishing Cooperative"))
    third = in_article(body("BFC"))
    assert third not in (first, second)


def test_an_acronym_is_the_body_it_spells_not_a_poll_of_that_body_joined_to_another():
    full = in_article(body("Baltic Press"))
    in_article(body("Baltic Press-Nordstat"))  # the two bodies' joint poll
    assert in_article(body("BP")) == full


# --- Kinds --------------------------------------------------------------------------------------
def test_a_lone_word_read_as_a_person_is_the_organisation_the_article_names():
    # "the fact-checking site Factwise ... Factwise said" read once as a person
    speaker = in_article(person("Factwise"), body("Factwise"))
    assert speaker.kind == Speaker.Kind.ORGANISATION
    assert in_article(body("Factwise")) == speaker


def test_an_organisation_known_before_as_a_lone_word_person_becomes_an_organisation():
    first = in_article(person("Factwise"))
    assert first.kind == Speaker.Kind.PERSON
    again = in_article(body("Factwise"))
    assert again == first
    first.refresh_from_db()
    assert first.kind == Speaker.Kind.ORGANISATION and first.person_key == ""


def test_a_role_and_a_name_taken_for_an_organisation_is_a_person():
    # "Spokeswoman Ana Ruiz says the campaign is lean."
    speaker = in_article(body("Spokeswoman Ana Ruiz"))
    assert speaker.kind == Speaker.Kind.PERSON and speaker.name == "Ana Ruiz"


# --- Never speakers ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Canadians", "organisation"),
        ("the Germans", "organisation"),
        ("Thursday", "person"),
        ("Gallup Survey: Voters", "organisation"),
        # "one kind-hearted Canadian", "every American": one of a people
        ("Canadian", "organisation"),
        ("American", "person"),
        ("July", "person"),
        # an account, and a page's markup
        ("@AnaRuiz", "person"),
        ('datetime="2019', "organisation"),
        # headlines cut into a name: a verb, and a small word capitalised
        ("Disputes Account Of Meeting", "organisation"),
        ("Lena Rivera Stressed The Value Of Reading", "organisation"),
        # "the 2019 paper found": a document of a year, no one's name
        ("2019 paper", "organisation"),
        # a people of an origin or a place, however written: "the Danes of Malmo said"
        ("Danes", "organisation"),
        ("Korean-Americans", "organisation"),
        ("Harbour Valley Armenians", "organisation"),
        # the followers of a faith: "Devout Lutherans and Conservative Christians wrote in"
        ("Conservative Christians", "organisation"),
        ("Muslims", "group"),
        # "Neither firm commented": no one in particular
        ("Neither firm", "organisation"),
        # a lawsuit's name: "…, which the court decided in Harlow Mills v. Brandt"
        ("Harlow Mills v. Brandt", "organisation"),
        ("Osei vs. Marlow County", "organisation"),
        # "God told the prophet to warn the city": scripture, no one to ask
        ("God", "person"),
        ("the Lord", "person"),
        # some of a country's people: "Rural Canada embracing her announced a new era"
        ("Suburban America", "organisation"),
        ("rural Canada", "organisation"),
    ],
)
def test_peoples_weekdays_and_headline_pieces_are_never_speakers(name, kind):
    assert why_not_a_speaker(name, kind)
    assert in_article(ResolvedSpeaker(name=name, kind=kind)) is None


@pytest.mark.parametrize(
    "name", ["Friends Of The Harbour", "Council on Coastal Affairs", "Partners For Clean Water"]
)
def test_a_body_s_name_with_capitalised_small_words_but_no_verb_is_a_speaker(name):
    assert why_not_a_speaker(name, "organisation") == ""


@pytest.mark.parametrize(
    "name", ["American Legion", "French government", "State Department", "Christian Coalition"]
)
def test_names_holding_a_nationality_faith_or_state_are_speakers(name):
    assert why_not_a_speaker(name, "organisation") == ""


def test_a_paper_named_with_one_word_for_people_is_a_speaker():
    # "The Advocate had chided the governor": a newspaper, though "advocates" hold views
    assert why_not_a_speaker("Advocate", "organisation") == ""


@pytest.mark.parametrize("name", ["Kevin V. Marsh", "Lord Ashworth", "America First Policy"])
def test_an_initial_v_a_peer_and_a_country_in_a_body_s_name_are_speakers(name):
    assert why_not_a_speaker(name, "person" if name[0] in "KL" else "organisation") == ""


def test_a_person_whose_surname_is_a_people_is_a_speaker():
    assert why_not_a_speaker("Tobias French", "person") == ""


def test_a_body_stored_under_a_persons_full_name_becomes_that_person_when_read_as_one():
    # "Parker Ellison, a former congressman, …" read as a body (Parker is a first name of
    # both sexes, which the name list leaves out), then "Dr. Ellison" read as the person
    stored = in_article(body("Parker Ellison"))
    assert stored.kind == Speaker.Kind.ORGANISATION
    speaker = in_article(person("Parker Ellison", aliases=("Ellison",), gender="m"))
    assert speaker.pk == stored.pk and speaker.kind == Speaker.Kind.PERSON
    assert Speaker.objects.count() == 1


def test_a_body_named_like_a_firm_stays_a_body_when_a_person_shares_its_name():
    stored = in_article(body("Harbour Partners"))
    speaker = in_article(person("Harbour Partners"))
    assert Speaker.objects.get(pk=stored.pk).kind == Speaker.Kind.ORGANISATION
    assert speaker is None or speaker.pk == stored.pk


def test_a_body_taken_for_a_person_with_a_hyphenated_first_name_is_a_person():
    # "Anne-Sophie Roux, a user, wrote …" labelled a body
    speaker = in_article(body("Anne-Sophie Roux"))
    assert speaker.kind == Speaker.Kind.PERSON


# --- Named groups -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name",
    ["Senate Republicans", "House Democrats", "E.U. leaders", "GOP senators", "European leaders"],
)
def test_specifically_named_groups(name):
    assert is_named_group(name)


@pytest.mark.parametrize(
    "name",
    [
        "analysts",
        "Federal investigators",  # capitalised only at the start of a sentence
        "two Democratic speechwriters",  # some of them
        "Iowa voters",  # a population
        "Harbor Line critics",  # whoever criticises it, not a body
        "Foreign policy experts",
        "Obama and Clinton",  # two people, no group
        "Security experts in the United States",
        "Court filings",
        "County records",  # what a body keeps: "County records show the barn was built in 1910"
        "Labor Department figures",
        "More Than 40 Mayors",  # a headline's count of people
        "Nearly 300 GOP Donors",
        "Europeans",  # a people
        "American voters",  # a population, whatever its nationality
        "Syrian hackers",  # any hackers of that nationality
    ],
)
def test_generic_groups_are_not_named(name):
    assert not is_named_group(name)


def test_a_columnists_name_and_the_verb_after_it_are_no_group():
    # "… the speech, which Okafor claims showed …" parsed as the noun phrase "Okafor claims"
    assert not is_named_group("Okafor claims", {"okafor"})
    assert is_named_group("Okafor aides", {"okafor"})


def test_other_members_of_a_named_group_are_that_group():
    # "Other E.U. leaders said …" after "E.U. leaders said …"
    first = in_article(group("E.U. leaders"))
    assert first is not None
    assert in_article(group("Other E.U. leaders")) == first
    assert in_article(group("Other officials")) is None


def test_a_family_named_after_someone_is_a_named_group():
    # "Mara Ostrowski's family said …", as the engine names it
    assert is_named_group("Mara Ostrowski family")
    assert not is_named_group("the family")


def test_a_group_named_by_someone_the_article_names():
    assert not is_named_group("Lindqvist aides")
    assert is_named_group("Lindqvist aides", {"lindqvist"})


def test_a_named_group_is_one_speaker_of_kind_group_across_articles():
    first = in_article(group("Senate Republicans"))
    assert first.kind == Speaker.Kind.GROUP
    assert in_article(group("Senate Republicans")) == first
    assert in_article(group("analysts")) is None
    assert Speaker.objects.count() == 1


@pytest.mark.parametrize("name", ["Marcus Ellery", "Greta Halvorsen"])
def test_a_persons_name_taken_for_an_organisation_is_a_person(name):
    # "said Marcus Ellery, the evening news anchor" read as a network
    speaker = in_article(body(name))
    assert speaker.kind == Speaker.Kind.PERSON


@pytest.mark.parametrize(
    "name",
    [
        "Marlow Healthcare",
        "Dallas Observer",
        "Christian Relief Service",
        "Austin Rangers",
        "Carter Motor",
        "Maxwell Entertainment",
    ],
)
def test_a_bodys_name_starting_with_a_first_name_stays_an_organisation(name):
    assert in_article(body(name)).kind == Speaker.Kind.ORGANISATION


def test_a_country_by_its_other_names_is_one_speaker():
    country = in_article(body("United States"))
    assert in_article(body("America")) == country
    assert in_article(body("U.S.")) == country


def test_a_country_named_first_by_another_name_is_found_by_its_own():
    country = in_article(body("America"))
    assert in_article(body("United States")) == country


def test_the_gop_and_the_republican_party_are_one_speaker():
    party = in_article(body("GOP"))
    assert in_article(body("Republican Party")) == party


@pytest.mark.parametrize(
    "name", ["Harlow County", "Reyes White House", "Election News Guide", "Metro Daily's Omar"]
)
def test_places_bodies_and_someone_of_something_are_no_persons_names(name):
    assert why_not_a_speaker(name, "person")
    assert in_article(person(name)) is None


@pytest.mark.parametrize("name", ["Harbour Safety Act", "Harbour Safety Act of 2009"])
def test_a_laws_name_is_no_speaker(name):
    assert why_not_a_speaker(name, "organisation") == "law"
    assert in_article(body(name)) is None


def test_a_misspelt_bare_surname_is_the_person_the_article_names_nearly_so():
    # "Hendrik Vanderkamp said ... 'Not yet,' Vanderkmap added."
    full = person("Hendrik Vanderkamp")
    assert in_article(person("Vanderkmap"), full) == in_article(full)
    # a near surname of two people the article names: neither
    other = person("Hendrik Vanderkaap")
    assert in_article(person("Vanderkmap"), full, other) is None


def test_a_nickname_before_a_full_name_is_no_two_word_surname():
    # "'Crooked Hillary Clinton', as he calls her": Hillary Clinton is no one's surname
    # (and "Hillary" is not in the first-name list, a name of both genders once)
    speaker = in_article(
        person("Hillary Clinton", aliases=("Clinton", "Crooked Hillary Clinton", "Hillary"))
    )
    assert speaker.name == "Hillary Clinton"
    assert in_article(person("Hillary Clinton")) == speaker


def test_a_surname_nameparser_takes_for_a_title_is_no_alias_joining_two_people():
    # "Charlie King, a party donor ... King said" and, elsewhere, "Larry King ... King said":
    # "King" parses as a title, not a surname, and must not carry one to the other
    charlie = in_article(person("Charlie King", aliases=("King",), gender="m"))
    larry = in_article(person("Larry King", aliases=("King",), gender="m"))
    assert charlie != larry
    assert not charlie.aliases.filter(normalised="king").exists()


def test_a_citys_short_form_in_a_bodys_name_is_the_same_body():
    post = in_article(body("New York Ledger"))
    assert in_article(body("NY Ledger")) == post
    # and the short form first
    first = in_article(body("LA Courier"))
    assert in_article(body("Los Angeles Courier")) == first


@pytest.mark.parametrize("short", ["HuffPo", "HuffPost"])
def test_an_outlet_s_short_name_is_the_outlet_under_its_full_name(short):
    # "The Huffington Post reported" in one article, "according to HuffPo" in another
    full = in_article(body("Huffington Post"))
    assert in_article(body(short)) == full


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Brackton Police", "Brackton Police Department"),
        ("Brackton Police Department", "Brackton Police"),
        ("U.N. Fisheries Council", "United Nations Fisheries Council"),
        ("United Nations Fisheries Council", "U.N. Fisheries Council"),
    ],
)
def test_a_body_written_two_ways_in_two_articles_is_one_speaker(first, then):
    # "Brackton police said" in one article, "the Brackton Police Department" in another
    assert in_article(body(then)) == in_article(body(first))
    assert Speaker.objects.count() == 1


def test_a_one_word_outlet_read_as_a_person_is_the_outlet():
    # "As Vulture put it, …": the culture site, no person called Vulture
    speaker = in_article(person("Vulture"))
    assert speaker.kind == Speaker.Kind.ORGANISATION


@pytest.mark.parametrize("name", ["TheGlobeline", "AZHarbourNews"])
def test_a_lone_word_run_together_with_a_capital_inside_is_a_site_not_a_person(name):
    # "According to TheGlobeline, the sign read …": a website, no person
    assert in_article(person(name)).kind == Speaker.Kind.ORGANISATION


@pytest.mark.parametrize("name", ["McCardle", "DeVane", "LaRocca"])
def test_a_surname_with_a_capital_after_its_prefix_stays_a_person(name):
    assert in_article(person(name)).kind == Speaker.Kind.PERSON


def test_people_of_a_kind_read_as_a_body_are_a_group_not_an_organisation():
    # "the Republican hopefuls" labelled an organisation: some candidates, no body
    assert in_article(body("Republican hopefuls")) is None
    assert not Speaker.objects.filter(kind=Speaker.Kind.ORGANISATION).exists()
    # a group named specifically stays browsable as a group
    group = in_article(body("Senate Republican candidates"))
    assert group is not None and group.kind == Speaker.Kind.GROUP


def test_a_newspaper_named_after_a_city_is_no_person():
    # "the Mason Courier reported": a first name and a paper's word, still the paper
    speaker = in_article(body("Mason Courier"))
    assert speaker.kind == Speaker.Kind.ORGANISATION


def test_a_body_the_article_describes_as_one_stays_a_body_whatever_its_name():
    # "Grace Rising, a conservative advocacy group, said": a first name opens its name
    described = ResolvedSpeaker(
        name="Grace Rising",
        kind="organisation",
        description="a conservative advocacy group",
        described_as_a_body=True,
    )
    assert in_article(described).kind == Speaker.Kind.ORGANISATION
    # without the description the two words read as a woman's name, as before
    assert in_article(body("Grace Holloway")).kind == Speaker.Kind.PERSON


def test_a_surname_once_taken_for_a_body_does_not_take_the_person_elsewhere():
    # one article's "Lindqvist said" read as a body; later articles name Marta Lindqvist
    taken = in_article(body("Lindqvist"))
    marta = in_article(person("Marta Lindqvist"))
    later = in_article(person("Lindqvist"))
    assert later == marta
    assert later != taken
