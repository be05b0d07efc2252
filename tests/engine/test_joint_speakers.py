"""Several speakers named together ("Ms. Ruiz and Mr. Hale said …"): one group speaker whose
members are each person or body, resolved as if named alone."""

from __future__ import annotations

from .helpers import find, run, speaker_name


def members(a) -> list[str]:
    return [m.name for m in a.speaker.members] if a.speaker else []


def test_two_people_named_by_title_and_surname_are_both_members():
    text = (
        "Senator Dora Fenwick of Ohio and Senator Ivo Strand of Utah wrote to the board. "
        "But Ms. Fenwick and Mr. Strand said other changes were needed."
    )
    a = find(run(text), text, "other changes")
    assert a.speaker.kind == "group"
    assert members(a) == ["Dora Fenwick", "Ivo Strand"]
    assert speaker_name(a) == "Dora Fenwick and Ivo Strand"


def test_they_after_two_named_people_is_both_of_them():
    text = (
        "Senator Dora Fenwick and Senator Ivo Strand wrote to the board on Monday. "
        "Ms. Fenwick and Mr. Strand said the levy was unfair. "
        '"The harbour plan has failed and must be redrawn," they wrote.'
    )
    a = find(run(text), text, "harbour plan has failed")
    assert members(a) == ["Dora Fenwick", "Ivo Strand"]


def test_three_people_who_all_said_it_are_not_the_first_alone():
    text = "Rena Holt, Tom Baird and Ivo Strand all said they opposed the levy."
    a = find(run(text), text, "opposed the levy")
    assert members(a) == ["Rena Holt", "Tom Baird", "Ivo Strand"]


def test_party_tags_and_home_states_between_names_do_not_stop_the_list():
    text = (
        "Jeff Amber (D-Ore.), Sherrod Lane (D-Ohio) and Bob Mendes (D-N.J.) said the bill "
        "was flawed. Senator Tad Cole of Texas and Senator Rand Pauly of Kentucky argued "
        "that the rule would fail."
    )
    atts = run(text)
    assert members(find(atts, text, "was flawed")) == ["Jeff Amber", "Sherrod Lane", "Bob Mendes"]
    assert members(find(atts, text, "rule would fail")) == ["Tad Cole", "Rand Pauly"]


def test_titles_and_descriptions_before_each_name_leave_the_people_as_members():
    text = (
        "Former Navy Secretary Tad Cole and Harbor Ledger science editor Dr. Rena Holt both "
        "said the report was thin. Mayoral hopefuls Maria Delgado and James Whitfield said the "
        "levy was unfair."
    )
    atts = run(text)
    assert members(find(atts, text, "report was thin")) == ["Tad Cole", "Rena Holt"]
    assert members(find(atts, text, "levy was unfair")) == ["Maria Delgado", "James Whitfield"]


def test_a_title_with_of_and_a_day_after_the_names_leave_the_people_as_members():
    text = (
        "Former Secretary of Labor Maria Delgado and Rep. James Whitfield (D-Ore.) on Tuesday "
        "said the tariff would fail."
    )
    a = find(run(text), text, "tariff would fail")
    assert members(a) == ["Maria Delgado", "James Whitfield"]


def test_home_states_listed_after_two_surnames_are_not_members():
    text = (
        "Senator Karen Mills and Senator David Orton met on Monday. Senators Mills and Orton, of "
        "Oregon and Utah, said the rule would fail."
    )
    a = find(run(text), text, "rule would fail")
    assert members(a) == ["Karen Mills", "David Orton"]


def test_two_countries_are_members_as_bodies():
    text = "Norway and Canada said the new tariffs were unlawful."
    a = find(run(text), text, "tariffs were unlawful")
    assert members(a) == ["Norway", "Canada"]
    assert {m.kind for m in a.speaker.members} == {"organisation"}


def test_people_around_two_names_have_no_members():
    text = "Lawyers for Rena Holt and Tom Baird said the filing was late."
    a = find(run(text), text, "filing was late")
    assert members(a) == []


def test_one_person_and_her_party_is_not_two_speakers():
    text = "Senator Dora Fenwick, Democrat of Ohio, said the plan was awful."
    a = find(run(text), text, "plan was awful")
    assert speaker_name(a) == "Dora Fenwick"
    assert members(a) == []


def test_a_headline_word_before_a_surname_is_not_a_first_name():
    text = (
        "Derelict Callahan and Ruiz;\nThe vote is near.\n\n"
        "President Callahan and Senator Ana Ruiz failed the port, critics say. "
        "Callahan and Ruiz said the docks are safe."
    )
    a = find(run(text), text, "docks are safe")
    assert members(a) == ["Callahan", "Ana Ruiz"]


def test_the_senators_after_two_senators_named_together_are_they():
    text = (
        "Senator Dora Fenwick and Senator Ivo Strand wrote to the board. Ms. Fenwick and "
        "Mr. Strand said developers had stretched the rules, amounting to what the senators "
        "said was a scandal. The senators in Utah said the rules were fine."
    )
    atts = run(text)
    assert members(find(atts, text, "was a scandal")) == ["Dora Fenwick", "Ivo Strand"]
    assert members(find(atts, text, "rules were fine")) == []


def test_the_candidates_after_two_named_together_are_not_only_those_two():
    # a debate has more candidates than the two just named
    text = (
        "As Tom Baird and Sen. Rena Holt (R-Texas) lamented the border, Ana Ruiz spoke in "
        "Spanish. After the candidates unanimously opposed a higher minimum wage, Ruiz "
        "said she would raise it."
    )
    a = find(run(text), text, "higher minimum wage")
    assert members(a) == []
