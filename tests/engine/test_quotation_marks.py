"""Quotation marks: which marks pair into quotations (curly, straight, single, doubled,
guillemets, reopened after a paragraph) and what the parser sees of apostrophes."""

from claims.extraction.engine import load_nlp, parse_text
from claims.extraction.quotes import find_quotes
from tests.engine.helpers import find, run, speaker_name


def test_guillemets_mark_a_direct_quotation():
    text = "«Nous ne céderons pas», said the French minister, Paul Girard, on Monday."
    atts = run(text)
    a = find(atts, text, "Nous ne céderons pas")
    assert a.kind == "direct"


def test_single_quotes_mark_a_quotation_but_apostrophes_do_not():
    text = "The coach said the team's defence had been 'simply outstanding all season long.'"
    a = find(run(text), text, "simply outstanding")
    assert "the team's defence" in a.content_text(text)
    assert a.kind == "mixed"


def test_quotation_left_open_at_a_paragraph_end_goes_on_where_reopened():
    text = (
        "The director, Anna Novak, spoke at length. “The budget is fixed for this year.\n\n"
        "“Next year we will ask for more, and we will explain why,” she said."
    )
    atts = run(text)
    a = find(atts, text, "The budget is fixed")
    assert "Next year we will ask for more" in a.content_text(text)
    assert speaker_name(a) == "Anna Novak"


def test_doubled_apostrophes_pair_as_quotation_marks():
    text = "''We will appeal,'' the lawyer said. ''The ruling ignores the evidence.''"
    atts = run(text)
    assert len(atts) == 1
    assert "We will appeal" in atts[0].content_text(text)
    assert "The ruling ignores the evidence" in atts[0].content_text(text)


def test_parser_sees_curly_apostrophes_inside_words_as_straight_ones():
    text = "The nominee’s plan isn’t ‘serious’, said the voters’ group."
    seen = parse_text(text)
    assert len(seen) == len(text)
    assert seen == "The nominee's plan isn't ‘serious’, said the voters’ group."


def test_parser_sees_doubled_apostrophes_as_opening_and_closing_marks():
    # the tagger took an opening '' for a closing mark, and the parse around it suffered
    text = "He called the levy ''a tax on renters,'' and left. ''No,'' she said."
    seen = parse_text(text)
    assert len(seen) == len(text)
    assert seen == "He called the levy “ a tax on renters, ” and left. “ No, ” she said."
    doc = load_nlp()(seen)
    assert [t.tag_ for t in doc if t.text in ("“", "”")] == ["``", "''", "``", "''"]


def test_stray_mark_of_another_style_is_not_a_quotation():
    text = (
        "“There she goes, love,” he said.\n\n"
        '"Varga strode onto the platform, chanting “V-I-C! V-I-C!”\n'
    )
    atts = run(text)
    first = find(atts, text, "There she goes")
    assert first.content_text(text) == "“There she goes, love,”"
    chant = find(atts, text, "V-I-C")
    assert chant.source_text(text) == "Varga"
    assert chant.content_text(text) == "“V-I-C! V-I-C!”"


def test_doubled_apostrophes_closing_on_an_inner_quotation():
    # three apostrophes: the inner single mark and the doubled one that ends the quotation
    text = "''We were told again, 'the depot is a special case,''' Mr. Lee said. ''It is not.''"
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == [
        "''We were told again, 'the depot is a special case,'''",
        "''It is not.''",
    ]


def test_doubled_apostrophes_opening_on_an_inner_quotation():
    text = "Mr. Lee said: '''Depot' is the word they use for it.''"
    [q] = find_quotes(text)
    assert text[q.start : q.end] == "'''Depot' is the word they use for it.''"


def test_mark_after_an_invisible_direction_mark_opens_a_quotation():
    # pasted comments often carry a direction mark before their (reversed) opening mark
    text = (
        "Readers wrote in.\n\n"
        "\u202a”The ferry must run on Sundays, my children need it!!!” wrote Pete Ola."
    )
    [q] = find_quotes(text)
    assert text[q.start] == "”" and q.closed
    a = find(run(text), text, "The ferry must run")
    assert a.kind == "direct"
    assert a.source_text(text) == "Pete Ola"


def test_closing_mark_glued_to_the_speaker_after_a_comma_still_closes():
    text = (
        "“The ferry timetable came as a surprise to most of us on the council,”Ruiz said. "
        "“Some of what was promised has not happened.”"
    )
    [a] = run(text)
    assert a.source_text(text) == "Ruiz"
    assert a.content_text(text).startswith("“The ferry timetable came as a surprise")
    assert a.content_text(text).endswith("has not happened.”")


def test_a_quotation_whose_line_the_page_wrapped_mid_sentence_is_still_one_quotation():
    text = (
        "Dana Holt praised the plan on Monday.\n\n"
        "“Supporters of other plans,” Holt added, “have focused on paid advertising that "
        "does little to bring people\nto the caucuses and the primaries.”\n\n"
        "The vote is next week."
    )
    a = find(run(text), text, "paid advertising")
    assert speaker_name(a) == "Dana Holt"
    assert a.content_text(text).endswith("the caucuses and the primaries.”")


def test_a_straight_closing_mark_glued_to_the_name_after_its_comma_still_closes():
    text = (
        "The council met on Monday.\n\n"
        '"We will not back down on the ferry plan, not now and not ever,"Karen Mills, who '
        'chairs the council, said in a statement. "The riders deserve better."\n\n'
        'She told reporters,"We have the votes to pass it."'
    )
    atts = run(text)
    a = find(atts, text, "not back down")
    assert speaker_name(a) == "Karen Mills"
    assert "The riders deserve better" in a.content_text(text)
    assert speaker_name(find(atts, text, "We have the votes")) == "Karen Mills"
