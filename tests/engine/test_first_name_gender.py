"""A first name's gender as evidence for pronouns and titles when the article gives none
(claims/extraction/first_names.py, data from nomquamgender): a "she" never lands on a man."""

from claims.extraction.first_names import first_name_gender
from tests.engine.helpers import find, run, speaker_name


def test_clear_cut_first_names_have_a_gender_and_others_none():
    assert first_name_gender("Ivana") == "f"
    assert first_name_gender("ivan") == "m"
    assert first_name_gender("J.") == ""  # an initial
    assert first_name_gender("King") == ""  # a title, not a first name here
    assert first_name_gender("Jordan") == ""  # given to both


def test_she_means_the_woman_by_first_name_though_a_man_was_named_last():
    text = (
        "Ivana Kovac chaired the hearing on Monday, and Ivan Petrov answered questions "
        "for three hours. “The figures were never checked,” she said."
    )
    a = find(run(text), text, "figures were never checked")
    assert speaker_name(a) == "Ivana Kovac"


def test_he_means_the_man_by_first_name():
    text = (
        "Ivan Sokol met Ivana Sokol at the depot before the strike vote. "
        "He said the drivers would walk out on Friday."
    )
    a = find(run(text), text, "drivers would walk out")
    assert speaker_name(a) == "Ivan Sokol"


def test_a_female_title_skips_the_namesake_with_a_male_first_name():
    # neither person's gender is in the text: Bill is a man's name, so "Mrs." is the other
    text = (
        "Bill Carver and Hillary Carver spoke at the county fair. "
        "Mrs. Carver said the schools needed more money."
    )
    a = find(run(text), text, "schools needed more money")
    assert speaker_name(a) == "Hillary Carver"


def test_she_never_lands_on_the_only_person_named_when_his_first_name_is_male():
    text = (
        "Edward Haines opened the meeting at nine. "
        "“We cannot wait for the state any longer,” she said."
    )
    a = find(run(text), text, "cannot wait for the state")
    assert speaker_name(a) != "Edward Haines"


def test_the_articles_title_wins_over_the_first_names_gender():
    # a woman whose first name is mostly given to men: the article says "Ms."
    text = (
        "Ms. Glenn Ashby and Marcus Reed toured the flooded streets. "
        "“Nobody warned these families,” she said."
    )
    a = find(run(text), text, "Nobody warned these families")
    assert speaker_name(a) == "Glenn Ashby"


def test_mr_and_mrs_with_one_surname_go_to_the_man_and_the_woman_by_first_name():
    # Bill is a man's name; the article names Hillary Marsh more often, but "Mr." is Bill's
    # and then "Mrs." can only be hers
    text = (
        "Bill Marsh and Hillary Marsh have run the bakery since 1990. Hillary Marsh still "
        "bakes every morning. Mr. Marsh said the rent had tripled. "
        "Mrs. Marsh said they would stay open."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "rent had tripled")) == "Bill Marsh"
    assert speaker_name(find(atts, text, "would stay open")) == "Hillary Marsh"


def test_he_never_lands_on_a_woman_whose_first_name_is_mostly_womens():
    # Hillary is given to women far more than to men; the article never calls her "she"
    text = (
        "Delia Ortman's budget was attacked by Hillary Vance at the county board on Monday. "
        "“The board can no longer pretend the roads will fix themselves,” he wrote."
    )
    a = find(run(text), text, "roads will fix themselves")
    assert speaker_name(a) != "Hillary Vance"


def test_he_is_not_a_woman_named_once_whose_first_name_is_a_womans():
    # the pilots' quotations follow each other; "He added" cannot be Ana Lopez or Maria Ortega
    text = (
        "Here is how readers reacted overnight.\n\n"
        'Ana Lopez, a harbour pilot, said: "Nobody asked the pilots, and the pilots are the '
        'ones who will pay for this."\n\n'
        "Maria Ortega, a retired teacher, said: “I have voted in every election since 1970 "
        "and never seen a council this arrogant.”\n\n"
        'He added:\n\n"We will be back next year."'
    )
    a = find(run(text), text, "back next year")
    assert speaker_name(a) not in ("Ana Lopez", "Maria Ortega")


def test_mostly_womens_first_names_bar_he_but_give_no_gender():
    from claims.extraction.first_names import mostly_female

    assert mostly_female("Hillary") and first_name_gender("Hillary") == ""
    assert not mostly_female("Lindsey")  # a name well-known men bear too
