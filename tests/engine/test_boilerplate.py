"""Link lists and headlines of other stories yield nothing."""

from tests.engine.helpers import run


def test_read_more_and_related_link_lists_yield_nothing():
    text = (
        "The mayor said the new park would open in July.\n"
        "READ MORE: Council says bins will be collected weekly\n"
        "You may also like\n"
        "Star striker says he will never leave the club\n"
        '"We are finished": Band announces farewell tour\n'
        "Minister warns of a hard winter for energy bills\n"
    )
    atts = run(text)
    assert len(atts) == 1
    assert atts[0].content_text(text) == "the new park would open in July"


def test_link_list_ends_when_a_normal_paragraph_resumes():
    text = (
        "Related stories\n"
        "Coach says team is ready\n"
        "The mayor, who has led the city since 2019, spoke at length on Monday. "
        "She said the new park would open in July and that entry would be free.\n"
    )
    atts = run(text)
    assert [a.content_text(text) for a in atts] == [
        "the new park would open in July and that entry would be free"
    ]


def test_headline_like_line_without_terminal_punctuation_yields_nothing():
    text = "Union says strike will go ahead\n\nThe union said the strike would go ahead."
    atts = run(text)
    assert len(atts) == 1
    assert atts[0].content[0][0] > text.index("\n")
