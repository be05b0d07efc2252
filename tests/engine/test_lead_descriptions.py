"""A description in the headline or lead is the person the article then opens on (issue 12)."""

from tests.engine.helpers import find, run, speaker_name

TEXT = (
    "Retired Judge Says Ruling Was Wrong.\n"
    "A retired judge says the governor should never have signed the law.\n"
    "Margaret Ellison, who sat on the bench for 20 years, said the court had erred."
)


def test_a_headline_description_is_the_person_the_article_opens_on():
    assert speaker_name(find(run(TEXT), TEXT, "Ruling Was Wrong")) == "Margaret Ellison"


def test_a_lead_description_is_the_person_the_next_sentence_introduces():
    a = find(run(TEXT), TEXT, "should never have signed")
    assert speaker_name(a) == "Margaret Ellison"


def test_an_unnamed_official_in_the_lead_stays_unnamed():
    text = (
        "Official says talks failed.\n"
        "A senior official said the talks had failed on Friday.\n"
        "Prime Minister Lars Berg, who attended the talks, said nothing."
    )
    a = find(run(text), text, "talks had failed")
    assert speaker_name(a) == "A senior official"


def test_a_plural_role_noun_in_the_headline_is_not_the_person_the_article_opens_on():
    # "Harbour Lawmakers Rip Ferry Cuts", then "Rep. T.J. Marlowe, head of the harbour
    # caucus, said …": many lawmakers, not the one the article opens on
    from claims.extraction.coref.role_steps import _plural_person_noun

    assert _plural_person_noun("lawmakers") and _plural_person_noun("senators")
    assert not _plural_person_noun("lawmaker") and not _plural_person_noun("judge")
    assert not _plural_person_noun("governments")
