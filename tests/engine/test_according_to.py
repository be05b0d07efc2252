""" "According to X", "as X put it" and "as quoted by X": sources and intermediaries named
by a phrase."""

from tests.engine.helpers import find, run


def test_as_someone_put_it_after_a_quotation():
    text = (
        "Most applicants must meet education rules, but the main test for the program is a "
        '"lawful source of investment income," as a Homeland Security memo put it.'
    )
    a = find(run(text), text, "lawful source")
    assert a.content_text(text).startswith("the main test for the program is")
    assert a.source_text(text) == "a Homeland Security memo"


def test_as_someone_put_it_before_a_quotation():
    text = (
        "His degrees have not kept him from being seen, as the magazine put it in a long "
        'profile, "the operator."'
    )
    a = find(run(text), text, "the operator")
    assert a.content_text(text) == '"the operator."'
    assert a.source_text(text) == "the magazine"


def test_according_to():
    text = "According to the health ministry, the clinic will close in May."
    [a] = run(text)
    assert a.cue_lemma == "according to"
    assert a.source_text(text) == "the health ministry"
    assert a.content_text(text) == "the clinic will close in May"
    assert a.speaker.kind == "organisation"


def test_intermediary_as_quoted_by():
    text = "The rebel leader, as quoted by Reuters, said the ceasefire was over."
    [a] = run(text)
    assert a.content_text(text) == "the ceasefire was over"
    assert a.source_text(text) == "The rebel leader"
    assert a.intermediary == "Reuters"


def test_according_to_at_the_start_of_a_sentence_the_parser_misreads():
    text = (
        "According to conservative talk radio host Rush Limbaugh, the move reeks of "
        "“fear” and desperation."
    )
    [a] = run(text)
    assert a.cue_lemma == "according to"
    assert a.source_text(text) == "conservative talk radio host Rush Limbaugh"
    assert a.content_text(text) == "the move reeks of “fear” and desperation"
