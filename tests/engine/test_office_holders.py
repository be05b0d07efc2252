"""An office title and a surname held by one U.S. president or vice president name that
person (claims/extraction/offices.py, data/us_presidents_vice_presidents.tsv); a title two
holders share, another body's or country's title, or the article's own evidence name nobody
new."""

from claims.extraction.offices import sole_holder
from tests.engine.helpers import find, run, speaker_name


def test_the_list_names_only_surnames_one_holder_of_the_office_had():
    assert sole_holder("president", "obama").name == "Barack Obama"
    assert sole_holder("vice president", "biden").name == "Joe Biden"
    assert sole_holder("president", "bush") is None  # father and son
    assert sole_holder("president", "johnson") is None  # Andrew and Lyndon
    assert sole_holder("president", "smith") is None


def test_president_and_surname_give_the_first_name_to_later_mr_mentions():
    text = (
        "President Obama toured the flooded valley on Tuesday with the governor. "
        "Mr. Obama said the federal government would pay for new levees."
    )
    a = find(run(text), text, "pay for new levees")
    assert speaker_name(a) == "Barack Obama"


def test_a_former_vice_president_by_surname_is_named_in_full():
    text = "Former Vice President Biden said the treaty had kept the peace for decades."
    a = find(run(text), text, "kept the peace")
    assert speaker_name(a) == "Joe Biden"


def test_a_former_president_is_not_his_namesake_the_article_names():
    text = (
        "Hillary Clinton spoke to nurses in Ohio on Monday. "
        "Former President Clinton said the clinics would stay open."
    )
    a = find(run(text), text, "clinics would stay open")
    assert speaker_name(a) == "Bill Clinton"


def test_a_surname_two_presidents_shared_gains_no_first_name():
    text = "President Bush said the tax cuts would pay for themselves."
    a = find(run(text), text, "tax cuts would pay")
    assert speaker_name(a) == "Bush"


def test_another_countrys_president_is_left_alone():
    text = "Liberian President Taylor said the border would reopen in May."
    a = find(run(text), text, "border would reopen")
    assert speaker_name(a) == "Taylor"


def test_the_articles_own_first_name_wins_over_the_list():
    text = (
        "Maria Carter, the president of the growers' association, met buyers in Fresno. "
        "President Carter said prices would fall before the harvest."
    )
    a = find(run(text), text, "prices would fall")
    assert speaker_name(a) != "Jimmy Carter"


def test_a_namesake_the_article_calls_president_elect_is_the_one_meant():
    text = (
        "President-elect Robert Carter named his cabinet on Monday. "
        "President Carter said the first bill would cut taxes."
    )
    a = find(run(text), text, "first bill would cut taxes")
    assert speaker_name(a) == "Robert Carter"


def test_a_namesake_imagined_as_president_is_the_one_meant():
    text = (
        "Donors pictured a President Hillary Clinton in the Oval Office. "
        "President Clinton would say the border wall was dead."
    )
    a = find(run(text), text, "border wall was dead")
    assert speaker_name(a) == "Hillary Clinton"


def test_president_and_a_shared_surname_is_the_one_holder_the_article_names_in_full():
    # Two presidents were called Harrison; the article names one of them in full, beside a
    # brother of the same surname who never held the office.
    text = (
        "Tom Harrison, facing a hard race for governor, brought his older brother, Benjamin "
        "Harrison, to a rally in Dover on Friday.\n\n"
        "Mr. Harrison has struggled in the polls. Mr. Harrison told voters he would cut "
        "taxes.\n\n"
        "A rival mocked President Harrison's record on trade.\n\n"
        "“My brother will serve you well,” the former president told the crowd."
    )
    a = find(run(text), text, "serve you well")
    assert speaker_name(a) == "Benjamin Harrison"


def test_the_holder_named_by_the_record_has_the_records_gender():
    # a "she" later must not land on him, as it did when an unsettled "she" gave him hers
    text = '"We will build the dam," President Carter said on Monday.'
    a = find(run(text), text, "build the dam")
    assert (a.speaker.name, a.speaker.gender) == ("Jimmy Carter", "m")
