"""Bare "police" as the police force the article names; "his aides", "Ruiz's family" as a
group named after the person (issue 12)."""

from tests.engine.helpers import find, run, speaker_name


def test_police_are_the_one_force_the_article_names_by_place():
    text = (
        "Officers of the Dunmore Police Department arrested two men on Monday. "
        "Police said the men had been seen near the bank."
    )
    a = find(run(text), text, "had been seen near the bank")
    assert speaker_name(a) == "Dunmore Police Department"


def test_police_stay_a_group_when_no_force_is_named():
    text = "Two men were arrested on Monday. Police said the men had been seen near the bank."
    a = find(run(text), text, "had been seen near the bank")
    assert speaker_name(a) == "Police"


def test_police_stay_a_group_when_two_forces_are_named():
    text = (
        "Divers from the Dunmore Police Department and the Carrick Police Department "
        "searched the river on Monday. "
        "Police said the search would go on for a week."
    )
    a = find(run(text), text, "search would go on")
    assert speaker_name(a) == "Police"


def test_his_aides_are_a_group_named_after_him():
    text = (
        "Senator Harold Lindqvist toured the shipyard on Friday. "
        "His aides said a decision on the race would come in the spring."
    )
    a = find(run(text), text, "decision on the race")
    assert speaker_name(a) == "Harold Lindqvist aides"
    assert a.speaker.kind == "group"


def test_aides_named_by_a_surname_are_the_group_of_the_person_the_article_names():
    text = (
        "Senator Harold Lindqvist toured the shipyard on Friday. "
        "Lindqvist aides said a decision on the race would come in the spring. "
        "Two Lindqvist advisers said the budget was not yet settled."
    )
    a = find(run(text), text, "decision on the race")
    assert speaker_name(a) == "Harold Lindqvist aides"
    # some of them, not the group
    b = find(run(text), text, "budget was not yet settled")
    assert speaker_name(b) == "Two Lindqvist advisers"


def test_a_named_persons_family_is_a_group_named_after_them():
    text = (
        "Mara Ostrowski died in a crash on the highway last week. "
        "Ostrowski's family said the road had been unsafe for years."
    )
    a = find(run(text), text, "road had been unsafe")
    assert speaker_name(a) == "Mara Ostrowski family"


def test_they_after_a_news_organisation_as_subject_is_that_organisation():
    text = "Politifact checked the mayor's claim on Monday. They said the figure was accurate."
    a = find(run(text), text, "figure was accurate")
    assert speaker_name(a) == "Politifact"
    assert a.speaker.kind == "organisation"


def test_they_after_people_named_since_the_organisation_is_not_the_organisation():
    text = (
        "The Harbour Gazette interviewed more than 20 dock workers. "
        "They said the cranes had been unsafe for years."
    )
    a = find(run(text), text, "cranes had been unsafe")
    assert speaker_name(a) != "Harbour Gazette"


def test_police_named_by_their_place_are_the_force_the_article_names():
    text = (
        "The Harlow Police Department released the video on Monday.\n\n"
        "The footage contradicted the Harlow police’s earlier claim that the driver had "
        "refused to keep his hands up."
    )
    a = find(run(text), text, "refused to keep his hands up")
    assert (speaker_name(a), a.speaker.kind) == ("Harlow Police Department", "organisation")


def test_a_named_persons_office_speaks_for_that_person():
    text = (
        "Former envoy Colm Brannigan advised the mayor in 2009. "
        "Brannigan’s office said that he could not recall the dinner."
    )
    a = find(run(text), text, "could not recall the dinner")
    assert a.source_text(text) == "Brannigan’s office"
    assert speaker_name(a) == "Colm Brannigan"
